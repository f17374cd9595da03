"""`make check`: every rule on a tiny content tree of its own, its exact `path:line:`, its message.

Fixtures: tests/fixtures/check/<mistake>/ is a content folder (news/<lang>/, pages/<lang>/,
images/) with exactly that mistake; "clean" holds every right way of pointing at pictures and
pages. Blocks that must come from the seeds or the registry are made here from those files.
"""

from __future__ import annotations

import datetime
import functools
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from pelican.settings import read_settings

from socialsite.errors import ContentError, display_path
from socialsite.registry import load_registry, registry_path
from socialsite.rules import check_site, check_text
from socialsite.rules.messages import summary, translator

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "check"
SEEDS = Path("/work/shared/seeds")
TODAY = datetime.date(2026, 11, 23)


@functools.cache
def real_settings() -> dict:
    return read_settings(str(ROOT / "pelicanconf.py"))


def run(content_dir, lang="en", settings=None) -> list[ContentError]:
    return check_site(settings or real_settings(), content_dir, lang=lang, today=TODAY)


def located(errors, base: Path) -> list[tuple[str, int]]:
    return [(Path(e.path).relative_to(base).as_posix(), e.line) for e in errors]


# (fixture, file, line, the English message from its start)
CASES = [
    ("no_title", "news/lt/a.md", 1, "the file has no title; add the line 'Title: …' at the top"),
    ("no_date", "news/lt/a.md", 1, "the article has no date; add the line 'Date: 2026-11-23'"),
    ("bad_date", "news/lt/a.md", 2, "the date '2023-02-30' is not a real date written as YYYY-MM-DD"),
    ("malformed_header", "news/lt/a.md", 2, "the header line 'Date 2023-05-01' is not 'Field: value'"),
    ("duplicate_field", "news/lt/a.md", 3, "the field 'title' is given twice; keep one"),
    ("not_utf8", "news/lt/a.md", 5, "the file is not saved as UTF-8"),
    (
        "no_category",
        "news/lt/a.md",
        1,
        "the article has no category; add the line 'Category: …' with one of: Naujienos, Švietimas",
    ),
    ("unknown_category", "news/lt/a.md", 3, "unknown category 'Sportas'; use one of: Naujienos, Švietimas"),
    ("lang_mismatch", "news/lt/a.md", 4, "'Lang: ru' differs from the folder 'lt'"),
    ("unknown_folder", "news/xx/a.md", 1, "the folder 'xx' is no site language; move the file into one of: lt, ru, en"),
    (
        "bad_slug",
        "news/lt/a.md",
        3,
        "the slug 'Blogas_Adresas' may hold only small Latin letters, digits and hyphens, e.g. adresas",
    ),
    ("title_without_slug", "news/lt/a.md", 1, "the title gives no web address"),
    ("unknown_project", "news/lt/a.md", 4, "unknown project '07-999-P-0001'; use one of: 07-003-P-0001,"),
    ("missing_original", "news/ru/a.md", 3, "'Translation_of: nera-tokios' names no original"),
    ("duplicate_slug", "news/lt/b.md", 4, "the slug 'gera-zinia' is already used in 'lt' by "),
    ("duplicate_translation", "news/ru/b.md", 4, "'gera-zinia' already has a 'ru' version: "),
    (
        "missing_image",
        "news/lt/a.md",
        7,
        "the image '{static}/images/nera.jpg' does not exist; put the file into content/images/ and write {static}/images/nera.jpg",
    ),
    ("missing_plain_image", "news/lt/a.md", 5, "the image 'nera.png' does not exist"),
    (
        "image_without_alt",
        "news/lt/a.md",
        7,
        "the image '{static}/images/foto.png' has no description (alt text); write what it shows between the brackets",
    ),
    (
        "img_tag_without_alt",
        "news/lt/a.md",
        7,
        "the image '{static}/images/foto.png' has no description (alt text); add alt=\"…\"",
    ),
    (
        "vague_alt",
        "news/lt/a.md",
        7,
        "the description 'Nuotrauka' of the image '{static}/images/foto.png' says nothing about it",
    ),
    (
        "alt_is_file_name",
        "news/lt/a.md",
        9,
        "the description 'foto' of the image '{static}/images/foto.png' says nothing about it",
    ),
    (
        "cover_without_alt",
        "news/lt/a.md",
        4,
        "the cover photo 'images/foto.png' has no description; add a line Image_alt:",
    ),
    (
        "cover_vague_alt",
        "news/lt/a.md",
        5,
        "the description 'фото' of the image 'images/foto.png' says nothing about it",
    ),
    (
        "missing_cover",
        "news/lt/a.md",
        3,
        "the cover photo 'images/nera.jpg' does not exist; put the file into content/images/",
    ),
    ("missing_page_link", "news/lt/a.md", 5, "the link '{filename}../../pages/lt/kontaktai.md' leads to no page: "),
    (
        "page_link_to_file",
        "news/lt/a.md",
        5,
        "the link '{filename}/images/foto.png' points to a file, not a page; write {static} instead of {filename}",
    ),
    ("missing_static_file", "news/lt/a.md", 7, "the file '{static}/docs/tvarka.pdf' does not exist: "),
]


