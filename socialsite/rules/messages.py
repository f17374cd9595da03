"""What the content tools say, through the one home of messages, ``socialsite.messages``.

Every message is written in English as a msgid with named placeholders,
``_("unknown category '{category}'; use one of: {known}", category=…, known=…)``; ``_`` returns a
``Message`` (the id and its values) that is put into words when printed, in the run's language
(``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; Lithuanian by default). The catalogs are
``locale/<lang>/LC_MESSAGES/content_rules.po`` beside this file.
"""

from __future__ import annotations

from socialsite.messages import (  # noqa: F401  (the names the rules and tools import from here)
    DEFAULT_LANG,
    N_,
    Message,
    Messages,
    catalog_path,
    languages,
    placeholders,
    run_language,
    set_language,
)


def translator(lang: str | None = None) -> Messages:
    """``_`` for the run's language, or pinned to ``lang``."""
    return Messages(lang)


def summary(count: int, _: Messages) -> Message:
    """The last line of ``make check``."""
    if count:
        return _("Problems found: {count}. Fix the lines above and check again.", count=count)
    return _("No problems found.")
