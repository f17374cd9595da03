"""Recognise a disclosure block that someone pasted into an article by hand.

Used by the content checker (a pasted block fails the build: the registry appends the real one)
and by the importer (old news carry such blocks; it removes them and sets ``Project:``). Real
copies vary: hyphens for dashes, missing or plain spaces for no-break ones, "projektoNr.",
"ESF" for "ESF+", other municipalities, dates, figures and codes. So a paragraph counts as a
block by its signals, not by exact text: a project code next to the word "projekt", several of
the fixed phrases, or close similarity to a block the registry would produce. ``find_block``
gives the whole block among a text's paragraphs (the importer removes it), ``find_code`` its code
in the registry's spelling.
"""

from __future__ import annotations

import functools
import re

from socialsite.languages import codes

# Codes of 2021–2027 projects: 07-003-P-0001 (programme-measure-type-number). Copies write them
# with en dashes, spaces or a small letter too; ``find_code`` gives the one official spelling.
_DASH = r"[-\u2010-\u2015\u2212]"
PROJECT_CODE = re.compile(
    rf"(?<![\w-])(\d{{2}})\s*{_DASH}\s*(\d{{3}})\s*{_DASH}\s*([A-Za-z])\s*{_DASH}\s*(\d{{4}})(?!\d)"
)
MAX_GAP = 2  # paragraphs of a block's own wording (activities, results) between recognised ones
_PHRASES = [
    r"projekto\s*nr",
    r"projekto\s+vykdytojas",
    r"projekto\s+trukm",
    r"projekto\s+finansavimo\s+suma",
    r"projektas\s+finansuojamas",
    r"bendrai\s+finansuoja\s+europos\s+s",
    r"europos\s+socialinio\s+fondo",
    r"strukt[uū]rin[eė]s\s+paramos",
    r"projekto\s+partneris",
    r"projekto\s+tikslas",
    r"europos\s+regionin[eė]s\s+pl[eė]tros\s+fond",
]
_PHRASE = re.compile("|".join(f"(?:{p})" for p in _PHRASES))


_ONE_DASH = str.maketrans({**{chr(c): "-" for c in range(0x2010, 0x2016)}, "\u2212": "-"})


def normalise(text: str) -> str:
    """Lower case, one kind of dash, one kind of space: what variants of a block share."""
    return " ".join(text.lower().translate(_ONE_DASH).split())


def find_code(text: str) -> str | None:
    """The first project code in ``text``, spelt as the registry spells it (07-003-P-0001)."""
    match = PROJECT_CODE.search(text)
    if not match:
        return None
    programme, measure, kind, number = match.groups()
    return f"{programme}-{measure}-{kind.upper()}-{number}"


def looks_like_disclosure(paragraph: str, known_blocks: tuple[frozenset[str], ...] = ()) -> bool:
    """True when ``paragraph`` reads like part of an EU disclosure block.

    ``known_blocks`` are the word sets of the registry's paragraphs (``known_blocks()``), worked
    out once: comparing every paragraph of thousands of articles with them must stay cheap.
    """
    text = normalise(paragraph)
    if not text:
        return False
    phrases = len(set(_PHRASE.findall(text)))
    if find_code(paragraph) and "projekt" in text and phrases >= 1:
        return True
    if phrases >= 2:
        return True
    words = _words(text)
    if len(words) < 6 or not known_blocks:
        return False
    known_blocks = tuple(known_blocks)
    # No block can share 60 % of the words when all blocks together do not: one set operation
    # settles most paragraphs of ordinary news.
    if len(words & _vocabulary(known_blocks)) < 0.6 * len(words):
        return False
    return any(_overlap(words, block) >= 0.6 for block in known_blocks)


@functools.lru_cache(maxsize=8)
def _vocabulary(known_blocks: tuple[frozenset[str], ...]) -> frozenset[str]:
    return frozenset().union(*known_blocks)


def find_block(paragraphs: list[str], known_blocks: tuple[frozenset[str], ...] = ()) -> tuple[int, int] | None:
    """``(start, end)`` of the disclosure block among ``paragraphs`` (end exclusive), or None.

    Recognised paragraphs less than ``MAX_GAP + 1`` apart form one block, with the paragraphs
    between them (a block's own texts about activities and results carry no fixed phrase). Of
    several such runs, the last one naming a project code wins: the block is appended at the end.
    """
    hits = [i for i, paragraph in enumerate(paragraphs) if looks_like_disclosure(paragraph, known_blocks)]
    if not hits:
        return None
    runs = [[hits[0]]]
    for index in hits[1:]:
        if index - runs[-1][-1] <= MAX_GAP + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    with_code = [run for run in runs if any(find_code(paragraphs[i]) for i in run)]
    run = (with_code or runs)[-1]
    return run[0], run[-1] + 1


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


def _overlap(a: set[str], b: set[str]) -> float:
    """Shared words over all words (Jaccard): robust to changed figures, cheap on long texts."""
    return len(a & b) / len(a | b) if a and b else 0.0


def known_blocks(registry, settings) -> tuple[frozenset[str], ...]:
    """The words of every paragraph the registry would append, in every language, to compare against."""
    return tuple(
        frozenset(_words(normalise(paragraph)))
        for project in registry
        for lang in codes(settings)
        for paragraph in project.disclosure(settings, lang)
    )
