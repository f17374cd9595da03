"""What the content tools say, in the reader's language, through gettext.

Every message is written in English as a msgid with named placeholders,
``_("unknown category '{category}'; use one of: {known}", category=…, known=…)``, so a
translation may put the words in any order. Lithuanian is the default for staff; ``en`` shows the
msgids themselves. The catalog is ``locale/<lang>/LC_MESSAGES/content_rules.po`` beside this
file, compiled in memory on first use (as plugins/multilingual/catalogs.py does for the theme),
so no ``.mo`` file is ever committed or stale. Fuzzy entries are left out, as ``msgfmt`` does.

The shared parsers (sitekit.frontmatter) raise their own English messages; ``translate_error``
recognises those listed in ``FOREIGN`` and says them in the reader's language too.
"""

from __future__ import annotations

import functools
import gettext as gnu_gettext
import re
import string
from pathlib import Path


from sitekit.catalogs import load_po
from sitekit.errors import ContentError

DOMAIN = "content_rules"
DEFAULT_LANG = "lt"  # staff read Lithuanian; `make check` and `make html` speak it
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


def N_(msgid: str) -> str:
    """Mark a msgid for extraction without translating it here."""
    return msgid


# Messages of sitekit.frontmatter, word for word, with its values as placeholders.
FOREIGN = [
    N_("the header line {line} is not 'Field: value'; leave a blank line between the header and the text"),
    N_("the field '{key}' is given twice; keep one"),
    N_("the file is not saved as UTF-8; save it again choosing UTF-8"),
]


def catalog_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def languages() -> list[str]:
    """Languages the tools can speak: English (the msgids) and every catalog."""
    return ["en", *sorted(p.name for p in LOCALE_DIR.iterdir() if catalog_path(p.name).exists())]


@functools.lru_cache(maxsize=None)
def _translations(lang: str) -> gnu_gettext.NullTranslations:
    if lang == "en":
        return gnu_gettext.NullTranslations()
    return load_po(catalog_path(lang), lang, DOMAIN)


class Messages:
    """``_(msgid, **values)``: the message in one language with its placeholders filled."""

    def __init__(self, lang: str = DEFAULT_LANG):
        if lang not in languages():
            raise ValueError(f"no messages in '{lang}'; known: {', '.join(languages())}")
        self.lang = lang
        self._gettext = _translations(lang).gettext

    def __call__(self, msgid: str, **values) -> str:
        return self._gettext(msgid).format(**values)


def translator(lang: str = DEFAULT_LANG) -> Messages:
    return Messages(lang)


def summary(count: int, _: Messages) -> str:
    """The last line of ``make check``."""
    if count:
        return _("Problems found: {count}. Fix the lines above and check again.", count=count)
    return _("No problems found.")


def placeholders(message: str) -> set[str]:
    """Named placeholders of a msgid or translation (``{{`` is a literal brace)."""
    return {field for _text, field, _spec, _conv in string.Formatter().parse(message) if field}


@functools.lru_cache(maxsize=None)
def _foreign_patterns() -> list[tuple[re.Pattern, str]]:
    patterns = []
    for msgid in FOREIGN:
        regex = ""
        for text, field, _spec, _conv in string.Formatter().parse(msgid):
            regex += re.escape(text)
            if field:
                regex += f"(?P<{field}>.+?)"
        patterns.append((re.compile(f"^{regex}$", re.DOTALL), msgid))
    return patterns


def translate_error(error: ContentError, _: Messages) -> ContentError:
    """``error`` in the reader's language when it is one of the shared parsers' messages."""
    for pattern, msgid in _foreign_patterns():
        match = pattern.match(error.message)
        if match:
            return ContentError(error.path, error.line, _(msgid, **match.groupdict()))
    return error
