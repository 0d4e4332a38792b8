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


def test_the_fonds_dedies_wait_for_the_cut_off_of_a_multi_year_subsidy(book):
    """A 2025-2026 subsidy: its 2026 share goes to 487 first; the fonds dédiés step says so
    while that is not booked, and then reports only the unspent part of the 2025 share."""
    from assocompta.domain.parties import TiersKind
    from assocompta.services.ledger import add_action, add_tiers, post_entry
    from assocompta.services.year_end_steps import year_end_step
    add_tiers(book, "VILLE", "Ville de Rennes", TiersKind.FUNDER)
    add_action(book, "ATELIER", "Ateliers")
    post_entry(book, EntryDraft(dt.date(2025, 9, 1), "BQ", "Subvention ateliers 2025-2026", (
        LineDraft("512", debit=Money(300000)),
        LineDraft("741", credit=Money(300000), tiers="VILLE", action="ATELIER"))))
    post_entry(book, EntryDraft(dt.date(2025, 11, 1), "BQ", "Matériel ateliers", (
        LineDraft("6063", debit=Money(50000), action="ATELIER"),
        LineDraft("512", credit=Money(50000)))))
    early = year_end_step(book, "2025", "fonds_dedies")
    assert early.notes[0].startswith("Passez ou écartez d'abord")
    assert "régularisations" in early.notes[0]
    reported = early.proposals[0].draft.total_debit.cents
    assert reported == 300000 - 50000
    book_proposals(book, "2025", year_end_step(book, "2025", "regularisations").proposals)
    later = year_end_step(book, "2025", "fonds_dedies")
    assert not any(n.startswith("Passez ou écartez") for n in later.notes)
    # 3 000 × 243/365 = 1 997,26 in 487: 1 002,74 of 2025's share, 500 spent, 502,74 left.
    assert later.proposals[0].draft.total_debit.cents == 300000 - 199726 - 50000
