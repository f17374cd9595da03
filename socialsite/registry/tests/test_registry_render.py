"""The disclosure text: the programme's templates filled with a project's facts, in memory."""

from __future__ import annotations

import dataclasses
import datetime
from decimal import Decimal

import pytest
from markupsafe import Markup
from test_registry_model import PROGRAMME

from socialsite.registry import Project
from socialsite.registry.render import disclosure

SETTINGS = {
    "DEFAULT_LANG": "lt",
    "LANGUAGES": {
        "lt": {"name": "Lietuvių", "babel": "lt", "prefix": ""},
        "ru": {"name": "Русский", "babel": "ru", "prefix": "ru/"},
        "en": {"name": "English", "babel": "en_GB", "prefix": "en/"},
    },
}  # as socialsite.languages.read wants them
TEMPLATES = {
    "lt": ["{organisation} nuo {since} – {title} ({fund}), {budget}.", "{more_activities}"],
    "ru": ["{organisation} с {since} – {title} ({fund}), {budget}.", "{more_activities}"],
    "en": ["{organisation} since {since}: {title} ({fund}), {budget}.", "{more_activities}"],
}


def project(**facts) -> Project:
    programme = dataclasses.replace(PROGRAMME, disclosure=TEMPLATES)
    base = {
        "statement": "co-funded",
        "organisation": {"lt": "Centras", "ru": "Центр", "en": "Centre"},
        "title": {"lt": "Tėvai & vaikai", "ru": "Родители", "en": "Parents"},
        "since": datetime.date(2024, 3, 1),
        "budget": Decimal("120000.50"),
    }
    return Project(code="01-001-P-0001", path="p.yaml", programme=programme, facts={**base, **facts})


@pytest.mark.parametrize(
    ("lang", "paragraph"),
    [
        ("lt", "Centras nuo 2024 m. kovo 1 d. – Tėvai & vaikai (Fondas), 120\u00a0000,50 Eur."),
        ("ru", "Центр с 1 марта 2024\u202fг. – Родители (Фонд), 120\u00a0000,50 евро."),
        ("en", "Centre since 1 March 2024: Parents (Fund), EUR\u00a0120,000.50."),
    ],
)
def test_dates_and_money_are_written_in_the_language_and_an_absent_optional_paragraph_is_left_out(lang, paragraph):
    assert disclosure(project(), SETTINGS, lang) == [paragraph]


def test_an_optional_fact_given_is_its_own_paragraph():
    more = {"lt": "Daugiau.", "ru": "Ещё.", "en": "More."}
    assert disclosure(project(more_activities=more), SETTINGS, "en")[1] == "More."


def test_a_missing_required_fact_is_named():
    facts = project().facts
    del facts["since"]
    with pytest.raises(KeyError, match="since"):
        disclosure(dataclasses.replace(project(), facts=facts), SETTINGS, "lt")


def test_with_a_mark_the_facts_are_escaped_and_marked_ones_kept():
    untranslated = frozenset({("title", None, "en")})
    marked = dataclasses.replace(project(), untranslated_texts=untranslated)
    (paragraph,) = disclosure(marked, SETTINGS, "en", mark=lambda text: Markup("<span lang=lt>%s</span>") % text)
    assert isinstance(paragraph, Markup)
    assert "<span lang=lt>Parents</span>" in paragraph
    (lt,) = disclosure(marked, SETTINGS, "lt", mark=lambda text: Markup("<i>%s</i>") % text)
    assert "Tėvai &amp; vaikai" in lt and "<i>" not in lt
