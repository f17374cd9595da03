"""Hostile or careless content: each exact input ends in one clear line and an untouched site.

Symbolic links and links climbing out of content/, HTML that would run or load something, the
importer's escaped text, what the Content-Security-Policy would block, uploaded SVGs and
decompression bombs, a hostile registry, empty header fields, a title too long for a file name.
Builds are real (`invoke build`, or Pelican alone as `make devserver` runs it, without the check).
"""

from __future__ import annotations

import hashlib
import os
import struct
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest
from PIL import Image
from test_check import TODAY, real_settings

from socialsite.errors import display_path
from socialsite.html_policy import sanitise
from socialsite.importer import import_files
from socialsite.importer.newarticle import NewArticleRefused, new_article
from socialsite.messages import set_language
from socialsite.rules import check_site
from socialsite.rules.html_rules import Renderer
from support import ROOT, Site

FAKE_KEY = "-----BEGIN OPENSSH PRIVATE KEY----- FAKE-deploy-key-4f1c9e -----END OPENSSH PRIVATE KEY-----"
ARTICLE = "Title: Bandymas\nDate: 2024-01-02\nCategory: Naujienos\n\n{body}\n"


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def files_holding(folder: Path, secret: str) -> list[str]:
    return [
        str(p) for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and secret.encode() in p.read_bytes()
    ]


def invoke_build(project, **environ) -> subprocess.CompletedProcess:
    return subprocess.run(
        project.make_html(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, **environ},
    )


def pelican_only(project, output: Path, **environ) -> subprocess.CompletedProcess:
    """Pelican as `make devserver` runs it: no content check first, only the plugins."""
    return subprocess.run(
        [sys.executable, "-m", "socialsite.build.render", str(project.root / "pelicanconf.py"), str(output)],
        cwd=project.root,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, **environ},
    )


def check(project, lang="en"):
    settings = {
        **real_settings(),
        "PATH": str(project.root / "content"),
        "PROJECTS_PATH": str(project.root / "content" / "projects"),
    }
    return check_site(settings, lang=lang, today=TODAY)


def at(project, relative: str) -> str:
    return display_path(str(project.root / "content" / relative))


# --- 1. symbolic links and paths ------------------------------------------------------------


def test_a_symlink_to_the_environment_fails_the_build_and_leaks_nothing(project):
    project.build()
    before = tree_digest(project.output)
    link = project.root / "content" / "images" / "nuotrauka.jpg"
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to("/proc/self/environ")
    project.write("news/lt/2024-01-02-bandymas.md", ARTICLE.format(body="![Salė]({static}/images/nuotrauka.jpg)"))

    result = invoke_build(project, DEPLOY_SSH_KEY=FAKE_KEY)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    # one line, `path: message` (a link has no line), in Lithuanian like every build message
    [line, last] = result.stderr.strip().split("\n")
    assert line.startswith(f"{display_path(str(link))}: tai simbolinė nuoroda (į /proc/self/environ)")
    assert last == "Svetainė nepakeista: pataisykite aukščiau nurodytas eilutes ir kurkite dar kartą."
    assert tree_digest(project.output) == before
    assert files_holding(project.root.parent, "FAKE-deploy-key") == []
    # make check says the same
    [error] = check(project)
    assert str(error).startswith(f"{display_path(str(link))}: this is a symbolic link (to /proc/self/environ)")


def test_pelican_alone_refuses_links_too(project, tmp_path):
    """`make devserver` runs no check: the reader refuses what is not a real file inside content/."""
    (project.root / "content" / "images").mkdir(exist_ok=True)
    (project.root / "content" / "images" / "a.jpg").symlink_to("/proc/self/environ")
    output = tmp_path / "devserver-output"
    result = pelican_only(project, output, DEPLOY_SSH_KEY=FAKE_KEY)
    assert result.returncode == 1
    assert "atmesta: tai simbolinė nuoroda arba kelias už turinio aplanko ribų" in result.stderr  # in Lithuanian
    assert files_holding(tmp_path, "FAKE-deploy-key") == []


