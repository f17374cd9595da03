"""plugins/fingerprint alone: theme files published under hashed names, and its settings."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pelican.plugins.fingerprint import plugin
from plugin_site import assert_readme_signals_connected, render, tiny_site

from support import Site

HERE = Path(__file__).parent
CSS = (HERE / "test_data" / "theme" / "static" / "css" / "site.css").read_bytes()


def render_alone(tmp_path, **settings):
    """The tiny site and theme with this plugin alone, built as `make html` runs Pelican."""
    theme = str(tmp_path / "site" / "theme")  # tiny_site copies test_data/ there
    conf = tiny_site(
        HERE / "test_data", tmp_path, ["fingerprint"], THEME=theme, SITEURL="https://example.org", **settings
    )
    return render({**conf, "DIRECT_TEMPLATES": []})


def build(tmp_path, **settings) -> Site:
    done = render_alone(tmp_path, **settings)
    assert done.returncode == 0, done.stderr
    return Site(tmp_path / "site" / "output")


def test_the_readme_signals_are_connected():
    assert_readme_signals_connected(HERE.parent / "README.md", plugin)


def test_theme_files_only_under_their_hashed_names(tmp_path):
    site = build(tmp_path)
    hashed = f"theme/css/site.{hashlib.sha256(CSS).hexdigest()[:8]}.css"
    assert site.path(hashed).read_bytes() == CSS
    assert not site.path("theme/css/site.css").exists()
    assert site.resolve("hello.html", site.soup("hello.html").link["href"]) == hashed


def test_length_and_keeping_the_originals(tmp_path):
    site = build(tmp_path, FINGERPRINT_LENGTH=16, FINGERPRINT_KEEP_ORIGINALS=True)
    hashed = f"theme/css/site.{hashlib.sha256(CSS).hexdigest()[:16]}.css"
    assert site.path(hashed).read_bytes() == CSS == site.path("theme/css/site.css").read_bytes()
    assert site.soup("hello.html").link["href"].endswith(hashed)


def test_a_wrong_setting_fails_the_build_in_one_line(tmp_path):
    done = render_alone(tmp_path, FINGERPRINT_LENGTH=3)
    assert done.returncode == 1
    assert done.stderr == "settings: FINGERPRINT_LENGTH = 3 is wrong: a whole number from 6 to 64\n"
