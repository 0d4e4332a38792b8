"""Balance générale, grand livre and journal: the books themselves, débit = crédit."""

from __future__ import annotations

import sqlite3
from typing import Callable, ContextManager, Iterable, Iterator

from ..domain.money import Money
from ..formatting import euros
from ..storage.sql import dialect_of
from .context import YearContext
from .model import Check, Report, Row, RowKind, RowStream, Sum
from .totals import account_totals


def _balance_check(debit: int, credit: int, what: str) -> Check:
    ok = debit == credit
    return Check("débit = crédit", ok,
                 f"{what} : total débit {euros(Money(debit))} {'=' if ok else '≠'} total crédit "
                 f"{euros(Money(credit))}")


def build_balance(conn: sqlite3.Connection, ctx: YearContext) -> Report:
    """One row per account: movements and balance."""
    totals = account_totals(conn, ctx.year.id, validated_only=ctx.validated_only)
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
SELECT a.code, a.label, e.date, j.code, e.number, e.piece_ref,
       COALESCE(l.label, e.label), l.debit, l.credit
  FROM entry_line l JOIN entry e ON e.id = l.entry_id JOIN account a ON a.id = l.account_id
  JOIN journal j ON j.id = e.journal_id
 WHERE e.year_id = ? {where}
 ORDER BY {order}
"""
_TOTALS = """
SELECT COALESCE(SUM(l.debit), 0), COALESCE(SUM(l.credit), 0)
  FROM entry_line l JOIN entry e ON e.id = l.entry_id JOIN account a ON a.id = l.account_id
 WHERE e.year_id = ? {where}
"""


def _validated(ctx: YearContext) -> str:
    """The lines' condition for a ledger of validated entries only."""
    return "AND e.valid_date IS NOT NULL" if ctx.validated_only else ""


def _french(iso: str) -> str:
    """31/12/2025 from 2025-12-31 (the schema checks the form): slicing costs a tenth of
    date.strftime, a quarter of SQLite's strftime."""
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


#: Opens the book for one read: ``with reading() as conn``. Ledgers read their lines each
#: time their rows are iterated, so that no report holds all of them.
Reading = Callable[[], ContextManager[sqlite3.Connection]]


def _lines(conn, where: str, order: str, params: list) -> Iterable[tuple]:
    """The ledger's lines, brought from the engine as they are iterated."""
    # sqlite3 steps through a result; psycopg would bring the whole of it at once (two
    # million lines) unless a server-side cursor is named.
    sql = _LINES.format(where=where, order=order)
    if dialect_of(conn) != "postgresql":
        return conn.execute(sql, params)
    from ..storage.pg.adapter import to_pyformat
    cursor = conn.raw.cursor(name="assocompta_ledger")
    cursor.itersize = 5_000
    cursor.execute(to_pyformat(sql), tuple(params))
    return cursor


def _totals(reading: Reading, where: str, params: list) -> tuple[int, int]:
    """Débit and crédit of the lines the ledger shows, for its check (cents)."""
    with reading() as conn:
        return conn.execute(_TOTALS.format(where=where), params).fetchone()


#: An accountant reads a balance by its side, never by a sign: the grand livre shows it in
#: one of two columns, as the balance générale does.
GRAND_LIVRE_COLUMNS = ("Débit", "Crédit", "Solde débiteur", "Solde créditeur")


def build_grand_livre(reading: Reading, ctx: YearContext,
                      account_prefix: str | None = None) -> Report:
    """Per account, its lines in date order with the balance after each line, débiteur or
    créditeur."""
    where, params = _validated(ctx), [ctx.year.id]
    if account_prefix:
        where += " AND a.code LIKE ?"
        params.append(account_prefix + "%")
    total_d, total_c = _totals(reading, where, params)

    def rows() -> Iterator[Row]:
        with reading() as conn:
            yield from _grand_livre_rows(_lines(
                conn, where, "a.code, e.date, e.number, l.position", params))

    return Report("Grand livre", ctx.association, ctx.period, GRAND_LIVRE_COLUMNS,
                  RowStream(rows), (_balance_check(total_d, total_c, "Grand livre"),),
                  key_columns=("Date", "Journal", "N°", "Pièce", "Libellé"))


def _sides(balance: int) -> tuple[Money | None, Money | None]:
    """(solde débiteur, solde créditeur) of a débit − crédit balance, the other side empty;
    a nil balance is a débiteur 0 (as the app's grand livre says), never two blanks."""
    if balance < 0:
        return None, Money(-balance)
    return Money(balance), None


def _grand_livre_rows(lines: Iterable[tuple]) -> Iterator[Row]:
    """Rows from lines sorted by account: heading, lines, subtotal per account; the total."""
    n = 0  # index of the next row, for formulas
    current = None
    first = 0
    # The account's débit, crédit and running balance; the book's débit and crédit (cents).
    debits = credits = running = 0
    total_d = total_c = 0
    totals: list[int] = []
    # The accounts' final balances, débiteurs and créditeurs (cents): the balance's totals.
    owed = owing = 0

    def subtotal() -> Row:
        nonlocal owed, owing
        totals.append(n)
        owed += max(running, 0)
        owing += max(-running, 0)
        return Row(RowKind.SUBTOTAL, f"Total {current}",
                   (Money(debits), Money(credits), *_sides(running)),
                   texts=("", "", "", "", f"Total {current}"),
                   formula=Sum(range(first, n)), formula_columns=(0, 1))

    for code, label, date, journal, number, piece, text, debit, credit in lines:
        if code != current:
            if current is not None:
                yield subtotal()
                n += 1
            total_d += debits
            total_c += credits
            current = code
            debits = credits = running = 0
            yield Row(RowKind.HEADING, f"{code} {label}", code=code,
                      texts=(code, "", "", "", label))
            n += 1
            first = n
        running += debit - credit
        debits += debit
        credits += credit
        yield Row(RowKind.LINE, text, (Money(debit), Money(credit), *_sides(running)),
                  texts=(_french(date), journal, str(number), piece, text))
        n += 1
    if current is not None:
        yield subtotal()
    # Its balance columns add the accounts' balances: débiteurs = créditeurs when the books
    # balance, as on the balance générale.
    yield Row(RowKind.TOTAL, "Total général",
              (Money(total_d + debits), Money(total_c + credits), Money(owed), Money(owing)),
              texts=("", "", "", "", "Total général"),
              formula=tuple((1, i) for i in totals))


def build_journal(reading: Reading, ctx: YearContext) -> Report:
    """Every entry in number order, each line with its account."""
    params = [ctx.year.id]
    where = _validated(ctx)
    total_d, total_c = _totals(reading, where, params)

    def rows() -> Iterator[Row]:
        n = 0
        debits = credits = 0
        with reading() as conn:
            for code, label, date, journal, number, piece, text, debit, credit in _lines(
                    conn, where, "e.number, l.position", params):
                debits += debit
                credits += credit
                yield Row(RowKind.LINE, text, (Money(debit), Money(credit)), code=code,
                          texts=(_french(date), journal, str(number), piece, code, text))
                n += 1
        yield Row(RowKind.TOTAL, "Totaux", (Money(debits), Money(credits)),
                  texts=("", "", "", "", "", "Totaux"), formula=Sum(range(n)))

    return Report("Journal", ctx.association, ctx.period, ("Débit", "Crédit"), RowStream(rows),
                  (_balance_check(total_d, total_c, "Journal"),),
                  key_columns=("Date", "Journal", "N°", "Pièce", "Compte", "Libellé"))
