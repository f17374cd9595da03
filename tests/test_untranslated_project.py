"""A project can go online with its Lithuanian facts only: a warning per field, never an error;
the ru/en pages show the Lithuanian text marked lang="lt" with a note that the translation is coming."""

from __future__ import annotations

import re

from socialsite.languages import route
from socialsite.rules import check_site
from support import ROOT

CODE = "07-009-P-0001"
NOTE_RU = "Некоторые тексты этого проекта ещё не переведены"


def lithuanian_only(code: str = CODE) -> str:
    """The real project file with every ru/en text left out (as a new project arrives)."""
    text = (ROOT / "content" / "projects" / "07-003-P-0001.yaml").read_text(encoding="utf-8")
    text = re.sub(r"^  (ru|en): .*\n", "", text, flags=re.MULTILINE)
    return text.replace("code: 07-003-P-0001", f"code: {code}")


ARTICLE = f"""Title: Naujas projektas
Date: 2024-05-02
Slug: naujas-projektas
Category: Naujienos
Project: {CODE}

Centras pradeda naują projektą.
"""
TRANSLATION = f"""Title: Новый проект
Date: 2024-05-02
Slug: novyi-proekt
Category: Naujienos
Translation_of: naujas-projektas
Project: {CODE}

Центр начинает новый проект.
"""


def test_a_project_with_lithuanian_facts_only_builds_and_its_ru_pages_mark_the_lithuanian_text(project):
    registry_file = project.root / "content" / "projects" / f"{CODE}.yaml"
    registry_file.write_text(lithuanian_only(), encoding="utf-8")
    project.write("news/lt/2024-05-02-naujas-projektas.md", ARTICLE)
    project.write("news/ru/2024-05-02-novyi-proekt.md", TRANSLATION)

    from socialsite.build import load_settings

    settings = load_settings(project.root / "pelicanconf.py")
    warnings: list = []
    assert check_site(settings, lang="lt", notices=warnings) == []
    said = [str(w) for w in warnings if str(w).startswith(str(registry_file))]  # not the pay table's
    assert (
        f"{registry_file}:9: įspėjimas: „title“ dar neturi teksto kalbomis ru, en; kol jis bus parašytas, "
        "tų kalbų puslapiuose rodomas lietuviškas tekstas, pažymėtas kaip lietuviškas" in said
    )
    assert len(said) == 9  # one per text field (title, implementer, organisation, role, where, aim, activities, …)

    site = project.build()
    page = site.soup(route(settings, "project", "ru", slug=CODE))
    assert page.html["lang"] == "ru"
    title = page.select_one("h1 [lang]")
    assert (
        title["lang"] == "lt" and title.get_text() == "Integralios pagalbos teikimas ir plėtra Lietuvos savivaldybėse"
    )
    assert NOTE_RU in page.select_one(".translation-note").get_text()
    news = site.soup("ru/news/novyi-proekt.html")
    block = news.select_one(f'[data-project-disclosure="{CODE}"]')
    marked = [span.get_text() for span in block.select('[data-disclosure-text] [lang="lt"]')]
    assert "Integralios pagalbos teikimas ir plėtra Lietuvos savivaldybėse" in marked
    assert NOTE_RU in block.select_one(".translation-note").get_text()
    lt_page = site.soup(route(settings, "project", "lt", slug=CODE))
    assert lt_page.select_one(".translation-note") is None and lt_page.select_one("h1 [lang]") is None
