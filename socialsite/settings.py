"""Plugin settings: one reader per plugin, names prefixed, defaults beside them, checked once.

Each plugin lists its settings as ``Setting`` rows (name with the plugin's prefix, default, the
check, and what the value must be, said in words) and reads them with ``read(settings, SETTINGS)``
in one ``get_settings`` function; its README lists the same rows. A wrong value stops the build
with one line naming the setting (``SettingError``), never a traceback deep inside a template.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from socialsite.messages import N_, Message, _


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    check: Callable[[object], bool]  # True when the value is acceptable
    expected: str  # what the value must be (a msgid: said in the run's language)


class SettingError(ValueError):
    """A setting with a value the plugin cannot use: printed as one line naming it."""

    def __init__(self, name: str, value, expected: str | Message):
        """``expected``: a msgid, or a Message when the words need values („one of: lt, en“)."""
        super().__init__(name)
        self.name, self.value, self.expected = name, value, expected

    def __str__(self) -> str:
        return str(
            _(
                "settings: {name} = {value} is wrong: {expected}",
                name=self.name,
                value=repr(self.value),
                expected=self.expected if isinstance(self.expected, Message) else _(self.expected),
            )
        )


def read(settings: Mapping, table: Iterable[Setting]) -> dict[str, object]:
    """{name: value} for every row of ``table``: the setting when given, else its default."""
    values = {}
    for row in table:
        value = settings.get(row.name, row.default)
        if not row.check(value):
            raise SettingError(row.name, value, row.expected)
        values[row.name] = value
    return values


# The checks most settings need, with the words that go with them.


def is_bool(value) -> bool:
    return isinstance(value, bool)


def is_text(value) -> bool:
    return isinstance(value, str) and value.strip() != ""


def is_count(value) -> bool:
    """A whole number, 0 or more (True and False are no counts)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def is_positive(value) -> bool:
    return is_count(value) and value > 0


def is_texts(value) -> bool:
    return isinstance(value, list | tuple) and all(is_text(item) for item in value)


def one_of(*choices) -> Callable[[object], bool]:
    return lambda value: value in choices


BOOL = N_("True or False")
TEXT = N_("a text, not empty")
COUNT = N_("a whole number, 0 or more")
POSITIVE = N_("a whole number above 0")
TEXTS = N_("a list of texts")
