"""Validating entries, and correcting a validated one by a contre-passation.

A draft (brouillard) is changed freely; validation gives it its definitive number, the next
after the year's validated entries, and its ValidDate, and the engine then refuses any change
(storage/migrations/0007_validation.sql; PCG art. 921-3, docs/validation.md). A validated
entry is corrected by a reversing entry, with the corrected entry beside it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..domain.entries import EntryDraft, LineDraft, check_entry
from ..domain.errors import ValidationError
from ..domain.plural import agree, plural
from ..storage.db import Book
from ..storage.orm import Account, Entry, EntryLine, FiscalYear, Journal
from .ledger import (SHIFT, Posted, insert_entry, last_validated, lock_year, next_number,
                     year_by_label, year_for_date)
from .retry import once_more_on_conflict

#: Automatic piece numbers: journal code, year of the fiscal year's first day, 4 digits.
PIECE_DIGITS = 4
SHOWN = 5  # entries named in a refusal before « … »


@dataclass(frozen=True)
class Validated:
    year: str
    count: int
    first: int | None          # the first and last definitive numbers given
    last: int | None
    pieces_numbered: int       # drafts that had no piece reference and got one


@dataclass(frozen=True)
class Drafts:
    """The drafts of a year, as messages name them."""

    count: int
    first_number: int | None
    last_number: int | None
    first_date: dt.date | None
    last_date: dt.date | None

    def where(self) -> str:
        if not self.count:
            return ""
        if self.count == 1:
            return f"n°{self.first_number}, du {self.first_date:%d/%m/%Y}"
        return (f"n°{self.first_number} à n°{self.last_number}, du {self.first_date:%d/%m/%Y} "
                f"au {self.last_date:%d/%m/%Y}")


def drafts_in(s: Session, year_id: int) -> Drafts:
    row = s.execute(select(func.count(), func.min(Entry.number), func.max(Entry.number),
                           func.min(Entry.date), func.max(Entry.date))
                    .where(Entry.year_id == year_id, Entry.valid_date.is_(None))).one()
    return Drafts(*row)  # min/max of a date column come back as dates


def piece_prefix(journal_code: str, year_start: dt.date) -> str:
    return f"{journal_code}-{year_start.year}-"


def _next_pieces(s: Session, year: FiscalYear, journal_id: int, code: str) -> Iterable[str]:
    """BQ-2025-0042, BQ-2025-0043…: after the highest such number of the journal in the year."""
    prefix = piece_prefix(code, year.start_date)
    taken = s.scalars(select(Entry.piece_ref).where(
        Entry.year_id == year.id, Entry.journal_id == journal_id,
        Entry.piece_ref.like(prefix + "%")))
    pattern = re.compile(re.escape(prefix) + r"(\d+)$")
    top = max((int(m.group(1)) for ref in taken if (m := pattern.match(ref))), default=0)
    while True:
        top += 1
        yield f"{prefix}{top:0{PIECE_DIGITS}d}"


def _named(rows: Sequence[Entry]) -> str:
    shown = ", ".join(f"n°{e.number} du {e.date:%d/%m/%Y}" for e in rows[:SHOWN])
    more = len(rows) - SHOWN
    return shown + (f" et {plural(more, 'autre', 'autres')}" if more > 0 else "")


def validate_in(s: Session, year: FiscalYear, chosen: Sequence[Entry], today: dt.date, *,
                number_pieces: bool) -> Validated:
    """Validate the ``chosen`` drafts of ``year`` inside the caller's transaction, the year
    locked: numbered after the validated entries by date (then old number), the drafts left
    renumbered after them."""
    chosen = sorted((e for e in chosen if e.valid_date is None), key=lambda e: (e.date, e.number))
    if not chosen:
        return Validated(year.label, 0, None, None, 0)
    on_short = set(s.scalars(
        select(EntryLine.entry_id).join(Entry, Entry.id == EntryLine.entry_id)
        .join(Account, Account.id == EntryLine.account_id)
        .where(Entry.year_id == year.id, Entry.valid_date.is_(None),
               func.length(Account.code) < 3)))
    short = [e for e in chosen if e.id in on_short]
    if short:
        raise ValidationError(
            f"{_named(short)} : {agree(len(short), 'passée', 'passées')} sur un compte de moins "
            "de 3 chiffres, que le FEC refuse (art. A47 A-1 du LPF). Corrigez le compte (un "
            "sous-compte, ex. 7410 au lieu de 74) avant de valider.")
    unnamed = [e for e in chosen if not e.piece_ref.strip()]
    if unnamed and not number_pieces:
        raise ValidationError(
            f"{plural(len(unnamed), 'écriture', 'écritures')} sans référence de pièce "
            f"({_named(unnamed)}) : une "
            "écriture validée s'appuie sur une pièce justificative (art. R123-174 du Code de "
            "commerce). Saisissez la référence, ou faites numéroter les pièces "
            "automatiquement (BQ-2025-0001…).", field="pièce")
    journals = dict(s.execute(select(Journal.id, Journal.code)).tuples().all())
    numbering: dict[int, Iterable[str]] = {}
    for e in unnamed:
        pieces = numbering.setdefault(e.journal_id, iter(_next_pieces(
            s, year, e.journal_id, journals[e.journal_id])))
        e.piece_ref = next(pieces)
    # The piece is dated: where no other date was typed, the entry's date is the piece's
    # (the FEC's PieceDate then says what the book holds).
    for e in chosen:
        if e.piece_date is None:
            e.piece_date = e.date
    s.flush()
    top = last_validated(s, year.id)
    rest = list(s.scalars(select(Entry).where(Entry.year_id == year.id,
                                              Entry.valid_date.is_(None))
                          .order_by(Entry.number)))
    ids = {e.id for e in chosen}
    rest = [e for e in rest if e.id not in ids]
    # Drafts step aside first, so that (year, number) stays unique and no validated entry is
    # ever numbered above a draft (the engine refuses it: entry numbers out of order).
    s.execute(update(Entry).where(Entry.year_id == year.id, Entry.valid_date.is_(None))
              .values(number=Entry.number + SHIFT))
    # ORM bulk UPDATE by primary key: one executemany.
    s.execute(update(Entry), [{"id": e.id, "number": top + k, "valid_date": today}
                              for k, e in enumerate(chosen, 1)])
    after = top + len(chosen)
    if rest:
        s.execute(update(Entry), [{"id": e.id, "number": after + k}
                                  for k, e in enumerate(rest, 1)])
    for e in [*chosen, *rest]:
        s.expire(e)
    return Validated(year.label, len(chosen), top + 1, after, len(unnamed))


@once_more_on_conflict
def validate_entries(book: Book, year_label: str | None = None, *,
                     through: dt.date | None = None, entry_ids: Sequence[int] | None = None,
                     number_pieces: bool = False, today: dt.date | None = None) -> Validated:
    """Validate the year's drafts dated up to ``through`` (all of them without it), or the
    drafts ``entry_ids``; refused whole if one lacks a piece reference (unless
    ``number_pieces``) or uses an account the FEC refuses."""
    today = today or dt.date.today()
    with book.transaction() as s:
        if entry_ids is not None:
            ids = list(entry_ids)
            if not ids:
                raise ValidationError("aucune écriture choisie à valider")
            year_ids = set(s.scalars(select(Entry.year_id).where(Entry.id.in_(ids))))
            if len(year_ids) != 1:
                raise ValidationError("choisissez des écritures d'un seul exercice, ou "
                                      "validez-les exercice par exercice")
            year = s.get(FiscalYear, year_ids.pop())
        else:
            year = year_by_label(s, year_label)
        if year.is_closed:
            raise ValidationError(f"l'exercice {year.label} est clos : toutes ses écritures "
                                  "sont validées")
        lock_year(s, year.id)
        query = select(Entry).where(Entry.year_id == year.id, Entry.valid_date.is_(None))
        if entry_ids is not None:
            query = query.where(Entry.id.in_(list(entry_ids)))
        if through is not None:
            query = query.where(Entry.date <= through)
        chosen = list(s.scalars(query.execution_options(populate_existing=True)))
        return validate_in(s, year, chosen, today, number_pieces=number_pieces)


# -- contre-passation ------------------------------------------------------------------------
def reversal_label(number: int, label: str, year: str | None = None) -> str:
    """« Contre-passation n°17 : … », with the entry's year when the reversal is in another."""
    return f"Contre-passation n°{number}{f' ({year})' if year else ''} : {label}"


