"""Issue 18: what the build changes in Pelican (socialsite.build.pelican_patches) changes no result.

Pelican's ``process_translations`` searched a list once per article (quadratic); the build calls
it once per translation group instead. The same articles, in the same order, must come out as
originals and as translations, with the same ``translations`` on each, as from Pelican's own.
"""

from __future__ import annotations

import random
from types import SimpleNamespace

import pelican.generators
import pytest
from pelican.log import LimitFilter
from pelican.utils import process_translations as pelicans

from socialsite.build.pelican_patches import translations_in_linear_time


def _articles(seed: int) -> list[SimpleNamespace]:
    """Groups of one to four versions, some with no version in the default language, some
    marked ``translation``, some with two originals (Pelican warns about those)."""
    rng = random.Random(seed)
    items = []
    for group in range(200):
        for lang in rng.sample(["lt", "ru", "en", "lt"], rng.randint(1, 4)):
            items.append(
                SimpleNamespace(
                    translation_key=f"k{group:03d}",
                    lang=lang,
                    in_default_lang=lang == "lt",
                    metadata={"translation": "true"} if rng.random() < 0.2 else {},
                    source_path=f"content/news/{lang}/{group}-{len(items)}.md",
                )
            )
    rng.shuffle(items)
    return items


def _result(function, items):
    index, translations = function(items, "translation_key")
    return (
        [id(x) for x in index],
        [id(x) for x in translations],
        {id(x): [id(t) for t in x.translations] for x in items},
    )


def _forget_logged() -> None:
    """Pelican logs a message once per process (its LimitFilter): each run here starts afresh."""
    LimitFilter._raised_messages.clear()
    LimitFilter._group_count.clear()


@pytest.fixture
def linear(monkeypatch):
    monkeypatch.setattr(pelican.generators, "process_translations", pelicans)
    translations_in_linear_time()
    return pelican.generators.process_translations


@pytest.mark.parametrize("seed", range(5))
def test_the_linear_grouping_gives_pelicans_result(linear, seed, caplog):
    assert linear is not pelicans
    items = _articles(seed)
    _forget_logged()
    theirs = _result(pelicans, list(items))
    their_warnings = sorted(record.getMessage() for record in caplog.records)
    caplog.clear()
    _forget_logged()
    assert _result(linear, list(items)) == theirs
    assert their_warnings and sorted(record.getMessage() for record in caplog.records) == their_warnings


def test_no_translation_id_and_a_bad_one_behave_as_in_pelican(linear):
    items = _articles(0)
    assert linear(items, None) == (items, [])
    with pytest.raises(AttributeError, match="Cannot use"):
        linear(items, "no_such_attribute")
