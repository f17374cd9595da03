"""What a project and a programme file must hold: every problem names its file and line."""

from __future__ import annotations

import pytest

PROJECT_LINES = [
    ("budget: 1000.50\n", "", "01-001-P-0001.yaml:1: the project has no 'budget'; add it"),
    ("budget: 1000.50", "budget: daug", "01-001-P-0001.yaml:7: 'budget' must be an amount in euro"),
    ("budget: 1000.50", "budget: 1000.505", "01-001-P-0001.yaml:7: 'budget' must be a positive amount"),
    ("budget: 1000.50", "budget: .nan", "01-001-P-0001.yaml:7: 'budget' must be a positive amount"),
    ("title: {lt: Pavadinimas, en: Title}", "title: {en: Title}", "01-001-P-0001.yaml:4: 'title' has no text in 'lt'"),
    ("title: {lt: Pavadinimas, en: Title}", "title: Pavadinimas", "01-001-P-0001.yaml:4: 'title' must list the text"),
    ("programme: prog", "programme: kita", "01-001-P-0001.yaml:2: unknown programme 'kita'; known: prog"),
    ("statement: co-funded", "statement: funded", "01-001-P-0001.yaml:3: the programme has no statement 'funded'"),
    ("code: 01-001-P-0001", "code: 01-001-P-0002", "01-001-P-0001.yaml:1: the code '01-001-P-0002' differs"),
    ("budget: 1000.50", "budget: 1000.50\nsince: vakar", "01-001-P-0001.yaml:8: 'since' must be a date"),
    ("budget: 1000.50", "budget: 1000.50\ncolour: red", "01-001-P-0001.yaml:8: 'colour' is not a project field"),
    ("budget: 1000.50", "budget: 1000.50\nduration_months: 0", "01-001-P-0001.yaml:8: 'duration_months' must be"),
    ("budget: 1000.50", "budget: 1000.50\nstatus: paused", "01-001-P-0001.yaml:8: 'status' must be one of"),
    ("budget: 1000.50", "budget: 1000.50\nstart: 2025-01-02\nend: 2025-01-01", "01-001-P-0001.yaml:9: 'end' is before"),
    ("title:", "title: [", "01-001-P-0001.yaml:"),
]


@pytest.mark.parametrize(("old", "new", "expected"), PROJECT_LINES)
def test_a_broken_project_field_names_its_line(problems, texts, old, new, expected):
    (found,) = problems(project=texts["project"].replace(old, new))
    assert found.startswith(expected)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("emblem: eu-emblem.svg\n", "", "prog.yaml:1: the programme has no 'emblem'"),
        ("official_statement: [lt, en]", "official_statement: [de]", "prog.yaml:6: 'official_statement' must list"),
        ("suma – {budget}", "suma – {budget:>99}", "prog.yaml:8: the disclosure writes '{budget:>99}'"),
        ("suma – {budget}", "suma – {budget", "prog.yaml:8: a '{' or '}' in the disclosure is not closed"),
        ("{budget}", "{sum}", "prog.yaml:8: the disclosure uses '{sum}', which is no project fact"),
        ('en: ["Project', 'de: ["Project', "prog.yaml:8: 'disclosure' has no list of paragraphs in 'en'"),
    ],
)
def test_a_broken_programme_field_names_its_line(problems, texts, old, new, expected):
    """A broken programme is said once: its projects add no 'unknown programme' line."""
    (found,) = problems(programme=texts["programme"].replace(old, new))
    assert found.startswith(expected)


def test_a_template_asking_for_a_fact_the_project_lacks(problems, texts):
    found = problems(programme=texts["programme"].replace("suma – {budget}", "nuo {since}"))
    assert found == ["01-001-P-0001.yaml:1: the programme's disclosure needs 'since', which this project does not give"]


def test_a_status_beside_an_end_date_is_refused(problems, texts):
    """It would keep a finished project „ongoing“ forever: with an end date, the date decides."""
    (problem,) = problems(project=texts["project"] + "end: 2026-12-31\nstatus: ongoing\n")
    assert problem.startswith("01-001-P-0001.yaml:12: give 'status' only when the end date is unknown")
