"""Helpers every test module imports: where things are, a built site to read, a project copy to break.

Fixtures live in conftest.py; these are plain names so any test module can import them
(``from support import ROOT``) without depending on which conftest pytest loaded first.
"""

from __future__ import annotations

import os
import posixpath
import shutil
import sys
from pathlib import Path
from typing import NoReturn

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
CI = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def missing(what: str) -> NoReturn:
    """A browser, server or tool a test drives is not installed: skipped on a developer's
    machine, a failure under CI (CI=true), where `make test` installed every one of them."""
    if CI:
        pytest.fail(f"{what}: CI must have it (make test installs it with .ci/system-packages)")
    pytest.skip(f"{what} (make test installs it with .ci/system-packages where it may)")


def installed_differences() -> list[str]:
    """Source files whose installed copy (the wheel in .venv) differs from the tree's.

    The tests run the installed package, as another organisation does; `make test` installs it
    again whenever a file changed, a bare `pytest` does not.
    """
    import sysconfig

    site_packages = Path(sysconfig.get_paths()["purelib"])
    pairs = [
        (ROOT / "socialsite", site_packages / "socialsite"),
        (ROOT / "plugins", site_packages / "pelican" / "plugins"),
        (ROOT / "theme", site_packages / "socialsite" / "theme"),
    ]
    stale = []
    for tree, installed in pairs:
        for source in tree.rglob("*"):
            if not source.is_file() or "__pycache__" in source.parts or "tests" in source.relative_to(tree).parts:
                continue
            copy = installed / source.relative_to(tree)
            if not copy.is_file() or copy.read_bytes() != source.read_bytes():
                stale.append(str(source.relative_to(ROOT)))
    return stale


if _stale := installed_differences():
    sys.exit(f"the installed package is older than {_stale[0]} (and {len(_stale) - 1} more): run make test")

from socialsite.build import build  # noqa: E402


class Site:
    """A built site: read its files as text or as parsed HTML."""

    def __init__(self, root: Path):
        self.root = root

    def path(self, relative: str) -> Path:
        return self.root / relative

    def text(self, relative: str) -> str:
        return self.path(relative).read_text(encoding="utf-8")

    def soup(self, relative: str) -> BeautifulSoup:
        return BeautifulSoup(self.text(relative), "html.parser")

    def resolve(self, page: str, href: str) -> str:
        """The output-relative path a link on ``page`` points to (relative, or absolute on SITEURL)."""
        if href.startswith("http://localhost:8000/"):
            return href[len("http://localhost:8000/") :].split("#")[0]
        return posixpath.normpath(posixpath.join(posixpath.dirname(page), href.split("#")[0]))

    def html_files(self) -> list[str]:
        return sorted(str(p.relative_to(self.root)) for p in self.root.rglob("*.html"))


class Project:
    """A copy of the project whose content a test may change; plugins and theme are shared."""

    def __init__(self, root: Path):
        self.root = root
        self.output = root / "output"

    def write(self, relative: str, text: str) -> Path:
        path = self.root / "content" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def make_html(self, output: Path | None = None) -> list[str]:
        """The command `make html` runs (invoke build), on this copy's settings and output."""
        settings = str(self.root / "pelicanconf.py")
        return [sys.executable, "-m", "invoke", "-r", str(ROOT), "build", "--settings", settings,
                "--output", str(output or self.output)]  # fmt: skip

    def build(self, search: bool = False) -> Site:
        build(self.root / "pelicanconf.py", self.output, search=search)
        return Site(self.output)


def copy_project(root: Path) -> Project:
    """A copy of the content and settings under ``root``; plugins and theme shared by symlink."""
    root.mkdir(parents=True)
    shutil.copytree(ROOT / "content", root / "content")
    shutil.copy(ROOT / "pelicanconf.py", root / "pelicanconf.py")
    for shared in ("plugins", "theme"):
        (root / shared).symlink_to(ROOT / shared)
    return Project(root)


FIVE_PHOTOS = "news/penkios-nuotraukos.html"  # photo_site: five 4000×3000 photos with GPS, the first also the cover
GALLERY = "news/galerija.html"  # photo_site: a gallery, a turned photo, a PNG, an SVG


def seed_text(name_prefix: str) -> str:
    (path,) = SEEDS.glob(f"{name_prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def assert_golden(actual: str, expected: Path) -> None:
    """``actual`` is the text kept in ``expected``, whitespace aside (golden output, style.md §1).

    ``UPDATE_EXPECTED=1`` (``invoke update-expected``) writes ``actual`` there instead: review the
    diff in git before committing it.
    """
    import os
    import re

    if os.environ.get("UPDATE_EXPECTED"):
        expected.parent.mkdir(parents=True, exist_ok=True)
        expected.write_text(actual.strip() + "\n", encoding="utf-8")
        return

    def words(text: str) -> str:
        return re.sub(r"\s+", " ", re.sub(r">\s+<", "><", text)).strip()

    assert expected.exists(), f"{expected} is missing: run invoke update-expected"
    assert words(actual) == words(expected.read_text(encoding="utf-8")), f"differs from {expected}"
