"""output/ as a symlink to a versioned folder, flipped in one rename: never missing, never half.

A build writes into ``.output-<random>/`` beside output/ (``.<name>-<random>`` for an output
folder of another name: two outputs in one folder, as the benchmark has, keep apart), and when that is whole it makes a new
symlink and renames it over output/ (``os.replace``, one rename(2)): a reader, `make serve` or a
kill -9 at any moment finds output/ pointing to the previous site or to the new one, never to
nothing. The previous folder is deleted afterwards; one left by a killed build (a staging folder,
or a previous version not yet deleted) is deleted by the next build and by `make clean`.

Every delete is guarded: only a real folder (never a symlink) directly beside output/ whose name
is ``.output-`` and eight random characters; shutil.rmtree does not follow symlinks inside it. Builds into one
folder take turns (an flock on the parent folder), so one never deletes another's staging.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import secrets
import shutil
import tempfile
from contextlib import contextmanager
from glob import escape as glob_escape
from pathlib import Path


def refusal(output: Path, keep: list[Path]):
    """Why ``output`` may not be the build's output folder (a message), or None.

    A build replaces its output folder as a whole and deletes what it held before, so a mistyped
    output (``content``, ``.``, a home folder) must be refused before anything is written: a folder
    that holds one of ``keep`` (the project, its content) or a repository, and a real folder that
    is neither empty nor a site an earlier build wrote (it has index.html).
    """
    from socialsite.messages import _  # only a refusal speaks

    where = output.resolve() if output.exists() else output.absolute()
    for path in keep:
        path = path.resolve()
        if where == path or where in path.parents:
            return _(
                "{output}: holds {path}; the build replaces its output folder as a whole, so give another one "
                "(it was not touched)",
                output=output,
                path=path,
            )
    if output.is_symlink() or not output.exists():
        return None  # a link is replaced, never followed to delete; nothing there is nothing to lose
    if not output.is_dir():
        return _("{output}: is a file, not a folder; give another output folder (it was not touched)", output=output)
    entries = {entry.name for entry in output.iterdir()}
    if entries and ("index.html" not in entries or ".git" in entries):
        return _(
            "{output}: is a folder of other files, not a site a build wrote; the build replaces its output "
            "folder as a whole, so give an empty or new one (it was not touched)",
            output=output,
        )
    return None


def prefix(output: Path) -> str:
    return f".{output.name}-"


def _named_ours(path: Path, output: Path) -> bool:
    """``.output-`` and mkdtemp's eight characters (or our link-/old- names), beside output/."""
    return (
        path.parent == output.parent
        and re.fullmatch(re.escape(prefix(output)) + r"(?:link-|old-)?[a-z0-9_]{8}", path.name) is not None
    )


@contextmanager
def locked(parent: Path):
    """Hold an exclusive lock on ``parent`` (the folder output/ is in) while building into it."""
    descriptor = os.open(parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)


def new_staging(output: Path) -> Path:
    return Path(tempfile.mkdtemp(prefix=prefix(output), dir=output.parent))


def current(output: Path) -> Path | None:
    """The versioned folder output/ points to, if it is one of ours."""
    if not output.is_symlink():
        return None
    target = output.parent / os.readlink(output)
    return target if _ours(target, output) else None


def _ours(path: Path, output: Path) -> bool:
    return _named_ours(path, output) and not path.is_symlink() and path.is_dir()


def _remove(path: Path, output: Path) -> None:
    if path.is_symlink() and _named_ours(path, output):
        path.unlink()  # a half-made link of a killed swap; the link only, never what it names
    elif _ours(path, output):
        shutil.rmtree(path, ignore_errors=True)


def remove_leftovers(output: Path, keep: Path | None = None) -> None:
    """Delete our staging and previous folders beside output/, except the live one and ``keep``."""
    live = current(output)
    for path in output.parent.glob(glob_escape(prefix(output)) + "*"):
        if path not in (live, keep):
            _remove(path, output)


def swap_in(staging: Path, output: Path) -> None:
    """Point output/ at ``staging`` with one rename, then delete what it pointed to before."""
    parent = output.parent
    previous = current(output)
    if output.exists() and not output.is_symlink():
        # An output/ folder from before this layout (or copied in by hand): moved aside once,
        # the only moment output/ is missing, and then deleted like any previous version.
        previous = parent / f"{prefix(output)}old-{secrets.token_hex(4)}"
        os.rename(output, previous)
    link = parent / f"{prefix(output)}link-{secrets.token_hex(4)}"
    os.symlink(staging.name, link)  # relative: the project may move
    os.replace(link, output)
    if previous is not None and previous != staging:
        _remove(previous, output)


def clean(output: Path) -> None:
    """`make clean`: output/ and every versioned folder beside it."""
    if not output.parent.is_dir():
        return
    with locked(output.parent):
        if output.is_symlink():
            output.unlink()
        elif output.is_dir():
            shutil.rmtree(output)
        remove_leftovers(output)


def problems(site: Path, search: bool) -> list[str]:
    """What is missing or empty in a finished build; it is swapped in only when this is empty."""
    found = []
    index = site / "index.html"
    if not index.is_file() or index.stat().st_size == 0:
        found.append("index.html is missing or empty")
    if not search:
        return found
    pagefind = site / "pagefind"
    entry = pagefind / "pagefind-entry.json"
    try:
        languages = json.loads(entry.read_text(encoding="utf-8")).get("languages")
    except (OSError, ValueError, AttributeError):
        languages = None
    if not languages:
        found.append(f"{entry.relative_to(site)} is missing, empty or names no language")
    for folder in ("index", "fragment"):
        if not any((pagefind / folder).glob("*")):
            found.append(f"pagefind/{folder}/ is missing or empty")
    for path in sorted(pagefind.rglob("*")):
        if path.is_file() and path.stat().st_size == 0:
            found.append(f"{path.relative_to(site)} is empty")
    return found
