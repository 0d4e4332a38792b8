"""Changing booked entries: read one back as a draft, replace it, put a deleted one back.

These are what the app's edit, delete and undo need. Each is one transaction; the storage
layer still refuses anything in a closed year and any unbalanced result.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..domain.entries import EntryDraft, LineDraft, check_entry
from ..domain.errors import ValidationError
from ..storage.db import Book
from ..storage.orm import (Account, Action, Entry, EntryLine, FiscalYear, GiftDetail, Journal,
                           Tiers)
from ..text import clean_text
from .ledger import (
    SHIFT,
    Posted,
    account_for,
    action_for,
    insert_entry,
    journal_for,
    last_validated,
    refuse_validated,
    tiers_for,
    year_for_date,
)
from .retry import once_more_on_conflict


@dataclass(frozen=True)
class Booked:
    """An entry as it stands in the book: its draft, its year and its number."""

    entry_id: int
    year: str
    number: int
    draft: EntryDraft
    valid_date: dt.date | None = None   # None: a draft, changed freely


@dataclass(frozen=True)
class Attached:
    """What hangs on an entry besides its lines, so that undoing its deletion puts it back:
    its justificatifs (name, media type, size, sha256, added_at, data) and its bank lines."""

    attachments: tuple[tuple, ...] = ()
    bank_lines: tuple[int, ...] = ()


def read_attached(book: Book, entry_id: int) -> Attached:
    with book.reading() as conn:
        files = conn.execute("SELECT name, media_type, size, sha256, added_at, data "
                             "FROM attachment WHERE entry_id = ? ORDER BY id",
                             (entry_id,)).fetchall()
        banks = conn.execute("SELECT id FROM bank_line WHERE entry_id = ? ORDER BY id",
                             (entry_id,)).fetchall()
    return Attached(tuple(files), tuple(b[0] for b in banks))


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
        return Booked(entry.id, s.get(FiscalYear, entry.year_id).label, entry.number, draft,
                      entry.valid_date)


def entry_id_of(book: Book, year: str, number: int) -> int:
    """The id of entry ``number`` of ``year`` (ids change when an entry is put back)."""
    with book.session() as s:
        found = s.scalar(select(Entry.id).join(FiscalYear, FiscalYear.id == Entry.year_id)
                         .where(FiscalYear.label == year, Entry.number == number))
    if found is None:
        raise ValidationError(f"l'écriture n°{number} de l'exercice {year} n'existe plus")
    return found


@once_more_on_conflict
def replace_entry(book: Book, entry_id: int, draft: EntryDraft) -> Posted:
    """Replace an entry by ``draft``, keeping its number; the date stays in the same year.

    The entry is changed in place, and so is every line whose account and amount did not
    change: its justificatifs, its bank statement line, its reconciliation ticks and its
    donation receipt stay with it. A line ticked on a finished statement or covered by a
    donation receipt must be kept as it is (the storage layer refuses otherwise).
    """
    check_entry(draft)
    with book.transaction() as s:
        year = year_for_date(s, draft.date)  # locked first: see ledger.lock_year
        old = s.get(Entry, entry_id)
        if old is None:
            raise ValidationError("cette écriture n'existe plus")
        refuse_validated(old)
        if year.id != old.year_id:
            raise ValidationError(
                f"le {draft.date:%d/%m/%Y} est dans l'exercice {year.label}, pas dans celui de "
                "l'écriture : supprimez-la et saisissez-la dans le bon exercice", field="date")
        old.journal_id = journal_for(s, draft.journal).id
        old.date = draft.date
        old.label = clean_text(draft.label).strip()
        old.piece_ref = clean_text(draft.piece_ref).strip()
        old.piece_date = draft.piece_date
        unused = sorted(old.lines, key=lambda ln: ln.position)
        made: list[EntryLine] = []
        for pos, line in enumerate(draft.lines, start=1):
            account_id = account_for(s, year, line.account).id
            kept = _same_line(unused, account_id, line.debit, line.credit, pos)
            if kept is None:
                kept = EntryLine(account_id=account_id, debit=line.debit, credit=line.credit)
                old.lines.append(kept)
                made.append(kept)
            else:
                unused.remove(kept)
            kept.position = pos
            kept.tiers_id = tiers_for(s, line.tiers).id if line.tiers else None
            kept.action_id = action_for(s, line.action).id if line.action else None
            kept.label = clean_text(line.label) if line.label else line.label
        s.flush()
        _carry_gift_details(s, unused, made)
        for gone in unused:
            old.lines.remove(gone)
        s.flush()
        return Posted(old.id, year.label, old.number)


def _carry_gift_details(s, gone: list[EntryLine], made: list[EntryLine]) -> None:
    """What the treasurer said of a gift (gift_detail) follows its line when the gift's
    amount is corrected: the new line on the same account, same side, takes it."""
    details = {line_id: detail for line_id, detail in s.execute(
        select(GiftDetail.line_id, GiftDetail).where(
            GiftDetail.line_id.in_([g.id for g in gone if g.id is not None])))}
    free = list(made)
    for g in gone:
        detail = details.get(g.id)
        heir = next((m for m in free if m.account_id == g.account_id
                     and bool(m.credit) == bool(g.credit)), None)
        if detail is None or heir is None:
            continue
        free.remove(heir)
        s.add(GiftDetail(line_id=heir.id, form=detail.form, nature=detail.nature,
                         method=detail.method, description=detail.description,
                         renounced_on=detail.renounced_on))


def _same_line(lines: list[EntryLine], account_id: int, debit, credit,
               position: int) -> EntryLine | None:
    """The old line with this account and amount, at the same position if there is one."""
    same = [ln for ln in lines
            if ln.account_id == account_id and ln.debit == debit and ln.credit == credit]
    return next((ln for ln in same if ln.position == position), same[0] if same else None)


@once_more_on_conflict
def restore_entry(book: Book, draft: EntryDraft, number: int,
                  attached: Attached | None = None) -> Posted:
    """Put back a deleted entry under its old number, moving the later ones up by one, with
    what was ``attached`` to it (its justificatifs, its bank lines if still unbooked)."""
    check_entry(draft)
    with book.transaction() as s:
        year = year_for_date(s, draft.date)
        last = s.scalar(select(Entry.number).where(Entry.year_id == year.id)
                        .order_by(Entry.number.desc()).limit(1)) or 0
        # Back among the drafts: numbers validated meanwhile are taken for good.
        number = max(last_validated(s, year.id) + 1, min(number, last + 1))
        # Two steps so that the unique (year, number) index never sees a duplicate midway.
        s.execute(update(Entry).where(Entry.year_id == year.id, Entry.number >= number)
                  .values(number=Entry.number + SHIFT))
        s.execute(update(Entry).where(Entry.year_id == year.id, Entry.number > SHIFT)
                  .values(number=Entry.number - SHIFT + 1))
        if attached is not None and attached.bank_lines:
            conn = book.raw_connection(s)
            rebooked = next(filter(None, (conn.execute(
                "SELECT b.label, f.label, e.number FROM bank_line b JOIN entry e "
                "ON e.id = b.entry_id JOIN fiscal_year f ON f.id = e.year_id WHERE b.id = ?",
                (line,)).fetchone() for line in attached.bank_lines)), None)
            if rebooked is not None:
                raise ValidationError(
                    f"la ligne de relevé « {rebooked[0]} » a été passée de nouveau (écriture "
                    f"n°{rebooked[2]} de l'exercice {rebooked[1]}) : remettre cette écriture la "
                    "compterait deux fois")
        entry = insert_entry(s, year, number, draft)
        if attached is not None:
            conn = book.raw_connection(s)
            conn.executemany(
                "INSERT INTO attachment (entry_id, name, media_type, size, sha256, added_at, "
                "data) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(entry.id, *row) for row in attached.attachments])
            conn.executemany("UPDATE bank_line SET entry_id = ? WHERE id = ? AND entry_id IS NULL",
                             [(entry.id, line) for line in attached.bank_lines])
        return Posted(entry.id, year.label, entry.number)
