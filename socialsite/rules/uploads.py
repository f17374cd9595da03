"""Uploaded files: no SVG that runs script, no picture too big to open safely.

Every file Pelican would copy (the STATIC_PATHS folders, content/images/, and whatever a
``{static}``/``{attach}`` link names) is checked before Pillow or Pelican opens it:

- larger than ``UPLOAD_MAX_BYTES`` (default 20 MB): refused from its size on disk;
- a picture of more than ``UPLOAD_MAX_PIXELS`` (default 50 megapixels): refused from its header
  (``Image.open`` reads only the header; a "decompression bomb" of a few kilobytes can claim
  billions of pixels and would take gigabytes to decode);
- an SVG with ``<script>``, ``<foreignObject>`` (HTML inside the drawing), ``on…=`` handlers,
  ``javascript:`` addresses, animations that set a link or a handler, or XML entities: opened
  on its own (a link to it), an SVG is a page that runs its scripts under the site's address.

A problem is reported at every line of a Markdown file that uses the file, else at the file.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from xml.parsers import expat

from PIL import Image, UnidentifiedImageError

from socialsite.errors import ContentError, display_path
from socialsite.links import linked_file, really_inside
from socialsite.rules.messages import Messages
from socialsite.rules.paths import INTRASITE_LINK
from socialsite.rules.sources import Source, line_at, prose

UPLOAD_MAX_BYTES = 20 * 1024 * 1024
UPLOAD_MAX_PIXELS = 50_000_000
_SVG_BANNED = {"script", "foreignobject", "handler", "listener", "iframe", "embed", "object"}
_BAD_URL = re.compile(r"^\s*(?:javascript|vbscript|data:(?!image/(?:png|jpeg|gif|webp)[;,]))", re.IGNORECASE)


def check_uploads(sources: list[Source], settings, content_dir: Path, _: Messages) -> list[ContentError]:
    used = _uses(sources, content_dir)
    files = set(used)
    for folder in settings.get("STATIC_PATHS", []):
        files.update(p for p in (content_dir / folder).rglob("*") if p.is_file() and really_inside(p, content_dir))
    errors = []
    for file in sorted(files):
        for line, message in _problems(file, settings, _):
            places = used.get(file) or [(str(file), line)]
            named = f"{display_path(str(file))}: {message}" if file in used else message
            errors += [ContentError(path, at, named) for path, at in places]
    return errors


def _uses(sources: list[Source], content_dir: Path) -> dict[Path, list[tuple[str, int]]]:
    """Every real file inside content/ a ``{static}``/``{attach}`` link names, with where it is named."""
    used = defaultdict(list)
    for source in sources:
        text = prose(source.doc)
        for match in INTRASITE_LINK.finditer(text):
            if match["what"] == "filename":
                continue
            target = linked_file(match["value"], source.path, content_dir)
            if target is not None and target.is_file() and really_inside(target, content_dir):
                used[target].append((source.path, line_at(source.doc, text, match.start())))
    return used


def _problems(file: Path, settings, _: Messages) -> list[tuple[int, str]]:
    """(line in the file, message) of what is wrong with one uploaded file."""
    limit = settings.get("UPLOAD_MAX_BYTES", UPLOAD_MAX_BYTES)
    size = file.stat().st_size
    if size > limit:
        return [
            (
                0,
                _(
                    "the file is {size} MB, more than the limit of {limit} MB; make it smaller (a photo for the "
                    "web needs at most 2000 pixels across)",
                    size=round(size / 2**20, 1),
                    limit=round(limit / 2**20, 1),
                ),
            )
        ]
    if file.suffix.lower() == ".svg":
        return _svg_problems(file, _)
    if file.suffix.lower() in Image.registered_extensions():
        return _pixel_problems(file, settings, _)
    return []


def _pixel_problems(file: Path, settings, _: Messages) -> list[tuple[int, str]]:
    limit = settings.get("UPLOAD_MAX_PIXELS", UPLOAD_MAX_PIXELS)
    # Pillow's own bomb guard would refuse without saying the size; ours is stricter, and
    # nothing is decoded here, so its guard is off while the header is read.
    saved, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None
    try:
        with Image.open(file) as image:  # the header only: nothing is decoded
            width, height = image.size
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError):
        return []  # not a picture Pillow knows: copied as it is, never decoded
    finally:
        Image.MAX_IMAGE_PIXELS = saved
    if width * height <= limit:
        return []
    return [
        (
            0,
            _(
                "the picture is {size} pixels, more than the limit of {limit} megapixels; make it smaller "
                "(a photo for the web needs at most 2000 pixels across)",
                size=f"{width}×{height}",
                limit=limit // 1_000_000,
            ),
        )
    ]


def _svg_problems(file: Path, _: Messages) -> list[tuple[int, str]]:
    problems = []
    parser = expat.ParserCreate(namespace_separator=" ")

    def refuse_entities(*_args):
        problems.append(
            (
                parser.CurrentLineNumber,
                _("the drawing declares XML entities, which are not allowed; export it again as plain SVG"),
            )
        )
        raise _Stop

    def start(name, attributes):
        line, tag = parser.CurrentLineNumber, name.rsplit(" ", 1)[-1].lower()
        if tag in _SVG_BANNED:
            problems.append(
                (
                    line,
                    _(
                        "the drawing holds <{tag}>, which can run code in the reader's browser; "
                        "export it again as plain SVG or as PNG",
                        tag=tag,
                    ),
                )
            )
        for attribute, value in attributes.items():
            local = attribute.rsplit(" ", 1)[-1].lower()
            target = attributes.get("attributeName", "").lower()
            if (
                local.startswith("on")
                or _BAD_URL.match(value)
                or (tag in ("set", "animate") and (target.startswith("on") or target.endswith("href")))
            ):
                problems.append(
                    (
                        line,
                        _(
                            'the drawing has {attribute}="…", which can run code in the reader\'s '
                            "browser; export it again as plain SVG or as PNG",
                            attribute=local,
                        ),
                    )
                )

    parser.StartElementHandler = start
    parser.EntityDeclHandler = refuse_entities
    try:
        parser.Parse(file.read_bytes(), True)
    except _Stop:
        pass
    except expat.ExpatError as error:
        problems.append(
            (
                error.lineno,
                _("the drawing is not valid SVG ({error}); export it again", error=expat.errors.messages[error.code]),
            )
        )
    return problems


class _Stop(Exception):
    pass
