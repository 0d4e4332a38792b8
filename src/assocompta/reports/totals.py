"""Balances per account, by SQL aggregation (never by loading entries into Python)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from ..storage.totals import is_fresh


@dataclass(frozen=True)
class AccountTotal:
    code: str
    label: str
    kind: str
    debit: int  # cents
    credit: int

    @property
    def balance(self) -> int:
        """Débit minus crédit."""
        return self.debit - self.credit


def account_totals(conn: sqlite3.Connection, year_id: int, *,
                   until: dt.date | None = None, action_id: int | None = None
                   ) -> dict[str, AccountTotal]:
    """Débit and crédit totals per account of a fiscal year (optionally up to a date, or for
    one action), keyed by account number.

    The whole year comes from the per-month totals cache when it is fresh (constant cost
    whatever the number of entries); anything else aggregates the lines.
    """
    if until is None and action_id is None and is_fresh(conn, year_id):
        return {code: AccountTotal(code, label, kind, d, c)
                for code, label, kind, d, c in conn.execute(
                    "SELECT a.code, a.label, a.kind, SUM(t.debit), SUM(t.credit) "
                    "FROM account_month_total t JOIN account a ON a.id = t.account_id "
                    "WHERE t.year_id = ? GROUP BY a.id "
                    "HAVING SUM(t.debit) != 0 OR SUM(t.credit) != 0", (year_id,))}
    sql = ["SELECT a.code, a.label, a.kind, COALESCE(SUM(l.debit), 0), COALESCE(SUM(l.credit), 0)"
           " FROM entry e JOIN entry_line l ON l.entry_id = e.id"
           " JOIN account a ON a.id = l.account_id WHERE e.year_id = ?"]
    params: list = [year_id]
    if until is not None:
        sql.append("AND e.date <= ?")
        params.append(until.isoformat())
    if action_id is not None:
        sql.append("AND l.action_id = ?")
        params.append(action_id)
    sql.append("GROUP BY a.id")
    return {code: AccountTotal(code, label, kind, d, c)
            for code, label, kind, d, c in conn.execute(" ".join(sql), params)}
