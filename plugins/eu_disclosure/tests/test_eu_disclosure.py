"""eu_disclosure on a tiny site of its own (test_data/): one programme, one project, two Lithuanian
articles (one naming the project) and an English translation, Pelican's simple theme with the
one call a theme owes the plugin.

The block is the plugin's contract: its HTML per language is kept in test_data/expected/ and
compared whitespace-insensitively. After an intended change of the block, regenerate it and
review the diff before committing:

    .venv/bin/invoke update-expected
    (the same as: UPDATE_EXPECTED=1 .venv/bin/python -m pytest plugins/eu_disclosure/tests plugins/project_pages/tests)
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pelican import signals
from pelican.plugins.eu_disclosure import plugin
from plugin_site import build
from plugin_site import render as render_settings

from support import assert_golden

DATA = Path(__file__).parent / "test_data"
CODE = "01-001-P-0001"
PAGES = {"lt": "seimu-diena.html", "en": "seimu-diena-en.html"}


def site_settings(output: Path, **override) -> dict:
    """The tiny site's settings: UTC, no caches, only the plugins named, Pelican's Jinja defaults
    (no autoescape: the block must escape its facts itself)."""
    return {
        "PATH": str(DATA / "content"),
        "OUTPUT_PATH": str(output),
        "THEME": str(DATA / "theme"),
        "ARTICLE_PATHS": ["news"],
        "PATH_METADATA": r"news/(?P<lang>[a-z]{2})/.*",
        "DEFAULT_LANG": "lt",
        "USE_FOLDER_AS_CATEGORY": False,
        "LANGUAGES": {
            "lt": {"name": "Lietuvių", "babel": "lt", "og_locale": "lt_LT", "prefix": ""},
            "en": {"name": "English", "babel": "en_GB", "og_locale": "en_GB", "prefix": "en/"},
        },
        "TIMEZONE": "UTC",
        "LOCALE": ("C.UTF-8", "C"),
        "SOURCE_DATE_EPOCH": "1796169600",
        "SITEURL": "",
        "RELATIVE_URLS": True,
        "CACHE_CONTENT": False,
        "LOAD_CONTENT_CACHE": False,
        "FEED_ALL_ATOM": None,
        "CATEGORY_FEED_ATOM": None,
        "TRANSLATION_FEED_ATOM": None,
        "AUTHOR_FEED_ATOM": None,
        "AUTHOR_FEED_RSS": None,
        "PLUGINS": ["eu_disclosure"],
        "EU_DISCLOSURE_PROJECT_LINK": False,
        **override,
    }


@pytest.fixture(scope="module")
def with_project_pages(tmp_path_factory) -> Path:
    """The block as a site with project pages shows it: linked to the project's page."""
    output = tmp_path_factory.mktemp("with-project-pages")
    return build_output(
        site_settings(output, PLUGINS=["eu_disclosure", "project_pages"], EU_DISCLOSURE_PROJECT_LINK=True)
    )


@pytest.fixture(scope="module")
def alone(tmp_path_factory) -> Path:
    """PLUGINS = ["eu_disclosure"]: no multilingual, no fingerprint, no project pages."""
    return build_output(site_settings(tmp_path_factory.mktemp("alone")))


def blocks(output: Path, page: str) -> list:
    soup = BeautifulSoup((output / page).read_text(encoding="utf-8"), "html.parser")
    return soup.select("[data-project-disclosure]")


def block_markup(output: Path, page: str) -> str:
    """The block as the page has it, byte for byte (the golden files keep the markup, not a parse of it)."""
    (markup,) = re.findall(r'<section class="eu-disclosure".*?</section>', (output / page).read_text("utf-8"), re.S)
    return markup


@pytest.mark.parametrize("lang", PAGES)
def test_the_block_in_each_language_is_the_expected_one(with_project_pages, lang):
    assert_golden(block_markup(with_project_pages, PAGES[lang]), DATA / "expected" / f"disclosure.{lang}.html")


