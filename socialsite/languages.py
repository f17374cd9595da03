"""Language facts and the URL of a page in every language.

The facts themselves live in one settings block, ``LANGUAGES`` in pelicanconf.py (order, name,
Babel locale, Open Graph locale, URL prefix), and ``DEFAULT_LANG``. ``read`` is the one reader of
both: every plugin, tool and template asks it (``codes``, ``default_lang``, ``language``), never the
raw settings. It fills in what a one-language site leaves out (no ``LANGUAGES``: the default
language alone, at ``/``) and refuses a wrong block with one line (``SettingError``). This
module is also the one place that turns the facts into paths, so the switcher, the hreflang links
and the sitemap can never disagree.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

from babel import Locale
from babel.core import LOCALE_ALIASES, UnknownLocaleError

from socialsite.messages import N_, _
from socialsite.settings import SettingError


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # the language's own name for itself, shown in the switcher
    babel: str  # Babel locale for dates and numbers
    og_locale: str  # Open Graph locale, e.g. lt_LT (default: Babel's usual territory, lt → lt_LT)
    prefix: str  # URL prefix: "" for the default language, "ru/" for Russian


@dataclass(frozen=True)
class SiteLanguages:
    default: str  # DEFAULT_LANG
    by_code: dict[str, Language]  # in the settings' order: the switcher's


LANGUAGES_WORDS = N_("a mapping of language codes, each with its name, babel and prefix")
ENTRY_WORDS = N_(
    'name (a text), babel (a locale Babel knows, e.g. en_GB) and prefix ("" or a folder ending in /, e.g. ru/)'
)
PREFIX_WORDS = N_("a prefix no other language has")
DEFAULT_WORDS = N_("a language code Babel knows, e.g. en (or set LANGUAGES)")

# Settings dicts are read once each: ``read`` runs for every URL the site writes. Keyed by the
# identity of the LANGUAGES value (shared by every copy of one run's settings), which is kept
# alive beside the result so the id cannot be reused by another object.
_read_cache: dict[tuple[int, object], tuple[object, SiteLanguages]] = {}


def read(settings) -> SiteLanguages:
    """The site's languages from ``LANGUAGES`` and ``DEFAULT_LANG``, with defaults, checked."""
    raw, default = settings.get("LANGUAGES"), settings.get("DEFAULT_LANG", "en")
    if not isinstance(default, str):
        raise SettingError("DEFAULT_LANG", default, DEFAULT_WORDS)
    key = (id(raw), default)
    hit = _read_cache.get(key)
    if hit is not None and hit[0] is raw:
        return hit[1]
    result = _checked(raw, default)
    if len(_read_cache) > 64:  # tests build many sites in one process
        _read_cache.clear()
    _read_cache[key] = (raw, result)
    return result


def fill_in(settings) -> None:
    """Put the languages ``read`` found into ``settings`` when the file left LANGUAGES out.

    Our code asks ``read``; this is for what reads the raw setting all the same (an organisation's
    own template or plugin), so a one-language site works there too. Called where settings are
    loaded (socialsite.build, the preview) and by the plugins on ``initialized``.
    """
    site = read(settings)
    if settings.get("LANGUAGES") is None:
        settings["LANGUAGES"] = {
            code: {"name": lang.name, "babel": lang.babel, "og_locale": lang.og_locale, "prefix": lang.prefix}
            for code, lang in site.by_code.items()
        }


def _checked(raw, default) -> SiteLanguages:
    if raw is None:  # a one-language site: the default language at /, named by Babel
        babel = _babel(default)
        if babel is None:
            raise SettingError("DEFAULT_LANG", default, DEFAULT_WORDS)
        name = Locale.parse(babel).get_display_name()
        raw = {default: {"name": name[:1].upper() + name[1:], "babel": babel, "prefix": ""}}
    if not isinstance(raw, dict) or not raw or not all(isinstance(code, str) and code for code in raw):
        raise SettingError("LANGUAGES", raw, LANGUAGES_WORDS)
    by_code, prefixes = {}, set()
    for code, facts in raw.items():
        language = _language(code, facts)
        if language is None:
            raise SettingError(f"LANGUAGES['{code}']", facts, ENTRY_WORDS)
        if language.prefix in prefixes:
            raise SettingError(f"LANGUAGES['{code}']['prefix']", language.prefix, PREFIX_WORDS)
        prefixes.add(language.prefix)
        by_code[code] = language
    if default not in by_code:
        raise SettingError("DEFAULT_LANG", default, _("one of: {known}", known=", ".join(by_code)))
    return SiteLanguages(default=default, by_code=by_code)


