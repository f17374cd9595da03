"""A page for every project in every language, a projects index and a feed per project.

Regulation (EU) 2021/1060, Art. 50(1)(a): the organisation's website describes each operation
(aims, results, the EU's support) while it runs, not only in news. The page shows the registry's
description and facts, the emblem with its statement, and the project's news, newest first.
A project is planned, ongoing or finished on the build's date (socialsite.sourcedate:
SOURCE_DATE_EPOCH, else today in Vilnius): the nightly build turns it finished the day after its
end date, and two builds of one commit on one date agree.
"""

from __future__ import annotations

import datetime

from pelican import signals
from pelican.generators import Generator
from pelican.plugins.project_pages.settings import get_settings

from socialsite.languages import articles_by_language, codes, feed_context, route, route_alternates
from socialsite.registry import parse_codes, registry_for
from socialsite.sourcedate import build_date


class ProjectPagesGenerator(Generator):
    def generate_context(self):
        """Nothing to read here: the registry is loaded with the articles."""

    def generate_output(self, writer):
        settings = self.settings
        feeds = get_settings(settings)["PROJECT_PAGES_FEEDS"]
        registry = registry_for(self.context, settings)
        projects = list(registry)
        today = build_date(settings)
        every_lang = codes(settings)
        per_lang = articles_by_language(settings, self.context)
        for lang, articles in per_lang.items():
            common = {"lang": lang, "relative_urls": settings["RELATIVE_URLS"]}
            ongoing = [p for p in projects if p.is_ongoing(today)]
            finished = sorted(
                (p for p in projects if not p.is_ongoing(today)),
                key=lambda p: (p.end or datetime.date.min, p.code),
                reverse=True,
            )
            writer.write_file(
                route(settings, "projects", lang),
                self.get_template("projects"),
                self.context,
                ongoing=ongoing,
                finished=finished,
                today=today,
                page_kind="projects",
                alternates=route_alternates(settings, "projects", every_lang),
                **common,
            )
            for project in projects:
                news = [a for a in articles if project.code in parse_codes(a.metadata.get("project", ""))]
                feed = route(settings, "project_feed", lang, slug=project.code) if feeds else None
                writer.write_file(
                    route(settings, "project", lang, slug=project.code),
                    self.get_template("project"),
                    self.context,
                    project=project,
                    news=news,
                    page_kind="project",
                    ongoing=project.is_ongoing(today),
                    status=project.status(today),
                    alternates=route_alternates(settings, "project", every_lang, slug=project.code),
                    project_feed=feed,
                    **common,
                )
                if feed:
                    writer.write_feed(
                        news, feed_context(self.context, settings, lang), feed, feed, feed_title=project.title(lang)
                    )


def get_generators(pelican):
    return [ProjectPagesGenerator]


def register() -> None:
    signals.get_generators.connect(get_generators)
