"""project_pages on a tiny site of its own (test_data/): one programme, a project running on the
build's date (2 December 2026) and one finished in 2022, three Lithuanian articles and an English
translation, and a theme whose two templates print exactly what the plugin gives them.

What the plugin gives the templates is its contract: the pages are kept in test_data/expected/
and compared whitespace-insensitively. After an intended change, regenerate them and review the
diff before committing:

    .venv/bin/invoke update-expected
    (the same as: UPDATE_EXPECTED=1 .venv/bin/python -m pytest plugins/eu_disclosure/tests plugins/project_pages/tests)
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pelican import signals
from pelican.plugins.project_pages import plugin
from plugin_site import build, render

from support import assert_golden

DATA = Path(__file__).parent / "test_data"
RUNNING, FINISHED = "02-001-P-0001", "02-002-P-0002"
PAGES = [
    "projects/index.html",
    f"projects/{RUNNING}.html",
    f"projects/{FINISHED}.html",
    "en/projects/index.html",
    f"en/projects/{RUNNING}.html",
]
ATOM = "{http://www.w3.org/2005/Atom}"


def site_settings(output: Path, **override) -> dict:
    """The tiny site's settings: UTC, no caches, this plugin only, the build's date fixed."""
    return {
        "PATH": str(DATA / "content"),
        "OUTPUT_PATH": str(output),
        "THEME": str(DATA / "theme"),
        "ARTICLE_PATHS": ["news"],
        "PATH_METADATA": r"news/(?P<lang>[a-z]{2})/.*",
        "USE_FOLDER_AS_CATEGORY": False,
        "SITENAME": "Pavyzdžio centras",
        "DEFAULT_LANG": "lt",
        "LANGUAGES": {
            "lt": {"name": "Lietuvių", "babel": "lt", "og_locale": "lt_LT", "prefix": ""},
            "en": {"name": "English", "babel": "en_GB", "og_locale": "en_GB", "prefix": "en/"},
        },
        "TIMEZONE": "UTC",
        "LOCALE": ("C.UTF-8", "C"),
        "SOURCE_DATE_EPOCH": "1796169600",  # 2 December 2026: the first project runs, the second is over
        "SITEURL": "",
        "FEED_DOMAIN": "https://example.org",
        "RELATIVE_URLS": True,
        "CACHE_CONTENT": False,
        "LOAD_CONTENT_CACHE": False,
        "FEED_ALL_ATOM": None,
        "CATEGORY_FEED_ATOM": None,
        "TRANSLATION_FEED_ATOM": None,
        "AUTHOR_FEED_ATOM": None,
        "AUTHOR_FEED_RSS": None,
        "PLUGINS": ["project_pages"],
        **override,
    }


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """PLUGINS = ["project_pages"]: no other plugin of this project."""
    return build_output(site_settings(tmp_path_factory.mktemp("site")))


@pytest.mark.parametrize("page", PAGES)
def test_the_pages_give_their_templates_the_expected_context(site, page):
    assert_golden((site / page).read_text(encoding="utf-8"), DATA / "expected" / page)


def test_a_project_lists_its_news_in_the_page_language_newest_first(site):
    """Golden files aside, said plainly: the article naming two projects is on both pages."""
    running = (site / f"projects/{RUNNING}.html").read_text(encoding="utf-8")
    assert running.index("Nauji suolai") < running.index("Sodinome medžius")
    assert "We planted trees" not in running
    assert "Nauji suolai" in (site / f"projects/{FINISHED}.html").read_text(encoding="utf-8")


def test_each_project_has_a_feed_of_its_news_per_language(site):
    for path, titles in (
        (f"feeds/projects/{RUNNING}.atom.xml", ["Nauji suolai", "Sodinome medžius"]),
        (f"en/feeds/projects/{RUNNING}.atom.xml", ["We planted trees"]),
    ):
        feed = ET.parse(site / path).getroot()
        assert [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")] == titles
    assert ET.parse(site / f"feeds/projects/{RUNNING}.atom.xml").getroot().findtext(f"{ATOM}title") == (
        "Pavyzdžio centras - Žalias kiemas"
    )


def test_without_feeds_no_feed_is_written_or_linked(tmp_path):
    output = build_output(site_settings(tmp_path / "output", PROJECT_PAGES_FEEDS=False))
    assert not (output / "feeds").exists() and not (output / "en" / "feeds").exists()
    assert 'class="feed"' not in (output / f"projects/{RUNNING}.html").read_text(encoding="utf-8")


def test_every_handler_in_the_signals_table_is_connected():
    """The README's Signals table, as register() connects it."""
    plugin.register()
    try:
        assert plugin.get_generators in signals.get_generators.receivers_for(object())
    finally:
        signals.get_generators.disconnect(plugin.get_generators)


def test_a_wrong_setting_stops_the_build_in_one_line(tmp_path):
    result = render(site_settings(str(tmp_path / "output"), PROJECT_PAGES_FEEDS="no"), folder=tmp_path)
    assert (result.returncode, result.stderr.splitlines()) == (
        1,
        ["settings: PROJECT_PAGES_FEEDS = 'no' is wrong: True or False"],
    )
    assert not (tmp_path / "output" / "projects").exists()


def build_output(settings: dict) -> Path:
    """The tiny site built in this process; its output folder."""
    return build(settings).root
