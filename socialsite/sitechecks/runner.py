"""Which checks run when: every build runs those that need no real SITEURL, `make publish` the rest.

``BUILD`` checks run on the staging folder of every build (`make html`, and the build inside
`make publish`), before it replaces output/; ``PUBLISH`` checks need the real address or the
publish settings and run after the build of `make publish` only. So `make publish` runs them all,
each once.
"""

from __future__ import annotations

from pathlib import Path

from socialsite.errors import ContentError
from socialsite.public_body.checks import placeholders
from socialsite.public_body.settings import get_settings as public_body_settings
from socialsite.rules import translator
from socialsite.sitechecks import addresses, disclosures, links, sitemap
from socialsite.sitechecks.csp import ContentSecurity
from socialsite.sitechecks.lang import Lang
from socialsite.sitechecks.made_from import Sources, name_sources
from socialsite.sitechecks.site import Site
from socialsite.sitechecks.structure import Structure

BUILD = "build"
PUBLISH = "publish"
STAGES = (BUILD, PUBLISH)

# The checks of one page alone, run as each page is read (one parse for all of them).
PAGE_CHECKS = (Structure, ContentSecurity, Lang)


def run_checks(root, settings: dict, *, stages=STAGES, left_out=()) -> list[ContentError]:
    """Every problem the checks of ``stages`` find in the built tree at ``root``.

    Sorted by file and line; a problem on a built article or page names the Markdown it was made
    from. ``left_out``: folders the build did not make on purpose (``("pagefind/",)`` without a
    search index), whose links are not followed.
    """
    build, publish = BUILD in stages, PUBLISH in stages
    site = Site(Path(root), settings, page_checks=PAGE_CHECKS if build else (), left_out=left_out)
    sources = Sources(settings)
    found: list[ContentError] = []
    if build:
        for relative in list(site.pages):
            found.extend(ContentError(relative, line, message) for line, message in site.page(relative).problems)
        found += links.check(site)
        found += sitemap.check(site)
    if publish:
        found += addresses.check(site)
    found = name_sources(found, sources)
    # Found on the Markdown's own lines, so named after nothing else. Without eu_disclosure in
    # PLUGINS a build writes no block to look for: then `make publish` checks it (disclosures.py).
    if (BUILD if disclosures.plugin_enabled(settings) else PUBLISH) in stages:
        found += disclosures.check(site, sources)
    if publish and not public_body_settings(settings)["PUBLIC_BODY_PUBLISH_PLACEHOLDERS"]:
        # Facts and texts still marked TODO/confirm/.example: `make html` builds with them, the
        # public never sees them (plugins/public_body/README.md).
        found += placeholders(settings, translator(), sources.all)
    return sorted(set(found), key=lambda e: (e.path, e.line, str(e.message)))
