"""The preview's search index, rebuilt in the background a moment after the last save.

Pagefind's Python API (the same Pagefind `make html` runs) indexes the preview's folder (the
pages with ``data-pagefind-body`` are what the site's search finds) and writes the bundle into
its ``pagefind/``. Pagefind cannot remove one page from an index, so each round indexes every
page again; that takes seconds at 3,000 articles, which is why it runs in a thread of its own
while the pages themselves are already served.
"""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

from pagefind.index import PagefindIndex

SETTLE = 0.2  # seconds without a new save before indexing: one round for a burst of saves


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
        # One request for the whole folder: Pagefind reads the files itself. (Its Python API
        # answers at most ten requests a second, so a request per page would take minutes.)
        async with PagefindIndex(config={"output_path": str(self.site / "pagefind")}) as index:
            indexed = await index.add_directory(str(self.site))
        return indexed.get("page_count", 0)
