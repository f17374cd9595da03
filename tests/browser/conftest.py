"""Browser fixtures: the session-built site served on 127.0.0.1, and Debian's Chromium via Playwright.

The browser tests skip only when Chromium is missing (a failure under CI; make test installs it
with .ci/system-packages). They never download a browser: Playwright drives the system Chromium
(browsing.CHROMIUM).
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from browsing import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, ROOT  # noqa: F401

from support import missing


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest output readable
        pass


@pytest.fixture(scope="session")
def server(site):
    """The built site on http://127.0.0.1:<free port>; yields the origin."""
    handler = functools.partial(_Quiet, directory=str(site.root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        missing(f"{CHROMIUM} is missing (apt-get install chromium, or set CHROMIUM to its path)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def site_origin(site) -> str:
    """The origin the build was made for (SITEURL): pages that must use absolute URLs, like 404.html."""
    canonical = site.soup("index.html").find("link", rel="canonical")["href"]
    parts = urlsplit(canonical)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.fixture
def page(browser, server, site_origin):
    """A fresh page; requests to the site's own SITEURL are answered by the local server."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    if site_origin != server:
        context.route(
            f"{site_origin}/**", lambda route: route.continue_(url=server + route.request.url[len(site_origin) :])
        )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
