"""Load, validate and look up projects and their funding programmes.

Layout (``PROJECTS_PATH``, by default content/projects/):

- ``<code>.yaml``: one project's facts (code, programme, title, budget, dates, description,
  the organisation's own role in it), every text in every site language.
- ``programmes/<key>.yaml``: what a funding programme requires to be said: the statement next
  to the EU emblem and the disclosure paragraphs, as templates filled from a project's facts.
  A second ESF+ project needs only its facts, never a copy of the legal text.

Every problem is a ``ContentError`` carrying the file and line of the field.
"""

from __future__ import annotations

import datetime
import string
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from socialsite.errors import ContentError, ContentErrors
from socialsite.formatting import format_date, format_money
from socialsite.messages import N_, _
from socialsite.registry import yamlfile

# Fields a project file must or may have; the value says how it is checked.
_TEXT, _DATE, _MONEY, _INT, _KEY = "text", "date", "money", "int", "key"
PROJECT_FIELDS = {
    "code": (_KEY, True),
    "programme": (_KEY, True),
    "statement": (_KEY, True),
    "title": (_TEXT, True),
    "implementer": (_TEXT, False),
    "organisation": (_TEXT, True),
    "role": (_TEXT, True),
    "since": (_DATE, False),
    "where": (_TEXT, False),
    "budget": (_MONEY, True),
    "organisation_share": (_MONEY, False),
    "start": (_DATE, False),
    "end": (_DATE, False),
    "duration_months": (_INT, False),
    "status": (_KEY, False),
    "partners": (_TEXT, False),
    "aim": (_TEXT, True),
    "activities": (_TEXT, True),
    "more_activities": (_TEXT, False),
    "expected_results": (_TEXT, True),
    "url": (_KEY, False),
}
PROGRAMME_FIELDS = ("name", "fund", "emblem", "statement", "official_statement", "disclosure")
STATUSES = ("ongoing", "finished")
UNKNOWN_PROGRAMME = N_("unknown programme '{programme}'; known: {known}")


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
        """Every fact as text in ``lang``, dates and money formatted by Babel.

        ``mark(text)`` wraps a text still in the default language (the theme marks its lang).
        """

        def said(text, field, index=None):
            return mark(text) if mark is not None and self.untranslated(field, lang, index) else text

        values = {}
        for field, (kind, _required) in PROJECT_FIELDS.items():
            value = self.facts.get(field)
            if value is None:
                continue
            if kind == _TEXT and isinstance(value, list):
                items = [said(item[lang], field, index) for index, item in enumerate(value)]
                values[field] = items[0].__class__(", ").join(items) if items else ""
            elif kind == _TEXT:
                values[field] = said(value[lang], field)
            elif kind == _DATE:
                values[field] = format_date(settings, value, lang)
            elif kind == _MONEY:
                values[field] = format_money(settings, value, lang)
            else:
                values[field] = str(value)
        values["fund"] = self.programme.fund[lang]
        values["programme"] = self.programme.name[lang]
        return values

    def disclosure(self, settings, lang: str, mark=None) -> list[str]:
        """The disclosure paragraphs in ``lang``, filled from this project's facts.

        With ``mark`` (returning ``Markup``) the paragraphs are ``Markup`` too: the template is
        escaped, plain facts are escaped as they are filled in, marked ones kept as marked.
        """
        values = self.placeholders(settings, lang, mark)
        paragraphs = []
        for template in self.programme.disclosure[lang]:
            fields = [f for _t, f, _s, _c in string.Formatter().parse(template) if f is not None]
            missing = [f for f in fields if f not in values]
            if missing and not string.Formatter().vformat(template, (), _Blank()).strip():
                continue  # a paragraph made only of an optional fact this project does not give
            if missing:
                raise KeyError(missing[0])
            if mark is not None:
                from markupsafe import Markup

                paragraphs.append(Markup.escape(template).format_map(values))
            else:
                paragraphs.append(template.format_map(values))
        return paragraphs


class _Blank(dict):
    def __missing__(self, key):
        return ""


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


def load_registry(directory, settings) -> Registry:
    """Read every programme and project under ``directory``; raise ContentErrors listing all problems.

    ``settings`` needs ``LANGUAGES`` (the site languages, each text must exist in all of them).
    """
    directory = Path(directory)
    languages = list(settings["LANGUAGES"])
    errors: list[ContentError] = []
    programmes: dict[str, Programme] = {}
    broken = set()  # programmes with errors of their own: their projects add no more noise
    for path in sorted((directory / "programmes").glob("*.yaml")):
        try:
            programme = _load_programme(path, languages)
            programmes[programme.key] = programme
        except ContentError as error:
            errors.append(error)
            broken.add(path.stem)
    projects: dict[str, Project] = {}
    for path in sorted(directory.glob("*.yaml")):
        try:
            project = _load_project(path, languages, programmes, settings)
            projects[project.code] = project
        except ContentError as error:
            if not (getattr(error.message, "msgid", "") == UNKNOWN_PROGRAMME and _programme_of(path) in broken):
                errors.append(error)
        except ContentErrors as many:
            errors.extend(many.errors)
    if errors:
        raise ContentErrors(errors)
    return Registry(projects, programmes)


