"""Pictures in articles and pages: their size written into the page, and loaded only when near.

Readers on cheap phones and slow links: ``width`` and ``height`` let the browser keep the
picture's place while it loads (the text does not jump), ``loading="lazy"`` leaves pictures far
below for later. The size is read from the file with Pillow. Runs on ``content_object_init``,
before Pelican resolves ``{static}`` links and before it computes summaries; the reader cache
keeps parsed text only, so this runs on every build and never stacks attributes twice.
"""

from __future__ import annotations

import re
import warnings

from PIL import Image, UnidentifiedImageError
from pelican import signals

from sitekit.links import linked_file

_IMG = re.compile(r"<img\b[^>]*?/?>", re.IGNORECASE)
_SRC = re.compile(r'\bsrc="([^"]*)"')


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
    file = linked_file(src.group(1), content.source_path, content.settings["PATH"]) if src else None
    if file is None:
        return None
    try:
        with warnings.catch_warnings():  # the header only; a bomb is make check's to refuse (uploads.py)
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(file) as image:
                return image.size
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError):
        return None  # a missing picture is the content checker's to report, with its line


def register() -> None:
    signals.content_object_init.connect(add_size_and_lazy_loading)
