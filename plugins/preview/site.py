"""The site held in memory: Pelican run once with our settings and plugins, then after each save
only the saved files read again and only the pages they appear on written again.

How: the articles and pages generators are Pelican's own, given one mixin (``_FromModel``) that
hands them the objects already read (``model``) instead of reading every file again, and leaves
out files that never passed the checks (``skip``). Re-running their ``generate_context`` then
costs milliseconds and redoes everything Pelican and our plugins derive from the list of
articles (translations, order, categories, the EU projects of each article), so none of that is
written twice. Then the saved article and its translations are written, and the list pages of
its languages through plugins/multilingual (``write_lists``) and plugins/project_pages.
"""

from __future__ import annotations

import os
import shutil
from collections import defaultdict
import time
from pathlib import Path

from pelican import Pelican, signals
from pelican.cache import FileStampDataCacher
from pelican.contents import Article, Page
from pelican.generators import ArticlesGenerator, PagesGenerator
from pelican.settings import read_settings

from multilingual.lists import ListPagesGenerator
from preview.checks import SiteChecks
from preview.notices import Notice, error_notice, page_notices
from project_pages.plugin import ProjectPagesGenerator
from sitekit.languages import route


def preview_settings(settings_file, output: Path, origin: str) -> dict:
    """pelicanconf.py as `make html` reads it, writing into the preview's own folder.

    No content cache on disk: the preview keeps the read articles in memory instead. Drafts are
    written at the address they will have once published.
    """
    settings = read_settings(str(settings_file), override={
        "OUTPUT_PATH": str(output), "CACHE_CONTENT": False, "LOAD_CONTENT_CACHE": False,
        "DELETE_OUTPUT_DIRECTORY": False, "ABSOLUTE_SITEURL": origin, "FEED_DOMAIN": origin,
    })
    for kind, draft in (("ARTICLE", "DRAFT"), ("PAGE", "DRAFT_PAGE")):
        for suffix in ("URL", "SAVE_AS", "LANG_URL", "LANG_SAVE_AS"):
            settings[f"{draft}_{suffix}"] = settings[f"{kind}_{suffix}"]
    return settings


class _FromModel:
    """Mixin for Pelican's articles and pages generators: read only what the preview has not."""

    preview: "PreviewSite"

    def get_files(self, paths, exclude=None, extensions=None):
        files = super().get_files(paths, exclude, extensions)
        if extensions is not None:  # another generator's question (disabled readers)
            return files
        return {f for f in files if f not in self.preview.skip}

    def get_cached_data(self, filename, default=None):
        return self.preview.model.get(filename, default)


def _contents(generator) -> list:
    if isinstance(generator, ArticlesGenerator):
        return [*generator.articles, *generator.translations, *generator.hidden_articles,
                *generator.hidden_translations, *generator.drafts, *generator.drafts_translations]
    return [*generator.pages, *generator.translations, *generator.hidden_pages,
            *generator.hidden_translations, *generator.draft_pages, *generator.draft_translations]


