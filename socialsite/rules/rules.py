"""Run every rule over the whole content, or over one text, and return the problems found.

Each kind of mistake has its module: ``header`` (title, date, category, language, slug),
``project_rules`` (project codes, pasted disclosure blocks, TODO left in the registry),
``translations`` (slugs and translation keys across files), ``media`` (images and links),
``paths`` (symbolic links, links out of content/), ``html_rules`` (HTML the filter would remove,
what the CSP would block), ``uploads`` (SVG scripts, oversized pictures and files).
"""

from __future__ import annotations

import datetime
import functools
import os
from pathlib import Path

from socialsite.errors import ContentError, ContentErrors
from socialsite.public_body.checks import check as check_public_body
from socialsite.public_body.checks import warnings as public_body_warnings
from socialsite.registry import Registry, load_registry, registry_path
from socialsite.registry.pasted import known_blocks
from socialsite.rules.header import check_header, scheduled_notices, today_in
from socialsite.rules.html_rules import Renderer, check_html
from socialsite.rules.media import check_media
from socialsite.rules.messages import Messages, translator
from socialsite.rules.paths import check_climbing_links, check_special_files
from socialsite.rules.placeholder import check_placeholder
from socialsite.rules.project_rules import check_pasted_block, check_projects, check_registry_todo
from socialsite.rules.schedule_rules import check_links_to_scheduled
from socialsite.rules.sources import Source, content_folders, read_sources, source_from_text
from socialsite.rules.translations import check_slugs_and_translations
from socialsite.rules.uploads import check_uploads


def check_site(
    settings,
    content_dir=None,
    *,
    lang: str | None = None,
    today: datetime.date | None = None,
    notices: list | None = None,
) -> list[ContentError]:
    """All problems in the content and the registry, sorted by file and line.

    ``lang`` is the language of the messages (``lt`` for staff, ``en``); ``today`` the day
    the dates are compared with (default: the build's date, socialsite.sourcedate). Lines that
    are no problem (articles scheduled for a later day; a project's texts still to translate,
    ``path:line: warning: …``) are appended to ``notices`` when given: printed, never fatal.
    """
    _ = translator(lang)
    content_dir = Path(content_dir or settings["PATH"])
    today = today or today_in(settings)
    linked = check_special_files([content_dir, registry_path(settings)], _)
    registry, errors = registry_or_errors(settings)
    sources, unreadable = read_sources(settings, content_dir, _)
    errors += unreadable
    errors += check_sources(sources, settings, registry, content_dir, today, _)
    errors += check_uploads(sources, settings, content_dir, _)
    errors += check_public_body(settings, sources, _, content_dir)
    if notices is not None:
        notices += scheduled_notices(sources, settings, today, _)
        notices += [str(warning) for warning in public_body_warnings(settings, today, _, content_dir)]
    if registry is not None:
        errors += check_registry_todo(registry, _)
        if notices is not None:
            notices += [_.pin(warning) for warning in registry.warnings]
    # A link is reported once, as a link (the registry would say it in its own words too).
    refused = {os.path.abspath(error.path) for error in linked}
    return sort_errors(linked + [e for e in errors if os.path.abspath(e.path) not in refused])


def registry_or_errors(settings) -> tuple[Registry | None, list[ContentError]]:
    try:
        return load_registry(registry_path(settings), settings), []
    except ContentErrors as many:
        return None, list(many.errors)


def check_sources(
    sources: list[Source],
    settings,
    registry: Registry | None,
    content_dir: Path,
    today: datetime.date,
    _: Messages,
    *,
    files=None,
    across: bool = True,
) -> list[ContentError]:
    """The rules over already read files: one by one, then across them.

    The preview re-checks one saved file among all: ``files`` (paths) limits the one-by-one
    rules to those files, ``across=False`` leaves out the rules across files.
    """
    errors: list[ContentError] = []
    blocks = known_blocks(registry, settings) if registry is not None else []
    page_files = _page_files(frozenset(source.path for source in sources))
    render = Renderer(settings)
    for source in sources if files is None else [s for s in sources if s.path in files]:
        errors += check_header(source, settings, today, _)
        errors += check_climbing_links(source, content_dir, _)
        errors += check_html(source, render, _)
        if registry is not None:
            errors += check_projects(source, registry, _)
        errors += check_pasted_block(source, blocks, _)
        errors += check_media(source, content_dir, page_files, _)
        errors += check_placeholder(source, _)
    if across:
        errors += check_slugs_and_translations(sources, _)
    errors += check_links_to_scheduled(sources, settings, content_dir, today, _)
    return errors


@functools.lru_cache(maxsize=2)
def _page_files(paths: frozenset[str]) -> frozenset[Path]:
    """The files as ``check_media`` compares links with them; kept while the files stay the same
    (the preview checks one saved file among thousands again and again)."""
    return frozenset(Path(os.path.normpath(path)) for path in paths)


def check_text(
    text: str,
    path,
    settings,
    *,
    lang: str | None = None,
    today: datetime.date | None = None,
    registry: Registry | None = None,
    content_dir=None,
) -> list[ContentError]:
    """The problems of one file's text on its own (no other file is read), never an exception.

    ``path`` says where the file is (content/news/<lang>/…), which gives its kind and language.
    """
    _ = translator(lang)
    content_dir = Path(content_dir or settings["PATH"])
    path = Path(path)
    kind = next((k for k, folder in content_folders(settings, content_dir) if folder in path.parents), "article")
    try:
        source = source_from_text(text, path, content_dir, kind, settings, _)
    except ContentError as error:
        return [_.pin(error)]
    return sort_errors(check_sources([source], settings, registry, content_dir, today or today_in(settings), _))


def sort_errors(errors: list[ContentError]) -> list[ContentError]:
    return sorted(set(errors), key=lambda e: (e.path, e.line, e.message))
