"""content/public-body/salaries.yaml: average pay by position for „Darbo užmokestis“.

A position held by one person shows its figures only where ``consent: true`` records that the
person agreed; otherwise the row says they are not published. ``stale_quarter`` is the warning of
`make check`: the last finished quarter has no figures more than N working days into the next.
"""

from __future__ import annotations

import datetime
import numbers

from socialsite.errors import ContentError
from socialsite.languages import codes
from socialsite.public_body.facts import is_unknown
from socialsite.public_body.organisation import texts
from socialsite.public_body.settings import data_path, get_settings
from socialsite.registry import yamlfile

QUARTERS = ("Q1", "Q2", "Q3", "Q4")


def load(settings, _):
    """``(table, doc, errors)``; table is None when there is no file."""
    path = data_path(settings, "PUBLIC_BODY_SALARIES")
    try:
        doc = yamlfile.load(path)
    except FileNotFoundError:
        return None, None, []
    except ContentError as error:
        return None, None, [error]
    errors: list[ContentError] = []
    data = doc.data if isinstance(doc.data, dict) else {}
    year = data.get("year")
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        errors.append(doc.error(_("'{field}' must be a year, e.g. 2026", field="year"), "year"))
        year = None
    rows = []
    for index, item in enumerate(data.get("positions") or []):
        keys = ("positions", index)
        if not isinstance(item, dict):
            errors.append(doc.error(_("'{field}' must be a list", field="positions"), *keys))
            continue
        staff = _number(doc, item.get("staff"), (*keys, "staff"), _, errors, whole=True)
        quarters = item.get("quarters") or {}
        if not isinstance(quarters, dict) or set(quarters) - set(QUARTERS):
            errors.append(doc.error(_("'quarters' takes Q1, Q2, Q3 and Q4"), *keys, "quarters"))
            quarters = {}
        consent = item.get("consent") is True
        row = {
            "position": texts(doc, item.get("position"), (*keys, "position"), codes(settings), _, errors),
            "staff": staff,
            "last_year": _number(doc, item.get("average_last_year"), (*keys, "average_last_year"), _, errors),
            "quarters": {q: _number(doc, quarters.get(q), (*keys, "quarters", q), _, errors) for q in QUARTERS},
            # One person's pay is personal data: shown only with their recorded consent.
            "hidden": staff == 1 and not consent,
        }
        rows.append(row)
    return {"year": year, "rows": rows}, doc, errors


def _number(doc, value, keys, _, errors, whole=False):
    if is_unknown(value):
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or value < 0 or (whole and value != int(value)):
        errors.append(
            doc.error(_("'{value}' is no figure; write a number, or TODO while it is unknown", value=value), *keys)
        )
        return None
    return value


def last_finished_quarter(today: datetime.date) -> tuple[int, int, datetime.date]:
    """(year, quarter, first day of the quarter after it) for ``today``."""
    current = (today.month - 1) // 3 + 1
    start = datetime.date(today.year, 3 * current - 2, 1)
    if current == 1:
        return today.year - 1, 4, start
    return today.year, current - 1, start


def working_day(start: datetime.date, count: int) -> datetime.date:
    """The ``count``-th working day from ``start`` (Monday to Friday; public holidays are not
    known here, so the deadline may come a day or two early: a warning, never an error)."""
    day, seen = start, 0
    while True:
        if day.weekday() < 5:
            seen += 1
            if seen == count:
                return day
        day += datetime.timedelta(days=1)


def stale_quarter(table, doc, settings, today: datetime.date, _) -> list[ContentError]:
    """The warning when the last finished quarter's figures are missing past the deadline."""
    if not table or not table["rows"] or table["year"] is None:
        return []
    year, quarter, next_start = last_finished_quarter(today)
    days = get_settings(settings)["PUBLIC_BODY_STALE_WORKING_DAYS"]
    if today <= working_day(next_start, days):
        return []
    name = QUARTERS[quarter - 1]
    if table["year"] < year:
        line = doc.line("year")
    else:
        missing = [i for i, row in enumerate(table["rows"]) if row["quarters"][name] is None]
        if table["year"] > year or not missing:
            return []
        line = doc.line("positions", missing[0], "quarters", name)
    return [
        ContentError(
            doc.path,
            line,
            _(
                "warning: the pay figures of {year} {quarter} are missing; they were due {days} working days into the next quarter",
                year=year,
                quarter=name,
                days=days,
            ),
        )
    ]
