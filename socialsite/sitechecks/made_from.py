"""Which Markdown file a built page was made from, and where Pelican writes an article or a page.

Staff fix the Markdown, not the HTML: a problem on a built article or page also names its source,
``news/a.html:12: … (made from content/news/lt/a.md)``. The sources are read as the content
checker reads them (``socialsite.rules.read_sources``: language and slug included), once per run.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from socialsite.errors import ContentError, display_path
from socialsite.languages import default_lang
from socialsite.messages import _
from socialsite.rules import read_sources, translator


class Sources:
    """The content's Markdown files, read the first time a check needs them."""

    def __init__(self, settings: dict):
        self.settings = settings

    @cached_property
    def all(self) -> list:
        found, _unreadable = read_sources(self.settings, Path(self.settings["PATH"]), translator("en"))
        return found

    @cached_property
    def by_page(self) -> dict[str, str]:
        """{built page: the Markdown file it was made from}."""
        return {built_page(source, self.settings): source.path for source in self.all}


def name_sources(errors: list[ContentError], sources: Sources) -> list[ContentError]:
    """A problem on a built page also names the Markdown file it was made from."""
    if not errors:
        return errors
    made_from = sources.by_page
    return [
        ContentError(
            e.path,
            e.line,
            _("{problem} (made from {source})", problem=e.message, source=display_path(made_from[e.path])),
        )
        if e.path in made_from
        else e
        for e in errors
    ]


def built_page(source, settings) -> str:
    """Where Pelican writes an article or a page (…_SAVE_AS, …_LANG_SAVE_AS in other languages)."""
    if source.kind == "article":
        return article_page(source, settings)
    key = "PAGE_SAVE_AS" if source.lang == default_lang(settings) else "PAGE_LANG_SAVE_AS"
    return settings[key].format(slug=source.slug, lang=source.lang)


def article_page(source, settings) -> str:
    """Where Pelican writes an article: ARTICLE_SAVE_AS, or ARTICLE_LANG_SAVE_AS in other languages."""
    key = "ARTICLE_SAVE_AS" if source.lang == default_lang(settings) else "ARTICLE_LANG_SAVE_AS"
    return settings[key].format(slug=source.slug, lang=source.lang)
