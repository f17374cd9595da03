"""Dates and money as readers of each language expect them, through Babel.

Never the operating system's locale: ``lt_LT`` is missing on most servers, and locale-based
formats then fail silently. Registered once as Jinja2 filters (``register_filters``) and used
by templates, the disclosure and the project pages alike.
"""

from __future__ import annotations

import datetime
import functools
from decimal import Decimal

from babel.dates import format_date as babel_format_date
from babel.numbers import format_currency, format_decimal

from socialsite.languages import language

# How each language writes an amount in euro. Lithuanian follows the legal text of the
# disclosure byte for byte: no-break spaces between digit groups, an ordinary space before
# "Eur". English puts the ISO code first, as the EU's English style guide does.
_EURO_PATTERN = {"lt": "{number} Eur", "ru": "{number} евро", "en": "EUR\u00a0{number}"}


def _babel_locale(settings, lang: str) -> str:
    return language(settings, lang).babel


def format_date(settings, value: datetime.date, lang: str, form: str = "long") -> str:
    """``2023 m. spalio 13 d.``, ``13 октября 2023 г.``, ``13 October 2023``."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    return _babel_date(value, form, _babel_locale(settings, lang))


@functools.lru_cache(maxsize=4096)
def _babel_date(value: datetime.date, form: str, locale: str) -> str:
    """Babel is slow (a tenth of a millisecond a call); every date shows on many list pages."""
    return babel_format_date(value, form, locale=locale)


def format_money(settings, amount: Decimal | float | int, lang: str, currency: str = "EUR") -> str:
    """``43 940 212,00 Eur``, digit groups joined by no-break spaces, as the seeds write it."""
    if currency != "EUR":
        raise ValueError(f"only EUR amounts are supported, not {currency}")
    locale = _babel_locale(settings, lang)
    if lang not in _EURO_PATTERN:  # a site language the patterns above do not know: Babel's own way
        return format_currency(Decimal(str(amount)), currency, locale=locale)
    number = format_decimal(Decimal(str(amount)), "#,##0.00", locale=locale)
    return _EURO_PATTERN[lang].format(number=number)


def register_filters(environment, settings) -> None:
    """Make ``{{ date | format_date(lang) }}`` and ``{{ amount | format_money(lang) }}`` work."""
    environment.filters["format_date"] = lambda value, lang, form="long": format_date(settings, value, lang, form)
    environment.filters["format_money"] = lambda value, lang, currency="EUR": format_money(
        settings, value, lang, currency
    )
