"""Where the site goes and the one rsync that sends it.

``DEPLOY_TARGET`` is a local folder (``/srv/site``, ``_site``) or ``user@host:/path``, the way
rsync itself tells them apart: a colon before any slash means a host. Over SSH, the port is
``DEPLOY_SSH_PORT`` (default 22), the key ``DEPLOY_SSH_KEY`` (a key file, or the private key
itself as CI secrets hold it; without it, ssh-agent and ~/.ssh), and the host key is checked
against ``DEPLOY_KNOWN_HOSTS`` (a known_hosts file or its lines), which is required: no host key
is ever trusted on first use (on a fresh CI runner that would be every run).

Before anything is sent, ``deploy.guard`` checks the target (over SSH: one ssh command asks the
server): never /, a home folder, the project or a repository, and a non-empty folder only when an
earlier publish left its marker there (or DEPLOY_FORCE=1).

The transfer is one ``rsync -a --delete-after --delay-updates``: changed files are written into
hidden ``.~tmp~`` folders and renamed into place together at the end, and files the new build no
longer has are deleted only after that, so readers never get a half-copied page, and a transfer
that breaks off leaves the live files as they were. ``/.well-known/`` on the target (ACME
challenges, security.txt put there by the host's admin) is never deleted.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from socialsite.deploy.guard import FORCE, MARKER, MARKER_TEXT, TargetRefused, check_local, check_remote, remote_script
from socialsite.messages import _

# user@host:/path, host:path, user@[::1]:/path — rsync's own rule: a colon before any slash.
_REMOTE = re.compile(r"^(?P<host>(?:[^@/:\s]+@)?(?:\[[^\]/]+\]|[^@/:\[\]\s]+)):(?P<path>.*)$")
RSYNC_OPTIONS = [
    "--archive",  # -a: recursive, permissions, links (times, owner and group: see below)
    "--no-owner",
    "--no-group",  # files belong to the deploying user on the target
    "--chmod=D755,F644",  # world-readable for the web server whatever the build folder's mode
    # Every build writes every file anew; compared by content, an unchanged page is not touched
    # at all, so its Last-Modified and ETag, and the copies browsers keep, stay valid.
    "--checksum",
    "--no-times",
    "--delete-after",
    "--delay-updates",  # readers see the old tree, then the new one
    "--filter=P /.well-known/",  # the host's own files there are never deleted
    f"--filter=P /{MARKER}",  # the marker of deploy.guard is sent each time and never deleted
    "--human-readable",
    "--stats",
]


class DeployError(Exception):
    """The deploy settings are wrong or the transfer failed; the message says which."""


@dataclass(frozen=True)
class Target:
    host: str | None  # "user@host" over SSH, None for a local folder
    path: str

    @classmethod
    def parse(cls, value: str) -> Target:
        value = (value or "").strip()
        if not value:
            raise DeployError(_("DEPLOY_TARGET is not set: a folder (/srv/site) or user@host:/path"))
        match = _REMOTE.match(value)
        if match:
            if not match["path"]:
                raise DeployError(
                    _(
                        "DEPLOY_TARGET={quoted} names no folder after the colon, e.g. {value}/srv/site",
                        quoted=repr(value),
                        value=value,
                    )
                )
            return cls(host=match["host"], path=match["path"])
        return cls(host=None, path=str(Path(value).expanduser().resolve()))

    @property
    def remote(self) -> bool:
        return self.host is not None

    def rsync_destination(self) -> str:
        path = self.path.rstrip("/") + "/"
        return f"{self.host}:{path}" if self.remote else path

    def __str__(self) -> str:
        return f"{self.host}:{self.path}" if self.remote else self.path


@dataclass(frozen=True)
class DeployConfig:
    target: Target
    ssh_port: int = 22
    ssh_key: str | None = None  # a file name or the key itself
    known_hosts: str | None = None  # a file name or known_hosts lines
    force: bool = False  # DEPLOY_FORCE=1: a non-empty folder no publish filled may be replaced

    @classmethod
    def from_environ(cls, environ=os.environ) -> DeployConfig:
        target = Target.parse(environ.get("DEPLOY_TARGET", ""))
        port_text = (environ.get("DEPLOY_SSH_PORT") or "22").strip()
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise DeployError(_("DEPLOY_SSH_PORT={value} is no port number (1-65535)", value=repr(port_text)))
        config = cls(
            target=target,
            ssh_port=int(port_text),
            ssh_key=(environ.get("DEPLOY_SSH_KEY") or "").strip() or None,
            known_hosts=(environ.get("DEPLOY_KNOWN_HOSTS") or "").strip() or None,
            force=(environ.get(FORCE) or "").strip() == "1",
        )
        if target.remote and not config.known_hosts:
            raise DeployError(
                "DEPLOY_KNOWN_HOSTS is not set: give the server's host key (a known_hosts file or its "
                "lines, from `ssh-keyscan -p PORT host` checked once by hand); no key is trusted unseen"
            )
        for name, value in (("DEPLOY_SSH_KEY", config.ssh_key), ("DEPLOY_KNOWN_HOSTS", config.known_hosts)):
            if value and not _is_inline(value) and not Path(value).expanduser().is_file():
                raise DeployError(
                    _(
                        "{name}={value}: no such file (give a file name, or the text itself)",
                        name=name,
                        value=repr(value),
                    )
                )
        return config


def _is_inline(value: str) -> bool:
    """A key or known_hosts lines rather than a file name."""
    return value.startswith("-----BEGIN") or "\n" in value or " ssh-" in value or " ecdsa-" in value


@contextmanager
def _as_file(value: str | None, folder: Path, name: str):
    """The file name of ``value``, writing it into ``folder`` (mode 600) when it is inline text."""
    if value is None or not _is_inline(value):
        yield None if value is None else str(Path(value).expanduser())
        return
    path = folder / name
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(value.strip() + "\n")  # OpenSSH refuses a key without its final newline
    yield str(path)


def ssh_command(config: DeployConfig, key_file: str | None, known_hosts_file: str | None) -> list[str]:
    command = ["ssh", "-p", str(config.ssh_port), "-o", "BatchMode=yes", "-o", "ConnectTimeout=30"]
    if key_file:
        command += ["-i", key_file, "-o", "IdentitiesOnly=yes"]
    # Only the given host keys count, never ~/.ssh/known_hosts, and an unknown key is refused.
    command += [
        "-o",
        f"UserKnownHostsFile={known_hosts_file}",
        "-o",
        "GlobalKnownHostsFile=/dev/null",
        "-o",
        "StrictHostKeyChecking=yes",
    ]
    return command


def rsync_command(
    source: Path,
    config: DeployConfig,
    *,
    key_file=None,
    known_hosts_file=None,
    dry_run: bool = False,
    marker: Path | None = None,
) -> list[str]:
    command = ["rsync", *RSYNC_OPTIONS]
    if dry_run:
        command += ["--dry-run", "--itemize-changes"]
    if config.target.remote:
        command += ["-e", shlex.join(ssh_command(config, key_file, known_hosts_file))]
    sources = [str(source).rstrip("/") + "/"] + ([str(marker)] if marker else [])
    return command + sources + [config.target.rsync_destination()]


@contextmanager
def _ssh_files(config: DeployConfig):
    """A private folder with the key and known_hosts as files (when given inline); deleted after."""
    with (
        tempfile.TemporaryDirectory(prefix="deploy-ssh-") as secrets,
        _as_file(config.ssh_key, Path(secrets), "key") as key_file,
        _as_file(config.known_hosts, Path(secrets), "known_hosts") as known_hosts_file,
    ):
        yield Path(secrets), key_file, known_hosts_file


def _check(config: DeployConfig, project: Path, key_file, known_hosts_file) -> None:
    try:
        if config.target.remote:
            check_remote(_ask_server(config, key_file, known_hosts_file), config.force)
        else:
            check_local(config.target.path, project, config.force)
    except TargetRefused as refused:
        raise DeployError(str(refused)) from None


def check_target(config: DeployConfig, project: Path) -> None:
    """deploy.guard's verdict on the target, before building: DeployError when refused."""
    with _ssh_files(config) as (_folder, key_file, known_hosts_file):
        _check(config, project, key_file, known_hosts_file)


