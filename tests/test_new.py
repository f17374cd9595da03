"""`make new`: a complete article refused by `make check` only for its sample paragraph, or a refusal and no file."""

from __future__ import annotations

import datetime
import functools
import shutil
import subprocess
from pathlib import Path

import pytest
from pelican.settings import read_settings

from socialsite.errors import ContentErrors
from socialsite.frontmatter import parse_file
from socialsite.importer import NewArticleRefused, new_article
from socialsite.rules import check_site, translator

ROOT = Path(__file__).resolve().parents[1]
TODAY = datetime.date(2026, 11, 23)
EN = translator("en")


@functools.cache
def base_settings() -> dict:
    return read_settings(str(ROOT / "pelicanconf.py"))


@pytest.fixture
def site(tmp_path):
    """A copy of the real news and pages, so slugs and originals are those staff have."""
    for folder in ("news", "pages"):
        shutil.copytree(ROOT / "content" / folder, tmp_path / folder)
    return {**base_settings(), "PATH": str(tmp_path)}


def new(site, title, **options):
    return new_article(site, title, _=EN, today=TODAY, **options)


def files(site) -> set[Path]:
    return set(Path(site["PATH"]).rglob("*.md"))


def write_text(path: Path, text: str = "Mūsų tikra naujiena.") -> None:
    """What staff do next: the sample paragraph replaced by their text."""
    header, _sample = path.read_text(encoding="utf-8").split("\n\n", 1)
    path.write_text(f"{header}\n\n{text}\n", encoding="utf-8")


def test_a_new_article_is_complete_and_only_its_sample_paragraph_is_refused(site):
    path = new(site, "Nauja žinia")
    assert path == Path(site["PATH"]) / "news" / "lt" / "2026-11-23-nauja-zinia.md"
    doc = parse_file(path)
    assert doc.meta == {"title": "Nauja žinia", "date": "2026-11-23", "slug": "nauja-zinia", "category": "Naujienos"}
    assert doc.body.strip().startswith("Čia parašykite naujienos tekstą.")
    assert [str(e) for e in check_site(site, lang="en", today=TODAY)] == [
        f"{path}:6: this is the sample paragraph 'make new' wrote; replace it with the text of the news"
    ]
    write_text(path)
    assert check_site(site, lang="en", today=TODAY) == []


def test_quotes_and_diacritics_are_transliterated_into_the_slug(site):
    assert new(site, "„Nauja žinia“").name == "2026-11-23-nauja-zinia.md"


def test_project_and_translation(site):
    original = new(site, "Šventė senjorams", project="07-003-P-0001")
    assert parse_file(original).meta["project"] == "07-003-P-0001"
    translation = new(
        site, "Праздник для сеньоров", lang="ru", translation_of="svente-senjorams", project="07-003-P-0001"
    )
    assert translation.parent.name == "ru" and translation.name == "2026-11-23-prazdnik-dlia-senorov.md"
    doc = parse_file(translation)
    assert doc.meta["translation_of"] == "svente-senjorams"
    assert doc.body.strip().startswith("Здесь напишите текст новости.")
    assert {e.path for e in check_site(site, lang="en", today=TODAY)} == {str(original), str(translation)}
    write_text(original)
    write_text(translation, "Наш настоящий текст.")
    assert check_site(site, lang="en", today=TODAY) == []


@pytest.mark.parametrize(
    ("title", "options", "message"),
    [
        ("Kita", {"project": "07-999-P-0001"}, ":5: unknown project '07-999-P-0001'"),
        (
            "Другое",
            {"lang": "ru", "translation_of": "nera-tokios"},
            ":5: 'Translation_of: nera-tokios' names no original",
        ),
        ("Senjorų bendradarbiavimas", {}, ":3: the slug 'senjoru-bendradarbiavimas' is already used in 'lt' by "),
        (
            "Ещё раз",
            {"lang": "ru", "translation_of": "senjoru-bendradarbiavimas"},
            ":5: 'senjoru-bendradarbiavimas' already has a 'ru' version: ",
        ),
    ],
)
def test_refused_with_the_checkers_message_and_nothing_written(site, title, options, message):
    before = files(site)
    with pytest.raises(ContentErrors) as raised:
        new(site, title, **options)
    assert message in str(raised.value)
    assert files(site) == before


@pytest.mark.parametrize(("title", "options"), [("  ", {}), ("!!!", {}), ("Žinia", {"lang": "de"})])
def test_arguments_that_make_no_article(site, title, options):
    with pytest.raises(NewArticleRefused):
        new(site, title, **options)


def test_never_overwrites(site):
    path = new(site, "Nauja žinia")
    path.write_text("mano tekstas", encoding="utf-8")
    with pytest.raises(ContentErrors) as raised:
        new(site, "Nauja žinia")
    assert str(raised.value).endswith(
        "2026-11-23-nauja-zinia.md:1: the file already exists and was left as it is; "
        "delete it first or choose another title"
    )
    assert path.read_text(encoding="utf-8") == "mano tekstas"


def test_make_passes_its_variables_quotes_and_all():
    """The Makefile hands TITLE and friends to invoke through the environment, quotes intact."""
    result = subprocess.run(
        ["make", "-s", "-n", "new", 'TITLE=Vakaras „Kartu“ "ir" $HOME', "PROJECT=07-003-P-0001", "LANG_CODE=ru"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    command = result.stdout
    assert 'new --title "$TITLE"' in command and '${PROJECT:+--project "$PROJECT"}' in command
    shell = subprocess.run(
        [
            "sh",
            "-c",
            'printf "%s|" --title "$TITLE" ${PROJECT:+--project "$PROJECT"} ${LANG_CODE:+--lang "$LANG_CODE"} '
            '${TRANSLATION_OF:+--translation-of "$TRANSLATION_OF"}',
        ],
        env={"TITLE": 'Vakaras „Kartu“ "ir" $HOME', "PROJECT": "07-003-P-0001", "LANG_CODE": "ru"},
        capture_output=True,
        text=True,
    )
    assert shell.stdout == '--title|Vakaras „Kartu“ "ir" $HOME|--project|07-003-P-0001|--lang|ru|'
