"""What `make publish` checks on the built site before anything leaves the machine.

No browser and no network: every HTML file of the built tree is read once with Python's
``html.parser``, then

- every internal link and ``#anchor`` resolves to a file, and an ``id``, in the tree (an absolute
  URL is internal when it starts with SITEURL; the development address is always an error),
- ``<html lang>`` matches the folder (``ru/`` → ru, ``en/`` → en, anything else → lt),
- the main landmarks (html, head, body, header, nav, main, footer, article, section, aside,
  form, div, lists, tables) open and close in order, with one html, head, body and main,
- nothing needs ``'unsafe-inline'`` under the Content-Security-Policy of deploy/nginx.conf: no
  inline ``<script>`` that runs (data blocks such as JSON-LD are fine), no ``<style>``, no
  ``style=``, no ``on…=`` handler, no ``javascript:`` URL,
- every article whose Markdown names ``Project:`` shows a ``data-project-disclosure`` block for
  each of its codes (the sources read as the content checker reads them),
- every ``<loc>`` of sitemap.xml is a file of the tree.

Each problem is a ``ContentError`` whose path is the built file (or the Markdown source) and whose
line is the tag's line, printed as ``path:line: message`` like every other error of the build; a
problem on an article or page also names the Markdown file it was made from (``name_sources``).
The same CSP rules are checked earlier on the Markdown itself, at its line, by ``make check``
(content_rules/html_rules.py); these are the last wall, on what was really built.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from socialsite.errors import ContentError, display_path
from socialsite.messages import _
from socialsite.registry import parse_codes
from socialsite.rules import translator
from socialsite.rules.header import parse_date
from socialsite.rules.sources import read_sources
from socialsite.schedule import is_scheduled

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
# Attributes that hold a URL the reader's browser will fetch or follow.
URL_ATTRIBUTES = {
    "href": {"a", "link", "area"},
    "src": {"img", "script", "iframe", "source", "audio", "video", "track", "embed", "input"},
    "poster": {"video"},
    "action": {"form"},
    "data": {"object"},
}
# <meta> whose content is an address of this site (checked only when it is one).
URL_METAS = {"og:url", "og:image", "twitter:image"}
# <script type> values a browser runs (HTML's JavaScript MIME types, modules, import maps and
# speculation rules): inline, CSP script-src 'self' blocks them. Any other type (JSON-LD,
# application/json) is a data block: never executed, so the CSP lets it be.
EXECUTED_SCRIPT_TYPES = frozenset(
    ["", "module", "importmap", "speculationrules", "text/jscript", "text/livescript"]
    + [
        f"{kind}/{name}"
        for kind in ("application", "text")
        for name in ("ecmascript", "javascript", "x-ecmascript", "x-javascript")
    ]
    + [f"text/javascript1.{minor}" for minor in range(6)]
)
DEV_HOSTS = {"localhost", "127.0.0.1", "0.0.0.0", "[::1]"}
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@dataclass
class Page:
    """What the checks need from one built HTML file."""

    path: str  # relative to the site, with forward slashes
    lang: str | None = None
    ids: set[str] = field(default_factory=set)
    links: list[tuple[int, str]] = field(default_factory=list)  # (line, url)
    disclosures: set[str] = field(default_factory=set)
    problems: list[tuple[int, str]] = field(default_factory=list)  # found while parsing


class _PageParser(HTMLParser):
    def __init__(self, page: Page):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.stack: list[tuple[str, int]] = []
        self.counts: dict[str, int] = {}
        self.doctype = False

    def problem(self, message: str) -> None:
        self.page.problems.append((self.getpos()[0], message))

    def handle_decl(self, decl: str) -> None:
        if decl.lower() == "doctype html":
            self.doctype = True

    def handle_starttag(self, tag: str, attrs) -> None:
        self._start(tag, dict(attrs))
        if tag in LANDMARKS:
            self.stack.append((tag, self.getpos()[0]))
            self.counts[tag] = self.counts.get(tag, 0) + 1

    def handle_startendtag(self, tag: str, attrs) -> None:
        """``<br/>``: a void element; ``<div/>`` opens a div that HTML never closes."""
        if tag in LANDMARKS:
            self.problem(_("<{tag}/> does not close in HTML; write <{tag}></{tag}>", tag=tag))
        self._start(tag, dict(attrs))

    def _start(self, tag: str, attributes: dict) -> None:
        """Record ids, links and disclosure blocks; report what the CSP would block."""
        line = self.getpos()[0]
        if tag == "html":
            self.page.lang = attributes.get("lang")
        for name in ("id",) + (("name",) if tag == "a" else ()):
            if attributes.get(name):
                if attributes[name] in self.page.ids and name == "id":
                    self.problem(_("the id '{id}' is used twice on this page", id=attributes[name]))
                self.page.ids.add(attributes[name])
        for name, tags in URL_ATTRIBUTES.items():
            if tag in tags and attributes.get(name):
                self.page.links.append((line, attributes[name].strip()))
        for candidate in (attributes.get("srcset") or "").split(","):
            if candidate.strip():
                self.page.links.append((line, candidate.split()[0]))
        if tag == "meta" and attributes.get("property", attributes.get("name")) in URL_METAS:
            self.page.links.append((line, (attributes.get("content") or "").strip()))
        if "data-project-disclosure" in attributes:
            self.page.disclosures.add(attributes["data-project-disclosure"] or "")
        self._check_csp(tag, attributes)

    def handle_endtag(self, tag: str) -> None:
        if tag not in LANDMARKS:
            return
        if self.stack and self.stack[-1][0] == tag:
            self.stack.pop()
            return
        open_tags = [name for name, _line in self.stack]
        if tag not in open_tags:
            self.problem(_("</{tag}> closes nothing: no <{tag}> is open here", tag=tag))
            return
        while self.stack and self.stack[-1][0] != tag:
            name, opened = self.stack.pop()
            self.problem(
                _(
                    "</{tag}> comes before </{name}>: the <{name}> of line {opened} is not closed",
                    tag=tag,
                    name=name,
                    opened=opened,
                )
            )
        self.stack.pop()

    def _check_csp(self, tag: str, attributes: dict) -> None:
        if "style" in attributes:
            self.problem(
                _(
                    "<{tag} style=…> is blocked by the Content-Security-Policy (style-src 'self'); "
                    "use a class in the stylesheet",
                    tag=tag,
                )
            )
        handlers = sorted(name for name in attributes if name.startswith("on"))
        if handlers:
            self.problem(
                _(
                    "<{tag} {handler}=…> is inline JavaScript, blocked by the Content-Security-Policy; "
                    "use a script file",
                    tag=tag,
                    handler=handlers[0],
                )
            )
        if tag == "style":
            self.problem(
                _("<style> is blocked by the Content-Security-Policy (style-src 'self'); move it to the stylesheet")
            )
        if tag == "script" and not attributes.get("src"):
            kind = (attributes.get("type") or "").split(";")[0].strip().lower()
            if kind in EXECUTED_SCRIPT_TYPES:
                self.problem(
                    _(
                        "inline <script> is blocked by the Content-Security-Policy (script-src 'self'); "
                        "use a script file"
                    )
                )
        for name in ("href", "src", "action"):
            if (attributes.get(name) or "").strip().lower().startswith("javascript:"):
                self.problem(
                    _('{name}="javascript:…" is blocked by the Content-Security-Policy; use a script file', name=name)
                )

    def finish(self) -> None:
        self.close()
        if not self.doctype:
            self.page.problems.append(
                (1, _("no <!doctype html> at the top: browsers would render the page in quirks mode"))
            )
        for name, opened in self.stack:
            self.page.problems.append((opened, _("<{name}> is never closed", name=name)))
        for name in ONE_PER_PAGE:
            count = self.counts.get(name, 0)
            if count != 1:
                self.page.problems.append(
                    (1, _("the page has {count} <{name}> elements; it needs exactly one", count=count, name=name))
                )


def read_page(root: Path, relative: str) -> Page:
    page = Page(path=relative)
    try:
        text = (root / relative).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        page.problems.append((1, 'the file is not UTF-8, as <meta charset="utf-8"> says'))
        return page
    parser = _PageParser(page)
    parser.feed(text)
    parser.finish()
    return page


class Site:
    """A built tree and its address: resolves links the way a browser on SITEURL would."""

    def __init__(self, root: Path, settings: dict):
        self.root = Path(root)
        self.siteurl = settings["SITEURL"].rstrip("/")
        base = urlsplit(self.siteurl + "/")
        self.scheme, self.host, self.base_path = base.scheme, base.netloc.lower(), base.path
        self.pages = {str(path.relative_to(self.root).as_posix()): None for path in sorted(self.root.rglob("*.html"))}

    def page(self, relative: str) -> Page:
        if self.pages.get(relative) is None:
            self.pages[relative] = read_page(self.root, relative)
        return self.pages[relative]

    def url_of(self, relative: str) -> str:
        return f"{self.siteurl}/{relative}"

    def resolve(self, from_page: str, url: str) -> tuple[str | None, str, str | None]:
        """(file in the tree or None when external, fragment, problem or None)."""
        absolute = urljoin(self.url_of(from_page), url)
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https"):
            return None, "", None  # mailto:, tel:, data: …
        host = (parts.hostname or "").lower()
        if host in DEV_HOSTS or parts.netloc.lower() in DEV_HOSTS:
            return None, "", _("{url} points to the development server; build with publishconf.py", url=url)
        if parts.netloc.lower() != self.host or not (parts.path + "/").startswith(self.base_path):
            return None, "", None  # another site
        if parts.scheme != self.scheme:
            return (
                None,
                "",
                _(
                    "{url} uses {scheme}:// but the site is served over {site_scheme}://",
                    url=url,
                    scheme=parts.scheme,
                    site_scheme=self.scheme,
                ),
            )
        relative = unquote(parts.path[len(self.base_path) :])
        relative = posixpath.normpath(relative) if relative else ""
        if relative in ("", ".") or parts.path.endswith("/"):
            relative = posixpath.join(relative if relative not in ("", ".") else "", "index.html")
        elif (self.root / relative).is_dir():
            relative = posixpath.join(relative, "index.html")
        return relative, unquote(parts.fragment), None


def check_tree(root, settings) -> list[ContentError]:
    """Every problem of the built site at ``root``, sorted by file and line."""
    site = Site(Path(root), settings)
    errors: list[ContentError] = []
    for relative in list(site.pages):
        page = site.page(relative)
        errors.extend(ContentError(relative, line, message) for line, message in page.problems)
        errors.extend(check_lang(page, settings))
        errors.extend(check_links(site, page))
    errors.extend(check_sitemap(site))
    errors = name_sources(errors, settings)
    errors.extend(check_disclosures(site, settings))
    return sorted(set(errors), key=lambda e: (e.path, e.line, str(e.message)))


def name_sources(errors: list[ContentError], settings) -> list[ContentError]:
    """A problem on a built page also names the Markdown file it was made from (staff fix that)."""
    sources, _unreadable = read_sources(settings, Path(settings["PATH"]), translator("en"))
    made_from = {built_page(source, settings): source.path for source in sources}
    return [
        ContentError(
            e.path,
            e.line,
            _("{problem} (made from {source})", problem=e.message, source=display_path(made_from[e.path])),
        )
        if e.path in made_from
        else e
        for e in errors
    ]


def built_page(source, settings) -> str:
    """Where Pelican writes an article or a page (…_SAVE_AS, …_LANG_SAVE_AS in other languages)."""
    if source.kind == "article":
        return article_page(source, settings)
    key = "PAGE_SAVE_AS" if source.lang == settings["DEFAULT_LANG"] else "PAGE_LANG_SAVE_AS"
    return settings[key].format(slug=source.slug, lang=source.lang)


def expected_lang(relative: str, settings) -> str:
    """The language of a built file, from its folder: ``ru/…`` is Russian, the rest Lithuanian."""
    for code, facts in settings["LANGUAGES"].items():
        prefix = facts.get("prefix", "")
        if prefix and relative.startswith(prefix):
            return code
    return settings["DEFAULT_LANG"]


def check_lang(page: Page, settings) -> list[ContentError]:
    wanted = expected_lang(page.path, settings)
    if page.lang != wanted:
        if page.lang is None:
            return [
                ContentError(
                    page.path, 1, _('<html> has no lang; a page in this folder needs lang="{wanted}"', wanted=wanted)
                )
            ]
        return [
            ContentError(
                page.path,
                1,
                _(
                    '<html> has lang="{found}"; a page in this folder needs lang="{wanted}"',
                    found=page.lang,
                    wanted=wanted,
                ),
            )
        ]
    return []


def check_links(site: Site, page: Page) -> list[ContentError]:
    errors = []
    for line, url in page.links:
        if url in ("", "#"):
            continue
        target, fragment, problem = site.resolve(page.path, url)
        if problem:
            errors.append(ContentError(page.path, line, problem))
            continue
        if target is None:
            continue
        if not (site.root / target).is_file():
            errors.append(
                ContentError(
                    page.path, line, _("the link {url} leads to no file of the site ({target})", url=url, target=target)
                )
            )
            continue
        if fragment and target in site.pages and fragment not in site.page(target).ids:
            errors.append(
                ContentError(
                    page.path,
                    line,
                    _(
                        'the link {url} leads to no id="{fragment}" on {target}',
                        url=url,
                        fragment=fragment,
                        target=target,
                    ),
                )
            )
    return errors


def check_sitemap(site: Site) -> list[ContentError]:
    path = site.root / "sitemap.xml"
    if not path.is_file():
        return []
    try:
        tree = ET.parse(path)
    except ET.ParseError as error:
        return [ContentError("sitemap.xml", error.position[0], _("not well-formed XML: {error}", error=str(error)))]
    errors = []
    for loc in tree.iter(f"{SITEMAP_NS}loc"):
        url = (loc.text or "").strip()
        target, _fragment, problem = site.resolve("sitemap.xml", url)
        if problem or target is None or not (site.root / target).is_file():
            errors.append(
                ContentError("sitemap.xml", 1, problem or _("<loc>{url}</loc> is no page of this site", url=url))
            )
    return errors


def check_disclosures(site: Site, settings) -> list[ContentError]:
    """Every article that names ``Project:`` shows the block of each of its codes.

    The sources are read as the content checker reads them (their language and slug included),
    and their pages found where Pelican writes them (ARTICLE_(LANG_)SAVE_AS).
    """
    sources, _unreadable = read_sources(settings, Path(settings["PATH"]), translator("en"))
    errors = []
    for source in sources:
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


def article_page(source, settings) -> str:
    """Where Pelican writes an article: ARTICLE_SAVE_AS, or ARTICLE_LANG_SAVE_AS in other languages."""
    key = "ARTICLE_SAVE_AS" if source.lang == settings["DEFAULT_LANG"] else "ARTICLE_LANG_SAVE_AS"
    return settings[key].format(slug=source.slug, lang=source.lang)
