"""The two figures of the status bar, from the per-month totals (constant cost)."""

from __future__ import annotations

import sqlite3

from ..reports.totals import account_totals


def year_figures(conn: sqlite3.Connection, year_id: int) -> tuple[int, int]:
    """(bank balance, result so far) in cents: accounts 51 débit − crédit; produits − charges."""
    totals = account_totals(conn, year_id)
    bank = sum(t.balance for code, t in totals.items() if code.startswith("51"))
    result = sum(-t.balance for code, t in totals.items() if code[:1] in "67")
    return bank, result
