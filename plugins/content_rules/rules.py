"""Plain functions over parsed files, one per kind of mistake; ``check_site`` runs them all."""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from pelican.utils import slugify

from projects.pasted import known_blocks, looks_like_disclosure
from projects.registry import parse_codes, load_registry
from sitekit.errors import ContentError, ContentErrors
from sitekit.frontmatter import Document, parse_file

DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass
class Source:
    """One Markdown file with what the rules need to know about it."""

    doc: Document
    kind: str  # "article" or "page"
    lang: str  # from the folder: content/news/<lang>/
    slug: str

    @property
    def path(self) -> str:
        return self.doc.path

    @property
    def key(self) -> str:
        return self.doc.meta.get("translation_of") or self.slug


def check_site(settings, content_dir=None) -> list[ContentError]:
    """All problems in the content and the registry, sorted by file and line."""
    content_dir = Path(content_dir or settings["PATH"])
    errors: list[ContentError] = []
    try:
        registry = load_registry(settings["PROJECTS_PATH"], settings)
    except ContentErrors as many:
        errors.extend(many.errors)
        registry = None
    sources = []
    for kind, folders in (("article", settings["ARTICLE_PATHS"]), ("page", settings["PAGE_PATHS"])):
        for folder in folders:
            for path in sorted((content_dir / folder).rglob("*.md")):
                try:
                    sources.append(read_source(path, content_dir / folder, kind, settings))
                except ContentError as error:
                    errors.append(error)
    blocks = known_blocks(registry, settings) if registry else []
    for source in sources:
        errors.extend(check_header(source, settings))
        if registry is not None:
            errors.extend(check_projects(source, registry))
        errors.extend(check_pasted_block(source, blocks))
    errors.extend(check_slugs_and_translations(sources))
    return sorted(set(errors), key=lambda e: (e.path, e.line, e.message))


def read_source(path: Path, folder: Path, kind: str, settings) -> Source:
    doc = parse_file(path)
    relative = path.relative_to(folder).parts
    lang = relative[0] if len(relative) > 1 else settings["DEFAULT_LANG"]
    if lang not in settings["LANGUAGES"]:
        known = ", ".join(settings["LANGUAGES"])
        raise ContentError(str(path), 1, f"the folder '{lang}' is no site language; move the file into one of: {known}")
    slug = doc.meta.get("slug") or slugify(
        doc.meta.get("title", path.stem),
        regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []),
    )
    return Source(doc=doc, kind=kind, lang=lang, slug=slug)


def check_header(source: Source, settings) -> list[ContentError]:
    doc, errors = source.doc, []
    if not doc.meta.get("title"):
        errors.append(ContentError(doc.path, doc.line_of("title"), "the article has no title; add a line 'Title: …' at the top"))
    if source.kind == "article":
        value = doc.meta.get("date")
        if not value:
            errors.append(ContentError(doc.path, 1, "the article has no date; add 'Date: YYYY-MM-DD' at the top"))
        elif parse_date(value) is None:
            errors.append(ContentError(doc.path, doc.line_of("date"),
                                       f"the date '{value}' is not a real date written as YYYY-MM-DD (e.g. 2023-10-13)"))
        category = doc.meta.get("category")
        names = settings.get("CATEGORY_NAMES", {})
        if not category:
            errors.append(ContentError(doc.path, 1, f"the article has no category; add 'Category: …' with one of: {', '.join(names)}"))
        elif category not in names:
            errors.append(ContentError(doc.path, doc.line_of("category"),
                                       f"unknown category '{category}'; use one of: {', '.join(names)}"))
    lang = doc.meta.get("lang")
    if lang and lang != source.lang:
        errors.append(ContentError(doc.path, doc.line_of("lang"),
                                   f"'Lang: {lang}' differs from the folder '{source.lang}'; delete the Lang line or move the file"))
    if "slug" in doc.meta and not SLUG.match(doc.meta["slug"]):
        errors.append(ContentError(doc.path, doc.line_of("slug"),
                                   "the slug may hold only small Latin letters, digits and hyphens, e.g. senjoru-bendradarbiavimas"))
    return errors


def parse_date(value: str) -> datetime.datetime | None:
    match = DATE.match(value.strip())
    if not match:
        return None
    parts = [int(p) if p else 0 for p in match.groups()]
    try:
        return datetime.datetime(*parts)
    except ValueError:
        return None


def check_projects(source: Source, registry) -> list[ContentError]:
    errors = []
    line = source.doc.line_of("project")
    for code in parse_codes(source.doc.meta.get("project", "")):
        try:
            registry.require(code, source.path, line)
        except ContentError as error:
            errors.append(error)
    return errors


def check_pasted_block(source: Source, blocks: list[str]) -> list[ContentError]:
    for line, paragraph in paragraphs(source.doc):
        if looks_like_disclosure(paragraph, blocks):
            return [ContentError(
                source.path, line,
                "this looks like a pasted EU project disclosure; delete it to the end of the "
                "block and write 'Project: <code>' in the header: the site adds the exact text itself",
            )]
    return []


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


def check_slugs_and_translations(sources: list[Source]) -> list[ContentError]:
    errors = []
    by_slug = defaultdict(list)
    for source in sources:
        by_slug[(source.kind, source.lang, source.slug)].append(source)
    for (_kind, lang, slug), same in by_slug.items():
        for other in same[1:]:
            errors.append(ContentError(other.path, other.doc.line_of("slug"),
                                       f"the slug '{slug}' is already used in '{lang}' by {same[0].path}; choose another"))
    originals = {(s.kind, s.slug) for s in sources if "translation_of" not in s.doc.meta}
    by_key = defaultdict(list)
    for source in sources:
        original = source.doc.meta.get("translation_of")
        if original and (source.kind, original) not in originals:
            errors.append(ContentError(source.path, source.doc.line_of("translation_of"),
                                       f"'Translation_of: {original}' names no original {source.kind}; use the slug of an existing one"))
        by_key[(source.kind, source.lang, source.key)].append(source)
    for (_kind, lang, key), same in by_key.items():
        for other in same[1:]:
            errors.append(ContentError(other.path, other.doc.line_of("translation_of"),
                                       f"'{key}' already has a '{lang}' version: {same[0].path}; keep one"))
    return errors
