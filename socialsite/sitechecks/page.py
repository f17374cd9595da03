"""One pass over one built HTML file, shared by every check that reads it.

The file is read once, by Python's ``html.parser``.
The page keeps what the checks across pages need (its ids, the URLs it links to, its EU
disclosure blocks), and every check of the page alone (a ``PageCheck``: structure, csp, lang) is
fed the tags as they come, so it reports at the tag's line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from socialsite.messages import _

# Attributes that hold a URL the reader's browser will fetch or follow.
URL_ATTRIBUTES = {
    "href": {"a", "link", "area"},
    "src": {"img", "script", "iframe", "source", "audio", "video", "track", "embed", "input"},
    "poster": {"video"},
    "action": {"form"},
    "data": {"object"},
}
URL_ATTRIBUTES_OF = {
    tag: tuple(name for name, tags in URL_ATTRIBUTES.items() if tag in tags)
    for tag in set().union(*URL_ATTRIBUTES.values())
}
# <meta> whose content is an address of this site (checked only when it is one).
URL_METAS = {"og:url", "og:image", "twitter:image"}


@dataclass
class Page:
    """What the checks across pages need from one built HTML file, and what its own checks found."""

    path: str  # relative to the site, with forward slashes
    ids: set[str] = field(default_factory=set)  # and <a name>: both are #fragment targets
    links: list[tuple[int, str]] = field(default_factory=list)  # (line, url)
    disclosures: set[str] = field(default_factory=set)
    problems: list[tuple[int, object]] = field(default_factory=list)  # (line, message) of the page's own checks


class PageCheck:
    """A check of one page on its own, fed its tags in order as they are parsed.

    A subclass overrides what it needs; ``problem`` records a finding at a line of the page.
    """

    def __init__(self, page: Page, settings: dict):
        self.page = page
        self.settings = settings

    def problem(self, line: int, message) -> None:
        self.page.problems.append((line, message))

    def declaration(self, decl: str, line: int) -> None:
        """``<!doctype …>``."""

    def start(self, tag: str, attributes: dict, line: int, self_closing: bool) -> None:
        """A start tag; ``self_closing`` for ``<br/>`` (and ``<div/>``, which HTML never closes)."""

    def end(self, tag: str, line: int) -> None:
        """An end tag."""

    def finish(self) -> None:
        """The whole page was read."""


def _record(page: Page, tag: str, attributes: dict, line: int) -> None:
    """What the checks across pages need from a start tag: ids, links, disclosure blocks."""
    if attributes.get("id"):
        page.ids.add(attributes["id"])
    if tag == "a" and attributes.get("name"):
        page.ids.add(attributes["name"])
    for name in URL_ATTRIBUTES_OF.get(tag, ()):
        if attributes.get(name):
            page.links.append((line, attributes[name].strip()))
    if attributes.get("srcset"):
        for candidate in attributes["srcset"].split(","):
            if candidate.strip():
                page.links.append((line, candidate.split()[0]))
    if tag == "meta" and attributes.get("property", attributes.get("name")) in URL_METAS:
        page.links.append((line, (attributes.get("content") or "").strip()))
    if "data-project-disclosure" in attributes:
        page.disclosures.add(attributes["data-project-disclosure"] or "")


class _Reader(HTMLParser):
    """Python's own tolerant HTML tokenizer: each tag once, at the line of its ``<``."""

    def __init__(self, page: Page, checks: list[PageCheck]):
        super().__init__(convert_charrefs=True)
        self.page = page
        # Each check is called only for the tokens it reads (most read start tags alone).
        self.starts = [check.start for check in checks if type(check).start is not PageCheck.start]
        self.ends = [check.end for check in checks if type(check).end is not PageCheck.end]
        self.declarations = [
            check.declaration for check in checks if type(check).declaration is not PageCheck.declaration
        ]

    def handle_decl(self, decl: str) -> None:
        for declaration in self.declarations:
            declaration(decl, self.getpos()[0])

    def handle_starttag(self, tag: str, attrs) -> None:
        self._start(tag, dict(attrs), self_closing=False)

    def handle_startendtag(self, tag: str, attrs) -> None:
        self._start(tag, dict(attrs), self_closing=True)

    def _start(self, tag: str, attributes: dict, self_closing: bool) -> None:
        line = self.getpos()[0]
        _record(self.page, tag, attributes, line)
        for start in self.starts:
            start(tag, attributes, line, self_closing)

    def handle_endtag(self, tag: str) -> None:
        if self.ends:
            line = self.getpos()[0]
            for end in self.ends:
                end(tag, line)


def read_page(root: Path, relative: str, checks=(), settings: dict | None = None) -> Page:
    """Read ``root/relative`` once; ``checks`` (PageCheck classes) run on it as it is read."""
    page = Page(path=relative)
    try:
        text = (root / relative).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        if checks:  # said by the checks of the page alone: once, where the page is checked
            page.problems.append((1, _('the file is not UTF-8, as <meta charset="utf-8"> says')))
        return page
    running = [check(page, settings) for check in checks]
    reader = _Reader(page, running)
    reader.feed(text)
    reader.close()
    for check in running:
        check.finish()
    return page
