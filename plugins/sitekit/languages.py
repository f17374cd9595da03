"""Language facts and the URL of a page in every language.

The facts themselves live in one settings block, ``LANGUAGES`` in pelicanconf.py (order, name,
Babel locale, Open Graph locale, URL prefix). This module is the one place that turns them into
paths, so the switcher, the hreflang links and the sitemap can never disagree.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # the language's own name for itself, shown in the switcher
    babel: str  # Babel locale for dates and numbers
    og_locale: str  # Open Graph locale, e.g. lt_LT
    prefix: str  # URL prefix: "" for the default language, "ru/" for Russian


def languages(settings) -> list[Language]:
    return [Language(code=code, **facts) for code, facts in settings["LANGUAGES"].items()]


def language(settings, code: str) -> Language:
    facts = settings["LANGUAGES"].get(code)
    if facts is None:
        known = ", ".join(settings["LANGUAGES"])
        raise KeyError(f"unknown language '{code}'; known: {known}")
    return Language(code=code, **facts)


def lang_path(settings, code: str, path: str) -> str:
    """The site-relative path of ``path`` in language ``code`` (``ru`` + ``index.html``)."""
    joined = language(settings, code).prefix + path.lstrip("/")
    normal = posixpath.normpath(joined)
    return "" if normal == "." else normal


def home_path(settings, code: str) -> str:
    return lang_path(settings, code, "index.html")


def content_alternates(settings, content) -> dict[str, str]:
    """{language: url} of an article or page and its translations, in the settings' order."""
    found = {content.lang: content.url}
    for translation in getattr(content, "translations", []):
        found.setdefault(translation.lang, translation.url)
    return {code: found[code] for code in settings["LANGUAGES"] if code in found}


def path_alternates(settings, path: str, codes) -> dict[str, str]:
    """{language: url} of a generated page that exists under the same path in ``codes``."""
    wanted = set(codes)
    return {code: lang_path(settings, code, path) for code in settings["LANGUAGES"] if code in wanted}


def switcher(settings, current: str, alternates: dict[str, str]) -> list[dict]:
    """One entry per language: the same page where it exists, else that language's home."""
    return [
        {
            "lang": lang.code,
            "name": lang.name,
            "url": alternates.get(lang.code) or home_path(settings, lang.code),
            "translated": lang.code in alternates,
            "current": lang.code == current,
        }
        for lang in languages(settings)
    ]
