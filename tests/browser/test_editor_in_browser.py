"""The web editor end to end: real Decap CMS in Chromium, real decap-server on 127.0.0.1, a copy of
the project under git, and the files it writes checked and built as `make check`/`make html` do.

One editor session for the module (starting Decap costs seconds); the tests run in file order
and each one looks only at the files it made or changed. Controls are found by Decap's ids
(``<field>-field-N``): the first match is the Lithuanian pane, the second the translation's.
"""

from __future__ import annotations

import io
import re
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from browsing import ARTIFACTS, NODE_MODULES

from socialsite.rules.sources import title_slug
from support import copy_project

LT_ONLY = "news/lt/2026-01-15-kaledine-popiete.md"
LT_ONLY_TEXT = (
    "Title: Kalėdinė popietė\nDate: 2026-01-15\nSlug: kaledine-popiete\nCategory: Naujienos\n\n"
    "Bendruomenės skyriuje vyko kalėdinė popietė.\n"
)
AXE = NODE_MODULES / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def editor(browser, tmp_path_factory):
    """(page, project, outside requests): Decap logged in to the local backend of a project copy."""
    from socialsite.build import load_settings
    from socialsite.editor.run import Editor

    if not (NODE_MODULES / "decap-server").is_dir():
        pytest.fail(f"{NODE_MODULES}/decap-server is missing: run `npm ci --no-audit --no-fund --ignore-scripts`")
    project = copy_project(tmp_path_factory.mktemp("editor") / "site")
    project.write(LT_ONLY, LT_ONLY_TEXT)
    git(project.root, "init", "-q")
    git(project.root, "add", "content")
    git(project.root, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "seed")
    with Editor(project.root, load_settings(project.root / "pelicanconf.py"), node_modules=NODE_MODULES) as running:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
        outside: list[str] = []
        context.on(
            "request",
            lambda r: (
                outside.append(r.url)
                if urlsplit(r.url).scheme in ("http", "https", "ws", "wss") and urlsplit(r.url).hostname != "127.0.0.1"
                else None
            ),
        )
        page = context.new_page()
        page.set_default_timeout(20_000)
        # Leaving a form is always fine (each test saves what it needs); a stale local backup is
        # never restored.
        page.on("dialog", lambda d: d.accept() if d.type == "beforeunload" else d.dismiss())
        page.goto(running.url)
        page.get_by_role("button", name="Prisijungti").click()
        page.wait_for_selector("text=Naujienos")
        page.editor_url = running.url
        yield page, project, outside
        context.close()


def open_entry(page, slug: str) -> None:
    fresh(page, f"#/collections/news/entries/{slug}")


def fresh(page, route: str) -> None:
    """Load the editor anew at ``route``: field ids start again, nothing of the last form is kept."""
    page.goto("about:blank")
    page.goto(page.editor_url + route)
    page.wait_for_selector('[id^="title-field-"]')


def publish(page) -> None:
    page.get_by_role("button", name="Skelbti", exact=True).click()
    page.get_by_role("menuitem", name="Skelbti dabar").click()
    try:
        page.wait_for_selector("text=Pakeitimai išsaugoti")
    except Exception:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "editor-publish-failed.png"), full_page=True)
        print(page.evaluate("() => Array.from(document.querySelectorAll('ul li')).map(e => e.innerText).join(' | ')"))
        print(page.evaluate("() => document.body.innerText").replace("\n", " ")[:3000])
        raise


def body_editor(page, pane: int):
    """The raw Markdown editor of a pane (0: Lithuanian, 1: the translation); it carries no id."""
    return page.locator('[data-slate-editor="true"]').nth(pane)


def wait_for_file(folder: Path, before: set[Path]) -> list[Path]:
    for _ in range(100):
        new = sorted(set(folder.glob("*.md")) - before)
        if new:
            return new
        time.sleep(0.1)
    return []


def settings_of(project):
    from socialsite.build import load_settings

    return load_settings(project.root / "pelicanconf.py")


def check(project) -> list[str]:
    """What `make check` prints for the copy (its errors, one `path:line: message` each)."""
    from socialsite.rules import check_site

    return [str(e) for e in check_site(settings_of(project), project.root / "content")]


def test_seed_articles_load_and_save_byte_for_byte(editor):
    page, project, _outside = editor
    for path in sorted((project.root / "content/news/lt").glob("20[12]*.md")):
        if path.name == Path(LT_ONLY).name:
            continue
        open_entry(page, path.stem)
        # Decap saves only a changed entry: a space after the summary changes the form, not
        # the file (a header value is stripped), so the whole load -> form -> save path is tested.
        summary = page.locator('[id^="summary-field-"]').first
        summary.press("Control+End")
        summary.type(" ")
        publish(page)
    assert git(project.root, "status", "--porcelain", "--", "content") == "", git(project.root, "diff")


