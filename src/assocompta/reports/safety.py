"""Text written into spreadsheets must never run as a formula (CSV/XLSX injection)."""

from __future__ import annotations

#: What a spreadsheet takes for the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Prefix text that a spreadsheet would take for a formula with an apostrophe."""
    if text and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text
