"""The per-account, per-month totals cache (schema 4): rebuilding stale years."""

from __future__ import annotations

import sqlite3


def stale_years(conn: sqlite3.Connection) -> list[int]:
    return [y for (y,) in conn.execute(
        "SELECT year_id FROM account_total_state WHERE stale = 1 ORDER BY year_id")]


def is_fresh(conn: sqlite3.Connection, year_id: int) -> bool:
    row = conn.execute("SELECT stale FROM account_total_state WHERE year_id = ?",
                       (year_id,)).fetchone()
    return row is not None and row[0] == 0


def rebuild(conn: sqlite3.Connection, year_id: int) -> None:
    """Recompute one year's totals from its lines (inside the caller's transaction)."""
    conn.execute("DELETE FROM account_month_total WHERE year_id = ?", (year_id,))
    conn.execute(
        "INSERT INTO account_month_total (year_id, account_id, month, debit, credit) "
        "SELECT e.year_id, l.account_id, substr(e.date, 1, 7), SUM(l.debit), SUM(l.credit) "
        "FROM entry e JOIN entry_line l ON l.entry_id = e.id WHERE e.year_id = ? "
        "GROUP BY e.year_id, l.account_id, substr(e.date, 1, 7)", (year_id,))
    conn.execute("UPDATE account_total_state SET stale = 0 WHERE year_id = ?", (year_id,))
