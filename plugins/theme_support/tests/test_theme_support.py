"""plugins/theme_support alone: a tiny theme that uses every filter and global it registers."""

from __future__ import annotations

import json
from pathlib import Path

from pelican.plugins.theme_support import plugin
from plugin_site import assert_readme_signals_connected, render, tiny_site

from support import Site

HERE = Path(__file__).parent
SETTINGS = {
    "SITEURL": "https://example.org",
    "DIRECT_TEMPLATES": [],
    "CATEGORY_SAVE_AS": "",
    "AUTHOR_SAVE_AS": "",
    "FEED_ALL_ATOM": None,
    "CATEGORY_FEED_ATOM": None,
    "TRANSLATION_FEED_ATOM": None,
    "AUTHOR_FEED_ATOM": None,
    "AUTHOR_FEED_RSS": None,
    "SITENAME": "Mažas centras",
    "CATEGORY_NAMES": {"Naujienos": {"lt": "naujienos", "en": "news"}},
}
LANGUAGES = {
    "lt": {"name": "Lietuvių", "babel": "lt", "prefix": ""},
    "en": {"name": "English", "babel": "en_GB", "og_locale": "en_GB", "prefix": "en/"},
}


def render_alone(tmp_path, **settings):
    """The tiny site and theme with this plugin alone, built as `make html` runs Pelican."""
    theme = str(tmp_path / "site" / "theme")  # tiny_site copies test_data/ there
    return render(tiny_site(HERE / "test_data", tmp_path, ["theme_support"], THEME=theme, **{**SETTINGS, **settings}))


def build(tmp_path, **settings) -> Site:
    done = render_alone(tmp_path, **settings)
    assert done.returncode == 0, done.stderr
    return Site(tmp_path / "site" / "output")


def test_the_readme_signals_are_connected():
    assert_readme_signals_connected(HERE.parent / "README.md", plugin)


def shown(site, page) -> dict:
    soup = site.soup(page)
    found = {p["id"]: p.get_text() for p in soup.select("p[id]")}
    found["og_locale"] = soup.select_one('meta[property="og:locale"]')["content"]
    found["jsonld"] = json.loads(soup.select_one("script").string)
    return found


def test_filters_and_globals_in_each_language(tmp_path):
    site = build(tmp_path, LANGUAGES=LANGUAGES, DEFAULT_LANG="lt")
    lt, en = shown(site, "sodas.html"), shown(site, "sodas-en.html")
    assert lt["date"] == "2026 m. balandžio 2 d." and en["date"] == "2 April 2026"
    assert lt["money"] == "1\u00a0234,50 Eur" and en["money"] == "EUR\u00a01,234.50"
    assert (lt["category"], en["category"]) == ("Naujienos", "News")
    assert (lt["route"], en["route"]) == ("category/x.html", "en/category/x.html")
    assert en["absolute"] == "https://example.org/sodas-en.html"
    assert (lt["string"], en["string"]) == ("Skaityti daugiau", "Read more")  # theme catalog, English is the msgid
    assert (lt["og_locale"], en["og_locale"]) == ("lt_LT", "en_GB")  # lt_LT: Babel's usual territory
    assert lt["pages"] == "Apie mus"
    assert en["jsonld"]["publisher"] == {"@type": "Organization", "name": "Mažas centras"}
    assert en["jsonld"]["inLanguage"] == "en"


def test_one_language_needs_no_languages_setting(tmp_path):
    site = build(tmp_path, DEFAULT_LANG="lt", IGNORE_FILES=["garden.md"])  # the English one left out
    lt = shown(site, "sodas.html")
    assert (lt["date"], lt["string"], lt["og_locale"], lt["route"]) == (
        "2026 m. balandžio 2 d.",
        "Skaityti daugiau",
        "lt_LT",
        "category/x.html",
    )


def test_a_wrong_language_fails_the_build_in_one_line(tmp_path):
    done = render_alone(tmp_path, LANGUAGES=LANGUAGES, DEFAULT_LANG="de")
    assert done.returncode == 1
    assert done.stderr == "settings: DEFAULT_LANG = 'de' is wrong: one of: lt, en\n"
