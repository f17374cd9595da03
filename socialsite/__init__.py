"""Building blocks shared by every plugin and tool of the site.

Not a Pelican plugin itself (it has no ``register``): each idea here has one home and
everything else imports it.

- ``errors``: the one error type, printed as ``path:line: message``.
- ``frontmatter``: reading an article's metadata header with line numbers.
- ``languages``: the one reader of LANGUAGES and DEFAULT_LANG (defaults, one-line errors) and the
  URL of a page in every language.
- ``formatting``: dates and money for readers, through Babel.
- ``catalogs``: gettext catalogs compiled in memory from their ``.po`` files.
- ``messages``: what the tools say: a message is a msgid and its values, put into words when
  printed, in the language the environment asks for (``LANGUAGE=ru``); ``extract`` keeps the
  catalogs complete (``invoke messages``).
- ``links``: which file a link in content names.
- ``sourcedate``: the build's date (SOURCE_DATE_EPOCH, else today in Europe/Vilnius).
- ``schedule``: ``is_scheduled``, an article dated after the build's date waits for its day.
- ``secrets``: which environment variables are secrets; an environment without them.
- ``defaults``: the settings a site's pelicanconf.py starts from (``from socialsite.defaults import *``).
- ``THEME``: the folder of the theme shipped in the package (``THEME = socialsite.THEME``).
"""

from pathlib import Path as _Path

THEME = str(_Path(__file__).resolve().parent / "theme")
