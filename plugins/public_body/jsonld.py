"""schema.org GovernmentOrganization for the home and contact pages: only facts that are known."""

from __future__ import annotations

from socialsite.languages import absolute_url, codes, route


def organisation_jsonld(settings, lang: str) -> dict:
    org = settings["ORGANISATION"]
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": org["name"][lang],
        "url": absolute_url(settings, route(settings, "home", lang)),
    }
    if org.get("short_name"):
        data["alternateName"] = org["short_name"]
    if org.get("legal_code"):
        data["identifier"] = str(org["legal_code"])
    if org.get("address") and lang in org["address"]:
        data["address"] = {"@type": "PostalAddress", "streetAddress": org["address"][lang], "addressCountry": "LT"}
    if org.get("logo"):
        data["logo"] = absolute_url(settings, str(org["logo"]))
    points = []
    for who in [org, *org.get("departments", [])]:
        point = {"@type": "ContactPoint", "contactType": "customer service" if who is org else who["name"].get(lang)}
        if who.get("phone"):
            point["telephone"] = who["phone_uri"][len("tel:") :]
        if who.get("email"):
            point["email"] = who["email"]
        if len(point) > 2:
            point["availableLanguage"] = codes(settings)
            points.append(point)
    if points:
        data["contactPoint"] = points
    if org.get("phone"):
        data["telephone"] = org["phone_uri"][len("tel:") :]
    if org.get("email"):
        data["email"] = org["email"]
    return data
