"""The public_body plugin alone on a tiny site of another centre: its facts, services and index.

Named _alone: tests/test_public_body.py (the whole site) has the plain name, and pytest needs
every test module name once.
"""

from __future__ import annotations

import json
from pathlib import Path

from pelican.plugins.public_body import plugin
from plugin_site import assert_readme_signals_connected, build, render, tiny_site

TEST_DATA = Path(__file__).parent / "test_data"
ALONE = {
    "ABSOLUTE_SITEURL": "https://tiny.example",
    "LANGUAGES": {"en": {"name": "English", "babel": "en_GB", "og_locale": "en_GB", "prefix": ""}},
    "PAGE_URL": "{slug}.html",
    "PAGE_SAVE_AS": "{slug}.html",
    "PUBLIC_BODY_CONTACT_PAGES": ["contacts"],
    "PUBLIC_BODY_SERVICES_PAGE": "services",
    "PUBLIC_BODY_SALARY_PAGE": "pay",
}


def settings_of(tmp_path, **extra) -> dict:
    values = tiny_site(TEST_DATA, tmp_path, ["public_body"], **{**ALONE, **extra})
    root = Path(values["PATH"]).parent
    return {"THEME": str(root / "theme"), **values}  # no PROJECTS_PATH: a centre without EU projects


def test_the_centre_s_facts_services_and_index_are_written(tmp_path):
    site = build(settings_of(tmp_path))
    contacts = site.soup("contacts.html")
    assert contacts.address.get_text(" ", strip=True) == "Tiny Care Centre, 1 Main Street, Tinytown, +370 386 12345"
    data = json.loads(contacts.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "GovernmentOrganization" and data["identifier"] == "123456789"
    assert [point["telephone"] for point in data["contactPoint"]] == ["+37038612345", "+37038612346"]
    assert [li.get_text() for li in site.soup("services.html").select("ul.services li")] == ["Help at home"]
    service = site.soup("paslaugos/help-at-home.html")
    assert service.select_one("h1.service").get_text() == "Help at home"
    assert service.select_one(".contact").get_text() == "Help at home: +370 386 12346"
    index = site.soup("informacijos-rodykle.html")
    sections = [(a.get_text(), a["href"]) for a in index.select("ul.sections a")]
    assert sections == [
        ("Contacts", "./contacts.html"),
        ("Services", "./services.html"),
        ("Help at home", "./paslaugos/help-at-home.html"),
    ]


def test_a_wrong_fact_stops_the_build_at_its_line(tmp_path):
    settings = settings_of(tmp_path)
    data = Path(settings["PATH"]) / "public-body" / "organisation.yaml"
    data.write_text(data.read_text(encoding="utf-8").replace("+370 386 12345", "12345"), encoding="utf-8")
    result = render(settings)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "content/public-body/organisation.yaml:6: '12345' is no phone number: write +370 and 8 digits, e.g. +370 386 12345"
    ]


def test_a_wrong_setting_stops_the_build_in_one_line(tmp_path):
    settings = settings_of(tmp_path, PUBLIC_BODY_STALE_WORKING_DAYS="ten")
    result = render(settings)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "settings: PUBLIC_BODY_STALE_WORKING_DAYS = 'ten' is wrong: a whole number, 0 or more"
    ]
    assert not (Path(settings["OUTPUT_PATH"]) / "contacts.html").exists()


def test_a_theme_without_its_templates_is_one_line(tmp_path):
    """Pelican's own theme has no service.html: the plugin says what it needs, in one line."""
    settings = settings_of(tmp_path)
    del settings["THEME"]
    result = render(settings)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("settings: THEME = '") and line.endswith(
        "notmyidea' is wrong: a theme with the templates service.html and information_index.html, "
        "like the project's theme"
    )


def test_every_handler_of_the_readme_s_signals_table_is_connected():
    assert_readme_signals_connected(Path(__file__).parents[1] / "README.md", plugin)
