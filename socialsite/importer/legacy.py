"""Read one legacy news text (plain or HTML) into the parts of an article.

The old site's pages give each paragraph on a line of its own, the title on the first line
(after the page's own date, author, category and counter lines, when the copy has them), then the
text, then the web page's chrome. What is kept, moved or dropped:

- the disclosure block (``projects.pasted.find_block``) is removed; its code becomes ``Project``;
- a date line, an author user name („Du-evaldui“) and a category line („Švietimas“) before the
  title become ``Date``, ``Posted_by`` and ``Category``;
- a source line („Alytaus m. sav. inf.“, „Šaltinis: …“) becomes ``Source``;
- share buttons („Dalintis:“ and the list after it), comment counters („Yra 0 komentarų“), the
  comment form („Palikite komentarą“ and the short lines after it), lone numbers and lines of
  symbols only are dropped;
- every other line is a paragraph of the body, byte for byte.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from socialsite.errors import ContentError
from socialsite.importer import ltdates
from socialsite.importer.reading import html_to_text, is_html
from socialsite.registry.pasted import find_block, find_code, normalise
from socialsite.rules.messages import Messages

TITLE_LIMIT = 200  # characters; a longer first line is a paragraph, not a title
_LONE_NUMBER = re.compile(r"^\d+$")
_SYMBOLS = re.compile(r"^[\W_]+$")
_COUNTER = re.compile(
    r"^(?:yra\s+)?\d+\s+komentar\w*\.?$|^komentar\w*\s*[(:]?\s*\d+\s*\)?$|^komentarų\s+nėra\.?$", re.I
)
_SHARE = re.compile(r"^(?:dalintis|pasidalinti|pasidalinkite|pasidalink|share|bendrinti)\s*:?$", re.I)
_SHARE_ITEM = re.compile(r"^(?:[•·*\-–—]\s*)?\S+(?:\s+\S+)?$")
_FORM = re.compile(
    r"^(?:palikite|parašykite|rašykite|rašyti|komentuoti)\s+komentar\w*|"
    r"^norite\s+pareikšti\s+savo\s+nuomon|^parašykite\s+atsakym",
    re.I,
)
_FORM_LINE_LIMIT = 200  # characters: the labels of a comment form are short, a paragraph is not
_SOURCE_PREFIXED = re.compile(r"^(?:informacijos\s+)?šaltinis\s*:\s*(?P<source>.+)$", re.I)
_SOURCE_INF = re.compile(r"^(?P<source>.{2,60}\binf(?:orm)?\.)$", re.I)  # „Alytaus m. sav. inf.“
_USER_NAME = re.compile(r"^[^\W_][\w.@-]{1,39}$")
_QUOTED = r"[„“\"”«]\s*{}\s*[“\"”»]"


@dataclass
class Line:
    number: int  # line in the text as read (after HTML was turned into lines)
    text: str


@dataclass
class Legacy:
    """What a legacy text says, ready to be written as an article."""

    title: str
    category: str
    paragraphs: list[str]
    date: datetime.date | None = None
    date_words: str = ""  # the words the date was read from
    date_from_block: bool = False  # no date in the text: the block's "nuo …" date stands in
    source: str = ""
    posted_by: str = ""
    project: str = ""
    project_named: str = ""  # set when the project is known from its name in the text, not a block
    block: list[str] = field(default_factory=list)


def parse_legacy(
    text: str,
    path: str,
    *,
    categories: list[str],
    registry=None,
    known_blocks: tuple[frozenset[str], ...] = (),
    _: Messages,
) -> Legacy:
    """The parts of one decoded legacy text; a ContentError when it holds no news."""
    if is_html(text):
        text = html_to_text(text)
    lines = [Line(n, line.strip(" \t")) for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
    if not lines:
        raise ContentError(path, 1, _("the text is empty; there is nothing to import"))
    lines, block = _split_block(lines, known_blocks)
    lines, source = _drop_chrome(lines)
    header, title, body, category, posted_by = _split_header(lines, categories)
    if title is None:
        raise ContentError(
            path,
            lines[-1].number if lines else 1,
            _(
                "no title found: the first line of the text must be the title (at most {limit} characters)",
                limit=TITLE_LIMIT,
            ),
        )
    news = Legacy(
        title=" ".join(title.text.split()),
        category=category or categories[0],
        paragraphs=[line.text for line in body],
        source=" ".join(source.split()),
        posted_by=posted_by,
        block=[line.text for line in block],
    )
    found = next(
        (
            d
            for line in sorted([*header, title, *body], key=lambda item: item.number)
            if (d := ltdates.first_date(line.text))
        ),
        None,
    )
    if found:
        news.date, news.date_words = found
    if block:
        news.project = find_code(" ".join(news.block)) or ""
        since = re.search(rf"\bnuo\s+({ltdates.LT_DATE.pattern})", " ".join(news.block), re.IGNORECASE)
        if not found and since and ltdates.first_date(since.group(1)):
            news.date, news.date_words = ltdates.first_date(since.group(1))
            news.date_from_block = True
    elif registry is not None:
        news.project, news.project_named = _named_project(news.paragraphs, registry)
    return news


def _split_block(lines: list[Line], known_blocks) -> tuple[list[Line], list[Line]]:
    span = find_block([line.text for line in lines], known_blocks)
    if span is None:
        return lines, []
    start, end = max(span[0], 1), span[1]  # the first line is the title, never the block
    if start >= end:
        return lines, []
    return lines[:start] + lines[end:], lines[start:end]


def _drop_chrome(lines: list[Line]) -> tuple[list[Line], str]:
    """The lines without the web page's furniture, and the source line if there was one."""
    kept, source, index = [], "", 0
    while index < len(lines):
        text = lines[index].text
        index += 1
        if _LONE_NUMBER.match(text) or _SYMBOLS.match(text) or _COUNTER.match(text):
            continue
        if _SHARE.match(text):
            while (
                index < len(lines)
                and _SHARE_ITEM.match(lines[index].text)
                and not lines[index].text.endswith((".", "!", "?"))
            ):
                index += 1
            continue
        if _FORM.match(text):
            while index < len(lines) and len(lines[index].text) <= _FORM_LINE_LIMIT:
                index += 1
            continue
        match = _SOURCE_PREFIXED.match(text) or _SOURCE_INF.match(text)
        if match and not source and len(text) <= 80:
            source = match["source"].strip()
            continue
        kept.append(lines[index - 1])
    return kept, source


