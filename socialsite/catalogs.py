"""Gettext catalogs compiled in memory from their ``.po`` files.

The theme's strings and the content tools' messages both keep ``.po`` files in git and never a
``.mo``: compiling at load time means a catalog can never be stale or forgotten. Fuzzy entries are
left out, as ``msgfmt`` does.
"""

from __future__ import annotations

import gettext
import io
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po


def load_po(path: Path, lang: str, domain: str) -> gettext.NullTranslations:
    """The translations in ``path``, or the source strings themselves when there is no file."""
    if not path.exists():
        return gettext.NullTranslations()
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=lang, domain=domain)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)
