"""Rules on what a text points to: images that exist and say what they show, links to real pages.

Paths resolve as Pelican resolves them (pelican/contents.py, ``_link_replacer``):
``{static}``, ``{attach}`` and ``{filename}`` followed by ``/x`` start at the content folder,
anything else starts at the folder of the file. ``{static}`` files are copied wherever they are
(STATIC_PATHS is ``images``, so content/images/ is where pictures go); ``{filename}`` must name
an article or a page. A plain image path (no ``{static}``) is looked up beside the file, and
``/images/x.jpg`` under the content folder. Addresses with a scheme (``https:``, ``data:``) are
not checked. Code blocks are skipped.
"""

from __future__ import annotations

import os
import re
import warnings
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from socialsite.errors import ContentError, display_path
from socialsite.links import linked_file, picture_file
from socialsite.rules.messages import Messages
from socialsite.rules.sources import Source, line_at, prose

_MD_IMAGE = re.compile(
    r"!\[(?P<alt>(?:\\.|\[[^\]]*\]|[^\[\]\\])*)\]"
    r"\(\s*<?(?P<src>[^)\s>]*)>?(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)"
)
_MD_REF_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\s?\[(?P<ref>[^\]]*)\]")
_REF_DEF = re.compile(r"^ {0,3}\[(?P<ref>[^\]]+)\]:\s*<?(?P<src>[^\s>]+)>?", re.MULTILINE)
_IMG_TAG = re.compile(r"<img\b(?P<attrs>[^>]*)>", re.IGNORECASE)
_ATTR = re.compile(r"""(?P<name>[\w:-]+)(?:\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'>]+)))?""")
# Pelican's INTRASITE_LINK_REGEX is [{|](?P<what>.*?)[|}]; only these three name files.
_INTRASITE = re.compile(r"[{|](?P<what>filename|static|attach)[|}](?P<value>[^\s)\"'>\]]*)")
_SCHEME = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//|#)")
PAGE_SUFFIXES = {".md", ".markdown", ".html", ".htm", ".rst"}


def check_media(source: Source, content_dir: Path, page_files: set[Path], _: Messages) -> list[ContentError]:
    """Images and ``{filename}``/``{static}``/``{attach}`` links of one file."""
    text = prose(source.doc)
    errors: list[ContentError] = []
    image_spans = []
    for start, end, src, alt, markdown in _images(text):
        image_spans.append((start, end))
        line = line_at(source.doc, text, start)
        if alt is not None and not alt.strip():
            message = (
                _(
                    "the image '{src}' has no description (alt text); write what it shows between the "
                    "brackets: ![…]({src})",
                    src=src,
                )
                if markdown
                else _("the image '{src}' has no description (alt text); add alt=\"…\" saying what it shows", src=src)
            )
            errors.append(ContentError(source.path, line, message))
        elif alt is not None and vague_alt(alt, src):
            errors.append(
                ContentError(
                    source.path,
                    line,
                    _(
                        "the description '{alt}' of the image '{src}' says nothing about it; write what the picture "
                        "shows, e.g. 'Seniors planting flowers in the yard'",
                        alt=alt.strip(),
                        src=src,
                    ),
                )
            )
        match = _INTRASITE.fullmatch(src)
        if match and match["what"] == "filename":
            errors.extend(_check_link(source, content_dir, page_files, match, line, _))
        elif src and (match or not _SCHEME.match(src)):
            target = picture_file(match.group(0) if match else src, source.path, content_dir)
            errors.extend(_check_readable(source, target, src, line, _))
            if target is not None and not target.is_file():
                errors.append(
                    ContentError(
                        source.path,
                        line,
                        _(
                            "the image '{src}' does not exist; put the file into content/images/ and write "
                            "{{static}}/images/{name}",
                            src=src,
                            name=Path(target).name or "…",
                        ),
                    )
                )
    for match in _INTRASITE.finditer(text):
        if any(start <= match.start() < end for start, end in image_spans):
            continue
        errors.extend(_check_link(source, content_dir, page_files, match, line_at(source.doc, text, match.start()), _))
    errors.extend(check_cover(source, content_dir, _))
    return errors


# Words that name the kind of thing, not what it shows (lt, ru, en), compared lower-cased and trimmed.
GENERIC_ALT = {
    "nuotrauka",
    "foto",
    "фото",
    "image",
    "photo",
    "paveikslėlis",
    "paveikslelis",
    "picture",
    "img",
    "pic",
    "nuotr",
    "фотография",
    "изображение",
    "картинка",
    "vaizdas",
    "figure",
}
RASTER = {".jpg", ".jpeg", ".png", ".webp"}