def test_a_symlinked_article_is_never_read(project):
    secret = project.root.parent / "secret.md"
    secret.write_text("Title: x\nPassword: hunter2-secret\nbroken header line\n", encoding="utf-8")
    (project.root / "content" / "news" / "lt" / "x.md").symlink_to(secret)
    errors = check(project)
    assert [(e.path, e.line) for e in errors] == [(str(project.root / "content" / "news" / "lt" / "x.md"), 0)]
    assert "hunter2" not in str(errors) and "broken header" not in str(errors)


def test_a_symlink_in_the_registry_is_one_line_and_never_read(project):
    link = project.root / "content" / "projects" / "07-999-P-0001.yaml"
    link.symlink_to("/proc/self/environ")
    assert [str(e) for e in check(project)] == [
        f"{display_path(str(link))}: this is a symbolic link (to /proc/self/environ); the site publishes only real "
        "files from content/: delete the link and put the file itself here"
    ]


def test_a_static_link_climbing_out_of_content_is_refused_with_its_line(project, tmp_path):
    project.write(
        "news/lt/2024-01-02-bandymas.md",
        ARTICLE.format(
            body="Pirmoji pastraipa.\n\n[slaptažodžiai]({static}/../../etc/passwd) ir [nustatymai]({static}/../pelicanconf.py)"
        ),
    )
    errors = check(project, lang="lt")
    path = at(project, "news/lt/2024-01-02-bandymas.md")
    assert [str(e).split(": ", 1)[0] for e in errors] == [f"{path}:7", f"{path}:7"]
    assert all("veda už turinio aplanko ribų" in e.message for e in errors)
    # Pelican alone would copy ../pelicanconf.py to output/../pelicanconf.py: refused instead
    output = tmp_path / "out" / "site"
    result = pelican_only(project, output)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert not (output.parent / "pelicanconf.py").exists()


# --- 2. HTML in Markdown ----------------------------------------------------------------------

HOSTILE = [
    ("<script>alert(1)</script>", "<script> is page code, not text"),
    ('<img src="{static}/images/foto.png" alt="Foto" onerror="alert(1)">', "the attribute onerror=… runs JavaScript"),
    ("[spausk](javascript:alert(1))", "the address 'javascript:alert(1)' is not allowed"),
    ('<a href="JaVaScRiPt&colon;alert(1)">x</a>', "the address 'JaVaScRiPt:alert(1)' is not allowed"),
    ('<iframe srcdoc="<script>alert(1)</script>"></iframe>', "<iframe> embeds content from another site"),
    ('<object data="https://evil.example/x.swf"></object>', "<object> embeds content from another site"),
    ('<embed src="https://evil.example/x.swf">', "<embed> embeds content from another site"),
    (
        '<form action="https://evil.example/"><button formaction="javascript:alert(1)">Siųsti</button></form>',
        "forms cannot be used in news: the site removes <form>",
    ),
    ('<meta http-equiv="refresh" content="0;url=https://evil.example/">', "<meta> is page code, not text"),
    ('<p style="position:fixed;top:0;left:0;width:100%">Netikras pranešimas</p>', "style=… is not allowed"),
    ("<style>body { display: none }</style>", "<style> is page code, not text"),
    ("<svg><script>alert(1)</script></svg>", "<svg> is page code, not text"),
    (
        "![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
        "the address 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=' is not allowed",
    ),
    (
        '<div class="eu-disclosure" data-project-disclosure="07-003-P-0001">Netikras ES blokas</div>',
        "the class 'eu-disclosure' is not allowed in the text",
    ),
]


@pytest.mark.parametrize(("html", "message"), HOSTILE, ids=[h[0][:30] for h in HOSTILE])
def test_make_check_names_the_line_of_what_the_filter_would_remove(tmp_path, html, message):
    article = tmp_path / "news" / "lt" / "a.md"
    article.parent.mkdir(parents=True)
    (tmp_path / "images").mkdir()
    Image.new("RGB", (4, 3)).save(tmp_path / "images" / "foto.png")
    article.write_text(ARTICLE.format(body=f"Pirmoji pastraipa.\n\nAntroji {html} pastraipa.\n"), encoding="utf-8")
    errors = check_site(real_settings(), tmp_path, lang="en", today=TODAY)
    assert errors, html
    assert {(e.path, e.line) for e in errors} == {(str(article), 7)}
    assert any(e.message.startswith(message) for e in errors), [e.message for e in errors]


