"""Serve a static fixture site on 127.0.0.1 for tests, benchmarks and the demo.

Sitemaps and robots.txt need absolute URLs, which a site served on a random port cannot
know in advance, so those files carry the placeholder ``{{HOST}}`` and this server
substitutes the host the client asked for (its Host header, else ``host:port``) while
serving them. Only loopback is ever bound.

The server also answers requests in proxy form (``GET http://origin/path``), serving the
path from its own files: a crawler pointed at it as its HTTP proxy sees the site under
whatever origin it asked for. The demo uses this to keep one stable origin when that
origin's port is taken (tools/demo.py).

A site may carry a rules file, ``_rules.json`` in its root (read on every request, so a test
can change the site between crawls without restarting the server, and never served itself):

    {"status": {"/article/3.html": 410, "*": 503},          # answer with this status
     "redirect": {"/article/5.html": [301, "/article/55.html"]},
     "error_page_200": ["/article/9.html"]}    # the 404 page, served with status 200

A server may run on a fixed clock (``SiteServer(root, clock=datetime)``): every response's
``Date`` header then says that time, as if the site were fetched when its pages were written.
Pages that show relative dates ("3天前", "昨天 14:20") are scored against that moment.

Every request is logged with its arrival time and Host (``SiteServer.log``), so tests can
measure the pace a crawler keeps.
"""

from __future__ import annotations

import argparse
import email.utils
import hashlib
import http.server
import json
import os
import threading
import time
from datetime import datetime
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

PLACEHOLDER = b"{{HOST}}"
RULES_FILE = "_rules.json"


def _rules(root: str) -> dict:
    try:
        return json.loads((Path(root) / RULES_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}


class _Handler(http.server.SimpleHTTPRequestHandler):
    server_version = "fixture-site/1.0"
    validators = True  # send ETag / Last-Modified and answer conditional requests

    def date_time_string(self, timestamp: float | None = None) -> str:
        clock = getattr(self.server, "clock", None)
        if clock is not None and timestamp is None:
            return email.utils.formatdate(clock, usegmt=True)
        return super().date_time_string(timestamp)

    def log_message(self, format: str, *args) -> None:  # quiet
        if os.environ.get("SITESERVER_LOG"):
            super().log_message(format, *args)

    def _apply_rules(self) -> bool:
        """Answer from the rules file if it names this path (or "*"); True if answered."""
        path = self.path.split("?")[0]
        if path == "/" + RULES_FILE:
            self.send_error(404, "Not Found")
            return True
        rules = _rules(self.directory)
        redirect = (rules.get("redirect") or {}).get(path)
        if redirect:
            code, target = redirect
            self.send_response(int(code))
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return True
        if path in (rules.get("error_page_200") or []):
            shortmsg, longmsg = self.responses[404]
            body = (
                self.error_message_format % {"code": 404, "message": shortmsg, "explain": longmsg}
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", self.error_content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return True
        status = rules.get("status") or {}
        code = status.get(path, status.get("*"))
        if code:
            self.send_error(int(code))
            return True
        return False

    def send_head(self):  # noqa: C901 - mirrors the stdlib method it replaces
        if self.path.startswith(("http://", "https://")):  # proxy form: serve the path
            parts = urlsplit(self.path)
            self.path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        self.server.requested.append(self.path)  # list.append is atomic: handler threads share it
        self.server.log.append((time.monotonic(), self.headers.get("Host", ""), self.path))
        if self._apply_rules():
            return None
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            index = path / "index.html"
            if not self.path.split("?")[0].endswith("/"):
                self.send_response(301)
                self.send_header("Location", self.path.split("?")[0] + "/")
                self.end_headers()
                return None
            path = index
        if not path.is_file():
            self.send_error(404, "Not Found")
            return None
        body = path.read_bytes()
        if path.suffix in (".xml", ".txt"):
            host = self.headers.get("Host") or "{}:{}".format(*self.server.server_address[:2])
            body = body.replace(PLACEHOLDER, host.encode("ascii", "replace"))
        ctype = {
            ".html": "text/html",
            ".xml": "application/xml",
            ".txt": "text/plain; charset=utf-8",
        }.get(path.suffix, self.guess_type(str(path)))
        etag = '"' + hashlib.md5(body).hexdigest() + '"'
        mtime = email.utils.formatdate(path.stat().st_mtime, usegmt=True)
        if self.validators and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return None
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if self.validators:
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", mtime)
        self.end_headers()
        from io import BytesIO

        return BytesIO(body)


class SiteServer:
    """A threaded static server on 127.0.0.1; use as a context manager."""

    def __init__(
        self,
        root: str | os.PathLike[str],
        port: int = 0,
        *,
        validators: bool = True,
        host: str = "127.0.0.1",
        clock: datetime | None = None,
    ) -> None:
        if not host.startswith("127."):
            raise ValueError(f"{host} is not a loopback address")
        self.root = Path(root)
        if not self.root.is_dir():
            raise FileNotFoundError(f"no site at {self.root}")
        handler_class = (
            _Handler if validators else type("_NoValidators", (_Handler,), {"validators": False})
        )
        handler = partial(handler_class, directory=str(self.root))
        self.httpd = http.server.ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self.httpd.clock = clock.timestamp() if clock is not None else None  # the Date header
        self.httpd.requested = []  # request paths in arrival order, for tests that check scope
        self.httpd.log = []  # (monotonic arrival time, Host header, path), for pace tests
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/"

    @property
    def requested(self) -> list[str]:
        """Every path asked of this server so far (with its query string)."""
        return list(self.httpd.requested)

    @property
    def log(self) -> list[tuple[float, str, str]]:
        """(arrival time from time.monotonic(), Host header, path) of every request so far."""
        return list(self.httpd.log)

    def start(self) -> SiteServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve a fixture site on 127.0.0.1.")
    parser.add_argument("root", help="site directory")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    server = SiteServer(args.root, args.port)
    print(server.url, flush=True)
    try:
        server.httpd.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
