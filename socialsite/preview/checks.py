"""The content rules of `make check`, kept current file by file while the preview runs.

Not a second set of rules: every rule is ``socialsite.rules``' own. At start the whole site is checked
with ``check_site`` (exactly what `make check` prints); after a save only the saved file is read
again and put through the one-by-one rules (``check_sources(files=…, across=False)``), while the
rules across files (slugs, translations) run again over every file, which costs milliseconds.
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

from socialsite.errors import ContentError
from socialsite.frontmatter import parse_file
from socialsite.rules import check_site, check_sources, read_sources, registry_or_errors
from socialsite.rules.header import today_in
from socialsite.rules.messages import Messages
from socialsite.rules.sources import content_folders, source_from


class SiteChecks:
    """``errors[path]``: the problems of each content file now, as `make check` would list them."""

    def __init__(self, settings, _: Messages):
        self.settings, self._ = settings, _
        self.content_dir = Path(settings["PATH"])
        self.registry, _registry_errors = registry_or_errors(settings)
        everything = check_site(settings, self.content_dir, lang=_.lang)
        self.sources = {source.path: source for source in read_sources(settings, self.content_dir, _)[0]}
        self.cross = self._across()
        cross = set(self.cross)
        # What is not a rule across files belongs to its own file (or to the registry).
        self.own: dict[str, list[ContentError]] = defaultdict(list)
        for error in everything:
            if error not in cross:
                self.own[error.path].append(error)

    def update(self, paths) -> set[str]:
        """Check the files ``paths`` (absolute) again after a save or a deletion.

        Returns every file whose list of problems changed, the saved ones included: a fixed slug
        may clear another file's problem.
        """
        before = self.errors()
        today = today_in(self.settings)
        for path in map(str, paths):
            self.sources.pop(path, None)
            self.own.pop(path, None)
            if not os.path.exists(path):
                continue
            kind = self._kind(Path(path))
            try:
                self.sources[path] = source_from(parse_file(path), self.content_dir, kind, self.settings, self._)
            except ContentError as error:
                self.own[path] = [error]
                continue
            self.own[path] = check_sources(
                list(self.sources.values()),
                self.settings,
                self.registry,
                self.content_dir,
                today,
                self._,
                files={path},
                across=False,
            )
        self.cross = self._across()
        after = self.errors()
        return {
            path
            for path in set(before) | set(after) | set(map(str, paths))
            if before.get(path) != after.get(path) or path in set(map(str, paths))
        }

    def errors(self) -> dict[str, list[ContentError]]:
        found = defaultdict(set)
        for error in [*self.cross, *(e for errors in self.own.values() for e in errors)]:
            found[error.path].add(error)
        return {path: sorted(errors, key=lambda e: (e.line, e.message)) for path, errors in found.items()}

    def all_errors(self) -> list[ContentError]:
        return [error for _path, errors in sorted(self.errors().items()) for error in errors]

    def _across(self) -> list[ContentError]:
        return check_sources(
            list(self.sources.values()),
            self.settings,
            self.registry,
            self.content_dir,
            today_in(self.settings),
            self._,
            files=set(),
        )

    def _kind(self, path: Path) -> str:
        return next(
            (kind for kind, folder in content_folders(self.settings, self.content_dir) if folder in path.parents),
            "article",
        )
