"""Issue 17: another organisation installs the wheel and builds its own compliant site.

The wheel is built from this tree once, installed with its pinned dependencies (uv.lock) into a
fresh virtual environment, and an Alytus NGO's site is written in a folder that holds none of
VSPC's files: its own settings (one language), a registry with one ERDF project under its own
programme file, two articles. It is built by the fresh environment's Python with
``python -m socialsite.build``, run in that folder with no PYTHONPATH: only what the wheel
installed can answer.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from support import ROOT

UV = Path(sys.executable).parent / "uv"  # the pinned uv make installs into .venv
CODE = "05-001-K-0042"
NAME = "Alytaus bendruomenės namai"
STATEMENT = "Bendrai finansuoja Europos Sąjunga"
ERDF = "Europos regioninės plėtros fondo"
# Anything of VSPC's that must not reach another organisation's site.
VSPC_WORDS = ("Visagin", "VSPC", "Висагин", "07-003-P-0001", "socialinio fondo", "Interreg")

SETTINGS = f'''\
"""The Alytus NGO's settings: the package's defaults and its own facts."""

from pathlib import Path

from socialsite.defaults import *  # noqa: F403
globals().update(environment(TIMEZONE))  # noqa: F405

SITENAME = "{NAME}"
ORGANISATION = {{"name": {{"lt": SITENAME}}}}  # no public_body plugin: the name is given here
PROJECTS_PATH = str(Path(__file__).resolve().parent / "content" / "projects")
CATEGORY_NAMES = {{"Naujienos": {{"lt": "Naujienos"}}, "Renginiai": {{"lt": "Renginiai"}}}}
'''

# A 2021–2027 ERDF programme: the statement next to the emblem (Reg. (EU) 2021/1060, Annex IX,
# point 1.2, the Lithuanian wording) and a short description with aims, results and the EU's
# support (Art. 50(1)(a)), as templates of the project's facts.
PROGRAMME = """\
name:
  lt: 2021–2027 m. Europos Sąjungos fondų investicijų programa
fund:
  lt: Europos regioninės plėtros fondas
emblem: eu-emblem.svg
statement:
  co-funded:
    lt: Bendrai finansuoja Europos Sąjunga
  funded:
    lt: Finansuoja Europos Sąjunga
official_statement: [lt]
disclosure:
  lt:
    - "{organisation} {role} įgyvendina projektą Nr. {code} „{title}“ {where}. Projekto tikslas – {aim}. {activities}"
    - "{expected_results}"
    - "Projekto trukmė – {start} – {end} Projekto vertė – {budget}."
    - "Projektas bendrai finansuojamas Europos Sąjungos Europos regioninės plėtros fondo lėšomis pagal 2021–2027 m. Europos Sąjungos fondų investicijų programą."
"""

PROJECT = f"""\
code: {CODE}
programme: erdf-2021-2027
statement: co-funded
title:
  lt: Bendruomenės namų pritaikymas žmonėms su negalia
organisation:
  lt: {NAME}
role:
  lt: kaip projekto vykdytojas
where:
  lt: Alytaus mieste
start: 2025-03-01
end: 2027-06-30
budget: 180000.00
aim:
  lt: pritaikyti bendruomenės namus žmonėms su negalia
activities:
  lt: Įrengiamas keltuvas, pritaikomi įėjimai ir tualetai.
expected_results:
  lt: Į namus galės patekti visi bendruomenės nariai.
"""

ARTICLES = {
    "2026-11-02-keltuvas.md": f"""\
        Title: Įrengtas keltuvas
        Date: 2026-11-02
        Slug: irengtas-keltuvas
        Category: Naujienos
        Project: {CODE}

        Bendruomenės namuose įrengtas keltuvas: į antrą aukštą dabar patenka visi.
        """,
    "2026-11-10-rudens-muge.md": """\
        Title: Rudens mugė
        Date: 2026-11-10
        Slug: rudens-muge
        Category: Renginiai

        Kviečiame į rudens mugę bendruomenės namų kieme.
        """,
}


def run(command: list, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, f"{command}: {result.stdout}{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel `pip install .` would install, built once from this tree."""
    dist = tmp_path_factory.mktemp("dist")
    run([UV, "build", "--wheel", "--quiet", "--out-dir", dist], cwd=ROOT)
    (built,) = dist.glob("socialsite-*.whl")
    return built


