"""The site model: Pelican's own article and page objects, kept between saves.

``FromModel`` is mixed into Pelican's articles and pages generators: they take the objects
already read from the preview instead of reading every file again, and leave out files that
never passed the checks. Re-running their ``generate_context`` then redoes, in memory, all that
Pelican and the plugins derive from the list of articles (translations, order, categories, the
EU projects of each article). A body or title edit does not even need that: ``replace_in_place``
swaps the object wherever it is held.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from pelican.generators import ArticlesGenerator

if TYPE_CHECKING:
    from socialsite.preview.site import PreviewSite


class FromModel:
    """Mixin for Pelican's articles and pages generators: read only what the preview has not."""

    preview: PreviewSite

    def get_files(self, paths, exclude=None, extensions=None):
        if extensions is not None or not self.preview.model:  # disabled readers; the first build
            files = super().get_files(paths, exclude, extensions)
        else:  # the checker has just listed every Markdown file: no second walk over the disk
            files = {
                rel
                for rel in [*self.preview.content_files(), *self.preview.model]
                if any(rel.startswith(folder + os.sep) for folder in paths)
            }
        return files if extensions is not None else files - self.preview.skip

    def get_cached_data(self, filename, default=None):
        return self.preview.model.get(filename, default)

    def add_source_path(self, content, static=False):
        if id(content) not in self.preview.known:  # the others were added when first read
            super().add_source_path(content, static)

    def add_static_links(self, content):
        if id(content) not in self.preview.known:
            super().add_static_links(content)


def contents(generator) -> list:
    if isinstance(generator, ArticlesGenerator):
        return [
            *generator.articles,
            *generator.translations,
            *generator.hidden_articles,
            *generator.hidden_translations,
            *generator.drafts,
            *generator.drafts_translations,
        ]
    return [
        *generator.pages,
        *generator.translations,
        *generator.hidden_pages,
        *generator.hidden_translations,
        *generator.draft_pages,
        *generator.draft_translations,
    ]


SHAPE = ("lang", "status", "translation_key", "date", "category", "save_as", "in_default_lang")


def same_place(old, new) -> bool:
    """True when ``new`` sits in every list exactly where ``old`` did (a body or title edit)."""
    return (
        old is not None
        and new is not None
        and type(old) is type(new)
        and all(getattr(old, name, None) == getattr(new, name, None) for name in SHAPE)
    )


def replace_in_place(generator, old, new) -> None:
    """Put ``new`` wherever Pelican and plugins/multilingual hold ``old``: lists, translations."""
    lists = [value for value in vars(generator).values() if isinstance(value, list)]
    for name in ("categories", "tags", "authors"):
        for entry in getattr(generator, name, []) or []:
            if isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[1], list):
                lists.append(entry[1])
    lists += list(generator.context.get("ARTICLES_BY_LANG", {}).values())
    for items in lists:
        if old in items:  # Pelican's contents compare by identity
            items[items.index(old)] = new
    new.translations = list(old.translations)
    for other in old.translations:
        other.translations = [new if item is old else item for item in other.translations]
    generator.context["generated_content"][new.relative_source_path] = new
