"""A tiny site for one plugin alone: its own content, Pelican's default theme, nothing of VSPC's.

A plugin's tests (plugins/<name>/tests/) copy their ``test_data/`` here and build it with only
the plugins they name, in process (``build``) or the way `make html` runs Pelican (``render``:
``socialsite.build.render`` in a process of its own, every warning fatal, one line per error).
"""

from __future__ import annotations

import locale
import re
import shutil
import subprocess
import sys
import weakref
from pathlib import Path

from blinker import Signal
from pelican import Pelican
from pelican.plugins import signals
from pelican.settings import read_settings

from support import Site

# Fixed, so the output depends on the content only: no OS locale, no cache, no clock, and
# none of the pages a plugin test does not look at (feeds, authors, tags, archives…).
BASE = {
    "SITENAME": "Tiny",
    "SITEURL": "",
    "RELATIVE_URLS": True,
    "TIMEZONE": "UTC",
    "LOCALE": ("C.UTF-8", "C"),
    "DEFAULT_LANG": "en",
    "SOURCE_DATE_EPOCH": "1796169600",  # 2026-12-01 00:00 UTC
    "CACHE_CONTENT": False,
    "LOAD_CONTENT_CACHE": False,
    "DIRECT_TEMPLATES": ["index"],
    "ARTICLE_URL": "{slug}.html",
    "ARTICLE_SAVE_AS": "{slug}.html",
    "CATEGORY_SAVE_AS": "",
    "CATEGORIES_SAVE_AS": "",
    "TAG_SAVE_AS": "",
    "TAGS_SAVE_AS": "",
    "AUTHOR_SAVE_AS": "",
    "AUTHORS_SAVE_AS": "",
    "ARCHIVES_SAVE_AS": "",
    "FEED_ALL_ATOM": None,
    "CATEGORY_FEED_ATOM": None,
    "TRANSLATION_FEED_ATOM": None,
    "AUTHOR_FEED_ATOM": None,
    "AUTHOR_FEED_RSS": None,
}


def tiny_site(test_data: Path, tmp_path: Path, plugins: list[str], **settings) -> dict:
    """Settings of a copy of ``test_data`` (its content/ folder) under ``tmp_path``, built with ``plugins`` only."""
    root = tmp_path / "site"
    shutil.copytree(test_data, root)
    return {
        **BASE,
        "PATH": str(root / "content"),
        "OUTPUT_PATH": str(root / "output"),
        "CACHE_PATH": str(root / "cache"),
        "PLUGINS": plugins,
        **settings,
    }


def build(settings: dict) -> Site:
    """Pelican run once in this process on ``settings``, with only its own plugins connected.

    Pelican's signals are module-level: a plugin connected by an earlier build in this process
    would run in this one, and this build's plugins in later ones. So every receiver is taken
    off for the build and the earlier ones put back after; the locale Pelican sets is restored.
    """
    every = [value for value in vars(signals).values() if isinstance(value, Signal)]

    def disconnect_all():
        for signal in every:
            for receiver in receivers(signal):
                signal.disconnect(receiver)

    saved = {signal: receivers(signal) for signal in every}
    saved_locale = locale.setlocale(locale.LC_ALL)
    disconnect_all()
    try:
        Pelican(read_settings(override=settings)).run()
    finally:
        disconnect_all()
        for signal, connected in saved.items():
            for receiver in connected:
                signal.connect(receiver)
        locale.setlocale(locale.LC_ALL, saved_locale)
    return Site(Path(settings["OUTPUT_PATH"]))


def render(settings: dict, folder: Path | None = None) -> subprocess.CompletedProcess:
    """Pelican run as `make html` runs it: a settings file (written into ``folder``, else beside
    the content), ``python -m socialsite.build.render``, messages in English."""
    root = folder or Path(settings["PATH"]).parent
    lines = [f"{name} = {value!r}" for name, value in settings.items() if name != "OUTPUT_PATH"]
    settings_file = root / "tinyconf.py"
    settings_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "socialsite.build.render", str(settings_file), settings["OUTPUT_PATH"]],
        cwd=root,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "LANGUAGE": "en"},
    )


def receivers(signal) -> list:
    """The functions connected to a Pelican (blinker) signal."""
    found = (ref() if isinstance(ref, weakref.ref) else ref for ref in list(signal.receivers.values()))
    return [receiver for receiver in found if receiver is not None]


def readme_signals(readme: Path) -> list[tuple[str, str]]:
    """(signal, handler) of every row of the README's ``## Signals`` table, backticks removed."""
    text = readme.read_text(encoding="utf-8").split("## Signals", 1)[1]
    rows = []
    for line in text.split("\n## ", 1)[0].splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 3 or not cells[0].startswith("`"):
            continue  # the head, its rule, the prose around the table
        for name in re.findall(r"`(\w+)`", cells[0]):
            rows += [(name, handler) for handler in re.findall(r"`(\w+)`", cells[1])]
    return rows


def assert_readme_signals_connected(readme: Path, plugin_module) -> None:
    """Every handler the README's Signals table names is connected to its signal once ``register`` ran."""
    plugin_module.register()
    rows = readme_signals(readme)
    assert rows, f"{readme}: no ## Signals table"
    for name, handler in rows:
        assert getattr(plugin_module, handler) in receivers(getattr(signals, name)), (name, handler)
