"""Build the whole site into ``output`` or leave it exactly as it was (socialsite.build.output: how)."""

from __future__ import annotations

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
from socialsite.build.search import SearchFailed, SearchIndex, written_pipe
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
    and output/ stays as it was: see ``socialsite.build.output`` for how it is swapped.
    """
    settings_file = Path(settings_file).resolve()
    output = Path(output).absolute()
    timings = timings if timings is not None else {}
    notice = notice or (lambda line: print(line, file=sys.stderr))
    try:
        settings = _settings(settings_file)
    except SettingError as error:
        raise BuildFailed(str(error)) from None
    refused = versions.refusal(output, [settings_file.parent, Path(settings["PATH"])])
    if refused:
        raise BuildFailed(str(refused))
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
    # Pelican renders into the staging folder while the content is checked, and Pagefind indexes
    # each page as Pelican writes it (socialsite.build.search): on two cores neither the checks
    # nor the search index cost much waiting. The checks' errors still come first, and nothing is
    # swapped in unless all three passed.
    index, stream, written = None, None, None
    if search:
        try:
            index = SearchIndex(staging)
        except SearchFailed as failure:
            raise BuildFailed(str(failure)) from None
        stream, written = written_pipe()
    try:
        try:
            pelican = PelicanRun(settings_file, staging, written)
        finally:
            if search:
                os.close(written)  # Pelican holds the only write end: its exit ends the stream
        if search:
            index.follow(stream)  # the follower owns the stream from here and closes it
            stream = None
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
            try:
                index.finish()  # what is left after Pelican: the index built and written
            except SearchFailed as failure:
                raise BuildFailed(str(failure)) from None
            timings["pagefind"] = time.perf_counter() - started
    finally:
        if stream is not None:  # Pelican did not start: nobody reads it
            stream.close()
        if index is not None:
            index.stop()
    # What a full disk or a failed tool leaves (Pagefind writes zero-byte files on ENOSPC and
    # still exits 0) is found here, before the swap.
    missing = versions.problems(staging, search)
    if missing:
        raise BuildFailed(
            str(_("the build is incomplete ({missing}): the previous output/ was kept", missing="; ".join(missing)))
        )


class PelicanRun:
    """Pelican in a process of its own: its loggers keep state between runs in one process.

    ``socialsite.build.render`` turns every Pelican warning into a failure and prints our
    ContentError as its one ``path:line: message`` line.
    """

    def __init__(self, settings_file: Path, destination: Path, written_fd: int | None = None):
        # The log outlives this call: finish() or stop() closes it.
        self._log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # noqa: SIM115
        # With ``written_fd`` Pelican names each page it writes there (socialsite.build.search reads them).
        written = [f"--written-fd={written_fd}"] if written_fd is not None else []
        self._process = subprocess.Popen(
            [sys.executable, "-m", "socialsite.build.render", str(settings_file), str(destination), *written],
            cwd=settings_file.parent,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            text=True,
            pass_fds=() if written_fd is None else (written_fd,),
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
