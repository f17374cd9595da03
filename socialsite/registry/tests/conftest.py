"""A tiny registry for the registry's tests: one programme, one project, in lt and en."""

from __future__ import annotations

import pytest

from socialsite.errors import ContentErrors
from socialsite.messages import set_language
from socialsite.registry import load_registry

SETTINGS = {
    "DEFAULT_LANG": "lt",
    "LANGUAGES": {
        "lt": {"name": "Lietuvių", "babel": "lt", "prefix": ""},
        "en": {"name": "English", "babel": "en_GB", "prefix": "en/"},
    },
}  # as socialsite.languages.read wants them

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


@pytest.fixture
def settings():
    return SETTINGS


@pytest.fixture
def texts():
    """The sample files' texts, for a test to change a line of."""
    return {"project": PROJECT, "programme": PROGRAMME}


@pytest.fixture
def make(tmp_path):
    """make(project=…, programme=…) -> the folder holding the two files."""

    def write(project=PROJECT, programme=PROGRAMME):
        (tmp_path / "programmes").mkdir(exist_ok=True)
        (tmp_path / "programmes" / "prog.yaml").write_text(programme, encoding="utf-8")
        (tmp_path / "01-001-P-0001.yaml").write_text(project, encoding="utf-8")
        return tmp_path

    return write


@pytest.fixture
def problems(make):
    """problems(project=…, programme=…) -> the lines load_registry refuses them with, file names only."""

    def found(**files):
        with pytest.raises(ContentErrors) as failure:
            load_registry(make(**files), SETTINGS)
        return [str(e).split("/")[-1] for e in failure.value.errors]

    return found
