"""A closed fiscal year never changes, by any code path; entries stay within open years."""

import datetime as dt

import pytest
from sqlalchemy import text

from assocompta.domain.errors import ClosedYearError, NoOpenYearError, ValidationError
from assocompta.services.ledger import delete_entry, post_entry
from assocompta.services.setup import add_year

from tests.helpers import draft


def _close(book, label="2025"):
    with book.transaction() as s:
        s.execute(text("UPDATE fiscal_year SET closed_at = '2026-01-15' WHERE label = :l"),
                  {"l": label})


@pytest.fixture
def closed(book):
    posted = post_entry(book, draft(dt.date(2025, 6, 1), ("626", "10", ""), ("512", "", "10")))
    add_year(book, dt.date(2026, 1, 1))
    _close(book)
    return posted


def _snapshot(book):
    with book.session() as s:
        return s.execute(text("SELECT * FROM entry_line ORDER BY id")).all() + \
            s.execute(text("SELECT * FROM entry ORDER BY id")).all()


def test_service_refuses_entries_in_a_closed_year(book, closed):
    with pytest.raises(ClosedYearError):
        post_entry(book, draft(dt.date(2025, 7, 1), ("626", "5", ""), ("512", "", "5")))
    with pytest.raises(ClosedYearError):
        delete_entry(book, closed.entry_id)
    assert book.scalar("SELECT count(*) FROM entry") == 1


@pytest.mark.parametrize("sql", [
    "UPDATE entry SET label = 'changed' WHERE id = 1",
    "UPDATE entry SET date = '2025-06-02' WHERE id = 1",
    "UPDATE entry SET year_id = 2, date = '2026-06-01' WHERE id = 1",
    "DELETE FROM entry WHERE id = 1",
    "UPDATE entry_line SET debit = debit + 100 WHERE position = 1",
    "UPDATE entry_line SET account_id = account_id + 1 WHERE position = 1",
    "DELETE FROM entry_line",
    "INSERT INTO entry (year_id, journal_id, number, date, label) "
    "VALUES (1, 1, 2, '2025-06-03', 'late')",
    "INSERT INTO entry_line (entry_id, position, account_id, debit) "
    "SELECT 1, 3, account_id, 0 FROM entry_line WHERE position = 1",
    "UPDATE fiscal_year SET closed_at = NULL WHERE label = '2025'",
    "UPDATE fiscal_year SET end_date = '2025-12-30' WHERE label = '2025'",
    "DELETE FROM fiscal_year WHERE label = '2025'",
    "UPDATE account SET code = '6260' WHERE id = (SELECT account_id FROM entry_line "
    "WHERE position = 1)",
])
def test_raw_sql_cannot_change_a_closed_year(book, closed, sql):
    before = _snapshot(book)
    with pytest.raises((ClosedYearError, Exception)) as err:
        with book.transaction() as s:
            s.execute(text(sql))
    assert "clos" in str(err.value) or "closed" in str(err.value)
    assert _snapshot(book) == before


def test_the_next_year_stays_open(book, closed):
    posted = post_entry(book, draft(dt.date(2026, 2, 1), ("626", "5", ""), ("512", "", "5")))
    assert (posted.year, posted.number) == ("2026", 1)


def test_entry_outside_any_year_is_refused(book):
    with pytest.raises(NoOpenYearError) as err:
        post_entry(book, draft(dt.date(2027, 1, 1), ("626", "5", ""), ("512", "", "5")))
    assert "01/01/2027" in str(err.value)


def test_engine_refuses_an_entry_dated_outside_its_year(book):
    with pytest.raises(NoOpenYearError):
        with book.transaction() as s:
            s.execute(text("INSERT INTO entry (year_id, journal_id, number, date, label) "
                           "VALUES (1, 1, 1, '2024-12-31', 'too early')"))


def test_overlapping_years_are_refused(book):
    with pytest.raises(ValidationError) as err:
        add_year(book, dt.date(2025, 7, 1))
    assert "chevauche" in str(err.value)
    with pytest.raises(ValidationError):
        with book.transaction() as s:
            s.execute(text("INSERT INTO fiscal_year (label, start_date, end_date, chart_id) "
                           "VALUES ('x', '2025-12-01', '2026-01-31', 2)"))
