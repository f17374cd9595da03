"""``python -m deploy.release SETTINGS FOLDER [--no-precompress]``: build_release in a process
that holds no secret.

`make publish` reads DEPLOY_SSH_KEY and the other secrets, and only its transfer (rsync, ssh)
needs them. Building runs content checks, Pelican with its plugins and templates, and Pagefind;
here they run in a fresh process started with ``socialsite.secrets.without_secrets``, so not even
/proc/self/environ of the process that reads content shows a secret. The result goes back to
``deploy.publish`` as one JSON line on stdout; problems as lines on stderr.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

from socialsite.secrets import without_secrets

SETTINGS_REFUSED = 3  # publishconf.py stopped (SITEURL unset or not https): its own one line


class ReleaseFailed(Exception):
    def __init__(self, message: str, settings_refused: bool = False):
        super().__init__(message)
        self.settings_refused = settings_refused


def build_isolated(settings_file: Path, folder: Path, *, precompress: bool) -> dict:
    """Run this module in a secret-free process; return its result (siteurl, timings, sizes)."""
    command = [sys.executable, "-m", "socialsite.deploy.release", str(settings_file), str(folder)]
    if not precompress:
        command.append("--no-precompress")
    environ = without_secrets()
    result = subprocess.run(
        command, env=environ, capture_output=True, text=True, stdin=subprocess.DEVNULL, cwd=settings_file.parent
    )
    if result.returncode != 0:
        message = result.stderr.strip() or f"the build stopped (exit {result.returncode})"
        raise ReleaseFailed(message, settings_refused=result.returncode == SETTINGS_REFUSED)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    from socialsite.deploy.publish import PublishFailed, build_release

    settings_file, folder, *options = argv
    try:
        release = build_release(settings_file, folder, precompress="--no-precompress" not in options)
    except PublishFailed as failure:
        print(failure, file=sys.stderr)
        return 1
    except SystemExit as stop:  # publishconf.py refusing SITEURL: its message, nothing else
        print(stop.code if isinstance(stop.code, str) else "publishconf.py stopped", file=sys.stderr)
        return SETTINGS_REFUSED
    print(
        json.dumps(
            {
                "siteurl": release.siteurl,
                "timings": release.timings,
                "sizes": asdict(release.sizes) if release.sizes else None,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
