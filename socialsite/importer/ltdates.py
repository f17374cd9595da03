"""Dates as Lithuanian texts write them: „2023 m. spalio 13 d.“, „2017 m. rugsėjo mėn. 21 d.“.

Months are in the genitive, as in a date; the same names without diacritics are accepted
(„spalio“, „rugsejo“), so are no-break spaces and a missing space after „m.“.
"""

from __future__ import annotations

import datetime
import re

from babel.dates import get_month_names

# Babel's Lithuanian month names in the form a date uses (the genitive): sausio … gruodžio.
MONTHS = {name: number for number, name in get_month_names("wide", "format", locale="lt").items()}
_PLAIN = str.maketrans("ąčęėįšųūž", "aceeisuuz")
_MONTH_NAMES = {**MONTHS, **{name.translate(_PLAIN): number for name, number in MONTHS.items()}}
_MONTH = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
LT_DATE = re.compile(
    rf"(?<!\d)(?P<year>\d{{4}})\s*m\.?\s*(?P<month>{_MONTH})(?:\s*m[ėe]n\.?)?\s*(?P<day>\d{{1,2}})\s*d\.?",
    re.IGNORECASE,
)
ISO_DATE = re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])")


def find_dates(text: str):
    """(date, the words that said it) for every real date in ``text``, in the order written."""
    found = []
    for pattern in (LT_DATE, ISO_DATE):
        for match in pattern.finditer(text):
            month = match["month"]
            number = int(month) if month.isdigit() else _MONTH_NAMES[month.lower()]
            try:
                day = datetime.date(int(match["year"]), number, int(match["day"]))
            except ValueError:
                continue  # „2023 m. vasario 30 d.“ is no date
            found.append((match.start(), day, match.group(0)))
    return [(day, words) for _start, day, words in sorted(found, key=lambda f: f[0])]


def first_date(text: str) -> tuple[datetime.date, str] | None:
    dates = find_dates(text)
    return dates[0] if dates else None


def is_date_only(line: str) -> bool:
    """True for a line that says nothing but a date (the publication line of an old page)."""
    match = LT_DATE.fullmatch(line.strip()) or ISO_DATE.fullmatch(line.strip())
    return bool(match) and bool(find_dates(line))
