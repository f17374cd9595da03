"""Write an article file: the header Pelican reads, a blank line, the paragraphs; never overwrite."""

from __future__ import annotations

import re
from pathlib import Path

from socialsite.errors import ContentError
from socialsite.rules.messages import Messages


def format_article(fields: list[tuple[str, str]], paragraphs: list[str]) -> str:
    """``Key: value`` lines (empty values left out), a blank line, paragraphs a blank line apart."""
    header = "\n".join(f"{key}: {value}" for key, value in fields if value)
    body = "\n\n".join(paragraphs)
    return f"{header}\n\n{body}\n" if body else f"{header}\n"


_MARKUP = re.compile(r"<(?=[A-Za-z/!?])|&(?=#[0-9]+;|#[xX][0-9A-Fa-f]+;|[A-Za-z][A-Za-z0-9]*;)")


def as_text(paragraph: str) -> str:
    """A paragraph of plain text that Markdown shows as it is, never as HTML.

    Only what would start a tag (``<`` before a letter, ``/``, ``!``, ``?``) or an entity
    (``&lt;``, ``&#60;``) is escaped; ``a < b`` and ``A & B`` stay as written. So the text
    ``<script>`` of an old page (there ``&lt;script&gt;``) stays visible text, never live HTML.
    """
    return _MARKUP.sub(lambda match: "&lt;" if match.group() == "<" else "&amp;", paragraph)


def line_of(fields: list[tuple[str, str]], key: str) -> int:
    """Line of ``key`` in the written header; the line it would take when it is missing."""
    written = [name for name, value in fields if value]
    if key in written:
        return written.index(key) + 1
    order = [name for name, _value in fields]
    before = [name for name in order[: order.index(key)] if name in written] if key in order else written
    return len(before) + 1


def article_name(date, slug: str) -> str:
    """content/news/<lang>/<YYYY-MM-DD>-<slug>.md, as the existing news are named."""
    return f"{date.isoformat()}-{slug}.md" if date else f"{slug}.md"


def write_new(path: Path, text: str, _: Messages) -> None:
    """Create ``path`` with ``text``; a ContentError when the file is already there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(path, "x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except FileExistsError:
        raise ContentError(
            str(path), 1, _("the file already exists and was left as it is; delete it first or choose another title")
        ) from None
