"""Amounts and dates as the user's locale writes them (babel). French by default."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date as _babel_date
from babel.numbers import format_currency, format_decimal

from .domain.money import Money

DEFAULT_LOCALE = "fr_FR"


def format_money(amount: Money, locale: str = DEFAULT_LOCALE, *, currency: bool = True) -> str:
    """``1 234,56 €`` in French (babel's narrow no-break space between groups)."""
    if not isinstance(amount, Money):
        raise TypeError(f"format_money takes Money, not {type(amount).__name__}")
    value = amount.to_decimal()
    if currency:
        return format_currency(value, "EUR", locale=locale)
    return format_decimal(value, format="#,##0.00", locale=locale)


def format_date(value: dt.date, locale: str = DEFAULT_LOCALE, fmt: str = "short") -> str:
    """``26/11/2026`` in French."""
    return _babel_date(value, format=fmt, locale=locale)


def euros(amount: Money) -> str:
    """An amount for a sentence a funder reads: ``17 400,00 €`` (plain spaces)."""
    return format_money(amount).replace("\u202f", " ").replace("\u00a0", " ")
