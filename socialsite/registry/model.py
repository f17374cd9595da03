"""The registry's objects and their lookups: programmes, projects, the registry of one build.

No I/O here: ``loader.py`` reads and checks the files and builds these objects; ``render.py``
writes a project's disclosure text.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from socialsite.errors import ContentError
from socialsite.messages import _
from socialsite.registry import render


@dataclass(frozen=True)
class Statement:
    """The words next to the EU emblem on a page in one language."""

    text: str  # in the page's language: the emblem's alt text
    official: str  # the EU's official wording shown beside a translation ("" when text is official)
    official_lang: str  # language of ``official``


@dataclass(frozen=True)
class Programme:
    key: str
    path: str
    name: dict
    fund: dict
    emblem: str
    statements: dict  # variant -> {lang: text}
    official_statement: tuple  # languages whose statement wording is the EU's official one
    disclosure: dict  # lang -> [paragraph template]
    show_fund: bool  # 2014–2020 rules ask for the fund's name in the block
    emblem_on_landing: bool  # 2014–2020 rules: emblem visible without scrolling


@dataclass(frozen=True)
class Project:
    code: str
    path: str
    programme: Programme
    facts: dict
    # (field, item index or None, lang) of texts not translated yet: they hold the default
    # language's text, which the theme marks with its lang and a note (a project may go online
    # with its Lithuanian facts only).
    untranslated_texts: frozenset = frozenset()
    default_lang: str = "lt"
    warnings: tuple = ()  # one ContentError per untranslated field, for `make check`

    def untranslated(self, field: str, lang: str, index: int | None = None) -> bool:
        return (field, index, lang) in self.untranslated_texts

    def has_untranslated(self, lang: str) -> bool:
        return any(entry[2] == lang for entry in self.untranslated_texts)

    def text(self, field: str, lang: str) -> str:
        value = self.facts.get(field)
        return value[lang] if isinstance(value, dict) else ("" if value is None else str(value))

    def title(self, lang: str) -> str:
        return self.text("title", lang)

    @property
    def start(self) -> datetime.date | None:
        return self.facts.get("start")

    @property
    def end(self) -> datetime.date | None:
        return self.facts.get("end")

    def status(self, today: datetime.date) -> str:
        """``planned``, ``ongoing`` or ``finished`` on ``today`` (the build's date).

        The dates decide: a project runs from its start to its end day inclusive, and turns
        finished on the day after, without anyone editing anything. ``status`` in the registry
        is only for a project whose end date is not known (the loader refuses both at once).
        """
        if self.end is None and self.facts.get("status"):
            return self.facts["status"]
        if self.start is not None and self.start > today:
            return "planned"
        if self.end is not None and self.end < today:
            return "finished"
        return "ongoing"

    def is_ongoing(self, today: datetime.date) -> bool:
        """Listed with the running projects (a planned one too) rather than in the archive."""
        return self.status(today) != "finished"

    def statement(self, lang: str) -> Statement:
        variant = self.programme.statements[self.facts["statement"]]
        if lang in self.programme.official_statement:
            return Statement(variant[lang], "", "")
        official_lang = self.programme.official_statement[0]
        return Statement(variant[lang], variant[official_lang], official_lang)

    def placeholders(self, settings, lang: str, mark=None) -> dict[str, str]:
        """Every fact as text in ``lang`` (``render.placeholders``)."""
        return render.placeholders(self, settings, lang, mark)

    def disclosure(self, settings, lang: str, mark=None) -> list[str]:
        """The disclosure paragraphs in ``lang``, filled from this project's facts (``render.disclosure``)."""
        return render.disclosure(self, settings, lang, mark)


class Registry:
    def __init__(self, projects: dict[str, Project], programmes: dict[str, Programme]):
        self.projects = projects
        self.programmes = programmes

    def __contains__(self, code: str) -> bool:
        return code in self.projects

    @property
    def warnings(self) -> list[ContentError]:
        """What is not wrong but not finished: texts still to translate (printed, never fatal)."""
        return [warning for project in self for warning in project.warnings]

    def __iter__(self):
        return iter(self.projects[code] for code in sorted(self.projects))

    def get(self, code: str) -> Project | None:
        return self.projects.get(code)

    def require(self, code: str, path: str, line: int) -> Project:
        """The project, or the error staff see for a code that is not in the registry."""
        project = self.projects.get(code)
        if project is None:
            known = ", ".join(sorted(self.projects)) or "none"
            raise ContentError(path, line, _("unknown project '{code}'; known: {known}", code=code, known=known))
        return project


def parse_codes(value: str) -> list[str]:
    """``07-003-P-0001, 07-018-P-0001`` -> both codes, in order, without repeats."""
    codes = []
    for part in str(value).split(","):
        code = part.strip()
        if code and code not in codes:
            codes.append(code)
    return codes
