"""sitemap.xml with every page once and its translations as ``xhtml:link`` alternates; robots.txt.

Ours rather than pelican-sitemap 1.2, which lists subsites wrongly and writes ``ref=`` for
``href=``. It works as pelican-plugins' sitemap does: every page Pelican's writer writes is
announced by ``content_written`` with the context it was rendered with, and on ``finalized``
(after every generator, whatever the order of PLUGINS) the list is written out. A page's
alternates are the ones it was rendered with (``alternates``, given by plugins/multilingual, so
sitemap, hreflang links and switcher come from the same data), else those of its article or page
and their translations (``socialsite.languages``). Pelican holds signal receivers weakly: they
are module functions, and the state they share is reset at the start of every run.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from xml.sax.saxutils import quoteattr

from pelican import signals

from socialsite.languages import absolute_url, codes, content_alternates
from socialsite.messages import N_
from socialsite.settings import BOOL, Setting, is_bool, read

SITEMAP = "sitemap.xml"


def _are_patterns(value) -> bool:
    if not isinstance(value, list | tuple) or not all(isinstance(item, str) for item in value):
        return False
    try:
        for item in value:
            re.compile(item)
    except re.error:
        return False
    return True


SETTINGS = [
    # Pages left out: regular expressions searched in the page's path (as written under output/).
    Setting("SITEMAP_EXCLUDE", [r"(^|/)404\.html$"], _are_patterns, N_("a list of regular expressions")),
    # robots.txt allowing everything and naming the sitemap; False where the site brings its own.
    Setting("SITEMAP_ROBOTS", True, is_bool, BOOL),
]


def get_settings(settings) -> dict:
    """SITEMAP_* with their defaults; a wrong value raises SettingError (one line)."""
    return read(settings, SETTINGS)


# What this run has written: output path → (alternates given by the page, else its content).
_written: dict[str, tuple[dict | None, object]] = {}


def start(pelican) -> None:
    """A new run (``initialized``; the preview too): forget the last one, check the settings early."""
    _written.clear()
    get_settings(pelican.settings)


def page_written(path, context) -> None:
    """``content_written``: one HTML page, rendered with ``context``."""
    if context.get("articles_page") is not None and context["articles_page"].number != 1:
        return  # page 2, 3 … of a list: the list is its first page
    content = context.get("article") or context.get("page")
    if getattr(content, "status", "published") != "published":
        return  # a draft or hidden page that some setting still writes
    _written[path] = (context.get("alternates"), content)


def render_sitemap(settings, pages: dict[str, dict[str, str]]) -> str:
    """``pages``: {site-relative path: {language: site-relative url}}; alternates only on a
    site of more than one language (a page is no alternate of itself)."""
    several = len(codes(settings)) > 1
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for path in sorted(pages):
        lines.append(f"<url><loc>{_escape(absolute_url(settings, path))}</loc>")
        for code, url in pages[path].items() if several else ():
            lines.append(
                f'<xhtml:link rel="alternate" hreflang="{code}" href={quoteattr(absolute_url(settings, url))}/>'
            )
        lines.append("</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def render_robots(settings) -> str:
    return f"User-agent: *\nAllow: /\nSitemap: {absolute_url(settings, SITEMAP)}\n"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def collected(settings, output_path) -> dict[str, dict[str, str]]:
    """{site-relative path: alternates} of every page written so far, less SITEMAP_EXCLUDE."""
    excluded = [re.compile(pattern) for pattern in get_settings(settings)["SITEMAP_EXCLUDE"]]
    pages = {}
    for path, (alternates, content) in _written.items():
        relative = Path(os.path.relpath(path, output_path)).as_posix()
        if any(pattern.search(relative) for pattern in excluded):
            continue
        if alternates is None:
            alternates = content_alternates(settings, content) if content is not None else {}
        pages[relative] = alternates
    return pages


def write(pelican) -> None:
    """``finalized``: every generator has written its pages."""
    settings, output = pelican.settings, Path(pelican.output_path)
    try:
        (output / SITEMAP).write_text(render_sitemap(settings, collected(settings, output)), encoding="utf-8")
        if get_settings(settings)["SITEMAP_ROBOTS"]:
            (output / "robots.txt").write_text(render_robots(settings), encoding="utf-8")
    finally:
        _written.clear()


def register() -> None:
    signals.initialized.connect(start)
    signals.content_written.connect(page_written)
    signals.finalized.connect(write)
