"""Issue 5: lt at /, ru at /ru/, en at /en/: languages, links, dates, catalogs, feeds, sitemap."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from itertools import dropwhile
from urllib.parse import urlparse

import pytest
from babel.messages.pofile import read_po

from support import ROOT

LANGS = ("lt", "ru", "en")
SITEURL = "http://localhost:8000"
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def page_lang(path: str) -> str:
    first = path.split("/")[0]
    return first if first in ("ru", "en") else "lt"


def local(url: str) -> str:
    """An absolute URL of this site as an output-relative path."""
    assert url.startswith(SITEURL + "/"), url
    return urlparse(url).path.lstrip("/")


def test_homes_exist_in_each_language(site):
    for lang, home in zip(LANGS, ("index.html", "ru/index.html", "en/index.html"), strict=False):
        assert site.soup(home).html["lang"] == lang


def test_every_page_is_in_the_language_of_its_folder(site):
    pages = [p for p in site.html_files() if not p.startswith("pagefind/")]
    assert len(pages) > 40
    for page in pages:
        assert site.soup(page).html["lang"] == page_lang(page), page


def test_hreflang_and_switcher_links_resolve_and_are_clean(site):
    for page in (p for p in site.html_files() if not p.startswith("pagefind/")):
        soup = site.soup(page)
        for link in soup.select('link[rel="alternate"][hreflang]'):
            assert ".." not in link["href"], (page, link["href"])
            assert site.path(local(link["href"])).is_file(), (page, link["href"])
        switcher = soup.select(".language-switcher a")
        assert [a["hreflang"] for a in switcher] == list(LANGS)
        assert next(a for a in switcher if a.get("aria-current"))["lang"] == page_lang(page)
        for a in switcher:
            target = site.resolve(page, a["href"])
            assert site.path(target).is_file(), (page, a["href"])
            # relative links only climb, never wander: "../ru/x.html", not "ru/../x.html"
            segments = a["href"].split("/")
            climbing = len(segments) - len(list(dropwhile(lambda part: part in ("..", "."), segments)))
            assert ".." not in segments[climbing:], a["href"]


def test_switcher_leads_to_the_translation_where_it_exists(site):
    soup = site.soup("news/senjoru-bendradarbiavimas.html")
    links = {
        a["lang"]: site.resolve("news/senjoru-bendradarbiavimas.html", a["href"])
        for a in soup.select(".language-switcher a")
    }
    assert links == {
        "lt": "news/senjoru-bendradarbiavimas.html",
        "ru": "ru/news/sotrudnichestvo-senyorov.html",
        "en": "en/news/cooperation-between-seniors.html",
    }
    hreflang = {link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')}
    assert hreflang["x-default"] == f"{SITEURL}/news/senjoru-bendradarbiavimas.html"
    assert hreflang["ru"] == f"{SITEURL}/ru/news/sotrudnichestvo-senyorov.html"


@pytest.mark.parametrize(
    ("page", "date"),
    [
        ("news/vspc-darbuotojai-dalyvavo-pasitarime.html", "2023 m. spalio 13 d."),
        ("ru/news/sotrudniki-vspc-prinyali-uchastie-v-soveshchanii.html", "13 октября 2023\u202fг."),
        ("en/news/vspc-staff-took-part-in-a-meeting.html", "13 October 2023"),
    ],
)
def test_dates_through_babel(site, page, date):
    assert site.soup(page).select_one("article .meta time").get_text() == date


def test_russian_reader_gets_russian_navigation_and_disclosure(site):
    soup = site.soup("ru/news/sotrudnichestvo-senyorov.html")
    assert soup.select_one(".main-nav a").get_text() == "Новости"
    block = soup.select_one("[data-project-disclosure]")
    assert block.select_one("img.eu-emblem")["alt"] == "Совместно финансируется Европейским союзом"
    official = block.select_one('[lang="lt"]')
    assert official.get_text() == "Bendrai finansuoja Europos Sąjunga"
    assert "Исполнитель проекта — Агентство Европейского социального фонда." in block.get_text()


def test_english_block_uses_the_official_english_statement(site):
    block = site.soup("en/news/cooperation-between-seniors.html").select_one("[data-project-disclosure]")
    assert block.select_one("img.eu-emblem")["alt"] == "Co-funded by the European Union"


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_a_feed_in_that_language(site, lang):
    path = "feeds/all.atom.xml" if lang == "lt" else f"{lang}/feeds/all.atom.xml"
    root = ET.fromstring(site.path(path).read_bytes())
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    entries = root.findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 5


def test_sitemap_lists_every_page_once_with_symmetric_alternates(site):
    root = ET.fromstring(site.path("sitemap.xml").read_bytes())
    urls = root.findall("s:url", SITEMAP_NS)
    locs = [u.find("s:loc", SITEMAP_NS).text for u in urls]
    assert len(locs) == len(set(locs))
    alternates = {}
    for url, loc in zip(urls, locs, strict=False):
        assert site.path(local(loc)).is_file(), loc
        alternates[loc] = {a.get("hreflang"): a.get("href") for a in url.findall("x:link", SITEMAP_NS)}
    for loc, links in alternates.items():
        for href in links.values():
            assert alternates[href] == links, (loc, href)
    assert f"{SITEURL}/news/senjoru-bendradarbiavimas.html" in locs
    assert f"{SITEURL}/404.html" not in locs
    assert site.text("robots.txt").endswith(f"Sitemap: {SITEURL}/sitemap.xml\n")


@pytest.mark.parametrize("lang", ("lt", "ru"))
def test_theme_catalog_is_complete(lang, tmp_path):
    """Every string the templates use is translated; nothing fuzzy (English is the source)."""
    pot = tmp_path / "messages.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            "theme/babel.cfg",
            "--omit-header",
            "-o",
            str(pot),
            ".",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    with pot.open("rb") as handle:
        wanted = {m.id for m in read_po(handle) if m.id}
    with open(ROOT / f"theme/translations/{lang}/LC_MESSAGES/messages.po", "rb") as handle:
        catalog = read_po(handle, locale=lang)
    have = {m.id: m for m in catalog if m.id}
    assert sorted(map(str, wanted - set(have))) == []
    for message in have.values():
        assert "fuzzy" not in message.flags, message.id
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), message.id
