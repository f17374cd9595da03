"""The Jinja filters and globals the theme uses, registered in one place for every generator.

Dates and money in the page's language (Babel, ``socialsite.formatting``), URLs of generated pages
(``socialsite.languages.route``), the language facts, static pages by key, the NewsArticle JSON-LD
and the theme's own strings through gettext, in the page's language (``catalogs``). They used to
come with plugins/multilingual; here any plugin set, one language or several, gets the same
theme. Globals that belong to one plugin's job come with that plugin (README: the full list).
"""

from __future__ import annotations

from pelican import signals

from socialsite import formatting, languages
from socialsite.languages import absolute_url, category_name

from . import catalogs


def check_languages(pelican) -> None:
    """``initialized``: a wrong LANGUAGES or DEFAULT_LANG stops the build before anything is read."""
    languages.fill_in(pelican.settings)


def install(generator) -> None:
    """``generator_init``: every generator's Jinja2 environment gets the same filters and globals."""
    env, settings, context = generator.env, generator.settings, generator.context
    formatting.register_filters(env, settings)
    env.filters["category_name"] = lambda category, lang: category_name(settings, category, lang)
    env.filters["capitalize_first"] = lambda text: text[:1].upper() + text[1:]
    env.globals["route"] = lambda name, lang, **params: languages.route(settings, name, lang, **params)
    env.globals["absolute_url"] = lambda path: absolute_url(settings, path)
    env.globals["language"] = lambda code: languages.language(settings, code)
    env.globals["news_article_jsonld"] = lambda article: news_article_jsonld(settings, article)
    env.globals["pages_in"] = lambda lang, keys: pages_in(context, lang, keys)
    catalogs.install(env, settings)


def news_article_jsonld(settings, article) -> dict:
    """schema.org NewsArticle for search engines, dates in ISO 8601."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "inLanguage": article.lang,
        "datePublished": article.date.isoformat(),
        "url": absolute_url(settings, article.url),
        "publisher": {"@type": "Organization", "name": languages.site_name(settings, article.lang)},
    }
    if hasattr(article, "modified"):
        data["dateModified"] = article.modified.isoformat()
    return data


def pages_in(context, lang: str, keys: list[str]) -> list:
    """The static pages named by ``keys`` (``translation_key``: the original's slug) in ``lang``, in that order."""
    found = {}
    for page in context.get("pages", []):
        for version in [page, *page.translations]:
            if version.lang == lang:
                found[getattr(version, "translation_key", version.slug)] = version
    return [found[key] for key in keys if key in found]


def register() -> None:
    signals.initialized.connect(check_languages)
    signals.generator_init.connect(install)
