"""The order of `make publish`; any failure stops it before the target is touched.

1. Read the deploy settings (DEPLOY_TARGET …) and ask ``deploy.guard`` whether the target may
   be mirrored into: a missing setting or a refused target stops here, before the slow steps.
2. In a process without secrets (``socialsite.deploy.release``), publishconf.py (SITEURL), then ``socialsite.build``: content check, Pelican, Pagefind, into a staging folder of our own
   (never output/, which stays the preview of `make html`).
3. The publish checks on that folder (``socialsite.sitechecks``, stage PUBLISH): no link to the
   development server or over http:// and no organisation fact or page text still marked to give;
   the build of step 2 already ran the rest (links, languages, landmarks, CSP, disclosure, sitemap).
4. ``compress.precompress``: .gz and .br beside every text file.
5. ``transfer.transfer``: one rsync onto the target.

Steps 1–4 only ever write into the staging folder, which is deleted at the end whatever happens.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from socialsite.build import BuildFailed, build, load_settings
from socialsite.deploy.compress import Sizes
from socialsite.deploy.compress import precompress as precompress_tree
from socialsite.deploy.transfer import DeployConfig, DeployError, check_target, transfer
from socialsite.messages import N_, _
from socialsite.sitechecks import PUBLISH, run_checks


class PublishFailed(Exception):
    """Publishing stopped; the message is what to fix. Nothing was deployed."""


@dataclass
class Release:
    """A built, checked and compressed site, ready to send."""

    root: Path
    siteurl: str
    sizes: Sizes | None = None
    timings: dict = field(default_factory=dict)


def build_release(settings_file, output, *, precompress: bool = True) -> Release:
    """Build with ``settings_file`` into ``output``, check it, and precompress it.

    Raises PublishFailed with one ``path:line: message`` line per problem.
    """
    settings_file = Path(settings_file).resolve()
    settings = load_settings(settings_file)  # publishconf.py stops here when SITEURL is unset
    timings: dict = {}
    try:
        root = build(settings_file, output, timings=timings)
    except BuildFailed as failure:
        raise PublishFailed(str(failure)) from None
    started = time.perf_counter()
    problems = run_checks(root, settings, stages=(PUBLISH,))  # build() ran the BUILD stage
    timings["checks"] = timings.get("checks", 0.0) + time.perf_counter() - started
    if problems:
        raise PublishFailed("\n".join(str(problem) for problem in problems))
    release = Release(root=root, siteurl=settings["SITEURL"], timings=timings)
    if precompress:
        started = time.perf_counter()
        release.sizes = precompress_tree(root)
        timings["precompress"] = time.perf_counter() - started
    return release


# The steps of a release, as the summary line names them.
STEPS = {
    "check": N_("check {seconds} s"),
    "pelican": N_("Pelican {seconds} s"),
    "pagefind": N_("search index {seconds} s"),
    "checks": N_("checks of the built site {seconds} s"),
    "precompress": N_("compression {seconds} s"),
}
_KEPT_STATS = (
    "Number of created files",
    "Number of deleted files",
    "Number of regular files transferred",
    "Total transferred file size",
)


def summarize(rsync_output: str) -> str:
    """What rsync changed: its itemized lines (--dry-run) and the counts, not its speed figures."""
    lines = rsync_output.splitlines()
    itemized = [line for line in lines if re.match(r"^[<>ch.*][fdLDS*]", line) or line.startswith("*deleting")]
    return "\n".join(itemized + [line for line in lines if line.startswith(_KEPT_STATS)])


def publish(settings_file, environ=None, *, precompress: bool = True, dry_run: bool = False, report=print) -> Release:
    """Build, check, precompress and deploy to DEPLOY_TARGET; raise PublishFailed on any problem.

    The returned release's folder is already deleted: only its address, sizes and timings remain.
    """
    from socialsite.deploy.release import (
        ReleaseFailed,
        build_isolated,
    )  # here: `python -m deploy.release` imports this module

    environ = os.environ if environ is None else environ
    settings_file = Path(settings_file).resolve()
    try:
        config = DeployConfig.from_environ(environ)
        check_target(config, project=settings_file.parent)
    except DeployError as error:
        raise PublishFailed(str(error)) from None
    with tempfile.TemporaryDirectory(prefix="publish-") as staging:
        root = Path(staging) / "site"
        try:
            result = build_isolated(settings_file, root, precompress=precompress)
        except ReleaseFailed as failure:
            if failure.settings_refused:
                raise SystemExit(str(failure)) from None  # publishconf.py's own one line
            raise PublishFailed(str(failure)) from None
        release = Release(
            root=root,
            siteurl=result["siteurl"],
            timings=result["timings"],
            sizes=Sizes(**result["sizes"]) if result["sizes"] else None,
        )
        report(
            _(
                "Built and checked {siteurl}: {timings}",
                siteurl=release.siteurl,
                timings=", ".join(
                    str(_(STEPS.get(step, step), seconds=f"{seconds:.1f}")) for step, seconds in release.timings.items()
                ),
            )
        )
        if release.sizes:
            report(_("Precompressed {sizes}", sizes=str(release.sizes)))
        started = time.perf_counter()
        try:
            summary = transfer(release.root, config, dry_run=dry_run, project=settings_file.parent)
        except DeployError as error:
            raise PublishFailed(str(error)) from None
        release.timings["transfer"] = time.perf_counter() - started
        report(summarize(summary))
        done = (
            N_("Would deploy {siteurl} to {target} in {seconds} s")
            if dry_run
            else N_("Deployed {siteurl} to {target} in {seconds} s")
        )
        report(
            _(done, siteurl=release.siteurl, target=str(config.target), seconds=f"{release.timings['transfer']:.1f}")
        )
    return release
