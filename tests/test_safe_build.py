"""`make html` against a bad day: secrets in the environment, kill -9, a cut-short cache, a full
or read-only disk. Each runs the real command (``invoke build``) on a copy of the project and
asserts: non-zero (or success with a notice), one plain line, no traceback, output/ whole and as
it was. Disks are real: a tmpfs mounted for the test (as root, or through passwordless sudo as
on CI runners), else the test is skipped (a failure under CI).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support import ROOT, missing

FAKE_KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\\nFAKEKEY1234567890secret\\n-----END OPENSSH PRIVATE KEY-----"
HINT = "Svetainė nepakeista"  # the last line of a failed build, in the default language

# A Pelican plugin that publishes what its process can see, as a hostile plugin or template would.
LEAK_PLUGIN = """
import os
from pathlib import Path
from pelican import signals

def leak(pelican):
    with open("/proc/self/environ", "rb") as handle:
        seen = handle.read().replace(b"\\0", b"\\n")
    Path(pelican.output_path, "environ.txt").write_bytes(seen + "\\n".join(os.environ).encode())

def register():
    signals.finalized.connect(leak)
"""


def tree(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(Path(root).rglob("*"))
        if p.is_file()
    }


def run_build(project, output=None, timeout=300, **environ) -> subprocess.CompletedProcess:
    """The real `make html` command on the project copy."""
    return subprocess.run(
        project.make_html(output),
        capture_output=True,
        text=True,
        cwd=project.root,
        timeout=timeout,
        env={**os.environ, **environ},
    )


def error_lines(stderr: str) -> list[str]:
    """What the build said, without the house's closing hint."""
    return [line for line in stderr.splitlines() if line.strip() and not line.startswith(HINT)]


def assert_whole(output: Path) -> None:
    """output/ is a whole site: index.html and every Pagefind file present and non-empty."""
    assert output.is_dir(), f"{output} is missing"
    assert (output / "index.html").stat().st_size > 0
    entry = output / "pagefind" / "pagefind-entry.json"
    assert entry.stat().st_size > 0
    files = [p for p in (output / "pagefind").rglob("*") if p.is_file()]
    assert any(p.parent.name == "fragment" for p in files) and any(p.parent.name == "index" for p in files)
    assert all(p.stat().st_size > 0 for p in files), [p for p in files if p.stat().st_size == 0]


def as_root(command: list[str]) -> list[str]:
    """``command`` as root: itself when we are root, else through sudo that asks no password."""
    return command if os.geteuid() == 0 else ["sudo", "-n", *command]