def _split_header(lines: list[Line], categories: list[str]):
    """(header lines read for a date, title line, body lines, category, user name)."""
    by_name = {name.lower(): name for name in categories}
    header, category, posted_by, title, index = [], "", "", None, 0
    while index < len(lines) and title is None:
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        if ltdates.is_date_only(line.text):
            header.append(line)
        elif line.text.lower() in by_name and not category:
            category = by_name[line.text.lower()]
        elif not posted_by and following is not None and _is_user_name(line.text) and not _is_paragraph(following.text):
            posted_by = line.text
        else:
            title = line
        index += 1
    if title is None or len(title.text) > TITLE_LIMIT:
        return header, None, [], category, posted_by
    # The page's date or category may follow the title instead of preceding it.
    for _step in range(2):
        text = lines[index].text if index < len(lines) else ""
        if ltdates.is_date_only(text):
            header.append(lines[index])
        elif text.lower() in by_name and not category:
            category = by_name[text.lower()]
        else:
            break
        index += 1
    return header, title, lines[index:], category, posted_by


def _is_user_name(text: str) -> bool:
    """„Du-evaldui“, „admin“, „j.petraitiene“: one word no title is made of."""
    return (
        bool(_USER_NAME.match(text))
        and not text.endswith(".")
        and (bool(re.search(r"[-_.@\d]", text)) or text.islower())
    )


def _is_paragraph(text: str) -> bool:
    return len(text) > 120 or len(text.split()) > 15


def _named_project(paragraphs: list[str], registry) -> tuple[str, str]:
    """(code, title) of the first registry project named in quotes next to the word „projekt…“."""
    found = []
    for position, paragraph in enumerate(paragraphs):
        text = normalise(paragraph)
        if "projekt" not in text:
            continue
        for project in registry:
            title = project.title("lt")
            match = re.search(_QUOTED.format(re.escape(normalise(title))), text)
            if match:
                found.append((position, match.start(), project.code, title))
    return (found and min(found)[2:]) or ("", "")
