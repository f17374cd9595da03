"""The legacy importer: the five seed texts round trip to content/news/lt, every variant of a
pasted block is found and removed, drafts for unknown projects load once completed.

Variants are made here from seed 001 by string replacement; no block is copied into this file.
"""

from __future__ import annotations

import datetime
import functools
import html
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from pelican.settings import read_settings

from socialsite.errors import ContentError
from socialsite.frontmatter import parse_file, parse_text
from socialsite.importer import convert, import_files
from socialsite.importer.draft import block_facts, draft_yaml
from socialsite.importer.ltdates import find_dates
from socialsite.registry import load_registry, registry_path
from socialsite.registry.pasted import known_blocks, looks_like_disclosure
from socialsite.rules import check_site, check_text, translator

ROOT = Path(__file__).resolve().parents[1]
SEEDS = Path("/work/shared/seeds")
NEWS = ROOT / "content" / "news" / "lt"
CODE = "07-003-P-0001"
LT = translator("lt")
EN = translator("en")


@functools.cache
def settings() -> dict:
    return read_settings(str(ROOT / "pelicanconf.py"))


@functools.cache
def registry():
    return load_registry(registry_path(settings()), settings())


@functools.cache
def blocks():
    return tuple(known_blocks(registry(), settings()))


def seed_path(number: str) -> Path:
    [path] = SEEDS.glob(f"{number}_*.txt")
    return path


def seed(number: str) -> str:
    return seed_path(number).read_text(encoding="utf-8")


def run(raw, src="old.txt", _=EN):
    return convert(raw, src, settings=settings(), registry=registry(), blocks=blocks(), _=_)


def body(text: str) -> list[str]:
    doc = parse_text(text, "x.md")
    return [p for p in doc.body.strip("\n").split("\n\n") if p]


# --- round trip ----------------------------------------------------------------------------

SEED_ARTICLES = {
    "000": "2023-01-02-vspc-buvo-organizuotos-intervizijos.md",
    "001": "2023-10-13-vspc-darbuotojai-dalyvavo-pasitarime.md",
    "002": "2024-06-14-popieriniai-laiskai.md",
    "003": "2017-09-21-kartu-nebaisus-net-vasaros-lietus.md",
    "004": "2023-11-09-senjoru-bendradarbiavimas.md",
}


@pytest.mark.parametrize("number", sorted(SEED_ARTICLES))
def test_seeds_round_trip_to_the_articles(number):
    result = run(seed_path(number).read_bytes(), str(seed_path(number)))
    expected = parse_file(NEWS / SEED_ARTICLES[number])
    got = parse_text(result.text, result.name)
    assert result.name == SEED_ARTICLES[number]
    for key in ("title", "date", "slug", "category", "project", "source", "posted_by"):
        assert got.meta.get(key) == expected.meta.get(key), key
    assert body(result.text) == [p for p in expected.body.strip("\n").split("\n\n")]  # byte for byte


def test_seed_000_takes_its_date_from_the_block_and_says_so():
    result = run(seed_path("000").read_bytes(), "000.txt")
    meta = parse_text(result.text, "x.md").meta
    assert meta["date"] == "2023-01-02"
    assert "2023 m. sausio 2 d." in meta["date_basis"]
    [(line, message)] = result.notes
    assert result.text.split("\n")[line - 1] == "Date: 2023-01-02"
    assert "taken from the project block ('nuo 2023 m. sausio 2 d.')" in message


def test_no_break_spaces_and_typography_survive():
    result = run(seed_path("000").read_bytes())
    assert "„matymą iš vidaus“" in result.text and "Tai – atvejo" in result.text


def test_imported_seeds_pass_the_checker(tmp_path):
    out = tmp_path / "news" / "lt"
    lines, ok = import_files([str(SEEDS)], out, settings=settings(), lang="en")
    assert ok
    written = [line for line in lines if ":" not in Path(line).name]
    assert sorted(Path(p).name for p in written) == sorted(SEED_ARTICLES.values())
    notes = [line for line in lines if line not in written]
    assert len(notes) == 2  # seed 000's date, seed 003's project named in the text
    assert all(re.match(r"^.+\.md:\d+: ", note) for note in notes)
    assert check_site(settings(), tmp_path, lang="en", today=datetime.date(2026, 11, 23)) == []