@pytest.fixture(scope="module")
def python(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel and its dependencies pinned by uv.lock."""
    where = tmp_path_factory.mktemp("venv")
    constraints = where / "constraints.txt"
    run([UV, "export", "--frozen", "--no-hashes", "--no-dev", "--no-default-groups", "--no-emit-project",
         "--quiet", "--output-file", constraints], cwd=ROOT)  # fmt: skip
    run([UV, "venv", "--quiet", "--python", sys.executable, where / "venv"])
    python = where / "venv" / "bin" / "python"
    run([UV, "pip", "install", "--quiet", "--python", python, "--constraint", constraints, wheel])
    return python


@pytest.fixture(scope="module")
def second_site(python, tmp_path_factory) -> Path:
    """The Alytus NGO's site, written from scratch and built by the fresh environment; its output."""
    root = tmp_path_factory.mktemp("alytus")
    (root / "pelicanconf.py").write_text(SETTINGS, encoding="utf-8")
    for relative, text in {
        "content/projects/programmes/erdf-2021-2027.yaml": PROGRAMME,
        f"content/projects/{CODE}.yaml": PROJECT,
        **{f"content/news/lt/{name}": textwrap.dedent(text) for name, text in ARTICLES.items()},
    }.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(text, encoding="utf-8")
    env = {name: value for name, value in os.environ.items() if name not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["SOURCE_DATE_EPOCH"] = "1796169600"  # 2026-12-01 in Vilnius: the project is running
    run([python, "-m", "socialsite.build"], cwd=root, env=env)
    return root / "output"


def soup(output: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((output / page).read_text(encoding="utf-8"), "html.parser")


def test_the_wheel_holds_what_a_site_needs_and_no_tests(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for needed in (
        "socialsite/theme/templates/base.html",
        "socialsite/theme/templates/search.html",  # Pagefind's search page and its script
        "socialsite/theme/static/js/search.js",
        "socialsite/theme/static/images/eu-emblem.svg",
        "socialsite/theme/translations/lt/LC_MESSAGES/messages.po",
        "socialsite/locale/lt/LC_MESSAGES/content_rules.po",
        "socialsite/locale/ru/LC_MESSAGES/content_rules.po",
        "socialsite/editor/admin/index.html",
        "socialsite/defaults.py",
        "pelican/plugins/eu_disclosure/disclosure.html",
        "pelican/plugins/sitemap/__init__.py",
    ):
        assert needed in names, needed
    assert not [n for n in names if "/tests/" in n or "test_data" in n or "__pycache__" in n or n.endswith(".pyc")]
    assert not [n for n in names if n.startswith("pelican/plugins/") and n.count("/") == 2], "no pelican/plugins/*"


def test_the_fresh_environment_imports_only_what_it_installed(python, second_site):
    where = run(
        [python, "-c", "import socialsite, pelican.plugins.eu_disclosure as p; print(socialsite.__file__, p.__file__)"],
        cwd=second_site.parent,
        env={"PATH": os.environ["PATH"]},
    ).stdout.split()
    venv = python.parent.parent
    assert all(Path(path).is_relative_to(venv) for path in where), where


def test_the_project_article_carries_the_erdf_disclosure(second_site):
    block = soup(second_site, "news/irengtas-keltuvas.html").select("[data-project-disclosure]")
    assert [b["data-project-disclosure"] for b in block] == [CODE]
    emblem = block[0].select_one("img.eu-emblem")
    assert emblem["alt"] == STATEMENT
    assert (second_site / "news" / emblem["src"]).resolve().is_file()
    assert block[0].select_one(".eu-statement").get_text(" ", strip=True) == STATEMENT
    text = block[0].select_one("[data-disclosure-text]").get_text(" ")
    assert f"{NAME} kaip projekto vykdytojas įgyvendina projektą Nr. {CODE}" in text
    assert ERDF in text and "180 000,00" in text.replace("\xa0", " ")  # Babel groups with a no-break space
    link = block[0].select_one(".eu-project-link a")["href"]
    assert (second_site / "news" / link).resolve() == (second_site / "projects" / f"{CODE}.html").resolve()


def test_the_other_article_has_no_disclosure(second_site):
    page = soup(second_site, "news/rudens-muge.html")
    assert "Kviečiame į rudens mugę" in page.get_text()
    assert not page.select("[data-project-disclosure], .eu-disclosure, img.eu-emblem")


def test_the_project_page_and_the_list(second_site):
    page = soup(second_site, f"projects/{CODE}.html")
    assert page.h1.get_text(strip=True) == "Bendruomenės namų pritaikymas žmonėms su negalia"
    facts = {
        dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True) for dt in page.select("dl.facts dt")
    }
    assert facts["Fondas"] == "Europos regioninės plėtros fondas" and facts["Projekto kodas"] == CODE
    assert page.select_one("img.eu-emblem")["alt"] == STATEMENT
    news = [a["href"] for a in page.select("main a") if "irengtas-keltuvas" in a["href"]]
    assert news, "the project page lists its news"
    listing = soup(second_site, "projects/index.html")
    hrefs = [(second_site / "projects" / a["href"]).resolve() for a in listing.select("main a[href]")]
    assert (second_site / "projects" / f"{CODE}.html").resolve() in hrefs


def test_one_language_its_own_name_and_nothing_of_vspc(second_site):
    files = [path for path in second_site.rglob("*") if path.is_file()]
    assert not [p for p in files if p.relative_to(second_site).parts[0] in ("ru", "en")]
    home = soup(second_site, "index.html")
    assert home.html["lang"] == "lt" and home.h1.get_text(strip=True) == NAME
    assert (second_site / "pagefind" / "pagefind-entry.json").is_file()
    for path in files:
        if path.suffix in (".html", ".xml", ".txt", ".json", ".js", ".css"):
            text = path.read_text(encoding="utf-8")
            found = [word for word in VSPC_WORDS if word in text]
            assert not found, (path.relative_to(second_site), found)
    links = [a["href"] for a in home.select("a[href]") if not a["href"].startswith(("http", "mailto:", "#"))]
    assert links and all((second_site / href.split("#")[0]).is_file() for href in links), links
