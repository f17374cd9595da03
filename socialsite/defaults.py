"""Settings every site built with socialsite shares: a pelicanconf.py starts from them.

    from socialsite.defaults import *  # noqa: F403
    globals().update(environment(TIMEZONE))  # SITEURL and the build's date, read afresh

    SITENAME = "…"
    ORGANISATION = {"name": {"lt": "…"}}  # or the public_body plugin fills it from its data file
    PROJECTS_PATH = str(Path(__file__).resolve().parent / "content" / "projects")

and changes what is its own (languages, categories, menu, plugins). Nothing here names an
organisation: VSPC's pelicanconf.py imports the same names and adds its facts. The values are
the ones the theme and the plugins are written and tested for (relative links, our own list
pages and feeds instead of Pelican's, Lithuanian originals with translations beside them).
"""

from __future__ import annotations

import os as _os

import socialsite as _socialsite
from socialsite.sourcedate import SourceDateError as _SourceDateError
from socialsite.sourcedate import epoch_from_environ as _epoch_from_environ

# --- Languages: the one block every template, feed, sitemap and switcher reads -------------
# The first language is the one staff write in (content/news/lt/…, the site's root); others
# get a prefix: "ru": {"name": "Русский", "babel": "ru", "og_locale": "ru_RU", "prefix": "ru/"}.
DEFAULT_LANG = "lt"
LANGUAGES = {
    "lt": {"name": "Lietuvių", "babel": "lt", "og_locale": "lt_LT", "prefix": ""},
}
# Category names as written in the front matter, and their names in every language.
CATEGORY_NAMES = {"Naujienos": {"lt": "Naujienos", "ru": "Новости", "en": "News"}}
# Static pages linked from every page, by the slug of their original, in this order.
MENU_PAGES: list[str] = []
FOOTER_PAGES: list[str] = []

# --- Where things are ----------------------------------------------------------------------
PATH = "content"
ARTICLE_PATHS = ["news"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images"]
# Uploaded files make check refuses (socialsite/rules/uploads.py): bigger than this on disk,
# or pictures of more pixels (a "decompression bomb" claims billions in a few kilobytes).
UPLOAD_MAX_BYTES = 20 * 1024 * 1024
UPLOAD_MAX_PIXELS = 50_000_000
# The language of a file is the folder it is in: content/news/ru/… is Russian.
PATH_METADATA = r"(?:news|pages)/(?P<lang>[a-z]{2})/.*"
TIMEZONE = "Europe/Vilnius"
LOCALE = ("C.UTF-8", "C")  # never the OS locale for readers: Babel formats dates and numbers
THEME = _socialsite.THEME  # the theme shipped in the package
# public_body (the site of a public body under Lithuanian law: organisation.yaml, the law's
# sections) is left out: a public body adds it, after scheduled.
PLUGINS = [
    "content_sanitiser",
    "scheduled",
    "theme_support",  # the theme's filters and globals: every page needs them
    "multilingual",
    "eu_disclosure",
    "project_pages",
    "content_images",
    "fingerprint",
    "sitemap",
]

# --- URLs: file names that also work when output/ is opened from disk ----------------------
# SITEURL is the absolute address used where a URL must be absolute (canonical, hreflang,
# feeds, sitemap, Open Graph); links between pages stay relative so output/ reads from disk.
# (SITEURL itself comes from the environment: see environment() below.)
RELATIVE_URLS = True
ARTICLE_URL = ARTICLE_SAVE_AS = "news/{slug}.html"
ARTICLE_LANG_URL = ARTICLE_LANG_SAVE_AS = "{lang}/news/{slug}.html"
PAGE_URL = PAGE_SAVE_AS = "{slug}.html"
PAGE_LANG_URL = PAGE_LANG_SAVE_AS = "{lang}/{slug}.html"
# Translations share a key: the original's slug (see plugins/multilingual).
ARTICLE_TRANSLATION_ID = "translation_key"
PAGE_TRANSLATION_ID = "translation_key"
SLUGIFY_SOURCE = "title"

# Pelican's own list pages and feeds are off: plugins/multilingual writes them for every language.
DIRECT_TEMPLATES: list[str] = []
INDEX_SAVE_AS = ""
CATEGORY_SAVE_AS = CATEGORY_URL = ""
CATEGORIES_SAVE_AS = ""
TAG_SAVE_AS = TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
DRAFT_SAVE_AS = DRAFT_LANG_SAVE_AS = ""
FEED_ALL_ATOM = FEED_ALL_RSS = FEED_ATOM = FEED_RSS = None
CATEGORY_FEED_ATOM = CATEGORY_FEED_RSS = TRANSLATION_FEED_ATOM = TRANSLATION_FEED_RSS = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = TAG_FEED_ATOM = TAG_FEED_RSS = None
FEED_MAX_ITEMS = 20
DEFAULT_PAGINATION = 10
PAGINATED_TEMPLATES = {"index": None, "category": None}
SUMMARY_MAX_LENGTH = 40

JINJA_ENVIRONMENT = {
    "trim_blocks": True,
    "lstrip_blocks": True,
    "autoescape": True,
    "extensions": ["jinja2.ext.i18n"],
}

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.meta": {},
    },
    "output_format": "html5",
}

# Content caching as staff run it: a rebuild after one edit parses only that file's Markdown.
# The reader layer caches parsed text, not Pelican's article objects: those would carry the
# settings of the build that made them (its staging folder), and every build makes them anew.
# The disclosure and project pages come from the registry on every build, so a registry edit is
# never served stale from this cache (tests/test_disclosure.py proves it).
CACHE_CONTENT = True
CONTENT_CACHING_LAYER = "reader"
LOAD_CONTENT_CACHE = True
CACHE_PATH = ".cache"


def environment(timezone: str = TIMEZONE, environ=None) -> dict:
    """The settings the environment decides, read afresh at every load of the settings file.

    Not module constants: Python imports this module once per process, and a process may load
    the settings again under another SITEURL or date (the preview, the tests). A pelicanconf.py
    adds them with ``globals().update(environment(TIMEZONE))``.

    - ``SITEURL`` (and ``ABSOLUTE_SITEURL``, ``FEED_DOMAIN``): where a URL must be absolute
      (canonical, hreflang, feeds, sitemap, Open Graph); ``http://localhost:8000`` by default.
    - ``SOURCE_DATE_EPOCH``: the build's date, the variable when set, else midnight of today in
      ``timezone`` (socialsite/sourcedate.py). It decides which articles are still scheduled and
      which projects are finished; the same commit and the same date give the same bytes.
    """
    environ = _os.environ if environ is None else environ
    siteurl = environ.get("SITEURL", "http://localhost:8000").rstrip("/")
    try:
        epoch = _epoch_from_environ(environ, timezone)
    except _SourceDateError as error:
        raise SystemExit(f"pelicanconf.py: {error}") from None
    return {"SITEURL": siteurl, "ABSOLUTE_SITEURL": siteurl, "FEED_DOMAIN": siteurl, "SOURCE_DATE_EPOCH": str(epoch)}
