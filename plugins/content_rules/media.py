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

import re
from pathlib import Path

from content_rules.messages import Messages
from content_rules.sources import Source, line_at, prose
from sitekit.errors import ContentError, display_path
from sitekit.links import linked_file

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
            message = (_("the image '{src}' has no description (alt text); write what it shows between the "
                         "brackets: ![…]({src})", src=src) if markdown else
                       _("the image '{src}' has no description (alt text); add alt=\"…\" saying what it shows", src=src))
            errors.append(ContentError(source.path, line, message))
        match = _INTRASITE.fullmatch(src)
        if match and match["what"] == "filename":
            errors.extend(_check_link(source, content_dir, page_files, match, line, _))
        elif src and (match or not _SCHEME.match(src)):
            target = linked_file(match["value"] if match else src, source.path, content_dir)
            if target is not None and not target.is_file():
                errors.append(ContentError(source.path, line, _(
                    "the image '{src}' does not exist; put the file into content/images/ and write "
                    "{{static}}/images/{name}", src=src, name=Path(target).name or "…",
                )))
    for match in _INTRASITE.finditer(text):
        if any(start <= match.start() < end for start, end in image_spans):
            continue
        errors.extend(_check_link(source, content_dir, page_files, match, line_at(source.doc, text, match.start()), _))
    return errors


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
            return [ContentError(source.path, line, _(
                "the link '{target}' points to a file, not a page; write {{static}} instead of {{filename}}",
                target=shown,
            ))]
        return [ContentError(source.path, line, _(
            "the link '{target}' leads to no page: {path} does not exist; correct the file name",
            target=shown, path=display_path(target),
        ))]
    if target.is_file():
        return []
    return [ContentError(source.path, line, _(
        "the file '{target}' does not exist: {path}; put it into content/images/ or correct the name",
        target=shown, path=display_path(target),
    ))]

