"""Translations as the site names them, seen by Decap as its i18n ``multiple_folders`` expects.

Decap finds an entry's translation at the same file name in the other language's folder
(content/news/ru/<lt name>.md); the site names a translation after its own date and slug
(content/news/ru/2023-11-09-sotrudnichestvo-senyorov.md) and ties it to the original with
``Translation_of: <Lithuanian slug>``. The editor's API proxy translates between the two with the
functions here, so Decap sees one entry with three languages and the files on disk stay as
`make new` writes them.

Decap also writes every language's file on each save, blank ones included; ``prepare_save``
drops a translation that has neither a title nor a text, so an untranslated article gains no
empty ru/en files.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from socialsite.errors import ContentError
from socialsite.frontmatter import parse_text
from socialsite.importer.article import article_name
from socialsite.rules.sources import title_slug

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Layout:
    """Where the news live, relative to the project root, and the site's languages."""

    folder: str  # e.g. "content/news"
    default_lang: str
    langs: tuple[str, ...]

    def lang_of(self, path: str) -> str | None:
        parts = PurePosixPath(path).parts
        base = PurePosixPath(self.folder).parts
        if parts[: len(base)] != base or len(parts) != len(base) + 2:
            return None
        return parts[len(base)] if parts[len(base)] in self.langs else None

    def path(self, lang: str, name: str) -> str:
        return f"{self.folder}/{lang}/{name}"


def _meta(text: str) -> tuple[dict[str, str], str]:
    try:
        doc = parse_text(text, "")
    except ContentError:
        return {}, text
    return doc.meta, doc.body


def slug_of(text: str, settings) -> str:
    meta, _body = _meta(text)
    return meta.get("slug") or title_slug(meta.get("title", ""), settings)


class Names:
    """The two names of every translation: Decap's (the original's file name) and the real one."""

    def __init__(self, root, layout: Layout, settings):
        self.root, self.layout, self.settings = root, layout, settings
        self.real_of: dict[str, str] = {}  # Decap's path -> real path
        self.decap_of: dict[str, str] = {}  # real path -> Decap's path
        self.orphans: set[str] = set()  # translations of no original: not shown in the editor
        originals: dict[str, str] = {}
        default = self.root / layout.folder / layout.default_lang
        for path in sorted(default.glob("*.md")):
            originals[slug_of(path.read_text(encoding="utf-8"), settings)] = path.name
        for lang in layout.langs:
            if lang == layout.default_lang:
                continue
            for path in sorted((self.root / layout.folder / lang).glob("*.md")):
                meta, _body = _meta(path.read_text(encoding="utf-8"))
                real = layout.path(lang, path.name)
                name = originals.get(meta.get("translation_of", ""))
                if name is None:
                    self.orphans.add(real)
                    continue
                decap = layout.path(lang, name)
                self.real_of[decap] = real
                self.decap_of[real] = decap

    def real(self, decap_path: str) -> str:
        return self.real_of.get(decap_path, decap_path)

    def decap(self, real_path: str) -> str:
        return self.decap_of.get(real_path, real_path)


def is_blank(text: str) -> bool:
    """A translation nobody wrote: no title and no text (Decap still sends its copied fields)."""
    meta, body = _meta(text)
    return not meta.get("title", "").strip() and not body.strip()


def _with_fields(text: str, fields: list[tuple[str, str]], after: str = "date") -> str:
    """``text`` with header lines for ``fields`` that are missing, placed after the ``after`` line."""
    meta, _body = _meta(text)
    missing = [f"{key}: {value}" for key, value in fields if key.lower() not in meta and value]
    if not missing:
        return text
    lines = text.split("\n")
    header_end = lines.index("") if "" in lines else len(lines)
    at = next((i + 1 for i, line in enumerate(lines[:header_end]) if line.lower().startswith(after + ":")), header_end)
    return "\n".join(lines[:at] + missing + lines[at:])


def prepare_save(data_files: list[dict], names: Names, settings, today: datetime.date) -> list[dict]:
    """The files of one Decap save as the site wants them on disk.

    - blank translations are dropped (never written);
    - a new original gets ``Slug:`` (the one in its file name), so file name and URL agree;
    - a translation is written to its real file, or for a new one to
      ``<lang>/<date>-<slug of its title>.md`` with ``Slug:`` and ``Translation_of:`` added.
    """
    layout = names.layout
    files = [
        _with_slug(item)
        if layout.lang_of(item["path"]) == layout.default_lang and not (names.root / item["path"]).exists()
        else item
        for item in data_files
    ]
    original_slug = next(
        (slug_of(item["raw"], settings) for item in files if layout.lang_of(item["path"]) == layout.default_lang), ""
    )
    out = []
    for item in files:
        lang = layout.lang_of(item["path"])
        if lang is None or lang == layout.default_lang:
            out.append(item)
            continue
        if is_blank(item["raw"]):
            continue
        raw, real = item["raw"], names.real(item["path"])
        if real == item["path"] and not (names.root / real).exists():
            meta, _body = _meta(raw)
            slug = meta.get("slug") or title_slug(meta.get("title", ""), settings)
            real = layout.path(lang, article_name(_date(meta.get("date", ""), today), slug))
            raw = _with_fields(raw, [("Slug", slug), ("Translation_of", original_slug)])
        moved = {"newPath": names.real(item["newPath"])} if item.get("newPath") else {}
        out.append(item | {"path": real, "raw": raw} | moved)
    return out


def _with_slug(item: dict) -> dict:
    """A new original keeps the slug Decap put in its file name (after the date)."""
    if _meta(item["raw"])[0].get("slug"):
        return item
    stem = PurePosixPath(item.get("newPath") or item["path"]).stem
    return item | {"raw": _with_fields(item["raw"], [("Slug", _DATE.sub("", stem).lstrip("-") or stem)])}


def _date(value: str, today: datetime.date) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return today
