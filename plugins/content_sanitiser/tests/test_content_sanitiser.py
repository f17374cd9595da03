"""The content_sanitiser plugin alone on a tiny site: what a text may hold reaches the page clean."""

from __future__ import annotations

from pathlib import Path

from pelican.plugins.content_sanitiser import plugin
from plugin_site import assert_readme_signals_connected, build, render, tiny_site

TEST_DATA = Path(__file__).parent / "test_data"


def test_script_handlers_frames_and_bad_addresses_are_removed(tmp_path):
    site = build(tiny_site(TEST_DATA, tmp_path, ["content_sanitiser"]))
    page = site.text("hostile.html")
    article = site.soup("hostile.html").select_one("article")
    assert "steal()" not in page and "alert(" not in page
    assert article.select("script, iframe") == []
    assert "a note for staff only" not in page
    links = {a.get_text(): a.get("href") for a in article.select("a")}
    assert links["a good one"] == "https://example.org/"
    assert links["a bad link"] is None  # the text stays, the address goes
    assert [td.get_text() for td in article.select("td")] == ["a", "b"]
    # The summary (a formatted field) is filtered too: the home page lists it under the newest.
    home = site.text("index.html")
    assert "A summary with" in home and "<b>bold</b>" in home
    assert "alert(" not in home and "steal()" not in home


def test_without_the_plugin_the_same_text_keeps_its_script(tmp_path):
    """What the plugin changes: Pelican alone publishes the script."""
    site = build(tiny_site(TEST_DATA, tmp_path, []))
    assert 'alert("body")' in site.text("hostile.html")


def test_a_symbolic_link_in_the_content_stops_the_build_in_one_line(tmp_path):
    settings = tiny_site(TEST_DATA, tmp_path, ["content_sanitiser"])
    outside = tmp_path / "outside.md"
    outside.write_text("Title: Outside\nDate: 2026-11-20\nCategory: News\n\nNot ours.\n", encoding="utf-8")
    (Path(settings["PATH"]) / "linked.md").symlink_to(outside)
    result = render(settings)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line == (
        "content/linked.md: refused: a symbolic link or a path outside the content folder; "
        "the site publishes only real files inside content/"
    )
    assert not (Path(settings["OUTPUT_PATH"]) / "hostile.html").exists()


def test_every_handler_of_the_readme_s_signals_table_is_connected():
    assert_readme_signals_connected(Path(__file__).parents[1] / "README.md", plugin)
