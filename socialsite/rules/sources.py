"""Every Markdown file of the site, read once, with what the rules need to know about it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pelican.utils import slugify

from socialsite.errors import ContentError
from socialsite.frontmatter import Document, parse_file, parse_text
from socialsite.languages import codes, source_language
from socialsite.links import really_inside
from socialsite.rules.messages import Messages

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_INLINE_CODE = re.compile(r"`[^`\n]*`")


@dataclass
class Source:
    """One Markdown file: its parsed header and body, its kind, language and slug."""

    doc: Document
    kind: str  # "article" or "page"
    lang: str  # from the folder, as PATH_METADATA says: content/news/<lang>/
    slug: str  # the Slug field, else the title as Pelican slugifies it

    @property
    def path(self) -> str:
        return self.doc.path

    @property
    def key(self) -> str:
        """What translations share: the original's slug."""
        return self.doc.meta.get("translation_of") or self.slug


def content_folders(settings, content_dir: Path):
    """(kind, folder) of every place Pelican reads articles and pages from."""
    for kind, setting in (("article", "ARTICLE_PATHS"), ("page", "PAGE_PATHS")):
        for folder in settings[setting]:
            yield kind, content_dir / folder


def read_sources(settings, content_dir: Path, _: Messages) -> tuple[list[Source], list[ContentError]]:
    """Every Markdown file under the article and page folders, and the files that cannot be read."""
    sources, errors = [], []
    for kind, folder in content_folders(settings, content_dir):
        for path in sorted(folder.rglob("*.md")):
            if not really_inside(path, content_dir):
                continue  # a symbolic link: never read through it (paths.py reports it)
            try:
                sources.append(source_from(parse_file(path), content_dir, kind, settings, _))
            except ContentError as error:
                errors.append(_.pin(error))
    return sources, errors


def source_from_text(text: str, path: Path, content_dir: Path, kind: str, settings, _: Messages) -> Source:
    """A file that is not written yet (``make new`` checks it before saving it)."""
    return source_from(parse_text(text, str(path)), content_dir, kind, settings, _)


def source_from(doc: Document, content_dir: Path, kind: str, settings, _: Messages) -> Source:
    path = Path(doc.path)
    relative = path.relative_to(content_dir) if path.is_relative_to(content_dir) else path
    lang = source_language(settings, relative.as_posix())
    if lang not in codes(settings):
        raise ContentError(
            doc.path,
            1,
            _(
                "the folder '{folder}' is no site language; move the file into one of: {known}",
                folder=lang,
                known=", ".join(codes(settings)),
            ),
        )
    return Source(
        doc=doc, kind=kind, lang=lang, slug=doc.meta.get("slug") or title_slug(doc.meta.get("title", ""), settings)
    )


def title_slug(title: str, settings) -> str:
    """The slug Pelican gives a title (SLUGIFY_SOURCE = "title"): „Nauja žinia“ -> nauja-zinia."""
    return slugify(title, regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []))


def paragraphs(doc: Document):
    """(line, text) of every paragraph of the body."""
    start, lines = None, []
    for number, line in enumerate(doc.body.split("\n"), start=doc.body_line):
        if line.strip():
            if start is None:
                start = number
            lines.append(line)
        elif lines:
            yield start, " ".join(lines)
            start, lines = None, []
    if lines:
        yield start, " ".join(lines)


def prose(doc: Document) -> str:
    """The body with code blanked out (same length and lines), so examples in code are not read."""
    out, fence = [], None
    for line in doc.body.split("\n"):
        match = _FENCE.match(line)
        if fence is None and match:
            fence = match.group(1)[0]
            out.append(" " * len(line))
        elif fence is not None:
            if match and match.group(1)[0] == fence:
                fence = None
            out.append(" " * len(line))
        else:
            out.append(_INLINE_CODE.sub(lambda m: " " * len(m.group()), line))
    return "\n".join(out)


def line_at(doc: Document, text: str, offset: int) -> int:
    """Line in the file of ``offset`` in ``text`` (the body or its ``prose``)."""
    return doc.body_line + text.count("\n", 0, offset)
