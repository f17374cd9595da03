"""The preview's search index, rebuilt in the background a moment after the last save.

Pagefind's Python API (the same Pagefind `make html` runs) indexes the pages in memory: every
written page that has a ``data-pagefind-body`` (articles, pages, projects: what the site's search
finds) is handed over as text, and the bundle is written into the preview's ``pagefind/``.
Pagefind cannot remove one page from an index, so each round indexes every such page again;
that takes seconds at 3,000 articles, which is why it runs in a thread of its own while the
pages themselves are already served.
"""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

from pagefind.index import PagefindIndex

MARK = "data-pagefind-body"
SETTLE = 0.2  # seconds without a new save before indexing: one round for a burst of saves
BATCH = 200  # pages sent to Pagefind at once


class SearchIndexer:
    def __init__(self, site: Path, report=None):
        self.site = Path(site)
        self.report = report or (lambda seconds, pages: None)
        self.rounds = 0  # finished rounds: tests wait for it to grow
        self._wanted = threading.Event()
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="preview-search", daemon=True)

    def start(self) -> "SearchIndexer":
        self._wanted.set()
        self._thread.start()
        return self

    def request(self) -> None:
        """Index again soon: a save changed pages."""
        self._wanted.set()

    def stop(self) -> None:
        self._stopped = True
        self._wanted.set()

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        while True:
            self._wanted.wait()
            if self._stopped:
                break
            time.sleep(SETTLE)
            self._wanted.clear()
            started = time.perf_counter()
            try:
                pages = loop.run_until_complete(self._index())
            except Exception as error:  # noqa: BLE001 - the preview goes on without a fresh index
                if not self._stopped:
                    print(f"pagefind: {error}", flush=True)
                continue
            self.rounds += 1
            self.report(time.perf_counter() - started, pages)
        loop.close()

    async def _index(self) -> int:
        pages = []
        for path in sorted(self.site.rglob("*.html")):
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue  # being rewritten this instant: the next round has it
            if MARK in text:
                pages.append(("/" + path.relative_to(self.site).as_posix(), text))
        async with PagefindIndex(config={"output_path": str(self.site / "pagefind")}) as index:
            for start in range(0, len(pages), BATCH):
                await asyncio.gather(*(index.add_html_file(content=text, url=url)
                                       for url, text in pages[start:start + BATCH]))
        return len(pages)
