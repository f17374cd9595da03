"""The preview's web server: its own folder on 127.0.0.1 only, every page with its notices on top.

Python's ``http.server`` (one thread per request) is enough for one writer's browser. Pages are
never cached by the browser, so a reload always shows the last save.
"""

from __future__ import annotations

import http.server
import posixpath
import threading
import urllib.parse
from functools import partial
from pathlib import Path

from socialsite.preview.notices import banner

BIND = "127.0.0.1"  # the preview is for the person at this computer, never the network


class _Handler(http.server.SimpleHTTPRequestHandler):
    state = None  # the PreviewState: notices per page and the messages' language

    def do_GET(self):
        relative = self._page()
        if relative is None:
            return super().do_GET()
        try:
            html = (Path(self.directory) / relative).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return super().do_GET()
        notices = self.state.notices_for(relative)
        if notices:
            html = _after_body(html, banner(notices, self.state.lang, relative.count("/")))
        body = html.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def _page(self) -> str | None:
        """The site-relative path of the HTML page asked for, or None for anything else."""
        path = posixpath.normpath(urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)).lstrip("/")
        if path in ("", "."):
            path = "index.html"
        elif (Path(self.directory) / path).is_dir():
            path = posixpath.join(path, "index.html")
        if path.startswith("..") or not path.endswith(".html"):
            return None
        return path if (Path(self.directory) / path).is_file() else None

    def log_message(self, format, *args):
        pass


def _after_body(html: str, extra: str) -> str:
    start = html.find("<body")
    end = html.find(">", start) if start >= 0 else -1
    return html[: end + 1] + extra + html[end + 1 :] if end >= 0 else extra + html


class PreviewServer:
    """``http.server`` in a thread of its own; ``stop()`` closes the socket."""

    def __init__(self, directory: Path, port: int, state):
        self.handler = type("PreviewHandler", (_Handler,), {"state": state})
        self.httpd = http.server.ThreadingHTTPServer((BIND, port), partial(self.handler, directory=str(directory)))
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="preview-http", daemon=True)

    def show(self, state) -> None:
        """Serve the notices of ``state`` (``notices_for(page)``, ``lang``) from now on."""
        self.handler.state = state

    def start(self) -> PreviewServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