@pytest.mark.parametrize(("fixture", "path", "line", "message"), CASES, ids=[c[0] for c in CASES])
def test_each_mistake_is_reported_at_its_line(fixture, path, line, message):
    base = FIXTURES / fixture
    errors = run(base)
    assert located(errors, base) == [(path, line)]
    assert errors[0].message.startswith(message)
    assert str(errors[0]) == f"{display_path(str(base / path))}:{line}: {errors[0].message}"


def test_every_fixture_has_a_case():
    assert {p.name for p in FIXTURES.iterdir()} == {c[0] for c in CASES} | {"clean", "scheduled"}


def test_the_right_ways_to_point_at_pictures_and_pages_pass():
    assert run(FIXTURES / "clean") == []


def test_future_dates_are_scheduled_not_refused():
    """Dated tomorrow and the day after: no problem, one notice each, in date order."""
    base = FIXTURES / "scheduled"
    notices: list[str] = []
    assert check_site(real_settings(), base, lang="lt", today=TODAY, notices=notices) == []
    assert notices == [
        f"suplanuota 2026-11-24: {display_path(str(base / 'news/lt/a.md'))}",
        f"suplanuota 2026-11-25: {display_path(str(base / 'news/lt/b.md'))}",
    ]
    later: list[str] = []
    check_site(real_settings(), base, lang="en", today=datetime.date(2026, 11, 25), notices=later)
    assert later == []  # on its day it is simply published


def test_a_link_to_news_not_out_yet_is_reported_at_its_line(tmp_path):
    """Out today, linking to news of 2026-11-25: broken until then. Linking back is fine."""
    news = tmp_path / "news" / "lt"
    news.mkdir(parents=True)
    (news / "a.md").write_text(
        "Title: Šiandien\nDate: 2026-11-23\nCategory: Naujienos\n\nTekstas.\n\nPlačiau – [poryt]({filename}b.md).\n",
        encoding="utf-8",
    )
    (news / "b.md").write_text(
        "Title: Poryt\nDate: 2026-11-25\nCategory: Naujienos\n\nAnkstesnė: [šiandien]({filename}a.md).\n",
        encoding="utf-8",
    )
    (news / "c.md").write_text(
        "Title: Dar vėliau\nDate: 2026-11-26\nCategory: Naujienos\n\nŽr. [poryt]({filename}/news/lt/b.md).\n",
        encoding="utf-8",
    )
    errors = run(tmp_path)
    assert located(errors, tmp_path) == [("news/lt/a.md", 7)]
    assert errors[0].message == (
        "the link '{filename}b.md' leads to news scheduled for 2026-11-25, which has no "
        "page before then; link to it from that day on, or date this file 2026-11-25 or later"
    )
    assert check_site(real_settings(), tmp_path, lang="en", today=datetime.date(2026, 11, 25)) == []  # its day


def test_make_check_lists_a_scheduled_article_and_exits_zero(project):
    """`make check` on a copy of the project with a future-dated article: a notice, exit 0."""
    shutil.copy(ROOT / "tasks.py", project.root)
    project.write(
        "news/lt/2027-03-15-pavasario-svente.md",
        "Title: Pavasario šventė\nDate: 2027-03-15\nCategory: Naujienos\n\nTekstas.\n",
    )
    result = subprocess.run(
        [sys.executable, "-m", "invoke", "check"],
        cwd=project.root,
        capture_output=True,
        text=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1796076000"},
    )  # 2026-12-01 00:00 Vilnius
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [
        line
        for line in result.stdout.splitlines()  # the real content's late pay figures are noticed too
        if not line.startswith("content/public-body/salaries.yaml:")
    ]
    assert lines == ["suplanuota 2027-03-15: content/news/lt/2027-03-15-pavasario-svente.md", "Problemų nerasta."]


def test_a_bad_source_date_epoch_is_one_plain_line(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "invoke", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": "2027-01-01"},
    )
    assert result.returncode != 0
    assert result.stderr.splitlines() == [result.stderr.strip()]
    assert result.stderr.startswith("pelicanconf.py: SOURCE_DATE_EPOCH='2027-01-01' is no Unix time")


