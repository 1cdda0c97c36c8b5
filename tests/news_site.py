"""A small news site on 127.0.0.1 for the fetch and feed tests: pages, feeds and robots.txt held in
memory, ETags and 304s like a real server, and a log of every request it answered."""

from __future__ import annotations

import hashlib
import http.server
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from xml.sax.saxutils import escape

Handler = Callable[[http.server.BaseHTTPRequestHandler], None]


@dataclass
class Hit:
    path: str
    status: int
    conditional: bool
    user_agent: str


@dataclass
class NewsSite:
    pages: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    special: dict[str, Handler] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    base: str = ""

    def put(self, path: str, body: str, content_type: str = "text/html; charset=utf-8") -> str:
        self.pages[path] = (body.encode("utf-8"), content_type)
        return self.base + path

    def paths(self, status: int | None = None) -> list[str]:
        return [h.path for h in self.hits if status is None or h.status == status]

    def start(self) -> NewsSite:
        site = self

        class _Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_: object) -> None:
                pass

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                conditional = "If-None-Match" in self.headers or "If-Modified-Since" in self.headers
                agent = self.headers.get("User-Agent", "")
                if path in site.special:
                    site.hits.append(Hit(path, 200, conditional, agent))
                    site.special[path](self)
                    return
                if path not in site.pages:
                    site.hits.append(Hit(path, 404, conditional, agent))
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body, content_type = site.pages[path]
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    site.hits.append(Hit(path, 304, conditional, agent))
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                site.hits.append(Hit(path, 200, conditional, agent))
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", formatdate(1_735_689_600, usegmt=True))
                self.end_headers()
                self.wfile.write(body)

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def page(title: str, paragraphs: list[str], published: str = "2025-03-18") -> str:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html lang='en'><head><title>{escape(title)}</title>"
        f"<meta name='date' content='{published}'></head><body><header><nav>Home | Robotics | AI</nav>"
        f"</header><article><h1>{escape(title)}</h1>{body}</article></body></html>"
    )


def rss(title: str, items: list[tuple[str, str, str]], language: str = "en") -> str:
    """An RSS 2.0 feed of (title, link, teaser) items."""
    entries = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link><guid>{escape(link)}</guid>"
        f"<pubDate>Tue, 18 Mar 2025 09:00:00 GMT</pubDate><description>{escape(teaser)}</description></item>"
        for t, link, teaser in items
    )
    return (
        f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{escape(title)}</title>"
        f"<link>http://127.0.0.1/</link><language>{language}</language>{entries}</channel></rss>"
    )
