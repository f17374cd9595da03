"""plugins/fingerprint alone: theme files published under hashed names, and its settings."""

from __future__ import annotations

import hashlib
from pathlib import Path

from support import build_plugin_site

DATA = Path(__file__).parent / "test_data"
CSS = (DATA / "theme" / "static" / "css" / "site.css").read_bytes()
SETTINGS = {
    "PATH": DATA / "content",
    "THEME": DATA / "theme",
    "PLUGINS": ["fingerprint"],
    "DIRECT_TEMPLATES": [],
    "CATEGORY_SAVE_AS": "",
    "AUTHOR_SAVE_AS": "",
    "FEED_ALL_ATOM": None,
    "CATEGORY_FEED_ATOM": None,
    "AUTHOR_FEED_ATOM": None,
    "AUTHOR_FEED_RSS": None,
}


def build(tmp_path, **settings):
    site, done = build_plugin_site(tmp_path, **{**SETTINGS, **settings})
    assert done.returncode == 0, done.stderr
    return site


def test_theme_files_only_under_their_hashed_names(tmp_path):
    site = build(tmp_path)
    hashed = f"theme/css/site.{hashlib.sha256(CSS).hexdigest()[:8]}.css"
    assert site.path(hashed).read_bytes() == CSS
    assert not site.path("theme/css/site.css").exists()
    assert site.soup("hello.html").link["href"] == f"https://example.org/{hashed}"


def test_length_and_keeping_the_originals(tmp_path):
    site = build(tmp_path, FINGERPRINT_LENGTH=16, FINGERPRINT_KEEP_ORIGINALS=True)
    hashed = f"theme/css/site.{hashlib.sha256(CSS).hexdigest()[:16]}.css"
    assert site.path(hashed).read_bytes() == CSS == site.path("theme/css/site.css").read_bytes()
    assert site.soup("hello.html").link["href"].endswith(hashed)


def test_a_wrong_setting_fails_the_build_in_one_line(tmp_path):
    _site, done = build_plugin_site(tmp_path, **SETTINGS, FINGERPRINT_LENGTH=3)
    assert done.returncode == 1
    assert done.stderr == "settings: FINGERPRINT_LENGTH = 3 is wrong: a whole number from 6 to 64\n"
