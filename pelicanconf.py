"""Site settings for `make html` and the development server.

Everything not VSPC's own comes from socialsite/defaults.py (what any organisation's site starts
from); publishconf.py imports everything from here and changes only what the real host needs.
"""

from pathlib import Path

from socialsite.defaults import *  # noqa: F403  (the shared settings; the names below are VSPC's)

globals().update(environment(TIMEZONE))  # noqa: F405  SITEURL and the build's date, read afresh at every load

HERE = Path(__file__).resolve().parent

# --- The organisation --------------------------------------------------------------------
# The centre's facts (name, address, phone, departments …) live in one data file,
# content/public-body/organisation.yaml, with the facts still to confirm marked there; the
# public_body plugin reads it into ORGANISATION for the theme. So do the law's section tree
# (sections.yaml), the services (services.yaml) and the pay table (salaries.yaml).
SITENAME = "Visagino socialinių paslaugų centras"

# --- Languages: the one block every template, feed, sitemap and switcher reads -------------
DEFAULT_LANG = "lt"
LANGUAGES = {
    "lt": {"name": "Lietuvių", "babel": "lt", "og_locale": "lt_LT", "prefix": ""},
    "ru": {"name": "Русский", "babel": "ru", "og_locale": "ru_RU", "prefix": "ru/"},
    "en": {"name": "English", "babel": "en_GB", "og_locale": "en_GB", "prefix": "en/"},
}
# Category names as written in Lithuanian front matter, and their names in the other languages.
CATEGORY_NAMES = {
    "Naujienos": {"lt": "Naujienos", "ru": "Новости", "en": "News"},
    "Švietimas": {"lt": "Švietimas", "ru": "Образование", "en": "Education"},
}

# Static pages linked from every page, by the slug of their Lithuanian original, in this order.
MENU_PAGES = ["paslaugos", "apie-centra", "kontaktai"]
FOOTER_PAGES = ["prieinamumo-deklaracija", "privatumas", "kontaktai"]

# --- Where things are ----------------------------------------------------------------------
PROJECTS_PATH = str(HERE / "content" / "projects")  # the project registry (YAML)
THEME = "theme"  # the theme's source here (the preview watches it), the same files as socialsite.THEME
# The shared plugins (socialsite/defaults.py) and public_body, the site of a public body under
# Lithuanian law, after scheduled: one list, so a plugin added to the defaults reaches VSPC too.
PLUGINS = list(PLUGINS)  # noqa: F405
PLUGINS.insert(PLUGINS.index("scheduled") + 1, "public_body")
