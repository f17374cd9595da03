"""The plugin's settings: one reader, names prefixed ``PUBLIC_BODY_``, defaults here.

File settings are relative to the content folder (``PATH``).
"""

from __future__ import annotations

from pathlib import Path

DEFAULTS = {
    "PUBLIC_BODY_ORGANISATION": "public-body/organisation.yaml",
    "PUBLIC_BODY_SECTIONS": "public-body/sections.yaml",
    "PUBLIC_BODY_SERVICES": "public-body/services.yaml",
    "PUBLIC_BODY_SALARIES": "public-body/salaries.yaml",
    # Pages whose body is followed by the organisation's full contacts (Lithuanian slugs).
    "PUBLIC_BODY_CONTACT_PAGES": ["kontaktai", "prieinamumo-deklaracija", "privatumas"],
    "PUBLIC_BODY_SERVICES_PAGE": "paslaugos",  # lists the services
    "PUBLIC_BODY_SALARY_PAGE": "darbo-uzmokestis",  # shows the pay table
    "PUBLIC_BODY_STALE_WORKING_DAYS": 10,  # pay figures of a quarter are due this far into the next
    # True only in a copy made to test something else: `make publish` then ships TODO facts.
    "PUBLIC_BODY_PUBLISH_PLACEHOLDERS": False,
}


def get(settings, name: str):
    return settings.get(name, DEFAULTS[name])


def data_path(settings, name: str) -> Path:
    """Where one of the data files is: ``PATH`` joined with the setting."""
    return Path(settings["PATH"]) / get(settings, name)
