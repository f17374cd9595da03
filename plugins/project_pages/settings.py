"""The project pages' own settings (``PROJECT_PAGES_*``), read once per build.

The registry folder is the registry's setting: ``PROJECTS_PATH``, read by
``socialsite.registry.registry_path``.
"""

from __future__ import annotations

from socialsite.settings import BOOL, Setting, is_bool, read

SETTINGS = (Setting("PROJECT_PAGES_FEEDS", True, is_bool, BOOL),)


def get_settings(settings) -> dict[str, object]:
    """{name: value} of every ``PROJECT_PAGES_*`` setting, checked; a wrong one raises SettingError."""
    return read(settings, SETTINGS)
