"""Rules tying articles to the project registry: known codes, no pasted blocks, no TODO left."""

from __future__ import annotations

import re
from pathlib import Path

from socialsite.errors import ContentError
from socialsite.messages import close_match
from socialsite.registry import Registry, parse_codes
from socialsite.registry.pasted import find_code, looks_like_disclosure
from socialsite.rules.messages import Messages
from socialsite.rules.sources import Source, paragraphs

_TODO = re.compile(r"\bTODO\b")


def check_projects(source: Source, registry: Registry, _: Messages) -> list[ContentError]:
    line = source.doc.line_of("project")
    known = ", ".join(project.code for project in registry) or "—"
    errors = []
    for code in parse_codes(source.doc.meta.get("project", "")):
        if code in registry:
            continue
        match = close_match(code, (project.code for project in registry))
        errors.append(
            ContentError(
                source.path,
                line,
                _(
                    "unknown project code '{code}'; did you mean '{match}'?",
                    code=code,
                    match=match,
                )
                if match
                else _(
                    "unknown project '{code}'; use one of: {known}, or add its file content/projects/{code}.yaml",
                    code=code,
                    known=known,
                ),
            )
        )
    return errors


def check_pasted_block(source: Source, blocks: list[str], _: Messages) -> list[ContentError]:
    """The first paragraph of a disclosure block typed or pasted into the text, if any."""
    for line, paragraph in paragraphs(source.doc):
        if looks_like_disclosure(paragraph, blocks):
            return [
                ContentError(
                    source.path,
                    line,
                    _(
                        "this looks like a pasted EU project disclosure; delete it to the end of the block and "
                        "write 'Project: {code}' in the header: the site adds the exact text itself",
                        code=find_code(paragraph) or source.doc.meta.get("project") or "…",
                    ),
                )
            ]
    return []


def check_registry_todo(registry: Registry, _: Messages) -> list[ContentError]:
    """A draft entry from the importer still waiting for a translation or a fact."""
    errors = []
    for project in registry:
        lines = Path(project.path).read_text(encoding="utf-8").split("\n")
        for number, line in enumerate(lines, start=1):
            if _TODO.search(line.split("#", 1)[0]):
                errors.append(
                    ContentError(
                        project.path,
                        number,
                        _("this project text still says TODO; write it before the project is published"),
                    )
                )
    return errors
