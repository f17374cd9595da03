"""The content rules: every mistake staff can make in a file, found before anything is built.

``check_site`` reads all content without building and returns a list of ``ContentError``
(``path:line: message``). ``make check`` prints them; ``make html`` runs the same function
first, so a mistake reads the same from both.
"""

from content_rules.rules import check_site

__all__ = ["check_site"]
