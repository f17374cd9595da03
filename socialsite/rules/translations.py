"""Rules across files: one address per slug and language, translations of existing originals.

Pelican groups translations by ``translation_key`` (plugins/multilingual: ``Translation_of`` or
the file's own slug), so two files with the same key and language are the same page twice, and
two files with the same slug in one language write the same URL.
"""

from __future__ import annotations

from collections import defaultdict

from socialsite.errors import ContentError, display_path
from socialsite.messages import close_match
from socialsite.rules.messages import Messages
from socialsite.rules.sources import Source


def _older_first(source: Source) -> tuple[str, str]:
    """Of two files claiming one thing, the older keeps it and the newer one is reported."""
    return source.doc.meta.get("date", ""), source.path


def check_slugs_and_translations(sources: list[Source], _: Messages) -> list[ContentError]:
    errors = []
    by_slug = defaultdict(list)
    for source in sources:
        if source.slug:
            by_slug[(source.kind, source.lang, source.slug)].append(source)
    for (_kind, lang, slug), same in by_slug.items():
        first, *others = sorted(same, key=_older_first)
        for other in others:
            errors.append(
                ContentError(
                    other.path,
                    other.doc.line_of("slug"),
                    _(
                        "the slug '{slug}' is already used in '{lang}' by {other}; choose another with the line 'Slug: …'",
                        slug=slug,
                        lang=lang,
                        other=display_path(first.path),
                    ),
                )
            )
    originals = {(s.kind, s.slug) for s in sources if "translation_of" not in s.doc.meta}
    by_key = defaultdict(list)
    for source in sources:
        original = source.doc.meta.get("translation_of")
        if original is not None and (source.kind, original) not in originals:
            match = close_match(original, (slug for kind, slug in originals if kind == source.kind))
            errors.append(
                ContentError(
                    source.path,
                    source.doc.line_of("translation_of"),
                    _(
                        "'Translation_of: {original}' names no original; did you mean '{match}'?",
                        original=original,
                        match=match,
                    )
                    if match
                    else _(
                        "'Translation_of: {original}' names no original; write the Slug of the original news or page",
                        original=original,
                    ),
                )
            )
        by_key[(source.kind, source.lang, source.key)].append(source)
    for (_kind, lang, key), same in by_key.items():
        first, *others = sorted(same, key=lambda s: ("translation_of" in s.doc.meta, _older_first(s)))
        for other in others:
            if "translation_of" not in other.doc.meta:
                continue  # two originals with one slug: reported above as the slug taken twice
            errors.append(
                ContentError(
                    other.path,
                    other.doc.line_of("translation_of"),
                    _(
                        "'{key}' already has a '{lang}' version: {other}; keep one",
                        key=key,
                        lang=lang,
                        other=display_path(first.path),
                    ),
                )
            )
    return errors
