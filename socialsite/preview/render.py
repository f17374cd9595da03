"""Writing only what a save changed: one article's pages, and of the list pages only the touched ones.

Pelican's writer (here plugins/multilingual's ``LanguageWriter``) writes every page of a paginated
list; at 1,000 articles a language that is 200 pages. When a save keeps an article where it was
(same date, category, language and address: a body or title edit), only the pages that list it
can change, so the preview's writer renders just those: a list page whose ``articles_page``
holds a changed article, and a page handed the article or a list with it (archive, search, a
project's page). When the order changes (a new article, a new date), every page of those
languages is written again.
"""

from __future__ import annotations

import io
import os

from pelican import signals
from pelican.contents import Article


class _Limited:
    """Mixin for the writer class: skip the pages ``wants`` says no to (render nothing, write nothing)."""

    langs: set[str] | None = None  # write only pages in these languages (None: all)
    changed: set[int] | None = None  # ids of changed articles; paginated pages must list one
    _skipping = False

    _given: dict | None = None  # the arguments the page being written was handed (not the shared context)

    def write_file(self, name, template, context, *args, **kwargs):
        self._given = kwargs
        return super().write_file(name, _OnlyWanted(template, self), context, *args, **kwargs)

    def _open_w(self, filename, encoding, override=False):
        if self._skipping:
            return open(os.devnull, "w", encoding=encoding)
        self._written_files.add(filename)
        return _Replacing(filename, encoding)

    def wants(self, localcontext) -> bool:
        if self.langs is not None and localcontext.get("lang") not in self.langs:
            return False
        if self.changed is None:
            return True
        page = localcontext.get("articles_page")
        if page is not None:
            return any(id(article) in self.changed for article in page.object_list)
        return self._shows_changed()

    def _shows_changed(self) -> bool:
        """The page was handed a changed article, alone or in a list (archive, a project's news):
        only such a page can differ after an edit that left every list as it was."""
        for value in (self._given or {}).values():
            items = value if isinstance(value, list | tuple) else (value,)
            if any(id(item) in self.changed for item in items):
                return True
        return False


class _Replacing(io.TextIOWrapper):
    """A file written beside its place and renamed over it when complete: the server, serving
    while the preview writes, never hands out a half-written page."""

    def __init__(self, path: str, encoding: str):
        self.final, self.partial = path, f"{path}.{os.getpid()}.partial"
        super().__init__(open(self.partial, "wb"), encoding=encoding)  # noqa: SIM115  closed by __exit__

    def __exit__(self, kind, error, trace):
        self.close()
        if kind is None:
            os.replace(self.partial, self.final)
        else:
            os.unlink(self.partial)


class _OnlyWanted:
    """The template as Pelican's writer sees it: renders only the pages the writer wants."""

    def __init__(self, template, writer: _Limited):
        self.template, self.writer = template, writer

    def render(self, localcontext):
        self.writer._skipping = not self.writer.wants(localcontext)
        return "" if self.writer._skipping else self.template.render(localcontext)


def writer_for(pelican, langs=None, changed=None):
    """A fresh writer of the site's kind (Pelican refuses to write one file twice per writer)."""
    writer = pelican._get_writer()
    writer.__class__ = type(f"Preview{type(writer).__name__}", (_Limited, type(writer)), {})
    writer.langs, writer.changed = langs, changed
    return writer


def write_content(writer, generator, obj) -> None:
    """Write one article or page with the arguments Pelican's own generators write it with."""
    common = {
        "relative_urls": generator.settings["RELATIVE_URLS"],
        "url": obj.url,
        "override_output": hasattr(obj, "override_save_as"),
    }
    if isinstance(obj, Article):
        signals.article_generator_write_article.send(generator, content=obj)
        writer.write_file(
            obj.save_as,
            generator.get_template(obj.template),
            generator.context,
            article=obj,
            category=getattr(obj, "category", None),
            blog=True,
            **common,
        )
    else:
        signals.page_generator_write_page.send(generator, content=obj)
        writer.write_file(obj.save_as, generator.get_template(obj.template), generator.context, page=obj, **common)
