"""HTML in Markdown: what the site's filter would remove, and what its security policy would block.

The text is rendered as Pelican renders it (the MARKDOWN setting), then filtered with the one
policy the build uses (content_sanitiser/policy.py). Whatever the filter would remove is an
error: a page must never silently differ from what staff wrote, and staff can fix the text.
Pictures from other sites pass the filter but the Content-Security-Policy of deploy/nginx.conf
(``img-src 'self' data:``) would block them in the browser: an error too, with the fix.

What was removed is exact (start tags and attributes of the rendered text, before and after
the filter); where it is in the file is found by searching the Markdown for the tag, the
attribute or the address, in order. Anything the search cannot place is reported at the first
line of the text.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

from markdown import Markdown
from pelican.readers import MarkdownReader

from socialsite.errors import ContentError
from socialsite.html_policy import ID_PATTERN, TAGS, URL_SCHEMES, allowed_attributes, allowed_class, sanitise
from socialsite.rules.messages import Messages
from socialsite.rules.sources import Source, line_at, prose

URL_ATTRIBUTES = ("href", "src", "cite", "action", "formaction", "data", "poster", "srcset", "background")
EMBEDS = {
    "iframe",
    "frame",
    "frameset",
    "embed",
    "object",
    "applet",
    "video",
    "audio",
    "source",
    "track",
    "portal",
    "picture",
}
CODE = {"script", "noscript", "style", "link", "meta", "base", "template", "svg", "math"}
FORMS = {"form", "input", "button", "textarea", "select", "option", "label", "fieldset", "output", "datalist"}
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_EXTERNAL = re.compile(r"^(?:https?:)?//", re.IGNORECASE)


class _StartTags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(sorted((name, value or "") for name, value in attrs))))

    handle_startendtag = handle_starttag


def start_tags(html: str) -> list[tuple[str, tuple]]:
    parser = _StartTags()
    parser.feed(html)
    parser.close()
    return parser.tags


class Renderer:
    """Markdown to HTML with the site's settings, one instance reused for every file."""

    def __init__(self, settings):
        md_settings = MarkdownReader(settings).settings["MARKDOWN"]  # Pelican adds its extensions
        self._md = Markdown(**md_settings)
        self._md.preprocessors.deregister("meta")  # the header is read already; render the body

    def __call__(self, text: str) -> str:
        self._md.reset()
        return self._md.convert(text)


def scheme(url: str) -> str:
    """The scheme as a browser reads it (tabs and new lines inside are ignored), lower case."""
    match = _SCHEME.match(re.sub(r"[\t\n\r]", "", url).strip())
    return match.group(1).lower() if match else ""


# Markdown writes HTML the filter could change only from these: raw HTML (``<``), attribute
# lists (``{: …}``, any brace but Pelican's own ``{static}``…), a picture from another host or
# with a scheme, a link with a scheme other than http(s)/mailto/tel, a reference definition, an
# aligned table column. A text with none of them (most news)
# is not rendered at all: the check stays cheap beside Pelican.
_NEEDS_RENDERING = re.compile(
    r"<|\{(?!(?:static|filename|attach)\})"
    r"|!\[[^\]]*\]\(\s*<?(?:[a-z][a-z0-9+.-]*:|//)"  # a picture from elsewhere, or data:
    r"|\]\(\s*<?(?!(?:https?|mailto|tel):)(?:[a-z][a-z0-9+.-]*:|//)"  # a link with another scheme
    r"|^ {0,3}\[[^\]]+\]:"
    r"|^[ |:-]*(?::-|-:)[ |:-]*$",  # a table column aligned: Markdown writes style="text-align…"
    re.MULTILINE | re.IGNORECASE,
)


def check_html(source: Source, render: Renderer, _: Messages) -> list[ContentError]:
    errors = []
    text = prose(source.doc)
    where = _Finder(source, text)
    if _NEEDS_RENDERING.search(source.doc.body):
        errors += _check_rendered(render(source.doc.body), where, source, _)
    summary = source.doc.meta.get("summary")
    if summary and _NEEDS_RENDERING.search(summary):
        line = source.doc.line_of("summary")
        errors += _check_rendered(render(summary), lambda *_args: line, source, _)
    return errors


class _Finder:
    """The line of the n-th place a needle appears in the text (code blanked out)."""

    def __init__(self, source: Source, text: str):
        self.source, self.text, self.seen = source, text, Counter()

    def __call__(self, *patterns: str) -> int:
        for pattern in patterns:
            matches = list(re.finditer(pattern, self.text, re.IGNORECASE))
            if matches:
                index = min(self.seen[pattern], len(matches) - 1)
                self.seen[pattern] += 1
                return line_at(self.source.doc, self.text, matches[index].start())
        return self.source.doc.body_line


