"""A disclosure block pasted into an article is recognised, ordinary news is not."""

from __future__ import annotations

import pytest

from socialsite.registry.pasted import find_code, looks_like_disclosure


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
