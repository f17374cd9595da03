"""What a programme file and a project file must hold, checked with the file and line of each field.

Only the checks: they return plain values (a programme's fields, a project's facts) and raise
``ContentError`` at the field's line. Building the objects is the loader's job (``loader.py``),
the objects themselves are in ``model.py``.
"""

from __future__ import annotations

import datetime
import string
from decimal import Decimal

from socialsite.messages import N_, _
from socialsite.registry import yamlfile

# Fields a project file must or may have; the value says how it is checked.
TEXT, DATE, MONEY, INT, KEY = "text", "date", "money", "int", "key"
PROJECT_FIELDS = {
    "code": (KEY, True),
    "programme": (KEY, True),
    "statement": (KEY, True),
    "title": (TEXT, True),
    "implementer": (TEXT, False),
    "organisation": (TEXT, True),
    "role": (TEXT, True),
    "since": (DATE, False),
    "where": (TEXT, False),
    "budget": (MONEY, True),
    "organisation_share": (MONEY, False),
    "start": (DATE, False),
    "end": (DATE, False),
    "duration_months": (INT, False),
    "status": (KEY, False),
    "partners": (TEXT, False),
    "aim": (TEXT, True),
    "activities": (TEXT, True),
    "more_activities": (TEXT, False),
    "expected_results": (TEXT, True),
    "url": (KEY, False),
}
# Facts a disclosure template may name besides the project's fields: they come from the programme.
PROGRAMME_FACTS = ("fund", "programme")
PROGRAMME_FIELDS = ("name", "fund", "emblem", "statement", "official_statement", "disclosure")
STATUSES = ("ongoing", "finished")
UNKNOWN_PROGRAMME = N_("unknown programme '{programme}'; known: {known}")


def texts(doc: yamlfile.Marked, value, languages, *keys, untranslated: list | None = None) -> dict:
    """A text given in every site language: ``{lt: …, ru: …, en: …}``.

    With ``untranslated`` (a project's texts) only the first language (the default) is required:
    a missing translation is filled with it and noted in ``untranslated`` as ``(keys, lang)``.
    """
    name = ".".join(str(k) for k in keys)
    if not isinstance(value, dict):
        raise doc.error(
            _("'{name}' must list the text per language ({known})", name=name, known=", ".join(languages)), *keys
        )
    found = {}
    for lang in languages:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            if untranslated is None or lang == languages[0]:
                raise doc.error(
                    _("'{name}' has no text in '{lang}'; add '{lang}: …' under it", name=name, lang=lang), *keys
                )
            untranslated.append((keys, lang))
            text = value[languages[0]]
        found[lang] = text
    unknown = sorted(set(value) - set(languages))
    if unknown:
        raise doc.error(
            _("'{name}' has a text in an unknown language '{lang}'", name=name, lang=unknown[0]), *keys, unknown[0]
        )
    return found


def check_programme(doc: yamlfile.Marked, languages) -> dict:
    """The fields of a programme file, checked: the keyword arguments of ``Programme`` but its key and path."""
    data = doc.data
    if not isinstance(data, dict):
        raise doc.error(_("a programme file must be a mapping of fields"))
    for field in PROGRAMME_FIELDS:
        if field not in data:
            raise doc.error(_("the programme has no '{field}'", field=field))
    statements = data["statement"]
    if not isinstance(statements, dict) or not statements:
        raise doc.error(_("'statement' must name at least one wording, e.g. 'co-funded:'"), "statement")
    statements = {key: texts(doc, value, languages, "statement", key) for key, value in statements.items()}
    official = data["official_statement"]
    if not isinstance(official, list) or not official or not set(official) <= set(languages):
        raise doc.error(
            _("'official_statement' must list the languages whose wording is the EU's own, e.g. [lt, en]"),
            "official_statement",
        )
    disclosure = data["disclosure"]
    if not isinstance(disclosure, dict):
        raise doc.error(_("'disclosure' must give the paragraphs per language"), "disclosure")
    templates = {lang: _check_templates(doc, disclosure.get(lang), lang) for lang in languages}
    return {
        "name": texts(doc, data["name"], languages, "name"),
        "fund": texts(doc, data["fund"], languages, "fund"),
        "emblem": str(data["emblem"]),
        "statements": statements,
        "official_statement": tuple(official),
        "disclosure": templates,
        "show_fund": bool(data.get("show_fund", False)),
        "emblem_on_landing": bool(data.get("emblem_on_landing", False)),
    }


def _check_templates(doc: yamlfile.Marked, paragraphs, lang: str) -> list[str]:
    """The disclosure paragraphs in ``lang``: templates naming project facts in braces, nothing else."""
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
            if field is not None and field not in PROJECT_FIELDS and field not in PROGRAMME_FACTS:
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
    return list(paragraphs)


def _template_parts(doc: yamlfile.Marked, template: str, *keys) -> list:
    """The parts of a template, or the error for a brace left open or a stray ``}``."""
    try:
        return list(string.Formatter().parse(template))
    except ValueError:
        raise doc.error(
            "a '{' or '}' in the disclosure is not closed; write facts as {name} and a brace itself as {{ or }}", *keys
        ) from None


def check_project(doc: yamlfile.Marked, stem: str, languages, programmes: dict) -> tuple[dict, list]:
    """A project file's facts, checked against the fields and its programme, and its untranslated texts.

    ``stem`` is the file name without ``.yaml`` (the code must match it); ``programmes`` the loaded
    programmes by key. The untranslated texts are ``(keys, lang)`` pairs (see ``texts``).
    """
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
    if facts["code"] != stem:
        raise doc.error(
            _("the code '{code}' differs from the file name '{name}'", code=facts["code"], name=stem), "code"
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
    return facts, untranslated


def translation_warnings(doc: yamlfile.Marked, untranslated) -> tuple:
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
    if kind == TEXT:
        if isinstance(value, list):
            return [texts(doc, item, languages, field, i, untranslated=untranslated) for i, item in enumerate(value)]
        return texts(doc, value, languages, field, untranslated=untranslated)
    if kind == DATE:
        if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
            raise doc.error(_("'{field}' must be a date written as YYYY-MM-DD", field=field), field)
        return value
    if kind == MONEY:
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
    if kind == INT:
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise doc.error(_("'{field}' must be a whole positive number", field=field), field)
        return value
    if not isinstance(value, (str, int)) or not str(value).strip():
        raise doc.error(_("'{field}' must be a short name", field=field), field)
    return str(value).strip()