def test_the_block_links_to_the_project_page_that_exists(with_project_pages):
    for lang, page in PAGES.items():
        (block,) = blocks(with_project_pages, page)
        href = block.select_one(".eu-project-link a")["href"]
        assert href == f"./{'en/' if lang == 'en' else ''}projects/{CODE}.html"
        assert (with_project_pages / href).is_file()


@pytest.mark.parametrize("lang", PAGES)
def test_alone_the_block_is_the_same_without_the_link(alone, lang):
    """Without project_pages there is no page to link to; without multilingual the labels stay in
    English; without fingerprint the emblem is served from the theme's static folder."""
    expected = (DATA / "expected" / f"disclosure.{lang}.html").read_text(encoding="utf-8")
    without_link, removed = re.subn(r'<p class="eu-project-link">.*?</p>', "", expected)
    assert removed == 1
    assert _words(block_markup(alone, PAGES[lang])) == _words(without_link)
    (block,) = blocks(alone, PAGES[lang])
    emblem = block.select_one("img.eu-emblem")["src"]
    assert emblem == "./theme/images/eu-emblem.svg" and (alone / emblem).is_file()


def _words(markup: str) -> str:
    return re.sub(r"\s+", "", markup)


def test_an_article_naming_no_project_has_no_block(alone):
    assert blocks(alone, "susirinkimas.html") == []


def test_the_facts_are_escaped_and_an_untranslated_one_is_marked(alone):
    (block,) = blocks(alone, PAGES["en"])
    text = block.select_one("[data-disclosure-text]")
    assert "Parents & children together" in text.get_text()  # "&" arrived escaped, as one character
    assert "&amp;" in str(text) and "& " not in str(text).replace("&amp;", "")
    assert [span.get_text() for span in text.select('span[lang="lt"]')] == ["stiprinti šeimų bendruomenę"]
    assert block.select_one(".translation-note") is not None
    (lt_block,) = blocks(alone, PAGES["lt"])
    assert lt_block.select_one(".translation-note") is None


def test_every_handler_in_the_signals_table_is_connected():
    """The README's Signals table, as register() connects it."""
    table = {
        signals.article_generator_finalized: plugin.attach_projects,
        signals.generator_init: plugin.add_template_globals,
        signals.article_writer_finalized: plugin.check_written_pages,
    }
    plugin.register()
    try:
        for signal, handler in table.items():
            assert handler in signal.receivers_for(object())
    finally:
        for signal, handler in table.items():
            signal.disconnect(handler)


def render(tmp_path: Path, **override):
    return render_settings(site_settings(tmp_path / "output", **override), folder=tmp_path)


@pytest.mark.parametrize(
    ("override", "line"),
    [
        (
            {"EU_DISCLOSURE_PROJECT_LINK": "yes"},
            "settings: EU_DISCLOSURE_PROJECT_LINK = 'yes' is wrong: True or False",
        ),
        (
            {"EU_DISCLOSURE_PROJECT_LINK": True},
            "settings: EU_DISCLOSURE_PROJECT_LINK = True is wrong: False: the link goes to the project's page, "
            "which the project_pages plugin writes, and it is not in PLUGINS (add it, or set this to False)",
        ),
        (
            {"PROJECTS_PATH": str(DATA / "content" / "projekts")},
            f"settings: PROJECTS_PATH = '{DATA / 'content' / 'projekts'}' is wrong: a folder that exists "
            "(the project registry)",
        ),
    ],
)
def test_a_wrong_setting_stops_the_build_in_one_line(tmp_path, override, line):
    result = render(tmp_path, **override)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [line]
    assert not (tmp_path / "output" / PAGES["lt"]).exists()


def test_the_same_settings_build(tmp_path):
    """The settings file the failing builds above start from builds: the failures are the setting's."""
    result = render(tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    assert (tmp_path / "output" / PAGES["lt"]).is_file()


def build_output(settings: dict) -> Path:
    """The tiny site built in this process; its output folder."""
    return build(settings).root
