"""The editor's own small server on 127.0.0.1: the admin page, Decap's bundle, and the API proxy.

- ``/admin/``: index.html and our scripts (socialsite/editor/admin/), Decap's bundle from
  node_modules/decap-cms/dist (never a CDN), and config.yml made from the settings per request.
- ``/api/v1``: forwarded to decap-server (files mode, also on 127.0.0.1), through the translation
  rules of translations.py, so the files on disk are named and filled as the site names them.

decap-server has no authentication: both servers listen on 127.0.0.1 only, and this one answers
only requests whose Host is its own address (a web page cannot reach it by DNS rebinding) and
API calls only from its own origin.
"""

from __future__ import annotations

import datetime
import json
import mimetypes
import posixpath
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from socialsite.editor.config import config_yaml
from socialsite.editor.translations import Layout, Names, prepare_save
from socialsite.languages import codes, default_lang

ADMIN = Path(__file__).resolve().parent / "admin"


class EditorServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int, *, root: Path, settings, decap_url: str, node_modules: Path, site_url: str = ""):
        self.root, self.settings, self.decap_url, self.site_url = root, settings, decap_url, site_url
        self.dist = node_modules / "decap-cms" / "dist"
        self.layout = Layout(f"content/{settings['ARTICLE_PATHS'][0]}", default_lang(settings), tuple(codes(settings)))
        super().__init__(("127.0.0.1", port), Handler)

    def handle_error(self, request, client_address):
        """A page reloaded while an answer was on its way is no error worth a traceback."""
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class Handler(BaseHTTPRequestHandler):
    server: EditorServer

    def log_message(self, *args):  # the terminal shows the preview's messages, not every request
        pass

    def _own_host(self) -> bool:
        port = self.server.server_address[1]
        return self.headers.get("Host", "") in (f"127.0.0.1:{port}", f"localhost:{port}")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if not self._own_host():
            return self._send(421, b"wrong host\n", "text/plain")
        url = urlsplit(self.path)
        path = posixpath.normpath(url.path)
        if url.path == "/admin/":
            return self._file(ADMIN / "index.html")
        if path == "/favicon.ico":
            return self._send(204, b"", "image/x-icon")
        if path in ("/", "/admin"):
            self.send_response(302)
            self.send_header("Location", "/admin/")
            self.end_headers()
            return None
        if path == "/admin/config.yml":
            lang = parse_qs(url.query).get("lang", ["lt"])[0]
            text = config_yaml(
                self.server.settings, api_url=f"{self.server.origin}/api/v1", lang=lang, site_url=self.server.site_url
            )
            return self._send(200, text.encode(), "text/yaml; charset=utf-8")
        if path.startswith("/admin/decap/"):
            return self._file(self.server.dist / path[len("/admin/decap/") :], inside=self.server.dist)
        if path.startswith("/admin/"):
            return self._file(ADMIN / path[len("/admin/") :], inside=ADMIN)
        return self._send(404, b"not found\n", "text/plain")

    def _file(self, file: Path, inside: Path | None = None) -> None:
        file = file.resolve()
        if (inside is not None and not file.is_relative_to(inside.resolve())) or not file.is_file():
            return self._send(404, b"not found\n", "text/plain")
        kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        if kind.startswith("text/") or kind.endswith("javascript"):
            kind += "; charset=utf-8"
        return self._send(200, file.read_bytes(), kind)

    def do_POST(self):
        origin = self.headers.get("Origin")
        own = (self.server.origin, self.server.origin.replace("127.0.0.1", "localhost"))
        if not self._own_host() or (origin and origin not in own) or urlsplit(self.path).path != "/api/v1":
            return self._send(403, b'{"error":"forbidden"}', "application/json")
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        names = Names(self.server.root, self.server.layout, self.server.settings)
        action, params = body.get("action"), body.get("params") or {}
        if action == "persistEntry":
            files = params.pop("dataFiles", None) or [params.pop("entry")]
            params["dataFiles"] = prepare_save(files, names, self.server.settings, datetime.date.today())
        elif action == "getEntry":
            params["path"] = names.real(params["path"])
        elif action == "entriesByFiles":
            params["files"] = [f | {"path": names.real(f["path"])} for f in params["files"]]
        elif action in ("deleteFile", "deleteFiles"):
            if "path" in params:
                params["path"] = names.real(params["path"])
            if "paths" in params:
                params["paths"] = [names.real(p) for p in params["paths"]]
        status, answer = self._forward(body)
        if status == 200 and action in ("entriesByFolder", "entriesByFiles", "getEntry"):
            answer = _as_decap_sees(answer, names)
        return self._send(status, json.dumps(answer).encode(), "application/json; charset=utf-8")

    def _forward(self, body: dict):
        request = urllib.request.Request(
            self.server.decap_url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"null")


def _as_decap_sees(answer, names: Names):
    """Entries with each translation under its original's file name; translations of nothing hidden."""

    def one(entry):
        if not isinstance(entry, dict) or "file" not in entry:
            return entry
        real = entry["file"].get("path", "")
        return entry | {"file": entry["file"] | {"path": names.decap(real)}}

    if isinstance(answer, list):
        return [one(e) for e in answer if not (isinstance(e, dict) and e.get("file", {}).get("path") in names.orphans)]
    return one(answer)
