"""Reading the registry folder: every programme and project file, checked, as one ``Registry``.

Layout (``PROJECTS_PATH``, by default the ``projects`` folder of the content, ``PATH``):

- ``<code>.yaml``: one project's facts (code, programme, title, budget, dates, description,
  the organisation's own role in it), every text in every site language.
- ``programmes/<key>.yaml``: what a funding programme requires to be said: the statement next
  to the EU emblem and the disclosure paragraphs, as templates filled from a project's facts.
  A second ESF+ project needs only its facts, never a copy of the legal text.

Files are read through ``yamlfile`` (hardened against a hostile commit); every problem is a
``ContentError`` carrying the file and line of the field, and all of them are reported at once.
"""

from __future__ import annotations

import os
from pathlib import Path

from socialsite.errors import ContentError, ContentErrors
from socialsite.languages import codes
from socialsite.messages import N_, _
from socialsite.registry import schema, yamlfile
from socialsite.registry.model import Programme, Project, Registry
from socialsite.registry.render import disclosure
from socialsite.settings import Setting, read

FOLDER = N_("a folder that exists (the project registry)")


def registry_path(settings) -> str:
    """``PROJECTS_PATH``, its one reader: the folder given, else ``<PATH>/projects``.

    A folder that is given must exist (a typo would otherwise give an empty registry, and every
    article naming a project would fail as unknown). The default may be missing: a site without
    EU projects has an empty registry.
    """
    default = os.path.join(settings.get("PATH", os.curdir), "projects")
    if settings.get("PROJECTS_PATH") is None:
        return default
    row = Setting("PROJECTS_PATH", default, _is_folder, FOLDER)
    return os.fspath(read(settings, [row])[row.name])


def _is_folder(value) -> bool:
    return isinstance(value, str | os.PathLike) and str(value).strip() != "" and os.path.isdir(value)


def load_registry(directory, settings) -> Registry:
    """Read every programme and project under ``directory``; raise ContentErrors listing all problems.

    ``settings`` gives the site languages (``socialsite.languages.codes``): each text must exist in all.
    """
    directory = Path(directory)
    languages = codes(settings)
    errors: list[ContentError] = []
    programmes: dict[str, Programme] = {}
    broken = set()  # programmes with errors of their own: their projects add no more noise
    for path in sorted((directory / "programmes").glob("*.yaml")):
        try:
            programme = _load_programme(path, languages)
            programmes[programme.key] = programme
        except ContentError as error:
            errors.append(error)
            broken.add(path.stem)
    projects: dict[str, Project] = {}
    for path in sorted(directory.glob("*.yaml")):
        try:
            project = _load_project(path, languages, programmes, settings)
            projects[project.code] = project
        except ContentError as error:
            if not (getattr(error.message, "msgid", "") == schema.UNKNOWN_PROGRAMME and _programme_of(path) in broken):
                errors.append(error)
        except ContentErrors as many:
            errors.extend(many.errors)
    if errors:
        raise ContentErrors(errors)
    return Registry(projects, programmes)


def _programme_of(path: Path) -> str | None:
    data = yamlfile.load(path).data
    return data.get("programme") if isinstance(data, dict) else None


def _load_programme(path: Path, languages) -> Programme:
    doc = yamlfile.load(path)
    return Programme(key=path.stem, path=str(path), **schema.check_programme(doc, languages))


def _load_project(path: Path, languages, programmes, settings) -> Project:
    doc = yamlfile.load(path)
    facts, untranslated = schema.check_project(doc, path.stem, languages, programmes)
    project = Project(
        code=facts["code"],
        path=str(path),
        programme=programmes[facts["programme"]],
        facts=facts,
        untranslated_texts=frozenset(
            (keys[0], keys[1] if len(keys) > 1 else None, lang) for keys, lang in untranslated
        ),
        default_lang=languages[0],
        warnings=schema.translation_warnings(doc, untranslated),
    )
    for lang in languages:  # a template that needs a fact this project lacks fails here, not on a page
        try:
            disclosure(project, settings, lang)
        except KeyError as missing:
            raise doc.error(
                _("the programme's disclosure needs '{field}', which this project does not give", field=missing.args[0])
            ) from None
    return project
