"""The EU funding disclosure under every article that names its project.

Staff write ``Project: 07-003-P-0001`` (several codes comma-separated); the block's text comes
from the project registry, in the article's language.

Why the block is rendered by the theme (``{{ eu_disclosure(article) }}``) and not pasted into
``article.content``: the content is what Pelican summarises, caches and puts in feeds. Kept out
of it, the block can never reach a summary, never be served stale from the content cache after
a registry edit (projects are looked up again on every build), and never be appended twice when
an article object is processed again. ``check_written_pages`` makes sure the theme shows each
block exactly once, so a theme that forgets it fails the build instead of dropping the notice.
"""

from __future__ import annotations

import logging
from collections import Counter
from itertools import chain
from pathlib import Path

from jinja2 import pass_context
from markupsafe import Markup
from pelican import signals
from pelican.plugins.eu_disclosure.settings import get_settings

from socialsite.errors import ContentError
from socialsite.frontmatter import parse_file
from socialsite.languages import default_lang, route
from socialsite.messages import _
from socialsite.registry import parse_codes, registry_for

logger = logging.getLogger(__name__)
TEMPLATES = Path(__file__).parent


def _all_articles(generator):
    return chain(
        generator.articles,
        generator.translations,
        generator.hidden_articles,
        generator.hidden_translations,
        generator.drafts,
        generator.drafts_translations,
    )


def attach_projects(generator) -> None:
    """Look up every article's projects in the registry; an unknown code fails the build."""
    registry = registry_for(generator.context, generator.settings)
    for article in _all_articles(generator):
        codes = parse_codes(article.metadata.get("project", ""))
        if codes and not all(code in registry for code in codes):
            line = parse_file(article.source_path).line_of("project")
            for code in codes:
                registry.require(code, article.source_path, line)
        article.projects = [registry.get(code) for code in codes]


def untranslated_mark(project):
    """A text still in the default language, inside a page in another: marked with its lang."""
    return lambda text: Markup('<span lang="{}">{}</span>').format(project.default_lang, text)


def _template(env, name: str):
    """One of the plugin's templates, escaping whatever the site's Jinja settings say (Pelican's default is not to)."""
    text = (TEMPLATES / name).read_text(encoding="utf-8").removesuffix("\n")  # as Jinja drops it from a file
    return env.from_string("{% autoescape true %}" + text + "{% endautoescape %}")


def add_template_globals(generator) -> None:
    """``eu_disclosure(article)`` and ``eu_landing(article)`` for articles, ``eu_emblem(project)`` anywhere."""
    env, settings = generator.env, generator.settings
    link = get_settings(settings)["EU_DISCLOSURE_PROJECT_LINK"]
    block = _template(env, "disclosure.html")
    emblem = _template(env, "emblem.html")

    @pass_context
    def eu_emblem(context, project, lazy=False, lang=None):
        """The emblem with its statement in the page's language (``lang``, else the page's, else the site's)."""
        lang = lang or context.get("lang") or default_lang(settings)
        return Markup(
            emblem.render(
                lang=lang,
                SITEURL=context.get("SITEURL", ""),
                project=project,
                statement=project.statement(lang),
                lazy=lazy,
                THEME_STATIC_DIR=settings["THEME_STATIC_DIR"],
            )
        )

    rendered = {}  # a block is the same under every article of one language and folder depth
    shown = generator.disclosures_shown = Counter()

    def _block(context, project, lang):
        key = (project.code, lang, context.get("SITEURL", ""))
        if key not in rendered:
            # Without the multilingual plugin no gettext is installed: the block's labels stay in English.
            words = {} if "gettext" in env.globals else {"_": _english}
            rendered[key] = block.render(
                lang=lang,
                project=project,
                emblem=eu_emblem(context, project, lazy=True, lang=lang),
                paragraphs=project.disclosure(settings, lang, mark=untranslated_mark(project)),
                SITEURL=context.get("SITEURL", ""),
                project_url=route(settings, "project", lang, slug=project.code) if link else None,
                **words,
            )
        return rendered[key]

    @pass_context
    def eu_disclosure(context, content):
        """The disclosure blocks of ``content`` in its language, or nothing."""
        shown[content.source_path] += 1
        return Markup("".join(_block(context, project, content.lang) for project in getattr(content, "projects", [])))

    @pass_context
    def eu_landing(context, content):
        """Emblems that must be seen without scrolling (programmes with ``emblem_on_landing``)."""
        return Markup(
            "".join(
                f'<div class="eu-landing" data-pagefind-ignore>{eu_emblem(context, project)}</div>'
                for project in getattr(content, "projects", [])
                if project.programme.emblem_on_landing
            )
        )

    env.globals["eu_emblem"] = eu_emblem
    env.globals["eu_landing"] = eu_landing
    env.globals["eu_disclosure"] = eu_disclosure


def _english(message: str, **values) -> str:
    """The theme's gettext where none is installed: the English msgid, filled like Jinja's newstyle gettext."""
    return message % values if values else message


def check_written_pages(generator, writer) -> None:
    """Every article page showed its blocks exactly once: the theme called ``eu_disclosure`` once.

    Counted as the pages render rather than read back from disk, which cost a second per
    thousand articles (benchmarks/README.md).
    """
    shown = getattr(generator, "disclosures_shown", Counter())
    for article in _all_articles(generator):
        if getattr(article, "projects", None) and article.save_as and shown[article.source_path] != 1:
            raise ContentError(
                article.source_path,
                1,
                _(
                    "the page showed its EU disclosure {count} times instead of once; the theme's article "
                    "template must call {{{{ eu_disclosure(article) }}}} once",
                    count=shown[article.source_path],
                ),
            )


def register() -> None:
    signals.article_generator_finalized.connect(attach_projects)
    signals.generator_init.connect(add_template_globals)
    signals.article_writer_finalized.connect(check_written_pages)
