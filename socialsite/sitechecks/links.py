"""Every internal link, ``src`` and ``#anchor`` of every page leads to a file, and an ``id``, of
the built tree.

Internal: relative, or absolute on the SITEURL the tree was built with (``site.Site.locate``), so
it needs no real address: run by every build, where a broken menu link or a picture the theme
names wrongly is found before output/ changes.
"""

from __future__ import annotations

from socialsite.errors import ContentError
from socialsite.messages import _
from socialsite.sitechecks.site import Site


def check(site: Site) -> list[ContentError]:
    errors = []
    for relative in site.pages:
        for line, url in site.page(relative).links:
            if url in ("", "#"):
                continue
            target, fragment = site.locate(relative, url)
            if target is None or site.is_left_out(target):
                continue
            if not site.is_file(target):
                errors.append(
                    ContentError(
                        relative,
                        line,
                        _("the link {url} leads to no file of the site ({target})", url=url, target=target),
                    )
                )
            elif fragment and target in site.pages and fragment not in site.page(target).ids:
                errors.append(
                    ContentError(
                        relative,
                        line,
                        _(
                            'the link {url} leads to no id="{fragment}" on {target}',
                            url=url,
                            fragment=fragment,
                            target=target,
                        ),
                    )
                )
    return errors
