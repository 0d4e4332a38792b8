"""Matching what people type against what charts and banks write."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case, accents dropped, spaces collapsed: « Télécom  » → « telecom »."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())
