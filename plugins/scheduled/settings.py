"""The plugin's one setting, read and checked in one place (socialsite.settings: how)."""

from __future__ import annotations

from socialsite.settings import BOOL, Setting, is_bool, read

SETTINGS = (
    # A preview shows news dated ahead, marked; the published site never does (publishconf.py).
    Setting("SCHEDULED_SHOW", False, is_bool, BOOL),
)


def get_settings(settings) -> dict[str, object]:
    """{name: value} of every ``SCHEDULED_*`` setting; a wrong one raises SettingError (one line)."""
    return read(settings, SETTINGS)
