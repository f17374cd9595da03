"""content/public-body/services.yaml: one description per service the centre gives.

``load(settings, departments, _)`` returns ``(services, errors)``; each service is a dict the
theme reads (texts per language, unknown fields None, ``contact`` the department's dict).
"""

from __future__ import annotations

from socialsite.errors import ContentError
from socialsite.languages import codes, default_lang
from socialsite.public_body.facts import is_unknown, known
from socialsite.public_body.organisation import texts
from socialsite.public_body.sections import is_slug
from socialsite.public_body.settings import data_path
from socialsite.registry import yamlfile

TEXTS = ("who", "apply", "duration", "price")


def load(settings, departments: list[dict], _) -> tuple[list[dict], list[ContentError]]:
    path = data_path(settings, "PUBLIC_BODY_SERVICES")
    try:
        doc = yamlfile.load(path)
    except FileNotFoundError:
        return [], []  # a centre may list its services on the page itself
    except ContentError as error:
        return [], [error]
    errors: list[ContentError] = []
    items = doc.data.get("services") if isinstance(doc.data, dict) else None
    if not isinstance(items, list):
        return [], [doc.error(_("'{field}' must be a list", field="services"), "services")]
    langs = codes(settings)
    by_id = {d["id"]: d for d in departments}
    services, seen = [], set()
    for index, item in enumerate(items):
        keys = ("services", index)
        slug = item.get("slug") if isinstance(item, dict) else None
        if not is_slug(slug):
            errors.append(
                doc.error(_("'{value}' is no slug: small latin letters, digits and hyphens", value=slug), *keys, "slug")
            )
            continue
        if slug in seen:
            errors.append(doc.error(_("the slug '{slug}' is given twice", slug=slug), *keys, "slug"))
        seen.add(slug)
        name = texts(doc, item.get("name"), (*keys, "name"), langs, _, errors)
        if not name or default_lang(settings) not in name:
            errors.append(
                doc.error(
                    _("'{field}' needs the text in {langs}", field="name", langs=default_lang(settings)),
                    *keys,
                    "name",
                )
            )
            continue
        service = {"slug": slug, "name": name, "free": item.get("free") is True}
        for field in TEXTS:
            service[field] = texts(doc, item.get(field), (*keys, field), langs, _, errors)
        service["contact"] = None
        if not is_unknown(item.get("contact")):
            service["contact"] = by_id.get(item["contact"])
            if service["contact"] is None:
                errors.append(
                    doc.error(
                        _(
                            "no department '{id}' in organisation.yaml; use one of: {known}",
                            id=item["contact"],
                            known=", ".join(by_id),
                        ),
                        *keys,
                        "contact",
                    )
                )
        service["legal"] = legal_acts(doc, item.get("legal"), (*keys, "legal"), _, errors)
        services.append(service)
    return services, errors


def legal_acts(doc, value, keys, _, errors) -> list[dict] | None:
    if is_unknown(value):
        return None
    if not isinstance(value, list):
        errors.append(doc.error(_("'{field}' must be a list", field="legal"), *keys))
        return None
    acts = []
    for index, act in enumerate(value):
        act = known(act) if isinstance(act, dict) else None
        if not act or not isinstance(act.get("title"), str) or not str(act.get("url", "")).startswith("https://"):
            errors.append(
                doc.error(_("every legal act needs a 'title' and a 'url' starting with https://"), *keys, index)
            )
            continue
        acts.append({"title": act["title"], "url": act["url"]})
    return acts
