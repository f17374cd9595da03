"""A ``.gz`` and a ``.br`` beside every text file of the built site, made once at publish time.

nginx then serves them as they are (``gzip_static on``, ``brotli_static on``) instead of
compressing each response again, and at the strongest levels, which are too slow to use per
request. Done here, after Pagefind, rather than by the pelican-precompress plugin on Pelican's
``finalized`` signal: that signal fires before Pagefind writes its scripts and index, so half of
what the search page loads would stay uncompressed.

Every matching file gets both siblings, even the few where compression saves nothing: one rule
("x.html has x.html.gz and x.html.br") is easier to check and to reason about than a threshold,
and a tiny file costs a few bytes either way. The output is deterministic (gzip without a
timestamp), so an unchanged page keeps unchanged .gz and .br, which rsync then leaves alone.
"""

from __future__ import annotations

import gzip
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import brotli

from socialsite.messages import _

EXTENSIONS = (".html", ".css", ".js", ".xml", ".json", ".svg", ".txt")


@dataclass
class Sizes:
    files: int = 0
    original: int = 0
    gzip: int = 0
    brotli: int = 0

    def __str__(self) -> str:
        def share(size: int) -> str:
            return f"{size / self.original:.0%}" if self.original else "-"

        return str(
            _(
                "{files} files, {original} KiB → gzip {gzip} KiB ({gzip_share}), brotli {brotli} KiB ({brotli_share})",
                files=self.files,
                original=f"{self.original / 1024:.0f}",
                gzip=f"{self.gzip / 1024:.0f}",
                gzip_share=share(self.gzip),
                brotli=f"{self.brotli / 1024:.0f}",
                brotli_share=share(self.brotli),
            )
        )


def compressible(root: Path) -> list[Path]:
    return sorted(p for p in Path(root).rglob("*") if p.is_file() and p.suffix.lower() in EXTENSIONS)


def compress_file(path: Path) -> tuple[int, int, int]:
    """Write ``path.gz`` and ``path.br``; return the three sizes."""
    data = path.read_bytes()
    gz = gzip.compress(data, compresslevel=9, mtime=0)  # mtime 0: the same input gives the same bytes
    br = brotli.compress(data, mode=brotli.MODE_TEXT, quality=11)
    for suffix, payload in ((".gz", gz), (".br", br)):
        path.with_name(path.name + suffix).write_bytes(payload)
    return len(data), len(gz), len(br)


def precompress(root) -> Sizes:
    """Compress every text file under ``root``, one process per core (brotli holds the GIL)."""
    sizes = Sizes()
    files = compressible(Path(root))
    with ProcessPoolExecutor(max_workers=min(os.cpu_count() or 1, 8)) as pool:
        for original, gz, br in pool.map(compress_file, files, chunksize=max(1, len(files) // 32)):
            sizes.files += 1
            sizes.original += original
            sizes.gzip += gz
            sizes.brotli += br
    return sizes