def test_the_importer_refuses_to_overwrite(tmp_path):
    import_files([str(seed_path("002"))], tmp_path, settings=settings())
    target = tmp_path / SEED_ARTICLES["002"]
    target.write_text("mine", encoding="utf-8")
    lines, ok = import_files([str(seed_path("002"))], tmp_path, settings=settings(), lang="en")
    assert not ok and target.read_text(encoding="utf-8") == "mine"
    assert lines[0].endswith(
        f"{SEED_ARTICLES['002']}:1: the file already exists and was left as it is; "
        "delete it first or choose another title"
    )


def test_seed_003_chrome_goes_and_its_facts_stay():
    result = run(seed("003"))
    for chrome in ("Dalintis", "googleplus", "linkedin", "komentar", "Du-evaldui\n", "Norite", "\n0\n"):
        assert chrome not in result.text.split("\n\n", 1)[1] + "\n"
    meta = parse_text(result.text, "x.md").meta
    assert (meta["source"], meta["posted_by"], meta["category"]) == ("Alytaus m. sav. inf.", "Du-evaldui", "Švietimas")


# --- variants of seed 001's block ----------------------------------------------------------


def _variant(*replacements) -> str:
    text = seed("001")
    for old, new in replacements:
        assert old in text, f"seed 001 no longer says {old!r}"
        text = text.replace(old, new)
    return text


VARIANTS = {
    "hyphens for en dashes": [("–", "-")],
    "no no-break spaces": [("\u00a0", "")],
    "plain spaces": [("\u00a0", " ")],
    "projektoNr.": [("projekto Nr. ", "projektoNr.")],
    "ESF for ESF+": [("„Europos socialinio fondo +“", "„Europos socialinio fondo“")],
    "ESF abbreviation": [("„Europos socialinio fondo +“", "ESF")],
    "other municipality": [("Visagino savivaldybėje", "Utenos rajono savivaldybėje")],
    "other partner": [("Visagino socialinių paslaugų centras kaip", "Ignalinos socialinės paramos centras kaip")],
    "other start": [("nuo 2023 m. sausio 2 d.", "nuo 2024 m. kovo 15 d.")],
    "other target": [("4018", "5120")],
    "other duration": [("2026 m. gruodžio 31 d.", "2027 m. birželio 30 d.")],
    "code with en dashes": [(CODE, CODE.replace("-", "–"))],
    "everything at once": [
        ("–", "-"),
        ("\u00a0", " "),
        ("projekto Nr. ", "projektoNr."),
        ("„Europos socialinio fondo +“", "ESF"),
        ("4018", "5120"),
        ("Visagino savivaldybėje", "Zarasų rajono savivaldybėje"),
    ],
}


def _expected_body(replacements) -> list[str]:
    text = seed("001")
    expected = body(run(text).text)
    for old, new in replacements:
        expected = [p.replace(old, new) for p in expected]
    return expected


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_a_variant_block_is_removed_and_its_code_found(name):
    replacements = VARIANTS[name]
    result = run(_variant(*replacements))
    assert result.project == CODE
    assert f"Project: {CODE}\n" in result.text
    assert body(result.text) == _expected_body(replacements)
    assert not any(looks_like_disclosure(p) for p in body(result.text))
    assert len(result.block) == 6


@pytest.mark.parametrize("encode", ["cp1257", "crlf", "bom", "cp1257+crlf"])
def test_encodings_and_line_ends(encode):
    text = seed("001")
    if "crlf" in encode:
        text = text.replace("\n", "\r\n")
    raw = text.encode("cp1257" if "cp1257" in encode else "utf-8-sig" if encode == "bom" else "utf-8")
    assert run(raw).text == run(seed("001")).text


