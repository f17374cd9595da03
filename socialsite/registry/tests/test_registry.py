"""The registry on tiny YAML files: every problem names its file and line."""

from __future__ import annotations

import pytest
from markupsafe import Markup

from socialsite.errors import ContentErrors
from socialsite.messages import set_language
from socialsite.registry import load_registry
from socialsite.registry.pasted import find_code, looks_like_disclosure

SETTINGS = {
    "DEFAULT_LANG": "lt",
    "LANGUAGES": {
        "lt": {"name": "Lietuvių", "babel": "lt", "prefix": ""},
        "en": {"name": "English", "babel": "en_GB", "prefix": "en/"},
    },
}

PROGRAMME = """\
name: {lt: Programa, en: Programme}
fund: {lt: Fondas, en: Fund}
emblem: eu-emblem.svg
statement:
  co-funded: {lt: Bendrai finansuoja Europos Sąjunga, en: Co-funded by the European Union}
official_statement: [lt, en]
disclosure:
  lt: ["Projektas „{title}“, suma – {budget}", "{more_activities}"]
  en: ["Project “{title}”, amount {budget}", "{more_activities}"]
"""
PROJECT = """\
code: 01-001-P-0001
programme: prog
statement: co-funded
title: {lt: Pavadinimas, en: Title}
organisation: {lt: Centras, en: Centre}
role: {lt: partneris, en: partner}
budget: 1000.50
aim: {lt: tikslas, en: aim}
activities: {lt: veiklos, en: activities}
expected_results: {lt: rezultatai, en: results}
"""


@pytest.fixture(autouse=True)
def english_messages():
    """These tests read the English msgids, whatever language the environment asks for."""
    set_language("en")
    yield
    set_language(None)


def make(tmp_path, project=PROJECT, programme=PROGRAMME):
    (tmp_path / "programmes").mkdir(exist_ok=True)
    (tmp_path / "programmes" / "prog.yaml").write_text(programme, encoding="utf-8")
    (tmp_path / "01-001-P-0001.yaml").write_text(project, encoding="utf-8")
    return tmp_path


def problems(tmp_path, **kwargs):
    with pytest.raises(ContentErrors) as failure:
        load_registry(make(tmp_path, **kwargs), SETTINGS)
    return [str(e).split("/")[-1] for e in failure.value.errors]


def test_a_valid_project_fills_its_programme_template(tmp_path):
    registry = load_registry(make(tmp_path), SETTINGS)
    project = registry.get("01-001-P-0001")
    assert project.disclosure(SETTINGS, "lt") == ["Projektas „Pavadinimas“, suma – 1\u00a0000,50 Eur"]
    assert project.disclosure(SETTINGS, "en") == ["Project “Title”, amount EUR\u00a01,000.50"]
    assert project.statement("lt").text == "Bendrai finansuoja Europos Sąjunga"


def test_a_project_with_lithuanian_texts_only_loads_with_a_warning_per_field(tmp_path):
    lt_only = PROJECT.replace("title: {lt: Pavadinimas, en: Title}", "title: {lt: Pavadinimas}").replace(
        "aim: {lt: tikslas, en: aim}", "aim:\n  lt: tikslas"
    )
    project = load_registry(make(tmp_path, project=lt_only), SETTINGS).get("01-001-P-0001")
    assert [str(w).split("/")[-1] for w in project.warnings] == [
        "01-001-P-0001.yaml:4: warning: 'title' has no text in en yet; the pages in those languages show the "
        "Lithuanian text, marked as such, until it is written",
        "01-001-P-0001.yaml:9: warning: 'aim' has no text in en yet; the pages in those languages show the "
        "Lithuanian text, marked as such, until it is written",
    ]
    assert project.title("en") == "Pavadinimas" and project.untranslated("title", "en")
    assert not project.untranslated("title", "lt") and not project.untranslated("role", "en")
    marked = project.disclosure(SETTINGS, "en", mark=lambda text: Markup("<span lang=lt>%s</span>") % text)
    assert marked == ["Project “<span lang=lt>Pavadinimas</span>”, amount EUR\u00a01,000.50"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("budget: 1000.50\n", "", "01-001-P-0001.yaml:1: the project has no 'budget'; add it"),
        ("budget: 1000.50", "budget: daug", "01-001-P-0001.yaml:7: 'budget' must be an amount in euro"),
        ("budget: 1000.50", "budget: 1000.505", "01-001-P-0001.yaml:7: 'budget' must be a positive amount"),
        (
            "title: {lt: Pavadinimas, en: Title}",
            "title: {en: Title}",
            "01-001-P-0001.yaml:4: 'title' has no text in 'lt'",
        ),
        ("programme: prog", "programme: kita", "01-001-P-0001.yaml:2: unknown programme 'kita'; known: prog"),
        ("code: 01-001-P-0001", "code: 01-001-P-0002", "01-001-P-0001.yaml:1: the code '01-001-P-0002' differs"),
        ("budget: 1000.50", "budget: 1000.50\nsince: vakar", "01-001-P-0001.yaml:8: 'since' must be a date"),
        ("budget: 1000.50", "budget: 1000.50\ncolour: red", "01-001-P-0001.yaml:8: 'colour' is not a project field"),
        ("title:", "title: [", "01-001-P-0001.yaml:"),
    ],
)
def test_a_broken_project_field_names_its_line(tmp_path, old, new, expected):
    (found,) = problems(tmp_path, project=PROJECT.replace(old, new))
    assert found.startswith(expected)


