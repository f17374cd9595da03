"""Issue 14: `make devserver` is a checked preview. A real preview process on 127.0.0.1 over a copy of
the project (in a folder whose name has spaces), real saves, real HTTP. Every wait polls with a
timeout; no speed is asserted (`make bench` reports it)."""

from __future__ import annotations

import gzip
import hashlib
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from test_publish import free_port

from support import ROOT, Project, seed_text

TIMEOUT = 60  # seconds; the machine is shared, so generous, but a wait never hangs for ever
ARTICLE = "news/lt/2023-11-09-senjoru-bendradarbiavimas.md"
PAGE = "news/senjoru-bendradarbiavimas.html"


def wait_for(what, probe, timeout=TIMEOUT):
    """Poll ``probe`` until it returns something true; fail with ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = probe()
        if found:
            return found
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}")


class Preview:
    def __init__(self, project: Project, port: int, log: Path):
        self.project, self.port, self.log = project, port, log
        self.origin = f"http://127.0.0.1:{port}"
        with log.open("w") as sink:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "socialsite.preview", "--port", str(port)],
                cwd=project.root,
                stdout=sink,
                stderr=subprocess.STDOUT,
            )
        try:
            wait_for(
                "the preview to start", lambda: "http://127.0.0.1" in self.output() or self.process.poll() is not None
            )
            assert self.process.poll() is None, self.output()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8")

    def get(self, path: str) -> str | None:
        try:
            with urllib.request.urlopen(f"{self.origin}/{path}", timeout=10) as response:
                return response.read().decode("utf-8")
        except urllib.error.HTTPError:
            return None

    def soup_when(self, path: str, condition, what: str) -> BeautifulSoup:
        def probe():
            text = self.get(path)
            soup = BeautifulSoup(text, "html.parser") if text else None
            return soup if soup is not None and condition(soup) else None

        return wait_for(what, probe)

    def save(self, relative: str, text: str) -> Path:
        return self.project.write(relative, text)


def banner(soup) -> list[str]:
    """The ``path:line: message`` lines of the problem banner at the top of the page."""
    alert = soup.select_one('body > .preview-notices [role="alert"]')
    return [code.get_text() for code in alert.select("li code")] if alert else []


def notice(soup, kind: str):
    return soup.select_one(f'body > .preview-notices [data-notice="{kind}"]')


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    root = tmp_path_factory.mktemp("preview") / "with spaces" / "site"
    root.mkdir(parents=True)
    shutil.copytree(ROOT / "content", root / "content")
    shutil.copy(ROOT / "pelicanconf.py", root / "pelicanconf.py")
    for shared in ("plugins", "theme"):
        (root / shared).symlink_to(ROOT / shared)
    project = Project(root)
    project.build()  # output/ as `make html` left it: the preview must never touch it
    running = Preview(project, free_port(), root.parent / "preview.log")
    try:
        yield running
    finally:
        running.stop()


def test_a_saved_change_is_served(preview):
    path = preview.project.root / "content" / ARTICLE
    text = path.read_text(encoding="utf-8")
    preview.save(ARTICLE, text.replace("Title: ", "Title: Peržiūra – ", 1) + "\nPridėtas sakinys peržiūrai.\n")
    soup = preview.soup_when(PAGE, lambda s: "Pridėtas sakinys peržiūrai." in s.get_text(), "the saved text")
    assert soup.h1.get_text().startswith("Peržiūra – ")
    assert banner(soup) == []
    # The lists it appears on follow: the archive lists every news by title.
    preview.soup_when("archives.html", lambda s: "Peržiūra – " in s.get_text(), "the new title in the archive")
    # So does its project's page: another plugin's generator, found by the preview without importing it.
    preview.soup_when("projects/07-003-P-0001.html", lambda s: "Peržiūra – " in s.get_text(), "the project page")
    preview.save(ARTICLE, text)
    preview.soup_when(PAGE, lambda s: "Pridėtas sakinys peržiūrai." not in s.get_text(), "the text restored")


def test_a_pasted_block_shows_its_line_on_the_page_and_home_until_fixed(preview):
    output_before = tree_digest(preview.project.output)
    seed = seed_text("001").split("\n")
    body = [line for line in seed[1:] if line.strip()]
    relative = "news/lt/2023-10-14-ideta-informacija.md"
    text = "Title: Įklijuota informacija\nDate: 2023-10-14\nSlug: ideta-informacija\nCategory: Naujienos\n\n"
    preview.save(relative, text + "Tekstas be klaidų.\n")
    page = "news/ideta-informacija.html"
    preview.soup_when(page, lambda s: "Tekstas be klaidų." in s.get_text(), "the new article")

    preview.save(relative, text + "\n\n".join(body) + "\n")
    line = 6 + 2 * next(i for i, p in enumerate(body) if "07-003-P-0001" in p)
    expected = f"content/{relative}:{line}: "
    soup = preview.soup_when(page, lambda s: any(expected in entry for entry in banner(s)), "the banner on the page")
    [entry] = banner(soup)
    assert "Project: 07-003-P-0001" in entry
    section = soup.select_one('body > .preview-notices [role="alert"]')
    assert section.find("h2") and section.find_parent(attrs={"lang": True})["lang"] == "lt"
    assert "Rasta problemų: 1." in section.h2.get_text()  # the messages' language, Lithuanian today
    home = BeautifulSoup(preview.get("index.html"), "html.parser")
    assert any(expected in entry for entry in banner(home))
    # Other pages keep their last good state: no banner, and the article list unchanged.
    assert banner(BeautifulSoup(preview.get("archives.html"), "html.parser")) == []
    wait_for("the terminal line", lambda: expected in preview.output())
    assert tree_digest(preview.project.output) == output_before

    preview.save(relative, text + "Tekstas be klaidų, pataisytas.\n")
    soup = preview.soup_when(page, lambda s: "pataisytas" in s.get_text(), "the fixed article")
    assert banner(soup) == []
    assert banner(BeautifulSoup(preview.get("index.html"), "html.parser")) == []
    (preview.project.root / "content" / relative).unlink()
    wait_for("the deleted article's page to go", lambda: preview.get(page) is None)


def test_a_draft_is_previewed_with_its_banner(preview):
    relative = "news/lt/2023-12-01-juodrastis.md"
    preview.save(
        relative,
        "Title: Dar nebaigta naujiena\nDate: 2023-12-01\nSlug: dar-nebaigta\n"
        "Category: Naujienos\nStatus: draft\n\nRašoma.\n",
    )
    soup = preview.soup_when("news/dar-nebaigta.html", lambda s: "Rašoma." in s.get_text(), "the draft")
    draft = notice(soup, "draft")
    assert draft is not None and draft.h2.get_text() == "Juodraštis"
    home = preview.soup_when("index.html", lambda s: notice(s, "draft") is not None, "the drafts on the home page")
    assert "Dar nebaigta naujiena" in notice(home, "draft").get_text()
    assert "Dar nebaigta naujiena" not in home.select_one("main").get_text()  # not in the news list
    (preview.project.root / "content" / relative).unlink()
    wait_for("the draft's page to go", lambda: preview.get("news/dar-nebaigta.html") is None)


def test_a_scheduled_article_is_previewed_with_its_banner(preview):
    relative = "news/lt/2099-03-15-ateityje.md"
    preview.save(
        relative,
        "Title: Naujiena iš anksto\nDate: 2099-03-15\nSlug: naujiena-is-anksto\n"
        "Category: Naujienos\n\nRengiama šventė.\n",
    )
    soup = preview.soup_when(
        "news/naujiena-is-anksto.html", lambda s: "Rengiama šventė." in s.get_text(), "the scheduled article"
    )
    scheduled = notice(soup, "scheduled")
    assert scheduled is not None and scheduled.h2.get_text() == "Suplanuota"
    assert "2099-03-15" in scheduled.get_text()
    (preview.project.root / "content" / relative).unlink()
    wait_for("the scheduled page to go", lambda: preview.get("news/naujiena-is-anksto.html") is None)


def test_a_new_article_appears_in_the_home_list(preview):
    relative = "news/lt/2026-11-20-nauja-zinia.md"
    preview.save(
        relative,
        "Title: Visiškai nauja žinia\nDate: 2026-11-20\nSlug: visiskai-nauja-zinia\n"
        "Category: Naujienos\n\nNaujos žinios tekstas.\n",
    )
    home = preview.soup_when(
        "index.html",
        lambda s: "Visiškai nauja žinia" in s.select_one("main").get_text(),
        "the new article on the home page",
    )
    first = home.select_one("main .news-list a")
    assert first.get_text() == "Visiškai nauja žinia" and first["href"].endswith("news/visiskai-nauja-zinia.html")
    # A translation added: the original's language switcher now leads to it.
    page = "news/visiskai-nauja-zinia.html"
    assert preview.get(page) and "ru/index.html" in _switcher(BeautifulSoup(preview.get(page), "html.parser"))
    translation = "news/ru/2026-11-20-novaya.md"
    preview.save(
        translation,
        "Title: Совсем новая новость\nDate: 2026-11-20\nSlug: visiskai-nauja-zinia\n"
        "Category: Naujienos\nTranslation_of: visiskai-nauja-zinia\n\nТекст.\n",
    )
    preview.soup_when(
        page,
        lambda s: _switcher(s).endswith("ru/news/visiskai-nauja-zinia.html"),
        "the switcher of the original to lead to the translation",
    )
    for path in (translation, relative):
        (preview.project.root / "content" / path).unlink()
    wait_for("the new article's page to go", lambda: preview.get(page) is None)


def _switcher(soup) -> str:
    return soup.select_one('.language-switcher a[hreflang="ru"]')["href"]


def _indexed(preview, word: str) -> bool:
    """Whether a page of the preview's Pagefind bundle holds ``word`` (fragments are gzipped JSON)."""
    found = False
    for fragment in (preview.project.root / ".preview" / "pagefind" / "fragment").glob("*.pf_fragment"):
        try:
            found |= word in gzip.decompress(fragment.read_bytes()).decode("utf-8", "replace")
        except (OSError, EOFError):
            continue  # being written
    return found


def test_the_search_index_follows_a_save(preview):
    wait_for("the search index", lambda: (preview.project.root / ".preview" / "pagefind" / "pagefind.js").exists())
    assert preview.get("pagefind/pagefind-entry.json") is not None
    path = preview.project.root / "content" / ARTICLE
    text = path.read_text(encoding="utf-8")
    preview.save(ARTICLE, text + "\nPaieškosžodisperžiūrai.\n")
    wait_for("the saved word in the search index", lambda: _indexed(preview, "Paieškosžodisperžiūrai"))
    preview.save(ARTICLE, text)


def test_the_server_answers_on_127_0_0_1_only(preview):
    assert preview.get("index.html")
    with pytest.raises(OSError):  # another loopback address of this machine: nobody listens there
        socket.create_connection(("127.0.0.2", preview.port), timeout=5).close()


def test_ctrl_c_stops_it_cleanly(preview):
    """Last in the module: it ends the shared preview."""
    preview.process.send_signal(signal.SIGINT)
    assert preview.process.wait(timeout=TIMEOUT) == 0
    assert "Traceback" not in preview.output()
    assert "Peržiūra sustabdyta." in preview.output()
