"""Pelican's run, taken apart so the preview can keep it: its settings, its generators, and the
signals and lists a save sends and writes again.

The preview never imports another plugin's classes. It finds what to write again after a save by
a small protocol over the generators Pelican gave it (``write_lists_again``): a generator with
``write_lists(writer, langs)`` writes the pages that list articles in only those languages
(plugins/multilingual); any other generator a plugin added writes its whole output again
(plugins/project_pages, plugins/public_body), limited by the preview's writer to the touched
languages. Pelican's own generators are written object by object instead (``render.write_content``).
"""

from __future__ import annotations

import gc
from pathlib import Path

from pelican import signals
from pelican.generators import (
    ArticlesGenerator,
    PagesGenerator,
    SourceFileGenerator,
    StaticGenerator,
    TemplatePagesGenerator,
)
from pelican.settings import read_settings

from socialsite.languages import codes, fill_in

PELICANS_OWN = (ArticlesGenerator, PagesGenerator, StaticGenerator, TemplatePagesGenerator, SourceFileGenerator)


def preview_settings(settings_file, output: Path, origin: str) -> dict:
    """pelicanconf.py as `make html` reads it, writing into the preview's own folder.

    No content cache on disk: the preview keeps the read articles in memory instead. Drafts are
    written at the address they will have once published.
    """
    settings = read_settings(
        str(settings_file),
        override={
            "OUTPUT_PATH": str(output),
            "CACHE_CONTENT": False,
            "LOAD_CONTENT_CACHE": False,
            "DELETE_OUTPUT_DIRECTORY": False,
            "ABSOLUTE_SITEURL": origin,
            "FEED_DOMAIN": origin,
            "SCHEDULED_SHOW": True,  # news dated ahead shown with a „Suplanuota“ banner (preview.notices)
        },
    )
    for kind, draft in (("ARTICLE", "DRAFT"), ("PAGE", "DRAFT_PAGE")):
        for suffix in ("URL", "SAVE_AS", "LANG_URL", "LANG_SAVE_AS"):
            settings[f"{draft}_{suffix}"] = settings[f"{kind}_{suffix}"]
    fill_in(settings)
    return settings


def generators_of(pelican, settings, output: Path, preview_class) -> tuple[dict, list]:
    """What ``Pelican.run`` does up to writing, keeping the context and generators it drops."""
    context = settings.copy()
    context.update(generated_content={}, static_links=set(), static_content={}, localsiteurl=settings["SITEURL"])
    generators = [
        cls(context=context, settings=settings, path=settings["PATH"], theme=settings["THEME"], output_path=str(output))
        for cls in map(preview_class, pelican._get_generator_classes())
    ]
    for generator in generators:
        if hasattr(generator, "generate_context"):
            generator.generate_context()
    signals.all_generators_finalized.send(generators)
    for generator in generators:
        if hasattr(generator, "refresh_metadata_intersite_links"):
            generator.refresh_metadata_intersite_links()
    return context, generators


def write_lists_again(generators, writer, settings, langs) -> None:
    """After articles changed: every page that lists articles, in the languages ``langs``."""
    ordered = [lang for lang in codes(settings) if lang in langs]
    for generator in generators:
        if hasattr(generator, "write_lists"):
            generator.write_lists(writer, ordered)
        elif not isinstance(generator, PELICANS_OWN) and hasattr(generator, "generate_output"):
            generator.generate_output(writer)


def finalized(generator) -> None:
    """What plugins do once the articles are known (eu_disclosure: each article's projects)."""
    name = "article_generator_finalized" if isinstance(generator, ArticlesGenerator) else "page_generator_finalized"
    getattr(signals, name).send(generator)


def settle() -> None:
    """Keep the garbage collector off the site model.

    The model is hundreds of thousands of long-lived objects; a full collection walks them all
    and stops a save for a third of a second at 3,000 articles. Frozen objects are never walked
    (the few replaced article objects they hold stay in memory until the preview stops).
    """
    gc.collect()
    gc.freeze()
