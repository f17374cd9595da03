"""Messages: one id and its values, said in the writer's language; the catalogs complete.

The language is chosen the gettext way (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG; Lithuanian by
default) and a run never mixes languages. The runs go through the real `make` targets in a copy
of the project.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from socialsite.extract import code_msgids, read_catalog
from socialsite.messages import Message, language_from, languages, placeholders
from support import ROOT

LITHUANIAN_LETTERS = re.compile("[ąčęėįšųūžĄČĘĖĮŠŲŪŽ„“]")
CYRILLIC = re.compile("[а-яА-ЯёЁ]")


# --- the catalogs -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["lt", "ru"])
def test_every_msgid_in_the_code_is_translated_once_with_its_placeholders(lang):
    entries = {m.id: m for m in read_catalog(lang) if m.id}
    msgids = code_msgids()
    assert len(msgids) > 100
    assert sorted(set(msgids) - set(entries)) == [], f"add these to the {lang} catalog: invoke messages"
    assert sorted(set(entries) - set(msgids)) == [], "these entries are no longer used"
    for msgid in msgids:
        entry = entries[msgid]
        assert not entry.fuzzy, f"fuzzy: {msgid}"
        assert entry.string.strip(), f"untranslated: {msgid}"
        assert placeholders(entry.string) == placeholders(msgid), f"placeholders differ: {msgid}"


def test_the_russian_catalog_is_russian_and_the_lithuanian_one_uses_lithuanian_quotes():
    for entry in read_catalog("ru"):
        if entry.id and re.search("[a-z]{4} [a-z]{4}", entry.id) and not entry.id.startswith(("<", "{")):
            assert CYRILLIC.search(entry.string), entry.id
            assert "„" not in entry.string and "'" not in entry.string.replace("'self'", ""), entry.string
    for entry in read_catalog("lt"):
        if entry.id and "'{" in entry.id:
            assert "„" in entry.string and "'{" not in entry.string, entry.string


# --- choosing the language ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "lang"),
    [
        ({}, "lt"),
        ({"LANG": "C.UTF-8"}, "lt"),
        ({"LANG": "POSIX"}, "lt"),
        ({"LANG": "de_DE.UTF-8"}, "lt"),
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LC_MESSAGES": "ru_RU.UTF-8", "LANG": "en_GB.UTF-8"}, "ru"),
        ({"LC_ALL": "lt_LT.UTF-8", "LC_MESSAGES": "ru_RU.UTF-8"}, "lt"),
        ({"LANGUAGE": "ru", "LANG": "lt_LT.UTF-8"}, "ru"),
        ({"LANGUAGE": "de:ru_RU:en", "LANG": "C"}, "ru"),
        ({"LANGUAGE": "de", "LANG": "en_US.UTF-8"}, "en"),
        ({"LANGUAGE": "", "LC_ALL": "", "LANG": "ru_UA.UTF-8"}, "ru"),
    ],
)
def test_the_language_is_chosen_as_gettext_chooses_it(environ, lang):
    assert language_from(environ) == lang


def test_a_message_is_an_id_and_values_translated_when_printed():
    message = Message(
        "unknown category '{category}'; use one of: {known}", {"category": "Sportas", "known": "Naujienos"}
    )
    assert message.render("en") == "unknown category 'Sportas'; use one of: Naujienos"
    assert message.render("lt") == "nežinoma kategorija „Sportas“; naudokite vieną iš šių: Naujienos"
    assert message.render("ru") == "неизвестная категория «Sportas»; используйте одну из: Naujienos"
    assert {"en", "lt", "ru"} <= set(languages())


# --- real runs in a copy of the project -------------------------------------------------------------

BROKEN = """Title: Vakaras
Date: 2024-01-01
Slug: Blogas_Adresas
Category: Naujienos
Project: 07-003-P-001