def _check_rendered(html: str, where, source: Source, _: Messages) -> list[ContentError]:
    errors = []
    tags = start_tags(html)
    removed = Counter(tags) - Counter(start_tags(sanitise(html)))
    for tag, attrs in tags:
        values = dict(attrs)
        if removed[(tag, attrs)] > 0:
            removed[(tag, attrs)] -= 1
            errors += _removed(tag, values, where, source, _)
        elif tag == "img" and _EXTERNAL.match(values.get("src", "").strip()):
            src = values["src"].strip()
            errors.append(
                ContentError(
                    source.path,
                    where(re.escape(src), r"<img\b"),
                    _(
                        "the picture '{src}' is on another site: the site's security policy (CSP) blocks it and readers "
                        "would see nothing; save it into content/images/ (if you may use it) and write "
                        "{{static}}/images/<file name>",
                        src=src,
                    ),
                )
            )
    return errors


def _removed(tag: str, values: dict, where, source: Source, _: Messages) -> list[ContentError]:
    """Why the filter removes this element (or some of its attributes), with its line."""

    def error(line: int, message: str) -> ContentError:
        return ContentError(source.path, line, message)

    if tag not in TAGS:
        line = where(rf"<{re.escape(tag)}\b")
        url = next((values[name] for name in ("src", "data", "href") if values.get(name)), "")
        if tag in EMBEDS:
            return [
                error(
                    line,
                    _(
                        "<{tag}> embeds content from another site, which the site's security policy (CSP) blocks and the "
                        "site removes; link to it instead, e.g. [Vaizdo įrašas]({url})",
                        tag=tag,
                        url=url if _EXTERNAL.match(url) else "https://…",
                    ),
                )
            ]
        if tag in CODE:
            return [
                error(
                    line,
                    _(
                        "<{tag}> is page code, not text: scripts, styles, redirects and drawings in code are removed from "
                        "news; delete it (put a picture into content/images/ instead)",
                        tag=tag,
                    ),
                )
            ]
        if tag in FORMS:
            return [
                error(
                    line,
                    _(
                        "forms cannot be used in news: the site removes <{tag}>; delete it and link to the form's page "
                        "instead",
                        tag=tag,
                    ),
                )
            ]
        return [
            error(
                line,
                _(
                    "the HTML tag <{tag}> is not allowed on the site and would be removed; use Markdown (headings, lists, "
                    "tables, links, pictures) instead",
                    tag=tag,
                ),
            )
        ]
    errors = []
    allowed = allowed_attributes(tag)
    for name, value in values.items():
        if name not in allowed:
            line = where(rf"\b{re.escape(name)}\s*=", rf"\b{re.escape(name)}\b")
            if name.startswith("on"):
                message = _(
                    "the attribute {attribute}=… runs JavaScript, which is not allowed; delete it", attribute=name
                )
            elif name == "style" and tag in ("th", "td") and value.startswith("text-align"):
                line = where(r"(?m)^[ |:-]*(?::-|-:)[ |:-]*$")
                message = _(
                    "aligned table columns (':---', '---:') are not allowed: the site's security policy (CSP) "
                    "blocks the inline style Markdown writes for them; write the line under the table's head "
                    "with '---' only"
                )
            elif name == "style":
                message = _(
                    "style=… is not allowed: the site's security policy (CSP) blocks inline styles and the "
                    "site removes it; delete it (the site's style sheet formats the text)"
                )
            else:
                message = _(
                    "the attribute {attribute}=… of <{tag}> is not allowed and would be removed; delete it",
                    attribute=name,
                    tag=tag,
                )
            errors.append(error(line, message))
        elif name == "class":
            for token in value.split():
                if not allowed_class(token):
                    errors.append(
                        error(
                            where(rf"\b{re.escape(token)}\b"),
                            _(
                                "the class '{name}' is not allowed in the text (the site's own classes, such as the EU "
                                "block's, cannot be imitated); delete it",
                                name=token,
                            ),
                        )
                    )
        elif name == "id" and not ID_PATTERN.match(value):
            errors.append(
                error(
                    where(re.escape(value)),
                    _(
                        "the id '{value}' is not allowed: write a Latin letter first, then letters, digits or hyphens",
                        value=value,
                    ),
                )
            )
        elif name in URL_ATTRIBUTES and scheme(value) and scheme(value) not in URL_SCHEMES:
            errors.append(
                error(
                    where(re.escape(value[:60]), rf"\b{re.escape(name)}\s*="),
                    _(
                        "the address '{url}' is not allowed (only http:, https:, mailto:, tel: and the site's own files) and "
                        "would be removed; write a web address",
                        url=value[:60],
                    ),
                )
            )
    if not errors:
        errors.append(
            error(
                where(rf"<{re.escape(tag)}\b"),
                _("the site's HTML filter would change this <{tag}>; write it in Markdown instead", tag=tag),
            )
        )
    return errors
