"""Which file a link written in content names, as Pelican resolves it.

Pelican (contents.py, ``_link_replacer``): after ``{static}``, ``{attach}`` or ``{filename}``, a
path starting with ``/`` starts at the content folder, any other at the folder of the file.
Used by the content checker (does the picture or page exist?) and by the pictures plugin (how
big is it?), so both look in the same place.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

INTRASITE = re.compile(r"^[{|](?:filename|static|attach)[|}]")


def linked_file(address: str, source_path, content_dir) -> Path | None:
    """The file ``address`` names; None for another site's address, one with no path, or one that
    leads out of the content folder (socialsite/rules/paths.py reports those; nothing reads them)."""
    target = link_target(address, source_path, content_dir)
    return target if target is None or is_inside(target, content_dir) else None


def link_target(address: str, source_path, content_dir) -> Path | None:
    """Where ``address`` leads, inside the content folder or not; None for another site's address."""
    prefix = INTRASITE.match(address)
    parsed = urlparse(address[prefix.end() :] if prefix else address)
    path = unquote(parsed.path)
    if parsed.scheme or parsed.netloc or not path:
        return None
    base = Path(content_dir) if path.startswith("/") else Path(source_path).parent
    return Path(os.path.normpath(base / path.lstrip("/")))


def is_inside(path, folder) -> bool:
    """``path`` (normalised) is ``folder`` or below it; no ``..`` leads out."""
    folder = os.path.normpath(os.path.abspath(folder))
    return os.path.commonpath([folder, os.path.normpath(os.path.abspath(path))]) == folder


def really_inside(path, folder) -> bool:
    """``path`` is a real file under ``folder``: not climbing out, no symbolic link on the way."""
    relative = os.path.relpath(os.path.abspath(path), os.path.abspath(folder))
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return False
    # Resolved, a real file is where its path says; a symbolic link on the way leads elsewhere.
    return os.path.realpath(path) == os.path.join(os.path.realpath(folder), relative)


def picture_file(address: str, source_path, content_dir) -> Path | None:
    """The picture ``address`` names: as Pelican resolves it, else under the content folder.

    Staff write ``![…](images/x.jpg)`` as often as ``{static}/images/x.jpg``. A plain relative
    path that names no file beside the text is looked up from the content folder too, so both
    forms show the picture (the pictures plugin rewrites either into its own files).
    """
    found = linked_file(address, source_path, content_dir)
    if found is None or found.is_file() or INTRASITE.match(address) or address.startswith("/"):
        return found
    fallback = linked_file("/" + address, source_path, content_dir)
    return fallback if fallback is not None and fallback.is_file() else found
