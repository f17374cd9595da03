"""What the preview says on a page besides the page itself: a list of notices per page.

A notice is a problem the rules found (``path:line: message`` lines) or a fact about the page a
writer must not miss, such as „Juodraštis“ for a draft. Each kind of fact is a rule in
``PAGE_RULES`` (content object, messages) → Notice or None; a new kind (e.g. a scheduled article)
is one more function there. The server adds the notices of a page as a banner at the top of the
body when it serves it (``banner``): the rendered files stay exactly what Pelican wrote, and the
search index never sees a banner.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from socialsite.languages import route
from socialsite.rules import translator
from socialsite.rules.messages import Messages
from socialsite.schedule import is_scheduled, publication_day


def messages() -> Messages:
    """The one place the preview chooses the language it speaks (terminal and banners)."""
    return translator()


@dataclass(frozen=True)
class Notice:
    kind: str  # "error" (role="alert") or a fact such as "draft" (role="status")
    title: str
    lines: tuple[str, ...] = ()
    links: tuple[tuple[str, str], ...] = field(default=())  # (site-relative path, text)


def draft_notice(content, _: Messages) -> Notice | None:
    if getattr(content, "status", "") != "draft":
        return None
    return Notice(
        "draft",
        _("Draft"),
        (
            _(
                "Only the preview shows this text: `make html` and the published site leave it out "
                "until the line 'Status: draft' is deleted."
            ),
        ),
    )


def scheduled_notice(content, _: Messages) -> Notice | None:
    """An article dated after the build's date: the preview shows it, `make html` holds it back."""
    if getattr(content, "settings", None) is None or not is_scheduled(content, content.settings):
        return None
    return Notice(
        "scheduled",
        _("Scheduled"),
        (
            _(
                "Published on {date}: until that day only the preview shows this text.",
                date=publication_day(content).isoformat(),
            ),
        ),
    )


PAGE_RULES = [draft_notice, scheduled_notice]


def page_notices(content, _: Messages) -> list[Notice]:
    """The facts the rules in ``PAGE_RULES`` state about one article or page."""
    return [notice for rule in PAGE_RULES if (notice := rule(content, _)) is not None]


def error_notice(errors, _: Messages) -> Notice:
    return Notice(
        "error",
        _("Problems found: {count}. Fix the lines below and save again.", count=len(errors)),
        tuple(str(error) for error in errors),
    )


def notices_by_page(site) -> dict[str, list[Notice]]:
    """{page: notices} for a ``preview.site.PreviewSite``: the facts of each page, the problems of each
    file on its pages, and on every home page all problems and a list of the drafts."""
    _ = site._
    found: dict[str, list[Notice]] = {}
    drafts = []
    for obj in site.model.values():
        for notice in page_notices(obj, _):
            found.setdefault(obj.save_as, []).append(notice)
        if getattr(obj, "status", "") == "draft":
            drafts.append(obj)
    for obj in site.fresh.values():
        found[obj.save_as] = list(page_notices(obj, _))
    errors = site.checks.errors()
    for path, problems in sorted(errors.items()):
        rel = site._rel(path) if site._is_content(path) else None
        for obj in {id(o): o for o in (site.model.get(rel), site.fresh.get(rel)) if o is not None}.values():
            found.setdefault(obj.save_as, []).insert(0, error_notice(problems, _))
    home = []
    if errors:
        home.append(error_notice(site.checks.all_errors(), _))
    if drafts:
        home.append(
            Notice(
                "draft",
                _("Drafts"),
                (_("Only the preview shows them."),),
                tuple((d.save_as, d.title) for d in sorted(drafts, key=lambda d: d.save_as)),
            )
        )
    for lang in site.settings["LANGUAGES"]:
        if home:
            found[route(site.settings, "home", lang)] = home + found.get(route(site.settings, "home", lang), [])
    return found


_STYLE = {
    "error": "background:#fff0f0;color:#5c0000;border:3px solid #b00020",
    "draft": "background:#fff8e1;color:#3d2c00;border:3px solid #a86b00",
    "scheduled": "background:#fff8e1;color:#3d2c00;border:3px solid #a86b00",
}
_DEFAULT_STYLE = "background:#eef4ff;color:#0b2a5c;border:3px solid #1d4ed8"


def banner(notices: list[Notice], lang: str, depth: int) -> str:
    """The notices as HTML, in the messages' language; ``depth`` of the page makes links relative."""
    if not notices:
        return ""
    up = "../" * depth
    parts = [
        f'<div class="preview-notices" lang="{escape(lang)}" data-pagefind-ignore '
        'style="font:1rem/1.4 system-ui,sans-serif;margin:0;padding:0">'
    ]
    for number, notice in enumerate(notices):
        role = "alert" if notice.kind == "error" else "status"
        style = _STYLE.get(notice.kind, _DEFAULT_STYLE)
        heading = f"preview-notice-{number}"
        parts.append(
            f'<section role="{role}" aria-labelledby="{heading}" data-notice="{escape(notice.kind)}" '
            f'style="{style};padding:.75rem 1rem;margin:0 0 .25rem">'
        )
        parts.append(f'<h2 id="{heading}" style="font-size:1.15rem;margin:0 0 .25rem">{escape(str(notice.title))}</h2>')
        if notice.kind == "error":
            parts.append('<ul style="margin:0;padding-left:1.25rem">')
            parts += [
                f'<li><code style="white-space:pre-wrap;color:inherit">{escape(str(line))}</code></li>'
                for line in notice.lines
            ]
            parts.append("</ul>")
        else:
            parts += [f'<p style="margin:0">{escape(str(line))}</p>' for line in notice.lines]
        if notice.links:
            parts.append('<ul style="margin:.25rem 0 0;padding-left:1.25rem">')
            parts += [
                f'<li><a style="color:inherit" href="{escape(up + path)}">{escape(str(text))}</a></li>'
                for path, text in notice.links
            ]
            parts.append("</ul>")
        parts.append("</section>")
    parts.append("</div>")
    return "".join(parts)