def _programme_of(path: Path) -> str | None:
    data = yamlfile.load(path).data
    return data.get("programme") if isinstance(data, dict) else None


def _texts(doc: yamlfile.Marked, value, languages, *keys, untranslated: list | None = None) -> dict:
    """A text given in every site language: ``{lt: …, ru: …, en: …}``.

    With ``untranslated`` (a project's texts) only the first language (the default) is required:
    a missing translation is filled with it and noted in ``untranslated`` as ``(keys, lang)``.
    """
    name = ".".join(str(k) for k in keys)
    if not isinstance(value, dict):
        raise doc.error(
            _("'{name}' must list the text per language ({known})", name=name, known=", ".join(languages)), *keys
        )
    texts = {}
    for lang in languages:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            if untranslated is None or lang == languages[0]:
                raise doc.error(
                    _("'{name}' has no text in '{lang}'; add '{lang}: …' under it", name=name, lang=lang), *keys
                )
            untranslated.append((keys, lang))
            text = value[languages[0]]
        texts[lang] = text
    unknown = sorted(set(value) - set(languages))
    if unknown:
        raise doc.error(
            _("'{name}' has a text in an unknown language '{lang}'", name=name, lang=unknown[0]), *keys, unknown[0]
        )
    return texts


def _load_programme(path: Path, languages) -> Programme:
    doc = yamlfile.load(path)
    data = doc.data
    if not isinstance(data, dict):
        raise doc.error(_("a programme file must be a mapping of fields"))
    for field in PROGRAMME_FIELDS:
        if field not in data:
            raise doc.error(_("the programme has no '{field}'", field=field))
    statements = data["statement"]
    if not isinstance(statements, dict) or not statements:
        raise doc.error(_("'statement' must name at least one wording, e.g. 'co-funded:'"), "statement")
    statements = {key: _texts(doc, value, languages, "statement", key) for key, value in statements.items()}
    official = data["official_statement"]
    if not isinstance(official, list) or not official or not set(official) <= set(languages):
        raise doc.error(
            _("'official_statement' must list the languages whose wording is the EU's own, e.g. [lt, en]"),
            "official_statement",
        )
    disclosure = data["disclosure"]
    if not isinstance(disclosure, dict):
        raise doc.error(_("'disclosure' must give the paragraphs per language"), "disclosure")
    templates = {}
    for lang in languages:
        paragraphs = disclosure.get(lang)
        if not isinstance(paragraphs, list) or not all(isinstance(p, str) and p.strip() for p in paragraphs):
            raise doc.error(_("'disclosure' has no list of paragraphs in '{lang}'", lang=lang), "disclosure", lang)
        for index, template in enumerate(paragraphs):
            for _text, field, spec, conversion in _template_parts(doc, template, "disclosure", lang, index):
                if field is not None and (spec or conversion):
                    raise doc.error(
                        f"the disclosure writes '{{{field}{'!' + conversion if conversion else ''}"
                        f"{':' + spec if spec else ''}}}'; write only the fact's name in braces, e.g. {{{field}}}",
                        "disclosure",
                        lang,
                        index,
                    )
                if field is not None and field not in PROJECT_FIELDS and field not in ("fund", "programme"):
                    raise doc.error(
                        _(
                            "the disclosure uses '{{{field}}}', which is no project fact; use one of: {known}",
                            field=field,
                            known=", ".join(sorted(PROJECT_FIELDS)),
                        ),
                        "disclosure",
                        lang,
                        index,
                    )
        templates[lang] = list(paragraphs)
    return Programme(
        key=path.stem,
        path=str(path),
        name=_texts(doc, data["name"], languages, "name"),
        fund=_texts(doc, data["fund"], languages, "fund"),
        emblem=str(data["emblem"]),
        statements=statements,
        official_statement=tuple(official),
        disclosure=templates,
        show_fund=bool(data.get("show_fund", False)),
        emblem_on_landing=bool(data.get("emblem_on_landing", False)),
    )


def _template_parts(doc: yamlfile.Marked, template: str, *keys) -> list:
    """The parts of a template, or the error for a brace left open or a stray ``}``."""
    try:
        return list(string.Formatter().parse(template))
    except ValueError:
        raise doc.error(
            "a '{' or '}' in the disclosure is not closed; write facts as {name} and a brace itself as {{ or }}", *keys
        ) from None


