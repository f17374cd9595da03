"""The scheduled plugin alone on a tiny site: news dated after the build's date wait for their day."""

from __future__ import annotations

from pathlib import Path

from pelican.plugins.scheduled import get_settings, plugin
from plugin_site import assert_readme_signals_connected, build, render, tiny_site

TEST_DATA = Path(__file__).parent / "test_data"


def titles_on_the_home(site) -> list[str]:
    return [a.get_text(strip=True) for a in site.soup("index.html").select("article h1 a, article h2 a")]


def test_news_dated_ahead_has_no_page_and_no_place_in_the_lists(tmp_path):
    site = build(tiny_site(TEST_DATA, tmp_path, ["scheduled"]))  # built on 2026-12-01
    assert site.path("due.html").is_file()
    assert not site.path("ahead.html").exists()
    assert titles_on_the_home(site) == ["Due news"]


def test_on_its_day_the_news_appears(tmp_path):
    site = build(tiny_site(TEST_DATA, tmp_path, ["scheduled"], SOURCE_DATE_EPOCH="1800057600"))  # 2027-01-16
    assert site.path("ahead.html").is_file()
    assert titles_on_the_home(site) == ["News written ahead", "Due news"]


def test_a_preview_shows_it_ahead_of_its_day(tmp_path):
    site = build(tiny_site(TEST_DATA, tmp_path, ["scheduled"], SCHEDULED_SHOW=True))
    assert site.path("ahead.html").is_file()
    assert titles_on_the_home(site) == ["News written ahead", "Due news"]


def test_without_the_plugin_the_same_site_shows_it(tmp_path):
    """What the plugin changes: the same content, built with no plugin, publishes the news early."""
    site = build(tiny_site(TEST_DATA, tmp_path, []))
    assert site.path("ahead.html").is_file()


def test_a_wrong_setting_stops_the_build_in_one_line(tmp_path):
    settings = tiny_site(TEST_DATA, tmp_path, ["scheduled"], SCHEDULED_SHOW="yes")
    result = render(settings)
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["settings: SCHEDULED_SHOW = 'yes' is wrong: True or False"]
    assert not (Path(settings["OUTPUT_PATH"]) / "due.html").exists()


def test_every_handler_of_the_readme_s_signals_table_is_connected():
    assert_readme_signals_connected(Path(__file__).parents[1] / "README.md", plugin)


def test_the_settings_and_their_defaults():
    assert get_settings({}) == {"SCHEDULED_SHOW": False}
    assert get_settings({"SCHEDULED_SHOW": True}) == {"SCHEDULED_SHOW": True}
