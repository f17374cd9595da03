"""Rules on one file's header: title, date, category, language and slug."""

from __future__ import annotations

import datetime
import re

from socialsite.errors import ContentError, display_path
from socialsite.frontmatter import SLUG
from socialsite.rules.messages import Messages
from socialsite.rules.sources import Source, title_slug
from socialsite.schedule import is_scheduled
from socialsite.sourcedate import build_date

DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$")
MAX_SLUG = 200  # characters: <date>-<slug>.md and <slug>.html stay far below 255 bytes, every file system's limit


def today_in(settings) -> datetime.date:
    """The build's date (socialsite.sourcedate): SOURCE_DATE_EPOCH, else today in Europe/Vilnius."""
    return build_date(settings)


def parse_date(value: str) -> datetime.datetime | None:
    """``2023-10-13`` or ``2023-10-13 09:30``, as Pelican reads it; None when it is no real date."""
    match = DATE.match(value.strip())
    if not match:
        return None
    parts = [int(p) if p else 0 for p in match.groups()]
    try:
        return datetime.datetime(*parts)
    except ValueError:
        return None


def check_header(source: Source, settings, today: datetime.date, _: Messages) -> list[ContentError]:
    doc, errors = source.doc, []

    def add(line: int, message: str) -> None:
        errors.append(ContentError(doc.path, line, message))

    for key, value in doc.meta.items():
        if not value.strip() and key in doc.lines:  # `Project:` left empty would drop the EU disclosure
            add(
                doc.lines[key],
                _(
                    "the field '{key}' is empty; write its value after the colon or delete the line",
                    key=key.capitalize(),
                ),
            )
    if "title" not in doc.meta:  # present but empty: reported above
        add(doc.line_of("title"), _("the file has no title; add the line 'Title: …' at the top"))
    value = doc.meta.get("date")
    if source.kind == "article" and "date" not in doc.meta:
        add(
            1,
            _(
                "the article has no date; add the line 'Date: {today}' (the day it is published) at the top",
                today=today.isoformat(),
            ),
        )
    elif value:
        parsed = parse_date(value)
        if parsed is None:
            add(
                doc.line_of("date"),
                _(
                    "the date '{value}' is not a real date written as YYYY-MM-DD, e.g. {today}",
                    value=value,
                    today=today.isoformat(),
                ),
            )
        # A date after today is no mistake: the article is scheduled (scheduled_notices).
    if source.kind == "article":
        category = doc.meta.get("category")
        names = settings.get("CATEGORY_NAMES", {})
        if "category" not in doc.meta:
            add(
                1,
                _(
                    "the article has no category; add the line 'Category: …' with one of: {known}",
                    known=", ".join(names),
                ),
            )
        elif category and category not in names:
            add(
                doc.line_of("category"),
                _("unknown category '{category}'; use one of: {known}", category=category, known=", ".join(names)),
            )
    lang = doc.meta.get("lang")
    if lang and lang != source.lang:
        add(
            doc.line_of("lang"),
            _(
                "'Lang: {value}' differs from the folder '{folder}' the file is in; "
                "delete the Lang line or move the file",
                value=lang,
                folder=source.lang,
            ),
        )
    if len(source.slug) > MAX_SLUG:  # the file name (date-slug.md) and the page's file name must fit
        add(
            doc.line_of("slug" if doc.meta.get("slug") else "title"),
            _(
                "the web address made of this is {length} characters long, more than {limit}; write a shorter "
                "'Slug: …' (or title)",
                length=len(source.slug),
                limit=MAX_SLUG,
            ),
        )
    elif doc.meta.get("slug") and not SLUG.match(doc.meta["slug"]):
        example = title_slug(doc.meta.get("title", ""), settings) or "senjoru-bendradarbiavimas"
        add(
            doc.line_of("slug"),
            _(
                "the slug '{slug}' may hold only small Latin letters, digits and hyphens, e.g. {example}",
                slug=doc.meta["slug"],
                example=example,
            ),
        )
    elif doc.meta.get("title") and not source.slug:
        add(
            doc.line_of("title"),
            _("the title gives no web address; add the line 'Slug: …' with small Latin letters, digits and hyphens"),
        )
    return errors


def scheduled_notices(sources: list[Source], settings, today: datetime.date, _: Messages) -> list[str]:
    """„suplanuota 2027-03-15: content/news/lt/….md“ for every article still waiting for its day.

    Not a problem, so not a ContentError: the build leaves these out until that day
    (plugins/scheduled), and staff see here what is queued.
    """
    found = []
    for source in sources:
        parsed = parse_date(source.doc.meta.get("date") or "")
        if source.kind == "article" and parsed is not None and is_scheduled(parsed, settings, today):
            found.append((parsed.date(), display_path(source.path)))
    return [_("scheduled {date}: {path}", date=day.isoformat(), path=path) for day, path in sorted(found)]
