"""The build's date: ``SOURCE_DATE_EPOCH`` when set, else today where the centre is.

One home for "today" in the whole build: which articles are still scheduled, which projects
are finished, the ``<updated>`` of a feed with no entries, the date ``make check`` compares with.
Never the clock's second: without ``SOURCE_DATE_EPOCH`` the build speaks for midnight of today
in ``TIMEZONE`` (Europe/Vilnius), so the same commit built on the same day gives the same bytes,
and a build on the next day may differ only where the date itself decides something.

pelicanconf.py calls ``epoch_from_environ`` once and keeps the result as the setting
``SOURCE_DATE_EPOCH`` (a string of digits); everything else reads the date through
``build_date`` or ``source_datetime`` from the settings. CI sets the variable explicitly to
midnight Vilnius of the run's day (.github/workflows/ci.yml).
"""

from __future__ import annotations

import datetime
import os
import re
from zoneinfo import ZoneInfo

_DIGITS = re.compile(r"^[0-9]{1,11}$")  # up to year 5138: anything longer is a mistake
_LAST = datetime.datetime(9999, 12, 31, tzinfo=datetime.UTC).timestamp()


class SourceDateError(ValueError):
    """SOURCE_DATE_EPOCH holds no Unix time; the message is one plain line."""


def epoch_from_environ(environ=os.environ, timezone: str = "Europe/Vilnius") -> int:
    """``SOURCE_DATE_EPOCH`` as seconds, else midnight of today in ``timezone``.

    An empty value counts as unset (a CI variable that is declared but not filled); anything
    else but plain digits is refused, as the reproducible-builds specification asks.
    """
    value = (environ.get("SOURCE_DATE_EPOCH") or "").strip()
    if not value:
        return midnight_epoch(datetime.datetime.now(ZoneInfo(timezone)).date(), timezone)
    if not _DIGITS.match(value) or int(value) > _LAST:
        raise SourceDateError(
            f"SOURCE_DATE_EPOCH={value!r} is no Unix time: give whole seconds since 1970, e.g. "
            f"SOURCE_DATE_EPOCH=$(TZ={timezone} date -d 2027-01-01 +%s), or unset it for today"
        )
    return int(value)


def midnight_epoch(day: datetime.date, timezone: str = "Europe/Vilnius") -> int:
    """The Unix time of 00:00 on ``day`` in ``timezone`` (what CI sets for its run's day)."""
    return int(datetime.datetime.combine(day, datetime.time(), ZoneInfo(timezone)).timestamp())


def _epoch(settings) -> int:
    value = settings.get("SOURCE_DATE_EPOCH")
    if value in (None, ""):  # settings made without pelicanconf.py (tests, tools): same rule
        return epoch_from_environ(os.environ, _timezone(settings))
    return int(value)


def _timezone(settings) -> str:
    return settings.get("TIMEZONE") or "Europe/Vilnius"


def source_datetime(settings) -> datetime.datetime:
    """The moment the build speaks for, in UTC."""
    return datetime.datetime.fromtimestamp(_epoch(settings), datetime.UTC)


def build_date(settings) -> datetime.date:
    """The build's day in ``TIMEZONE``: 1 January at 00:00 Vilnius is 1 January, not 31 December UTC."""
    return source_datetime(settings).astimezone(ZoneInfo(_timezone(settings))).date()