def test_title_edit_changes_one_line(editor):
    page, project, _outside = editor
    open_entry(page, "2023-11-09-senjoru-bendradarbiavimas")
    title = page.locator('[id^="title-field-"]').first
    title.fill("Senjorų bendradarbiavimas: „Vilniaus ir Visagino senjorų susitikimas“ Bendruomenės skyriuje")
    publish(page)
    diff = git(project.root, "diff", "--numstat")
    assert diff == "1\t1\tcontent/news/lt/2023-11-09-senjoru-bendradarbiavimas.md\n", diff
    changed = [
        line
        for line in git(project.root, "diff", "-U0").splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert changed == [
        "-Title: Senjorų bendradarbiavimas",
        "+Title: Senjorų bendradarbiavimas: „Vilniaus ir Visagino senjorų susitikimas“ Bendruomenės skyriuje",
    ]
    git(project.root, "checkout", "--", "content")


def test_new_article_with_project_passes_check_and_shows_the_disclosure(editor):
    page, project, _outside = editor
    news = project.root / "content/news"
    before = {lang: set((news / lang).glob("*.md")) for lang in ("lt", "ru", "en")}
    fresh(page, "#/collections/news/new")
    page.locator('[id^="title-field-"]').first.fill("Senjorų popietė „Rudenėlis“")
    page.locator('[id^="project-field-"]').first.fill("07-003")
    page.keyboard.press("Enter")
    body_editor(page, 0).click()
    page.keyboard.type("Bendruomenės skyriuje vyko senjorų popietė.")
    publish(page)
    (path,) = wait_for_file(news / "lt", before["lt"])
    # Decap sent blank ru and en files too; none may reach the disk.
    assert set((news / "ru").glob("*.md")) == before["ru"]
    assert set((news / "en").glob("*.md")) == before["en"]
    text = path.read_text(encoding="utf-8")
    slug = title_slug("Senjorų popietė „Rudenėlis“", settings_of(project))
    assert path.name.endswith(f"-{slug}.md")
    assert text == (
        f"Title: Senjorų popietė „Rudenėlis“\nDate: {path.name[:10]}\nSlug: {slug}\n"
        "Category: Naujienos\nProject: 07-003-P-0001\n\n"
        "Bendruomenės skyriuje vyko senjorų popietė.\n"
    )
    assert check(project) == []
    site = project.build()
    main = site.soup(f"news/{slug}.html").select_one("main")
    blocks = main.select("[data-project-disclosure]")
    assert [b["data-project-disclosure"] for b in blocks] == ["07-003-P-0001"]
    assert "senjorų popietė" in main.select_one("article").get_text()
    last = [child for child in main.children if getattr(child, "name", None)][-1]
    assert last is blocks[0] or blocks[0] in last.descendants, f"the page's main ends with {last.name}"


def test_russian_translation_is_named_linked_and_built(editor):
    page, project, _outside = editor
    news = project.root / "content/news"
    before = set((news / "ru").glob("*.md"))
    open_entry(page, Path(LT_ONLY).stem)
    page.locator('[id^="title-field-"]').nth(1).fill("Рождественский полдник")
    body_editor(page, 1).click()
    page.keyboard.type("В отделе по работе с сообществом прошёл рождественский полдник.")
    publish(page)
    (path,) = wait_for_file(news / "ru", before)
    ru_slug = title_slug("Рождественский полдник", settings_of(project))
    assert path.name == f"2026-01-15-{ru_slug}.md"  # named as `make new` names a translation
    text = path.read_text(encoding="utf-8")
    assert text == (
        f"Title: Рождественский полдник\nDate: 2026-01-15\nSlug: {ru_slug}\n"
        "Translation_of: kaledine-popiete\nCategory: Naujienos\n\n"
        "В отделе по работе с сообществом прошёл рождественский полдник.\n"
    )
    assert not any(p.name.endswith("kaledine-popiete.md") for p in (news / "en").glob("*.md"))
    assert (news / LT_ONLY.removeprefix("news/")).read_text(encoding="utf-8") == LT_ONLY_TEXT
    assert check(project) == []
    site = project.build()
    ru_page = f"ru/news/{ru_slug}.html"
    assert site.path(ru_page).exists()
    links_lt = {
        a["lang"]: site.resolve("news/kaledine-popiete.html", a["href"])
        for a in site.soup("news/kaledine-popiete.html").select(".language-switcher a")
    }
    links_ru = {a["lang"]: site.resolve(ru_page, a["href"]) for a in site.soup(ru_page).select(".language-switcher a")}
    assert links_lt["ru"] == ru_page and links_ru["lt"] == "news/kaledine-popiete.html"


def test_photo_upload_with_alt_goes_to_content_images(editor):
    page, project, _outside = editor
    from PIL import Image

    photo = io.BytesIO()
    Image.new("RGB", (1200, 800), (200, 120, 40)).save(photo, "JPEG")
    open_entry(page, Path(LT_ONLY).stem)
    page.get_by_role("button", name="Pridėti: pagrindinė nuotrauka").first.click()
    page.get_by_role("button", name="Pasirinkti vaizdą").first.click()
    page.locator('input[type="file"]').set_input_files(
        files=[{"name": "popiete.jpg", "mimeType": "image/jpeg", "buffer": photo.getvalue()}]
    )
    page.get_by_role("button", name="Pasirinkti parinktus").click()
    # An alt is required: saving without it is refused by the form.
    page.get_by_role("button", name="Skelbti", exact=True).click()
    page.get_by_role("menuitem", name="Skelbti dabar").click()
    page.wait_for_selector("text=Privaloma užpildyti laukelį Kas matyti nuotraukoje")
    page.locator('[id^="alt-field-"]').first.fill("Senjorės prie kalėdinio stalo")
    publish(page)
    assert (project.root / "content/images/popiete.jpg").read_bytes() == photo.getvalue()
    text = (project.root / "content" / LT_ONLY).read_text(encoding="utf-8")
    assert text == LT_ONLY_TEXT.replace(
        "Category: Naujienos\n",
        "Category: Naujienos\nImage: images/popiete.jpg\nImage_alt: Senjorės prie kalėdinio stalo\n",
    )
    assert check(project) == []
    site = project.build()
    # The photo pipeline draws the cover as the article's thumbnail in the lists (responsive,
    # with its alt) and as og:image; the article page itself shows no cover (its design).
    link = site.soup("index.html").find("a", href=re.compile(r"news/kaledine-popiete\.html$"))
    img = link.find_parent("li").select_one("picture img")
    assert img["alt"] == "Senjorės prie kalėdinio stalo"
    assert re.search(r"images/popiete-240\.[0-9a-f]{8}\.jpg$", img["src"])
    assert site.path(site.resolve("index.html", img["src"])).is_file()
    assert link.find_parent("li").select_one('picture source[type="image/webp"]')["srcset"].endswith(".webp")
    og = {
        m["property"]: m["content"]
        for m in site.soup("news/kaledine-popiete.html").select('meta[property^="og:image"]')
    }
    assert og["og:image:alt"] == "Senjorės prie kalėdinio stalo"


def test_editor_page_accessibility_in_lithuanian(editor):
    """axe WCAG 2.1 AA, 0 violations, on the list and the form (with the cover photo item the
    photo test added). Decap alone fails five rules; fixed here: its grey text (admin/editor.css),
    its unnamed Markdown textbox, list icon buttons and drag handle (admin/editor.js), its
    "Dabar" button whose name lacked the word (admin/locale-lt.js)."""
    page, _project, _outside = editor
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci`")
    report = {}
    for route in ("#/collections/news", f"#/collections/news/entries/{Path(LT_ONLY).stem}"):
        if route.endswith("news"):
            page.goto("about:blank")
            page.goto(page.editor_url + route)
            page.wait_for_selector("text=Kalėdinė popietė")
        else:
            fresh(page, route)
        assert page.evaluate("document.documentElement.lang") == "lt"
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", TAGS
        )
        for violation in result["violations"]:
            report.setdefault(violation["id"], []).extend(
                f"{route}: {', '.join(map(str, n['target']))}: {n['html'][:120]} {n['any'][0].get('data') if n['any'] else ''}"
                for n in violation["nodes"]
            )
    assert not report, "\n".join(f"{rule}:\n  " + "\n  ".join(nodes) for rule, nodes in report.items())


def test_russian_interface_and_labels(editor):
    page, _project, _outside = editor
    page.goto("about:blank")
    page.goto(page.editor_url + f"?lang=ru#/collections/news/entries/{Path(LT_ONLY).stem}")
    page.wait_for_selector('[id^="title-field-"]')
    assert page.evaluate("document.documentElement.lang") == "ru"
    labels = page.locator("label").all_inner_texts()
    assert {"Заголовок", "Дата", "Категория"} <= {label.strip().capitalize() for label in labels}, labels
    assert page.locator("text=/^Опубликова(ть|но)$/").first.is_visible()  # Decap's own Russian
    page.goto("about:blank")
    page.goto(page.editor_url)  # back to Lithuanian for what follows
    page.wait_for_selector("text=Naujienos")


def test_no_request_left_127_0_0_1(editor):
    """Every request of this module's session (login, lists, forms, upload, saves) stayed local."""
    _page, _project, outside = editor
    assert outside == []
