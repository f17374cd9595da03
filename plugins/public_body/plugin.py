"""The public body's site: organisation facts, the law's section tree, services, pay, the index.

Signals (see README.md):

- ``generator_init``: the first generator of a build loads the data files (a wrong fact stops
  the build with its ``path:line``) and puts ``ORGANISATION`` (the theme's one source of the
  centre's facts) and ``PUBLIC_BODY`` into the context every template gets; then the template
  globals ``organisation_jsonld(lang)``, ``current_projects()``, ``page_in(slug, lang)``,
  ``section_of(page)``.
- ``get_generators``: ``PublicBodyGenerator`` writes one page per service in every language and
  the information index („Informacijos rodyklė“) in every language.
"""

from __future__ import annotations

from pelican import signals
from pelican.generators import Generator, PelicanTemplateNotFound
from pelican.plugins.public_body.information_index import index_entries
from pelican.plugins.public_body.jsonld import organisation_jsonld

from socialsite.errors import ContentErrors
from socialsite.languages import codes, default_lang, route, route_alternates
from socialsite.messages import N_
from socialsite.public_body import checks
from socialsite.public_body.settings import get_settings
from socialsite.registry.site import registry_for
from socialsite.rules.messages import translator
from socialsite.settings import SettingError
from socialsite.sourcedate import build_date


def load_data(generator) -> None:
    """Read the data files once per build (the first generator of a run asks), so a preview that
    runs Pelican again sees an edited file; a wrong fact stops the build with its line."""
    context, settings = generator.context, generator.settings
    if "PUBLIC_BODY" in context:
        return
    for name, value in get_settings(settings).items():  # checked first: a wrong one is one line
        settings.setdefault(name, value)
        context.setdefault(name, settings[name])
    body, errors = checks.load(settings, translator())
    if errors:
        raise ContentErrors(errors)
    # Settings for code that reads them (feeds, the news JSON-LD), the context for templates.
    settings["ORGANISATION"] = context["ORGANISATION"] = body.organisation
    context["PUBLIC_BODY"] = body


def pages_by_key(context, lang: str) -> dict:
    """{translation key: page} of the static pages in ``lang``."""
    cache = context.setdefault("PUBLIC_BODY_PAGES", {})
    if lang not in cache:
        found = {}
        for page in context.get("pages", []):
            for version in [page, *page.translations]:
                if version.lang == lang:
                    # The key multilingual gives (the original's slug); without it, the page's slug.
                    found[getattr(version, "translation_key", version.slug)] = version
        cache[lang] = found
    return cache[lang]


def add_globals(generator) -> None:
    load_data(generator)
    env, settings, context = generator.env, generator.settings, generator.context
    body = context["PUBLIC_BODY"]
    by_slug = {section.slug: section for section in body.sections}
    today = build_date(settings)
    env.globals["organisation_jsonld"] = lambda lang: organisation_jsonld(settings, lang)
    env.globals["current_projects"] = lambda: [p for p in registry_for(context, settings) if p.is_ongoing(today)]
    env.globals["page_in"] = lambda slug, lang: pages_by_key(context, lang).get(slug)
    env.globals["section_of"] = lambda page: (
        by_slug.get(getattr(page, "translation_key", None)) if page.lang == default_lang(settings) else None
    )


# The pages this plugin writes need these templates: the project's theme has them.
TEMPLATES = ("service", "information_index")


class PublicBodyGenerator(Generator):
    def generate_context(self):
        """Nothing to read (the data files are loaded on ``generator_init``); the theme is asked
        for the plugin's templates before anything is written, so a theme without them is one line."""
        for name in TEMPLATES:
            try:
                self.get_template(name)
            except PelicanTemplateNotFound:
                raise SettingError(
                    "THEME",
                    self.settings["THEME"],
                    N_("a theme with the templates service.html and information_index.html, like the project's theme"),
                ) from None

    def generate_output(self, writer):
        settings = self.settings
        body = self.context["PUBLIC_BODY"]
        every_lang = codes(settings)
        for lang in every_lang:
            common = {"lang": lang, "relative_urls": settings["RELATIVE_URLS"]}
            for service in body.services:
                has_it = [code for code in every_lang if code in service["name"]]
                if lang not in has_it:
                    continue
                writer.write_file(
                    route(settings, "service", lang, slug=service["slug"]),
                    self.get_template("service"),
                    self.context,
                    service=service,
                    page_kind="service",
                    services_page=pages_by_key(self.context, lang).get(
                        get_settings(settings)["PUBLIC_BODY_SERVICES_PAGE"]
                    ),
                    alternates=route_alternates(settings, "service", has_it, slug=service["slug"]),
                    **common,
                )
            writer.write_file(
                route(settings, "information_index", lang),
                self.get_template("information_index"),
                self.context,
                entries=index_entries(settings, self.context, lang, pages_by_key(self.context, lang)),
                page_kind="information_index",
                alternates=route_alternates(settings, "information_index", every_lang),
                **common,
            )


def get_generators(pelican):
    return [PublicBodyGenerator]


def register() -> None:
    signals.generator_init.connect(add_globals)
    signals.get_generators.connect(get_generators)
