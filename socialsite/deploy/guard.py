"""Is DEPLOY_TARGET a folder rsync --delete may mirror the site into? Asked before anything is sent.

rsync --delete makes the target an exact copy of the site: every other file there is deleted.
So the target must be a folder that is ours. Refused, whatever the flag:

- ``/``, the home folder, the current folder, the project (the folder of publishconf.py), or any
  folder that contains one of them (``.``, ``..``, ``~``, ``/home``);
- a folder holding ``.git`` (a repository, perhaps this one).

And refused unless ``DEPLOY_FORCE=1`` is set: a non-empty folder without our marker file
``.socialsite-deploy``, i.e. one that no earlier `make publish` filled. An empty or new folder is
fine. The marker is sent with every transfer (so rsync --delete never deletes it); it is how the
next publish knows the folder is the site's. Over SSH the same questions are asked of the server
with one ssh command before the transfer (``remote_state``).
"""

from __future__ import annotations

import os
import shlex
from pathlib import Path

MARKER = ".socialsite-deploy"
MARKER_TEXT = (
    "This folder is a copy of the site, written by `make publish` (rsync --delete): every other\n"
    "file here is deleted on the next publish. See socialsite/deploy/README.md.\n"
)
FORCE = "DEPLOY_FORCE"


class TargetRefused(Exception):
    """The target is not a folder the site may be mirrored into; the message says why."""


def _contains(folder: str, path: str) -> bool:
    """``folder`` is ``path`` or one of its parents (both absolute, normalised)."""
    folder = folder.rstrip("/") or "/"
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def _verdict(target: str, state: str, protected: dict[str, str], force: bool) -> None:
    """Refuse with one line, or return. ``state``: absent, empty, ours, foreign, git, notdir."""
    for what, path in protected.items():
        if _contains(target, path):
            raise TargetRefused(
                f"DEPLOY_TARGET={target} is {what} or contains it ({path}): rsync --delete would "
                "wipe it; give the folder the site alone lives in, e.g. /srv/site"
            )
    if state == "git":
        raise TargetRefused(
            f"DEPLOY_TARGET={target} holds a .git folder (a repository): refused, rsync --delete would wipe it"
        )
    if state == "notdir":
        raise TargetRefused(f"DEPLOY_TARGET={target} is a file, not a folder")
    if state == "foreign" and not force:
        raise TargetRefused(
            f"DEPLOY_TARGET={target} is not empty and no earlier `make publish` filled it "
            f"(no {MARKER} file): rsync --delete would delete its files. Empty it, pick another "
            f"folder, or set {FORCE}=1 to replace everything in it"
        )


def local_state(path: Path) -> str:
    if not path.exists():
        return "absent"
    if not path.is_dir():
        return "notdir"
    if (path / ".git").exists():
        return "git"
    if (path / MARKER).is_file():
        return "ours"
    return "foreign" if any(path.iterdir()) else "empty"


def check_local(target: str, project: Path, force: bool) -> None:
    path = Path(target).resolve()
    protected = {
        "the root folder": "/",
        "the home folder": str(Path.home().resolve()),
        "the project": str(project.resolve()),
        "the current folder": os.getcwd(),
    }
    _verdict(str(path), local_state(path), protected, force)


# One POSIX sh script for the server: the resolved path, $HOME and the state, on one line.
_REMOTE_SCRIPT = r"""t={path}
if [ ! -e "$t" ]; then r=$(cd -P -- "$(dirname -- "$t")" 2>/dev/null && pwd)/$(basename -- "$t"); s=absent
elif [ ! -d "$t" ]; then r=$t; s=notdir
else r=$(cd -P -- "$t" && pwd)
  if [ -e "$r/.git" ]; then s=git
  elif [ -f "$r/{marker}" ]; then s=ours
  elif [ -n "$(ls -A -- "$r")" ]; then s=foreign
  else s=empty; fi
fi
h=$(cd -P -- "$HOME" 2>/dev/null && pwd)
printf '%s\t%s\t%s\n' "$s" "$h" "$r"
"""


def remote_script(path: str) -> str:
    return _REMOTE_SCRIPT.format(path=shlex.quote(path), marker=MARKER)


def check_remote(answer: str, force: bool) -> None:
    """Judge the server's answer to ``remote_script``."""
    try:
        state, home, resolved = answer.strip().splitlines()[-1].split("\t")
    except (ValueError, IndexError):
        raise TargetRefused(f"the server gave no answer about DEPLOY_TARGET ({answer.strip()[:200]!r})") from None
    protected = {"the root folder": "/"}
    if home:
        protected["the home folder"] = home
    _verdict(resolved.replace("//", "/"), state, protected, force)
