"""Turn a legacy file into plain lines: decode it, unify line ends, strip HTML to paragraphs."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from socialsite.errors import ContentError
from socialsite.rules.messages import Messages

# Elements that end a paragraph; their content is read, only the tags go.
_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "figure",
    "figcaption",
    "hr",
    "dt",
    "dd",
}
# Elements whose content is no text of the news: page code, menus, the comment form.
_SKIPPED = {"script", "style", "head", "nav", "form", "noscript", "template", "button", "select", "textarea"}
_HTML = re.compile(r"<(?:p|br|div|html|body|span|a|strong|em|b|i|h[1-6]|li|ul|img|table)\b[^>]*>", re.IGNORECASE)


def decode(raw: bytes, path: str, _: Messages) -> str:
    """UTF-8 (with or without BOM), else Windows-1257; line ends as ``\\n``."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1257")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            raise ContentError(
                path, line, _("the file is neither UTF-8 nor Windows-1257; open it and save it again as UTF-8")
            ) from None
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def is_html(text: str) -> bool:
    return bool(_HTML.search(text))


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            # Source line breaks are spaces in HTML; &nbsp; stays a no-break space.
            self.parts.append(re.sub(r"[ \t\n\r\f]+", " ", data))


def html_to_text(html: str) -> str:
    """Paragraphs of an HTML page or fragment, one per line, separated by blank lines."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = [line.strip(" ") for line in "".join(parser.parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
