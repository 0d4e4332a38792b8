"""The year-end inventory work (travaux d'inventaire) as the closing wizard and ``year close``
offer it: one step per kind of work, each proposing entries with the reason for each.

A step's proposals are plain entries to book in the year being closed (journal OD, dated
its last day unless the work has its own date), each with what it is for
(``year_end_entry.kind``), the reason the annexe and the livre d'inventaire print, and for
the fixed assets the part of it that concerns each asset (``asset_movement``).
:func:`book_proposals` books the chosen ones in one transaction, as drafts: the treasurer
can still look at them, delete one and ask again; the closing validates them with the rest.

Proposals are computed from what is already booked: asking twice proposes nothing twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from ..domain.entries import EntryDraft, check_entry
from ..domain.errors import ValidationError
from ..storage.db import Book
from ..storage.orm import AssetMovement, Entry, FiscalYear, YearEndEntry
from .ledger import insert_entry, lock_year, next_number
from .retry import once_more_on_conflict

WORK_JOURNAL = "OD"

#: year_end_entry.kind, as the treasurer reads it.
KINDS = {
    "amortissements": "Dotation aux amortissements",
    "cession": "Sortie d'immobilisation",
    "quote_part_subvention": "Quote-part de subvention d'investissement",
    "regularisation": "Régularisation (charges et produits de l'exercice)",
    "extourne": "Extourne d'une régularisation",
    "provision": "Provision ou dépréciation",
    "reprise_provision": "Reprise de provision ou de dépréciation",
    "fonds_dedies": "Report en fonds dédiés",
    "utilisation_fonds_dedies": "Utilisation de fonds dédiés",
}


@dataclass(frozen=True)
class AssetShare:
    """The part of a proposed entry that concerns one asset of the register."""

    asset_id: int
    kind: str          # asset_movement.kind: 'amortissement', 'cession', 'quote_part'
    cents: int


@dataclass(frozen=True)
class Proposal:
    """One entry the year-end work proposes, and why (plain French, one sentence or two)."""

    kind: str                       # a key of KINDS
    draft: EntryDraft
    reason: str
    assets: tuple[AssetShare, ...] = ()
    reverses_entry_id: int | None = None


@dataclass(frozen=True)
class Step:
    """One page of the closing wizard, one section of ``year close --check``."""

    key: str                        # 'immobilisations', 'regularisations', 'provisions', 'fonds_dedies'
    title: str
    explanation: str                # what this work is, for a volunteer
    proposals: tuple[Proposal, ...] = ()
    booked: tuple[int, ...] = ()    # ids of this step's entries already in the year
    notes: tuple[str, ...] = field(default=())  # what the treasurer must look at himself

    @property
    def pending(self) -> bool:
        return bool(self.proposals)


@once_more_on_conflict
def book_proposals(book: Book, year_label: str, proposals: list[Proposal] | tuple[Proposal, ...]
                   ) -> list[int]:
    """Book ``proposals`` as drafts of ``year_label`` in one transaction; their ids.

    Each entry's date must fall in the year; nothing is written if one cannot be booked.
    """
    with book.transaction() as s:
        year = s.scalars(select(FiscalYear).where(FiscalYear.label == year_label)).first()
        if year is None:
            raise ValidationError(f"exercice « {year_label} » inconnu", field="--year")
        lock_year(s, year.id)
        return book_proposals_in(s, year, proposals)


def book_proposals_in(s, year: FiscalYear, proposals) -> list[int]:
    """:func:`book_proposals` inside the caller's transaction (the closing's extournes)."""
    if year.is_closed:
        raise ValidationError(f"l'exercice {year.label} est clos : on n'y passe plus "
                              "d'écriture")
    ids = []
    for p in proposals:
        if p.kind not in KINDS:
            raise ValueError(f"unknown year-end kind {p.kind!r}")
        check_entry(p.draft)
        if not year.start_date <= p.draft.date <= year.end_date:
            raise ValidationError(f"l'écriture « {p.draft.label} » est datée du "
                                  f"{p.draft.date:%d/%m/%Y}, hors de l'exercice {year.label}",
                                  field="date")
        entry = insert_entry(s, year, next_number(s, year.id), p.draft)
        s.add(YearEndEntry(entry_id=entry.id, kind=p.kind, reason=p.reason,
                           reverses_entry_id=p.reverses_entry_id))
        for share in p.assets:
            s.add(AssetMovement(asset_id=share.asset_id, entry_id=entry.id, kind=share.kind,
                                amount=share.cents))
        s.flush()
        ids.append(entry.id)
    return ids


def booked_entries(s, year_id: int, kinds: tuple[str, ...]) -> list[tuple[int, str, str]]:
    """(entry id, kind, reason) of the year's year-end entries of ``kinds``, in number order."""
    rows = s.execute(select(Entry.id, YearEndEntry.kind, YearEndEntry.reason)
                     .join(YearEndEntry, YearEndEntry.entry_id == Entry.id)
                     .where(Entry.year_id == year_id, YearEndEntry.kind.in_(kinds))
                     .order_by(Entry.number)).all()
    return [tuple(r) for r in rows]


def last_day(year: FiscalYear) -> dt.date:
    return year.end_date
