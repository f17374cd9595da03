"""Links to scheduled news: a page that is out must not link to one that is not out yet.

Pelican resolves ``{filename}`` to the scheduled article's address, but that page is written
only from its day on (plugins/scheduled): until then the link is broken, and the publish checks
would stop every nightly publication at it. Told here, at the link's line, when it is written.
"""

from __future__ import annotations

import datetime
import os
import re
from pathlib import Path

from socialsite.errors import ContentError
from socialsite.links import linked_file
from socialsite.rules.header import parse_date
from socialsite.rules.messages import Messages
from socialsite.rules.sources import Source, line_at, prose
from socialsite.schedule import is_scheduled

# A ``{filename}`` link as socialsite.rules.media reads it.
_FILENAME_LINK = re.compile(r"[{|]filename[|}](?P<value>[^\s)\"'>\]]*)")


def publication_day(source: Source, settings, today: datetime.date) -> datetime.date | None:
    """The day ``source`` appears: its Date when scheduled, else None (it is out already)."""
    parsed = parse_date(source.doc.meta.get("date") or "")
    if source.kind == "article" and parsed is not None and is_scheduled(parsed, settings, today):
        return parsed.date()
    return None


def check_links_to_scheduled(
    sources: list[Source], settings, content_dir: Path, today: datetime.date, _: Messages
) -> list[ContentError]:
    waiting = {}
    for source in sources:
        day = publication_day(source, settings, today)
        if day is not None:
            waiting[Path(os.path.normpath(source.path))] = day
    if not waiting:
        return []
    errors = []
    for source in sources:
        out_on = publication_day(source, settings, today) or today
        text = prose(source.doc)
        for match in _FILENAME_LINK.finditer(text):
            target = linked_file(match.group(0), source.path, content_dir)
            day = waiting.get(target) if target is not None else None
            if day is not None and day > out_on:
                errors.append(
                    ContentError(
                        source.path,
                        line_at(source.doc, text, match.start()),
                        _(
                            "the link '{target}' leads to news scheduled for {date}, which has no page before "
                            "then; link to it from that day on, or date this file {date} or later",
                            target=match.group(0),
                            date=day.isoformat(),
                        ),
                    )
                )
    return errors
