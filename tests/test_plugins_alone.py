"""Plugins stand on their own (issue 17): the sitemap is the same whatever the order of PLUGINS,
and a wrong language setting stops the build in one line before anything is written."""

from __future__ import annotations

import pytest

from socialsite.build import BuildFailed


def test_sitemap_is_byte_identical_with_plugins_reversed(site, project):
    settings = project.root / "pelicanconf.py"
    settings.write_text(settings.read_text(encoding="utf-8") + "\nPLUGINS = PLUGINS[::-1]\n", encoding="utf-8")
    reversed_order = project.build()
    assert reversed_order.text("sitemap.xml") == site.text("sitemap.xml")
    assert reversed_order.text("robots.txt") == site.text("robots.txt")
    assert site.text("sitemap.xml").count("<url>") > 40


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ('LANGUAGES = {**LANGUAGES, "ru": {"name": "Русский", "babel": "ru"}}', "LANGUAGES['ru']"),
        ('LANGUAGES = {**LANGUAGES, "en": {**LANGUAGES["en"], "babel": "english"}}', "LANGUAGES['en']"),
        ('LANGUAGES = {**LANGUAGES, "en": {**LANGUAGES["en"], "prefix": ""}}', "LANGUAGES['en']['prefix']"),
        ('DEFAULT_LANG = "de"', "DEFAULT_LANG"),
        ("LANGUAGES = []", "LANGUAGES"),
    ],
)
def test_a_wrong_language_setting_stops_the_build_in_one_line(project, line, named):
    settings = project.root / "pelicanconf.py"
    settings.write_text(settings.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    with pytest.raises(BuildFailed) as failed:
        project.build()
    message = str(failed.value)
    assert "\n" not in message and f" {named} = " in message, message
    assert not project.output.exists()
