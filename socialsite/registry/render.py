"""The disclosure text of a project in one language: the programme's template filled with its facts.

A programme file says what must be said (``disclosure: {lt: [paragraph templates]}``, facts named
in braces); a project file gives the facts. Dates and money are written by Babel in the page's
language (socialsite.formatting), so a second project of a programme needs no legal text of its own.
"""

from __future__ import annotations

import string

from markupsafe import Markup

from socialsite.formatting import format_date, format_money
from socialsite.registry.schema import DATE, MONEY, PROJECT_FIELDS, TEXT


def placeholders(project, settings, lang: str, mark=None) -> dict[str, str]:
    """Every fact of ``project`` as text in ``lang``, dates and money formatted by Babel.

    ``mark(text)`` wraps a text still in the default language (the theme marks its lang).
    """

    def said(text, field, index=None):
        return mark(text) if mark is not None and project.untranslated(field, lang, index) else text

    values = {}
    for field, (kind, _required) in PROJECT_FIELDS.items():
        value = project.facts.get(field)
        if value is None:
            continue
        if kind == TEXT and isinstance(value, list):
            items = [said(item[lang], field, index) for index, item in enumerate(value)]
            values[field] = items[0].__class__(", ").join(items) if items else ""
        elif kind == TEXT:
            values[field] = said(value[lang], field)
        elif kind == DATE:
            values[field] = format_date(settings, value, lang)
        elif kind == MONEY:
            values[field] = format_money(settings, value, lang)
        else:
            values[field] = str(value)
    values["fund"] = project.programme.fund[lang]
    values["programme"] = project.programme.name[lang]
    return values


def disclosure(project, settings, lang: str, mark=None) -> list[str]:
    """The disclosure paragraphs of ``project`` in ``lang``, filled from its facts.

    With ``mark`` (returning ``Markup``) the paragraphs are ``Markup`` too: the template is
    escaped, plain facts are escaped as they are filled in, marked ones kept as marked.
    A paragraph made only of an optional fact the project does not give is left out; any other
    missing fact raises ``KeyError`` (the loader turns it into the error at the project's file).
    """
    values = placeholders(project, settings, lang, mark)
    paragraphs = []
    for template in project.programme.disclosure[lang]:
        fields = [f for _t, f, _s, _c in string.Formatter().parse(template) if f is not None]
        missing = [f for f in fields if f not in values]
        if missing and not string.Formatter().vformat(template, (), _Blank()).strip():
            continue  # a paragraph made only of an optional fact this project does not give
        if missing:
            raise KeyError(missing[0])
        if mark is not None:
            paragraphs.append(Markup.escape(template).format_map(values))
        else:
            paragraphs.append(template.format_map(values))
    return paragraphs


class _Blank(dict):
    def __missing__(self, key):
        return ""
