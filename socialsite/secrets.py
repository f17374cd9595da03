"""Which environment variables are secrets, and an environment without them.

The one list: what CI passes to `make publish` (the deploy key, the host, the token GitHub adds)
and what opens the way to other machines (an ssh-agent socket, cloud credentials). The check,
Pelican, its plugins and templates, and Pagefind never need any of them, so they run in processes
whose environment has none: a template, plugin or content file that prints the environment
(a symlink to /proc/self/environ) cannot publish what those processes never received. Only the
transfer (rsync and ssh, socialsite/deploy/transfer.py) gets them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

SECRET_PREFIXES = ("DEPLOY_", "ACTIONS_", "SSH_", "AWS_", "GH_", "GITHUB_TOKEN", "NPM_TOKEN", "PYPI_", "TWINE_")
SECRET_NAMES = frozenset({"SSH_AUTH_SOCK", "SSH_AGENT_PID", "GOOGLE_APPLICATION_CREDENTIALS", "AZURE_CLIENT_SECRET"})
# Substrings that mark a secret whatever its prefix (FOO_TOKEN, MY_PASSWORD, API_KEY).
SECRET_WORDS = ("TOKEN", "SECRET", "PASSWORD", "PASSWD", "PRIVATE_KEY", "API_KEY", "CREDENTIAL")


def is_secret(name: str) -> bool:
    upper = name.upper()
    return upper in SECRET_NAMES or upper.startswith(SECRET_PREFIXES) or any(word in upper for word in SECRET_WORDS)


def without_secrets(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """A copy of ``environ`` (default os.environ) without any secret."""
    environ = os.environ if environ is None else environ
    return {name: value for name, value in environ.items() if not is_secret(name)}


def reexec_without_secrets() -> None:
    """Start this very command again in an environment without secrets, if it has any.

    Removing them from os.environ is not enough: /proc/self/environ keeps the environment the
    process started with. A new exec() is the only way the running process can forget them.
    """
    if any(is_secret(name) for name in os.environ):
        sys.stdout.flush()
        sys.stderr.flush()
        os.execve(sys.executable, [sys.executable, *sys.argv], without_secrets())
