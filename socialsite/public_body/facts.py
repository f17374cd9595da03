"""The one convention for facts nobody has given yet, used by every data file of the plugin.

- ``"TODO: what to ask"`` (or an empty value, or null): the fact is unknown. The site leaves it
  out, or says „dar nenurodyta“ where that harms no one (a service's price).
- a mapping with a ``confirm: why`` key beside its values: the value is believed and shown,
  but someone must still check it.
- an e-mail or address on a reserved domain (``.example``, ``.invalid``, ``.test``): a stand-in.

``make html`` builds with all of them, so work goes on; ``make publish`` refuses each one with
its ``path:line`` (``placeholders``). Markdown pages use the same marker: a paragraph that starts
with ``TODO:`` is text staff still have to write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TODO = "TODO"
RESERVED_DOMAIN = re.compile(r"\.(example|invalid|test|localhost)\b", re.IGNORECASE)


def is_unknown(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip() or value.strip().upper().startswith(TODO)
    return False


def known(value):
    """The value, or None where it is unknown; a ``confirm`` note is dropped from a mapping."""
    if is_unknown(value):
        return None
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if k != "confirm" and not is_unknown(v)} or None
    return value


@dataclass(frozen=True)
class Placeholder:
    """One fact still to give or confirm: where it is, and what the file says about it."""

    path: str
    line: int
    field: str
    note: str  # the TODO text, the confirm note, or the value itself


def find_placeholders(doc, data=None, keys: tuple = ()) -> list[Placeholder]:
    """Every unknown, to-confirm or reserved-domain value in a loaded data file (a ``Marked``)."""
    data = doc.data if data is None else data
    found: list[Placeholder] = []
    name = ".".join(str(k) for k in keys)
    if isinstance(data, dict):
        if "confirm" in data:
            found.append(Placeholder(doc.path, doc.line(*keys, "confirm"), name, str(data["confirm"])))
        for key, value in data.items():
            if key != "confirm":
                found += find_placeholders(doc, value, (*keys, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += find_placeholders(doc, value, (*keys, index))
    elif is_unknown(data):
        found.append(Placeholder(doc.path, doc.line(*keys), name, str(data or "").strip()))
    elif isinstance(data, str) and RESERVED_DOMAIN.search(data):
        found.append(Placeholder(doc.path, doc.line(*keys), name, data))
    return found
