"""The site held in memory: Pelican run once with our settings and plugins, then after each save
only the saved files read again and only the pages they appear on written again.

How: the articles and pages generators are Pelican's own, given one mixin (``FromModel``) that
hands them the objects already read (``model``) instead of reading every file again, and leaves
out files that never passed the checks (``skip``). Re-running their ``generate_context`` then
costs milliseconds and redoes everything Pelican and our plugins derive from the list of
articles (translations, order, categories, the EU projects of each article), so none of that is
written twice. Then the saved article and its translations are written, and the list pages of
its languages through the generators Pelican gave (``pelican_run.write_lists_again``).
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from collections import defaultdict
from pathlib import Path

from pelican import Pelican, signals
from pelican.cache import FileStampDataCacher
from pelican.contents import Article, Page
from pelican.generators import ArticlesGenerator, PagesGenerator

from socialsite.messages import run_language
from socialsite.preview.checks import SiteChecks
from socialsite.preview.model import FromModel, contents, replace_in_place, same_place
from socialsite.preview.notices import Notice, notices_by_page
from socialsite.preview.pelican_run import finalized, generators_of, preview_settings, settle, write_lists_again
from socialsite.preview.render import write_content, writer_for


class PreviewSite:
    def __init__(self, settings_file, output: Path, origin: str, _):
        self.settings_file, self.output, self.origin, self._ = Path(settings_file), Path(output), origin, _
        self.model: dict[str, object] = {}  # content path (as Pelican names it) -> last good object
        self.skip: set[str] = set()  # files with problems that were never good: not on the site
        self.fresh: dict[str, object] = {}  # files with problems, as read now: their own page only
        self.page_notices: dict[str, list[Notice]] = {}
        self.known: set[int] = set()  # ids of the objects a refresh hands back to Pelican unread

    # --- the whole site ---------------------------------------------------------------------

    def build(self, clean: bool = True) -> None:
        """Check everything and write the whole preview (at start, after a registry or theme edit).

        ``clean`` empties the folder first (at start); a rebuild while serving writes over it.
        """
        self.settings = preview_settings(self.settings_file, self.output, self.origin)
        self.path = self.settings["PATH"]
        self.checks = SiteChecks(self.settings, self._)
        self.model, self.fresh = {}, {}
        self.skip = {self._rel(path) for path in self.checks.errors() if self._is_content(path)}
        if clean and self.output.exists():
            shutil.rmtree(self.output)
        self.pelican = Pelican(self.settings)
        self.context, self.generators = generators_of(self.pelican, self.settings, self.output, self._preview_class)
        self._collect()
        self._write_everything()
        self.page_notices = self._notices()
        settle()

    def _write_everything(self) -> None:
        writer = writer_for(self.pelican)
        for generator in self.generators:
            if hasattr(generator, "generate_output"):
                generator.generate_output(writer)
        signals.finalized.send(self.pelican)

    def _preview_class(self, cls):
        if issubclass(cls, FileStampDataCacher):
            return type(f"Preview{cls.__name__}", (FromModel, cls), {"preview": self})
        return cls

    # --- one save ---------------------------------------------------------------------------

    def update(self, paths, on_page_written=None) -> dict:
        """Check and render again after the content files ``paths`` (absolute) were saved or deleted.

        ``on_page_written(pages)`` is called as soon as the saved files' own pages are written,
        before the list pages. Returns the pages written and how long each step took.
        """
        started = time.perf_counter()
        touched = self.checks.update(paths)
        timings = {"check": time.perf_counter() - started}
        errors = self.checks.errors()
        before = {rel: self.model.get(rel) for rel in map(self._rel, touched)}
        good, broken, read, shown = [], [], {}, []
        for path in touched:
            rel = self._rel(path)
            if rel in self.fresh:  # the page a file with problems had: gone unless written again
                shown.append(self.fresh.pop(rel).save_as)
            if not os.path.exists(path):
                self.model.pop(rel, None)
                self.skip.discard(rel)
                self.context["generated_content"].pop(rel, None)
            elif errors.get(path):
                broken.append(rel)
                if rel not in self.model:
                    self.skip.add(rel)
            else:
                good.append(rel)
                self.skip.discard(rel)
                read[rel] = self._read(rel)
        # A body or title edit leaves every list as it was: swap the object in place. Anything
        # else (new, deleted, moved in the lists) lets Pelican derive the lists again.
        gone = [rel for rel in before if before[rel] is not None and rel not in good and rel not in broken]
        in_place = not gone and all(same_place(before[rel], read[rel]) for rel in good)
        if not in_place:
            for rel in good:
                self.model.pop(rel, None)
                if read[rel] is not None:
                    self.model[rel] = read[rel]
            self._refresh(new=[read[rel] for rel in good])
        else:
            for rel in good:
                replace_in_place(self._generator_for(rel), before[rel], read[rel])
                self.model[rel] = read[rel]
            for generator in {id(g): g for g in map(self._generator_for, good)}.values():
                finalized(generator)
        for rel in good:
            if rel in self.model:
                self.model[rel].refresh_metadata_intersite_links()
            else:  # Pelican could not read it although the rules passed; it logged why
                self.skip.add(rel)
        for rel in broken:
            self._read_fresh(rel)
        timings["model"] = time.perf_counter() - started
        self.page_notices = self._notices()  # before the pages: a new page never shows old notices

        writer = writer_for(self.pelican)
        written, langs, articles_changed, saved, changed = set(), set(), False, [], set()
        for rel, old in before.items():
            new = self.model.get(rel)
            for obj in {id(o): o for o in [new, old, self.fresh.get(rel)] if o is not None}.values():
                articles_changed |= isinstance(obj, Article)
                langs.add(obj.lang)
                changed.add(id(obj))
            if old is not None and old.save_as and (new is None or new.save_as != old.save_as):
                self._unlink(old.save_as)
            group = [new] if new is not None else []
            for other in [*getattr(new, "translations", []), *getattr(old, "translations", [])]:
                if self.model.get(self._rel_of(other)) is other:
                    group.append(other)
            for obj in group + ([self.fresh[rel]] if rel in self.fresh else []):
                if obj.save_as and obj.save_as not in written:
                    write_content(writer, self._generator_for(self._rel_of(obj)), obj)
                    written.add(obj.save_as)
                    if self._rel_of(obj) == rel:
                        saved.append(obj.save_as)
        for save_as in shown:
            if save_as not in written:
                self._unlink(save_as)
        timings["page"] = time.perf_counter() - started
        if on_page_written is not None:
            on_page_written(saved)
        if self._menu_changed(before):
            self._write_everything()
        elif articles_changed:
            writer = writer_for(self.pelican, langs=langs, changed=changed if in_place else None)
            write_lists_again(self.generators, writer, self.settings, langs)
        timings["lists"] = time.perf_counter() - started
        settle()
        return {"pages": sorted(written), "saved": saved, "timings": timings}

    def _read(self, rel: str, quiet: bool = False):
        """The file as Pelican reads it (with the signals its generators send), or None."""
        generator = self._generator_for(rel)
        articles = isinstance(generator, ArticlesGenerator)
        kind = "article" if articles else "page"
        try:
            obj = generator.readers.read_file(
                base_path=generator.path,
                path=rel,
                content_class=Article if articles else Page,
                context=generator.context,
                preread_signal=getattr(signals, f"{kind}_generator_preread"),
                preread_sender=generator,
                context_signal=getattr(signals, f"{kind}_generator_context"),
                context_sender=generator,
            )
        except Exception as error:
            if not quiet:  # a file the rules passed: say what Pelican stumbled on, in one line
                logging.getLogger(__name__).warning("%s: %s", rel, error)
            return None
        return obj if obj.is_valid() else None

    def _refresh(self, new=()) -> None:
        """Let Pelican and the plugins derive everything from the model again (no file is re-read)."""
        self.context.pop("ARTICLES_BY_LANG", None)  # socialsite.languages keeps it per build
        self.known = {id(obj) for obj in self.model.values()} - {id(obj) for obj in new}
        for generator in self.generators:
            if isinstance(generator, FromModel):
                if isinstance(generator, ArticlesGenerator):
                    # generate_context appends to these, as left by ArticlesGenerator.__init__
                    generator.categories, generator.tags, generator.authors = (
                        defaultdict(list),
                        defaultdict(list),
                        defaultdict(list),
                    )
                generator.generate_context()
        self._collect()
        self.known = set()

    def _collect(self) -> None:
        self.model = {
            self._rel_of(obj): obj
            for generator in self.generators
            if isinstance(generator, FromModel)
            for obj in contents(generator)
        }

    def _read_fresh(self, rel: str) -> None:
        """A file with problems, read as it is now, to show on its own page beside the problems."""
        obj = self._read(rel, quiet=True)
        if obj is not None and obj.save_as:
            obj.translations = list(getattr(self.model.get(rel), "translations", []))
            self.fresh[rel] = obj

    def _menu_changed(self, before) -> bool:
        """A static page's title or address is in the menu and footer of every page."""
        for rel, old in before.items():
            new = self.model.get(rel)
            in_menu = any(o is not None and not isinstance(o, Article) for o in (old, new))
            if in_menu and (getattr(old, "title", None), getattr(old, "url", None)) != (
                getattr(new, "title", None),
                getattr(new, "url", None),
            ):
                return True
        return False

    # --- notices ----------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        return self._.lang or run_language()  # the language the run's messages are printed in

    def notices_for(self, page: str) -> list[Notice]:
        """What the server shows on top of ``page`` (site-relative path)."""
        return self.page_notices.get(page, [])

    def _notices(self) -> dict[str, list[Notice]]:
        return notices_by_page(self)

    # --- paths ------------------------------------------------------------------------------

    def _rel(self, path) -> str:
        return os.path.relpath(path, self.path)

    def _rel_of(self, obj) -> str:
        return obj.relative_source_path

    def content_files(self) -> list[str]:
        """Every Markdown file the checker knows, as Pelican names it (relative to PATH)."""
        cut = len(os.path.join(self.path, ""))
        return [path[cut:] for path in self.checks.sources]

    def _is_content(self, path) -> bool:
        return str(path).endswith(".md") and Path(self.path) in Path(path).parents

    def _generator_for(self, rel: str):
        articles = rel.split(os.sep, 1)[0] in self.settings["ARTICLE_PATHS"]
        kind = ArticlesGenerator if articles else PagesGenerator
        return next(g for g in self.generators if isinstance(g, kind))

    def _unlink(self, save_as: str) -> None:
        if not any(getattr(obj, "save_as", None) == save_as for obj in self.model.values()):
            (self.output / save_as).unlink(missing_ok=True)
