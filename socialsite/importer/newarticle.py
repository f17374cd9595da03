"""``make new``: start a news article with a complete header and a sample first paragraph.

Everything but the sample paragraph passes ``make check`` as written; the paragraph is refused
(socialsite.rules.placeholder) until staff replace it, so an untouched file never ships.

The file is checked with the content rules before it is saved, together with every existing
file (only the new file's problems count), so a title whose slug is taken, an unknown project or a translation of nothing is refused
with the checker's own message, and nothing is written.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from socialsite.errors import ContentError, ContentErrors
from socialsite.importer.article import article_name, format_article, write_new
from socialsite.languages import codes, default_lang
from socialsite.rules.header import MAX_SLUG, today_in
from socialsite.rules.messages import Messages
from socialsite.rules.placeholder import check_placeholder, placeholder_for
from socialsite.rules.rules import check_sources, registry_or_errors, sort_errors
from socialsite.rules.sources import read_sources, source_from_text, title_slug


class NewArticleRefused(Exception):
    """The arguments cannot make an article; the message says what to change."""


def new_article(
    settings,
    title: str,
    *,
    _: Messages,
    project: str = "",
    lang: str = "",
    translation_of: str = "",
    today: datetime.date | None = None,
    content_dir=None,
) -> Path:
    """Write content/news/<lang>/<YYYY-MM-DD>-<slug>.md and return its path.

    Raises NewArticleRefused for arguments that make no article, ContentErrors for what the
    checker finds in the file that would be written (nothing is written then).
    """
    lang = lang or default_lang(settings)
    if lang not in codes(settings):
        raise NewArticleRefused(
            _("'{lang}' is no site language; use one of: {known}", lang=lang, known=", ".join(codes(settings)))
        )
    title = " ".join(title.split())
    if not title:
        raise NewArticleRefused(_('the title is empty; write it as TITLE="…" (make) or --title "…" (invoke)'))
    slug = title_slug(title, settings)
    if not slug:
        raise NewArticleRefused(
            _("the title gives no web address; add the line 'Slug: …' with small Latin letters, digits and hyphens")
        )
    if len(slug) > MAX_SLUG:  # before any file name is made: the system would refuse it with a traceback
        raise NewArticleRefused(
            _(
                "the title is too long for a file name (its web address would be {length} characters, "
                "at most {limit}); write a shorter title",
                length=len(slug),
                limit=MAX_SLUG,
            )
        )
    today = today or today_in(settings)
    content_dir = Path(content_dir or settings["PATH"])
    folder = content_dir / settings["ARTICLE_PATHS"][0]
    path = folder / lang / article_name(today, slug)
    fields = [
        ("Title", title),
        ("Date", today.isoformat()),
        ("Slug", slug),
        ("Category", next(iter(settings["CATEGORY_NAMES"]))),
        ("Project", " ".join(project.split())),
        ("Translation_of", " ".join(translation_of.split())),
    ]
    text = format_article(fields, [placeholder_for(lang)])
    if path.exists():
        raise ContentErrors(
            [
                ContentError(
                    str(path),
                    1,
                    _("the file already exists and was left as it is; delete it first or choose another title"),
                )
            ]
        )
    registry, problems = registry_or_errors(settings)
    if registry is None and project:
        raise ContentErrors(problems)  # the code cannot be checked against a broken registry
    sources, _unreadable = read_sources(settings, content_dir, _)
    new = source_from_text(text, path, content_dir, "article", settings, _)
    # One pass over all files; of two files claiming one slug or translation, the newer is the
    # one reported, so every problem the new file brings is reported on the new file.
    # The sample paragraph is the one problem the new file is meant to have: staff replace it.
    expected = set(check_placeholder(new, _))
    caused = [
        e
        for e in check_sources([*sources, new], settings, registry, content_dir, today, _)
        if e.path == new.path and e not in expected
    ]
    if caused:
        raise ContentErrors(sort_errors(caused))
    write_new(path, text, _)
    return path
