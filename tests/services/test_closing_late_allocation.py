"""The AG may meet after the next closing: the result of 2024 stays recordable once 2025 is
closed too, in the first open year (2026), once only (issue 16: closing only warned, then
the allocation could never be recorded)."""

import datetime as dt

import pytest
from sqlalchemy import text

from assocompta.domain.errors import ValidationError
from assocompta.domain.money import Money
from assocompta.services.closing import (allocation_proposal, close_year, closing_checks,
                                         record_allocation)
from assocompta.services.ledger import post_entry
from tests.helpers import draft, m
from tests.services import test_closing
from tests.services.test_closing import reconcile

book2024 = test_closing.book2024  # its fixture: 2024 on the 2018 chart, ready to close

R2024 = m("6 799,60")  # book2024's excédent


def _close(book, year: str) -> list[str]:
    reconcile(book, "512", f"{year}-12-31")
    reconcile(book, "5121", f"{year}-12-31")
    return list(close_year(book, year).warnings)


def _totals(book, year: str) -> dict[str, int]:
    """Crédit − débit of 110, 120, 129, 1068 in ``year``, à-nouveaux included."""
    with book.session() as s:
        return dict(s.execute(text(
            "SELECT a.code, SUM(l.credit) - SUM(l.debit) FROM entry_line l "
            "JOIN entry e ON e.id = l.entry_id JOIN account a ON a.id = l.account_id "
            "JOIN fiscal_year f ON f.id = e.year_id WHERE f.label = :y "
            "AND a.code IN ('110', '120', '129', '1068') GROUP BY a.code"), {"y": year}).all())


def test_a_result_left_unallocated_is_allocated_in_the_first_open_year(book2024):
    _close(book2024, "2024")
    post_entry(book2024, draft(dt.date(2025, 3, 1), ("512", "500", ""), ("7561", "", "500")))
    # Closing 2025 before the AG on 2024: a warning that says how, never a dead end.
    warning = next(c for c in closing_checks(book2024, "2025") if c.name == "Résultat précédent")
    assert not warning.blocking
    assert "le résultat de l'exercice 2024 (excédent de 6 799,60 €) n'est pas encore " \
           "affecté" in warning.explanation.replace("\u202f", " ").replace("\xa0", " ")
    assert "assocompta year allocate BOOK --year 2024 --report … --reserves …" \
        in warning.explanation
    assert "Exercice › Affecter le résultat (après l'AG)…" in warning.explanation
    assert warning.explanation in _close(book2024, "2025")
    assert _totals(book2024, "2026") == {"120": R2024.cents + 50000}  # both results on 120

    proposal = allocation_proposal(book2024, "2024")
    assert (proposal.next_year, proposal.result, proposal.recorded) == ("2026", R2024, False)
    posted = record_allocation(book2024, "2024", report=R2024, reserves=Money(0),
                               date=dt.date(2026, 6, 20))
    assert posted.year == "2026"
    assert _totals(book2024, "2026") == {"120": 50000, "110": R2024.cents}  # 2025's stays
    assert allocation_proposal(book2024, "2024").recorded
    with pytest.raises(ValidationError, match=r"déjà enregistrée \(écriture n°\d+ de "
                                              r"l'exercice 2026\)"):
        record_allocation(book2024, "2024", report=R2024, reserves=Money(0))

    # 2025's own result goes the same way; 2026 closed, 2024's is still found there.
    record_allocation(book2024, "2025", report=Money(0), reserves=m("500"),
                      date=dt.date(2026, 6, 20))
    assert _totals(book2024, "2026") == {"120": 0, "110": R2024.cents, "1068": 50000}
    assert not any("affecté" in w or "en 12" in w for w in _close(book2024, "2026"))
    with pytest.raises(ValidationError, match="déjà enregistrée"):
        record_allocation(book2024, "2024", report=R2024, reserves=Money(0))


def test_the_date_must_be_in_the_year_the_entry_goes_to(book2024):
    _close(book2024, "2024")
    _close(book2024, "2025")
    with pytest.raises(ValidationError, match="n'est pas dans l'exercice 2026") as refused:
        record_allocation(book2024, "2024", report=R2024, reserves=Money(0),
                          date=dt.date(2025, 6, 20))
    assert refused.value.field == "date"


def test_a_result_allocated_by_hand_is_not_allocated_twice(book2024):
    _close(book2024, "2024")
    post_entry(book2024, draft(dt.date(2025, 6, 1), ("120", "6 799,60", ""),
                               ("110", "", "6 799,60"), journal="OD"))
    with pytest.raises(ValidationError, match="n'est plus en 120 dans l'exercice 2025"):
        record_allocation(book2024, "2024", report=R2024, reserves=Money(0))
