"""The first paragraph ``make new`` writes stays until staff write theirs: it never ships.

``make new`` writes ``PLACEHOLDER`` (in the article's language) where the text goes; the check
refuses any file that still holds it, so ``make html`` and ``make publish`` refuse it too.
"""

from __future__ import annotations

from socialsite.errors import ContentError
from socialsite.rules.messages import Messages
from socialsite.rules.sources import Source, paragraphs

# The first paragraph until staff write theirs, in the article's language.
PLACEHOLDER = {
    "lt": "Čia parašykite naujienos tekstą. Pirmoji pastraipa rodoma naujienų sąraše ir paieškoje.",
    "ru": "Здесь напишите текст новости. Первый абзац показывается в списке новостей и в поиске.",
    "en": "Write the news here. The first paragraph is shown in the list of news and in search results.",
}
_WORDS = {" ".join(text.split()) for text in PLACEHOLDER.values()}


def placeholder_for(lang: str) -> str:
    return PLACEHOLDER.get(lang, PLACEHOLDER["en"])


def check_placeholder(source: Source, _: Messages) -> list[ContentError]:
    """The line of the ``make new`` paragraph, in whichever language, if it is still there."""
    return [
        ContentError(
            source.path, line, _("this is the sample paragraph 'make new' wrote; replace it with the text of the news")
        )
        for line, paragraph in paragraphs(source.doc)
        if " ".join(paragraph.split()) in _WORDS
    ]
