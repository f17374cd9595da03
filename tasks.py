"""Everyday commands (invoke). The Makefile's targets are thin wrappers over these.

    inv build        check, render, index and swap into output/ (make html)
    inv check        only the content checks (make check)
    inv new          start a news article (make new TITLE="…")
    inv import-text  legacy news texts to Markdown articles (make import SRC=…)
    inv test         every test (make test)
    inv serve        serve output/ on http://localhost:8000 (make serve)
    inv devserver    a checked preview of every save on http://127.0.0.1:8000 (make devserver)
    inv edit         the web editor for staff with the preview (make edit)
    inv clean        remove output/ and the caches (make clean)
    inv messages     extract the msgids and add the new ones to every catalog (see README)
    inv update-expected  rewrite the plugins' golden output (test_data/expected/) from a build

Messages speak the writer's language, chosen the gettext way: LANGUAGE=ru make check (Russian),
LANGUAGE=en (English); else LC_ALL, LC_MESSAGES, LANG; Lithuanian by default.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from invoke import task

from socialsite.build import BuildFailed
from socialsite.build import build as build_site
from socialsite.messages import _  # every line printed here is a message of the run's language
from socialsite.secrets import reexec_without_secrets

ROOT = Path(__file__).resolve().parent

OUTPUT = ROOT / "output"
PORT = int(os.environ.get("PORT", "8000"))
EDITOR_PORT = int(os.environ.get("EDITOR_PORT", "8080"))


@task(help={"settings": "settings file (publishconf.py for the real host)", "output": "target folder"})
def build(c, settings="pelicanconf.py", output=str(OUTPUT)):
    """Build the whole site; on any mistake print it and keep the previous output/."""
    reexec_without_secrets()
    try:
        build_site(ROOT / settings, output)
    except BuildFailed as failure:
        print(failure, file=sys.stderr)
        print(_("The site was not changed: fix the lines above and build again."), file=sys.stderr)
        sys.exit(1)
    print(_("Built {output}", output=output))


@task
def check(c):
    """Check all content without building; one line per problem (LANGUAGE=ru|en|lt for the messages)."""
    from socialsite.build import load_settings
    from socialsite.rules import check_site
    from socialsite.rules.messages import summary
    from socialsite.settings import SettingError

    reexec_without_secrets()

    notices: list = []
    try:
        errors = check_site(load_settings(ROOT / "pelicanconf.py"), notices=notices)
    except SettingError as error:  # a setting the checks cannot use (PROJECTS_PATH): one line
        print(error, file=sys.stderr)
        sys.exit(1)
    for notice in notices:  # scheduled articles, texts still to translate: no problem, exit 0
        print(notice)
    for error in errors:
        print(error)
    print(summary(len(errors), _))
    if errors:
        sys.exit(1)


@task(
    help={
        "title": 'the news title, e.g. "Nauja žinia"',
        "project": "code of the project the news is about (content/projects/<code>.yaml)",
        "lang": "language of the news: lt (default), ru or en",
        "translation_of": "the Slug of the original when this is a translation",
    }
)
def new(c, title, project="", lang="lt", translation_of=""):
    """Start a news article: content/news/<lang>/<date>-<slug>.md with a complete header."""
    from socialsite.build import load_settings
    from socialsite.errors import ContentErrors
    from socialsite.importer import NewArticleRefused, new_article

    try:
        path = new_article(
            load_settings(ROOT / "pelicanconf.py"),
            title,
            project=project,
            lang=lang,
            translation_of=translation_of,
            _=_,
        )
    except NewArticleRefused as refused:
        print(refused, file=sys.stderr)
        sys.exit(1)
    except ContentErrors as errors:
        print(errors, file=sys.stderr)
        sys.exit(1)
    print(os.path.relpath(path))
    print(
        _("Open the file and write the news in place of the sample paragraph; make check refuses the file until then.")
    )


@task(
    help={
        "src": "a legacy news file (.txt or .html) or a folder of them; more files after --",
        "out": "folder for the articles (default content/news/lt)",
        "registry_out": "folder for draft project entries (default: the --out folder)",
    }
)
def import_text(c, src, out=str(ROOT / "content" / "news" / "lt"), registry_out=""):
    """Turn legacy news texts into Markdown articles, one file each; prints each path.

    inv import-text /work/shared/seeds --out content/news/lt
    inv import-text old/a.txt --out tmp -- old/b.html old/c.txt
    """
    import shlex

    from socialsite.build import load_settings
    from socialsite.importer import import_files

    sources = [src, *shlex.split(c.remainder)]
    lines, ok = import_files(
        sources, out, settings=load_settings(ROOT / "pelicanconf.py"), registry_out=registry_out or None
    )
    for line in lines:
        print(line)
    if not ok:
        sys.exit(1)


@task
def messages(c):
    """Append the code's new msgids to every catalog (empty: translate them, then run the tests)."""
    from socialsite.extract import append_missing
    from socialsite.messages import languages

    for lang in languages():
        if lang != "en":
            for msgid in append_missing(lang):
                print(f"{lang}: {msgid}")


