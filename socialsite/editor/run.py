"""`make edit`: the preview, decap-server and the editor's server together; Ctrl-C stops all three.

``start_preview`` is the one place that says which preview runs (today `inv devserver`); the
browser tests start the same ``Editor`` without it.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from socialsite.editor.server import EditorServer
from socialsite.rules.messages import Messages, translator


class EditorFailed(Exception):
    """The editor cannot start; the message says what to install or change."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_preview(root: Path, port: int) -> subprocess.Popen:
    """The preview staff watch while they write: today's devserver (rebuilds on every save)."""
    return subprocess.Popen(
        [sys.executable, "-m", "invoke", "devserver", "--port", str(port)], cwd=root, start_new_session=True
    )


def start_decap_server(root: Path, port: int, node_modules: Path, _: Messages) -> subprocess.Popen:
    """decap-server in files mode on 127.0.0.1 only: it has no authentication."""
    script = node_modules / "decap-server" / "dist" / "index.js"
    node = shutil.which("node")
    if not script.is_file() or node is None:
        raise EditorFailed(
            _(
                "{script} or node is missing: install Node 20 and run `npm ci --no-audit --no-fund --ignore-scripts`",
                script=script,
            )
        )
    env = os.environ | {
        "PORT": str(port),
        "BIND_HOST": "127.0.0.1",
        "MODE": "fs",
        "GIT_REPO_DIRECTORY": str(root),
        "LOG_LEVEL": "warn",
    }
    process = subprocess.Popen([node, str(script)], cwd=root, env=env, start_new_session=True)
    url = f"http://127.0.0.1:{port}/api/v1"
    for _ in range(200):
        if process.poll() is not None:
            raise EditorFailed(
                _("decap-server stopped at start (exit {code}); see the lines above", code=process.returncode)
            )
        try:
            request = urllib.request.Request(
                url, data=json.dumps({"action": "info"}).encode(), headers={"Content-Type": "application/json"}
            )
            with urllib.request.urlopen(request, timeout=2):
                return process
        except OSError:
            time.sleep(0.1)
    stop(process)
    raise EditorFailed(_("decap-server did not answer within {seconds} s", seconds=20))


def stop(process: subprocess.Popen | None) -> None:
    """Stop one child and everything it started (its own session), politely then firmly."""
    if process is None or process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass


class Editor:
    """decap-server and the editor's server for one project folder (``with Editor(...) as e:``)."""

    def __init__(
        self,
        root: Path,
        settings,
        *,
        port: int = 0,
        node_modules: Path | None = None,
        _: Messages | None = None,
        site_url: str = "",
    ):
        self.root, self.settings, self.port, self.site_url = Path(root), settings, port, site_url
        self._ = _ or translator()
        self.node_modules = node_modules or self.root / "node_modules"
        self.decap = None
        self.server = None

    def __enter__(self) -> Editor:
        decap_port = free_port()
        self.decap = start_decap_server(self.root, decap_port, self.node_modules, self._)
        try:
            self.server = EditorServer(
                self.port,
                root=self.root,
                settings=self.settings,
                decap_url=f"http://127.0.0.1:{decap_port}/api/v1",
                node_modules=self.node_modules,
                site_url=self.site_url,
            )
        except OSError as error:
            stop(self.decap)
            raise EditorFailed(
                self._(
                    "cannot listen on 127.0.0.1:{port} ({reason}); choose another port with EDITOR_PORT=…",
                    port=self.port,
                    reason=error.strerror,
                )
            ) from None
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    @property
    def url(self) -> str:
        return f"{self.server.origin}/admin/"

    def __exit__(self, *exc) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
        stop(self.decap)


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def run(root: Path, settings, *, preview_port: int, editor_port: int, _: Messages) -> None:
    """Run until Ctrl-C (or SIGTERM), then stop the preview and decap-server too."""
    # Ctrl-C and a plain `kill` both end in the clean-up below, even where SIGINT was inherited
    # as ignored (a job started in the background of a script).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _interrupt)
    preview = None
    try:
        with Editor(
            root, settings, port=editor_port, _=_, site_url=f"http://127.0.0.1:{preview_port}/"
        ) as editor:  # fails first, before the preview
            preview = start_preview(root, preview_port)
            print(f"Redaktorius / Editor: {editor.url}   (rusų k. / на русском: {editor.url}?lang=ru)")
            print(f"Peržiūra / Preview:   http://127.0.0.1:{preview_port}/")
            print("Sustabdyti / Stop: Ctrl-C", flush=True)
            while preview.poll() is None:
                time.sleep(0.5)
            raise EditorFailed(_("the preview stopped (exit {code}); see the lines above", code=preview.returncode))
    except KeyboardInterrupt:
        pass
    finally:
        stop(preview)
