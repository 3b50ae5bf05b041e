"""`search_cli.py serve [--data DIR] [--host 127.0.0.1] [--port 8080]`: the local web page.

Starlette routes, Jinja2 templates (autoescaped) and uvicorn, chosen for a small cold start
(docs/benchmarks.md). Pages:

    /                 search box; results, facets, sorting, pages (every search is a URL)
    /article?url=U    one stored record in full, its change history and its copies
    /api/search?q=Q   the JSON of `search_cli.py --json`, same parameters
    /status           per-site freshness, last runs, articles per site over time

Read-only: GET and HEAD only, the store opened read-only. Searches run on a few long-lived
threads, each keeping its own open searcher (indexer.query refreshes it when an update
commits, so no request sees a half-written index). Every response carries a strict
Content-Security-Policy; the page works without JavaScript.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import socket
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from indexer.errors import IndexerError, QueryError
from indexer.results import dumps, payload
from jobs.freshness import freshness
from kb.cliargs import add_data_argument
from kb.store import Store, StoreError

from . import display
from .chart import articles_chart
from .params import query_text, search_args

HERE = Path(__file__).resolve().parent
# Threads that run searches and store reads. Searching is CPU-bound Python (the GIL), so
# more threads than cores only queue; each keeps an open searcher, so fewer threads mean
# fewer open index files. 4 on a 2-core machine keeps one request's I/O from stalling another.
SEARCH_THREADS = 4
RECENT_RUNS = 20  # runs listed on /status
# No inline script or style, nothing from another origin, no framing, forms only to us.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),  # a search's words stay here when a source is opened
    (b"x-frame-options", b"DENY"),
]
FIX_INDEX = "python -m indexer rebuild --data {data}"

T = TypeVar("T")


class SecurityHeaders:
    """ASGI wrapper adding the security headers to every response, static files included."""

    def __init__(self, app: Callable) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in names
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class Site:
    """The pages of one data directory."""

    def __init__(self, data_dir: Path) -> None:
        self.data = data_dir
        self.pool = ThreadPoolExecutor(SEARCH_THREADS, thread_name_prefix="helpindex-web")
        self.env = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )

    async def _in_pool(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(
            self.pool, partial(fn, *args, **kwargs)
        )

    def _page(self, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = self.env.get_template(name).render(**context)
        return HTMLResponse(html, status_code=status)

    def _error(self, status: int, message: str, q: str = "", hint: str | None = None) -> Response:
        titles = {400: "请求有误", 404: "没有找到", 500: "出错了", 503: "索引不可用"}
        return self._page(
            "error.html",
            status,
            title=titles.get(status, "出错了"),
            message=message,
            hint=hint,
            q=q,
            code=status,
        )

    def _unavailable(self, exc: Exception, q: str = "") -> Response:
        """503: the index or store cannot be read; the message names the command that fixes it."""
        message = str(exc)
        if isinstance(exc, FileNotFoundError):  # updates kept committing under this search
            message = "the index changed while searching; try again in a moment"
        return self._error(
            503,
            message,
            q,
            hint=f"修复：运行 {FIX_INDEX.format(data=self.data)}，然后刷新本页。",
        )

    # -- pages ------------------------------------------------------------------------------

    async def home(self, request: Request) -> Response:
        from indexer.query import search

        params = dict(request.query_params)
        q = query_text(params)
        try:
            args = search_args(params)
        except QueryError as exc:
            return self._error(400, str(exc), q)
        if not q:
            return self._page("index.html", q="", params=params, result=None, examples=EXAMPLES)
        args["facets"] = True
        try:
            result = await self._in_pool(search, self.data, q, **args)
        except QueryError as exc:
            return self._error(400, str(exc), q)
        except (IndexerError, FileNotFoundError) as exc:
            return self._unavailable(exc, q)
        hits = [display.hit_view(h) for h in result.hits]
        carried = {k: params.get(k) for k in display.CARRIED}
        carried["q"] = q
        return self._page(
            "index.html",
            q=q,
            params=carried,
            args=args,
            result=result,
            hits=hits,
            corrected=display.text(result.corrected) if result.corrected else None,
            facets={
                k: [(display.text(v), v, n) for v, n in c.items()][:15]
                for k, c in result.facets.items()
            },
            link=partial(display.link, carried),
            pages=display.pages(args["page"], args["limit"], result.total),
            last_page=max(1, -(-result.total // args["limit"])),
            sorts=display.SORT_LABELS,
            presets=display.date_presets(date.today()),
        )

    async def article(self, request: Request) -> Response:
        url = request.query_params.get("url") or ""
        if not url:
            return self._error(400, "give the article's URL, e.g. /article?url=https://…")
        try:
            rec, history = await self._in_pool(self._read_article, url)
        except StoreError as exc:
            return self._error(503, str(exc), hint="先抓取：python -m crawler.run --data DIR")
        if rec is None:
            return self._error(404, f"no stored article has the URL {display.text(url)!r}")
        copies_error = None
        try:
            from indexer.query import copies

            copy_urls = await self._in_pool(copies, self.data, url)
        except (IndexerError, FileNotFoundError) as exc:
            copy_urls, copies_error = [], str(exc)
        return self._page(
            "article.html",
            q="",
            a=display.record_view(rec),
            history=[
                {
                    "at": display.when(h["at"]),
                    "event": h["event"],
                    "title": display.text(h["title"]),
                }
                for h in history
            ],
            copies=[{"url": u, "text": display.text(u)} for u in copy_urls],
            copies_error=copies_error,
        )

    def _read_article(self, url: str) -> tuple[dict | None, list[dict]]:
        with Store(self.data, readonly=True) as store:
            return store.get(url), store.history(url)

    async def api_search(self, request: Request) -> Response:
        from indexer.query import search

        params = dict(request.query_params)
        q = query_text(params)
        try:
            args = search_args(params)
            if not q:
                raise QueryError("give a question to search for, e.g. /api/search?q=淘宝仅退款")
            result = await self._in_pool(search, self.data, q, **args)
        except QueryError as exc:
            return _json({"error": str(exc)}, 400)
        except (IndexerError, FileNotFoundError) as exc:
            return _json({"error": str(exc)}, 503)
        return _json(payload(result, facets=args["facets"]), 200)

    async def status(self, request: Request) -> Response:
        try:
            fresh = await self._in_pool(freshness, self.data)
        except StoreError as exc:
            return self._error(503, str(exc), hint="先抓取：python -m crawler.run --data DIR")
        runs = [display.run_view(r) for r in reversed(fresh["runs"][-RECENT_RUNS:])]
        return self._page(
            "status.html",
            q="",
            sites=[{**s, "site": display.text(s["site"])} for s in fresh["sites"]],
            runs=runs,
            last_good={display.text(k): display.when(v) for k, v in fresh["last_good"].items()},
            chart=articles_chart(fresh["growth"]),
        )

    async def not_found(self, request: Request, exc: Exception) -> Response:
        return self._error(404, f"no page at {display.text(request.url.path)}")

    async def server_error(self, request: Request, exc: Exception) -> Response:
        print(f"error: {request.url.path}: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return self._error(500, "the server could not answer this request")


EXAMPLES = ("抖音钻石误充怎么退款", "淘宝仅退款流程", "支付宝转错账能追回吗", "微信自动扣费怎么关")


def _json(document: Any, status: int) -> Response:
    return Response(dumps(document), status, media_type="application/json; charset=utf-8")


def create_app(data_dir: str | Path) -> Callable:
    """The ASGI application serving one data directory."""
    site = Site(Path(data_dir))
    routes = [
        Route("/", site.home, methods=["GET", "HEAD"]),
        Route("/article", site.article, methods=["GET", "HEAD"]),
        Route("/api/search", site.api_search, methods=["GET", "HEAD"]),
        Route("/status", site.status, methods=["GET", "HEAD"]),
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={404: site.not_found, 500: site.server_error})
    return SecurityHeaders(app)


def _port(value: str) -> int:
    port = int(value)
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port (0-65535)")
    return port


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say they are
    # TCP, and without it a kept-alive response waits ~40 ms (Nagle + delayed ACK)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)  # connections queue from here on, before uvicorn's loop takes over
    sock.set_inheritable(True)
    return sock


def host_warning(host: str, port: int) -> str | None:
    """The warning printed when the page listens on more than this machine's loopback."""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name: it may resolve to anything
        loopback = False
    if loopback:
        return None
    return (
        f"warning: listening on {host}, not 127.0.0.1: anyone who can reach this machine"
        f" on port {port} can read the knowledge base (there is no login)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="search_cli.py serve",
        description="Serve the knowledge base as a local web page (read-only).",
    )
    add_data_argument(parser)
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this machine only)",
    )
    parser.add_argument(
        "--port", type=_port, default=8080, help="port (default 8080; 0: any free port)"
    )
    args = parser.parse_args(argv)
    data = Path(args.data)
    if not data.is_dir():
        print(f"error: no data directory at {data} (crawl something first)", file=sys.stderr)
        return 3
    try:
        sock = _bind(args.host, args.port)
    except OSError as exc:
        print(
            f"error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}",
            file=sys.stderr,
        )
        return 2
    import uvicorn

    import indexer.query  # noqa: F401  (load the segmenter now, not on the first search)

    host, port = sock.getsockname()[:2]
    warning = host_warning(args.host, port)
    if warning:
        print(warning, file=sys.stderr)
    shown = f"[{host}]" if ":" in host else host
    print(f"serving {data} at http://{shown}:{port}/ (Ctrl-C stops)", flush=True)
    config = uvicorn.Config(
        create_app(data), log_level="warning", access_log=False, lifespan="off", proxy_headers=False
    )
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    return 0
