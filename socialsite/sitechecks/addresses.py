"""No link of the published site points to the development server, and none to the site's own
host over http:// when it is served over https://.

Only the real SITEURL tells these apart (`make html` builds with http://localhost:8000, where such
links are the site's own), so `make publish` alone runs this check.
"""

from __future__ import annotations

from socialsite.errors import ContentError
from socialsite.messages import _
from socialsite.sitechecks.site import Site

DEV_HOSTS = {"localhost", "127.0.0.1", "0.0.0.0", "[::1]"}


def check(site: Site) -> list[ContentError]:
    errors = []
    for relative in site.pages:
        for line, url in site.page(relative).links:
            if url in ("", "#"):
                continue
            parts = site.absolute(relative, url)
            if parts.scheme not in ("http", "https"):
                continue  # mailto:, tel:, data: …
            if (parts.hostname or "").lower() in DEV_HOSTS or parts.netloc.lower() in DEV_HOSTS:
                errors.append(
                    ContentError(
                        relative, line, _("{url} points to the development server; build with publishconf.py", url=url)
                    )
                )
            elif parts.netloc.lower() == site.host and parts.scheme != site.scheme:
                errors.append(
                    ContentError(
                        relative,
                        line,
                        _(
                            "{url} uses {scheme}:// but the site is served over {site_scheme}://",
                            url=url,
                            scheme=parts.scheme,
                            site_scheme=site.scheme,
                        ),
                    )
                )
    return errors
