"""The preview's search index, kept current in the background a moment after each save.

Pagefind's Python API (the same Pagefind `make html` runs) holds the index in its service
process for the whole session. The first round indexes the whole preview folder (the pages with
``data-pagefind-body`` are what the site's search finds); after a save only the pages it wrote
are added again (Pagefind replaces a page added under the same URL) and the bundle is written
into ``.preview/pagefind/``. Pagefind cannot remove a page, so a deleted file or a rebuild starts
a fresh index of the whole folder. It runs in a thread of its own: the pages are served first.
"""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

from pagefind.index import PagefindIndex

MARK = "data-pagefind-body"
SETTLE = 0.2  # seconds without a new save before indexing: one round for a burst of saves


class SearchIndexer:
    def __init__(self, site: Path):
        self.site = Path(site)
        self.rounds = 0  # finished rounds
        self._pages: set[str] = set()
        self._everything = True
        self._lock = threading.Lock()
        self._wanted = threading.Event()
        self._stopped = False
        self._index = None
        self._thread = threading.Thread(target=self._run, name="preview-search", daemon=True)

    def start(self) -> SearchIndexer:
        self._wanted.set()
        self._thread.start()
        return self

    def request(self, pages=None) -> None:
        """Index again soon: the site-relative ``pages`` a save wrote, or (None) the whole folder."""
        with self._lock:
            if pages is None:
                self._everything = True
            else:
                self._pages.update(pages)
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
            with self._lock:
                pages, everything = sorted(self._pages), self._everything
                self._pages, self._everything = set(), False
            try:
                loop.run_until_complete(self._round(pages, everything))
            except Exception as error:
                if not self._stopped:
                    print(f"pagefind: {error}", flush=True)
                self._index = None
                with self._lock:
                    self._everything = True
                continue
            self.rounds += 1
        loop.close()

    async def _round(self, pages: list[str], everything: bool) -> None:
        if everything or self._index is None:
            if self._index is not None:
                await self._index.__aexit__(RuntimeError, None, None)  # closes it without writing
            self._index = await PagefindIndex(config={"output_path": str(self.site / "pagefind")}).__aenter__()
            await self._index.add_directory(str(self.site))
        else:
            for page in pages:
                try:
                    text = (self.site / page).read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError):
                    continue  # gone since: a later round indexes everything
                if MARK in text:
                    await self._index.add_html_file(content=text, url="/" + page)
        await self._index.write_files()
