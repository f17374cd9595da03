"""What `make check` and `make publish` ask of the public body's data and section pages.

- ``check(settings, sources, _)``: errors (`make check`, `make html`): a wrong fact in the data
  files, a section of the tree with no page, a page whose title is not the law's name, a section
  page with neither text nor a ``Not_applicable`` reason.
- ``warnings(settings, today, _)``: non-fatal lines (the pay figures of the last quarter are late).
- ``placeholders(settings, _)``: one line per fact or text still to give (``TODO``, ``confirm``,
  ``.example``): `make publish` refuses them, `make html` builds with them.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from socialsite.errors import ContentError
from socialsite.languages import default_lang
from socialsite.public_body import organisation, salaries, sections, services
from socialsite.public_body.facts import TODO, find_placeholders
from socialsite.public_body.settings import data_path
from socialsite.registry import yamlfile


@dataclass
class PublicBody:
    """Everything the plugin reads, loaded once per build."""

    organisation: dict
    sections: list
    services: list
    salaries: dict | None


def load(settings, _) -> tuple[PublicBody, list[ContentError]]:
    org, errors = organisation.load(settings, _)
    tree, more = sections.load(settings, _)
    errors += more
    offered, more = services.load(settings, org.get("departments", []), _)
    errors += more
    table, _doc, more = salaries.load(settings, _)
    errors += more
    return PublicBody(org, tree, offered, table), errors


def check(settings, sources, _, content_dir=None) -> list[ContentError]:
    if content_dir is not None:
        settings = {**settings, "PATH": str(content_dir)}
    if not data_path(settings, "PUBLIC_BODY_ORGANISATION").is_file():
        return []  # a content folder without the public body's data (the build says what is missing)
    body, errors = load(settings, _)
    default = default_lang(settings)
    pages = {s.slug: s for s in sources if s.kind == "page" and s.lang == default}
    for section in body.sections:
        source = pages.get(section.slug)
        if source is None:
            errors.append(
                ContentError(
                    section.path,
                    section.line,
                    _(
                        "the section „{title}“ has no page: write content/pages/{lang}/{slug}.md starting 'Title: {title}'",
                        title=section.title,
                        lang=default,
                        slug=section.slug,
                    ),
                )
            )
            continue
        doc = source.doc
        if doc.meta.get("title", "").strip() != section.title:
            errors.append(
                ContentError(
                    doc.path,
                    doc.line_of("title"),
                    _(
                        "the title of this section must be „{title}“, word for word as the law names it ({tree}:{line})",
                        title=section.title,
                        tree=section.path,
                        line=section.line,
                    ),
                )
            )
        reason = doc.meta.get("not_applicable")
        if reason is not None and not reason.strip():
            errors.append(
                ContentError(
                    doc.path,
                    doc.line_of("not_applicable"),
                    _("'Not_applicable' needs the reason, e.g. 'Not_applicable: centras viešųjų pirkimų neatlieka.'"),
                )
            )
        elif reason is None and not doc.body.strip() and not section.children:
            errors.append(
                ContentError(
                    doc.path,
                    max(doc.lines.values(), default=0) + 1,
                    _(
                        "the page of the section „{title}“ is empty: write its information, or say why it does not "
                        "apply with 'Not_applicable: <reason>' in the header",
                        title=section.title,
                    ),
                )
            )
    return errors


def warnings(settings, today: datetime.date, _, content_dir=None) -> list[ContentError]:
    if content_dir is not None:
        settings = {**settings, "PATH": str(content_dir)}
    table, doc, errors = salaries.load(settings, _)
    return [] if errors else salaries.stale_quarter(table, doc, settings, today, _)


def placeholders(settings, _, sources=None) -> list[ContentError]:
    """One line per placeholder fact of the data files and per ``TODO:`` paragraph of a page."""
    found = []
    for name in ("PUBLIC_BODY_ORGANISATION", "PUBLIC_BODY_SERVICES", "PUBLIC_BODY_SALARIES"):
        path = data_path(settings, name)
        if not path.is_file():
            continue
        try:
            doc = yamlfile.load(path)
        except ContentError as error:
            found.append(error)
            continue
        for item in find_placeholders(doc):
            found.append(
                ContentError(
                    item.path,
                    item.line,
                    _(
                        "'{field}' is not given or not confirmed yet ({note}); write the real value before publishing",
                        field=item.field,
                        note=item.note or _("empty"),
                    ),
                )
            )
    if sources is None:
        from socialsite.rules.sources import read_sources  # the checker's reader; imported late: it imports us

        sources, _unreadable = read_sources(settings, Path(settings["PATH"]), _)
    for source in sources:
        if source.kind != "page":
            continue
        for number, line in enumerate(source.doc.body.split("\n"), start=source.doc.body_line):
            if line.lstrip().upper().startswith(TODO + ":"):
                found.append(
                    ContentError(
                        source.path,
                        number,
                        _(
                            "text for staff to write is still here ('{start}…'); write it before publishing",
                            start=line.strip()[:40],
                        ),
                    )
                )
    return sorted(found, key=lambda e: (e.path, e.line))