def test_an_aligned_table_column_is_named_with_its_fix(tmp_path):
    article = tmp_path / "news" / "lt" / "a.md"
    article.parent.mkdir(parents=True)
    article.write_text(
        ARTICLE.format(body="Tekstas.\n\n| Diena | Kaina |\n|:------|------:|\n| Pirmadienis | 5 |"), encoding="utf-8"
    )
    [error] = check_site(real_settings(), tmp_path, lang="en", today=TODAY)
    assert error.line == 8 and error.message.startswith("aligned table columns (':---', '---:') are not allowed")


def test_what_reaches_the_page_is_filtered_and_our_own_additions_stay(project, tmp_path):
    """Pelican alone (as `make devserver`): every hostile input above is gone from the page."""
    (project.root / "content" / "images").mkdir(exist_ok=True)
    Image.new("RGB", (40, 30)).save(project.root / "content" / "images" / "foto.png")
    body = "\n\n".join(f"Pastraipa {html} tekstas." for html, _message in HOSTILE)
    body += (
        '\n\n<span lang="en">Kept</span>, <abbr title="Europos Sąjunga">ES</abbr> ir išnaša[^1].\n\n'
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n[^1]: Išnašos tekstas.\n"
    )
    project.write(
        "news/lt/2024-01-02-bandymas.md",
        ARTICLE.format(body=body).replace("Category: Naujienos", "Category: Naujienos\nProject: 07-003-P-0001"),
    )
    output = tmp_path / "out"
    result = pelican_only(project, output)
    assert result.returncode == 0, result.stderr
    page = Site(output).soup("news/bandymas.html")
    content = page.select_one("main article")
    for name in ("script", "iframe", "object", "embed", "form", "button", "meta", "style", "svg"):
        assert content.find(name) is None, name
    for tag in content.find_all(True):
        for attribute, value in tag.attrs.items():
            assert not attribute.startswith("on") and attribute not in ("style", "srcdoc", "formaction")
            text = " ".join(value) if isinstance(value, list) else value
            assert not text.strip().lower().startswith(("javascript:", "data:")), (tag.name, attribute)
    # the only EU block is the theme's; the fake one lost its class and its data attribute
    assert len(page.select("[data-project-disclosure]")) == 1
    assert len(page.select(".eu-disclosure")) == 1
    assert "Netikras ES blokas" in content.get_text()
    # what is allowed stays, and content_images still sizes the picture after the filter
    img = content.find("img", alt="Foto")
    assert (img["width"], img["height"]) == ("40", "30")
    assert img.get("fetchpriority") == "high"  # the page's first picture loads at once (content_images)
    assert content.find("span", lang="en").get_text() == "Kept"
    assert content.find("abbr")["title"] == "Europos Sąjunga"
    assert content.find("table") and content.select_one("div.footnote") and content.select_one("a.footnote-ref")


