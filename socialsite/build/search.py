"""The Pagefind search index, fed each page as Pelican writes it: indexing overlaps rendering.

Pelican (``socialsite.build.render``) names each file it writes on a pipe; a thread here reads
the page back (it is in the page cache) and hands it to ``pagefind --service``, which parses it
on the other core. When Pelican is done only the index itself is left to build and write.

Why not the ``pagefind.index.PagefindIndex`` Python API: its reader sleeps 0.1 s before every
response it reads, so 9,000 pages would take 15 minutes to acknowledge (benchmarks/README.md).
The wire protocol it speaks is small and the binary the one the ``pagefind[bin]`` package ships
(found with the package's own ``get_executable``): base64 of a JSON request ended by a comma,
answered the same way. The service handles requests one at a time in the order received, so the
index depends only on the order pages are sent in: the order Pelican writes them, which
``socialsite.build.render`` makes the same on every run and disk.

Pagefind is given only what it indexes: once any page marks its body (``data-pagefind-body``,
as the theme's articles and pages do), Pagefind ignores every unmarked page (lists, archives,
404, redirects), so those are not sent at all. Sending only the marked element of a page was
measured and not kept: Pagefind's CPU time barely moved (6.2 → 6.0 s for 3,060 pages), its memory
neither (295 → 272 MiB), and 835 results lost their image (found after the article's text). tests/test_safe_build.py checks the fragments
are the ones ``pagefind --site`` makes from the finished site.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import subprocess
import threading
import time
from pathlib import Path

from pagefind.service import get_executable

from socialsite.messages import _
from socialsite.secrets import without_secrets

BODY_MARK = "data-pagefind-body"


class SearchFailed(Exception):
    """Pagefind could not index the site; the message is one line."""


def _stopped(code, line) -> str:
    return str(
        _("the search index could not be built: pagefind stopped (exit {code}): {line}", code=code, line=line or "—")
    )


class SearchIndex:
    """One ``pagefind --service`` process building the index of the site in ``site``."""

    def __init__(self, site: Path):
        binary = get_executable()
        if binary is None:
            raise SearchFailed(_stopped("—", "its binary is missing (uv sync installs pagefind[bin])"))
        self._site = site
        self._sent: set[str] = set()
        self._unmarked: list[str] = []
        self._marked = False
        self._next_id = 0
        self._errors: list[str] = []
        self._done = threading.Event()  # the answer to the last request (WriteFiles) came
        self._follower: threading.Thread | None = None
        self._process = subprocess.Popen(
            [str(binary), "--service"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=without_secrets(),
        )
        self._reader = threading.Thread(target=self._read_answers, daemon=True)
        self._reader.start()
        self._send({"type": "NewIndex", "config": None})  # index 0

    # --- feeding -----------------------------------------------------------------------------

    def follow(self, stream) -> None:
        """Index each page named on ``stream`` (a binary pipe, one path per line) as it comes."""
        self._follower = threading.Thread(target=self._follow, args=(stream,), daemon=True)
        self._follower.start()

    def _follow(self, stream) -> None:
        with stream:
            for line in stream:
                if self._errors:
                    continue  # keep draining, so Pelican never blocks on a full pipe
                try:
                    self.add(line.decode("utf-8").rstrip("\n"))
                except (OSError, ValueError) as error:  # an unreadable page, a failed disk: reported by finish()
                    where = getattr(error, "filename", None) or self._site
                    self._errors.append(f"{where}: {getattr(error, 'strerror', None) or error}")

    def add(self, relative: str) -> None:
        if relative in self._sent or not relative.endswith(".html"):
            return
        self._sent.add(relative)
        content = (self._site / relative).read_text(encoding="utf-8")
        if BODY_MARK not in content:
            self._unmarked.append(relative)
            return
        self._marked = True
        self._index(relative, content)

    def _index(self, relative: str, content: str) -> None:
        self._send({"type": "AddFile", "index_id": 0, "file_path": relative, "url": None, "file_contents": content})

    def finish(self) -> None:
        """Add the pages written outside Pelican's writer (sorted), write the index, stop."""
        if self._follower is not None:
            self._follower.join()
        if self._errors:
            raise SearchFailed(_stopped("—", self._errors[0]))
        for page in sorted(self._site.rglob("*.html")):
            self.add(page.relative_to(self._site).as_posix())
        if not self._marked:  # no page marks its body: Pagefind indexes every page
            for relative in self._unmarked:
                self._index(relative, (self._site / relative).read_text(encoding="utf-8"))
        self._send({"type": "WriteFiles", "index_id": 0, "output_path": str(self._site / "pagefind")})
        try:
            self._process.stdin.flush()  # not closed: at the end of its input the service exits at once
        except (BrokenPipeError, ValueError):
            self._errors.append("the pagefind service stopped")
        self._done.wait()
        if not self._errors:
            _wait_until_written(self._site / "pagefind")
        code = self._process.poll()
        self.stop()
        if self._errors:
            raise SearchFailed(_stopped(code if code is not None else "—", self._errors[0]))
        _sort_entry(self._site / "pagefind" / "pagefind-entry.json")

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        self._reader.join()  # the killed service's stdout ends, so does the reader
        for stream in (self._process.stdin, self._process.stdout):
            with contextlib.suppress(OSError):  # what was left unflushed goes nowhere: the service is gone
                stream.close()

    # --- the wire ----------------------------------------------------------------------------

    def _send(self, payload: dict) -> None:
        message = {"message_id": self._next_id, "payload": payload}
        self._next_id += 1
        try:
            # UTF-8, not \u escapes: a third of the bytes for Cyrillic, the same index.
            self._process.stdin.write(base64.b64encode(json.dumps(message, ensure_ascii=False).encode("utf-8")) + b",")
        except (BrokenPipeError, ValueError):
            self._errors.append("the pagefind service stopped")
            self._done.set()

    def _read_answers(self) -> None:
        stream = self._process.stdout
        buffered = b""
        while True:
            chunk = stream.read1(1 << 16)
            if not chunk:
                self._errors.append(self._errors[0] if self._errors else "the pagefind service stopped")
                self._done.set()
                return
            buffered += chunk
            *answers, buffered = buffered.split(b",")
            for answer in answers:
                payload = json.loads(base64.b64decode(answer)).get("payload", {})
                if payload.get("type") == "Error":
                    self._errors.append(payload.get("message", "error"))
                elif payload.get("type") == "WriteFiles":
                    self._done.set()
                    return


