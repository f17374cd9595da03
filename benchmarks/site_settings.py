"""The Pelican settings files of the synthetic bench site: how each of its builds is configured.

    bench_full.py            the real pelicanconf.py with this site's folders (runs b and d, the preview)
    bench_no_disclosure.py   the same without the eu_disclosure plugin (run c)
    bench_plain.py           plain Pelican: no plugins, default theme, no caching (run a)

They read the project's settings with Pelican's own loader (``get_settings_from_file``), so
nothing is put on ``sys.path``: the plugins and ``socialsite`` are installed in the environment,
and the one benchmark-only plugin is found through Pelican's ``PLUGIN_PATHS``.
"""

from __future__ import annotations

from pathlib import Path

BENCH_PLUGINS = Path(__file__).resolve().parent / "bench_plugins"

_FULL = '''"""The synthetic bench site built as the project builds: the real pelicanconf.py, this site's folders."""

import os

from pelican.settings import get_settings_from_file

_REAL = {pelicanconf!r}
_real = get_settings_from_file(_REAL)
globals().update(_real)  # plugins, theme, languages, caching as shipped

_HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(_HERE, "content")
PROJECTS_PATH = os.path.join(_HERE, "content", "projects")
CACHE_PATH = os.path.join(_HERE, "cache", {cache!r})
OUTPUT_PATH = os.path.join(_HERE, "out", {cache!r})
# pelicanconf gives the theme relative to itself; Pelican would read it relative to this file.
THEME = os.path.join(os.path.dirname(_REAL), _real["THEME"])
'''

_NO_DISCLOSURE = (
    _FULL
    + """
# Run (c): the build without the disclosure plugin. The theme still calls its globals
# ({{{{ eu_disclosure(article) }}}}, eu_emblem, …), so benchmarks/bench_plugins/noop_disclosure.py
# gives it the same names rendering nothing: the difference to (b) is the plugin's whole cost
# (registry look-ups, rendering the blocks, checking each written page).
PLUGINS = ["noop_disclosure" if p == "eu_disclosure" else p for p in _real["PLUGINS"]]
PLUGIN_PATHS = [{bench_plugins!r}]
"""
)

_PLAIN = '''"""Plain Pelican on the same documents: no plugins, its default theme, no caching."""

import os

_HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(_HERE, "content")
OUTPUT_PATH = os.path.join(_HERE, "out", "plain")
TIMEZONE = "Europe/Vilnius"  # only to spare the warning; dates are dates
PLUGINS = []  # none: benchmarks/plain_pelican.py also hides the installed ones from Pelican
# Native translation grouping: a translation carries its original's slug. Pelican learns a
# file's language from its folder (news/ru/...) as in pelicanconf; without that every file
# would be English and the three versions of an article would overwrite one another.
ARTICLE_TRANSLATION_ID = "slug"
PATH_METADATA = r"(?:news|pages)/(?P<lang>[a-z]{{2}})/.*"
DEFAULT_LANG = "lt"
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
'''


def write_settings(root: Path, pelicanconf: Path) -> None:
    common = {"pelicanconf": str(pelicanconf), "bench_plugins": str(BENCH_PLUGINS)}
    (root / "bench_full.py").write_text(_FULL.format(cache="full", **common), encoding="utf-8")
    (root / "bench_no_disclosure.py").write_text(
        _NO_DISCLOSURE.format(cache="no_disclosure", **common), encoding="utf-8"
    )
    (root / "bench_plain.py").write_text(_PLAIN.format(), encoding="utf-8")
