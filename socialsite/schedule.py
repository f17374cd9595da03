"""Scheduled publishing: an article dated after the build's date waits for its day.

The one rule, used by the build (plugins/scheduled holds such articles back from every list,
feed, page and switcher), by ``make check`` (a notice line instead of an error), by the publish
checks (no page is expected for it) and by the preview (shows it with a „Suplanuota“ banner).
Compared by day in ``TIMEZONE``: an article dated 2027-03-15 09:00 appears with the first build
of 15 March, the one CI runs just after midnight.
"""

from __future__ import annotations

import datetime

from socialsite.sourcedate import build_date


def publication_day(article) -> datetime.date | None:
    """The day an article (anything with a ``date``), a datetime or a date stands for."""
    value = article if isinstance(article, datetime.date) else getattr(article, "date", None)
    if isinstance(value, datetime.datetime):
        return value.date()  # Pelican's dates are already in TIMEZONE: the day as written
    if isinstance(value, datetime.date):
        return value
    return None


def is_scheduled(article, settings, today: datetime.date | None = None) -> bool:
    """True while ``article``'s Date is after the build's date (``today`` overrides that date).

    ``article`` is a Pelican article or page, or its date; one without a date is never scheduled.
    """
    day = publication_day(article)
    return day is not None and day > (today or build_date(settings))
