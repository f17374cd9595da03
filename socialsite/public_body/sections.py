"""content/public-body/sections.yaml: the section tree the law names, in its order.

``load(settings, _)`` returns ``(sections, errors)``: every section flattened in tree order
(parents before their children), each with its exact Lithuanian title, its slug (the page is
content/pages/<lt>/<slug>.md) and the line of the tree file where it is written.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from socialsite.errors import ContentError
from socialsite.frontmatter import SLUG
from socialsite.public_body.settings import data_path
from socialsite.registry import yamlfile


@dataclass
class Section:
    slug: str
    title: str
    path: str  # the tree file
    line: int  # the line of the section in it
    depth: int
    checked: dict | None  # {"text": …, "on": date}; None while unconfirmed
    children: list[Section] = field(default_factory=list)


def is_slug(value) -> bool:
    """The slug a page's header may carry: the same rule as the checker's (socialsite.frontmatter)."""
    return isinstance(value, str) and SLUG.match(value) is not None


def load(settings, _) -> tuple[list[Section], list[ContentError]]:
    path = data_path(settings, "PUBLIC_BODY_SECTIONS")
    try:
        doc = yamlfile.load(path)
    except FileNotFoundError:
        return [], [ContentError(str(path), 1, _("the file is missing; copy it from the project"))]
    except ContentError as error:
        return [], [error]
    errors: list[ContentError] = []
    items = doc.data.get("sections") if isinstance(doc.data, dict) else None
    if not isinstance(items, list) or not items:
        return [], [doc.error(_("'{field}' must be a list", field="sections"), "sections")]
    flat: list[Section] = []
    _read(doc, items, ("sections",), 0, flat, errors, _)
    seen: dict[str, Section] = {}
    for section in flat:
        if section.slug in seen:
            errors.append(
                ContentError(doc.path, section.line, _("the slug '{slug}' is given twice", slug=section.slug))
            )
        seen[section.slug] = section
    return flat, errors


def _read(doc, items, keys, depth, flat, errors, _) -> list[Section]:
    found = []
    for index, item in enumerate(items):
        here = (*keys, index)
        if not isinstance(item, dict) or not isinstance(item.get("title"), str) or not item["title"].strip():
            errors.append(doc.error(_("every section needs a 'title'"), *here))
            continue
        slug = item.get("slug")
        if not is_slug(slug):
            errors.append(
                doc.error(_("'{value}' is no slug: small latin letters, digits and hyphens", value=slug), *here, "slug")
            )
            continue
        section = Section(
            slug=slug,
            title=item["title"].strip(),
            path=doc.path,
            line=doc.line(*here),
            depth=depth,
            checked=_checked(doc, item.get("checked"), (*here, "checked"), errors, _),
        )
        flat.append(section)
        found.append(section)
        children = item.get("sections") or []
        if not isinstance(children, list):
            errors.append(doc.error(_("'{field}' must be a list", field="sections"), *here, "sections"))
            continue
        section.children = _read(doc, children, (*here, "sections"), depth + 1, flat, errors, _)
    return found


def _checked(doc, value, keys, errors, _) -> dict | None:
    """Where the wording was compared with the law: ``unconfirmed`` or {text, on}."""
    if value == "unconfirmed":
        return None
    if (
        isinstance(value, dict)
        and isinstance(value.get("text"), str)
        and value["text"].strip()
        and isinstance(value.get("on"), datetime.date)
    ):
        return value
    errors.append(
        doc.error(_("'checked' must be 'unconfirmed' or {{text: the official text read, on: YYYY-MM-DD}}"), *keys)
    )
    return None
