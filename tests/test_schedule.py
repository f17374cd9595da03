"""Issue 15: the build's date decides — news scheduled ahead appear on their day, projects end on theirs.

Every build here has a fixed SOURCE_DATE_EPOCH (midnight in Vilnius of the day named), so these
tests mean the same on any day they run.
"""

from __future__ import annotations

import datetime
import gzip
import json
import os
import re
import subprocess

import pytest

from socialsite.deploy.digest import site_digest
from socialsite.sourcedate import midnight_epoch

ESF = "07-003-P-0001"
FUTURE = "2027-03-15"
LT = f"""Title: Pavasario šventė
Date: {FUTURE}
Category: Naujienos
Project: {ESF}

Kviečiame į pavasario šventę bendruomenės namuose.
"""
RU = f"""Title: Весенний праздник
Date: {FUTURE}
Slug: vesennii-prazdnik
Category: Naujienos
Translation_of: pavasario-svente
Project: {ESF}

Приглашаем на весенний праздник в доме общины.
"""
SLUGS = ("pavasario-svente", "vesennii-prazdnik")


def on(monkeypatch, day: str) -> None:
    """Build as on ``day``: SOURCE_DATE_EPOCH is midnight of that day in Vilnius."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(midnight_epoch(datetime.date.fromisoformat(day))))


def mentions(site, needle: str) -> list[str]:
    """Every file of the built site whose text (Pagefind's files unzipped) names ``needle``."""
    found = []
    for path in sorted(site.root.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":  # Pagefind's index, fragments and filters are gzipped
            data = gzip.decompress(data)
        if needle.encode() in data:
            found.append(str(path.relative_to(site.root)))
    return found


def search_urls(site) -> set[str]:
    """The page URLs in Pagefind's index (each fragment is 'pagefind_dcd' + JSON)."""
    urls = set()
    for path in (site.root / "pagefind" / "fragment").iterdir():
        data = gzip.decompress(path.read_bytes())
        urls.add(json.loads(data[data.index(b"{") :])["url"])
    return urls


@pytest.fixture
def scheduled(project):
    project.write(f"news/lt/{FUTURE}-pavasario-svente.md", LT)
    project.write(f"news/ru/{FUTURE}-vesennii-prazdnik.md", RU)
    return project


def test_a_scheduled_article_is_nowhere_before_its_day(scheduled, monkeypatch):
    on(monkeypatch, "2027-03-14")
    site = scheduled.build(search=True)
    for slug in SLUGS:
        assert mentions(site, slug) == []  # no page, list, feed, sitemap entry, switcher or search record
    assert mentions(site, "Pavasario šventė") == [] and mentions(site, "Весенний праздник") == []
    assert not site.path("news/pavasario-svente.html").exists()
    assert not site.path("ru/news/vesennii-prazdnik.html").exists()
    assert "/news/popieriniai-laiskai.html" in search_urls(site)  # the index is there, without it


def test_it_is_everywhere_from_its_day_on(scheduled, monkeypatch):
    on(monkeypatch, FUTURE)
    site = scheduled.build(search=True)
    lt, ru = "news/pavasario-svente.html", "ru/news/vesennii-prazdnik.html"
    assert site.soup(lt).find("h1").get_text() == "Pavasario šventė"
    assert site.soup(lt).select_one(f'[data-project-disclosure="{ESF}"]')
    hreflang = {link["hreflang"]: link["href"] for link in site.soup(lt).select('link[rel="alternate"][hreflang]')}
    assert hreflang["ru"].endswith(ru)
    for page in ("index.html", "archives.html", "category/naujienos.html", f"projects/{ESF}.html"):
        first = site.soup(page).select_one(".news-list a, .archive a")
        assert site.resolve(page, first["href"]) == lt, page
    assert site.resolve("ru/index.html", site.soup("ru/index.html").select_one(".news-list a")["href"]) == ru
    for feed in ("feeds/all.atom.xml", "ru/feeds/all.atom.xml", f"feeds/projects/{ESF}.atom.xml"):
        assert SLUGS[0] in site.text(feed) or SLUGS[1] in site.text(feed), feed
    assert f"/{lt}</loc>" in site.text("sitemap.xml") and f"/{ru}</loc>" in site.text("sitemap.xml")
    assert {f"/{lt}", f"/{ru}"} <= search_urls(site)
    assert any(path.startswith("pagefind/fragment/") for path in mentions(site, "Kviečiame"))  # its text


def test_a_translation_waits_for_its_own_day(project, monkeypatch):
    """The original is out, its Russian translation is scheduled: no link leads to it yet."""
    project.write("news/lt/2026-12-01-pavasario-svente.md", LT.replace(FUTURE, "2026-12-01"))
    project.write(f"news/ru/{FUTURE}-vesennii-prazdnik.md", RU)
    on(monkeypatch, "2026-12-30")
    site = project.build()
    page = site.soup("news/pavasario-svente.html")
    assert "ru" not in [link["hreflang"] for link in page.select('link[rel="alternate"][hreflang]')]
    switch = page.select_one('.language-switcher a[hreflang="ru"]')["href"]
    assert site.resolve("news/pavasario-svente.html", switch) == "ru/index.html"  # the Russian home
    assert mentions(site, "vesennii-prazdnik") == []


def test_two_builds_on_one_day_are_byte_identical_and_the_next_day_changes_only_what_is_due(project, monkeypatch):
    """Reproducible: the same commit and the same date give the same bytes, even without
    SOURCE_DATE_EPOCH (today in Vilnius); a day on which nothing falls due gives the same site."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = site_digest(project.build(search=True).root)
    assert site_digest(project.build(search=True).root) == first
    on(monkeypatch, "2026-12-20")
    before = site_digest(project.build().root)
    on(monkeypatch, "2026-12-21")
    assert site_digest(project.build().root) == before


@pytest.mark.parametrize("value", ["2027-01-01", "-5", "1.5", "99999999999999", "abc"])
def test_a_bad_source_date_epoch_stops_the_build_in_one_line(project, value):
    result = subprocess.run(
        project.make_html(),
        capture_output=True,
        text=True,
        cwd=project.root,
        env={**os.environ, "SOURCE_DATE_EPOCH": value},
    )
    assert result.returncode != 0
    assert re.fullmatch(
        rf"pelicanconf\.py: SOURCE_DATE_EPOCH={re.escape(repr(value))} is no Unix time: [^\n]+\n", result.stderr
    ), result.stderr
    assert not project.output.exists()


# --- project lifecycle ---------------------------------------------------------------------------

STATUS_LINE = {  # what 07-003-P-0001's page says under its title, per language
    "2026-12-30": {
        "": "Projektas vykdomas iki 2026 m. gruodžio 31 d.",
        "ru/": "Проект реализуется до 31 декабря 2026\u202fг.",
        "en/": "Project ongoing until 31 December 2026",
    },
    "2027-01-01": {
        "": "Projektas baigtas 2026 m. gruodžio 31 d.",
        "ru/": "Проект завершён 31 декабря 2026\u202fг.",
        "en/": "Project finished on 31 December 2026",
    },
}


@pytest.mark.parametrize(
    ("day", "status"), [("2026-12-30", "ongoing"), ("2026-12-31", "ongoing"), ("2027-01-01", "finished")]
)
def test_the_project_turns_finished_the_day_after_its_end_date(project, monkeypatch, day, status):
    on(monkeypatch, day)
    site = project.build()
    for prefix in ("", "ru/", "en/"):
        page = site.soup(f"{prefix}projects/{ESF}.html")  # the page stays online
        line = page.select_one(".project-status")
        assert line["data-project-status"] == status
        if day in STATUS_LINE:
            assert line.get_text() == STATUS_LINE[day][prefix]
        index = site.soup(f"{prefix}projects/index.html")
        ongoing = [site.resolve(f"{prefix}projects/index.html", a["href"]) for a in index.select(".projects-ongoing a")]
        archive = index.select(".projects-archive li")
        assert (f"{prefix}projects/{ESF}.html" in ongoing) == (status == "ongoing")
        listed = {site.resolve(f"{prefix}projects/index.html", li.a["href"]): li for li in archive}
        assert (f"{prefix}projects/{ESF}.html" in listed) == (status == "finished")
        if status == "finished":
            assert STATUS_LINE["2027-01-01"][prefix] in listed[f"{prefix}projects/{ESF}.html"].get_text()
            assert ongoing == []  # both projects are over: the archive holds them, the ESF one first
            assert next(li.a["href"].rsplit("/", 1)[-1] for li in archive) == f"{ESF}.html"
    # Old news keep their disclosure, whatever the project's status.
    assert site.soup("news/popieriniai-laiskai.html").select_one(f'[data-project-disclosure="{ESF}"]')


def test_a_planned_project_is_listed_with_the_running_ones(project, monkeypatch):
    on(monkeypatch, "2022-12-01")  # a week before 07-003-P-0001 starts
    site = project.build()
    line = site.soup(f"projects/{ESF}.html").select_one(".project-status")
    assert (line["data-project-status"], line.get_text()) == ("planned", "Projektas prasidės 2022 m. gruodžio 8 d.")
    assert site.soup("projects/index.html").select_one('.projects-ongoing li[data-project-status="planned"]')


def test_a_preview_may_show_scheduled_news(scheduled, monkeypatch):
    """SCHEDULED_SHOW = True (a preview's setting): written and listed before the day."""
    with (scheduled.root / "pelicanconf.py").open("a", encoding="utf-8") as settings:
        settings.write("\nSCHEDULED_SHOW = True\n")
    on(monkeypatch, "2027-03-14")
    site = scheduled.build()
    assert site.soup("news/pavasario-svente.html").find("h1").get_text() == "Pavasario šventė"
    first = site.soup("index.html").select_one(".news-list a")
    assert site.resolve("index.html", first["href"]) == "news/pavasario-svente.html"
