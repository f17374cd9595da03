"""`Status: draft` never reaches `make html` output: no page, list, feed, sitemap entry or switcher link."""

from __future__ import annotations

DRAFT = """Title: Juodraštinė šventė
Date: 2024-05-02
Slug: juodrastine-svente
Category: Naujienos
Status: draft

Šios naujienos dar niekas neturi matyti.
"""
PUBLISHED = """Title: Paskelbta šventė
Date: 2024-05-03
Slug: paskelbta-svente
Category: Naujienos

Ši naujiena paskelbta.
"""
DRAFT_TRANSLATION = """Title: Черновой праздник
Date: 2024-05-03
Slug: chernovoi-prazdnik
Category: Naujienos
Translation_of: paskelbta-svente
Status: draft

Этот перевод ещё никто не должен видеть.
"""

TRANSLATION_OF_DRAFT = """Title: Праздник из черновика
Date: 2024-05-02
Slug: prazdnik-iz-chernovika
Category: Naujienos
Translation_of: juodrastine-svente

Перевод опубликован раньше оригинала.
"""


def test_drafts_are_absent_from_the_built_site(project):
    project.write("news/lt/2024-05-02-juodrastine-svente.md", DRAFT)
    project.write("news/lt/2024-05-03-paskelbta-svente.md", PUBLISHED)
    project.write("news/ru/2024-05-03-chernovoi-prazdnik.md", DRAFT_TRANSLATION)
    project.write("news/ru/2024-05-02-prazdnik-iz-chernovika.md", TRANSLATION_OF_DRAFT)
    site = project.build()
    files = [p for p in site.root.rglob("*") if p.is_file()]
    assert any("paskelbta-svente" in p.name for p in files)  # the published ones are there
    assert any("prazdnik-iz-chernovika" in p.name for p in files)
    for path in files:
        assert "juodrastine-svente" not in path.name and "chernovoi-prazdnik" not in path.name, path
        if path.suffix in (".html", ".xml", ".json", ".txt"):
            text = path.read_text(encoding="utf-8")
            for word in ("juodrastine-svente", "Juodraštinė šventė", "chernovoi-prazdnik", "Черновой праздник"):
                assert word not in text, (path, word)
    (page,) = [p for p in files if p.name.startswith("paskelbta-svente") and p.suffix == ".html"]
    alternates = site.soup(str(page.relative_to(site.root))).select('link[rel="alternate"][hreflang]')
    assert sorted(link["hreflang"] for link in alternates) == ["lt", "x-default"]  # no ru: its draft is not out
