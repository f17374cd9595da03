"""plugins/sitemap alone on a tiny site (Pelican's own theme and pages), and its settings."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from pelican.plugins.sitemap import plugin
from plugin_site import assert_readme_signals_connected, render, tiny_site

from support import Site

HERE = Path(__file__).parent
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
SITE = "https://example.org/"


def entries(site) -> dict[str, dict[str, str]]:
    """{page path: {hreflang: page path}} of sitemap.xml."""
    root = ET.fromstring(site.path("sitemap.xml").read_bytes())
    found = {}
    for url in root.findall("s:url", NS):
        loc = url.find("s:loc", NS).text
        assert loc.startswith(SITE), loc
        links = url.findall("x:link", NS)
        found[loc[len(SITE) :]] = {link.get("hreflang"): link.get("href")[len(SITE) :] for link in links}
    return found


def build(tmp_path, **settings) -> Site:
    """The tiny site with this plugin alone, built as `make html` runs Pelican."""
    conf = tiny_site(HERE / "test_data", tmp_path, ["sitemap"], SITEURL=SITE.rstrip("/"), **settings)
    done = render(conf)
    assert done.returncode == 0, done.stderr
    return Site(Path(conf["OUTPUT_PATH"]))


def test_the_readme_signals_are_connected():
    assert_readme_signals_connected(HERE.parent / "README.md", plugin)


def test_alone_it_lists_every_page_pelican_writes_once(tmp_path):
    site = build(tmp_path)
    pages = entries(site)
    written = {p for p in site.html_files() if not p.startswith("drafts/")}
    assert set(pages) == written  # Pelican's own pages too (index, translations)
    assert {"first.html", "first-de.html", "second.html", "pages/about.html", "index.html"} <= set(pages)
    assert all(links == {} for links in pages.values())  # one language: no page is another's alternate
    assert "not-yet.html" not in site.text("sitemap.xml")  # a draft is never listed
    assert site.text("robots.txt") == f"User-agent: *\nAllow: /\nSitemap: {SITE}sitemap.xml\n"


def test_translations_are_each_others_alternates_from_the_languages_setting(tmp_path):
    languages = {
        "en": {"name": "English", "babel": "en", "prefix": ""},
        "de": {"name": "Deutsch", "babel": "de", "prefix": "de/"},
    }
    pages = entries(build(tmp_path, LANGUAGES=languages, DEFAULT_LANG="en"))
    both = {"en": "first.html", "de": "first-de.html"}  # Pelican's own translation addresses
    assert pages["first.html"] == both
    assert pages["first-de.html"] == both
    assert pages["second.html"] == {"en": "second.html"}


def test_settings_exclude_and_no_robots(tmp_path):
    site = build(tmp_path, SITEMAP_EXCLUDE=[r"^pages/", r"-de\.html$"], SITEMAP_ROBOTS=False)
    assert set(entries(site)) == {"index.html", "first.html", "second.html"}
    assert not site.path("robots.txt").exists()


def test_a_wrong_setting_fails_the_build_in_one_line(tmp_path):
    done = render(tiny_site(HERE / "test_data", tmp_path, ["sitemap"], SITEMAP_EXCLUDE=["(unclosed"]))
    assert done.returncode == 1
    assert done.stderr == ("settings: SITEMAP_EXCLUDE = ['(unclosed'] is wrong: a list of regular expressions\n")
