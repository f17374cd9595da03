"""Issue 4: staff name the project; the page carries the exact legal text, emblem and link."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

import pytest

from socialsite.build import BuildFailed
from support import ROOT, seed_text

ESF = "07-003-P-0001"
INTERREG = "augancios-socialines-pasienio-iniciatyvos"
VSPC_NEWS = {
    "000": "news/vspc-buvo-organizuotos-intervizijos.html",
    "001": "news/vspc-darbuotojai-dalyvavo-pasitarime.html",
    "002": "news/popieriniai-laiskai.html",
    "004": "news/senjoru-bendradarbiavimas.html",
}
BLOCK_START = "Visagino socialinių paslaugų centras kaip projekto partneris"


def collapse(text: str) -> str:
    """What HTML may change: runs of ordinary white space. No-break spaces stay."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def seed_block(seed: str) -> str:
    text = seed_text(seed)
    return collapse(text[text.index(BLOCK_START) :])


@pytest.mark.parametrize("seed", sorted(VSPC_NEWS))
def test_block_text_equals_the_seed_block_exactly_once(site, seed):
    soup = site.soup(VSPC_NEWS[seed])
    blocks = soup.select("[data-project-disclosure]")
    assert [b["data-project-disclosure"] for b in blocks] == [ESF]
    text = " ".join(p.get_text() for p in blocks[0].select("[data-disclosure-text] p"))
    assert collapse(text) == seed_block(seed)


@pytest.mark.parametrize("seed", sorted(VSPC_NEWS))
def test_markup_contract(site, seed):
    block = site.soup(VSPC_NEWS[seed]).select_one("[data-project-disclosure]")
    assert block.has_attr("data-pagefind-ignore")
    emblem = block.select_one("img.eu-emblem")
    assert emblem["alt"] == "Bendrai finansuoja Europos Sąjunga"
    assert not emblem["src"].startswith(("http:", "https:", "//"))
    assert (site.path(VSPC_NEWS[seed]).parent / emblem["src"]).resolve().is_file()
    link = block.select_one(".eu-project-link a")
    assert (site.path(VSPC_NEWS[seed]).parent / link["href"]).resolve() == site.path(f"projects/{ESF}.html").resolve()


def test_interreg_article_has_its_own_block_not_the_esf_one(site):
    soup = site.soup("news/kartu-nebaisus-net-vasaros-lietus.html")
    blocks = soup.select("[data-project-disclosure]")
    assert [b["data-project-disclosure"] for b in blocks] == [INTERREG]
    text = blocks[0].get_text(" ")
    assert blocks[0].select_one("img.eu-emblem")["alt"] == "Europos Sąjunga"
    assert "Europos regioninės plėtros fondas" in text
    assert "Bendrai finansuoja" not in text and "Europos socialinio fondo" not in text


def test_interreg_emblem_is_seen_on_landing_esf_block_stays_at_the_end(site):
    """Impl. Reg. (EU) No 821/2014, Art. 4(3): 2014–2020 emblems visible without scrolling."""
    interreg = site.soup("news/kartu-nebaisus-net-vasaros-lietus.html").select_one("article header")
    emblem = interreg.select_one(".eu-landing[data-pagefind-ignore] img.eu-emblem")
    assert emblem["alt"] == "Europos Sąjunga"
    assert "Europos regioninės plėtros fondas" in interreg.get_text()
    assert site.soup(VSPC_NEWS["001"]).select_one("article header .eu-landing") is None


@pytest.mark.parametrize(
    "page", ["index.html", "category/naujienos.html", "archives.html", "ru/index.html", "en/index.html"]
)
def test_list_pages_carry_no_disclosure(site, page):
    text = site.text(page)
    assert "data-project-disclosure" not in text
    assert "Projekto vykdytojas" not in text and "finansavimo suma" not in text


@pytest.mark.parametrize(
    "feed", ["feeds/all.atom.xml", "feeds/category/naujienos.atom.xml", f"feeds/projects/{ESF}.atom.xml"]
)
def test_feeds_parse_and_carry_no_disclosure(site, feed):
    root = ET.fromstring(site.path(feed).read_bytes())
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    text = site.text(feed)
    assert "Projekto vykdytojas" not in text and "data-project-disclosure" not in text


def test_project_page_lists_the_four_vspc_news_newest_first_and_has_a_feed(site):
    soup = site.soup(f"projects/{ESF}.html")
    titles = [a.get_text() for a in soup.select(".project-news .news-list a")]
    assert titles == [
        "Popieriniai laiškai",
        "Senjorų bendradarbiavimas",
        "VSPC darbuotojai dalyvavo pasitarime",
        "VSPC buvo organizuotos intervizijos",
    ]
    text = soup.get_text(" ")
    for fact in (
        "43\u00a0940\u00a0212,00 Eur",
        "2022 m. gruodžio 8 d.",
        "Europos socialinio fondo agentūra",
        "Užtikrinti integralios pagalbos",
    ):
        assert fact in text
    assert soup.select_one("img.eu-emblem")["alt"] == "Bendrai finansuoja Europos Sąjunga"
    feed = ET.fromstring(site.path(f"feeds/projects/{ESF}.atom.xml").read_bytes())
    assert len(feed.findall("{http://www.w3.org/2005/Atom}entry")) == 4


