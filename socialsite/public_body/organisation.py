"""content/public-body/organisation.yaml: the centre's facts, checked, in the shape the theme reads.

``load(settings, _)`` returns ``(organisation, errors)``: the dict templates know as
``ORGANISATION`` (unknown facts are None, see facts.py) and one ``path:line`` error per wrong
value, so `make check` reports every mistake at once and the build stops on the first.
"""

from __future__ import annotations

import re
from pathlib import Path

from socialsite.errors import ContentError
from socialsite.languages import codes
from socialsite.public_body.facts import is_unknown, known
from socialsite.public_body.settings import data_path
from socialsite.registry import yamlfile

EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
PHONE = re.compile(r"^\+370\d{8}$")  # Lithuanian numbers, international form
TEXT_FIELDS = ("summary", "address", "working_hours")  # per language, each optional


def load(settings, _) -> tuple[dict, list[ContentError]]:
    path = data_path(settings, "PUBLIC_BODY_ORGANISATION")
    try:
        doc = yamlfile.load(path)
    except FileNotFoundError:
        return fallback(settings), [ContentError(str(path), 1, _("the file is missing; copy it from the project"))]
    except ContentError as error:
        return fallback(settings), [error]
    errors: list[ContentError] = []
    data = doc.data if isinstance(doc.data, dict) else {}
    if not isinstance(doc.data, dict):
        errors.append(doc.error(_("the file must be a list of 'field: value' lines")))
    langs = codes(settings)
    org = {
        "name": texts(doc, data.get("name"), ("name",), langs, _, errors, required=True) or fallback(settings)["name"],
        "short_name": known(data.get("short_name")),
        "legal_code": known(data.get("legal_code")),
        "logo": known(data.get("logo")),
    }
    for field in TEXT_FIELDS:
        org[field] = texts(doc, data.get(field), (field,), langs, _, errors)
    org.update(contact(doc, data, (), _, errors))
    if org["logo"] and not (Path(settings["PATH"]) / str(org["logo"])).is_file():
        errors.append(doc.error(_("the file '{file}' is not in the content folder", file=org["logo"]), "logo"))
    org["departments"] = departments(doc, data.get("departments") or [], langs, _, errors)
    return org, errors


def fallback(settings) -> dict:
    """What the theme needs when the file cannot be read: the build fails anyway, with its line."""
    return {"name": {code: "" for code in codes(settings)}, "departments": []}


def texts(doc, value, keys, langs, _, errors, required=False) -> dict | None:
    """A text in every language (a mapping lt/ru/en), or one text for all; None when unknown."""
    if is_unknown(value):
        if required:
            errors.append(doc.error(_("'{field}' is missing", field=".".join(map(str, keys))), *keys))
        return None
    if isinstance(value, str):
        return {code: value for code in langs}
    if not isinstance(value, dict):
        errors.append(
            doc.error(
                _(
                    "'{field}' must be a text or one text per language ({langs})",
                    field=".".join(map(str, keys)),
                    langs=", ".join(langs),
                ),
                *keys,
            )
        )
        return None
    unknown = sorted(set(value) - set(langs) - {"confirm"})
    if unknown:
        errors.append(
            doc.error(
                _(
                    "'{field}' has no language '{lang}'; use: {langs}",
                    field=".".join(map(str, keys)),
                    lang=unknown[0],
                    langs=", ".join(langs),
                ),
                *keys,
                unknown[0],
            )
        )
    if required:
        missing = [code for code in langs if is_unknown(value.get(code))]
        if missing:
            errors.append(
                doc.error(
                    _("'{field}' needs the text in {langs}", field=".".join(map(str, keys)), langs=", ".join(missing)),
                    *keys,
                )
            )
    found = known(value) or {}
    return {code: str(found[code]) for code in langs if code in found} or None


def contact(doc, data: dict, keys: tuple, _, errors) -> dict:
    """Phone and e-mail of the centre or a department, checked; None where unknown."""
    result = {"phone": None, "phone_uri": None, "email": None}
    phone, email = data.get("phone"), data.get("email")
    if not is_unknown(phone):
        digits = re.sub(r"[\s()-]", "", str(phone))
        if PHONE.match(digits):
            result["phone"], result["phone_uri"] = str(phone), f"tel:{digits}"
        else:
            errors.append(
                doc.error(
                    _("'{value}' is no phone number: write +370 and 8 digits, e.g. +370 386 12345", value=phone),
                    *keys,
                    "phone",
                )
            )
    if not is_unknown(email):
        if EMAIL.match(str(email)):
            result["email"] = str(email)
        else:
            errors.append(
                doc.error(_("'{value}' is no e-mail address: write it as name@domain.lt", value=email), *keys, "email")
            )
    return result


def departments(doc, items, langs, _, errors) -> list[dict]:
    result, seen = [], set()
    if not isinstance(items, list):
        errors.append(doc.error(_("'{field}' must be a list", field="departments"), "departments"))
        return result
    for index, item in enumerate(items):
        keys = ("departments", index)
        if not isinstance(item, dict) or is_unknown(item.get("id")):
            errors.append(doc.error(_("every department needs an 'id'"), *keys))
            continue
        if item["id"] in seen:
            errors.append(doc.error(_("the department '{id}' is given twice", id=item["id"]), *keys, "id"))
        seen.add(item["id"])
        department = {
            "id": str(item["id"]),
            "name": texts(doc, item.get("name"), (*keys, "name"), langs, _, errors, required=True) or {},
            "address": texts(doc, item.get("address"), (*keys, "address"), langs, _, errors),
            "head": texts(doc, item.get("head"), (*keys, "head"), langs, _, errors),
        }
        department.update(contact(doc, item, keys, _, errors))
        result.append(department)
    return result
