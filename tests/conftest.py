"""Shared fixtures: the real site built once per session, and throwaway copies to break.

Every test reads what a reader gets: real Pelican output, parsed with BeautifulSoup.
"""

from __future__ import annotations

import pytest

from support import ROOT, Project, Site, build, copy_project


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Site:
    """The real content, built the way `make html` builds it (search index included)."""
    output = tmp_path_factory.mktemp("site") / "output"
    build(ROOT / "pelicanconf.py", output)
    return Site(output)


@pytest.fixture
def project(tmp_path) -> Project:
    return copy_project(tmp_path / "site")
