"""The disclosure plugin's own settings (``EU_DISCLOSURE_*``), read once per build.

The registry folder is the registry's setting, not this plugin's: ``PROJECTS_PATH``, read by
``socialsite.registry.registry_path`` (the content checker and the project pages read it too).
"""

from __future__ import annotations

from socialsite.messages import N_
from socialsite.settings import BOOL, Setting, SettingError, is_bool, read

# The block links to the project's page, which the project_pages plugin writes.
PROJECT_PAGES = "pelican.plugins.project_pages"
NO_PROJECT_PAGES = N_(
    "False: the link goes to the project's page, which the project_pages plugin writes, and it is not "
    "in PLUGINS (add it, or set this to False)"
)

SETTINGS = (Setting("EU_DISCLOSURE_PROJECT_LINK", True, is_bool, BOOL),)


def get_settings(settings) -> dict[str, object]:
    """{name: value} of every ``EU_DISCLOSURE_*`` setting, checked; a wrong one raises SettingError.

    Called after Pelican has loaded the plugins, when ``PLUGINS`` holds their module names.
    """
    values = read(settings, SETTINGS)
    if values["EU_DISCLOSURE_PROJECT_LINK"] and PROJECT_PAGES not in settings.get("PLUGINS", ()):
        raise SettingError("EU_DISCLOSURE_PROJECT_LINK", True, NO_PROJECT_PAGES)
    return values
