"""The registry's objects, made in memory (the model reads no file): status, statement, lookups."""

from __future__ import annotations

import datetime

import pytest

from socialsite.errors import ContentError
from socialsite.registry import Programme, Project, Registry, parse_codes

PROGRAMME = Programme(
    key="prog",
    path="prog.yaml",
    name={"lt": "Programa", "ru": "Программа", "en": "Programme"},
    fund={"lt": "Fondas", "ru": "Фонд", "en": "Fund"},
    emblem="eu-emblem.svg",
    statements={"co-funded": {"lt": "Bendrai finansuoja ES", "ru": "Софинансирует ЕС", "en": "Co-funded by the EU"}},
    official_statement=("lt", "en"),
    disclosure={"lt": [], "ru": [], "en": []},
    show_fund=False,
    emblem_on_landing=False,
)


def project(**facts) -> Project:
    return Project(code="01-001-P-0001", path="p.yaml", programme=PROGRAMME, facts={"statement": "co-funded", **facts})


@pytest.mark.parametrize(
    ("facts", "day", "status"),
    [
        ({"start": "2023-01-01", "end": "2026-12-31"}, "2022-12-31", "planned"),
        ({"start": "2023-01-01", "end": "2026-12-31"}, "2023-01-01", "ongoing"),
        ({"start": "2023-01-01", "end": "2026-12-31"}, "2026-12-31", "ongoing"),  # its last day still runs
        ({"start": "2023-01-01", "end": "2026-12-31"}, "2027-01-01", "finished"),
        ({"status": "finished"}, "2020-01-01", "finished"),  # no dates: the status says
        ({}, "2030-01-01", "ongoing"),
    ],
)
def test_the_dates_decide_the_status_on_the_build_date(facts, day, status):
    dates = {key: datetime.date.fromisoformat(value) if key != "status" else value for key, value in facts.items()}
    today = datetime.date.fromisoformat(day)
    assert project(**dates).status(today) == status
    assert project(**dates).is_ongoing(today) == (status != "finished")


def test_a_language_without_official_wording_shows_the_official_one_beside():
    assert project().statement("en").official == ""
    russian = project().statement("ru")
    assert (russian.text, russian.official, russian.official_lang) == (
        "Софинансирует ЕС",
        "Bendrai finansuoja ES",
        "lt",
    )


def test_unknown_code_lists_the_known_ones():
    registry = Registry({"01-001-P-0001": project()}, {"prog": PROGRAMME})
    with pytest.raises(ContentError) as failure:
        registry.require("99-999-P-9999", "news.md", 4)
    assert str(failure.value) == "news.md:4: unknown project '99-999-P-9999'; known: 01-001-P-0001"
    assert registry.require("01-001-P-0001", "news.md", 4) is registry.get("01-001-P-0001")


def test_codes_in_a_header_in_order_without_repeats():
    assert parse_codes(" 07-003-P-0001, 07-018-P-0001 ,07-003-P-0001,") == ["07-003-P-0001", "07-018-P-0001"]
    assert parse_codes("") == []
