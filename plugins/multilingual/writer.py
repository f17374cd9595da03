"""A Pelican Writer that tells every template which language its page is in.

Pelican renders articles and pages with ``article=`` or ``page=`` only; the theme also needs
the page's language, its translations and the language switcher. Computing them here, where
every page passes, keeps that logic in one place for Pelican's pages and ours alike.
"""

from __future__ import annotations

from feedgenerator import get_tag_uri
from markupsafe import Markup
from pelican.utils import set_date_tzinfo
from pelican.writers import Writer

from socialsite.languages import content_alternates, default_lang, switcher
from socialsite.sourcedate import source_datetime


def newest_article_date(context):
    """The date of the newest published article in any language, or None on an empty site."""
    dates = [
        version.date
        for article in context.get("articles", [])
        for version in (article, *getattr(article, "translations", []))
    ]
    return max(dates, default=None)


class LanguageWriter(Writer):
    """Renders every page with ``lang``, ``alternates`` and ``switcher``; summary-only feeds."""

    def write_file(
        self,
        name,
        template,
        context,
        relative_urls=False,
        paginated=None,
        template_name=None,
        override_output=False,
        url=None,
        **kwargs,
    ):
        content = kwargs.get("article") or kwargs.get("page")
        if content is not None and "lang" not in kwargs:
            kwargs["lang"] = content.lang
            kwargs["alternates"] = content_alternates(self.settings, content)
        kwargs.setdefault("lang", default_lang(self.settings))
        kwargs.setdefault("alternates", {})
        kwargs["switcher"] = switcher(self.settings, kwargs["lang"], kwargs["alternates"])
        return super().write_file(
            name, template, context, relative_urls, paginated, template_name, override_output, url, **kwargs
        )

    def _create_new_feed(self, feed_type, feed_title, context):
        feed = super()._create_new_feed(feed_type, feed_title, context)
        feed.feed["language"] = context.get("feed_lang")
        newest_item = feed.latest_post_date

        def latest_post_date():
            """An empty feed's <updated> is the site's newest article, never the clock nor the
            build's date: builds repeat, and tomorrow's build differs only if the content does."""
            if feed.items:
                return newest_item()
            return newest_article_date(context) or source_datetime(self.settings)

        feed.latest_post_date = latest_post_date
        return feed

    def _add_item_to_the_feed(self, feed, item):
        """Summaries only: the full article, with its EU disclosure, is one click away."""
        link = self.urljoiner(self.site_url, item.url)
        feed.add_item(
            title=Markup(item.title).striptags(),
            link=link,
            unique_id=get_tag_uri(link, item.date),
            description=item.summary,
            categories=[item.category.name] if getattr(item, "category", None) else None,
            author_name=getattr(item, "author", "") and str(item.author),
            pubdate=set_date_tzinfo(item.date, self.settings.get("TIMEZONE")),
            updateddate=set_date_tzinfo(item.modified, self.settings.get("TIMEZONE"))
            if hasattr(item, "modified")
            else None,
        )