class PreviewSite:
    def __init__(self, settings_file, output: Path, origin: str, _):
        self.settings_file, self.output, self.origin, self._ = Path(settings_file), Path(output), origin, _
        self.model: dict[str, object] = {}  # content path (as Pelican names it) -> last good object
        self.skip: set[str] = set()  # files with problems that were never good: not on the site
        self.fresh: dict[str, object] = {}  # files with problems, as read now: their own page only
        self.page_notices: dict[str, list[Notice]] = {}

    # --- the whole site ---------------------------------------------------------------------

    def build(self) -> None:
        """Check everything and write the whole preview (at start, after a registry or theme edit)."""
        self.settings = preview_settings(self.settings_file, self.output, self.origin)
        self.path = self.settings["PATH"]
        self.checks = SiteChecks(self.settings, self._)
        self.model, self.fresh = {}, {}
        self.skip = {self._rel(path) for path in self.checks.errors() if self._is_content(path)}
        if self.output.exists():
            shutil.rmtree(self.output)
        self.pelican = Pelican(self.settings)
        context = self.settings.copy()
        context.update(generated_content={}, static_links=set(), static_content={},
                       localsiteurl=self.settings["SITEURL"])
        self.context = context
        self.generators = [
            cls(context=context, settings=self.settings, path=self.path, theme=self.settings["THEME"],
                output_path=str(self.output))
            for cls in map(self._preview_class, self.pelican._get_generator_classes())
        ]
        # What Pelican.run does, keeping the generators (Pelican.run drops them).
        for generator in self.generators:
            if hasattr(generator, "generate_context"):
                generator.generate_context()
        signals.all_generators_finalized.send(self.generators)
        for generator in self.generators:
            if hasattr(generator, "refresh_metadata_intersite_links"):
                generator.refresh_metadata_intersite_links()
        self._collect()
        self._write_everything()
        self.page_notices = self._notices()

    def _write_everything(self) -> None:
        writer = self.pelican._get_writer()
        for generator in self.generators:
            if hasattr(generator, "generate_output"):
                generator.generate_output(writer)
        signals.finalized.send(self.pelican)

    def _preview_class(self, cls):
        if issubclass(cls, FileStampDataCacher):
            return type(f"Preview{cls.__name__}", (_FromModel, cls), {"preview": self})
        return cls

    # --- one save ---------------------------------------------------------------------------

    def update(self, paths, on_page_written=None) -> dict:
        """Check and render again after the content files ``paths`` (absolute) were saved or deleted.

        ``on_page_written(path)`` is called as soon as the saved file's own pages are written,
        before the list pages. Returns what was done and how long it took.
        """
        started = time.perf_counter()
        touched = self.checks.update(paths)
        errors = self.checks.errors()
        before = {rel: self.model.get(rel) for rel in map(self._rel, touched)}
        good, broken = [], []
        for path in touched:
            rel = self._rel(path)
            self.fresh.pop(rel, None)
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
                self.model.pop(rel, None)
                self.skip.discard(rel)
        if good or any(before[rel] is not None and rel not in self.model for rel in before):
            self._refresh()
        for rel in good:
            if rel in self.model:
                self.model[rel].refresh_metadata_intersite_links()
            else:  # Pelican could not read it although the rules passed; it logged why
                self.skip.add(rel)
        for rel in broken:
            self._read_fresh(rel)

        writer = self.pelican._get_writer()
        written, langs, articles_changed = set(), set(), False
        for rel, old in before.items():
            new = self.model.get(rel)
            for obj in {id(o): o for o in [new, old, self.fresh.get(rel)] if o is not None}.values():
                articles_changed |= isinstance(obj, Article)
                langs.add(obj.lang)
            if old is not None and old.save_as and (new is None or new.save_as != old.save_as):
                self._unlink(old.save_as)
            group = [new] if new is not None else []
            for other in [*getattr(new, "translations", []), *getattr(old, "translations", [])]:
                if self.model.get(self._rel_of(other)) is other:
                    group.append(other)
            for obj in group + ([self.fresh[rel]] if rel in self.fresh else []):
                if obj.save_as and obj.save_as not in written:
                    self._write_content(writer, obj)
                    written.add(obj.save_as)
        self.page_notices = self._notices()
        own_pages = time.perf_counter() - started
        if on_page_written is not None:
            on_page_written(sorted(written))
        if self._menu_changed(before):
            self._write_everything()
        elif articles_changed:
            writer = self.pelican._get_writer()
            for generator in self.generators:
                if isinstance(generator, ListPagesGenerator):
                    generator.write_lists(writer, [lang for lang in self.settings["LANGUAGES"] if lang in langs])
                elif isinstance(generator, ProjectPagesGenerator):
                    generator.generate_output(writer)
        return {"pages": sorted(written), "page_seconds": own_pages, "seconds": time.perf_counter() - started}

    def _refresh(self) -> None:
        """Let Pelican and the plugins derive everything from the model again (no file is re-read)."""
        self.context.pop("ARTICLES_BY_LANG", None)  # sitekit.languages keeps it per build
        for generator in self.generators:
            if isinstance(generator, _FromModel):
                if isinstance(generator, ArticlesGenerator):
                    # generate_context appends to these, as left by ArticlesGenerator.__init__
                    generator.categories, generator.tags, generator.authors = (
                        defaultdict(list), defaultdict(list), defaultdict(list))
                generator.generate_context()
        self._collect()

    def _collect(self) -> None:
        self.model = {self._rel_of(obj): obj for generator in self.generators
                      if isinstance(generator, _FromModel) for obj in _contents(generator)}

    def _read_fresh(self, rel: str) -> None:
        """A file with problems, read as it is now, to show on its own page beside the problems."""
        generator = self._generator_for(rel)
        is_article = isinstance(generator, ArticlesGenerator)
        try:
            obj = generator.readers.read_file(
                base_path=generator.path, path=rel, content_class=Article if is_article else Page,
                context=generator.context)
            obj.translations = list(getattr(self.model.get(rel), "translations", []))
            if obj.save_as and obj.is_valid():
                self.fresh[rel] = obj
        except Exception:  # noqa: BLE001 - the rules already said what is wrong; the old page stays
            return

    def _write_content(self, writer, obj) -> None:
        """Write one article or page, with the arguments Pelican's generators write it with."""
        rel = self._rel_of(obj)
        generator = self._generator_for(rel)
        common = {"relative_urls": self.settings["RELATIVE_URLS"], "url": obj.url,
                  "override_output": hasattr(obj, "override_save_as")}
        if isinstance(obj, Article):
            signals.article_generator_write_article.send(generator, content=obj)
            writer.write_file(obj.save_as, generator.get_template(obj.template), generator.context,
                              article=obj, category=getattr(obj, "category", None), blog=True, **common)
        else:
            signals.page_generator_write_page.send(generator, content=obj)
            writer.write_file(obj.save_as, generator.get_template(obj.template), generator.context,
                              page=obj, **common)

    def _menu_changed(self, before) -> bool:
        """A static page's title or address is in the menu and footer of every page."""
        for rel, old in before.items():
            new = self.model.get(rel)
            if any(o is not None and not isinstance(o, Article) for o in (old, new)):
                if (getattr(old, "title", None), getattr(old, "url", None)) != \
                        (getattr(new, "title", None), getattr(new, "url", None)):
                    return True
        return False

    # --- notices ----------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        return self._.lang

    def notices_for(self, page: str) -> list[Notice]:
        """What the server shows on top of ``page`` (site-relative path)."""
        return self.page_notices.get(page, [])

    def _notices(self) -> dict[str, list[Notice]]:
        _ = self._
        found: dict[str, list[Notice]] = {}
        drafts = []
        for obj in self.model.values():
            for notice in page_notices(obj, _):
                found.setdefault(obj.save_as, []).append(notice)
            if getattr(obj, "status", "") == "draft":
                drafts.append(obj)
        for rel, obj in self.fresh.items():
            found[obj.save_as] = [n for n in page_notices(obj, _)]
        errors = self.checks.errors()
        for path, problems in sorted(errors.items()):
            rel = self._rel(path) if self._is_content(path) else None
            for obj in {id(o): o for o in (self.model.get(rel), self.fresh.get(rel)) if o is not None}.values():
                found.setdefault(obj.save_as, []).insert(0, error_notice(problems, _))
        home = []
        if errors:
            home.append(error_notice(self.checks.all_errors(), _))
        if drafts:
            home.append(Notice("draft", _("Drafts"), (_("Only the preview shows them."),),
                               tuple((d.save_as, d.title) for d in sorted(drafts, key=lambda d: d.save_as))))
        for lang in self.settings["LANGUAGES"]:
            if home:
                found[route(self.settings, "home", lang)] = home + found.get(route(self.settings, "home", lang), [])
        return found

    # --- paths ------------------------------------------------------------------------------

    def _rel(self, path) -> str:
        return os.path.relpath(path, self.path)

    def _rel_of(self, obj) -> str:
        return os.path.relpath(obj.source_path, self.path)

    def _is_content(self, path) -> bool:
        return str(path).endswith(".md") and Path(self.path) in Path(path).parents

    def _generator_for(self, rel: str):
        articles = rel.split(os.sep, 1)[0] in self.settings["ARTICLE_PATHS"]
        kind = ArticlesGenerator if articles else PagesGenerator
        return next(g for g in self.generators if isinstance(g, kind))

    def _unlink(self, save_as: str) -> None:
        if not any(getattr(obj, "save_as", None) == save_as for obj in self.model.values()):
            (self.output / save_as).unlink(missing_ok=True)

