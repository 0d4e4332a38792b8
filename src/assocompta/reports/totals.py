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
                   until: dt.date | None = None, action_id: int | None = None,
                   validated_only: bool = False) -> dict[str, AccountTotal]:
    """Débit and crédit totals per account of a fiscal year (optionally up to a date, or for
    one action; ``validated_only``: drafts left out), keyed by account number.

    The whole year comes from the per-month totals cache when it is fresh (constant cost
    whatever the number of entries); anything else aggregates the lines. The cache counts
    every entry: validated entries only are the cache less the drafts' lines, read through
    the partial index of drafts (their cost grows with the drafts, not with the year).
    """
    if until is None and action_id is None and is_fresh(conn, year_id):
        cached = {code: AccountTotal(code, label, kind, d, c)
                  for code, label, kind, d, c in conn.execute(
                      "SELECT a.code, a.label, a.kind, SUM(t.debit), SUM(t.credit) "
                      "FROM account_month_total t JOIN account a ON a.id = t.account_id "
                      "WHERE t.year_id = ? GROUP BY a.id "
                      "HAVING SUM(t.debit) != 0 OR SUM(t.credit) != 0", (year_id,))}
        if not validated_only:
            return cached
        return _less_drafts(conn, year_id, cached)
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
    if validated_only:
        sql.append("AND e.valid_date IS NOT NULL")
    sql.append("GROUP BY a.id")
    return {code: AccountTotal(code, label, kind, d, c)
            for code, label, kind, d, c in conn.execute(" ".join(sql), params)}


def _less_drafts(conn: sqlite3.Connection, year_id: int,
                 totals: dict[str, AccountTotal]) -> dict[str, AccountTotal]:
    """``totals`` (of every entry) without the year's drafts; accounts left with no
    movement dropped, as the cache's own query drops them."""
    out = dict(totals)
    for code, label, kind, debit, credit in conn.execute(
            "SELECT a.code, a.label, a.kind, SUM(l.debit), SUM(l.credit) FROM entry e "
            "JOIN entry_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id "
            "WHERE e.year_id = ? AND e.valid_date IS NULL GROUP BY a.id, a.code, a.label, "
            "a.kind", (year_id,)):
        t = out.pop(code, None) or AccountTotal(code, label, kind, 0, 0)
        left = AccountTotal(code, t.label, t.kind, t.debit - int(debit), t.credit - int(credit))
        if left.debit or left.credit:
            out[code] = left
    return out
