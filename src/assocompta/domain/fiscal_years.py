"""Fiscal years (exercices): any start, any length, labelled as treasurers say them."""

from __future__ import annotations

import datetime as dt

from .errors import ValidationError


def parse_iso_date(text: str, what: str = "date") -> dt.date:
    """A ``YYYY-MM-DD`` date from the command line or a settings file."""
    try:
        return dt.date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise ValidationError(f"{what} « {text} » illisible : écrivez-la AAAA-MM-JJ, "
                              "par exemple 2025-01-01") from None


#: The days a fiscal year may cover. No association's accounts predate the law of 1 July
#: 1901; past 2999 a year is a typo, and the bound keeps every date the books derive from a
#: year (its end, the next years the closing adds) far from Python's last day, 31/12/9999.
FIRST_DAY = dt.date(1901, 1, 1)
LAST_DAY = dt.date(2999, 12, 31)


def default_end(start: dt.date) -> dt.date:
    """One year after ``start``, minus a day (1 July 2024 → 30 June 2025)."""
    if start.year >= dt.MAXYEAR:
        return dt.date.max  # no later day exists; validate_span refuses the year
    try:
        next_start = start.replace(year=start.year + 1)
    except ValueError:  # 29 February
        next_start = dt.date(start.year + 1, 3, 1)
    return next_start - dt.timedelta(days=1)


def year_label(start: dt.date, end: dt.date) -> str:
    """``2011`` for a year within one calendar year, ``2011-2012`` otherwise."""
    if start.year == end.year:
        return str(start.year)
    return f"{start.year}-{end.year}"


def validate_span(start: dt.date, end: dt.date) -> list[str]:
    """Refuse an impossible span; return warnings for an unusual one."""
    for day, what in ((start, "commence"), (end, "finit")):
        if not FIRST_DAY <= day <= LAST_DAY:
            shown = f"{day.day:02d}/{day.month:02d}/{day.year:04d}"  # %Y drops zeros
            raise ValidationError(f"l'exercice {what} le {shown} : un exercice doit tenir "
                                  f"entre le {FIRST_DAY:%d/%m/%Y} et le {LAST_DAY:%d/%m/%Y}. "
                                  "Vérifiez l'année de la date.")
    if end < start:
        raise ValidationError(f"l'exercice finit ({end:%d/%m/%Y}) avant de commencer "
                              f"({start:%d/%m/%Y})")
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months > 36:
        raise ValidationError(f"un exercice de {months} mois n'est pas possible : "
                              "36 mois au plus (exercice de transition)")
    warnings = []
    if months > 12:
        warnings.append(f"exercice de {months} mois : vérifiez que vos statuts ou votre "
                        "assemblée générale prévoient cette durée")
    return warnings