def test_a_template_asking_for_a_fact_the_project_lacks(tmp_path):
    found = problems(tmp_path, programme=PROGRAMME.replace("suma – {budget}", "nuo {since}"))
    assert found == ["01-001-P-0001.yaml:1: the programme's disclosure needs 'since', which this project does not give"]


def test_a_template_naming_no_project_fact(tmp_path):
    (found,) = problems(tmp_path, programme=PROGRAMME.replace("{budget}", "{sum}"))
    assert found.startswith("prog.yaml:8: the disclosure uses '{sum}', which is no project fact")


def test_unknown_code_lists_the_known_ones(tmp_path):
    registry = load_registry(make(tmp_path), SETTINGS)
    with pytest.raises(Exception) as failure:
        registry.require("99-999-P-9999", "news.md", 4)
    assert str(failure.value) == "news.md:4: unknown project '99-999-P-9999'; known: 01-001-P-0001"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Projekto vykdytojas - Europos socialinio fondo agentura.",
        "Centras kaip projekto partneris nuo 2023 m. sausio 2 d. pradėjo įgyvendinti projektoNr. 07-018-P-0001 veiklas.",
        "Projektas finansuojamas 2021-2027 m. Europos Sąjungos struktūrinės paramos „ESF“ lėšomis.",
    ],
)
def test_pasted_block_variants_are_recognised(paragraph):
    assert looks_like_disclosure(paragraph)


def test_ordinary_news_is_not_a_block():
    assert not looks_like_disclosure("Senjorai lankėsi Visagino kultūros centre ir dalijosi patirtimi.")
    assert find_code("projektoNr. 07-018-P-0001 veiklas") == "07-018-P-0001"


@pytest.mark.parametrize(
    ("facts", "day", "status"),
    [
        ("start: 2023-01-01\nend: 2026-12-31\n", "2022-12-31", "planned"),
        ("start: 2023-01-01\nend: 2026-12-31\n", "2023-01-01", "ongoing"),
        ("start: 2023-01-01\nend: 2026-12-31\n", "2026-12-31", "ongoing"),  # its last day still runs
        ("start: 2023-01-01\nend: 2026-12-31\n", "2027-01-01", "finished"),
        ("duration_months: 18\nstatus: finished\n", "2020-01-01", "finished"),  # no dates: the status says
        ("duration_months: 18\n", "2030-01-01", "ongoing"),
    ],
)
def test_the_dates_decide_the_status_on_the_build_date(tmp_path, facts, day, status):
    import datetime

    project = load_registry(make(tmp_path, project=PROJECT + facts), SETTINGS).get("01-001-P-0001")
    assert project.status(datetime.date.fromisoformat(day)) == status
    assert project.is_ongoing(datetime.date.fromisoformat(day)) == (status != "finished")


def test_a_status_beside_an_end_date_is_refused(tmp_path):
    """It would keep a finished project „ongoing“ forever: with an end date, the date decides."""
    (problem,) = problems(tmp_path, project=PROJECT + "end: 2026-12-31\nstatus: ongoing\n")
    assert problem.startswith("01-001-P-0001.yaml:12: give 'status' only when the end date is unknown")
