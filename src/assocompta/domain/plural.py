"""Counted words in French messages: « 0 ligne », « 1 ligne », « 3 lignes », never « ligne(s) ».

For the command line and the services' messages; the window uses ui/locale.count, which
also knows English. French counts 0 and 1 as singular.
"""

from __future__ import annotations


def agree(n: int, one: str, many: str) -> str:
    """``one`` or ``many``, the form that agrees with ``n`` (« importée » for 0 or 1)."""
    return one if abs(n) < 2 else many


def plural(n: int, one: str, many: str) -> str:
    """``n`` and the word that agrees with it: plural(0, "ligne", "lignes") is « 0 ligne »."""
    return f"{n} {agree(n, one, many)}"