@pytest.mark.parametrize("number", ["001", "003"])
def test_html_input_gives_the_same_article(number):
    """Each line in a block element, the share list as a <ul>, entities for no-break spaces."""
    parts = []
    for line in seed(number).split("\n"):
        text = html.escape(line.strip(" •")).replace("\u00a0", "&nbsp;")
        if line.startswith("  •"):
            parts.append(f"<ul><li>{text}</li></ul>")
        elif line.strip():
            parts.append(f"<div>{text}\n</div>")
    page = (
        "<html><head><title>x</title><style>p{}</style></head><body>"
        + "\n".join(parts)
        + "<form><p>Palikite komentarą</p><textarea>Rašykite</textarea></form></body></html>"
    )
    assert run(page.encode("utf-8"), "old.html").text == run(seed(number)).text


def test_a_block_in_wording_the_registry_has_never_seen_is_removed_whole():
    """Activities and results in other words carry no fixed phrase: they go because they sit inside."""
    own = {
        "Projekto metu taip pat": "Taip pat bus rengiami mokymai savanoriams ir jų šeimoms Zarasuose.",
        "Planuojama,": "Tikimasi, kad paslaugas gaus trys šimtai rajono gyventojų.",
    }
    lines = [next((own[p] for p in own if line.startswith(p)), line) for line in seed("001").split("\n")]
    assert sum(line in own.values() for line in lines) == 2
    result = run("\n".join(lines).replace(CODE, "07-018-P-0001"))
    assert result.project == "07-018-P-0001" and len(result.block) == 6
    assert body(result.text) == body(run(seed("001")).text)
    facts = block_facts(result.block)
    assert facts["more_activities"] == own["Projekto metu taip pat"]
    assert facts["expected_results"] == own["Planuojama,"]


def test_another_project_code_gets_a_draft_entry(tmp_path):
    source = tmp_path / "in" / "old.txt"
    source.parent.mkdir()
    source.write_text(_variant((CODE, "07-018-P-0001")), encoding="utf-8")
    lines, ok = import_files(
        [str(source)], tmp_path / "out", settings=settings(), registry_out=tmp_path / "drafts", lang="en"
    )
    assert ok
    draft = tmp_path / "drafts" / "07-018-P-0001.yaml"
    assert draft.exists()
    assert re.match(r"^.+\.md:5: project 07-018-P-0001 is not in the registry; a draft entry was written to ", lines[1])
    assert "Project: 07-018-P-0001" in (tmp_path / "out" / SEED_ARTICLES["001"]).read_text(encoding="utf-8")
    # Once completed (every TODO written) and moved into the registry, it loads and says the same.
    projects = tmp_path / "projects"
    shutil.copytree(ROOT / "content" / "projects" / "programmes", projects / "programmes")
    (projects / draft.name).write_text(draft.read_text(encoding="utf-8").replace("TODO", "vertimas"), encoding="utf-8")
    project = load_registry(projects, settings()).get("07-018-P-0001")
    assert project.facts["budget"] == Decimal("43940212.00")
    assert (project.start, project.end) == (datetime.date(2022, 12, 8), datetime.date(2026, 12, 31))
    regenerated = project.disclosure(settings(), "lt")
    block = [line for line in _variant((CODE, "07-018-P-0001")).split("\n") if line.strip()][-6:]
    assert regenerated == block


def test_a_second_file_of_the_same_new_project_reuses_the_draft(tmp_path):
    for name in ("a.txt", "b.txt"):
        text = _variant((CODE, "07-018-P-0001"), ("VSPC darbuotojai dalyvavo pasitarime", f"Pasitarimas {name}"))
        (tmp_path / name).write_text(text, encoding="utf-8")
    lines, ok = import_files(
        [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], tmp_path / "out", settings=settings(), lang="en"
    )
    assert ok and len(list((tmp_path / "out").glob("*.yaml"))) == 1
    assert "is already there" in lines[-1]


