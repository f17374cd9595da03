"""The information index („Informacijos rodyklė“): every page of one language, in the tree's order.

Three groups, each a list of ``{"title", "url", "depth"}``:

- ``sections``: the law's sections in the tree's order (children indented), the services under
  the services section; in ru/en the translated section pages that exist, same order;
- ``pages``: every other static page of the language (about, contacts, statements …);
- ``lists``: the generated pages: home (the latest news), the news archive (every article is
  one link away there), the projects and every project page, search.

Each built page is listed once; tests/test_public_body.py checks that every link resolves.
"""

from __future__ import annotations

from socialsite.languages import route
from socialsite.public_body.settings import get_settings
from socialsite.registry.site import registry_for


def index_entries(settings, context, lang: str, pages: dict) -> list[tuple[str, list[dict]]]:
    body = context["PUBLIC_BODY"]
    services_page = get_settings(settings)["PUBLIC_BODY_SERVICES_PAGE"]
    listed: set[str] = set()
    sections: list[dict] = []

    def add(items, title, url, depth=0):
        if url not in listed:
            listed.add(url)
            items.append({"title": title, "url": url, "depth": depth})

    services = [
        {"title": s["name"][lang], "url": route(settings, "service", lang, slug=s["slug"])}
        for s in body.services
        if lang in s["name"]
    ]
    for section in body.sections:
        page = pages.get(section.slug)
        if page is None:  # only in ru/en: the section is not translated
            continue
        add(sections, page.title, page.url, section.depth)
        if section.slug == services_page:
            for service in services:
                add(sections, service["title"], service["url"], section.depth + 1)
    others: list[dict] = []
    for key, page in sorted(pages.items(), key=lambda item: item[1].title.lower()):
        add(others, page.title, page.url)
        if key == services_page:
            for service in services:
                add(others, service["title"], service["url"], 1)
    lists: list[dict] = []
    for name in ("home", "archives", "projects"):
        add(lists, name, route(settings, name, lang))
    for project in registry_for(context, settings):
        add(lists, project.title(lang), route(settings, "project", lang, slug=project.code), 1)
    add(lists, "search", route(settings, "search", lang))
    return [(group, items) for group, items in (("sections", sections), ("pages", others), ("lists", lists)) if items]
