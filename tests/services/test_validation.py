"""Validation (brouillard → validated) and contre-passation, as a treasurer uses them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from assocompta.domain.errors import ValidationError
from assocompta.services.checks import check_book
from assocompta.services.closing import close_year
from assocompta.services.editing import read_entry, replace_entry, restore_entry
from assocompta.services.ledger import delete_entry, post_entry
from assocompta.services.setup import add_year
from assocompta.services.validation import reverse_entry, validate_entries
from tests.helpers import draft
from tests.services.test_closing import reconcile


def _post(book, day: dt.date, amount: str = "10", piece: str = "F1", label: str = "Achat"):
    d = draft(day, ("606", amount, ""), ("512", "", amount), label=label)
    return post_entry(book, d.__class__(d.date, d.journal, d.label, d.lines, piece_ref=piece))


def _rows(book, year: str = "2025"):
    with book.session() as s:
        return s.execute(text(
            "SELECT e.number, e.date, e.label, e.valid_date IS NOT NULL, e.piece_ref "
            "FROM entry e JOIN fiscal_year f ON f.id = e.year_id WHERE f.label = :y "
            "ORDER BY e.number"), {"y": year}).all()


def test_validating_up_to_a_date_numbers_by_date_before_the_drafts(book):
    late = _post(book, dt.date(2025, 4, 10), label="Avril")
    _post(book, dt.date(2025, 2, 1), label="Février")
    _post(book, dt.date(2025, 3, 5), label="Mars")
    assert late.number == 1  # a draft's number is provisional
    done = validate_entries(book, "2025", through=dt.date(2025, 3, 31),
                            today=dt.date(2025, 4, 15))
    assert (done.count, done.first, done.last) == (2, 1, 2)
    assert [(n, lab, v) for n, _d, lab, v, _p in _rows(book)] == [
        (1, "Février", 1), (2, "Mars", 1), (3, "Avril", 0)]
    with book.session() as s:
        assert s.scalar(text("SELECT DISTINCT valid_date FROM entry WHERE valid_date IS NOT "
                             "NULL")) in ("2025-04-15", dt.date(2025, 4, 15))
    # A later draft dated before the validated ones still comes after them.
    _post(book, dt.date(2025, 1, 20), label="Janvier oublié")
    validate_entries(book, "2025", today=dt.date(2025, 5, 2))
    assert [lab for _n, _d, lab, _v, _p in _rows(book)] == [
        "Février", "Mars", "Janvier oublié", "Avril"]
    assert check_book(book) == []


def test_a_validated_entry_cannot_be_changed_or_deleted_by_the_services(book):
    posted = _post(book, dt.date(2025, 3, 1))
    validate_entries(book, "2025", today=dt.date(2025, 12, 2))
    with pytest.raises(ValidationError) as refused:
        delete_entry(book, posted.entry_id)
    assert str(refused.value).startswith(
        "L'écriture n°1 est validée depuis le 02/12/2025 : elle ne peut plus être modifiée "
        "ni supprimée.")
    assert "contre-passation" in str(refused.value)
    changed = draft(dt.date(2025, 3, 1), ("606", "999", ""), ("512", "", "999"))
    with pytest.raises(ValidationError, match="n°1 est validée"):
        replace_entry(book, posted.entry_id, changed)
    assert read_entry(book, posted.entry_id).draft.lines[0].debit.cents == 1000


def test_a_draft_is_changed_and_deleted_freely_and_the_drafts_close_up(book):
    first = _post(book, dt.date(2025, 3, 1))
    validate_entries(book, "2025")
    a = _post(book, dt.date(2025, 3, 2), label="A")
    _post(book, dt.date(2025, 3, 3), label="B")
    replace_entry(book, a.entry_id, draft(dt.date(2025, 3, 2), ("606", "5", ""),
                                          ("512", "", "5"), label="A corrigée"))
    delete_entry(book, a.entry_id)
    assert [(n, lab) for n, _d, lab, _v, _p in _rows(book)] == [(1, "Achat"), (2, "B")]
    assert first.number == 1


def test_undoing_a_delete_after_a_validation_puts_the_draft_back_among_the_drafts(book):
    gone = _post(book, dt.date(2025, 3, 1), label="Effacée")
    _post(book, dt.date(2025, 3, 2), label="Gardée")
    booked = read_entry(book, gone.entry_id)
    delete_entry(book, gone.entry_id)
    validate_entries(book, "2025")
    back = restore_entry(book, booked.draft, booked.number)
    assert back.number == 2
    assert [(n, lab, v) for n, _d, lab, v, _p in _rows(book)] == [
        (1, "Gardée", 1), (2, "Effacée", 0)]


def test_validation_wants_a_piece_reference_or_numbers_the_pieces(book):
    _post(book, dt.date(2025, 3, 1), piece="")
    _post(book, dt.date(2025, 3, 2), piece="BQ-2025-0007")
    _post(book, dt.date(2025, 3, 3), piece="")
    with pytest.raises(ValidationError) as refused:
        validate_entries(book, "2025")
    assert "2 écritures sans référence de pièce (n°1 du 01/03/2025, n°3 du 03/03/2025)" \
        in str(refused.value)
    assert all(not v for *_x, v, _p in [r[:4] + (r[3],) for r in _rows(book)])
    done = validate_entries(book, "2025", number_pieces=True)
    assert done.pieces_numbered == 2
    assert [p for *_x, p in _rows(book)] == ["BQ-2025-0008", "BQ-2025-0007", "BQ-2025-0009"]


def test_an_entry_on_a_two_digit_account_is_not_validated(book):
    posted = _post(book, dt.date(2025, 3, 1))
    with book.transaction() as s:
        s.execute(text("UPDATE entry_line SET account_id = (SELECT a.id FROM account a JOIN "
                       "fiscal_year f ON f.chart_id = a.chart_id WHERE a.code = '60') "
                       "WHERE entry_id = :e AND position = 1"), {"e": posted.entry_id})
    with pytest.raises(ValidationError, match="n°1 du 01/03/2025 : passée.* moins de 3"):
        validate_entries(book, "2025")


def test_validating_chosen_entries_leaves_the_others_as_drafts(book):
    a = _post(book, dt.date(2025, 3, 1), label="A")
    b = _post(book, dt.date(2025, 3, 2), label="B")
    done = validate_entries(book, entry_ids=[b.entry_id])
    assert (done.count, done.first) == (1, 1)
    assert [(n, lab, v) for n, _d, lab, v, _p in _rows(book)] == [(1, "B", 1), (2, "A", 0)]
    assert validate_entries(book, entry_ids=[b.entry_id]).count == 0
    assert a.entry_id != b.entry_id


def test_a_reversal_cancels_the_entry_and_the_corrected_one_stands_beside_it(book):
    posted = _post(book, dt.date(2025, 5, 20), amount="10", label="Fournitures")
    validate_entries(book, "2025", today=dt.date(2025, 6, 1))
    corrected = draft(dt.date(2025, 5, 20), ("606", "99", ""), ("512", "", "99"),
                      label="Fournitures")
    reversal, fixed = reverse_entry(book, posted.entry_id, date=dt.date(2025, 6, 2),
                                    corrected=corrected)
    rows = _rows(book)
    assert [(n, lab, v) for n, _d, lab, v, _p in rows] == [
        (1, "Fournitures", 1), (2, "Contre-passation n°1 : Fournitures", 0),
        (3, "Fournitures", 0)]
    back = read_entry(book, reversal.entry_id).draft
    assert [(ln.account, ln.debit.cents, ln.credit.cents) for ln in back.lines] == [
        ("606", 0, 1000), ("512", 1000, 0)]
    assert back.piece_ref == "F1"
    with book.session() as s:
        assert s.scalar(text("SELECT reverses_id FROM entry WHERE id = :i"),
                        {"i": reversal.entry_id}) == posted.entry_id
    assert fixed.number == 3
    with pytest.raises(ValidationError, match="déjà contre-passée"):
        reverse_entry(book, posted.entry_id)
    with pytest.raises(ValidationError, match="brouillard"):
        reverse_entry(book, fixed.entry_id)


def test_closing_validates_the_drafts_and_the_an_take_the_number_kept_for_them(book):
    add_year(book, dt.date(2026, 1, 1))
    early = _post(book, dt.date(2026, 1, 10), label="Janvier 2026")
    validate_entries(book, "2026", today=dt.date(2026, 1, 31))
    assert early.number == 2
    _post(book, dt.date(2025, 6, 1), piece="")
    _post(book, dt.date(2026, 2, 1), label="Février 2026")
    reconcile(book, "512", "2025-12-31")
    result = close_year(book, "2025", now=dt.datetime(2026, 3, 15, 18, 0))
    assert (result.validated, result.pieces_numbered) == (1, 1)
    assert (result.entry_number, result.renumbered) == (1, 0)
    assert [(n, lab, v) for n, _d, lab, v, _p in _rows(book, "2025")] == [(1, "Achat", 1)]
    assert [(n, lab, v) for n, _d, lab, v, _p in _rows(book, "2026")] == [
        (1, "À-nouveaux de l'exercice 2025", 1), (2, "Janvier 2026", 1),
        (3, "Février 2026", 0)]
    with book.session() as s:
        assert s.scalar(text("SELECT valid_date FROM entry WHERE number = 1 AND year_id = "
                             "(SELECT id FROM fiscal_year WHERE label = '2025')")) in (
            "2026-03-15", dt.date(2026, 3, 15))
    assert check_book(book) == []


def test_closing_with_nothing_to_carry_lets_the_drafts_take_n1(book):
    add_year(book, dt.date(2026, 1, 1))
    first = _post(book, dt.date(2026, 1, 10))
    assert first.number == 2
    result = close_year(book, "2025")
    assert (result.entry_id, result.renumbered) == (None, 1)
    assert [n for n, *_ in _rows(book, "2026")] == [1]
    assert check_book(book) == []


def test_a_validated_entry_has_a_dated_piece(book):
    posted = _post(book, dt.date(2025, 3, 4))
    assert read_entry(book, posted.entry_id).draft.piece_date is None
    validate_entries(book, "2025")
    assert read_entry(book, posted.entry_id).draft.piece_date == dt.date(2025, 3, 4)


def test_the_a_nouveaux_are_not_reversed(book):
    add_year(book, dt.date(2026, 1, 1))
    _post(book, dt.date(2025, 6, 1))
    reconcile(book, "512", "2025-12-31")
    result = close_year(book, "2025")
    with pytest.raises(ValidationError, match="à-nouveaux.*L123-19"):
        reverse_entry(book, result.entry_id)


def test_a_reversal_in_the_next_year_names_the_year_of_the_entry(book):
    posted = _post(book, dt.date(2025, 6, 1), label="Assurance")
    validate_entries(book, "2025")
    add_year(book, dt.date(2026, 1, 1))
    reconcile(book, "512", "2025-12-31")
    close_year(book, "2025")
    reversal, _ = reverse_entry(book, posted.entry_id, date=dt.date(2026, 2, 1))
    assert read_entry(book, reversal.entry_id).draft.label == \
        "Contre-passation n°1 (2025) : Assurance"