def test_projects_index_is_linked_from_navigation_and_lists_both(site):
    nav = site.soup("index.html").select_one(".main-nav")
    assert "projects/index.html" in [site.resolve("index.html", a["href"]) for a in nav.select("a")]
    soup = site.soup("projects/index.html")
    links = [site.resolve("projects/index.html", a["href"]) for a in soup.select(".project-list a")]
    assert sorted(links) == sorted([f"projects/{ESF}.html", f"projects/{INTERREG}.html"])


def test_a_new_article_naming_the_project_gets_the_block(project):
    project.write(
        "news/lt/2024-07-01-nauja-zinia.md",
        "Title: Nauja žinia\nDate: 2024-07-01\nCategory: Naujienos\nProject: 07-003-P-0001\n\nTekstas.\n",
    )
    site = project.build()
    block = site.soup("news/nauja-zinia.html").select_one("[data-project-disclosure]")
    assert collapse(" ".join(p.get_text() for p in block.select("[data-disclosure-text] p"))) == seed_block("001")
    assert "Nauja žinia" in site.soup(f"projects/{ESF}.html").select_one(".project-news").get_text()


def test_several_projects_comma_separated(project):
    project.write(
        "news/lt/2024-07-01-dvi.md",
        f"Title: Du projektai\nDate: 2024-07-01\nCategory: Naujienos\nProject: {ESF}, {INTERREG}\n\nTekstas.\n",
    )
    blocks = project.build().soup("news/du-projektai.html").select("[data-project-disclosure]")
    assert [b["data-project-disclosure"] for b in blocks] == [ESF, INTERREG]


def test_unknown_project_fails_with_its_line(project):
    project.write(
        "news/lt/2024-07-01-x.md",
        "Title: X\nDate: 2024-07-01\nCategory: Naujienos\nProject: 07-999-P-0001\n\nTekstas.\n",
    )
    with pytest.raises(BuildFailed) as failure:
        project.build()
    assert (
        f"content/news/lt/2024-07-01-x.md:4: nežinomas projektas „07-999-P-0001“; "
        f"naudokite vieną iš šių: {ESF}, {INTERREG}"
    ) in str(failure.value)


def test_pasted_block_even_slightly_changed_fails_with_its_line(project):
    block = seed_text("001")[seed_text("001").index(BLOCK_START) :]
    changed = block.replace("–", "-").replace("\u00a0", " ").replace("4018", "4100")
    project.write(
        "news/lt/2024-07-01-x.md", "Title: X\nDate: 2024-07-01\nCategory: Naujienos\n\nTekstas.\n\n" + changed
    )
    with pytest.raises(BuildFailed) as failure:
        project.build()
    assert "content/news/lt/2024-07-01-x.md:7: panašu į įklijuotą ES projekto informaciją" in str(failure.value)


def test_broken_registry_field_fails_with_its_line(project, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "lt")  # what staff read by default
    path = project.root / "content" / "projects" / f"{ESF}.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("budget: 43940212.00", "budget: keturiasdešimt"), encoding="utf-8")
    line = text[: text.index("budget:")].count("\n") + 1
    with pytest.raises(BuildFailed) as failure:
        project.build()
    assert f"content/projects/{ESF}.yaml:{line}: „budget“ turi būti suma eurais" in str(failure.value)


def test_registry_edit_reaches_every_page_with_the_content_cache_on(project):
    """The cache (shipped on) must not serve the old text after the registry changes."""
    first = project.build()
    assert "Europos socialinio fondo agentūra" in first.text(VSPC_NEWS["001"])
    assert (project.root / ".cache").is_dir()
    path = project.root / "content" / "projects" / f"{ESF}.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "lt: Europos socialinio fondo agentūra", "lt: Europos socialinio fondo agentūra (nauja)"
        ),
        encoding="utf-8",
    )
    second = project.build()
    for page in VSPC_NEWS.values():
        assert "Projekto vykdytojas – Europos socialinio fondo agentūra (nauja)." in second.text(page)
    assert "Europos socialinio fondo agentūra (nauja)" in second.text(f"projects/{ESF}.html")


@pytest.mark.parametrize("times", [0, 2])
def test_a_theme_that_does_not_show_the_block_exactly_once_fails_the_build(project, times, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "lt")  # what staff read by default (Pelican runs in its own process)
    theme = project.root / "theme"
    theme.unlink()
    shutil.copytree(ROOT / "theme", theme)
    template = theme / "templates" / "article.html"
    call = "{{ eu_disclosure(article) }}"
    template.write_text(template.read_text(encoding="utf-8").replace(call, call * times), encoding="utf-8")
    with pytest.raises(BuildFailed) as failure:
        project.build()
    assert f"puslapyje ES projekto informacija parodyta {times} kartus, o ne vieną" in str(failure.value)