def test_the_real_content_builds_byte_identical_with_the_filter(tmp_path):
    """The shipped news and pages pass the filter unchanged: filtering is a no-op for them."""
    render = Renderer(real_settings())
    for path in sorted((ROOT / "content").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        body = text.split("\n\n", 1)[1] if "\n\n" in text else ""
        html = render(body)
        assert sanitise(html) == html, path


# --- 3. the importer keeps escaped text as text ----------------------------------------------


@pytest.mark.parametrize(
    ("name", "legacy"),
    [
        (
            "a.html",
            "<p>Nauja žinia</p><p>Kodas &lt;script&gt;alert(1)&lt;/script&gt; ir "
            "&lt;iframe srcdoc=&quot;&lt;script&gt;alert(2)&lt;/script&gt;&quot;&gt;&lt;/iframe&gt; lieka tekstu.</p>",
        ),
        (
            "a.txt",
            'Nauja žinia\n\nKodas &lt;script&gt;alert(1)&lt;/script&gt; ir <iframe srcdoc="x"></iframe> lieka tekstu.\n',
        ),
    ],
)
def test_escaped_html_in_legacy_text_stays_visible_text(tmp_path, name, legacy):
    source = tmp_path / name
    source.write_text(legacy, encoding="utf-8")
    lines, ok = import_files([str(source)], tmp_path / "out", settings=real_settings(), lang="en")
    assert ok, lines
    [article] = (tmp_path / "out").glob("*.md")
    body = article.read_text(encoding="utf-8").split("\n\n", 1)[1]
    html = Renderer(real_settings())(body)
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("script") is None and soup.find("iframe") is None
    assert "alert(1)" in soup.get_text() and "iframe" in soup.get_text()
    assert sanitise(html) == html  # nothing for the filter to remove: the text was never HTML


# --- 4. what the Content-Security-Policy would block -----------------------------------------


def test_external_video_and_pictures_are_refused_with_the_fix(tmp_path):
    article = tmp_path / "news" / "lt" / "a.md"
    article.parent.mkdir(parents=True)
    article.write_text(
        ARTICLE.format(
            body=(
                '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>\n\n'
                "![Renginio salė](https://example.org/renginys.jpg)\n\n"
                '<script src="https://cdn.example.org/x.js"></script>\n\n'
                '<link rel="stylesheet" href="https://cdn.example.org/x.css">'
            )
        ),
        encoding="utf-8",
    )
    errors = check_site(real_settings(), tmp_path, lang="en", today=TODAY)
    assert [(e.line, str(e.message).split(";")[0]) for e in errors] == [
        (
            5,
            "<iframe> embeds content from another site, which the site's security policy (CSP) blocks and the site "
            "removes",
        ),
        (
            7,
            "the picture 'https://example.org/renginys.jpg' is on another site: the site's security policy (CSP) "
            "blocks it and readers would see nothing",
        ),
        (9, "<script> is page code, not text: scripts, styles, redirects and drawings in code are removed from news"),
        (11, "<link> is page code, not text: scripts, styles, redirects and drawings in code are removed from news"),
    ]
    assert "link to it instead, e.g. [Vaizdo įrašas](https://www.youtube.com/embed/dQw4w9WgXcQ)" in errors[0].message


def test_publish_checks_name_the_source_of_a_built_page(tmp_path):
    from test_publish import tiny_site

    from socialsite.sitechecks import run_checks

    settings = tiny_site(
        tmp_path,
        {"news/a.html": '<p style="color: red">x</p>'},
        {"news/lt/a.md": "Title: A\nDate: 2024-01-01\nSlug: a\n\nText.\n"},
    )
    set_language("en")  # a message is put into words when printed: read it while English is pinned
    try:
        [problem] = run_checks(tmp_path / "site", settings)
        said = str(problem)
    finally:
        set_language(None)
    assert said.startswith("news/a.html:12: <p style=…> is blocked by the Content-Security-Policy")
    assert said.endswith(f"(made from {display_path(str(tmp_path / 'content' / 'news' / 'lt' / 'a.md'))})")


# --- 5. uploaded files -----------------------------------------------------------------------


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims ``width`` × ``height`` pixels in a few bytes (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


SVGS = {
    "script.svg": (
        '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script>\n</svg>',
        2,
        "the drawing holds <script>",
    ),
    "onload.svg": (
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">\n<rect width="1" height="1"/>\n</svg>',
        1,
        'the drawing has onload="…"',
    ),
    "foreign.svg": (
        '<svg xmlns="http://www.w3.org/2000/svg">\n<foreignObject><body xmlns="http://www.w3.org/1999/xhtml">'
        '<iframe src="javascript:alert(1)"/></body></foreignObject>\n</svg>',
        2,
        "the drawing holds <foreignobject>",
    ),
    "link.svg": (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\n'
        '<a xlink:href="javascript:alert(1)"><text>x</text></a>\n</svg>',
        2,
        'the drawing has href="…"',
    ),
    "entities.svg": (
        '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">]>\n<svg>&a;</svg>',
        2,
        "the drawing declares XML entities",
    ),
}


@pytest.mark.parametrize("name", sorted(SVGS))
def test_an_svg_that_can_run_code_is_refused(tmp_path, name):
    text, line, message = SVGS[name]
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / name).write_text(text, encoding="utf-8")
    (tmp_path / "news" / "lt").mkdir(parents=True)
    errors = check_site(real_settings(), tmp_path, lang="en", today=TODAY)
    assert {(e.path, e.line) for e in errors} == {(str(tmp_path / "images" / name), line)}
    assert any(e.message.startswith(message) for e in errors), errors


def test_a_decompression_bomb_and_a_huge_file_are_refused_before_any_decoding(tmp_path):
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "bomb.png").write_bytes(png_header(100_000, 100_000))
    (tmp_path / "images" / "wide.png").write_bytes(png_header(10_000, 6_000))  # 60 megapixels
    with open(tmp_path / "images" / "huge.pdf", "wb") as handle:  # sparse: 21 MB on paper only
        handle.truncate(21 * 1024 * 1024)
    article = tmp_path / "news" / "lt" / "a.md"
    article.parent.mkdir(parents=True)
    article.write_text(ARTICLE.format(body="Tekstas.\n\n![Sprogimas]({static}/images/bomb.png)"), encoding="utf-8")
    errors = check_site(real_settings(), tmp_path, lang="en", today=TODAY)
    assert [(Path(e.path).name, e.line) for e in errors] == [("huge.pdf", 0), ("wide.png", 0), ("a.md", 7)]
    assert str(errors[0]).endswith(
        "huge.pdf: the file is 21.0 MB, more than the limit of 20.0 MB; make it smaller "
        "(a photo for the web needs at most 2000 pixels across)"
    )
    assert "the picture is 10000×6000 pixels, more than the limit of 50 megapixels" in errors[1].message
    assert errors[2].message.startswith(
        f"{display_path(str(tmp_path / 'images' / 'bomb.png'))}: the picture is 100000×100000 pixels"
    )


