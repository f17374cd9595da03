"""The public body's settings: names prefixed ``PUBLIC_BODY_``, read and checked in one place.

Shared by the plugin (plugins/public_body, which exports ``get_settings``) and the checks
(`make check`, `make publish`); how: socialsite.settings. File settings are relative to the
content folder (``PATH``).
"""

from __future__ import annotations

from pathlib import Path

from socialsite.settings import BOOL, COUNT, TEXT, TEXTS, Setting, is_bool, is_count, is_text, is_texts, read

SETTINGS = (
    Setting("PUBLIC_BODY_ORGANISATION", "public-body/organisation.yaml", is_text, TEXT),
    Setting("PUBLIC_BODY_SECTIONS", "public-body/sections.yaml", is_text, TEXT),
    Setting("PUBLIC_BODY_SERVICES", "public-body/services.yaml", is_text, TEXT),
    Setting("PUBLIC_BODY_SALARIES", "public-body/salaries.yaml", is_text, TEXT),
    # Pages whose body is followed by the organisation's full contacts (Lithuanian slugs).
    Setting("PUBLIC_BODY_CONTACT_PAGES", ("kontaktai", "prieinamumo-deklaracija", "privatumas"), is_texts, TEXTS),
    Setting("PUBLIC_BODY_SERVICES_PAGE", "paslaugos", is_text, TEXT),  # lists the services
    Setting("PUBLIC_BODY_SALARY_PAGE", "darbo-uzmokestis", is_text, TEXT),  # shows the pay table
    # Pay figures of a quarter are due this many working days into the next.
    Setting("PUBLIC_BODY_STALE_WORKING_DAYS", 10, is_count, COUNT),
    # True only in a copy made to test something else: `make publish` then ships TODO facts.
    Setting("PUBLIC_BODY_PUBLISH_PLACEHOLDERS", False, is_bool, BOOL),
)


def get_settings(settings) -> dict[str, object]:
    """{name: value} of every ``PUBLIC_BODY_*`` setting; a wrong one raises SettingError (one line)."""
    return read(settings, SETTINGS)


def data_path(settings, name: str) -> Path:
    """Where one of the data files is: ``PATH`` joined with the setting."""
    return Path(settings["PATH"]) / get_settings(settings)[name]
