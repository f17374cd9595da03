"""Issue 3: the five seed news build from Markdown, strictly and reproducibly."""

from __future__ import annotations

import hashlib
import subprocess

import pytest

from socialsite.build import BuildFailed
from support import seed_text

ARTICLES = {
    "news/vspc-buvo-organizuotos-intervizijos.html": (
        "000",
        "VSPC buvo organizuotos intervizijos",
        "2023 m. sausio 2 d.",
    ),
    "news/vspc-darbuotojai-dalyvavo-pasitarime.html": (
        "001",
        "VSPC darbuotojai dalyvavo pasitarime",
        "2023 m. spalio 13 d.",
    ),
    "news/popieriniai-laiskai.html": ("002", "Popieriniai laiškai", "2024 m. birželio 14 d."),
    "news/kartu-nebaisus-net-vasaros-lietus.html": (
        "003",
        "Kartu nebaisūs net vasaros lietūs",
        "2017 m. rugsėjo 21 d.",
    ),
    "news/senjoru-bendradarbiavimas.html": ("004", "Senjorų bendradarbiavimas", "2023 m. lapkričio 9 d."),
}


@pytest.mark.parametrize("page", sorted(ARTICLES))
def test_each_seed_article_has_its_title_and_date(site, page):
    _seed, title, date = ARTICLES[page]
    soup = site.soup(page)
    assert soup.find("h1").get_text() == title
    assert soup.select_one("article time").get_text() == date


def test_home_lists_all_five_news_newest_first(site):
    soup = site.soup("index.html")
    titles = [a.get_text() for a in soup.select(".news-list h3 a")]  # under the home page's h2 „Naujienos“
    assert titles == [
        "Popieriniai laiškai",
        "Senjorų bendradarbiavimas",
        "VSPC darbuotojai dalyvavo pasitarime",
        "VSPC buvo organizuotos intervizijos",
        "Kartu nebaisūs net vasaros lietūs",
    ]


@pytest.mark.parametrize("page", sorted(ARTICLES))
def test_seed_paragraphs_survive_byte_for_byte(site, page):
    """Every body paragraph of the seed stands in the page unchanged: „“, – and no-break spaces."""
    seed, title = seed_text(ARTICLES[page][0]), ARTICLES[page][1]
    body = [p.get_text() for p in site.soup(page).select("article .content p")]
    story = seed[seed.index(title) + len(title) :]
    for end in ("Visagino socialinių paslaugų centras kaip projekto partneris", "Alytaus m. sav. inf."):
        story = story.split(end)[0]
    paragraphs = [line for line in story.split("\n") if line.strip(" \u00a0")]
    assert body == paragraphs


def test_typography_in_the_built_pages(site):
    text = site.text("news/vspc-darbuotojai-dalyvavo-pasitarime.html")
    assert "(toliau – VSPC)" in text
    assert "43\u00a0940\u00a0212,00 Eur" in text
    assert "„Integralios pagalbos teikimas ir plėtra Lietuvos savivaldybėse“" in text


def test_seed_003_keeps_article_drops_page_chrome(site):
    soup = site.soup("news/kartu-nebaisus-net-vasaros-lietus.html")
    text = soup.get_text(" ")
    assert "Socialiniai iššūkiai kasdieniniame darbe" in text
    for chrome in ("Dalintis", "googleplus", "komentar", "Parašykite atsakymą", "Du-evaldui"):
        assert chrome not in text
    assert soup.select_one(".source").get_text() == "Šaltinis: Alytaus m. sav. inf."
    assert soup.select_one("article .meta a").get_text() == "Švietimas"


BROKEN = {
    "missing title": ("Date: 2024-01-05\nCategory: Naujienos\n\nTekstas.\n", 1, "faile nėra pavadinimo"),
    "bad date": ("Title: Bloga data\nDate: 2024-13-45\nCategory: Naujienos\n\nTekstas.\n", 2, "nėra tikra data"),
    "header line": ("Title: Be dvitaškio\nData 2024-01-05\n\nTekstas.\n", 2, "nėra forma „Laukas: reikšmė“"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_front_matter_fails_with_its_line_and_keeps_the_last_good_build(project, case):
    text, line, words = BROKEN[case]
    good = project.build()
    before = _tree_digest(good.root)
    path = project.write("news/lt/2024-01-05-klaida.md", text)
    with pytest.raises(BuildFailed) as failure:
        project.build()
    assert f"{path}:{line}: " in str(failure.value) or f"content/news/lt/2024-01-05-klaida.md:{line}: " in str(
        failure.value
    )
    assert words in str(failure.value)
    assert _tree_digest(good.root) == before


def test_make_html_exits_non_zero_with_one_line_per_mistake(project):
    project.write("news/lt/2024-01-05-klaida.md", BROKEN["bad date"][0])
    result = subprocess.run(
        project.make_html(),
        capture_output=True,
        text=True,
        cwd=project.root,
    )
    assert result.returncode == 1
    first = result.stderr.splitlines()[0]
    assert first.startswith("content/news/lt/2024-01-05-klaida.md:2: ")
    assert not project.output.exists()


def test_two_builds_are_byte_identical(project, monkeypatch):
    """The same commit and the same date (SOURCE_DATE_EPOCH, 2026-12-01 in Vilnius) give the same bytes."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796076000")
    first = _tree_digest(project.build(search=True).root)
    second = _tree_digest(project.build(search=True).root)
    assert first == second


def _tree_digest(root) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }
