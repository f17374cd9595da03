"""The content rules: every mistake staff can make in a file, found before anything is built.

``check_site`` reads all content without building and returns a list of ``ContentError``
(``path:line: message``), put into words when printed in the run's language (``LANGUAGE``…,
``socialsite.messages``; ``lang=`` pins one). ``make check`` prints
them; ``make html`` runs the same function first, so a mistake reads the same from both.
``check_text`` checks one text on its own; ``check_sources`` runs the rules over files already
read (``make new`` checks its file with it before saving). See README.md for the rules.
"""

from socialsite.rules.messages import translator
from socialsite.rules.rules import check_site, check_sources, check_text, registry_or_errors
from socialsite.rules.sources import Source, read_sources, source_from_text

__all__ = [
    "Source",
    "check_site",
    "check_sources",
    "check_text",
    "read_sources",
    "registry_or_errors",
    "source_from_text",
    "translator",
]
