"""Build the whole site into ``output`` or leave it exactly as it was (sitebuild.output: how)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pelican.settings import read_settings

from socialsite import languages
from socialsite.build import output as versions
from socialsite.build.cache import discard_broken
from socialsite.errors import ContentError
from socialsite.messages import _
from socialsite.rules import check_site
from socialsite.secrets import without_secrets
from socialsite.settings import SettingError
from socialsite.sitechecks import BUILD, run_checks


class BuildFailed(Exception):
    """The build stopped; its message is what the person building should read."""


def load_settings(settings_file: str | os.PathLike) -> dict:
    """The settings file as Pelican reads it, its languages checked and completed first: every
    check and tool reads them. None given: the default language alone (socialsite.languages.fill_in);
    a wrong one stops the tool with its one line, as publishconf.py does for SITEURL."""
    try:
        return _settings(settings_file)
    except SettingError as error:
        raise SystemExit(str(error)) from None


def _settings(settings_file) -> dict:
    settings = read_settings(str(settings_file))
    languages.fill_in(settings)  # a wrong LANGUAGES raises SettingError
    return settings


def build(settings_file="pelicanconf.py", output="output", search=True, timings=None, notice=None) -> Path:
    """Check, render, index, verify and swap in. Raises BuildFailed with ``path:line:`` lines.

    Any OSError on the way (a read-only or full disk, an unreadable folder) is one plain line too,
    and output/ stays as it was: see ``sitebuild.output`` for how it is swapped.
    """
    settings_file = Path(settings_file).resolve()
    output = Path(output).absolute()
    timings = timings if timings is not None else {}
    notice = notice or (lambda line: print(line, file=sys.stderr))
    try:
        settings = _settings(settings_file)
    except SettingError as error:
        raise BuildFailed(str(error)) from None
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with versions.locked(output.parent):
            versions.remove_leftovers(output)
            for line in discard_broken(settings):
                notice(line)
            staging = versions.new_staging(output)
            try:
                _build_into(staging, settings_file, settings, search, timings, notice)
                _check_built(staging, settings, search, timings)
                versions.swap_in(staging, output)
            except BaseException:
                if versions.current(output) != staging:  # never the folder output/ already points to
                    shutil.rmtree(staging, ignore_errors=True)
                raise
    except OSError as error:
        raise BuildFailed(_os_error_line(error)) from None
    return output


def _check_built(staging: Path, settings: dict, search: bool, timings: dict) -> None:
    """The checks of the built tree that need no real SITEURL (socialsite/sitechecks): links,
    landmarks, CSP, languages, sitemap, EU disclosure. A tree that fails one is never swapped in."""
    started = time.perf_counter()
    problems = run_checks(staging, settings, stages=(BUILD,), left_out=() if search else ("pagefind/",))
    timings["checks"] = time.perf_counter() - started
    if problems:
        raise BuildFailed("\n".join(str(problem) for problem in problems))


def _os_error_line(error: OSError) -> str:
    where = error.filename or "output"
    return f"{where}: {error.strerror or error}"


def _build_into(staging: Path, settings_file: Path, settings: dict, search: bool, timings: dict, notice) -> None:
    started = time.perf_counter()
    # Pelican renders into the staging folder while the content is checked: on two cores the
    # checks then cost no waiting. Their errors still come first, and nothing is swapped in
    # unless both passed.
    pelican = PelicanRun(settings_file, staging)
    notices: list = []
    try:
        errors = check_site(settings, notices=notices)
    except SettingError as error:  # e.g. PROJECTS_PATH naming no folder: its one line, as the render step says it
        pelican.stop()
        raise BuildFailed(str(error)) from None
    except BaseException:
        pelican.stop()
        raise
    timings["check"] = time.perf_counter() - started
    for line in notices:  # a text still to translate: not fatal, said before the errors or the result
        if isinstance(line, ContentError):  # (scheduled articles are listed by make check only)
            notice(line)
    if errors:
        pelican.stop()
        raise BuildFailed("\n".join(str(error) for error in errors))
    pelican.finish()
    timings["pelican"] = time.perf_counter() - started
    if search:
        started = time.perf_counter()
        run_pagefind(staging)
        timings["pagefind"] = time.perf_counter() - started
    # What a full disk or a failed tool leaves (Pagefind writes zero-byte files on ENOSPC and
    # still exits 0) is found here, before the swap.
    missing = versions.problems(staging, search)
    if missing:
        raise BuildFailed(
            str(_("the build is incomplete ({missing}): the previous output/ was kept", missing="; ".join(missing)))
        )


class PelicanRun:
    """Pelican in a process of its own: its loggers keep state between runs in one process.

    ``sitebuild.render`` turns every Pelican warning into a failure and prints our
    ContentError as its one ``path:line: message`` line.
    """

    def __init__(self, settings_file: Path, destination: Path):
        self._log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # noqa: SIM115 - closed by finish or stop
        self._process = subprocess.Popen(
            [sys.executable, "-m", "socialsite.build.render", str(settings_file), str(destination)],
            cwd=settings_file.parent,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            text=True,
            # No secret reaches Pelican, its plugins or templates (socialsite.secrets).
            env=without_secrets(),
        )

    def finish(self) -> None:
        """Wait for Pelican; its messages become the BuildFailed when it failed."""
        code = self._process.wait()
        self._log.seek(0)
        messages = self._log.read().strip()
        self._log.close()
        if code != 0:
            raise BuildFailed(messages or str(_("Pelican stopped without saying why ({code})", code=code)))

    def stop(self) -> None:
        self._process.kill()
        self._process.wait()
        self._log.close()


def run_pagefind(site: Path) -> None:
    """One search index per language (Pagefind reads <html lang>), written into the site.

    Pagefind numbers pages in the order it finds them, which is the order the file system lists
    a folder in: hash order on ext4 (with a seed of its own on every disk), newest first on tmpfs.
    So it reads a copy of the HTML files made in sorted order in a RAM folder (/dev/shm): the
    same index bytes wherever the site is built.
    """
    shm = Path("/dev/shm")
    with tempfile.TemporaryDirectory(
        prefix="pagefind-", dir=shm if shm.is_dir() and os.access(shm, os.W_OK) else None
    ) as copy:
        for page in sorted(site.rglob("*.html")):
            target = Path(copy) / page.relative_to(site)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(page, target)
        result = subprocess.run(
            [sys.executable, "-m", "pagefind", "--site", copy, "--output-path", str(site / "pagefind"), "--silent"],
            capture_output=True,
            text=True,
            env=without_secrets(),
        )
    if result.returncode != 0:
        lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
        raise BuildFailed(
            str(
                _(
                    "the search index could not be built: pagefind stopped (exit {code}): {line}",
                    code=result.returncode,
                    line=lines[-1] if lines else "—",
                )
            )
        )
    # Pagefind lists the languages in hash-map order, different on every run; the same data
    # with sorted keys keeps two builds of one commit byte-identical.
    entry = site / "pagefind" / "pagefind-entry.json"
    try:
        data = json.loads(entry.read_text(encoding="utf-8"))
    except ValueError:
        raise BuildFailed(
            str(
                _(
                    "pagefind wrote no readable {name} (is the disk full?): the previous output/ was kept",
                    name=entry.name,
                )
            )
        ) from None
    entry.write_text(json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
