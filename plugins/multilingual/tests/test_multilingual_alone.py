"""plugins/multilingual alone on a tiny site with Pelican's own theme: two languages, then one."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from pelican.plugins.multilingual import plugin
from plugin_site import assert_readme_signals_connected, render, tiny_site

from support import Site

HERE = Path(__file__).parent
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# What a site using this plugin sets besides it (README, "What the settings file needs").
SETTINGS = {
    "SITEURL": "https://example.org",
    "ARTICLE_TRANSLATION_ID": "translation_key",
    "ARTICLE_URL": "news/{slug}.html",
    "ARTICLE_SAVE_AS": "news/{slug}.html",
    "ARTICLE_LANG_URL": "{lang}/news/{slug}.html",
    "ARTICLE_LANG_SAVE_AS": "{lang}/news/{slug}.html",
    "DIRECT_TEMPLATES": [],
    "CATEGORY_SAVE_AS": "",
    "AUTHOR_SAVE_AS": "",
    "TAG_SAVE_AS": "",
    "FEED_ALL_ATOM": None,
    "CATEGORY_FEED_ATOM": None,
    "TRANSLATION_FEED_ATOM": None,
    "AUTHOR_FEED_ATOM": None,
    "AUTHOR_FEED_RSS": None,
    "SITENAME": "Tiny centre",
    # Pelican's own theme has no search or 404 template.
    "MULTILINGUAL_PAGES": ["home", "archives", "category"],
}
TWO = {
    "en": {"name": "English", "babel": "en", "prefix": ""},
    "de": {"name": "Deutsch", "babel": "de", "prefix": "de/"},
}


def render_alone(tmp_path, **settings):
    """The tiny site with this plugin alone, built as `make html` runs Pelican."""
    return render(tiny_site(HERE / "test_data", tmp_path, ["multilingual"], **{**SETTINGS, **settings}))


def build(tmp_path, **settings) -> Site:
    done = render_alone(tmp_path, **settings)
    assert done.returncode == 0, done.stderr
    return Site(tmp_path / "site" / "output")


def test_the_readme_signals_are_connected():
    assert_readme_signals_connected(HERE.parent / "README.md", plugin)


def feed(site, path) -> ET.Element:
    return ET.fromstring(site.path(path).read_bytes())


def test_every_list_page_and_feed_exists_in_each_language_with_its_own_articles(tmp_path):
    site = build(tmp_path, LANGUAGES=TWO, DEFAULT_LANG="en")
    english, german = site.text("index.html"), site.text("de/index.html")
    assert "The garden opens" in english and "Choir in May" in english and "Der Garten" not in english
    assert "Der Garten öffnet" in german and "Choir" not in german
    assert site.path("archives.html").is_file() and site.path("de/archives.html").is_file()
    assert site.path("category/events.html").is_file() and not site.path("de/category/events.html").exists()
    assert site.path("de/category/news.html").is_file()
    assert not site.path("search.html").exists() and not site.path("404.html").exists()  # MULTILINGUAL_PAGES
    root = feed(site, "de/feeds/all.atom.xml")
    assert root.get(XML_LANG) == "de"
    assert [e.find(f"{ATOM}title").text for e in root.iter(f"{ATOM}entry")] == ["Der Garten öffnet"]
    assert root.find(f"{ATOM}title").text == "Tiny centre"  # no ORGANISATION (public_body): SITENAME
    assert site.path("feeds/category/events.atom.xml").is_file()


def test_one_language_needs_no_languages_setting(tmp_path):
    site = build(tmp_path, DEFAULT_LANG="lt", MULTILINGUAL_FEEDS=False)
    assert "Der Garten" not in site.text("index.html")  # German is no site language: not listed
    assert "The garden opens" in site.text("index.html")
    assert not site.path("lt").exists()  # the one language is at the root
    assert not site.path("de/index.html").exists()
    assert not site.path("feeds").exists()  # MULTILINGUAL_FEEDS = False


def test_a_wrong_setting_fails_the_build_in_one_line(tmp_path):
    done = render_alone(tmp_path, MULTILINGUAL_PAGES=["blog"])
    assert done.returncode == 1
    assert done.stderr == (
        "settings: MULTILINGUAL_PAGES = ['blog'] is wrong: a list of some of: home, archives, search, 404, category\n"
    )


def test_a_wrong_language_fails_the_build_in_one_line(tmp_path):
    languages = {**TWO, "de": {"name": "Deutsch", "babel": "de", "prefix": "/de"}}
    done = render_alone(tmp_path, LANGUAGES=languages, DEFAULT_LANG="en")
    assert done.returncode == 1
    assert done.stderr.startswith(
        "settings: LANGUAGES['de'] = {'name': 'Deutsch', 'babel': 'de', 'prefix': '/de'} is wrong"
    )
    assert done.stderr.count("\n") == 1