@pytest.fixture
def tmpfs(tmp_path):
    """Mount a tmpfs of the given size (bytes) at a fresh folder; unmounted after the test."""
    mounted = []

    def mount(size: int, name: str = "disk") -> Path:
        point = tmp_path / name
        point.mkdir()
        owner = f",uid={os.getuid()},gid={os.getgid()}"  # writable by the user the build runs as
        result = subprocess.run(
            as_root(["mount", "-t", "tmpfs", "-o", f"size={size}{owner}", "tmpfs", str(point)]),
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            missing(f"cannot mount a tmpfs here: {result.stderr.strip()}")
        mounted.append(point)
        return point

    yield mount
    for point in reversed(mounted):
        subprocess.run(as_root(["umount", "-l", str(point)]), capture_output=True)


# --- secrets ------------------------------------------------------------------------------------


def test_no_secret_reaches_pelican_its_plugins_or_the_check(project):
    plugins = project.root / "testplugins"
    plugins.mkdir()
    (plugins / "leak.py").write_text(LEAK_PLUGIN, encoding="utf-8")
    with open(project.root / "pelicanconf.py", "a", encoding="utf-8") as settings:
        settings.write(f"\nPLUGIN_PATHS = [{str(plugins)!r}]\nPLUGINS = PLUGINS + ['leak']\n")

    result = run_build(
        project,
        DEPLOY_SSH_KEY=FAKE_KEY,
        DEPLOY_TARGET="deploy@example.lt:/srv/site",
        GITHUB_TOKEN="ghs_faketoken",
        SSH_AUTH_SOCK="/tmp/agent.sock",
        MY_API_TOKEN="t0ken",
    )

    assert result.returncode == 0, result.stderr
    leaked = (project.output / "environ.txt").read_text(encoding="utf-8")
    assert "PATH=" in leaked  # the plugin ran and saw its environment
    for secret in ("FAKEKEY1234567890secret", "DEPLOY_", "ghs_faketoken", "SSH_AUTH_SOCK", "t0ken"):
        assert secret not in leaked, secret


def test_the_check_process_forgets_the_secrets_it_was_started_with(tmp_path):
    """`invoke build` and `invoke check` start again without secrets: even /proc/self/environ forgets them."""
    script = tmp_path / "show.py"
    script.write_text(
        "from socialsite.secrets import reexec_without_secrets\nreexec_without_secrets()\n"
        "print(open('/proc/self/environ', 'rb').read().replace(b'\\0', b'\\n').decode())\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "DEPLOY_SSH_KEY": FAKE_KEY, "ACTIONS_RUNTIME_TOKEN": "rt"},
    )
    assert result.returncode == 0, result.stderr
    assert "PATH=" in result.stdout
    assert "FAKEKEY" not in result.stdout and "ACTIONS_RUNTIME_TOKEN" not in result.stdout


# --- atomic swap ----------------------------------------------------------------------------------


def test_kill_9_at_any_moment_leaves_a_whole_output(project):
    first = run_build(project)
    assert first.returncode == 0, first.stderr
    assert project.output.is_symlink()
    started = time.monotonic()
    second = run_build(project)
    assert second.returncode == 0, second.stderr
    duration = time.monotonic() - started
    project.write("news/lt/2024-02-01-kill.md", "Title: Nužudytas\nDate: 2024-02-01\nCategory: Naujienos\n\nTekstas.\n")

    for step in range(1, 11):  # ten moments spread over a build, the last just at its end
        process = subprocess.Popen(
            project.make_html(),
            cwd=project.root,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(duration * step / 10)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)  # the whole group: invoke, Pelican, Pagefind
        process.wait()
        assert_whole(project.output)

    last = run_build(project)
    assert last.returncode == 0, last.stderr
    assert_whole(project.output)
    assert (project.output / "news" / "nuzudytas.html").is_file()
    # The staging folders of the killed builds are gone: only the live version is left.
    assert [p.name for p in project.root.glob(".output-*")] == [os.readlink(project.output)]


def test_make_clean_removes_our_versions_and_nothing_else(project, tmp_path):
    assert run_build(project).returncode == 0
    stale = project.root / ".output-stale_42"  # as mkdtemp names them: eight characters
    stale.mkdir()
    outside = tmp_path / "precious"
    outside.mkdir()
    (outside / "sentinel").write_text("keep")
    (project.root / ".output-evil_123").symlink_to(outside)  # a symlink named like ours: never followed
    (project.root / ".output-notes").mkdir()  # not a name a build gives: kept
    shutil.copy(ROOT / "tasks.py", project.root / "tasks.py")  # `make clean` of that copy

    result = subprocess.run(
        [sys.executable, "-m", "invoke", "-r", str(project.root), "clean"],
        capture_output=True,
        text=True,
        cwd=project.root,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert not project.output.exists() and not project.output.is_symlink()
    assert [p.name for p in project.root.glob(".output-*")] == [".output-notes"]
    assert (outside / "sentinel").read_text() == "keep"
    assert (project.root / "content").is_dir()


def test_two_outputs_in_one_folder_keep_their_versions_apart(project, tmp_path):
    """As the benchmark builds out/full and out/no_disclosure side by side."""
    from support import build

    first, second = tmp_path / "out" / "full", tmp_path / "out" / "full-x"
    build(project.root / "pelicanconf.py", first, search=False)
    build(project.root / "pelicanconf.py", second, search=False)
    build(project.root / "pelicanconf.py", first, search=False)
    assert (first / "index.html").is_file() and (second / "index.html").is_file()


# --- the content cache ----------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["content", ".", "..", "notes", "notes.txt"])
def test_an_output_folder_that_is_not_a_site_is_refused_and_left_as_it_was(project, where):
    """The build replaces its output folder whole: a mistyped one (the content, the project, a
    folder of other files, a file) is refused in one line before anything is written."""
    (project.root / "notes").mkdir()
    (project.root / "notes" / "letter.txt").write_text("keep me", encoding="utf-8")
    (project.root / "notes.txt").write_text("keep me too", encoding="utf-8")
    before = tree(project.root)

    result = run_build(project, output=project.root / where, LANGUAGE="en")

    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and "it was not touched" in lines[0], result.stderr  # the refusal, then "not changed"
    assert "Traceback" not in result.stderr
    assert tree(project.root) == before


def test_an_output_folder_an_earlier_build_wrote_by_hand_is_replaced(project):
    """A plain output/ folder holding a site (from before output/ became a link) is taken over."""
    project.output.mkdir()
    (project.output / "index.html").write_text("<!doctype html><title>old</title>", encoding="utf-8")
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    assert project.output.is_symlink() and "old" not in (project.output / "index.html").read_text(encoding="utf-8")


def test_a_cut_short_cache_is_discarded_with_one_notice(project):
    assert run_build(project).returncode == 0
    cache = project.root / ".cache" / "ArticlesGenerator-Readers"
    data = cache.read_bytes()
    cache.write_bytes(data[: len(data) // 2])  # as a kill during Pelican's write leaves it

    result = run_build(project)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    (notice,) = [line for line in result.stderr.splitlines() if line.strip()]
    assert notice.startswith(f"{cache}: the content cache was cut short")
    assert_whole(project.output)
    again = run_build(project)  # the cache written by that build is whole again
    assert again.returncode == 0 and again.stderr.strip() == ""


# --- full and read-only disks ---------------------------------------------------------------------


def allocated(root: Path) -> int:
    return sum(p.lstat().st_blocks * 512 for p in root.rglob("*"))


@pytest.mark.parametrize("room_for", ["half the pages", "the pages and half the search index"])
def test_a_full_disk_stops_the_build_in_one_line_and_keeps_output(project, tmpfs, room_for):
    disk = tmpfs(64 * 1024 * 1024)
    output = disk / "output"
    assert run_build(project, output=output).returncode == 0
    before = tree(output)
    site = output.resolve()
    search, pages = allocated(site / "pagefind"), allocated(site) - allocated(site / "pagefind")
    room = pages // 2 if room_for == "half the pages" else pages + search // 2
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    with open(disk / "filler", "wb") as filler:  # the rest of the disk is taken
        filler.truncate(0)
        filler.write(b"\0" * max(free - room, 0))

    result = run_build(project, output=output)

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(error_lines(result.stderr)) == 1, result.stderr
    assert tree(output) == before
    assert_whole(output)


def test_a_read_only_output_folder_is_one_line(project, tmpfs):
    disk = tmpfs(64 * 1024 * 1024)
    output = disk / "output"
    assert run_build(project, output=output).returncode == 0
    before = tree(output)
    assert subprocess.run(as_root(["mount", "-o", "remount,ro", str(disk)]), capture_output=True).returncode == 0

    result = run_build(project, output=output)

    assert result.returncode != 0
    (line,) = error_lines(result.stderr)
    assert line.startswith(f"{disk}") and "Read-only file system" in line, result.stderr
    assert tree(output) == before


def test_pagefind_writes_the_same_bytes_on_tmpfs_and_ext4(project, tmpfs, tmp_path):
    """Pagefind is fed each page as Pelican writes it (socialsite.build.search): the index must
    depend neither on the disk (folder order: hash order on ext4, newest first on tmpfs) nor on
    the Python hash seed of the Pelican process (the order Pelican reads and writes pages in)."""
    copies = []
    for place, seed in ((tmpfs(64 * 1024 * 1024) / "output", "1"), (tmp_path / "ext4" / "output", "2")):
        place.parent.mkdir(exist_ok=True)
        assert run_build(project, output=place, PYTHONHASHSEED=seed).returncode == 0
        copies.append(tree(place / "pagefind"))
    assert copies[0] and copies[0] == copies[1]


def test_the_index_fed_while_rendering_is_the_one_pagefind_makes_of_the_site(project, tmp_path):
    """Pages reach Pagefind as Pelican writes them, list pages (no data-pagefind-body) not at all:
    the same pages are indexed, with the same words and metadata, as when Pagefind reads the
    finished site (a fragment file is named by the hash of its content)."""
    assert run_build(project).returncode == 0
    site = tmp_path / "read-by-pagefind"
    shutil.copytree(project.output.resolve(), site, ignore=shutil.ignore_patterns("pagefind"))
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--silent"], check=True, capture_output=True)
    ours = sorted(p.name for p in (project.output / "pagefind" / "fragment").iterdir())
    theirs = sorted(p.name for p in (site / "pagefind" / "fragment").iterdir())
    assert ours and ours == theirs


# --- make serve -----------------------------------------------------------------------------------


def test_make_serve_works_in_a_path_with_spaces(tmp_path):
    import socket
    import urllib.request

    root = tmp_path / "my site 'x'"
    root.mkdir()
    shutil.copy(ROOT / "tasks.py", root / "tasks.py")
    (root / "output").mkdir()
    (root / "output" / "index.html").write_text("<!doctype html><title>t</title>served", encoding="utf-8")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "invoke", "-r", str(root), "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/index.html", timeout=5) as response:
                    assert response.read().endswith(b"served")
                break
            except OSError:
                assert server.poll() is None, f"make serve stopped with exit {server.returncode}"
                assert time.monotonic() < deadline, "make serve did not answer within 30 s"
                time.sleep(0.2)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)
