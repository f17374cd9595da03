"""Home, category, archive, search and 404 pages, and Atom feeds, in every language.

Pelican writes these for the default language only; its own are switched off in
pelicanconf.py and this generator writes them the same way for each language.
"""

from __future__ import annotations

from collections import defaultdict

from pelican.generators import Generator

from socialsite.languages import articles_by_language, category_name, codes, feed_context, route, route_alternates

from .settings import get_settings


class ListPagesGenerator(Generator):
    """Writes after the articles are read; ``write_lists`` is the preview's way in (below)."""

    def generate_context(self):
        """Nothing to read: the articles come from Pelican's ArticlesGenerator."""

    def generate_output(self, writer):
        self.write_lists(writer, codes(self.settings))

    def write_lists(self, writer, langs):
        """The list pages and feeds of the languages ``langs``.

        The preview (socialsite/preview) calls this, on any generator that has it, with only the
        languages a saved article touched: the protocol is this method's name and arguments.
        """
        settings = self.settings
        wanted = get_settings(settings)
        kinds, feeds = set(wanted["MULTILINGUAL_PAGES"]), wanted["MULTILINGUAL_FEEDS"]
        per_lang = articles_by_language(settings, self.context)
        categories = {lang: _group_by_category(articles) for lang, articles in per_lang.items()}
        every_lang = codes(settings)
        for lang in langs:
            articles = per_lang[lang]
            common = {"lang": lang, "relative_urls": settings["RELATIVE_URLS"]}
            if "home" in kinds:
                page = route(settings, "home", lang)
                writer.write_file(
                    page,
                    self.get_template("index"),
                    self.context,
                    template_name="index",
                    paginated={"articles": articles},
                    url=page,
                    articles=articles,
                    alternates=route_alternates(settings, "home", every_lang),
                    page_kind="home",
                    **common,
                )
            for name in ("archives", "search"):
                if name in kinds:
                    writer.write_file(
                        route(settings, name, lang),
                        self.get_template(name),
                        self.context,
                        articles=articles,
                        page_kind=name,
                        alternates=route_alternates(settings, name, every_lang),
                        **common,
                    )
            if "404" in kinds:  # served for any missing path, so its links must be absolute
                writer.write_file(
                    route(settings, "404", lang),
                    self.get_template("404"),
                    self.context,
                    page_kind="404",
                    lang=lang,
                    relative_urls=False,
                    alternates=route_alternates(settings, "404", every_lang),
                )
            for category, items in categories[lang].items() if "category" in kinds else ():
                path = route(settings, "category", lang, slug=category.slug)
                has_it = [code for code in every_lang if category in categories[code]]
                writer.write_file(
                    path,
                    self.get_template("category"),
                    self.context,
                    template_name="category",
                    paginated={"articles": items},
                    url=path,
                    articles=items,
                    category=category,
                    alternates=route_alternates(settings, "category", has_it, slug=category.slug),
                    page_kind="category",
                    **common,
                )
            if feeds:
                self._write_feeds(writer, lang, articles, categories[lang])

    def _write_feeds(self, writer, lang, articles, categories):
        settings = self.settings
        context = feed_context(self.context, settings, lang)
        path = route(settings, "feed", lang)
        writer.write_feed(articles, context, path, path)
        for category, items in categories.items():
            path = route(settings, "category_feed", lang, slug=category.slug)
            writer.write_feed(items, context, path, path, feed_title=category_name(settings, category, lang))


def _group_by_category(articles) -> dict:
    groups = defaultdict(list)
    for article in articles:
        groups[article.category].append(article)
    return dict(sorted(groups.items(), key=lambda item: item[0].slug))