def test_the_shipped_content_passes():
    assert check_site(real_settings()) == []


def test_messages_are_lithuanian_by_default():
    base = FIXTURES / "unknown_category"
    [error] = check_site(real_settings(), base, today=TODAY)
    assert error.message == "nežinoma kategorija „Sportas“; naudokite vieną iš šių: Naujienos, Švietimas"
    [english] = run(base)
    assert (english.path, english.line) == (error.path, error.line)


def test_parser_messages_are_translated_too():
    [error] = check_site(real_settings(), FIXTURES / "malformed_header", today=TODAY)
    assert error.message.startswith("viršutinių laukų eilutė 'Date 2023-05-01' nėra forma „Laukas: reikšmė“")


# --- blocks, from the seed and the registry, never copied here ---------------------------------


def _seed(number: str) -> str:
    [path] = SEEDS.glob(f"{number}_*.txt")
    return path.read_text(encoding="utf-8")


def test_a_pasted_disclosure_block_is_reported_at_its_first_line(tmp_path):
    seed = _seed("001").split("\n")
    title, body = seed[0], [line for line in seed[1:] if line.strip()]
    article = tmp_path / "news" / "lt" / "a.md"
    article.parent.mkdir(parents=True)
    article.write_text(
        f"Title: {title}\nDate: 2023-10-13\nCategory: Naujienos\n\n" + "\n\n".join(body) + "\n", encoding="utf-8"
    )
    errors = run(tmp_path)
    block_line = 5 + 2 * next(i for i, p in enumerate(body) if "07-003-P-0001" in p)
    assert located(errors, tmp_path) == [("news/lt/a.md", block_line)]
    assert "write 'Project: 07-003-P-0001' in the header" in errors[0].message


def test_todo_left_in_a_registry_entry_is_reported(tmp_path):
    registry = tmp_path / "projects"
    shutil.copytree(ROOT / "content" / "projects", registry)
    entry = registry / "07-003-P-0001.yaml"
    text = entry.read_text(encoding="utf-8")
    ru_title = "  ru: Предоставление и развитие интегральной помощи в самоуправлениях Литвы"
    assert ru_title in text
    entry.write_text(text.replace(ru_title, "  ru: TODO"), encoding="utf-8")
    settings = {**real_settings(), "PROJECTS_PATH": str(registry)}
    errors = run(FIXTURES / "clean", settings=settings)
    line = text.split("\n").index(ru_title) + 1
    assert located(errors, tmp_path) == [("projects/07-003-P-0001.yaml", line)]
    assert errors[0].message.startswith("this project text still says TODO")


# --- messages: tests/test_messages.py (catalogs, languages of a run) ----------------------------


def test_summary_line():
    assert summary(0, translator("lt")) == "Problemų nerasta."
    assert summary(2, translator("en")) == "Problems found: 2. Fix the lines above and check again."


def test_invoke_check_in_english_exits_zero_on_the_shipped_content():
    result = subprocess.run(
        [sys.executable, "-m", "invoke", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "LANGUAGE": "en"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("No problems found.")


# --- any text: a list of path:line: messages, never another exception -----------------------

HEADER_LINES = st.sampled_from(
    [
        "Title: Žinia",
        "Date: 2023-10-13",
        "Date: 2023-13-45",
        "Date: 2099-01-01",
        "Date: yesterday",
        "Category: Naujienos",
        "Category: Kita",
        "Lang: ru",
        "Lang: lt",
        "Slug: gera-zinia",
        "Slug: Bad Slug",
        "Project: 07-003-P-0001",
        "Project: 07-999-P-0001",
        "Translation_of: x",
        "    tęsinys",
        "Title",
        "",
        "![](nera.png)",
        "<img src=x>",
        "[a]({filename}nera.md)",
        "{static}",
        "|filename|/x",
        "```",
    ]
)


@functools.cache
def _registry():
    return load_registry(registry_path(real_settings()), real_settings())


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(HEADER_LINES, st.text(max_size=40)), max_size=12).map("\n".join))
def test_the_front_matter_checker_only_ever_reports(text):
    path = Path(real_settings()["PATH"]) / "news" / "lt" / "x.md"
    errors = check_text(text, path, real_settings(), today=TODAY, registry=_registry())
    lines = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 2
    for error in errors:
        assert isinstance(error, ContentError)
        assert 1 <= error.line <= lines
        assert re.match(r"^.+\.md:\d+: \S", str(error), re.DOTALL)
