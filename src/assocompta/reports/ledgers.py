"""Balance générale, grand livre and journal: the books themselves, débit = crédit."""

from __future__ import annotations

import sqlite3

from ..domain.money import Money
from ..formatting import euros
from .context import YearContext
from .model import Check, Report, Row, RowKind
from .totals import account_totals


def _balance_check(debit: int, credit: int, what: str) -> Check:
    ok = debit == credit
    return Check("débit = crédit", ok,
                 f"{what} : total débit {euros(Money(debit))} {'=' if ok else '≠'} total crédit "
                 f"{euros(Money(credit))}")


def build_balance(conn: sqlite3.Connection, ctx: YearContext) -> Report:
    """One row per account: movements and balance."""
    totals = account_totals(conn, ctx.year.id)
    rows = []
    for code in sorted(totals):
        t = totals[code]
        rows.append(Row(RowKind.LINE, t.label, (
            Money(t.debit), Money(t.credit), Money(max(t.balance, 0)), Money(max(-t.balance, 0))),
            code=code))
    n = len(rows)
    values = tuple(Money.total(r.values[k] for r in rows) for k in range(4))
    rows.append(Row(RowKind.TOTAL, "Totaux", values, formula=tuple((1, i) for i in range(n))))
    debit = values[0].cents
    credit = values[1].cents
    checks = [_balance_check(debit, credit, "Balance"),
              Check("soldes débiteurs = soldes créditeurs", values[2] == values[3],
                    f"Soldes : débiteurs {euros(values[2])} {'=' if values[2] == values[3] else '≠'} "
                    f"créditeurs {euros(values[3])}")]
    return Report("Balance générale", ctx.association, ctx.period,
                  ("Débit", "Crédit", "Solde débiteur", "Solde créditeur"), tuple(rows),
                  tuple(checks), key_columns=("Compte", "Intitulé"))


_LINES = """
SELECT a.code, a.label, strftime('%d/%m/%Y', e.date), j.code, e.number, e.piece_ref, COALESCE(l.label, e.label),
       l.debit, l.credit
  FROM entry_line l JOIN entry e ON e.id = l.entry_id JOIN account a ON a.id = l.account_id
  JOIN journal j ON j.id = e.journal_id
 WHERE e.year_id = ? {where}
 ORDER BY {order}
"""


def build_grand_livre(conn: sqlite3.Connection, ctx: YearContext,
                      account_prefix: str | None = None) -> Report:
    """Per account, its lines in date order with the running balance (débit − crédit)."""
    where, params = "", [ctx.year.id]
    if account_prefix:
        where = "AND a.code LIKE ?"
        params.append(account_prefix + "%")
    rows: list[Row] = []
    current = None
    first = 0
    # The account's débit, crédit and running balance; the book's débit and crédit (cents).
    debits = credits = running = 0
    total_d = total_c = 0
    totals: list[int] = []

    def close_account():
        if current is None:
            return
        lines = range(first, len(rows))
        totals.append(len(rows))
        rows.append(Row(RowKind.SUBTOTAL, f"Total {current}",
                        (Money(debits), Money(credits), Money(running)),
                        texts=("", "", "", "", f"Total {current}"),
                        formula=tuple((1, i) for i in lines), formula_columns=(0, 1)))

    for code, label, date, journal, number, piece, text, debit, credit in conn.execute(
            _LINES.format(where=where, order="a.code, e.date, e.number, l.position"), params):
        if code != current:
            close_account()
            total_d += debits
            total_c += credits
            current = code
            debits = credits = running = 0
            rows.append(Row(RowKind.HEADING, f"{code} {label}", code=code,
                            texts=(code, "", "", "", label)))
            first = len(rows)
        running += debit - credit
        debits += debit
        credits += credit
        rows.append(Row(RowKind.LINE, text, (Money(debit), Money(credit), Money(running)),
                        texts=(date, journal, str(number), piece, text)))
    close_account()
    total_d += debits
    total_c += credits
    rows.append(Row(RowKind.TOTAL, "Total général", (Money(total_d), Money(total_c), None),
                    texts=("", "", "", "", "Total général"),
                    formula=tuple((1, i) for i in totals), formula_columns=(0, 1)))
    return Report("Grand livre", ctx.association, ctx.period, ("Débit", "Crédit", "Solde"),
                  tuple(rows), (_balance_check(total_d, total_c, "Grand livre"),),
                  key_columns=("Date", "Journal", "N°", "Pièce", "Libellé"))


def build_journal(conn: sqlite3.Connection, ctx: YearContext) -> Report:
    """Every entry in number order, each line with its account."""
    rows: list[Row] = []
    total_d = total_c = 0
    for code, label, date, journal, number, piece, text, debit, credit in conn.execute(
            _LINES.format(where="", order="e.number, l.position"), [ctx.year.id]):
        total_d += debit
        total_c += credit
        rows.append(Row(RowKind.LINE, text, (Money(debit), Money(credit)), code=code,
                        texts=(date, journal, str(number), piece, code, text)))
    rows.append(Row(RowKind.TOTAL, "Totaux", (Money(total_d), Money(total_c)),
                    texts=("", "", "", "", "", "Totaux"),
                    formula=tuple((1, i) for i in range(len(rows)))))
    return Report("Journal", ctx.association, ctx.period, ("Débit", "Crédit"), tuple(rows),
                  (_balance_check(total_d, total_c, "Journal"),),
                  key_columns=("Date", "Journal", "N°", "Pièce", "Compte", "Libellé"))
