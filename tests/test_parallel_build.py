"""Issue 18: the article pages rendered by two processes, the search index fed while rendering.

The site is the bench's synthetic one (enough articles for the render to fork, with
translations and EU-funded articles); built with ``RENDER_PROCESSES = 1`` (the default) and with
``RENDER_PROCESSES = 2``, every byte must match, the sitemap and the search index included.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

from benchmarks.generate import generate
from sitebuild import build
from sitebuild.parallel import MIN_ARTICLES


def _tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    site = generate(tmp_path_factory.mktemp("parallel") / "site", 20)
    (site / "one_process.py").write_text("from bench_full import *\nRENDER_PROCESSES = 1\n", encoding="utf-8")
    (site / "two_processes.py").write_text("from bench_full import *\nRENDER_PROCESSES = 2\n", encoding="utf-8")
    trees = {}
    cwd = os.getcwd()
    os.chdir(site)  # the settings import each other from their folder, as in make bench
    sys.path.insert(0, str(site))
    try:
        for settings in ("two_processes.py", "one_process.py"):
            out = build(site / settings, site / f"out-{settings}" / "output", search=True)  # a folder each: a build deletes old versions beside it
            trees[settings] = _tree(out.resolve())
    finally:
        os.chdir(cwd)
        sys.path.remove(str(site))
    return site, trees


def test_the_site_is_big_enough_to_fork(builds):
    site, _trees = builds
    assert len(list((site / "content" / "news").rglob("*.md"))) >= MIN_ARTICLES


def test_two_processes_write_the_same_bytes_as_one(builds):
    _site, trees = builds
    one, two = trees["one_process.py"], trees["two_processes.py"]
    assert any(path.startswith("pagefind/fragment/") for path in two)
    assert one == two


def test_the_sitemap_lists_the_pages_the_second_process_wrote(builds):
    site, _trees = builds
    root = (site / "out-two_processes.py" / "output").resolve()
    sitemap = (root / "sitemap.xml").read_text(encoding="utf-8")
    pages = list(root.rglob("news/*.html"))
    assert len(pages) >= MIN_ARTICLES
    for page in pages:
        assert f"/{page.relative_to(root).as_posix()}</loc>" in sitemap, page


FAILING_PLUGIN = '''
from pelican import signals
from sitekit.errors import ContentError

def fail_on_first(generator, content):
    first = (generator.translations or generator.articles)[0]  # in the second process's half
    if content is first:
        raise ContentError(content.source_path, 1, "boom while rendering")

def register():
    signals.article_generator_write_article.connect(fail_on_first)
'''


def test_a_failure_in_the_second_process_is_one_line_and_output_stays(builds):
    from sitebuild import BuildFailed

    site, trees = builds
    (site / "failing_child.py").write_text(FAILING_PLUGIN, encoding="utf-8")
    (site / "failing.py").write_text(
        "from two_processes import *\nPLUGIN_PATHS = [*PLUGIN_PATHS, '.']\nPLUGINS = [*PLUGINS, 'failing_child']\n",
        encoding="utf-8")
    output = site / "out-two_processes.py" / "output"
    cwd = os.getcwd()
    os.chdir(site)
    sys.path.insert(0, str(site))
    try:
        with pytest.raises(BuildFailed) as failure:
            build(site / "failing.py", output, search=True)
    finally:
        os.chdir(cwd)
        sys.path.remove(str(site))
    (line,) = str(failure.value).splitlines()
    assert line.startswith("content/news/") and line.endswith(":1: boom while rendering"), line
    assert _tree(output.resolve()) == trees["two_processes.py"]
