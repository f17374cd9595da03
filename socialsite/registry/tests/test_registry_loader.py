"""Reading the registry folder: objects from valid files, every problem at once, one reader of PROJECTS_PATH."""

from __future__ import annotations

import pytest
from markupsafe import Markup

from socialsite.errors import ContentErrors
from socialsite.registry import load_registry, registry_path
from socialsite.settings import SettingError


def test_a_valid_project_fills_its_programme_template(make, settings):
    registry = load_registry(make(), settings)
    project = registry.get("01-001-P-0001")
    assert [p.code for p in registry] == ["01-001-P-0001"] and "01-001-P-0001" in registry
    assert project.disclosure(settings, "lt") == ["Projektas „Pavadinimas“, suma – 1\u00a0000,50 Eur"]
    assert project.disclosure(settings, "en") == ["Project “Title”, amount EUR\u00a01,000.50"]
    assert project.statement("lt").text == "Bendrai finansuoja Europos Sąjunga"
    assert registry.warnings == []


def test_a_project_with_lithuanian_texts_only_loads_with_a_warning_per_field(make, settings, texts):
    lt_only = (
        texts["project"]
        .replace("title: {lt: Pavadinimas, en: Title}", "title: {lt: Pavadinimas}")
        .replace("aim: {lt: tikslas, en: aim}", "aim:\n  lt: tikslas")
    )
    project = load_registry(make(project=lt_only), settings).get("01-001-P-0001")
    assert [str(w).split("/")[-1] for w in project.warnings] == [
        "01-001-P-0001.yaml:4: warning: 'title' has no text in en yet; the pages in those languages show the "
        "Lithuanian text, marked as such, until it is written",
        "01-001-P-0001.yaml:9: warning: 'aim' has no text in en yet; the pages in those languages show the "
        "Lithuanian text, marked as such, until it is written",
    ]
    assert project.title("en") == "Pavadinimas" and project.untranslated("title", "en")
    assert not project.untranslated("title", "lt") and not project.untranslated("role", "en")
    marked = project.disclosure(settings, "en", mark=lambda text: Markup("<span lang=lt>%s</span>") % text)
    assert marked == ["Project “<span lang=lt>Pavadinimas</span>”, amount EUR\u00a01,000.50"]


def test_every_broken_file_is_reported_at_once(make, settings, texts):
    folder = make(project=texts["project"].replace("budget: 1000.50", "budget: daug"))
    (folder / "02-002-P-0002.yaml").write_text(
        texts["project"].replace("01-001-P-0001", "02-002-P-0002").replace("aim: {lt: tikslas, en: aim}\n", ""),
        encoding="utf-8",
    )
    with pytest.raises(ContentErrors) as failure:
        load_registry(folder, settings)
    assert [str(e).split("/")[-1] for e in failure.value.errors] == [
        "01-001-P-0001.yaml:7: 'budget' must be an amount in euro, e.g. 43940212.00",
        "02-002-P-0002.yaml:1: the project has no 'aim'; add it",
    ]


def test_an_empty_folder_is_an_empty_registry(tmp_path, settings):
    assert list(load_registry(tmp_path, settings)) == []


def test_the_registry_is_the_projects_folder_of_the_content_unless_given(tmp_path):
    assert registry_path({"PATH": str(tmp_path)}) == str(tmp_path / "projects")  # may be missing: no projects
    (tmp_path / "registry").mkdir()
    assert registry_path({"PATH": "x", "PROJECTS_PATH": str(tmp_path / "registry")}) == str(tmp_path / "registry")


@pytest.mark.parametrize("value", ["", "   ", 42, "no/such/folder"])
def test_a_given_registry_folder_must_exist(tmp_path, value):
    with pytest.raises(SettingError) as failure:
        registry_path({"PATH": str(tmp_path), "PROJECTS_PATH": value})
    assert (
        str(failure.value)
        == f"settings: PROJECTS_PATH = {value!r} is wrong: a folder that exists (the project registry)"
    )
