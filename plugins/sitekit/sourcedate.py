"""The moment a build speaks for: the last commit, not the clock, so two builds of one commit agree.

pelicanconf.py sets ``SOURCE_DATE_EPOCH`` (the reproducible-builds convention: the environment
variable, else the last commit's time). Used wherever a page would otherwise show the build's
own time: which projects are still ongoing, the ``<updated>`` of a feed with no entries.
"""

from __future__ import annotations

import datetime


def source_datetime(settings) -> datetime.datetime:
    """SOURCE_DATE_EPOCH as a UTC datetime; now, where there is none (a copy without git)."""
    epoch = settings.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc)
    return datetime.datetime.now(datetime.timezone.utc)
