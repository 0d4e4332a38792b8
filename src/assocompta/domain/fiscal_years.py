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


def default_end(start: dt.date) -> dt.date:
    """One year after ``start``, minus a day (1 July 2024 → 30 June 2025)."""
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
