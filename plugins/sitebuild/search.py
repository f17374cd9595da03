"""The Pagefind search index, fed each page as Pelican writes it: indexing overlaps rendering.

Pelican (``sitebuild.render``) writes one line per HTML file it has written to a pipe; a thread
here reads the file back (it is in the page cache) and hands it to ``pagefind --service`` on the
other core. When Pelican is done only the index itself is left to build and write.

Why not the ``pagefind.index.PagefindIndex`` Python API: its reader sleeps 0.1 s before every
response it reads, so 9,000 pages would take 15 minutes to acknowledge (measured; see
benchmarks/README.md). The wire protocol it speaks is small and the binary the same one the
``pagefind[bin]`` package ships (found with the package's own ``get_executable``): base64 of a
JSON request, ended by a comma, answered in the same way. The service handles requests one at a
time in the order received, so the index depends only on the order pages are sent in, and that
is the order Pelican writes them (``sitebuild.render`` makes it the same on every run and disk).
"""

from __future__ import annotations

import base64
import json
import os
import queue
import subprocess
import threading
import time
from pathlib import Path

from pagefind.service import get_executable

from sitekit.secrets import without_secrets


BODY_MARK = "data-pagefind-body"


class SearchFailed(Exception):
    """Pagefind could not index the site; the message is one line."""


class SearchIndex:
    """One ``pagefind --service`` process building the index of the site in ``site``."""

    def __init__(self, site: Path):
        binary = get_executable()
        if binary is None:
            raise SearchFailed("pagefind failed: its binary is missing (uv sync installs pagefind[bin])")
        self._site = site
        self._sent: set[str] = set()
        self._unmarked: list[str] = []
        self._marked = False
        self._next_id = 0
        self._errors: list[str] = []
        self._done = threading.Event()  # the answer to the last request (WriteFiles) came
        self._follower: threading.Thread | None = None
        self._process = subprocess.Popen(
            [str(binary), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, env=without_secrets(),
        )
        self._reader = threading.Thread(target=self._read_answers, daemon=True)
        self._reader.start()
        self._send({"type": "NewIndex", "config": None})  # index 0

    # --- feeding -----------------------------------------------------------------------------

    def follow(self, forked, main) -> None:
        """Index each page named on the two streams (binary pipes, one path per line) of the render
        processes (sitebuild.parallel): two of the second process's pages, then one of the main
        one's, and so on; when the second's stream ends, the rest of the main one's. That is the
        order one process writes them in, so the index is the same on every run, though two
        processes write at once. Both are read into memory meanwhile, so neither writer ever
        waits on a full pipe."""
        queues = [queue.SimpleQueue(), queue.SimpleQueue()]
        for stream, lines in zip((forked, main), queues):
            threading.Thread(target=_drain, args=(stream, lines), daemon=True).start()
        self._follower = threading.Thread(target=self._follow, args=queues, daemon=True)
        self._follower.start()

    def _follow(self, forked, main) -> None:
        def merged():
            while True:
                for _ in range(2):
                    line = forked.get()
                    if line is None:
                        yield from iter(main.get, None)
                        return
                    yield line
                line = main.get()
                if line is None:
                    yield from iter(forked.get, None)
                    return
                yield line

        for line in merged():
            if self._errors:
                continue  # keep draining, so Pelican never blocks on a full pipe
            try:
                self.add(line)
            except (OSError, ValueError) as error:  # an unreadable page, a failed disk: one line, at finish()
                self._errors.append(f"{getattr(error, 'filename', None) or self._site}: {getattr(error, 'strerror', None) or error}")

    def add(self, relative: str) -> None:
        if relative in self._sent or not relative.endswith(".html"):
            return
        self._sent.add(relative)
        content = (self._site / relative).read_text(encoding="utf-8")
        # Once any page marks its body (data-pagefind-body, as the theme's articles do), Pagefind
        # indexes only marked pages: the list pages need not be parsed at all (a tenth of the work).
        if BODY_MARK not in content:
            self._unmarked.append(relative)
            return
        self._marked = True
        self._index(relative, content)

    def _index(self, relative: str, content: str) -> None:
        self._send({"type": "AddFile", "index_id": 0, "file_path": relative, "url": None,
                    "file_contents": content})

    def finish(self) -> None:
        """Add the pages written outside Pelican's writer (sorted), write the index, stop."""
        if self._follower is not None:
            self._follower.join()
        if self._errors:
            raise SearchFailed(f"pagefind failed: {self._errors[0]}")
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
        self.stop()
        if self._errors:
            raise SearchFailed(f"pagefind failed: {self._errors[0]}")
        _sort_entry(self._site / "pagefind" / "pagefind-entry.json")

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        self._reader.join()  # the killed service's stdout ends, so does the reader
        for stream in (self._process.stdin, self._process.stdout):
            try:
                stream.close()
            except OSError:  # what was left unflushed goes nowhere: the service is gone
                pass

    # --- the wire ----------------------------------------------------------------------------

    def _send(self, payload: dict) -> None:
        message = {"message_id": self._next_id, "payload": payload}
        self._next_id += 1
        try:
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
    the service was stopped at once (a measured empty pagefind-ui.css). Each file is written in
    one write(2) (all are under tokio's 2 MiB chunk), so none empty means all whole. A full disk
    leaves empty files for good: after ``timeout`` the build's own check reports them."""
    deadline = time.monotonic() + timeout
    while any(p.stat().st_size == 0 for p in folder.rglob("*") if p.is_file()):
        if time.monotonic() > deadline:
            return
        time.sleep(0.01)


def _sort_entry(entry: Path) -> None:
    """Pagefind lists the languages in hash-map order, different on every run; sorted keys keep
    two builds of one commit byte-identical."""
    try:
        data = json.loads(entry.read_text(encoding="utf-8"))
    except ValueError:
        raise SearchFailed(f"pagefind wrote no readable {entry.name} (is the disk full?): the previous output/ was kept") from None
    entry.write_text(json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")


def _drain(stream, lines) -> None:
    with stream:
        for line in stream:
            lines.put(line.decode("utf-8").rstrip("\n"))
    lines.put(None)


def written_pipe():
    """(read end as a binary file, write end's fd for the Pelican process)."""
    read, write = os.pipe()
    return os.fdopen(read, "rb"), write
