"""Settings for `make publish`: everything from pelicanconf.py, plus what the real host needs.

SITEURL comes from the environment and is required: a published site must never carry the
development address. Every link is absolute (RELATIVE_URLS off), and the content cache is
neither read nor written, so what is published depends only on the commit being built.
"""

import importlib.util
import os
from pathlib import Path
from urllib.parse import urlsplit

from socialsite.messages import _


def _read_pelicanconf() -> dict:
    """The settings of the pelicanconf.py beside this file, read afresh by its path.

    By path, not by import: no folder joins sys.path, and no other copy of the project (tests)
    left in sys.modules can answer instead.
    """
    spec = importlib.util.spec_from_file_location("_pelicanconf", Path(__file__).resolve().parent / "pelicanconf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {name: value for name, value in vars(module).items() if name.isupper()}


globals().update(_read_pelicanconf())

SITEURL = os.environ.get("SITEURL", "").strip().rstrip("/")
if not SITEURL:
    raise SystemExit(
        str(_("publishconf.py: set SITEURL to the site's address, e.g. SITEURL=https://example.lt make publish"))
    )
_url = urlsplit(SITEURL)
if _url.scheme not in ("https", "http") or not _url.netloc or _url.query or _url.fragment:
    raise SystemExit(
        str(
            _(
                "publishconf.py: SITEURL={value} is no http(s) address; write it as https://example.lt",
                value=repr(SITEURL),
            )
        )
    )
# https only: the shipped CSP and HSTS assume it, and over http the site's own CSS and scripts
# are mixed content on an https page. An intranet without TLS opts out explicitly.
if _url.scheme == "http" and os.environ.get("ALLOW_HTTP_SITEURL") != "1":
    raise SystemExit(
        str(
            _(
                "publishconf.py: SITEURL={value} is http://; publish at an https:// address "
                "(or, on an intranet without TLS, set ALLOW_HTTP_SITEURL=1)",
                value=repr(SITEURL),
            )
        )
    )
ABSOLUTE_SITEURL = SITEURL
FEED_DOMAIN = SITEURL
RELATIVE_URLS = False

# Publishing never depends on a cache: every file is read and rendered anew.
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False

# The published site never shows news before their day (plugins/scheduled), whatever a preview set.
SCHEDULED_SHOW = False
