"""Booking the year-end work: what each entry is for is kept with it, nothing half-written,
and a closed year takes none."""

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.errors import ValidationError
from assocompta.domain.money import Money
from assocompta.services.year_end import Proposal, book_proposals
from assocompta.storage.orm import Entry, YearEndEntry


def _prepaid(date=dt.date(2025, 12, 31), amount=900):
    lines = (LineDraft("486", debit=Money(amount * 100)),
             LineDraft("616", credit=Money(amount * 100)))
    return Proposal("regularisation", EntryDraft(date, "OD", "Assurance payée d'avance", lines),
                    "Assurance du 01/10/2025 au 30/09/2026 : 9 mois sur 12 à l'exercice 2026")


def test_booked_proposals_keep_their_kind_and_reason(book):
    ids = book_proposals(book, "2025", [_prepaid()])
    with book.session() as s:
        row = s.get(YearEndEntry, ids[0])
        entry = s.get(Entry, ids[0])
        assert (row.kind, row.reason[:9]) == ("regularisation", "Assurance")
        assert entry.valid_date is None and entry.date == dt.date(2025, 12, 31)
        assert [(ln.account.code, ln.debit.cents) for ln in entry.lines] == [
            ("486", 90000), ("616", 0)]


def test_one_bad_proposal_books_none(book):
    with pytest.raises(ValidationError, match="hors de l'exercice"):
        book_proposals(book, "2025", [_prepaid(), _prepaid(dt.date(2026, 1, 1))])
    with book.session() as s:
        assert s.scalar(select(func.count()).select_from(Entry)) == 0


def test_a_closed_year_takes_no_year_end_entry(book):
    with book.transaction() as s:
        s.execute(text("UPDATE fiscal_year SET closed_at = '2026-01-10T10:00:00'"))
    with pytest.raises(ValidationError, match="est clos"):
        book_proposals(book, "2025", [_prepaid()])
