"""Lithuanian at /, Russian at /ru/, English at /en/ in one Pelican run.

Pelican's native translations (articles sharing a ``translation_key``) instead of
pelican-i18n-subsites: subsites run Pelican once per language and re-read every file each time,
about 2.6 times slower here (README, "Architecture"). What native translations lack, this
plugin adds:

- every page knows its language, its translations and the switcher (``writer.LanguageWriter``);
- theme strings are translated per page through gettext (``catalogs``);
- home, category, archive, search and 404 pages and Atom feeds exist in each language
  (``lists.ListPagesGenerator``);
- a record of every page written with its language and alternates (``LanguageWriter.pages``),
  from which plugins/sitemap writes sitemap.xml.
"""

from __future__ import annotations

from pelican import signals
from pelican.contents import Article, Page

from socialsite import formatting, languages
from socialsite.languages import absolute_url

from . import catalogs, lists, writer


def set_translation_key(content) -> None:
    """Translations are grouped by the original's slug: ``Translation_of`` or the own slug."""
    if isinstance(content, (Article, Page)):  # pictures and other static files have no slug
        content.translation_key = getattr(content, "translation_of", None) or content.slug


def news_article_jsonld(settings, article) -> dict:
    """schema.org NewsArticle for search engines, dates in ISO 8601."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "inLanguage": article.lang,
        "datePublished": article.date.isoformat(),
        "url": absolute_url(settings, article.url),
        "publisher": {"@type": "Organization", "name": settings["ORGANISATION"]["name"][article.lang]},
    }
    if hasattr(article, "modified"):
        data["dateModified"] = article.modified.isoformat()
    return data


def setup_environment(generator) -> None:
    """Give every generator's Jinja2 environment the same filters, globals and translations."""
    env = generator.env
    settings = generator.settings
    context = generator.context
    formatting.register_filters(env, settings)
    env.globals["route"] = lambda name, lang, **params: languages.route(settings, name, lang, **params)
    env.globals["absolute_url"] = lambda path: absolute_url(settings, path)
    env.globals["news_article_jsonld"] = lambda article: news_article_jsonld(settings, article)
    env.globals["pages_in"] = lambda lang, keys: _pages_in(context, lang, keys)
    env.filters["capitalize_first"] = lambda text: text[:1].upper() + text[1:]
    env.filters["category_name"] = lambda category, lang: lists.category_name(settings, category, lang)
    catalogs.install(env, settings)


def _pages_in(context, lang: str, keys: list[str]) -> list:
    """The static pages named by ``keys`` (Lithuanian slugs) in ``lang``, in that order."""
    found = {}
    for page in context.get("pages", []):
        for version in [page, *page.translations]:
            if version.lang == lang:
                found[version.translation_key] = version
    return [found[key] for key in keys if key in found]


def get_writer(pelican):
    return writer.LanguageWriter


def get_generators(pelican):
    return [lists.ListPagesGenerator]


def register() -> None:
    signals.content_object_init.connect(set_translation_key)
    signals.generator_init.connect(setup_environment)
    signals.get_writer.connect(get_writer)
    signals.get_generators.connect(get_generators)
