"""Every article whose Markdown names ``Project:`` shows a ``data-project-disclosure`` block for
each of its codes: the EU disclosure the funding rules require (plugins/eu_disclosure writes it).

The sources are read as the content checker reads them; their pages are found where Pelican
writes them. Needs no SITEURL: run by every build whose PLUGINS has eu_disclosure. A build
without it (the benchmark's "no disclosure" run) writes no block to look for, so there the check
waits for `make publish`, which runs it whatever the plugins: no article leaves without its block.
"""

from __future__ import annotations

from socialsite.errors import ContentError
from socialsite.messages import _
from socialsite.registry import parse_codes
from socialsite.rules.header import parse_date
from socialsite.schedule import is_scheduled
from socialsite.sitechecks.made_from import Sources, article_page
from socialsite.sitechecks.site import Site

PLUGIN = "eu_disclosure"


def plugin_enabled(settings) -> bool:
    """eu_disclosure is in PLUGINS (by its short name or as pelican.plugins.eu_disclosure)."""
    return any(str(name).rsplit(".", 1)[-1] == PLUGIN for name in settings.get("PLUGINS") or ())


def check(site: Site, sources: Sources) -> list[ContentError]:
    settings = site.settings
    errors = []
    for source in sources.all:
        codes = parse_codes(source.doc.meta.get("project", ""))
        if source.kind != "article" or not codes or source.doc.meta.get("status", "").lower() == "draft":
            continue  # drafts are not published (DRAFT_SAVE_AS is empty)
        date = parse_date(source.doc.meta.get("date") or "")
        if date is not None and is_scheduled(date, settings):
            continue  # waits for its day (plugins/scheduled): no page yet
        relative = article_page(source, settings)
        line = source.doc.line_of("project")
        if relative not in site.pages:
            errors.append(
                ContentError(source.path, line, _("names a project but its page {page} was not built", page=relative))
            )
            continue
        shown = site.page(relative).disclosures
        errors.extend(
            ContentError(
                source.path,
                line,
                _(
                    'names the project {code} but {page} has no data-project-disclosure="{code}" block',
                    code=code,
                    page=relative,
                ),
            )
            for code in codes
            if code not in shown
        )
    return errors
