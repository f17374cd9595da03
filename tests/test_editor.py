"""The web editor without a browser: its JavaScript tests (node --test), the config made from the
settings, the save rules for translations, the server's guards, and `make edit` starting and
stopping. The browser side is tests/browser/test_editor_in_browser.py."""

from __future__ import annotations

import datetime
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys

import pytest
import yaml

from socialsite.build import load_settings
from socialsite.editor.config import editor_config
from socialsite.editor.run import Editor, free_port
from socialsite.editor.translations import Layout, Names, prepare_save
from support import ROOT, copy_project, missing

NODE = shutil.which("node")
NODE_MODULES = ROOT / "node_modules"
SETTINGS = load_settings(ROOT / "pelicanconf.py")
LAYOUT = Layout("content/news", "lt", ("lt", "ru", "en"))


def test_javascript_unit_tests_pass():
    """The file format and the Lithuanian interface, in node's own test runner."""
    if NODE is None:
        pytest.fail("node is missing (Node 20; .ci/run's image has it)")
    files = sorted(str(p) for p in (ROOT / "tests" / "js").glob("*.test.js"))
    run = subprocess.run([NODE, "--test", *files], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert re.search(r"^# pass [1-9]", run.stdout, re.M) and re.search(r"^# fail 0$", run.stdout, re.M)


def fields(lang="lt"):
    config = editor_config(SETTINGS, api_url="http://127.0.0.1:1/api/v1", lang=lang)
    return config, {f["name"]: f for f in config["collections"][0]["fields"]}


def test_config_is_made_from_the_settings_and_the_registry():
    config, by_name = fields()
    assert by_name["category"]["widget"] == "select"
    assert [o["value"] for o in by_name["category"]["options"]] == list(SETTINGS["CATEGORY_NAMES"])
    project = by_name["project"]
    assert project["widget"] == "select"  # a choice, never free text
    codes = sorted(p.stem for p in (ROOT / "content/projects").glob("*.yaml"))
    assert sorted(o["value"] for o in project["options"]) == codes
    esf = next(o for o in project["options"] if o["value"] == "07-003-P-0001")
    assert esf["label"] == "07-003-P-0001 – Integralios pagalbos teikimas ir plėtra Lietuvos savivaldybėse"
    assert config["i18n"] == {"structure": "multiple_folders", "locales": ["lt", "ru", "en"], "default_locale": "lt"}
    assert config["backend"]["name"] == "proxy" and config["publish_mode"] == "simple"
    assert config["media_folder"] == "content/images"
    cover = by_name["cover"]
    assert cover["widget"] == "list" and cover["max"] == 1
    assert {f["name"]: f.get("required", True) for f in cover["fields"]} == {"image": True, "alt": True}
    assert by_name["body"]["modes"] == ["raw"]
    assert by_name["title"]["label"] == "Pavadinimas"


def test_config_labels_in_russian():
    config, by_name = fields("ru")
    assert config["locale"] == "ru"
    assert by_name["title"]["label"] == "Заголовок"
    assert [o["label"] for o in by_name["category"]["options"]] == ["Новости", "Образование"]
    assert by_name["project"]["options"][0]["label"].startswith("07-003-P-0001 – Предоставление")


def _save(project, files):
    names = Names(project.root, LAYOUT, SETTINGS)
    return prepare_save(files, names, SETTINGS, datetime.date(2026, 12, 6))


def test_blank_translations_are_never_written(tmp_path):
    project = copy_project(tmp_path / "site")
    lt = {
        "path": "content/news/lt/2026-12-06-nauja.md",
        "slug": "2026-12-06-nauja",
        "raw": "Title: Nauja\nDate: 2026-12-06\nCategory: Naujienos\n\nTekstas.\n",
    }
    blank = "Date: 2026-12-06\nCategory: Naujienos\n"  # what Decap sends for an empty locale
    saved = _save(
        project,
        [
            lt,
            {"path": "content/news/ru/2026-12-06-nauja.md", "slug": "x", "raw": blank},
            {"path": "content/news/en/2026-12-06-nauja.md", "slug": "x", "raw": blank + "\n\n"},
        ],
    )
    assert [f["path"] for f in saved] == ["content/news/lt/2026-12-06-nauja.md"]
    assert saved[0]["raw"] == "Title: Nauja\nDate: 2026-12-06\nSlug: nauja\nCategory: Naujienos\n\nTekstas.\n"


def test_translations_keep_or_get_the_site_s_names(tmp_path):
    project = copy_project(tmp_path / "site")
    existing_ru = (project.root / "content/news/ru/2023-11-09-sotrudnichestvo-senyorov.md").read_text(encoding="utf-8")
    lt_raw = (project.root / "content/news/lt/2023-11-09-senjoru-bendradarbiavimas.md").read_text(encoding="utf-8")
    saved = _save(
        project,
        [
            {"path": "content/news/lt/2023-11-09-senjoru-bendradarbiavimas.md", "slug": "s", "raw": lt_raw},
            {"path": "content/news/ru/2023-11-09-senjoru-bendradarbiavimas.md", "slug": "s", "raw": existing_ru},
            {
                "path": "content/news/en/2023-11-09-senjoru-bendradarbiavimas.md",
                "slug": "s",
                "raw": "Title: Seniors together\nDate: 2023-11-09\n\nText.\n",
            },
        ],
    )
    assert saved[0]["raw"] == lt_raw  # an existing original gains no line
    assert saved[1] == {
        "path": "content/news/ru/2023-11-09-sotrudnichestvo-senyorov.md",
        "slug": "s",
        "raw": existing_ru,
    }
    # en has a translation already (cooperation-between-seniors): it is written there, as sent
    assert saved[2]["path"] == "content/news/en/2023-11-09-cooperation-between-seniors.md"


def test_a_new_translation_is_named_after_its_own_title(tmp_path):
    project = copy_project(tmp_path / "site")
    project.write("news/lt/2026-01-15-popiete.md", "Title: Popietė\nDate: 2026-01-15\n\nT.\n")
    saved = _save(
        project,
        [
            {
                "path": "content/news/lt/2026-01-15-popiete.md",
                "slug": "p",
                "raw": "Title: Popietė\nDate: 2026-01-15\n\nT.\n",
            },
            {
                "path": "content/news/ru/2026-01-15-popiete.md",
                "slug": "p",
                "raw": "Title: Полдник\nDate: 2026-01-15\nCategory: Naujienos\n\nТ.\n",
            },
        ],
    )
    assert saved[1]["path"] == "content/news/ru/2026-01-15-poldnik.md"
    assert saved[1]["raw"] == (
        "Title: Полдник\nDate: 2026-01-15\nSlug: poldnik\nTranslation_of: popiete\nCategory: Naujienos\n\nТ.\n"
    )


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    if NODE is None or not (NODE_MODULES / "decap-server").is_dir():
        pytest.fail("node or node_modules/decap-server is missing: run `npm ci --no-audit --no-fund --ignore-scripts`")
    project = copy_project(tmp_path_factory.mktemp("editor") / "site")
    with Editor(project.root, SETTINGS, node_modules=NODE_MODULES) as editor:
        yield editor


def request(editor, method, path, *, host=None, headers=None, body=None):
    port = editor.server.server_address[1]
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(method, path, body=body, headers={"Host": host or f"127.0.0.1:{port}", **(headers or {})})
    response = conn.getresponse()
    try:
        return response.status, response.read()
    finally:
        conn.close()


def test_admin_is_served_from_node_modules_and_the_config_from_settings(running):
    status, page = request(running, "GET", "/admin/")
    assert status == 200 and b'src="decap/decap-cms.js"' in page and b"http" not in page.split(b"<body>")[1]
    status, bundle = request(running, "GET", "/admin/decap/decap-cms.js")
    assert status == 200 and bundle == (NODE_MODULES / "decap-cms/dist/decap-cms.js").read_bytes()
    status, config = request(running, "GET", "/admin/config.yml?lang=ru")
    assert status == 200 and yaml.safe_load(config)["locale"] == "ru"


def test_server_refuses_other_hosts_origins_and_paths(running):
    info = json.dumps({"action": "info"}).encode()
    json_type = {"Content-Type": "application/json"}
    assert request(running, "POST", "/api/v1", body=info, headers=json_type)[0] == 200
    # DNS rebinding: a page of another site that resolves its name to 127.0.0.1
    assert request(running, "GET", "/admin/", host="attacker.example:80")[0] == 421
    assert request(running, "POST", "/api/v1", body=info, host="attacker.example")[0] == 403
    assert (
        request(running, "POST", "/api/v1", body=info, headers=json_type | {"Origin": "http://attacker.example"})[0]
        == 403
    )
    assert request(running, "GET", "/admin/decap/../../package.json")[0] == 404
    assert request(running, "GET", "/admin/../tests/conftest.py")[0] == 404


def test_deleting_an_entry_deletes_its_translations_by_their_real_names(running):
    """Decap asks to delete <lang>/<original's name>.md for each language; the real files go."""
    news = running.root / "content/news"
    paths = [f"content/news/{lang}/2024-06-14-popieriniai-laiskai.md" for lang in ("lt", "ru", "en")]
    body = json.dumps(
        {"action": "deleteFiles", "params": {"branch": "main", "paths": paths, "options": {"commitMessage": "x"}}}
    ).encode()
    status, _answer = request(running, "POST", "/api/v1", body=body, headers={"Content-Type": "application/json"})
    assert status == 200
    for gone in (
        "lt/2024-06-14-popieriniai-laiskai.md",
        "ru/2024-06-14-bumazhnye-pisma.md",
        "en/2024-06-14-paper-letters.md",
    ):
        assert not (news / gone).exists(), gone
    assert (news / "ru/2023-11-09-sotrudnichestvo-senyorov.md").exists()


def test_decap_server_listens_on_127_0_0_1_only(running):
    out = subprocess.run(["ss", "-ltnp"], capture_output=True, text=True).stdout if shutil.which("ss") else ""
    pid = str(running.decap.pid)
    lines = [line for line in out.splitlines() if f"pid={pid}," in line]
    if not out:
        missing("ss is missing (iproute2)")
    assert lines and all(" 127.0.0.1:" in line for line in lines), lines


def test_make_edit_prints_the_address_and_ctrl_c_stops_everything(tmp_path):
    project = copy_project(tmp_path / "site")
    shutil.copy(ROOT / "tasks.py", project.root / "tasks.py")
    (project.root / "node_modules").symlink_to(NODE_MODULES)
    preview, editor_port = free_port(), free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "invoke", "edit", "--port", str(preview), "--editor-port", str(editor_port)],
        cwd=project.root,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        lines = []
        while not (lines and lines[-1].startswith("Redaktorius")) and process.poll() is None and len(lines) < 200:
            lines.append(process.stdout.readline())
        assert lines[-1].startswith(f"Redaktorius / Editor: http://127.0.0.1:{editor_port}/admin/"), lines
        conn = http.client.HTTPConnection("127.0.0.1", editor_port, timeout=10)
        conn.request("GET", "/admin/")
        assert conn.getresponse().status == 200
        conn.request("GET", "/admin/config.yml")
        # Decap's „Žiūrėti svetainėje“ opens the preview
        assert yaml.safe_load(conn.getresponse().read())["site_url"] == f"http://127.0.0.1:{preview}/"
        conn.close()
        # The preview and decap-server run in sessions of their own; Ctrl-C reaches only `make edit`.
        children = subprocess.run(["pgrep", "-P", str(process.pid)], capture_output=True, text=True).stdout.split()
        assert len(children) == 2, children
        os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in the terminal sends
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        process.stdout.close()
    for child in children:  # each child and everything it started is gone
        assert subprocess.run(["pgrep", "-s", child], capture_output=True, text=True).stdout == ""


