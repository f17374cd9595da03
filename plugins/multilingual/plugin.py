"""Lithuanian at /, Russian at /ru/, English at /en/ in one Pelican run.

Pelican's native translations (articles sharing a ``translation_key``) instead of
pelican-i18n-subsites: subsites run Pelican once per language and re-read every file each time,
about 2.6 times slower here (README, "Architecture"). What native translations lack, this
plugin adds:

- every page knows its language, its translations and the switcher (``writer.LanguageWriter``);
- home, category, archive, search and 404 pages and Atom feeds exist in each language
  (``lists.ListPagesGenerator``).

The languages are ``socialsite.languages`` (LANGUAGES, DEFAULT_LANG: one language works too).
The theme's filters, globals and translated strings come from plugins/theme_support; the
sitemap from plugins/sitemap, which reads the alternates each page was rendered with.
"""

from __future__ import annotations

from pelican import signals
from pelican.contents import Article, Page

from socialsite import languages

from . import lists, writer
from .settings import get_settings


def check_settings(pelican) -> None:
    """``initialized``: wrong languages or MULTILINGUAL_* stop the build before anything is read."""
    languages.fill_in(pelican.settings)
    get_settings(pelican.settings)


def set_translation_key(content) -> None:
    """Translations are grouped by the original's slug: ``Translation_of`` or the own slug."""
    if isinstance(content, (Article, Page)):  # pictures and other static files have no slug
        content.translation_key = getattr(content, "translation_of", None) or content.slug


def get_writer(pelican):
    return writer.LanguageWriter


def get_generators(pelican):
    return [lists.ListPagesGenerator]


def register() -> None:
    signals.initialized.connect(check_settings)
    signals.content_object_init.connect(set_translation_key)
    signals.get_writer.connect(get_writer)
    signals.get_generators.connect(get_generators)
