"""A draft registry entry from a pasted disclosure block whose project the registry lacks.

Gives the facts the block states, in Lithuanian, in the layout of content/projects/<code>.yaml;
the other languages and anything the block does not say are written ``TODO`` (``make check``
lists every TODO line left once the file is in content/projects/).
"""

from __future__ import annotations

import datetime
import json
import re
from decimal import Decimal, InvalidOperation

from socialsite.importer import ltdates
from socialsite.registry.pasted import PROJECT_CODE, find_code, normalise

TODO = "TODO"
_DASH = r"[-\u2010-\u2015\u2212]"
_UPPER = "A-ZĄČĘĖĮŠŲŪŽ"
_RESULTS = re.compile(r"^(?:planuojama|tikimasi|numatoma,\s+kad|siekiama,\s+kad|rezultat)")
_TEXT_FIELDS = (
    "title",
    "implementer",
    "organisation",
    "role",
    "where",
    "aim",
    "activities",
    "more_activities",
    "expected_results",
)
# Every fact the ESF+ disclosure needs, in the order the registry's files give them.
FIELDS = (
    "code",
    "programme",
    "statement",
    "title",
    "implementer",
    "organisation",
    "role",
    "since",
    "where",
    "start",
    "end",
    "budget",
    "aim",
    "activities",
    "more_activities",
    "expected_results",
)


def block_facts(block: list[str]) -> dict:
    """What the block's paragraphs say: code, title, organisation, dates, budget, texts."""
    facts: dict = {"code": find_code(" ".join(block))}
    if not block:
        return facts
    first = block[0]
    if match := re.match(r"^(?P<organisation>.+?)\s+(?P<role>kaip\s+projekto\s+\S+)\s+nuo\b", first):
        facts["organisation"], facts["role"] = match["organisation"], match["role"]
    if (match := re.search(rf"\bnuo\s+({ltdates.LT_DATE.pattern})", first, re.IGNORECASE)) and (
        since := ltdates.first_date(match.group(1))
    ):
        facts["since"] = since[0]
    if (code := PROJECT_CODE.search(first)) and (
        match := re.match(r"\s*[„“\"”]\s*(?P<title>[^„“\"”]+?)\s*[“\"”]", first[code.end() :])
    ):
        facts["title"] = match["title"]
    if match := re.search(r"\bveiklas\s+(?P<where>[^.]+?)\.(?:\s|$)", first):
        facts["where"] = match["where"]
    if match := re.search(rf"Projekto\s+tikslas\s*{_DASH}?\s*(?P<aim>.+?)\.(?:\s+(?=[{_UPPER}])|\s*$)", first):
        facts["aim"] = match["aim"]
        if rest := first[match.end() :].strip():
            facts["activities"] = rest
    more, results = [], []
    for paragraph in block[1:]:
        text = normalise(paragraph)
        if "projekto trukm" in text or "finansavimo suma" in text:
            dates = ltdates.find_dates(paragraph)
            if "projekto trukm" in text and len(dates) >= 2:
                facts["start"], facts["end"] = dates[0][0], dates[1][0]
            if amount := _amount(paragraph):
                facts["budget"] = amount
        elif "projektas finansuojamas" in text:
            if "socialinio fondo" in text or re.search(r"\besf\b", text):
                facts["programme"] = "esf-plus-2021-2027"
            facts["statement"] = "co-funded" if "bendrojo finansavimo" in text else "funded"
        elif match := re.match(rf"^Projekto\s+vykdytojas\s*{_DASH}?\s*(?P<who>.+?)\.?$", paragraph.strip()):
            facts["implementer"] = match["who"]
        elif _RESULTS.match(text):
            results.append(paragraph)
        else:
            more.append(paragraph)
    if more and not results:  # the disclosure gives activities, then results: the last one is those
        results.append(more.pop())
    if more:
        facts["more_activities"] = " ".join(more)
    if results:
        facts["expected_results"] = " ".join(results)
    return facts


def _amount(paragraph: str) -> Decimal | None:
    match = re.search(
        rf"finansavimo\s+suma\s*{_DASH}?\s*(?P<amount>\d[\d\s.]*(?:,\d{{1,2}})?)\s*(?:eur|€)", paragraph, re.IGNORECASE
    )
    if not match:
        return None
    digits = re.sub(r"[\s.]", "", match["amount"]).replace(",", ".")
    try:
        return Decimal(digits).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None


def draft_yaml(block: list[str], source: str, languages: list[str], default_lang: str = "lt") -> str:
    """The text of content/projects/<code>.yaml for the project of ``block``."""
    facts = block_facts(block)
    lines = [
        f"# Draft written by the importer from the disclosure block in {source}.",
        "# Check every fact against the project's documents, write the texts marked TODO (the other",
        "# languages, and what the block does not say), then move this file to content/projects/.",
    ]
    for name in FIELDS:
        value = facts.get(name)
        if name in _TEXT_FIELDS:
            lines.append(f"{name}:")
            for lang in languages:
                text = _quote(value) if value and lang == default_lang else TODO
                lines.append(f"  {lang}: {text}")
        elif isinstance(value, datetime.date):
            lines.append(f"{name}: {value.isoformat()}")
        elif isinstance(value, Decimal):
            lines.append(f"{name}: {value}")
        else:
            lines.append(f"{name}: {value or TODO}")
    return "\n".join(lines) + "\n"


def _quote(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is one), typography kept as it is."""
    return json.dumps(text, ensure_ascii=False)
