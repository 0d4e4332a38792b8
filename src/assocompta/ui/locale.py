"""Amounts and dates in the user's language, formatted with babel's symbols.

Formatting goes through integer arithmetic on cents (exact and fast enough for a table of a
million rows); babel supplies the locale's decimal and group symbols once.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date as babel_date
from babel.numbers import format_percent, get_decimal_symbol, get_group_symbol

LANGUAGES = {"fr": "fr_FR", "en": "en_GB"}
_current = "fr_FR"


def set_language(language: str) -> None:
    global _current
    _current = LANGUAGES.get(language, "fr_FR")


def locale_name() -> str:
    return _current


@lru_cache(maxsize=4)
def _symbols(locale: str) -> tuple[str, str, bool]:
    loc = Locale.parse(locale)
    # French writes 1 234,56 € (sign after); English €1,234.56.
    return get_decimal_symbol(loc), get_group_symbol(loc), locale.startswith("fr")


def amount(cents: int | None, *, currency: bool = False, blank_zero: bool = False) -> str:
    """``1 234,56`` (or ``1 234,56 €``) in the current language; '' for None."""
    if cents is None or (blank_zero and cents == 0):
        return ""
    decimal, group, euro_after = _symbols(_current)
    whole, frac = divmod(abs(cents), 100)
    text = f"{whole:,}".replace(",", group) + f"{decimal}{frac:02d}"
    if currency:
        text = f"{text}\u00a0€" if euro_after else f"€{text}"
    return "-" + text if cents < 0 else text  # -1 234,56 €, -€1,234.56


def percent(ratio: Decimal) -> str:
    """A ratio (1.01) as the % column shows it: ``101,0 %`` in French, ``101.0%`` in
    English."""
    if _current.startswith("fr"):
        return f"{ratio * 100:.1f}".replace(".", ",") + " %"
    return format_percent(ratio, "#,##0.0%", locale=_current)


#: a French amount in a sentence written by the reports (formatting.euros): 1 234,56 €
_FRENCH_EUROS = re.compile(r"(-?)(\d{1,3}(?:[ \u202f\u00a0]\d{3})*),(\d\d)[ \u202f\u00a0]€")


def amounts_in(text: str) -> str:
    """A sentence of the reports (written in French) with its amounts as the current
    language writes them."""
    if _current.startswith("fr"):
        return text

    def english(found: re.Match) -> str:
        cents = int(re.sub(r"\D", "", found.group(2)) + found.group(3))
        return amount(-cents if found.group(1) else cents, currency=True)
    return _FRENCH_EUROS.sub(english, text)


def integer(n: int) -> str:
    """``1 234`` (or ``1,234``): a count, grouped as amounts are."""
    _decimal, group, _after = _symbols(_current)
    return ("-" if n < 0 else "") + f"{abs(n):,}".replace(",", group)


def count(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (each holding ``{}``) as agrees with ``n``: « 1 ligne »,
    « 627 lignes ». French counts 0 and 1 as singular, English only 1."""
    single = abs(n) < 2 if _current.startswith("fr") else abs(n) == 1
    return (one if single else many).format(integer(n))


def date(value: dt.date | str | None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    if _current.startswith("fr"):
        return f"{value:%d/%m/%Y}"
    return babel_date(value, format="short", locale=_current)


def parse_date(text: str, default_year: int) -> dt.date:
    """What people type in a date field: ``12/03/2025``, ``12/3/25``, ``12/3``, ``12032025``,
    ``2025-03-12``. Raises ValueError with a French message."""
    raw = text.strip()
    if not raw:
        raise ValueError("date manquante : tapez-la sous la forme jj/mm/aaaa")
    try:
        if len(raw) == 10 and raw[4] == "-":
            return dt.date.fromisoformat(raw)
        if raw.isdigit() and len(raw) in (6, 8):
            day, month, year = int(raw[:2]), int(raw[2:4]), int(raw[4:])
        else:
            parts = raw.replace(".", "/").replace("-", "/").split("/")
            if len(parts) not in (2, 3) or not all(p.strip().isdigit() for p in parts):
                raise ValueError
            day, month = int(parts[0]), int(parts[1])
            year = int(parts[2]) if len(parts) == 3 else default_year
        if year < 100:
            year += 2000
        return dt.date(year, month, day)
    except (ValueError, OverflowError):  # OverflowError: twenty-digit days or years
        raise ValueError(f"« {raw} » n'est pas une date : tapez-la sous la forme jj/mm/aaaa "
                         "(par exemple 15/03/2025)") from None
