"""Names the browser tests import: where the tools are, the page of each type, its URL."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Debian's chromium; elsewhere (a CI runner's own Chromium) the CHROMIUM variable names the binary.
CHROMIUM = Path(os.environ.get("CHROMIUM") or "/usr/bin/chromium")
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


def _kind(relative: str) -> str:
    """The page type of a built file, its language prefix removed."""
    parts = relative.split("/")
    if parts[0] == "news":
        return "article"
    if parts[0] == "category":
        return "category"
    if parts[0] == "projects":
        return "projects" if parts[-1] == "index.html" else "project"
    if parts[0] == "paslaugos" and len(parts) == 2:
        return "service"
    name = parts[0]
    return {
        "index.html": "home",
        "archives.html": "archives",
        "search.html": "search",
        "404.html": "404",
        "informacijos-rodykle.html": "information_index",
        "darbo-uzmokestis.html": "salaries",
        "kontaktai.html": "contacts",
        "administracine-informacija.html": "section_with_subsections",
    }.get(name, "page" if len(parts) == 1 else "other")


def pages_by_type(site, lang: str) -> dict[str, str]:
    """One built file per page type in one language, chosen from the output at test time."""
    prefix = LANG_PREFIX[lang]
    others = tuple(p for p in LANG_PREFIX.values() if p and p != prefix)
    chosen: dict[str, str] = {}
    for relative in site.html_files():
        if relative.startswith("pagefind/") or relative.startswith(others) or not relative.startswith(prefix):
            continue
        kind = _kind(relative[len(prefix) :])
        if kind != "other":
            chosen.setdefault(kind, relative)
    return chosen


def url_of(server: str, relative: str) -> str:
    return f"{server}/{relative}"