@task
def clean(c):
    """Remove the built site (output/ and its versioned folders .output-*), the preview and the caches."""
    from socialsite.build.output import clean as clean_output

    clean_output(OUTPUT)
    for path in (ROOT / ".cache", ROOT / ".preview"):
        shutil.rmtree(path, ignore_errors=True)


@task
def serve(c, port=PORT):
    """Serve output/ at http://localhost:PORT (build first)."""
    import shlex

    c.run(
        shlex.join([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(OUTPUT)]),
        pty=False,
    )


@task(help={"port": "port on 127.0.0.1 (default 8000, or the PORT environment variable)"})
def devserver(c, port=PORT):
    """Preview every save, checked, at http://127.0.0.1:PORT (make devserver; output/ is untouched).

    One long-lived process (socialsite/preview): the site is built once into .preview/, then each
    save is checked with the rules of `make check` and only the pages it changes are written.
    """
    from socialsite.preview.run import main as preview

    sys.exit(preview(["--port", str(port), "--settings", str(ROOT / "pelicanconf.py")]))


@task(
    help={
        "port": "the preview's port (default 8000, or PORT)",
        "editor_port": "the editor's port (default 8080, or EDITOR_PORT)",
    }
)
def edit(c, port=PORT, editor_port=EDITOR_PORT):
    """The web editor (Decap CMS, files on this computer) and the preview; Ctrl-C stops both."""
    from socialsite.build import load_settings
    from socialsite.editor.run import EditorFailed, run
    from socialsite.rules import translator

    try:
        run(
            ROOT,
            load_settings(ROOT / "pelicanconf.py"),
            preview_port=int(port),
            editor_port=int(editor_port),
            _=translator(),
        )
    except EditorFailed as failure:
        print(failure, file=sys.stderr)
        sys.exit(1)


@task(help={"k": "only tests matching this expression"})
def test(c, k=""):
    """Lint and format check (ruff), then every test (builds real sites, drives Chromium)."""
    c.run(f"{sys.executable} -m ruff check .", pty=False)
    c.run(f"{sys.executable} -m ruff format --check .", pty=False)
    selection = f" -k {k!r}" if k else ""
    c.run(f"{sys.executable} -m pytest{selection}", pty=False)


@task(
    help={
        "settings": "settings file (default publishconf.py; SITEURL must be set)",
        "precompress": "write .gz and .br beside each text file (--no-precompress for GitHub Pages)",
        "dry_run": "build and check, then only list what rsync would change",
    }
)
def publish(c, settings="publishconf.py", precompress=True, dry_run=False):
    """Build with publishconf.py, check, precompress, then rsync to DEPLOY_TARGET (make publish).

    Environment: SITEURL (https), DEPLOY_TARGET (folder or user@host:/path), DEPLOY_SSH_PORT,
    DEPLOY_SSH_KEY, DEPLOY_KNOWN_HOSTS (required over SSH), DEPLOY_FORCE=1 (a non-empty folder
    no publish filled), ALLOW_HTTP_SITEURL=1 (intranet); see socialsite/deploy/README.md.
    """
    from socialsite.deploy import PublishFailed
    from socialsite.deploy import publish as publish_site

    try:
        publish_site(ROOT / settings, precompress=precompress, dry_run=dry_run)
    except PublishFailed as failure:
        print(failure, file=sys.stderr)
        print(
            _("Nothing was deployed: the target is as it was. Fix the lines above and publish again."), file=sys.stderr
        )
        sys.exit(1)


@task(
    help={
        "n": "articles per language in the synthetic site (default 1000)",
        "runs": "builds of each kind; medians are reported (default 3)",
        "photos": "4000×3000 photos in the photo bench (default 300; 0 leaves it out)",
    }
)
def bench(c, n=1000, runs=3, photos=300):
    """Build speed and memory against plain Pelican and Hugo, as ratios (make bench).

    Prints a table, writes benchmarks/results/latest.json and the README's latest figures.
    """
    from benchmarks.bench import BenchFailed, run_benchmark

    try:
        run_benchmark(n=int(n), runs=int(runs), photos=int(photos))
    except BenchFailed as failure:
        print(failure, file=sys.stderr)
        sys.exit(1)


@task
def update_expected(c):
    """Rewrite the plugins' golden output (test_data/expected/) from a build; review the diff before committing."""
    c.run("make --no-print-directory .venv/.installed", pty=False)  # the tests import the installed plugins
    c.run(f"{sys.executable} -m pytest -q plugins", env={"UPDATE_EXPECTED": "1"}, pty=False)
