"""``<html lang>`` matches the folder: ``ru/…`` is Russian, ``en/…`` English, the rest Lithuanian
(the prefixes of ``LANGUAGES``).

Screen readers pick their voice from it and Pagefind its index: a Russian page marked ``lt`` is
read aloud with Lithuanian rules and found by Lithuanian searches. Needs no SITEURL: run by
every build.
"""

from __future__ import annotations

from socialsite.languages import default_lang, languages
from socialsite.messages import _
from socialsite.sitechecks.page import PageCheck


def expected_lang(relative: str, settings) -> str:
    """The language of a built file, from its folder: ``ru/…`` is Russian, the rest Lithuanian."""
    for language in languages(settings):
        if language.prefix and relative.startswith(language.prefix):
            return language.code
    return default_lang(settings)


class Lang(PageCheck):
    def __init__(self, page, settings):
        super().__init__(page, settings)
        self.lang: str | None = None
        self.line = 1

    def start(self, tag: str, attributes: dict, line: int, self_closing: bool) -> None:
        if tag == "html":
            self.lang, self.line = attributes.get("lang"), line

    def finish(self) -> None:
        wanted = expected_lang(self.page.path, self.settings)
        if self.lang is None:
            self.problem(self.line, _('<html> has no lang; a page in this folder needs lang="{wanted}"', wanted=wanted))
        elif self.lang != wanted:
            self.problem(
                self.line,
                _(
                    '<html> has lang="{found}"; a page in this folder needs lang="{wanted}"',
                    found=self.lang,
                    wanted=wanted,
                ),
            )
