"""Rapprochement bancaire: ticking the book's bank lines against a bank statement.

A statement (account, date, closing balance) opens at the previous statement's closing
balance; the treasurer types the opening one ("ancien solde") only for the first statement
of an account. Its difference is closing − opening − Σ(débit − crédit) of the lines ticked on
it, and it can be finished only at zero; a finished statement and its marks never change
(triggers of 0005).

Lines offered for ticking are the account's lines of any year, open or closed (a December
cheque is cashed in January, after the year may be closed: marks live in their own table, so
ticking changes nothing in the closed year), not ticked on another statement, dated on or
before the statement date, except the à-nouveaux (journal kind 'opening'), which repeat a
closed year's balance.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from ..domain.errors import ValidationError
from ..domain.money import Money
from ..domain.reconciliation import BankLine, Statement
from ..formatting import euros
from ..reports.model import Report
from ..reports.rapprochement import build_etat
from ..storage.db import Book
from ..storage.sql import dialect_of

_STATEMENT = ("SELECT id, account, statement_date, opening_balance, closing_balance, "
              "finished_at FROM reconciliation")

# The account's lines that a reconciliation may tick: its own code, any year, no à-nouveaux.
_LINES = """
SELECT l.id, e.id, e.date, j.code, f.label, e.number, e.piece_ref,
       COALESCE(l.label, e.label), l.debit - l.credit, m.reconciliation_id
  FROM entry_line l JOIN entry e ON e.id = l.entry_id JOIN journal j ON j.id = e.journal_id
  JOIN fiscal_year f ON f.id = e.year_id
  LEFT JOIN reconciliation_mark m ON m.line_id = l.id
 WHERE l.account_id IN (SELECT id FROM account WHERE code = ?)
   AND j.kind != 'opening' AND e.date <= ? {where}
 ORDER BY e.date, f.start_date, e.number, l.position
"""


def _statement(row: tuple) -> Statement:
    id_, account, date, opening, closing, finished = row
    return Statement(id_, account, dt.date.fromisoformat(date), Money(opening), Money(closing),
                     finished)


def _line(row: tuple, ticked: bool) -> BankLine:
    line_id, entry_id, date, journal, year, number, piece, label, amount, _m = row
    return BankLine(line_id, entry_id, dt.date.fromisoformat(date), journal, year, number,
                    piece, label, Money(amount), ticked)


def _check_account(account: str) -> str:
    account = (account or "").strip()
    if not (account.isdigit() and account.startswith("51")):
        raise ValidationError(f"compte « {account} » : un rapprochement porte sur un compte "
                              "bancaire (512, 5121…)", field="compte")
    return account


# -- reading -------------------------------------------------------------------------------
def bank_accounts(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(code, label) of the bank accounts (51…) that have lines, label of the latest chart."""
    return conn.execute(
        "SELECT a.code, (SELECT a2.label FROM account a2 JOIN fiscal_year f2 "
        "ON f2.chart_id = a2.chart_id WHERE a2.code = a.code ORDER BY f2.start_date DESC "
        "LIMIT 1) FROM account a WHERE a.code LIKE '51%' "
        "AND EXISTS (SELECT 1 FROM entry_line l WHERE l.account_id = a.id) "
        "GROUP BY a.code ORDER BY a.code").fetchall()


def statement(conn: sqlite3.Connection, statement_id: int) -> Statement:
    row = conn.execute(f"{_STATEMENT} WHERE id = ?", (statement_id,)).fetchone()
    if row is None:
        raise ValidationError("ce relevé n'existe plus")
    return _statement(row)


def statements(conn: sqlite3.Connection, account: str) -> list[Statement]:
    """The account's statements, latest first."""
    return [_statement(r) for r in conn.execute(
        f"{_STATEMENT} WHERE account = ? ORDER BY statement_date DESC", (account,))]


