"""One home for what the tools say to staff: a message is an id and its values, put into words once.

``_(msgid, **values)`` makes a ``Message`` that keeps the English msgid (with ``{named}`` placeholders) and the
values; ``str(message)`` translates it when it is printed, in the language of the run. Rules,
parsers and tools never format their own sentences, and nothing matches English text to
translate it afterwards.

The language of the run is chosen the gettext way, so ``LANGUAGE=ru make check`` speaks Russian:
the first language of ``LANGUAGE`` (a colon list) that has a catalog, else the first set of
``LC_ALL``, ``LC_MESSAGES``, ``LANG`` (``ru_RU.UTF-8`` → ``ru``); ``C``, ``POSIX`` or a language
without a catalog gives Lithuanian, the staff's default. English is the msgids themselves.

The catalogs are ``socialsite/locale/<lang>/LC_MESSAGES/content_rules.po`` (where
they have always been; every tool's messages share them), compiled in memory on first use.
"""

from __future__ import annotations

import functools
import gettext as gnu_gettext
import os
import string
from pathlib import Path

from socialsite.catalogs import load_po

DOMAIN = "content_rules"
DEFAULT_LANG = "lt"  # staff read Lithuanian unless their environment asks for another language
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
ENV_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

_chosen: str | None = None  # set_language() overrides the environment (tests)


def N_(msgid: str) -> str:
    """Mark a msgid for extraction where it is not said yet."""
    return msgid


def catalog_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@functools.cache
def languages() -> tuple[str, ...]:
    """Languages the tools can speak: English (the msgids) and every catalog."""
    return ("en", *sorted(p.name for p in LOCALE_DIR.iterdir() if catalog_path(p.name).exists()))


def _code(value: str) -> str:
    """``ru_RU.UTF-8`` / ``ru-RU`` / ``ru@latin`` → ``ru``."""
    return value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()


def language_from(environ) -> str:
    """The language ``environ`` asks for, as gettext reads it; Lithuanian when it asks for none we have."""
    for entry in (environ.get("LANGUAGE") or "").split(":"):
        if entry and _code(entry) in languages():
            return _code(entry)
    for name in ENV_VARIABLES:
        value = environ.get(name)
        if value:
            code = _code(value)
            return code if code in languages() else DEFAULT_LANG
    return DEFAULT_LANG


def run_language() -> str:
    """The language every message of this run is printed in."""
    return _chosen or language_from(os.environ)


def set_language(lang: str | None) -> None:
    """Speak ``lang`` in this process whatever the environment says (``None``: follow it again)."""
    global _chosen
    if lang is not None and lang not in languages():
        raise ValueError(f"no messages in '{lang}'; known: {', '.join(languages())}")
    _chosen = lang


@functools.cache
def _translations(lang: str) -> gnu_gettext.NullTranslations:
    if lang == "en":
        return gnu_gettext.NullTranslations()
    return load_po(catalog_path(lang), lang, DOMAIN)


def translate(msgid: str, lang: str | None = None) -> str:
    return _translations(lang or run_language()).gettext(msgid)


class Message:
    """A msgid and its values; words only when printed (``str``), in the run's language.

    Values may be messages themselves (a reason inside a sentence); they are translated too.
    ``lang`` pins one language (a test that reads English whatever the environment says).
    Equal, hashed and ordered by msgid and values, so errors can be sorted and de-duplicated
    before anyone reads them. Comparing with a ``str`` compares the printed words.
    """

    __slots__ = ("lang", "msgid", "values")

    def __init__(self, msgid: str, values: dict | None = None, lang: str | None = None):
        self.msgid = msgid
        self.values = dict(values or {})
        self.lang = lang

    def render(self, lang: str | None = None) -> str:
        lang = lang or self.lang or run_language()
        values = {k: v.render(lang) if isinstance(v, Message) else v for k, v in self.values.items()}
        return translate(self.msgid, lang).format(**values)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.msgid!r}, {self.values!r})"

    def _key(self):
        return (self.msgid, tuple(sorted((k, str(v)) for k, v in self.values.items())))

    def __eq__(self, other):
        if isinstance(other, Message):
            return self._key() == other._key()
        if isinstance(other, str):
            return str(self) == other
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __lt__(self, other):
        return str(self) < str(other)

    def __gt__(self, other):
        return str(self) > str(other)

    # A few str methods, so code written for plain-text messages keeps working.
    def startswith(self, prefix) -> bool:
        return str(self).startswith(prefix)

    def __contains__(self, part) -> bool:
        return part in str(self)


class Messages:
    """``_(msgid, **values)`` → a ``Message``; the call shape every rule and tool uses.

    ``Messages()`` follows the run's language; ``Messages("en")`` pins one.
    """

    def __init__(self, lang: str | None = None):
        if lang is not None and lang not in languages():
            raise ValueError(f"no messages in '{lang}'; known: {', '.join(languages())}")
        self.lang = lang

    def __call__(self, msgid: str, /, **values) -> Message:
        return Message(msgid, values, self.lang)

    def pin(self, error):
        """``error`` (a ContentError) said in this translator's language when one is pinned.

        The shared parsers say their messages with the run's ``_``; a caller that asked for one
        language gets theirs in it too.
        """
        message = error.message
        if self.lang is None or not isinstance(message, Message):
            return error
        return type(error)(error.path, error.line, Message(message.msgid, message.values, self.lang))


_ = Messages()


def placeholders(message: str) -> set[str]:
    """Named placeholders of a msgid or translation (``{{`` is a literal brace)."""
    return {field for _text, field, _spec, _conv in string.Formatter().parse(message) if field}


def close_match(word: str, known) -> str | None:
    """The one known name a mistyped ``word`` most likely meant (difflib), for „gal …?“."""
    import difflib

    matches = difflib.get_close_matches(word, list(known), n=1, cutoff=0.88)  # a typo, not another project
    return matches[0] if matches else None