def vague_alt(alt: str, src: str) -> bool:
    """An alt text that describes nothing: a generic word, or the picture's file name."""
    said = alt.strip().strip(".").casefold()
    name = Path(src.split("?")[0].split("#")[0]).name.casefold()
    return bool(said) and (said in GENERIC_ALT or said in {name, Path(name).stem})


def check_cover(source: Source, content_dir: Path, _: Messages) -> list[ContentError]:
    """``Image:`` (the cover photo of lists and sharing) names a photo, and ``Image_alt`` describes it."""
    doc = source.doc
    image = doc.meta.get("image", "").strip()
    alt = doc.meta.get("image_alt")
    if not image:
        if alt is not None:
            return [
                ContentError(
                    source.path,
                    doc.line_of("image_alt"),
                    _("Image_alt describes a cover photo, but there is no 'Image:' line; add Image: images/<file>"),
                )
            ]
        return []
    line = doc.line_of("image")
    target = picture_file(image, source.path, content_dir)
    if target is None or not target.is_file():
        return [
            ContentError(
                source.path,
                line,
                _(
                    "the cover photo '{src}' does not exist; put the file into content/images/ and write "
                    "Image: images/<file>",
                    src=image,
                ),
            )
        ]
    if target.suffix.lower() not in RASTER:
        return [
            ContentError(source.path, line, _("the cover photo '{src}' must be a JPEG, PNG or WebP file", src=image))
        ]
    errors = _check_readable(source, target, image, line, _)
    if alt is None or not alt.strip():
        errors.append(
            ContentError(
                source.path,
                line,
                _("the cover photo '{src}' has no description; add a line Image_alt: saying what it shows", src=image),
            )
        )
    elif vague_alt(alt, image):
        errors.append(
            ContentError(
                source.path,
                doc.line_of("image_alt"),
                _(
                    "the description '{alt}' of the image '{src}' says nothing about it; write what the picture "
                    "shows, e.g. 'Seniors planting flowers in the yard'",
                    alt=alt.strip(),
                    src=image,
                ),
            )
        )
    return errors


def _check_readable(source: Source, target: Path | None, src: str, line: int, _: Messages) -> list[ContentError]:
    """A photo the build will resize must open in Pillow (reading the header only: cheap)."""
    if target is None or target.suffix.lower() not in RASTER or not target.is_file():
        return []
    if os.path.realpath(target) != os.path.abspath(target):
        return []  # a symbolic link: never opened, paths.py refuses it
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(target):
                pass  # opening reads the header: Pillow refuses a bomb there
    except Image.DecompressionBombError:
        return []  # too many pixels: uploads.py says so, with the limit
    except (OSError, UnidentifiedImageError):
        return [
            ContentError(
                source.path,
                line,
                _("the picture '{src}' cannot be read as a photo; save it again as JPEG or PNG", src=src),
            )
        ]
    return []


def _images(text: str):
    """(start, end, src, alt, is_markdown) of every image; alt is None when the tag has no alt."""
    for match in _MD_IMAGE.finditer(text):
        yield match.start(), match.end(), match["src"], match["alt"], True
    refs = {m["ref"].strip().lower(): m["src"] for m in _REF_DEF.finditer(text)}
    for match in _MD_REF_IMAGE.finditer(text):
        src = refs.get((match["ref"] or match["alt"]).strip().lower())
        if src is not None:
            yield match.start(), match.end(), src, match["alt"], True
    for match in _IMG_TAG.finditer(text):
        attrs = {}
        for attr in _ATTR.finditer(match["attrs"]):
            value = next((v for v in (attr["dq"], attr["sq"], attr["bare"]) if v is not None), "")
            attrs.setdefault(attr["name"].lower(), value)
        if "src" in attrs:
            yield match.start(), match.end(), attrs["src"], attrs.get("alt", ""), False


def _check_link(source, content_dir, page_files, match, line, _) -> list[ContentError]:
    target = linked_file(match["value"], source.path, content_dir)
    if target is None:
        return []
    shown = match.group(0)
    if match["what"] == "filename":
        if target in page_files or (target.is_file() and target.suffix in PAGE_SUFFIXES):
            return []
        if target.is_file():
            return [
                ContentError(
                    source.path,
                    line,
                    _(
                        "the link '{target}' points to a file, not a page; write {{static}} instead of {{filename}}",
                        target=shown,
                    ),
                )
            ]
        return [
            ContentError(
                source.path,
                line,
                _(
                    "the link '{target}' leads to no page: {path} does not exist; correct the file name",
                    target=shown,
                    path=display_path(target),
                ),
            )
        ]
    if target.is_file():
        return []
    return [
        ContentError(
            source.path,
            line,
            _(
                "the file '{target}' does not exist: {path}; put it into content/images/ or correct the name",
                target=shown,
                path=display_path(target),
            ),
        )
    ]
