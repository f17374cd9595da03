"""Plugins stand on their own: the sitemap is the same whatever the order of PLUGINS (issue 17)."""

from __future__ import annotations


def test_sitemap_is_byte_identical_with_plugins_reversed(site, project):
    settings = project.root / "pelicanconf.py"
    settings.write_text(settings.read_text(encoding="utf-8") + "\nPLUGINS = PLUGINS[::-1]\n", encoding="utf-8")
    reversed_order = project.build()
    assert reversed_order.text("sitemap.xml") == site.text("sitemap.xml")
    assert reversed_order.text("robots.txt") == site.text("robots.txt")
    assert site.text("sitemap.xml").count("<url>") > 40