def transfer(source, config: DeployConfig, *, project: Path, dry_run: bool = False) -> str:
    """Check the target (deploy.guard), then mirror ``source`` onto it; return rsync's summary.

    Raises DeployError; when the target is refused, nothing on it was touched.
    """
    source = Path(source)
    if not source.is_dir():
        raise DeployError(_("{source}: nothing to deploy", source=source))
    with _ssh_files(config) as (folder, key_file, known_hosts_file):
        _check(config, project, key_file, known_hosts_file)
        marker = folder / MARKER
        marker.write_text(MARKER_TEXT, encoding="utf-8")
        if not config.target.remote and not dry_run:
            Path(config.target.path).mkdir(parents=True, exist_ok=True)
        command = rsync_command(
            source, config, key_file=key_file, known_hosts_file=known_hosts_file, dry_run=dry_run, marker=marker
        )
        try:
            result = subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL)
        except FileNotFoundError:
            raise DeployError(_("rsync is not installed: apt-get install rsync (and on the server too)")) from None
    if result.returncode != 0:
        output = (result.stderr or result.stdout).strip()
        raise DeployError(
            _(
                "rsync to {target} failed (exit {code}):\n{output}",
                target=str(config.target),
                code=result.returncode,
                output=output,
            )
        )
    return result.stdout.strip()


def _ask_server(config: DeployConfig, key_file, known_hosts_file) -> str:
    """The server's answer to deploy.guard's questions about the target folder (one ssh command)."""
    command = [
        *ssh_command(config, key_file, known_hosts_file),
        config.target.host,
        "sh -c " + shlex.quote(remote_script(config.target.path)),
    ]
    try:
        result = subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)
    except FileNotFoundError:
        raise DeployError("ssh is not installed: apt-get install openssh-client") from None
    except subprocess.TimeoutExpired:
        raise DeployError(f"ssh to {config.target.host} did not answer within 120 s") from None
    if result.returncode != 0:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        raise DeployError(
            f"ssh to {config.target.host} failed (exit {result.returncode}): {lines[-1] if lines else 'no message'}"
        )
    return result.stdout
