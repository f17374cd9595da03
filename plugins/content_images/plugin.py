"""Pictures in articles and pages: their size written into the page, and loaded only when near.

Readers on cheap phones and slow links: ``width`` and ``height`` let the browser keep the
picture's place while it loads (the text does not jump), ``loading="lazy"`` leaves pictures far
below for later. The size is read from the file with Pillow. Runs on ``content_object_init``,
before Pelican resolves ``{static}`` links and before it computes summaries; the reader cache
keeps parsed text only, so this runs on every build and never stacks attributes twice.
"""

from __future__ import annotations

import re
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from pelican import signals

_IMG = re.compile(r"<img\b[^>]*?/?>", re.IGNORECASE)
_SRC = re.compile(r'\bsrc="([^"]*)"')
_INTRASITE = re.compile(r"^[{|](?:static|attach|filename)[|}]")


def add_size_and_lazy_loading(content) -> None:
    html = getattr(content, "_content", None)
    if not html or "<img" not in html:
        return
    content._content = _IMG.sub(lambda match: _complete(match.group(0), content), html)


def _complete(tag: str, content) -> str:
    extra = []
    if "loading=" not in tag:
        extra.append('loading="lazy"')
    if "width=" not in tag and "height=" not in tag:
        size = _size_of(_SRC.search(tag), content)
        if size:
            extra.append(f'width="{size[0]}" height="{size[1]}"')
    if not extra:
        return tag
    end = -2 if tag.endswith("/>") else -1
    return f"{tag[:end].rstrip()} {' '.join(extra)}{tag[end:]}"


def _size_of(src, content) -> tuple[int, int] | None:
    """Pixel size of a local picture, as Pelican would find it; None for remote or unreadable ones."""
    if not src:
        return None
    value = src.group(1).split("?")[0].split("#")[0]
    intrasite = _INTRASITE.match(value)
    path = value[intrasite.end():] if intrasite else value
    if "://" in path or path.startswith("//") or not path:
        return None
    base = Path(content.settings["PATH"]) if path.startswith("/") else Path(content.source_path).parent
    file = (base / path.lstrip("/")).resolve()
    try:
        with Image.open(file) as image:
            return image.size
    except (OSError, UnidentifiedImageError):
        return None  # a missing picture is the content checker's to report, with its line


def register() -> None:
    signals.content_object_init.connect(add_size_and_lazy_loading)