def test_the_draft_lists_what_the_block_does_not_say_as_todo():
    facts = block_facts(
        [
            "Kažkas kaip projekto partneris nuo 2024 m. kovo 1 d. pradėjo įgyvendinti projekto "
            "Nr. 07-020-P-0002 „Bandymas“ veiklas Vilniuje."
        ]
    )
    assert facts["code"] == "07-020-P-0002" and facts["title"] == "Bandymas" and facts["where"] == "Vilniuje"
    data = yaml.safe_load(draft_yaml(["Projekto Nr. 07-020-P-0002"], "x.txt", ["lt", "ru", "en"]))
    assert data["code"] == "07-020-P-0002" and data["budget"] == "TODO" and data["title"]["ru"] == "TODO"


def test_a_text_without_a_block_gets_no_project():
    text = seed("004")
    cut = text.index("Visagino socialinių paslaugų centras kaip projekto partneris")
    result = run(text[:cut])
    assert result.project == "" and "Project:" not in result.text
    assert result.block == [] and result.notes == []
    assert parse_text(result.text, "x.md").meta["date"] == "2023-11-09"


def test_a_text_without_any_date_gets_none_and_a_warning():
    result = run("Pavadinimas\n\nTekstas be datos.\n")
    assert "Date:" not in result.text and result.name == "pavadinimas.md"
    [(line, message)] = result.notes
    assert line == 2 and message.startswith("no date found in the text")


def test_lithuanian_dates():
    assert [
        d for d, _w in find_dates("2017 m. rugsėjo mėn. 21 d. ir 2023 m.\u00a0spalio 13 d., 2023 m. vasario 30 d.")
    ] == [datetime.date(2017, 9, 21), datetime.date(2023, 10, 13)]
    assert find_dates("2024 m. birzelio 14 d.")[0][0] == datetime.date(2024, 6, 14)


def test_an_empty_text_is_a_path_line_message():
    with pytest.raises(ContentError) as raised:
        run(b"\n \n\xc2\xa0\n", "empty.txt", LT)
    assert str(raised.value) == "empty.txt:1: tekstas tuščias; nėra ką perkelti"


def test_bytes_that_are_no_text_are_a_path_line_message():
    with pytest.raises(ContentError) as raised:
        run(b"Pavadinimas\n\n\x81\x98 tekstas", "bad.txt")
    assert str(raised.value).startswith("bad.txt:3: the file is neither UTF-8 nor Windows-1257")


# --- any input: an article or a path:line: message -----------------------------------------

SEED_LINES = sorted({line for n in SEED_ARTICLES for line in seed(n).split("\n")})
PIECES = st.one_of(
    st.sampled_from(SEED_LINES),
    st.text(max_size=60),
    st.sampled_from(
        [
            "",
            "0",
            "Dalintis:",
            "  • x",
            "Yra 3 komentarai",
            "Palikite komentarą",
            "Švietimas",
            "Du-evaldui",
            "2023 m. spalio 13 d.",
            "<p>",
            "</div>",
            "&nbsp;",
        ]
    ),
)


def _article_or_message(raw, src="legacy.txt"):
    try:
        result = run(raw, src)
    except ContentError as error:
        assert re.match(rf"^{re.escape(src)}:\d+: \S", str(error), re.DOTALL)
        return
    doc = parse_text(result.text, result.name)  # the one front-matter parser reads it
    assert doc.meta["title"] and doc.meta["slug"] and "/" not in result.name and result.name.endswith(".md")
    assert doc.meta.get("project", "") == result.project
    path = Path(settings()["PATH"]) / "news" / "lt" / result.name
    for error in check_text(result.text, path, settings(), today=datetime.date(2026, 11, 23), registry=registry()):
        assert isinstance(error, ContentError) and error.line >= 1


@hsettings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=14).map("\n".join))
def test_any_text_gives_an_article_or_a_message(text):
    _article_or_message(text)


@hsettings(max_examples=80, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_an_article_or_a_message(raw):
    _article_or_message(raw)
