"""Theme strings in the page's language, through gettext.

Catalogs live in the theme as ``theme/translations/<lang>/LC_MESSAGES/messages.po`` (English is
the source language and needs none). They are compiled in memory at every build, so no ``.mo``
file is ever committed or stale. One Jinja2 environment serves all languages: the gettext
callables read the page's ``lang`` from the template context (plugins/multilingual's writer sets
it; without it, the language of the page's article or page, else ``DEFAULT_LANG``).
"""

from __future__ import annotations

import gettext as gnu_gettext
from pathlib import Path

from jinja2 import pass_context

from socialsite.catalogs import load_po
from socialsite.languages import codes, default_lang

DOMAIN = "messages"


def catalog_path(theme: str, lang: str) -> Path:
    return Path(theme) / "translations" / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def load(settings) -> dict[str, gnu_gettext.NullTranslations]:
    """{lang: translations}; a language without a catalog shows the English source strings."""
    return {lang: load_po(catalog_path(settings["THEME"], lang), lang, DOMAIN) for lang in codes(settings)}


def install(env, settings) -> None:
    translations = load(settings)
    default = default_lang(settings)

    def _for(context):
        """The page's language: ``lang`` (plugins/multilingual), else its article's or page's."""
        lang = context.get("lang") or getattr(context.get("article") or context.get("page"), "lang", None)
        return translations.get(lang or default, translations[default])

    @pass_context
    def gettext(context, message):
        return _for(context).gettext(message)

    @pass_context
    def ngettext(context, singular, plural, number):
        return _for(context).ngettext(singular, plural, number)

    if "jinja2.ext.InternationalizationExtension" not in env.extensions:
        env.add_extension("jinja2.ext.i18n")
    env.install_gettext_callables(gettext, ngettext, newstyle=True)
