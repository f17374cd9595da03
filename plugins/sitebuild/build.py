"""Build the whole site into ``output`` or leave it exactly as it was."""

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

from content_rules import check_site
from sitekit.errors import ContentError
from sitekit.messages import _

ROOT = Path(__file__).resolve().parents[2]


class BuildFailed(Exception):
    """The build stopped; its message is what the person building should read."""


def load_settings(settings_file: str | os.PathLike) -> dict:
    return read_settings(str(settings_file))


def build(settings_file="pelicanconf.py", output="output", search=True, timings=None) -> Path:
    """Check, render, index and swap in. Raises BuildFailed with ``path:line:`` lines."""
    settings_file = Path(settings_file).resolve()
    output = Path(output).resolve()
    timings = timings if timings is not None else {}
    settings = load_settings(settings_file)

    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".output-", dir=output.parent))
    try:
        started = time.perf_counter()
        # Pelican renders into the staging folder while the content is checked: on two cores the
        # checks then cost no waiting. Their errors still come first, and nothing is swapped in
        # unless both passed.
        pelican = PelicanRun(settings_file, staging)
        notices: list = []
        try:
            errors = check_site(settings, notices=notices)
        except BaseException:
            pelican.stop()
            raise
        timings["check"] = time.perf_counter() - started
        for notice in notices:  # a text still to translate: not fatal, said before the errors or the result
            if isinstance(notice, ContentError):  # (scheduled articles are listed by make check only)
                print(notice, file=sys.stderr)
        if errors:
            pelican.stop()
            raise BuildFailed("\n".join(str(error) for error in errors))
        pelican.finish()
        timings["pelican"] = time.perf_counter() - started
        if search:
            started = time.perf_counter()
            run_pagefind(staging)
            timings["pagefind"] = time.perf_counter() - started
        swap_in(staging, output)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return output


class PelicanRun:
    """Pelican in a process of its own: its loggers keep state between runs in one process.

    ``sitebuild.render`` turns every Pelican warning into a failure and prints our
    ContentError as its one ``path:line: message`` line.
    """

    def __init__(self, settings_file: Path, destination: Path):
        self._log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
        self._process = subprocess.Popen(
            [sys.executable, "-m", "sitebuild.render", str(settings_file), str(destination)],
            cwd=settings_file.parent, stdout=self._log, stderr=subprocess.STDOUT, text=True,
            env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "plugins"), os.environ.get("PYTHONPATH", "")])},
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
    """One search index per language (Pagefind reads <html lang>), written into the site."""
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site), "--silent"],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        raise BuildFailed(str(_("the search index could not be built (pagefind): {output}",
                                 output=(result.stdout + result.stderr).strip())))
    # Pagefind lists the languages in hash-map order, different on every run; the same data
    # with sorted keys keeps two builds of one commit byte-identical.
    entry = site / "pagefind" / "pagefind-entry.json"
    data = json.loads(entry.read_text(encoding="utf-8"))
    entry.write_text(json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")


def swap_in(staging: Path, output: Path) -> None:
    """Replace output/ by the finished build in two renames."""
    old = None
    if output.exists():
        old = Path(tempfile.mkdtemp(prefix=".output-old-", dir=output.parent))
        os.rename(output, old / "site")
    os.rename(staging, output)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