def _language(code: str, facts) -> Language | None:
    """The entry as a Language, or None when it lacks a fact or has a wrong one."""
    if not isinstance(facts, dict):
        return None
    name, prefix, babel = facts.get("name"), facts.get("prefix"), _babel(facts.get("babel"))
    if not (isinstance(name, str) and name.strip()) or babel is None or not _is_prefix(prefix):
        return None
    og_locale = facts.get("og_locale") or (babel if "_" in babel else LOCALE_ALIASES.get(babel, babel))
    if not isinstance(og_locale, str):
        return None
    return Language(code=code, name=name, babel=babel, og_locale=og_locale, prefix=prefix)


def _babel(value) -> str | None:
    """``value`` when Babel knows the locale, else None."""
    if not isinstance(value, str) or not value:
        return None
    try:
        Locale.parse(value)
    except (ValueError, TypeError, UnknownLocaleError):
        return None
    return value


def _is_prefix(prefix) -> bool:
    """ "" (the site's root) or a relative folder ending in "/": "ru/", "lang/ru/"."""
    if prefix == "":
        return True
    if not isinstance(prefix, str) or not prefix.endswith("/") or prefix.startswith("/"):
        return False
    return all(part not in ("", ".", "..") for part in prefix[:-1].split("/"))


def languages(settings) -> list[Language]:
    return list(read(settings).by_code.values())


def codes(settings) -> list[str]:
    """The site's language codes in the settings' order (the switcher's)."""
    return list(read(settings).by_code)


def default_lang(settings) -> str:
    return read(settings).default


def language(settings, code: str) -> Language:
    found = read(settings).by_code.get(code)
    if found is None:
        raise KeyError(f"unknown language '{code}'; known: {', '.join(codes(settings))}")
    return found


def source_language(settings, relative_path: str) -> str:
    """The language of a content file, from its path, as Pelican reads it: ``PATH_METADATA``.

    ``relative_path`` is relative to the content folder (``news/ru/x.md`` is Russian); a path
    the pattern does not give a language to is in the default language. The result may be no
    site language (``news/xx/…``): callers report that.
    """
    match = re.match(settings.get("PATH_METADATA") or "$^", relative_path)
    found = match.groupdict().get("lang") if match else None
    return found or default_lang(settings)


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
    return f"{settings.get('ABSOLUTE_SITEURL', settings['SITEURL'])}/{path or ''}"


def home_path(settings, code: str) -> str:
    return lang_path(settings, code, "index.html")


def content_alternates(settings, content) -> dict[str, str]:
    """{language: url} of an article or page and its translations, in the settings' order."""
    found = {content.lang: content.url}
    for translation in getattr(content, "translations", []):
        found.setdefault(translation.lang, translation.url)
    return {code: found[code] for code in read(settings).by_code if code in found}


def route_alternates(settings, name: str, codes, **params) -> dict[str, str]:
    """{language: url} of a generated page that exists in the languages ``codes``."""
    wanted = set(codes)
    return {code: route(settings, name, code, **params) for code in read(settings).by_code if code in wanted}


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
    return {**context, "feed_lang": lang, "SITENAME": site_name(settings, lang)}


def category_name(settings, category, lang: str) -> str:
    """A category's name in ``lang``: ``CATEGORY_NAMES`` maps the name staff write to each language's."""
    names = settings.get("CATEGORY_NAMES", {}).get(category.name, {})
    return names.get(lang, category.name)


def site_name(settings, lang: str) -> str:
    """The organisation's name in ``lang`` (plugins/public_body's ORGANISATION), else SITENAME."""
    names = (settings.get("ORGANISATION") or {}).get("name") or {}
    return names.get(lang) or settings["SITENAME"]


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
        result = {code: [] for code in read(settings).by_code}
        for article in seen.values():
            result.setdefault(article.lang, []).append(article)
        for items in result.values():
            items.sort(key=lambda a: (a.date, a.slug), reverse=True)
        context["ARTICLES_BY_LANG"] = result
    return context["ARTICLES_BY_LANG"]