def _wait_until_written(folder: Path, timeout: float = 10.0) -> None:
    """Pagefind answers WriteFiles when it has created every file, but the bytes are handed to a
    background thread (tokio's File) and may land a moment later: the last ones were lost when
    the service was stopped at once (a measured empty pagefind-ui.css, and once a
    pagefind-modular-ui.js of other bytes). So the folder is read until every file is non-empty
    and no size changed for ``QUIET`` seconds. A full disk leaves empty files for good: after
    ``timeout`` the build's own check reports them."""
    deadline = time.monotonic() + timeout
    sizes, quiet_since = None, time.monotonic()
    while time.monotonic() < deadline:
        now = {p: p.stat().st_size for p in folder.rglob("*") if p.is_file()}
        if now != sizes:
            sizes, quiet_since = now, time.monotonic()
        elif all(now.values()) and time.monotonic() - quiet_since >= QUIET:
            return
        time.sleep(0.01)


QUIET = 0.1  # seconds without a change in the folder: the service's writes have landed


def _sort_entry(entry: Path) -> None:
    """Pagefind lists the languages in hash-map order, different on every run; sorted keys keep
    two builds of one commit byte-identical."""
    try:
        data = json.loads(entry.read_text(encoding="utf-8"))
    except ValueError:
        raise SearchFailed(
            str(
                _(
                    "pagefind wrote no readable {name} (is the disk full?): the previous output/ was kept",
                    name=entry.name,
                )
            )
        ) from None
    entry.write_text(json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")


def written_pipe():
    """(read end as a binary file, write end's fd for the Pelican process)."""
    read, write = os.pipe()
    return os.fdopen(read, "rb"), write
