"""`make html` runs every check of the built tree that needs no SITEURL (socialsite/sitechecks).

The real command (``invoke build``) on a copy of the project, with a plugin that, as a theme or
plugin mistake would, writes one mistake per check into the built pages. Each gives exactly one
``path:line: message`` line; the build exits non-zero and output/ stays as it was. The checks
that need the real address run in `make publish` alone: tests/test_publish.py. Each check's
mistakes one by one, on tiny hand-written trees: tests/test_publish.py too.
"""

from __future__ import annotations

import json
import re

from test_safe_build import run_build

from support import copy_project

# Runs last (Pelican's `finalized`, after the sitemap is written); notes what it broke where.
MISTAKES_PLUGIN = """
import json
from pathlib import Path

from pelican import signals


def edit(root, relative, old, new):
    path = root / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, (relative, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def one_block_article(root):
    for path in sorted((root / "news").glob("*.html")):
        if path.read_text(encoding="utf-8").count('data-project-disclosure="') == 1:
            return path.relative_to(root).as_posix()


def break_one_of_each(pelican):
    root = Path(pelican.output_path)
    article = one_block_article(root)
    edit(root, "index.html", '<main id="main" tabindex="-1">', '<main id="main" tabindex="-1"><div/>')
    edit(root, "kontaktai.html", "</main>", '<p style="color: red">!</p></main>')
    edit(root, "ru/index.html", '<html lang="ru">', '<html lang="lt">')
    edit(root, "apie-centra.html", "</main>", '<a href="nera-tokio.html">?</a></main>')
    edit(root, "sitemap.xml", "</urlset>", "<url><loc>" + pelican.settings["SITEURL"] + "/dingo.html</loc></url></urlset>")
    edit(root, article, 'data-project-disclosure="', 'data-was-disclosure="')
    Path(pelican.settings["PATH"]).parent.joinpath("broken.json").write_text(json.dumps({"article": article}))


def register():
    signals.finalized.connect(break_one_of_each)
"""


def test_make_html_runs_each_check_that_needs_no_siteurl_and_keeps_output(tmp_path):
    project = copy_project(tmp_path / "project")
    plugins = project.root / "testplugins"
    plugins.mkdir()
    (plugins / "mistakes.py").write_text(MISTAKES_PLUGIN, encoding="utf-8")
    with open(project.root / "pelicanconf.py", "a", encoding="utf-8") as settings:
        settings.write(f"\nPLUGIN_PATHS = [{str(plugins)!r}]\nPLUGINS = PLUGINS + ['mistakes']\n")
    project.output.mkdir()
    (project.output / "index.html").write_text("the previous site", encoding="utf-8")

    result = run_build(project, LANGUAGE="en")

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    article = json.loads((project.root / "broken.json").read_text())["article"]
    *lines, hint = result.stderr.strip().splitlines()
    assert hint == "The site was not changed: fix the lines above and build again."
    expected = [
        r"index\.html:\d+: <div/> does not close in HTML; write <div></div>",  # structure
        r"kontaktai\.html:\d+: <p style=…> is blocked by the Content-Security-Policy .*"
        r" \(made from content/pages/lt/kontaktai\.md\)",  # csp, on a page made from Markdown
        r'ru/index\.html:\d+: <html> has lang="lt"; a page in this folder needs lang="ru"',  # lang
        r"apie-centra\.html:\d+: the link nera-tokio\.html leads to no file of the site \(nera-tokio\.html\)"
        r" \(made from content/pages/lt/apie-centra\.md\)",  # links
        r"sitemap\.xml:1: <loc>http://localhost:8000/dingo\.html</loc> is no page of this site",  # sitemap
        rf"content/news/lt/\S+\.md:\d+: names the project \S+ but {re.escape(article)} has no "
        r'data-project-disclosure="\S+" block',  # disclosures
    ]
    assert len(lines) == len(expected), result.stderr
    for pattern in expected:
        assert sum(bool(re.fullmatch(pattern, line)) for line in lines) == 1, (pattern, lines)
    assert (project.output / "index.html").read_text(encoding="utf-8") == "the previous site"
    assert not list(project.root.glob(".output-*"))  # the staging folder is gone
