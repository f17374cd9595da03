"""Articles dated after the build's date wait for their day: no page, no list, no feed, no link.

Done once, on ``article_generator_pretaxonomy``: Pelican has read every article and paired the
translations, and nothing has been listed yet. The scheduled articles leave the generator's
lists here, and the rest are paired again, so every later step — categories, archives, home,
project pages, feeds, the sitemap, hreflang and the language switcher (each translation's
``translations``), Pagefind (it indexes only pages written) — sees only what is due. A
translation due before its original stands alone until the original's day.

The rule itself is ``socialsite.schedule.is_scheduled``; each scheduled article gets
``scheduled = True`` and they are kept on the generator and in the context as
``scheduled_articles``. A preview sets ``SCHEDULED_SHOW = True``: then nothing is held back and
a template can show those articles with a „Suplanuota“ banner.
"""

from __future__ import annotations

from pelican import signals
from pelican.plugins.scheduled.settings import get_settings
from pelican.utils import order_content, process_translations

from socialsite.schedule import is_scheduled
from socialsite.sourcedate import build_date

# (originals, their translations) as Pelican's ArticlesGenerator keeps them; drafts are never
# written (DRAFT_SAVE_AS is empty), so their dates do not matter.
LISTS = (("articles", "translations"), ("hidden_articles", "hidden_translations"))


def hold_back_scheduled(generator) -> None:
    settings = generator.settings
    show = get_settings(settings)["SCHEDULED_SHOW"]  # read first: a wrong value stops every build
    today = build_date(settings)
    held = []
    for originals, translations in LISTS:
        every = [*getattr(generator, originals), *getattr(generator, translations)]
        due = [article for article in every if not is_scheduled(article, settings, today)]
        if len(due) == len(every):
            continue
        for article in every:
            if article not in due:
                article.scheduled = True  # templates: {% if article.scheduled %} („Suplanuota“)
                held.append(article)
        if show:
            continue
        kept, kept_translations = process_translations(due, translation_id=settings["ARTICLE_TRANSLATION_ID"])
        setattr(generator, originals, order_content(kept, settings["ARTICLE_ORDER_BY"]))
        setattr(generator, translations, kept_translations)
    generator.scheduled_articles = sorted(held, key=lambda a: (a.date, a.source_path))
    generator.context["scheduled_articles"] = generator.scheduled_articles


def register() -> None:
    signals.article_generator_pretaxonomy.connect(hold_back_scheduled)
