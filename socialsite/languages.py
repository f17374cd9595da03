"""Language facts and the URL of a page in every language.

The facts themselves live in one settings block, ``LANGUAGES`` in pelicanconf.py (order, name,
Babel locale, Open Graph locale, URL prefix). This module is the one place that turns them into
paths, so the switcher, the hreflang links and the sitemap can never disagree.
"""

from __future__ import annotations

import posixpath
import re
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


def source_language(settings, relative_path: str) -> str:
    """The language of a content file, from its path, as Pelican reads it: ``PATH_METADATA``.

    ``relative_path`` is relative to the content folder (``news/ru/x.md`` is Russian); a path
    the pattern does not give a language to is in the default language. The result may be no
    site language (``news/xx/…``): callers report that.
    """
    match = re.match(settings.get("PATH_METADATA") or "$^", relative_path)
    found = match.groupdict().get("lang") if match else None
    return found or settings["DEFAULT_LANG"]


def lang_path(settings, code: str, path: str) -> str:
    """The site-relative path of ``path`` in language ``code`` (``ru`` + ``index.html``)."""
    joined = language(settings, code).prefix + path.lstrip("/")
    normal = posixpath.normpath(joined)
    return "" if normal == "." else normal


def absolute_url(settings, path: str) -> str:
    """The public address of a site-relative path, for canonical, hreflang, feeds and sitemap.

    Paths here are always site-relative and normalised (``route``, Pelican's ``url``), so
    joining is plain concatenation; ``urljoin`` cost a second per thousand articles.
    """
    return f"{settings['ABSOLUTE_SITEURL']}/{path or ''}"


def home_path(settings, code: str) -> str:
    return lang_path(settings, code, "index.html")


def content_alternates(settings, content) -> dict[str, str]:
    """{language: url} of an article or page and its translations, in the settings' order."""
    found = {content.lang: content.url}
    for translation in getattr(content, "translations", []):
        found.setdefault(translation.lang, translation.url)
    return {code: found[code] for code in settings["LANGUAGES"] if code in found}


def route_alternates(settings, name: str, codes, **params) -> dict[str, str]:
    """{language: url} of a generated page that exists in the languages ``codes``."""
    wanted = set(codes)
    return {code: route(settings, name, code, **params) for code in settings["LANGUAGES"] if code in wanted}


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


# Every generated page type and its path inside one language; the language prefix is added by
# ``route``. Templates and plugins build URLs only through ``route`` (or Pelican's own
# ``article.url``), never by gluing strings.
ROUTES = {
    "home": "index.html",
    "archives": "archives.html",
    "search": "search.html",
    "404": "404.html",
    "category": "category/{slug}.html",
    "projects": "projects/index.html",
    "project": "projects/{slug}.html",
    "feed": "feeds/all.atom.xml",
    "category_feed": "feeds/category/{slug}.atom.xml",
    "project_feed": "feeds/projects/{slug}.atom.xml",
    "service": "paslaugos/{slug}.html",
    "information_index": "informacijos-rodykle.html",
}


def route(settings, name: str, lang: str, **params) -> str:
    """Site-relative path of a generated page: ``route(s, "category", "ru", slug="x")``."""
    return lang_path(settings, lang, ROUTES[name].format(**params))


def feed_context(context, settings, lang) -> dict:
    """The context a feed in ``lang`` is written with: its language and the site's name in it
    (``LanguageWriter`` puts ``feed_lang`` into the feed's ``xml:lang``). The name is the
    organisation's in ``lang`` (the public_body plugin's ``ORGANISATION``), else ``SITENAME``."""
    organisation = settings.get("ORGANISATION")
    name = organisation["name"][lang] if organisation else settings["SITENAME"]
    return {**context, "feed_lang": lang, "SITENAME": name}


def articles_by_language(settings, context) -> dict[str, list]:
    """Every published article (originals and their translations), per language, newest first.

    Pelican lists only originals in ``articles``; translations hang off them. Worked out once per
    build and kept in Pelican's context, where every generator that lists news finds it.
    """
    if "ARTICLES_BY_LANG" not in context:
        seen = {}
        for article in context.get("articles", []):
            seen[article.source_path] = article
            for translation in article.translations:
                seen.setdefault(translation.source_path, translation)
        result = {code: [] for code in settings["LANGUAGES"]}
        for article in seen.values():
            result.setdefault(article.lang, []).append(article)
        for items in result.values():
            items.sort(key=lambda a: (a.date, a.slug), reverse=True)
        context["ARTICLES_BY_LANG"] = result
    return context["ARTICLES_BY_LANG"]