def test_the_limits_are_settings(tmp_path):
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "a.png").write_bytes(png_header(3000, 2000))
    (tmp_path / "news" / "lt").mkdir(parents=True)
    assert check_site(real_settings(), tmp_path, lang="en", today=TODAY) == []
    small = {**real_settings(), "UPLOAD_MAX_PIXELS": 5_000_000}
    [error] = check_site(small, tmp_path, lang="en", today=TODAY)
    assert "6000000" not in error.message and "3000×2000 pixels, more than the limit of 5 megapixels" in error.message


# --- 6. a hostile registry -------------------------------------------------------------------


def registry_copy(tmp_path: Path) -> Path:
    import shutil

    registry = tmp_path / "projects"
    shutil.copytree(ROOT / "content" / "projects", registry)
    return registry


def load_in_a_small_box(registry: Path) -> subprocess.CompletedProcess:
    """load_registry in a process limited to 512 MB and 30 s of CPU: a bomb would be killed."""
    code = textwrap.dedent(f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (512 * 2**20, 512 * 2**20))
        resource.setrlimit(resource.RLIMIT_CPU, (30, 30))
        from pelican.settings import read_settings
        from socialsite.registry import load_registry
        from socialsite.errors import ContentErrors
        try:
            load_registry({str(registry)!r}, read_settings({str(ROOT / "pelicanconf.py")!r}))
        except ContentErrors as errors:
            print(errors)
    """)
    # The registry is the engineers' file: its messages are pinned to English here.
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env={**os.environ, "LANGUAGE": "en"}
    )


def alias_bomb(levels: int, width: int) -> str:
    """The "billion laughs": each level a list of ``width`` aliases of the one before."""
    lines = [f"a: &a [{','.join(['lol'] * width)}]"]
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * width)}]" for i in range(levels)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("entry", "line", "message"),
    [
        (alias_bomb(8, 9), 7, "not valid YAML: more than 50 aliases (*name); write the values out"),
        (alias_bomb(6, 8), 1, "more than 100000 values once aliases are expanded; write the values out"),
        (
            "code: !!python/object/apply:os.system ['touch /tmp/pwned']\n",
            1,
            "the tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed; write plain text, numbers and dates",
        ),
        (
            "? !!python/name:os.system\n: x\n",
            1,
            "the tag 'tag:yaml.org,2002:python/name:os.system' is not allowed; write plain text, numbers and dates",
        ),
        ("a: &x [*x, *x]\n", 1, "an alias (*name) contains itself; write the values out"),
    ],
)
def test_a_hostile_registry_file_is_one_line_without_minutes_or_gigabytes(tmp_path, entry, line, message):
    registry = registry_copy(tmp_path)
    (registry / "bomb.yaml").write_text(entry, encoding="utf-8")
    result = load_in_a_small_box(registry)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == f"{display_path(str(registry / 'bomb.yaml'))}:{line}: {message}", result.stdout
    assert not Path("/tmp/pwned").exists()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("budget: ", "budget: .nan #", "'budget' must be a positive amount with at most two decimals"),
        ("budget: ", "budget: .inf #", "'budget' must be a positive amount with at most two decimals"),
        ("budget: ", "budget: 1e999999 #", "'budget' must be a positive amount with at most two decimals"),
    ],
)
def test_amounts_that_are_no_amounts(tmp_path, old, new, message):
    registry = registry_copy(tmp_path)
    entry = registry / "07-003-P-0001.yaml"
    text = entry.read_text(encoding="utf-8")
    assert old in text
    entry.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = load_in_a_small_box(registry)
    line = text[: text.index(old)].count("\n") + 1
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.stdout.strip().endswith(f"07-003-P-0001.yaml:{line}: {message}"), result.stdout


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("Projektas {title", "a '{' or '}' in the disclosure is not closed"),
        ("Projektas title}", "a '{' or '}' in the disclosure is not closed"),
        ("Biudžetas {budget:>999999999}", "the disclosure writes '{budget:>999999999}'; write only the fact's name"),
        ("Biudžetas {budget!r}", "the disclosure writes '{budget!r}'; write only the fact's name"),
    ],
)
def test_a_broken_programme_template_is_one_line(tmp_path, template, message):
    registry = registry_copy(tmp_path)
    [programme] = [
        p for p in (registry / "programmes").glob("*.yaml") if "disclosure:" in p.read_text(encoding="utf-8")
    ][:1]
    text = programme.read_text(encoding="utf-8")
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("disclosure:"))
    first = next(i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("- "))
    indent = lines[first][: len(lines[first]) - len(lines[first].lstrip())]
    lines[first] = f'{indent}- "{template}"'
    programme.write_text("\n".join(lines), encoding="utf-8")
    result = load_in_a_small_box(registry)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-2000:]
    assert f"{programme.name}:{first + 1}: {message}" in result.stdout, result.stdout


# --- 7. empty header values -------------------------------------------------------------------


@pytest.mark.parametrize("field", ["Project", "Category", "Summary"])
def test_an_empty_header_value_is_an_error_at_its_line(tmp_path, field):
    article = tmp_path / "news" / "lt" / "a.md"
    article.parent.mkdir(parents=True)
    header = "Title: Bandymas\nDate: 2024-01-02\nCategory: Naujienos\n".replace(f"{field}: Naujienos", f"{field}:")
    if field != "Category":
        header += f"{field}:\n"
    article.write_text(header + "\nTekstas.\n", encoding="utf-8")
    errors = check_site(real_settings(), tmp_path, lang="en", today=TODAY)
    line = header.split("\n").index(f"{field}:") + 1
    assert [(e.line, e.message) for e in errors] == [
        (line, f"the field '{field}' is empty; write its value after the colon or delete the line")
    ]


# --- 8. a title too long for a file name ------------------------------------------------------


def test_a_title_too_long_for_a_file_name_is_one_line(tmp_path):
    title = "Labai ilgas pavadinimas " * 20
    settings = {**real_settings(), "PATH": str(tmp_path)}
    from socialsite.rules import translator

    with pytest.raises(NewArticleRefused) as refused:
        new_article(settings, title, _=translator("en"), today=TODAY)
    assert str(refused.value).startswith(
        "the title is too long for a file name (its web address would be 479 characters"
    )
    assert not any(tmp_path.rglob("*.md"))
    result = subprocess.run(
        [sys.executable, "-m", "invoke", "new", "--title", title], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
    assert result.stderr.startswith("pavadinimas per ilgas failo vardui")
