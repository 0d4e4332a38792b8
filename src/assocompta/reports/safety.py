"""Text written into spreadsheets must never run as a formula (CSV/XLSX injection)."""

from __future__ import annotations

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Prefix text that a spreadsheet would take for a formula with an apostrophe."""
    if text and text.startswith(_DANGEROUS):
        return "'" + text
    return text
