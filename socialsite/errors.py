"""The one error type for anything a person has to fix in the content or the registry.

Every rule, plugin and tool raises ``ContentError``; the build and the checker print it
the same way, ``path:line: message``, so staff always see the file, the line and the fix.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class ContentError(Exception):
    path: str
    line: int
    message: str  # or a socialsite.messages.Message: translated when printed

    def __str__(self) -> str:
        if not self.line:  # line 0: the file as a whole (a symbolic link, a picture), no line in it
            return f"{display_path(self.path)}: {self.message}"
        return f"{display_path(self.path)}:{self.line}: {self.message}"


class ContentErrors(Exception):
    """Several problems found at once (the checker reports all of them, not only the first)."""

    def __init__(self, errors: list[ContentError]):
        self.errors = sorted(errors, key=lambda e: (display_path(e.path), e.line, str(e.message)))
        super().__init__(*self.errors)

    def __str__(self) -> str:  # put into words when printed, in the run's language
        return "\n".join(str(e) for e in self.errors)


def display_path(path: str) -> str:
    """The path as staff know it: relative to the working directory when it is inside it."""
    path = os.fspath(path)
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return path if rel.startswith("..") else rel
