"""The page's skeleton: ``<!doctype html>`` first, the landmarks closed in order, one html, head,
body and main, no ``id`` twice.

A theme or plugin that forgets a ``</div>`` still renders in a browser, which guesses; a screen
reader's landmark list and the skip link then lead to the wrong place. Needs no SITEURL: run by
every build.
"""

from __future__ import annotations

from socialsite.messages import _
from socialsite.sitechecks.page import PageCheck

# Elements whose end tag HTML never leaves optional: each must close, in order.
LANDMARKS = frozenset(
    [
        "html",
        "head",
        "body",
        "header",
        "nav",
        "main",
        "footer",
        "article",
        "section",
        "aside",
        "form",
        "div",
        "ul",
        "ol",
        "table",
    ]
)
ONE_PER_PAGE = ("html", "head", "body", "main")


class Structure(PageCheck):
    def __init__(self, page, settings):
        super().__init__(page, settings)
        self.stack: list[tuple[str, int]] = []  # the landmarks open here, with their lines
        self.counts: dict[str, int] = {}
        self.ids: set[str] = set()
        self.doctype = False

    def declaration(self, decl: str, line: int) -> None:
        if decl.lower() == "doctype html":
            self.doctype = True

    def start(self, tag: str, attributes: dict, line: int, self_closing: bool) -> None:
        found = attributes.get("id")
        if found:
            if found in self.ids:
                self.problem(line, _("the id '{id}' is used twice on this page", id=found))
            self.ids.add(found)
        if tag not in LANDMARKS:
            return
        if self_closing:
            self.problem(line, _("<{tag}/> does not close in HTML; write <{tag}></{tag}>", tag=tag))
            return
        self.stack.append((tag, line))
        self.counts[tag] = self.counts.get(tag, 0) + 1

    def end(self, tag: str, line: int) -> None:
        if tag not in LANDMARKS:
            return
        if self.stack and self.stack[-1][0] == tag:
            self.stack.pop()
            return
        if tag not in (name for name, _line in self.stack):
            self.problem(line, _("</{tag}> closes nothing: no <{tag}> is open here", tag=tag))
            return
        while self.stack[-1][0] != tag:
            name, opened = self.stack.pop()
            self.problem(
                line,
                _(
                    "</{tag}> comes before </{name}>: the <{name}> of line {opened} is not closed",
                    tag=tag,
                    name=name,
                    opened=opened,
                ),
            )
        self.stack.pop()

    def finish(self) -> None:
        if not self.doctype:
            self.problem(1, _("no <!doctype html> at the top: browsers would render the page in quirks mode"))
        for name, opened in self.stack:
            self.problem(opened, _("<{name}> is never closed", name=name))
        for name in ONE_PER_PAGE:
            count = self.counts.get(name, 0)
            if count != 1:
                self.problem(
                    1, _("the page has {count} <{name}> elements; it needs exactly one", count=count, name=name)
                )
