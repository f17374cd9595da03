"""Read the metadata header of a Markdown file, keeping the line of every field.

The format is Pelican's own (Python-Markdown's ``meta`` extension): ``Key: value`` lines up to
the first blank line, a value continued on lines indented by four spaces. Pelican's reader drops
line numbers, so every rule that must say ``path:line:`` reads the header through here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from socialsite.errors import ContentError
from socialsite.messages import _

_FIELD = re.compile(r"^(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)$")
_CONTINUATION = re.compile(r"^(?: {4,}|\t)(?P<value>.*)$")

# A slug as a header may give it: lower-case letters and digits in words joined by hyphens.
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass
class Document:
    path: str
    meta: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1  # line number of the body's first line

    def line_of(self, key: str) -> int:
        """Line of a field, or line 1 where the field is missing (the header starts there)."""
        return self.lines.get(key, 1)


def parse_text(text: str, path: str) -> Document:
    """Split ``text`` into header fields and body; a malformed header line is a ContentError."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    doc = Document(path=path)
    key = None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            doc.body = "\n".join(lines[number:])
            doc.body_line = number + 1
            return doc
        cont = _CONTINUATION.match(line)
        if cont and key is not None:
            doc.meta[key] = f"{doc.meta[key]} {cont['value'].strip()}".strip()
            continue
        match = _FIELD.match(line)
        if not match:
            raise ContentError(
                path,
                number,
                _(
                    "the header line {line} is not 'Field: value'; leave a blank line between the header and the text",
                    line=repr(line.strip()[:40]),
                ),
            )
        key = match["key"].lower()
        if key in doc.meta:
            raise ContentError(path, number, _("the field '{key}' is given twice; keep one", key=key))
        doc.meta[key] = match["value"].strip()
        doc.lines[key] = number
    return doc  # header only, no body


def parse_file(path) -> Document:
    with open(path, "rb") as handle:
        raw = handle.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ContentError(str(path), line, _("the file is not saved as UTF-8; save it again choosing UTF-8")) from None
    return parse_text(text, str(path))
