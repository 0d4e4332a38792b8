"""Members of an exercice and « qui a payé sa cotisation ».

A member of an exercice is a ``membership`` row (set here, or by a tiers import with
``--year``) or anyone a cotisation (756…) names in that exercice. What they paid is read from
the book, never typed: the credits less the debits (a refund) on 756… lines naming them in the
exercice's entries, drafts included (a cheque typed and not yet validated is still paid).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from sqlalchemy import func, select

from ..domain.errors import ValidationError
from ..domain.money import ZERO, Money
from ..storage.db import Book
from ..text import fold
from ..storage.orm import Account, Entry, EntryLine, Membership, Tiers
from .ledger import year_by_label

#: the accounts of cotisations (PCG 2020 756 « Cotisations »; 7561, 7562… are its parts)
FEES_ACCOUNT = "756"


class FeeStatus(str, Enum):
    PAID = "a_jour"
    PARTIAL = "partiel"
    UNPAID = "non_payee"

    @property
    def label(self) -> str:
        return {FeeStatus.PAID: "à jour", FeeStatus.PARTIAL: "partiel",
                FeeStatus.UNPAID: "non payée"}[self]


@dataclass(frozen=True)
class MemberRow:
    code: str
    name: str
    listed: bool  # a membership row; False: only found through a cotisation
    fee: Money | None  # expected cotisation (None: not said)
    paid: Money
    last_paid: dt.date | None
    joined_on: dt.date | None
    email: str = ""
    note: str = ""

    @property
    def status(self) -> FeeStatus:
        if self.paid <= ZERO:
            return FeeStatus.PAID if self.fee == ZERO else FeeStatus.UNPAID
        if self.fee is not None and self.paid < self.fee:
            return FeeStatus.PARTIAL
        return FeeStatus.PAID

    @property
    def due(self) -> Money:
        """What is left to pay (never below zero)."""
        if self.fee is None or self.paid >= self.fee:
            return ZERO
        return self.fee - max(self.paid, ZERO)


@dataclass(frozen=True)
class MembersList:
    year: str
    start: dt.date
    end: dt.date
    rows: tuple[MemberRow, ...]

    @property
    def unpaid(self) -> tuple[MemberRow, ...]:
        return tuple(r for r in self.rows if r.status is not FeeStatus.PAID)

    def count(self, status: FeeStatus) -> int:
        return sum(r.status is status for r in self.rows)


def _tiers(s, code: str) -> Tiers:
    t = s.scalars(select(Tiers).where(Tiers.code == code)).first()
    if t is None:
        raise ValidationError(f"tiers « {code} » inconnu", field="code")
    return t


def set_membership(book: Book, code: str, year: str, fee: Money | None = None,
                   joined_on: dt.date | None = None, note: str = "") -> None:
    """Make a tiers a member of an exercice, or change its expected fee, date, note."""
    if fee is not None and fee < ZERO:
        raise ValidationError("cotisation négative : tapez le montant attendu, ou rien",
                              field="cotisation")
    with book.transaction() as s:
        y = year_by_label(s, year)
        t = _tiers(s, code)
        m = s.scalars(select(Membership).where(Membership.tiers_id == t.id,
                                               Membership.year_id == y.id)).first()
        if m is None:
            m = Membership(tiers_id=t.id, year_id=y.id)
            s.add(m)
        m.fee, m.joined_on, m.note = fee, joined_on, note.strip()


def remove_membership(book: Book, code: str, year: str) -> bool:
    """A tiers is no longer listed as a member of the exercice; whether it was."""
    with book.transaction() as s:
        y = year_by_label(s, year)
        t = _tiers(s, code)
        m = s.scalars(select(Membership).where(Membership.tiers_id == t.id,
                                               Membership.year_id == y.id)).first()
        if m is None:
            return False
        s.delete(m)
        return True


def _day(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def members(book: Book, year: str) -> MembersList:
    """Every member of the exercice, by name, with what they paid and their status."""
    with book.session() as s:
        y = year_by_label(s, year)
        listed = {m.tiers_id: m for m in s.scalars(
            select(Membership).where(Membership.year_id == y.id))}
        fees = (select(EntryLine.tiers_id).join(Entry, Entry.id == EntryLine.entry_id)
                .join(Account, Account.id == EntryLine.account_id)
                .where(Entry.year_id == y.id, Account.code.like(FEES_ACCOUNT + "%"),
                       EntryLine.tiers_id.is_not(None))
                .group_by(EntryLine.tiers_id))
        paid = {tid: Money(int(credit or 0) - int(debit or 0)) for tid, credit, debit in s.execute(
            fees.add_columns(func.sum(EntryLine.credit), func.sum(EntryLine.debit)))}
        last_credit = {tid: _day(last) for tid, last in s.execute(
            fees.where(EntryLine.credit > 0).add_columns(func.max(Entry.date)))}
        ids = set(listed) | set(paid)
        tiers = {t.id: t for t in s.scalars(select(Tiers).where(Tiers.id.in_(ids)))} if ids \
            else {}
        rows = []
        for tid, t in tiers.items():
            m = listed.get(tid)
            amount = paid.get(tid, ZERO)
            rows.append(MemberRow(t.code, t.name, m is not None, m.fee if m else None, amount,
                                  last_credit.get(tid), m.joined_on if m else None,
                                  t.email or "", m.note if m else ""))
        rows.sort(key=lambda r: (fold(r.name), r.code))  # Élodie between Anne and Jean
        return MembersList(y.label, y.start_date, y.end_date, tuple(rows))


HEADERS = ("Code", "Nom", "Cotisation attendue", "Payé", "Reste dû", "Dernier paiement",
           "Statut", "Adhésion", "E-mail", "Liste")


def member_cells(r: MemberRow) -> tuple:
    """A member as a row of the exported list (same order as HEADERS)."""
    return (r.code, r.name, r.fee, r.paid, r.due, r.last_paid, r.status.label, r.joined_on,
            r.email, "adhérent" if r.listed else "cotisation seule")


def export_members(listing: MembersList, dest: Path, *, unpaid: bool = False) -> Path:
    """The members (or only those who have not paid in full) as a CSV or XLSX file."""
    from ..reports.table_file import write_table
    rows = listing.unpaid if unpaid else listing.rows
    return write_table(dest, HEADERS, [member_cells(r) for r in rows],
                       f"Cotisations {listing.year}")
