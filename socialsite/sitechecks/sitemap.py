"""Every ``<loc>`` of sitemap.xml is a page of the built tree.

Search engines fetch what the sitemap lists: a ``<loc>`` of a page that was not written (a
scheduled or draft article, a renamed slug) is a 404 they report. The addresses are absolute on
the SITEURL the tree was built with, whatever it is: run by every build.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from socialsite.errors import ContentError
from socialsite.messages import _
from socialsite.sitechecks.site import Site

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def check(site: Site) -> list[ContentError]:
    path = site.root / "sitemap.xml"
    if not path.is_file():
        return []
    try:
        tree = ET.parse(path)
    except ET.ParseError as error:
        return [ContentError("sitemap.xml", error.position[0], _("not well-formed XML: {error}", error=str(error)))]
    errors = []
    for loc in tree.iter(f"{SITEMAP_NS}loc"):
        url = (loc.text or "").strip()
        target, _fragment = site.locate("sitemap.xml", url)
        if target is None or not site.is_file(target):
            errors.append(ContentError("sitemap.xml", 1, _("<loc>{url}</loc> is no page of this site", url=url)))
    return errors
