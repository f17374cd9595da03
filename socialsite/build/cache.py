"""Pelican's content cache, checked before Pelican reads it.

Pelican writes its cache files (``.cache/<Generator>-Readers``) in place, not atomically: a build
killed while writing leaves one cut short. Pelican then stops with a traceback (a truncated gzip
raises EOFError, which its loader does not catch), or with a warning our strict logging turns
into a failure, and so would every later build. A cut-short file is found here and deleted with
a one-line notice; that build reads every file anew and writes a whole cache again.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

PICKLE_STOP = b"."  # the last opcode of every pickle


def _whole(path: Path, gzipped: bool) -> bool:
    try:
        data = gzip.decompress(path.read_bytes()) if gzipped else path.read_bytes()
    except (OSError, EOFError, zlib.error):
        return False  # gzip checks its length and CRC: a cut-short or damaged file fails here
    return data.endswith(PICKLE_STOP)


def discard_broken(settings: dict) -> list[str]:
    """Delete every cut-short cache file; return one notice line for each."""
    if not (settings.get("LOAD_CONTENT_CACHE") and settings.get("CACHE_CONTENT")):
        return []
    folder = Path(settings["CACHE_PATH"])
    if not folder.is_dir():
        return []
    notices = []
    for path in sorted(folder.iterdir()):
        if path.is_file() and not path.is_symlink() and not _whole(path, settings.get("GZIP_CACHE", True)):
            path.unlink()
            notices.append(
                f"{path}: the content cache was cut short (a build stopped while writing it); "
                "discarded, this build reads every file anew"
            )
    return notices
