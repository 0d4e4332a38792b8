"""Booking the opening balances of an association's first year (see domain/opening.py).

:func:`write_opening` writes through the plain connection, so that :func:`create_book` can
make the book and its opening entry in one transaction (the file appears whole or not at
all); :func:`book_opening` does it later, for a book created without them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from ..domain.accounts import nearest_parent
from ..domain.errors import ValidationError
from ..domain.opening import (BANK_PARENT, OPENING_JOURNAL, Opening, check_accounts,
                              check_opening, for_chart, opening_draft, with_codes)
from ..storage.db import Book
from ..text import clean_text
from .closing import _make_room_for_first
from .ledger import Posted, last_validated, lock_year, next_number
from .retry import once_more_on_conflict


@dataclasses.dataclass(frozen=True)
class OpeningWritten:
    entry_id: int | None        # None: nothing to book (a book made with empty balances)
    number: int | None
    banks: tuple[str, ...]      # the bank accounts' codes, in the order given


def prepared(conn, year_id: int, opening: Opening) -> Opening:
    """``opening`` with its banks' codes and its lines' accounts chosen against the year's
    chart, checked: each account in the chart, none a grouping account."""
    rows = conn.execute(
        "SELECT a.code, a.kind, a.is_custom FROM account a JOIN fiscal_year f "
        "ON f.chart_id = a.chart_id WHERE f.id = ?", (year_id,)).fetchall()
    chart = {code: kind for code, kind, _custom in rows}
    standard = {code for code, _kind, custom in rows if not custom}
    opening = for_chart(dataclasses.replace(opening, banks=with_codes(opening.banks, chart)),
                        chart, standard)
    check_opening(opening)
    check_accounts(opening, chart, standard)
    return opening


def write_opening(conn, year_id: int, opening: Opening, *, number: int = 1) -> OpeningWritten:
    """Create the named bank accounts and write the opening entry as entry ``number`` of the
    year, inside the caller's transaction (the engine checks the balance at COMMIT)."""
    first_day, chart_id = conn.execute(
        "SELECT start_date, chart_id FROM fiscal_year WHERE id = ?", (year_id,)).fetchone()
    first_day = dt.date.fromisoformat(str(first_day))
    opening = prepared(conn, year_id, opening)
    draft = opening_draft(opening, first_day)
    accounts = dict(conn.execute("SELECT code, id FROM account WHERE chart_id = ?",
                                 (chart_id,)).fetchall())
    for bank in opening.banks:
        if bank.code not in accounts:
            if not bank.name.strip():
                raise ValidationError(f"compte {bank.code} : donnez le nom de ce compte "
                                      "bancaire (sa banque, courant ou livret)",
                                      field="compte bancaire")
            parent = nearest_parent(bank.code, accounts) or BANK_PARENT
            cur = conn.execute(
                "INSERT INTO account (chart_id, code, label, kind, parent_id, is_custom) "
                "VALUES (?, ?, ?, 'asset', ?, 1)",
                (chart_id, bank.code, clean_text(bank.name).strip(), accounts[parent]))
            accounts[bank.code] = cur.lastrowid
    codes = tuple(b.code for b in opening.banks)
    if codes and BANK_PARENT not in codes:
        _hide_anonymous_bank(conn, year_id, chart_id, accounts)
    if draft is None:
        return OpeningWritten(None, None, codes)
    missing = [line.account for line in draft.lines if line.account not in accounts]
    if missing:
        raise ValidationError(f"compte {missing[0]} absent du plan comptable de l'exercice",
                              field="compte")
    journal = conn.execute("SELECT id FROM journal WHERE code = ?",
                           (OPENING_JOURNAL,)).fetchone()
    if journal is None:
        raise ValidationError(f"journal {OPENING_JOURNAL} (à-nouveaux) absent du livre")
    # A draft, as any entry: the treasurer validates it with the year's first entries.
    cur = conn.execute(
        "INSERT INTO entry (year_id, journal_id, number, date, label, piece_ref, piece_date) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (year_id, journal[0], number, first_day.isoformat(), draft.label, draft.piece_ref,
         draft.piece_date.isoformat() if draft.piece_date else None))
    entry_id = cur.lastrowid
    conn.executemany(
        "INSERT INTO entry_line (entry_id, position, account_id, debit, credit, label) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(entry_id, pos, accounts[line.account], line.debit.cents, line.credit.cents,
          line.label) for pos, line in enumerate(draft.lines, start=1)])
    return OpeningWritten(entry_id, number, codes)


def _hide_anonymous_bank(conn, year_id: int, chart_id: int, accounts: dict) -> None:
    """Named bank accounts replace « 512 Banques » in the lists, unless 512 is in use."""
    used = conn.execute(
        "SELECT 1 FROM entry_line l JOIN entry e ON e.id = l.entry_id "
        "WHERE e.year_id = ? AND l.account_id = ? LIMIT 1",
        (year_id, accounts[BANK_PARENT])).fetchone()
    if used is None:
        conn.execute("UPDATE account SET hidden = 1 WHERE chart_id = ? AND code = ?",
                      (chart_id, BANK_PARENT))


def opening_refusal(conn, year_id: int) -> str | None:
    """Why the year cannot take opening balances, or None when it can."""
    label, start, closed = conn.execute(
        "SELECT label, start_date, closed_at FROM fiscal_year WHERE id = ?",
        (year_id,)).fetchone()
    if closed is not None:
        return f"l'exercice {label} est clos"
    before = conn.execute("SELECT label FROM fiscal_year WHERE start_date < ? "
                          "ORDER BY start_date DESC LIMIT 1", (str(start),)).fetchone()
    if before is not None:
        return (f"l'exercice {label} suit l'exercice {before[0]} : ses soldes d'ouverture "
                f"viennent de la clôture de {before[0]} (à-nouveaux écrits par la clôture)")
    done = conn.execute(
        "SELECT e.number FROM entry e JOIN journal j ON j.id = e.journal_id "
        "WHERE e.year_id = ? AND (j.code = ? OR j.kind = 'opening') ORDER BY e.number",
        (year_id, OPENING_JOURNAL)).fetchone()
    if done is not None:
        return (f"l'exercice {label} a déjà une écriture d'à-nouveaux (n°{done[0]}) : "
                "corrigez-la dans la saisie")
    return None


@once_more_on_conflict
def book_opening(book: Book, year_id: int, opening: Opening) -> Posted:
    """The opening entry of a book's first year made without one: entry n°1 of the year (the
    others move up by one), the named bank accounts created, in one transaction."""
    with book.transaction() as s:
        lock_year(s, year_id)
        conn = book.raw_connection(s)
        refusal = opening_refusal(conn, year_id)
        if refusal:
            raise ValidationError(refusal + ".")
        if opening.empty and not opening.banks:
            raise ValidationError("aucun solde saisi : rien à enregistrer")
        # First of the year, unless entries were validated already: their numbers are kept.
        number = next_number(s, year_id) if last_validated(s, year_id) else 1
        if number == 1:
            _make_room_for_first(s, year_id)
        written = write_opening(conn, year_id, opening, number=number)
        if written.entry_id is None:
            raise ValidationError("tous les soldes sont nuls : rien à enregistrer")
        label = conn.execute("SELECT label FROM fiscal_year WHERE id = ?",
                             (year_id,)).fetchone()[0]
        return Posted(written.entry_id, label, number)
