"""The plugin's own settings (README, "Settings"): one reader, defaults beside the names."""

from __future__ import annotations

from socialsite.messages import N_
from socialsite.settings import BOOL, Setting, is_bool, read

PAGES = ("home", "archives", "search", "404", "category")  # the list pages it can write

SETTINGS = [
    # The list pages written in every language (each needs its template in the theme).
    Setting(
        "MULTILINGUAL_PAGES",
        list(PAGES),
        lambda value: isinstance(value, list | tuple) and set(value) <= set(PAGES),
        N_("a list of some of: home, archives, search, 404, category"),
    ),
    # Atom feeds per language and per category in each language (summaries only).
    Setting("MULTILINGUAL_FEEDS", True, is_bool, BOOL),
]


def get_settings(settings) -> dict:
    """MULTILINGUAL_* with their defaults; a wrong value raises SettingError (one line)."""
    return read(settings, SETTINGS)