def _load_project(path: Path, languages, programmes, settings) -> Project:
    doc = yamlfile.load(path)
    data = doc.data
    if not isinstance(data, dict):
        raise doc.error(_("a project file must be a mapping of fields"))
    unknown = sorted(set(data) - set(PROJECT_FIELDS))
    if unknown:
        raise doc.error(
            _("'{field}' is not a project field; known: {known}", field=unknown[0], known=", ".join(PROJECT_FIELDS)),
            unknown[0],
        )
    facts = {}
    untranslated: list = []
    for field, (kind, required) in PROJECT_FIELDS.items():
        value = data.get(field)
        if value is None:
            if required:
                raise doc.error(_("the project has no '{field}'; add it", field=field), field)
            continue
        facts[field] = _check_fact(doc, field, kind, value, languages, untranslated)
    if facts["code"] != path.stem:
        raise doc.error(
            _("the code '{code}' differs from the file name '{name}'", code=facts["code"], name=path.stem), "code"
        )
    programme = programmes.get(facts["programme"])
    if programme is None:
        known = ", ".join(sorted(programmes)) or "none"
        raise doc.error(_(UNKNOWN_PROGRAMME, programme=facts["programme"], known=known), "programme")
    if facts["statement"] not in programme.statements:
        known = ", ".join(programme.statements)
        raise doc.error(
            _(
                "the programme has no statement '{statement}'; known: {known}",
                statement=facts["statement"],
                known=known,
            ),
            "statement",
        )
    if facts.get("status") and facts["status"] not in STATUSES:
        raise doc.error(_("'status' must be one of: {known}", known=", ".join(STATUSES)), "status")
    if facts.get("status") and facts.get("end"):
        raise doc.error(
            _("give 'status' only when the end date is unknown: with 'end', the date decides; delete the status line"),
            "status",
        )
    if facts.get("start") and facts.get("end") and facts["end"] < facts["start"]:
        raise doc.error(_("'end' is before 'start'"), "end")
    project = Project(
        code=facts["code"],
        path=str(path),
        programme=programme,
        facts=facts,
        untranslated_texts=frozenset(
            (keys[0], keys[1] if len(keys) > 1 else None, lang) for keys, lang in untranslated
        ),
        default_lang=languages[0],
        warnings=_translation_warnings(doc, untranslated),
    )
    for lang in languages:  # a template that needs a fact this project lacks fails here, not on a page
        try:
            project.disclosure(settings, lang)
        except KeyError as missing:
            raise doc.error(
                _("the programme's disclosure needs '{field}', which this project does not give", field=missing.args[0])
            ) from None
    return project


def _translation_warnings(doc, untranslated) -> tuple:
    """One warning per field whose translations are missing, at the field's line."""
    missing: dict[tuple, list[str]] = {}
    for keys, lang in untranslated:
        if lang not in missing.setdefault(keys, []):
            missing[keys].append(lang)
    return tuple(
        doc.error(
            _(
                "warning: '{name}' has no text in {langs} yet; the pages in those languages show the "
                "Lithuanian text, marked as such, until it is written",
                name=".".join(str(k) for k in keys),
                langs=", ".join(langs),
            ),
            *keys,
        )
        for keys, langs in missing.items()
    )


def _check_fact(doc, field, kind, value, languages, untranslated=None):
    if kind == _TEXT:
        if isinstance(value, list):
            return [_texts(doc, item, languages, field, i, untranslated=untranslated) for i, item in enumerate(value)]
        return _texts(doc, value, languages, field, untranslated=untranslated)
    if kind == _DATE:
        if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
            raise doc.error(_("'{field}' must be a date written as YYYY-MM-DD", field=field), field)
        return value
    if kind == _MONEY:
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise doc.error(_("'{field}' must be an amount in euro, e.g. 43940212.00", field=field), field)
        try:
            amount = Decimal(str(value))
        except ArithmeticError:
            raise doc.error(_("'{field}' must be an amount in euro, e.g. 43940212.00", field=field), field) from None
        try:  # .nan, .inf and 1e999999 are numbers to YAML but no amount; NaN compares as an error
            exact = amount.is_finite() and amount >= 0 and amount == amount.quantize(Decimal("0.01"))
        except ArithmeticError:
            exact = False
        if not exact:
            raise doc.error(_("'{field}' must be a positive amount with at most two decimals", field=field), field)
        return amount
    if kind == _INT:
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise doc.error(_("'{field}' must be a whole positive number", field=field), field)
        return value
    if not isinstance(value, (str, int)) or not str(value).strip():
        raise doc.error(_("'{field}' must be a short name", field=field), field)
    return str(value).strip()
