"""Recognise a disclosure block that someone pasted into an article by hand.

Used by the content checker (a pasted block fails the build: the registry appends the real one)
and by the importer (old news carry such blocks; it removes them and sets ``Project:``). Real
copies vary: hyphens for dashes, missing or plain spaces for no-break ones, "projektoNr.",
"ESF" for "ESF+", other municipalities, dates, figures and codes. So a paragraph counts as a
block by its signals, not by exact text: a project code next to the word "projekt", several of
the fixed phrases, or close similarity to a block the registry would produce.
"""

from __future__ import annotations

import re

# Codes of 2021–2027 projects: 07-003-P-0001 (programme-measure-type-number).
PROJECT_CODE = re.compile(r"\b(\d{2}\s*-\s*\d{3}\s*-\s*[A-Z]\s*-\s*\d{4})\b")
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


def normalise(text: str) -> str:
    """Lower case, one kind of dash, one kind of space: what variants of a block share."""
    text = text.lower().replace("\u00a0", " ").replace("\u202f", " ")
    text = re.sub(r"[\u2010-\u2015\u2212-]", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def find_code(text: str) -> str | None:
    match = PROJECT_CODE.search(text)
    return re.sub(r"\s+", "", match.group(1)) if match else None


def looks_like_disclosure(paragraph: str, known_blocks: list[str] = ()) -> bool:
    """True when ``paragraph`` reads like part of an EU disclosure block."""
    text = normalise(paragraph)
    if not text:
        return False
    phrases = len(set(_PHRASE.findall(text)))
    if find_code(paragraph) and "projekt" in text and phrases >= 1:
        return True
    if phrases >= 2:
        return True
    words = _words(text)
    return len(words) >= 6 and any(_overlap(words, _words(normalise(block))) >= 0.6 for block in known_blocks)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


def _overlap(a: set[str], b: set[str]) -> float:
    """Shared words over all words (Jaccard): robust to changed figures, cheap on long texts."""
    return len(a & b) / len(a | b) if a and b else 0.0


def known_blocks(registry, settings) -> list[str]:
    """Every paragraph the registry would append, in every language, to compare against."""
    return [
        paragraph
        for project in registry
        for lang in settings["LANGUAGES"]
        for paragraph in project.disclosure(settings, lang)
    ]
