"""Edit, delete and put back entries: what the app's undo and redo rely on."""

import datetime as dt

import pytest
from sqlalchemy import select

from assocompta.domain.errors import ClosedYearError, ValidationError
from assocompta.services.checks import check_book
from assocompta.services.editing import read_entry, replace_entry, restore_entry
from assocompta.services.ledger import delete_entry, post_entry
from assocompta.services.reports import build
from assocompta.services.setup import add_year
from assocompta.storage.orm import Entry
from tests.helpers import draft


def _numbers(book):
    with book.session() as s:
        return [(e.number, e.label) for e in s.scalars(select(Entry).order_by(Entry.number))]


def _post3(book):
    return [post_entry(book, draft(dt.date(2025, 3, n), ("6064", f"{n}0", ""), ("512", "", f"{n}0"),
                                   label=f"Achat {n}")) for n in (1, 2, 3)]


def test_replace_keeps_the_number_and_moves_the_totals(book):
    posted = _post3(book)
    before = read_entry(book, posted[1].entry_id)
    assert before.number == 2 and before.draft.lines[0].debit.cents == 2000
    new = draft(dt.date(2025, 11, 5), ("626", "35", ""), ("512", "", "35"), label="Téléphone")
    replaced = replace_entry(book, posted[1].entry_id, new)
    assert replaced.number == 2
    assert _numbers(book) == [(1, "Achat 1"), (2, "Téléphone"), (3, "Achat 3")]
    report = build(book, "resultat", "2025", detail=True)
    assert report.row("TOTAL DES CHARGES (II + IV + VI + VII + VIII)").values[0].cents == 1000 + 3500 + 3000
    assert check_book(book) == []


def test_replace_refuses_a_date_in_another_year(book):
    add_year(book, dt.date(2026, 1, 1))
    posted = _post3(book)
    with pytest.raises(ValidationError, match="exercice"):
        replace_entry(book, posted[0].entry_id,
                      draft(dt.date(2026, 1, 2), ("6064", "1", ""), ("512", "", "1")))
    assert _numbers(book)[0] == (1, "Achat 1")


def test_deleted_entry_comes_back_under_its_number(book):
    posted = _post3(book)
    booked = read_entry(book, posted[0].entry_id)
    delete_entry(book, posted[0].entry_id)
    assert _numbers(book) == [(1, "Achat 2"), (2, "Achat 3")]
    back = restore_entry(book, booked.draft, booked.number)
    assert back.number == 1
    assert _numbers(book) == [(1, "Achat 1"), (2, "Achat 2"), (3, "Achat 3")]
    assert check_book(book) == []


def test_nothing_changes_in_a_closed_year(book):
    posted = _post3(book)
    with book.transaction() as s:
        s.connection().exec_driver_sql("UPDATE fiscal_year SET closed_at = '2026-01-10'")
    with pytest.raises(ClosedYearError):
        replace_entry(book, posted[0].entry_id,
                      draft(dt.date(2025, 3, 1), ("6064", "1", ""), ("512", "", "1")))
    assert _numbers(book)[0] == (1, "Achat 1")