def test_a_draft_from_the_editor_is_checked_but_not_published(project):
    """The form's "Juodraštis" switch writes `Status: draft`: Pelican's own draft, left out of the site."""
    script = (
        "const f = require('./socialsite/editor/admin/pelican-format.js');"
        "process.stdout.write(f.toFile({title: 'Juodraštis', date: '2026-01-20', category: 'Naujienos',"
        " draft: true, body: 'Dar rašoma.'}));"
    )
    text = subprocess.run([NODE, "-e", script], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert "\nStatus: draft\n" in text
    project.write("news/lt/2026-01-20-juodrastis.md", text)
    from socialsite.rules import check_site

    assert check_site(load_settings(project.root / "pelicanconf.py"), project.root / "content") == []
    site = project.build()
    assert not site.path("news/juodrastis.html").exists()
    assert "Juodraštis" not in site.text("index.html")


def test_make_edit_without_npm_ci_says_what_to_run_in_one_line(tmp_path):
    project = copy_project(tmp_path / "site")
    shutil.copy(ROOT / "tasks.py", project.root / "tasks.py")  # no node_modules in this copy
    run = subprocess.run(
        [sys.executable, "-m", "invoke", "edit", "--port", str(free_port()), "--editor-port", str(free_port())],
        cwd=project.root,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 1
    assert run.stderr == (
        f"nerasta {project.root / 'node_modules/decap-server/dist/index.js'} arba node: įdiekite Node 20 "
        "ir paleiskite `npm ci --no-audit --no-fund --ignore-scripts`\n"
    )
    assert not (project.root / "output").exists()  # the preview was not started
