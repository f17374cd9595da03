"""Every article and page passes the HTML allow-list (policy.py) as it is read.

Hooked at ``readers_init``: each reader class Pelican knows (Markdown, HTML, …) is replaced by a
subclass whose ``read`` returns the sanitised content and formatted fields (``Summary``). So
the HTML is clean before any Content object exists: no other plugin, signal order or template
ever sees what was removed, and our own additions come later (content_images adds
width/height/loading at ``content_object_init``; the EU disclosure is rendered by the theme).

The same reader refuses a file that is not really inside the content folder: a symbolic link,
a file in a linked folder, or a ``{static}``/``{attach}`` link climbing out with ``../``
(Pelican would copy it, even outside output/). ``make check`` reports these first with
Lithuanian ``path:line`` messages (socialsite/rules/paths.py); this is the guard for every other
way Pelican runs (``make devserver``).
"""

from __future__ import annotations

from pelican import signals

from socialsite.errors import ContentError
from socialsite.html_policy import sanitise
from socialsite.links import really_inside
from socialsite.messages import _


def _clean(content, metadata: dict, settings) -> tuple:
    if isinstance(content, str):
        content = sanitise(content)
    metadata = dict(metadata or {})
    for name in settings.get("FORMATTED_FIELDS", ()):
        if isinstance(metadata.get(name), str):
            metadata[name] = sanitise(metadata[name])
    return content, metadata


def _sanitising(reader_class):
    def read(self, source_path):
        if not really_inside(source_path, self.settings["PATH"]):
            raise ContentError(
                source_path,
                0,
                _(
                    "refused: a symbolic link or a path outside the content folder; "
                    "the site publishes only real files inside content/"
                ),
            )
        return _clean(*reader_class.read(self, source_path), self.settings)

    # Same name: Pelican records the reader's name in the metadata ("markdown").
    return type(reader_class.__name__, (reader_class,), {"read": read, "__module__": __name__})


def wrap_readers(readers) -> None:
    for extension, reader_class in list(readers.reader_classes.items()):
        if reader_class:
            readers.reader_classes[extension] = _sanitising(reader_class)
    # The reader cache (CONTENT_CACHING_LAYER = "reader") may hold text read before this policy
    # (or before this plugin): what comes from it is filtered again. nh3 is fast and idempotent.
    cached = readers.get_cached_data

    def get_cached_data(filename, default=None):
        if not really_inside(filename, readers.settings["PATH"]):
            return default  # never from the cache: read() refuses it
        data = cached(filename, default)
        if data is default or not isinstance(data, tuple) or data[0] is None:
            return data
        return _clean(*data, readers.settings)

    readers.get_cached_data = get_cached_data


def register() -> None:
    signals.readers_init.connect(wrap_readers)
