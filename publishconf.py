"""Settings for `make publish`: everything from pelicanconf.py, plus what the real host needs.

SITEURL comes from the environment and is required: a published site must never carry the
development address. Every link is absolute (RELATIVE_URLS off), and the content cache is
neither read nor written, so what is published depends only on the commit being built.
"""

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

# Always the pelicanconf.py beside this file, read afresh: Pelican's loader leaves the last
# settings module it read in sys.modules, which may be another copy of the project (tests).
sys.modules.pop("pelicanconf", None)
_here = str(Path(__file__).resolve().parent)
sys.path.insert(0, _here)
try:
    from pelicanconf import *  # noqa: F401,F403
finally:
    sys.path.remove(_here)  # the first occurrence: ours (pelicanconf adds plugins/ in front of it)

SITEURL = os.environ.get("SITEURL", "").strip().rstrip("/")
if not SITEURL:
    raise SystemExit("publishconf.py: set SITEURL to the site's address, e.g. SITEURL=https://example.lt make publish")
_url = urlsplit(SITEURL)
if _url.scheme not in ("https", "http") or not _url.netloc or _url.query or _url.fragment:
    raise SystemExit(f"publishconf.py: SITEURL={SITEURL!r} is no http(s) address; write it as https://example.lt")
# https only: the shipped CSP and HSTS assume it, and over http the site's own CSS and scripts
# are mixed content on an https page. An intranet without TLS opts out explicitly.
if _url.scheme == "http" and os.environ.get("ALLOW_HTTP_SITEURL") != "1":
    raise SystemExit(f"publishconf.py: SITEURL={SITEURL!r} is http://; publish at an https:// address "
                     "(or, on an intranet without TLS, set ALLOW_HTTP_SITEURL=1)")
ABSOLUTE_SITEURL = SITEURL
FEED_DOMAIN = SITEURL
RELATIVE_URLS = False

# Publishing never depends on a cache: every file is read and rendered anew.
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False

# The published site never shows news before their day (plugins/scheduled), whatever a preview set.
SCHEDULED_SHOW = False
