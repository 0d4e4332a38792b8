"""The two figures of the status bar, from the per-month totals (constant cost)."""

from __future__ import annotations

from ..reports.totals import account_totals
from ..storage.db import Book


def year_figures(book: Book, year_id: int) -> tuple[int, int]:
    """(bank balance, result so far) in cents: accounts 51 débit − crédit; produits − charges."""
    with book.session() as s:
        totals = account_totals(book.raw_connection(s), year_id)
    bank = sum(t.balance for code, t in totals.items() if code.startswith("51"))
    result = sum(-t.balance for code, t in totals.items() if code[:1] in "67")
    return bank, result
