"""A built tree and its address: which file of the tree a link leads to, as a browser on
SITEURL would follow it.

Any SITEURL will do for links between pages: `make html` builds with the development address
(and relative links), `make publish` with the real one (and absolute links); an absolute URL is
internal when it starts with the SITEURL the tree was built with. What only the real address
can tell (a link to the development server) is ``addresses``, run by `make publish` alone.
"""

from __future__ import annotations

import os
import posixpath
from pathlib import Path
from urllib.parse import SplitResult, unquote, urljoin, urlsplit

from socialsite.sitechecks.page import Page, read_page


class Site:
    def __init__(self, root: Path, settings: dict, page_checks=(), left_out=()):
        self.root = Path(root)
        self.settings = settings
        self.page_checks = tuple(page_checks)
        self.left_out = tuple(left_out)
        self.siteurl = settings["SITEURL"].rstrip("/")
        base = urlsplit(self.siteurl + "/")
        self.scheme, self.host, self.base_path = base.scheme, base.netloc.lower(), base.path
        # Every file and folder of the tree, listed once: a link is then a set look-up, not a stat.
        self.files: set[str] = set()
        self.folders: set[str] = {""}
        for folder, folders, files in os.walk(self.root):
            relative = os.path.relpath(folder, self.root).replace(os.sep, "/")
            prefix = "" if relative == "." else relative + "/"
            self.folders.update(prefix + name for name in folders)
            self.files.update(prefix + name for name in files)
        self.pages: dict[str, Page | None] = {path: None for path in sorted(self.files) if path.endswith(".html")}
        # Most links are the same on every page of a folder (menu, footer, language switcher):
        # each is joined and looked up once (urljoin cost a second per thousand articles).
        self._located: dict[tuple[str, str], tuple[str | None, str]] = {}

    def page(self, relative: str) -> Page:
        """The page, read (and checked by ``page_checks``) the first time it is asked for."""
        page = self.pages.get(relative)
        if page is None:
            page = self.pages[relative] = read_page(self.root, relative, self.page_checks, self.settings)
        return page

    def absolute(self, from_page: str, url: str) -> SplitResult:
        """``url`` as written on ``from_page``, made absolute on SITEURL."""
        return urlsplit(urljoin(f"{self.siteurl}/{from_page}", url))

    def locate(self, from_page: str, url: str) -> tuple[str | None, str]:
        """(the file of the tree ``url`` leads to, its #fragment); None when it leaves the site.

        A link to the site's host over the other scheme leaves it too (``addresses`` says so).
        """
        key = (from_page if url.startswith(("#", "?")) else posixpath.dirname(from_page), url)
        found = self._located.get(key)
        if found is None:
            found = self._located[key] = self._locate(from_page, url)
        return found

    def _locate(self, from_page: str, url: str) -> tuple[str | None, str]:
        parts = self.absolute(from_page, url)
        if parts.scheme != self.scheme or parts.netloc.lower() != self.host:
            return None, ""  # mailto:, tel:, data:, another site
        if not (parts.path + "/").startswith(self.base_path):
            return None, ""
        relative = unquote(parts.path[len(self.base_path) :])
        relative = posixpath.normpath(relative) if relative else ""
        if relative in ("", ".") or parts.path.endswith("/"):
            relative = posixpath.join(relative if relative not in ("", ".") else "", "index.html")
        elif relative in self.folders:
            relative = posixpath.join(relative, "index.html")
        return relative, unquote(parts.fragment)

    def is_file(self, relative: str) -> bool:
        return relative in self.files

    def is_left_out(self, relative: str) -> bool:
        """In a folder the build left out on purpose (pagefind/ when it made no search index)."""
        return relative.startswith(self.left_out) if self.left_out else False