def current(conn: sqlite3.Connection, account: str) -> Statement | None:
    """The account's statement in progress, if any."""
    row = conn.execute(f"{_STATEMENT} WHERE account = ? AND finished_at IS NULL",
                       (account,)).fetchone()
    return _statement(row) if row else None


def reconciled_through(conn: sqlite3.Connection, account: str) -> dt.date | None:
    """The date of the account's latest finished statement."""
    row = conn.execute("SELECT MAX(statement_date) FROM reconciliation WHERE account = ? "
                       "AND finished_at IS NOT NULL", (account,)).fetchone()
    return dt.date.fromisoformat(row[0]) if row and row[0] else None


def proposed_date(conn: sqlite3.Connection, account: str,
                  today: dt.date | None = None) -> dt.date | None:
    """The date a new statement likely bears: the end of the month of the last imported bank
    line once that month is over, else that line's date; None if nothing follows the last
    statement."""
    row = conn.execute("SELECT MAX(date) FROM bank_line WHERE account = ?",
                       (account,)).fetchone()
    if not row or not row[0]:
        return None
    last = dt.date.fromisoformat(row[0])
    month_end = (last.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(1)
    proposed = month_end if month_end < (today or dt.date.today()) else last
    done = conn.execute("SELECT MAX(statement_date) FROM reconciliation WHERE account = ?",
                        (account,)).fetchone()[0]
    return proposed if not done or proposed > dt.date.fromisoformat(done) else None


def candidates(conn: sqlite3.Connection, statement_id: int) -> list[BankLine]:
    """Lines the statement may tick, those it has ticked included (``ticked``)."""
    st = statement(conn, statement_id)
    rows = conn.execute(
        _LINES.format(where="AND (m.reconciliation_id IS NULL OR m.reconciliation_id = ?)"),
        (st.account, st.date.isoformat(), st.id))
    return [_line(r, r[9] == st.id) for r in rows]


def ticked_total(conn: sqlite3.Connection, statement_id: int) -> Money:
    """Σ(débit − crédit) of the lines ticked on the statement."""
    return Money(conn.execute(
        "SELECT COALESCE(SUM(l.debit - l.credit), 0) FROM reconciliation_mark m "
        "JOIN entry_line l ON l.id = m.line_id WHERE m.reconciliation_id = ?",
        (statement_id,)).fetchone()[0])


def difference(conn: sqlite3.Connection, statement_id: int) -> Money:
    """Closing − opening − ticked: what remains to find; zero when the statement is done."""
    st = statement(conn, statement_id)
    return st.closing - st.opening - ticked_total(conn, statement_id)


def unreconciled_lines(conn: sqlite3.Connection, account: str, date: dt.date,
                       statement_id: int | None = None) -> list[BankLine]:
    """The account's lines dated on or before ``date`` that no finished statement of that date
    or earlier has ticked (nor ``statement_id``, the statement being looked at)."""
    rows = conn.execute(_LINES.format(where=(
        "AND NOT EXISTS (SELECT 1 FROM reconciliation r WHERE r.id = m.reconciliation_id "
        "AND (r.id = ? OR (r.finished_at IS NOT NULL AND r.statement_date <= ?)))")),
        (account, date.isoformat(), statement_id or 0, date.isoformat()))
    return [_line(r, False) for r in rows]


def book_balance(conn: sqlite3.Connection, account: str, date: dt.date) -> Money:
    """The account's balance in the books at ``date`` (débit − crédit): the first year's
    opening situation plus every movement since, à-nouveaux aside (they repeat a closed
    year's balance, and a year not closed yet has none)."""
    first = conn.execute("SELECT id FROM fiscal_year ORDER BY start_date LIMIT 1").fetchone()
    return Money(conn.execute(
        "SELECT COALESCE(SUM(l.debit - l.credit), 0) FROM entry_line l "
        "JOIN entry e ON e.id = l.entry_id JOIN journal j ON j.id = e.journal_id "
        "WHERE l.account_id IN (SELECT id FROM account WHERE code = ?) AND e.date <= ? "
        "AND (j.kind != 'opening' OR e.year_id = ?)",
        (account, date.isoformat(), first[0] if first else 0)).fetchone()[0])


# -- changing ------------------------------------------------------------------------------
def _locked(conn: sqlite3.Connection, sql: str) -> str:
    """``sql`` holding the rows it reads to the end of the transaction, in PostgreSQL (SQLite
    has one writer at a time already, and no ``FOR UPDATE``)."""
    # NO KEY: lines referring to the rows (a post's account, a tick's statement) still may.
    return f"{sql} FOR NO KEY UPDATE" if dialect_of(conn) == "postgresql" else sql


def _unfinished(conn: sqlite3.Connection, statement_id: int) -> Statement:
    # Ticking, unticking, finishing a statement take turns: none finishes it with a
    # difference counted before a tick being written at the same time.
    conn.execute(_locked(conn, "SELECT id FROM reconciliation WHERE id = ?"), (statement_id,))
    st = statement(conn, statement_id)
    if st.finished:
        raise ValidationError(f"le relevé du {st.date:%d/%m/%Y} est terminé : il ne change "
                              "plus")
    return st


def start(book: Book, account: str, statement_date: dt.date, closing_balance: Money,
          opening_balance: Money | None = None) -> Statement:
    """A new statement for ``account``; its opening balance is the previous one's closing
    balance (``opening_balance`` is needed, and only taken, for the account's first)."""
    account = _check_account(account)
    with book.transaction() as s:
        conn = book.raw_connection(s)
        # Two people starting a statement of this account at once: the second waits here,
        # then finds the first's in progress. Posts into the account are not held up.
        conn.execute(_locked(conn, "SELECT id FROM account WHERE code = ? ORDER BY id"),
                     (account,)).fetchall()
        if current(conn, account) is not None:
            raise ValidationError(f"un relevé du compte {account} est déjà en cours : "
                                  "terminez-le ou abandonnez-le d'abord")
        if account not in {code for code, _ in bank_accounts(conn)}:
            raise ValidationError(f"le compte {account} n'a aucune écriture à rapprocher",
                                  field="compte")
        previous = statements(conn, account)
        if previous:
            last = previous[0]
            if statement_date <= last.date:
                raise ValidationError(
                    f"le relevé doit être daté après le dernier relevé rapproché "
                    f"({last.date:%d/%m/%Y})", field="date")
            if opening_balance is not None and opening_balance != last.closing:
                raise ValidationError(
                    f"le solde initial d'un relevé est le solde final du précédent "
                    f"({euros(last.closing)}), pas {euros(opening_balance)}",
                    field="solde initial")
            opening_balance = last.closing
        elif opening_balance is None:
            raise ValidationError("premier relevé de ce compte : tapez son solde initial "
                                  "(« ancien solde » imprimé sur le relevé)",
                                  field="solde initial")
        cur = conn.execute(
            "INSERT INTO reconciliation (account, statement_date, opening_balance, "
            "closing_balance) VALUES (?, ?, ?, ?)",
            (account, statement_date.isoformat(), opening_balance.cents,
             closing_balance.cents))
        return statement(conn, cur.lastrowid)


def tick(book: Book, statement_id: int, line_ids: Iterable[int]) -> list[int]:
    """Tick lines on the statement; returns those newly ticked."""
    wanted = set(line_ids)
    with book.transaction() as s:
        conn = book.raw_connection(s)
        _unfinished(conn, statement_id)
        offered = {c.line_id: c for c in candidates(conn, statement_id)}
        missing = wanted - offered.keys()
        if missing:
            raise ValidationError("ces lignes ne peuvent pas être pointées sur ce relevé "
                                  "(autre compte, date postérieure au relevé, à-nouveaux ou "
                                  "déjà pointées ailleurs)")
        new = sorted(i for i in wanted if not offered[i].ticked)
        conn.executemany("INSERT INTO reconciliation_mark (line_id, reconciliation_id) "
                         "VALUES (?, ?)", [(i, statement_id) for i in new])
        return new


def untick(book: Book, statement_id: int, line_ids: Iterable[int]) -> list[int]:
    """Untick lines of the statement; returns those that were ticked."""
    wanted = sorted(set(line_ids))
    with book.transaction() as s:
        conn = book.raw_connection(s)
        _unfinished(conn, statement_id)
        gone = [i for (i,) in conn.execute(
            f"SELECT line_id FROM reconciliation_mark WHERE reconciliation_id = ? "
            f"AND line_id IN ({','.join('?' * len(wanted))}) ORDER BY line_id",
            (statement_id, *wanted))] if wanted else []
        conn.executemany("DELETE FROM reconciliation_mark WHERE line_id = ?",
                         [(i,) for i in gone])
        return gone


def tick_through(book: Book, statement_id: int, date: dt.date) -> list[int]:
    """Tick every line offered dated on or before ``date`` ("Tout pointer jusqu'au…")."""
    with book.session() as s:
        lines = candidates(book.raw_connection(s), statement_id)
    return tick(book, statement_id, [c.line_id for c in lines
                                     if c.date <= date and not c.ticked])


def finish(book: Book, statement_id: int, *, now: dt.datetime | None = None) -> Statement:
    """Finish the statement; refused unless its difference is exactly zero."""
    with book.transaction() as s:
        conn = book.raw_connection(s)
        st = _unfinished(conn, statement_id)
        gap = difference(conn, statement_id)
        if gap:
            raise ValidationError(
                f"écart de {euros(gap)} entre le relevé et les lignes pointées : le "
                "rapprochement ne se termine qu'à un écart nul. Pointez ou dépointez des lignes, ou "
                "corrigez le solde du relevé.")
        conn.execute("UPDATE reconciliation SET finished_at = ? WHERE id = ?",
                     ((now or dt.datetime.now()).isoformat(timespec="seconds"), st.id))
        return statement(conn, st.id)


def cancel(book: Book, statement_id: int) -> None:
    """Drop a statement in progress and its ticks."""
    with book.transaction() as s:
        conn = book.raw_connection(s)
        _unfinished(conn, statement_id)
        conn.execute("DELETE FROM reconciliation_mark WHERE reconciliation_id = ?",
                     (statement_id,))
        conn.execute("DELETE FROM reconciliation WHERE id = ?", (statement_id,))


def set_closing(book: Book, statement_id: int, closing_balance: Money) -> Statement:
    """Correct the closing balance of a statement in progress (a typing slip)."""
    with book.transaction() as s:
        conn = book.raw_connection(s)
        _unfinished(conn, statement_id)
        conn.execute("UPDATE reconciliation SET closing_balance = ? WHERE id = ?",
                     (closing_balance.cents, statement_id))
        return statement(conn, statement_id)


# -- état de rapprochement -----------------------------------------------------------------
def etat(conn: sqlite3.Connection, statement_id: int) -> Report:
    """The état de rapprochement of a statement (finished or in progress)."""
    st = statement(conn, statement_id)
    label = dict(bank_accounts(conn)).get(st.account) or ""
    name = conn.execute("SELECT name FROM association").fetchone()[0]
    return build_etat(name, st.account, label, st,
                      unreconciled_lines(conn, st.account, st.date, st.id),
                      book_balance(conn, st.account, st.date))


def write_etat(book: Book, statement_id: int, dest: Path | str) -> Path:
    """Write the état to ``dest`` (.pdf or .xlsx)."""
    from .reports import write
    dest = Path(dest)
    if dest.suffix.lower() not in (".pdf", ".xlsx"):
        raise ValidationError(f"extension « {dest.suffix or '(aucune)'} » : choisissez .pdf ou "
                              ".xlsx", field="fichier")
    with book.session() as s:
        report = etat(book.raw_connection(s), statement_id)
    return write([("Rapprochement", report)], dest)
