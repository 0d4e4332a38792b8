"""The yearly declaration of donation receipts (CGI art. 222 bis, from loi 2021-1109 art. 19).

Declared each year: « le montant global des dons et versements mentionnés sur ces documents
et perçus au cours de l'année civile précédente ou au cours du dernier exercice clos s'il ne
coïncide pas avec l'année civile ainsi que le nombre de documents délivrés au cours de cette
période ». Read here as: the gifts dated within the period that a receipt (not cancelled)
covers, and the number of those receipts; gifts without a receipt are not counted
(BOI-BIC-RICI-20-30-40 n° 140). A receipt whose gifts straddle the period's end (a company's
own exercice) is counted in each period holding one of its gifts, for those gifts only.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict

from ..domain.money import Money
from ..domain.receipts import declaration_period
from .receipts import Declaration, beneficiary, effective_receipts, receipts


def declaration(conn: sqlite3.Connection, year: int, *,
                today: dt.date | None = None) -> Declaration:
    """What the association declares about calendar year ``year`` (or about the exercice
    it closed that year, when its exercices are not calendar years)."""
    exercices = [(dt.date.fromisoformat(s), dt.date.fromisoformat(e), c is not None)
                 for s, e, c in conn.execute(
                     "SELECT start_date, end_date, closed_at FROM fiscal_year")]
    today = today or dt.date.today()
    period = declaration_period(int(year), exercices, today)
    covering = effective_receipts(conn)
    amounts: dict[int, int] = defaultdict(int)
    touched: set[int] = set()
    for line_receipt, cents in conn.execute(
            "SELECT rl.receipt_id, l.credit - l.debit FROM donation_receipt_line rl "
            "JOIN entry_line l ON l.id = rl.line_id JOIN entry e ON e.id = l.entry_id "
            "WHERE e.date BETWEEN ? AND ?",
            (period.start.isoformat(), period.end.isoformat())):
        end, _, cancelled = covering[line_receipt]
        touched.add(line_receipt)
        if not cancelled:
            amounts[end] += cents
    counted = [r for r in receipts(conn) if r.id in amounts and not r.cancelled]
    cancelled = sum(1 for r in receipts(conn) if r.cancelled and (
        r.id in touched or period.start <= r.last_date <= period.end))
    by_model: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in counted:
        by_model[r.model][0] += 1
        by_model[r.model][1] += amounts[r.id]
    return Declaration(
        association=beneficiary(conn, complete=False), period=period, count=len(counted),
        total=Money(sum(amounts[r.id] for r in counted)),
        by_model=tuple((m, n, Money(c)) for m, (n, c) in sorted(by_model.items())),
        receipts=tuple(counted), cancelled=cancelled, made_on=today)