def reversal_draft(entry: Entry, date: dt.date, year: str | None = None) -> EntryDraft:
    """The entry's lines with débit and crédit swapped, same journal and piece; ``year``
    names the entry's year when the reversal is booked in another."""
    lines = tuple(LineDraft(line.account.code, debit=line.credit, credit=line.debit,
                            tiers=line.tiers.code if line.tiers else None,
                            action=line.action.code if line.action else None,
                            label=line.label)
                  for line in entry.lines)
    return EntryDraft(date, entry.journal.code, reversal_label(entry.number, entry.label, year),
                      lines, piece_ref=entry.piece_ref, piece_date=entry.piece_date)


@once_more_on_conflict
def reverse_entry(book: Book, entry_id: int, *, date: dt.date | None = None,
                  corrected: EntryDraft | None = None) -> tuple[Posted, Posted | None]:
    """Cancel validated entry ``entry_id`` by a draft of opposite sense (its ``reverses_id``
    names it), dated ``date`` (default: today, kept inside the open year), and post the
    ``corrected`` entry as a draft beside it. The original stays as it was validated."""
    if corrected is not None:
        check_entry(corrected)
    with book.transaction() as s:
        entry = s.get(Entry, entry_id)
        if entry is None:
            raise ValidationError("cette écriture n'existe plus")
        if entry.valid_date is None:
            raise ValidationError(f"l'écriture n°{entry.number} est un brouillard : "
                                  "modifiez-la directement")
        if entry.journal.kind == "opening":
            raise ValidationError(
                f"l'écriture n°{entry.number} reprend le bilan de clôture de l'exercice "
                "précédent (à-nouveaux) : elle ne se contre-passe pas, le bilan d'ouverture "
                "doit correspondre au bilan de clôture (art. L123-19 du Code de commerce). "
                "Une erreur se corrige par une écriture d'opérations diverses (OD) de "
                "l'exercice.")
        done = s.scalar(select(Entry.number).where(Entry.reverses_id == entry.id))
        if done is not None:
            raise ValidationError(f"l'écriture n°{entry.number} est déjà contre-passée "
                                  f"(écriture n°{done})")
        if date is None:
            date = _inside_open_year(s, entry)
        year = year_for_date(s, date)
        own = None if year.id == entry.year_id else s.get(FiscalYear, entry.year_id).label
        draft = reversal_draft(entry, date, own)
        reversal = insert_entry(s, year, next_number(s, year.id), draft)
        reversal.reverses_id = entry.id
        s.flush()
        first = Posted(reversal.id, year.label, reversal.number)
        if corrected is None:
            return first, None
        target = year_for_date(s, corrected.date)
        fixed = insert_entry(s, target, next_number(s, target.id), corrected)
        return first, Posted(fixed.id, target.label, fixed.number)


def _inside_open_year(s: Session, entry: Entry) -> dt.date:
    """Today if the entry's year is still open then, else its last day; a closed year's entry
    is reversed on the first day of the open year after it."""
    year = s.get(FiscalYear, entry.year_id)
    today = dt.date.today()
    if not year.is_closed:
        return min(max(today, year.start_date), year.end_date)
    later = s.scalars(select(FiscalYear).where(FiscalYear.start_date > year.end_date,
                                               FiscalYear.closed_at.is_(None))
                      .order_by(FiscalYear.start_date)).first()
    if later is None:
        raise ValidationError(f"l'exercice {year.label} est clos et aucun exercice ouvert ne "
                              "le suit pour y passer la contre-passation")
    return min(max(today, later.start_date), later.end_date)


__all__ = ["Drafts", "Validated", "drafts_in", "piece_prefix", "reverse_entry",
           "reversal_label", "validate_entries", "validate_in"]