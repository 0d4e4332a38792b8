"""Changing booked entries: read one back as a draft, replace it, put a deleted one back.

These are what the app's edit, delete and undo need. Each is one transaction; the storage
layer still refuses anything in a closed year and any unbalanced result.
"""

from __future__ import annotations

import datetime as dt

from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ..domain.entries import EntryDraft, LineDraft, check_entry
from ..domain.errors import ValidationError
from ..storage.db import Book
from ..storage.orm import Account, Action, Entry, EntryLine, FiscalYear, Journal, Tiers
from .ledger import SHIFT, Posted, insert_entry, year_for_date


@dataclass(frozen=True)
class Booked:
    """An entry as it stands in the book: its draft, its year and its number."""

    entry_id: int
    year: str
    number: int
    draft: EntryDraft


def _code(s: Session, model, row_id: int | None) -> str | None:
    return None if row_id is None else s.get(model, row_id).code


def read_entry(book: Book, entry_id: int) -> Booked:
    """The entry ``entry_id`` as a draft the forms can show and the services can re-post."""
    with book.session() as s:
        entry = s.get(Entry, entry_id)
        if entry is None:
            raise ValidationError("cette écriture n'existe plus")
        lines = tuple(LineDraft(s.get(Account, ln.account_id).code, ln.debit,
                                ln.credit, _code(s, Tiers, ln.tiers_id),
                                _code(s, Action, ln.action_id), ln.label)
                      for ln in sorted(entry.lines, key=lambda ln: ln.position))
        draft = EntryDraft(entry.date, s.get(Journal, entry.journal_id).code, entry.label,
                           lines, entry.piece_ref, entry.piece_date)
        return Booked(entry.id, s.get(FiscalYear, entry.year_id).label, entry.number, draft)


def replace_entry(book: Book, entry_id: int, draft: EntryDraft) -> Posted:
    """Replace an entry by ``draft``, keeping its number; the date stays in the same year.

    The entry gets a new id (its lines are written afresh, so that the month totals follow
    the new date and amounts exactly); the returned :class:`Posted` carries it.
    """
    check_entry(draft)
    with book.transaction() as s:
        old = s.get(Entry, entry_id)
        if old is None:
            raise ValidationError("cette écriture n'existe plus")
        year = year_for_date(s, draft.date)
        if year.id != old.year_id:
            raise ValidationError(
                f"le {draft.date:%d/%m/%Y} est dans l'exercice {year.label}, pas dans celui de "
                "l'écriture : supprimez-la et saisissez-la dans le bon exercice", field="date")
        number, valid_date = old.number, old.valid_date
        # Lines first, while the entry still says which month their totals are in.
        s.execute(delete(EntryLine).where(EntryLine.entry_id == entry_id))
        s.expire(old, ["lines"])
        s.delete(old)
        s.flush()
        entry = insert_entry(s, year, number, draft, valid_date)
        return Posted(entry.id, year.label, entry.number)


def restore_entry(book: Book, draft: EntryDraft, number: int) -> Posted:
    """Put back a deleted entry under its old number, moving the later ones up by one."""
    check_entry(draft)
    with book.transaction() as s:
        year = year_for_date(s, draft.date)
        last = s.scalar(select(Entry.number).where(Entry.year_id == year.id)
                        .order_by(Entry.number.desc()).limit(1)) or 0
        number = max(1, min(number, last + 1))
        # Two steps so that the unique (year, number) index never sees a duplicate midway.
        s.execute(update(Entry).where(Entry.year_id == year.id, Entry.number >= number)
                  .values(number=Entry.number + SHIFT))
        s.execute(update(Entry).where(Entry.year_id == year.id, Entry.number > SHIFT)
                  .values(number=Entry.number - SHIFT + 1))
        entry = insert_entry(s, year, number, draft, dt.date.today())
        return Posted(entry.id, year.label, entry.number)
