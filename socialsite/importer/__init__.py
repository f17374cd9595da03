"""Tools that write content for staff: the legacy news importer and ``make new``.

Not a Pelican plugin (no ``register``): tasks.py calls ``import_files`` (``invoke import-text``)
and ``new_article`` (``make new``). Both write articles through ``importer.article`` and never
overwrite a file. See README.md.
"""

from socialsite.importer.importing import Converted, convert, import_files
from socialsite.importer.newarticle import NewArticleRefused, new_article

__all__ = ["Converted", "NewArticleRefused", "convert", "import_files", "new_article"]
