"""sitemap.xml with every page once and its translations as ``xhtml:link`` alternates; robots.txt.

Ours rather than pelican-sitemap 1.2, which lists subsites wrongly and writes ``ref=`` for
``href=``. It reads what was really written: ``LanguageWriter.pages`` (plugins/multilingual)
records each page with its language and alternates, so sitemap, hreflang links and the switcher
come from the same data. Its generator must run after every page is written: list this plugin
last in PLUGINS.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import quoteattr

from pelican import signals
from pelican.generators import Generator

from socialsite.languages import absolute_url

SITEMAP = "sitemap.xml"


def render_sitemap(settings, pages: dict[str, tuple[str, dict[str, str]]]) -> str:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for path in sorted(pages):
        _lang, alternates = pages[path]
        lines.append(f"<url><loc>{_escape(absolute_url(settings, path))}</loc>")
        for code, url in alternates.items():
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


class SitemapGenerator(Generator):
    def generate_context(self):
        """Nothing to read: pages are known only once written."""

    def generate_output(self, writer):
        pages = getattr(writer, "pages", None)
        if pages is None:
            raise RuntimeError("sitemap: needs the multilingual plugin's LanguageWriter")
        output = Path(writer.output_path)
        (output / SITEMAP).write_text(render_sitemap(self.settings, pages), encoding="utf-8")
        (output / "robots.txt").write_text(render_robots(self.settings), encoding="utf-8")


def get_generators(pelican):
    return [SitemapGenerator]


def register() -> None:
    signals.get_generators.connect(get_generators)
