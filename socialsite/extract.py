"""Which msgids the code says, and the catalogs kept complete: ``invoke messages`` and the tests.

Babel extracts every ``_("…")`` and ``N_("…")`` from the Python code (plugins/ and tasks.py; the
theme has its own catalog). New msgids are appended at the end of each catalog with an empty
translation, existing entries stay where they are (several branches add entries at once, and
appending keeps their merges simple); the catalog test then fails until they are translated.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.extract import extract_from_dir, extract_from_file
from babel.messages.pofile import read_po

from socialsite.messages import catalog_path

KEYWORDS = {"_": None, "N_": None}
ROOT = Path(__file__).resolve().parents[1]  # the project's tree (a developer's tool: not run installed)


def code_msgids(root: Path = ROOT) -> dict[str, str]:
    """{msgid: the first file saying it}, over socialsite/ and plugins/ (tests left out), tasks.py and publishconf.py."""
    found: dict[str, str] = {}

    def keep(relative, message):
        if message and message not in found:
            found[message] = relative

    for folder in ("socialsite", "plugins"):
        for filename, _line, message, _comments, _context in extract_from_dir(
            root / folder,
            method_map=[("**/tests/**.py", "ignore"), ("**.py", "python")],
            keywords=KEYWORDS,
        ):
            keep(f"{folder}/{filename}", message)
    for name in ("tasks.py", "publishconf.py"):
        for _line, message, _comments, _context in extract_from_file("python", root / name, keywords=KEYWORDS):
            keep(name, message)
    return found


def read_catalog(lang: str):
    with catalog_path(lang).open("rb") as handle:
        return read_po(handle, locale=lang)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def append_missing(lang: str, root: Path = ROOT) -> list[str]:
    """Append the code's msgids the catalog of ``lang`` lacks (empty msgstr); return them."""
    known = {message.id for message in read_catalog(lang) if message.id}
    missing = {msgid: where for msgid, where in code_msgids(root).items() if msgid not in known}
    if missing:
        entries = []
        for msgid, where in missing.items():
            flag = "#, python-brace-format\n" if "{" in msgid else ""
            entries.append(f'\n#: {where}\n{flag}msgid {_quote(msgid)}\nmsgstr ""\n')
        with catalog_path(lang).open("a", encoding="utf-8") as handle:
            handle.write("".join(entries))
    return list(missing)
