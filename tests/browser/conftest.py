"""Browser fixtures: the session-built site served on 127.0.0.1, and Debian's Chromium via Playwright.

The browser tests skip only when /usr/bin/chromium is missing (.ci/run installs it). They
never download a browser: Playwright drives the system Chromium.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
NODE_MODULES = ROOT / "node_modules"
ARTIFACTS = ROOT / "test-artifacts"
LANG_PREFIX = {"lt": "", "en": "en/", "ru": "ru/"}
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


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
        pytest.skip("/usr/bin/chromium is missing (apt-get install chromium; .ci/run does it)")
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
        context.route(f"{site_origin}/**",
                      lambda route: route.continue_(url=server + route.request.url[len(site_origin):]))
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def _kind(relative: str) -> str:
    """The page type of a built file, its language prefix removed."""
    parts = relative.split("/")
    if parts[0] == "news":
        return "article"
    if parts[0] == "category":
        return "category"
    if parts[0] == "projects":
        return "projects" if parts[-1] == "index.html" else "project"
    name = parts[0]
    return {"index.html": "home", "archives.html": "archives", "search.html": "search",
            "404.html": "404"}.get(name, "page" if len(parts) == 1 else "other")


def pages_by_type(site, lang: str) -> dict[str, str]:
    """One built file per page type in one language, chosen from the output at test time."""
    prefix = LANG_PREFIX[lang]
    others = tuple(p for p in LANG_PREFIX.values() if p and p != prefix)
    chosen: dict[str, str] = {}
    for relative in site.html_files():
        if relative.startswith("pagefind/") or relative.startswith(others) or not relative.startswith(prefix):
            continue
        kind = _kind(relative[len(prefix):])
        if kind != "other":
            chosen.setdefault(kind, relative)
    return chosen


def url_of(server: str, relative: str) -> str:
    return f"{server}/{relative}"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