Tekstas.
"""


@pytest.fixture
def runnable(tmp_path):
    """A copy of the project that `make` runs in: content, settings and tasks.py copied, the rest linked."""
    root = tmp_path / "site"
    root.mkdir()
    shutil.copytree(ROOT / "content", root / "content")
    for name in ("pelicanconf.py", "publishconf.py", "tasks.py"):
        shutil.copy(ROOT / name, root / name)
    for name in ("socialsite", "plugins", "theme", "Makefile", "pyproject.toml", "uv.lock", ".venv"):
        (root / name).symlink_to(ROOT / name)
    return root


def make(root, *args, **environ):
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    return subprocess.run(
        ["make", "-s", *args], cwd=root, env={**env, **environ}, capture_output=True, text=True, timeout=300
    )


def output_lines(result) -> list[str]:
    """What our tools printed; make's own "make: *** … Error 1" is make's (in make's language)."""
    return [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if line.strip() and not re.match(r"make(\[\d+\])?: \*\*\*", line)
    ]


@pytest.mark.parametrize("environ", [{"LANGUAGE": "ru"}, {"LANG": "ru_RU.UTF-8"}], ids=["LANGUAGE", "LANG"])
def test_make_check_speaks_russian_with_path_and_line(runnable, environ):
    (runnable / "content" / "news" / "lt" / "vakaras.md").write_text(BROKEN, encoding="utf-8")
    later = (
        BROKEN.replace("2024-01-01", "2099-01-01")
        .replace("Blogas_Adresas", "veliau")
        .replace("07-003-P-001", "07-003-P-0001")
    )
    (runnable / "content" / "news" / "lt" / "veliau.md").write_text(later, encoding="utf-8")
    result = make(runnable, "check", **environ)
    assert result.returncode != 0
    lines = output_lines(result)
    assert "content/news/lt/vakaras.md:3: в адресе (Slug) «Blogas_Adresas» допустимы только" in result.stdout
    assert "запланировано на 2099-01-01: content/news/lt/veliau.md" in lines
    assert "content/news/lt/vakaras.md:5: неизвестный код проекта «07-003-P-001»; может быть, «07-003-P-0001»?" in lines
    assert lines[-1] == "Найдено проблем: 2. Исправьте указанные выше строки и проверьте ещё раз."
    for line in lines:
        assert CYRILLIC.search(line) and not LITHUANIAN_LETTERS.search(line), line


def test_make_check_in_english_has_no_lithuanian_word(runnable):
    (runnable / "content" / "news" / "lt" / "vakaras.md").write_text(BROKEN, encoding="utf-8")
    result = make(runnable, "check", LANGUAGE="en", LANG="lt_LT.UTF-8")
    lines = output_lines(result)
    assert "content/news/lt/vakaras.md:5: unknown project code '07-003-P-001'; did you mean '07-003-P-0001'?" in lines
    assert lines[-1] == "Problems found: 2. Fix the lines above and check again."
    for line in lines:
        assert not LITHUANIAN_LETTERS.search(line) and not CYRILLIC.search(line), line


def test_lithuanian_is_the_default_and_make_html_keeps_the_site(runnable):
    (runnable / "content" / "news" / "lt" / "vakaras.md").write_text(BROKEN, encoding="utf-8")
    result = make(runnable, "html", LANG="C.UTF-8")
    assert result.returncode != 0
    lines = output_lines(result)
    assert "content/news/lt/vakaras.md:5: nežinomas projekto kodas „07-003-P-001“; gal „07-003-P-0001“?" in lines
    assert lines[-1] == "Svetainė nepakeista: pataisykite aukščiau nurodytas eilutes ir kurkite dar kartą."
    assert not (runnable / "output").exists()
    for line in lines:
        assert not CYRILLIC.search(line), line


def test_make_new_writes_a_file_the_check_refuses_until_its_text_is_written(runnable):
    result = make(runnable, "new", TITLE="Rudens popietė", LANGUAGE="ru")
    assert result.returncode == 0, result.stderr
    path, hint = output_lines(result)
    assert path.startswith("content/news/lt/") and path.endswith("-rudens-popiete.md")
    assert hint.startswith("Откройте файл и напишите текст новости")
    check = make(runnable, "check", LANGUAGE="ru")
    assert check.returncode != 0
    assert (
        f"{path}:6: это образец абзаца, который записала команда «make new»; замените его текстом новости"
        in output_lines(check)
    )
    article = runnable / path
    header = article.read_text(encoding="utf-8").split("\n\n", 1)[0]
    article.write_text(header + "\n\nSenjorai susitiko rudens popietėje.\n", encoding="utf-8")
    assert make(runnable, "check", LANGUAGE="ru").returncode == 0


def test_a_project_without_translations_is_a_warning_in_the_run_language_and_the_check_passes(runnable):
    from test_untranslated_project import lithuanian_only

    (runnable / "content" / "projects" / "07-009-P-0001.yaml").write_text(lithuanian_only(), encoding="utf-8")
    result = make(runnable, "check", LANGUAGE="ru")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = output_lines(result)
    assert (
        "content/projects/07-009-P-0001.yaml:9: предупреждение: у «title» ещё нет текста на языках ru, en; "
        "пока его нет, страницы на этих языках показывают литовский текст с соответствующей пометкой"
    ) in lines
    assert lines[-1] == "Проблем не найдено."
