"""Débit = crédit is enforced by the engine: no code path can commit an unbalanced entry."""

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import text

from assocompta.domain.errors import UnbalancedEntryError
from assocompta.services.checks import check_book
from assocompta.services.ledger import post_entry
from assocompta.storage.db import sqlite_uri

from tests.helpers import sqlite_only, draft

D = dt.date(2025, 3, 14)


def _lines(book):
    return book.scalar("SELECT count(*) FROM entry_line")


def test_domain_refuses_unbalanced_draft(book):
    with pytest.raises(UnbalancedEntryError) as err:
        post_entry(book, draft(D, ("626", "12,50", ""), ("512", "", "12,00")))
    assert "12,50" in str(err.value) and "12,00" in str(err.value)
    assert _lines(book) == 0


def test_raw_sql_insert_through_the_session_cannot_commit(book):
    posted = post_entry(book, draft(D, ("626", "12,50", ""), ("512", "", "12,50")))
    with pytest.raises(UnbalancedEntryError) as err:
        with book.transaction() as s:
            s.execute(text("INSERT INTO entry_line (entry_id, position, account_id, debit) "
                           "SELECT :e, 3, account_id, 500 FROM entry_line WHERE entry_id = :e "
                           "AND position = 1"), {"e": posted.entry_id})
    assert "n°1" in str(err.value) and "5,00" in str(err.value)
    assert _lines(book) == 2
    assert check_book(book) == []


def test_raw_sql_update_and_delete_cannot_commit(book):
    posted = post_entry(book, draft(D, ("626", "12,50", ""), ("512", "", "12,50")))
    with pytest.raises(UnbalancedEntryError):
        with book.transaction() as s:
            s.execute(text("UPDATE entry_line SET debit = 1300 WHERE entry_id = :e AND "
                           "position = 1"), {"e": posted.entry_id})
    with pytest.raises(UnbalancedEntryError):
        with book.transaction() as s:
            s.execute(text("DELETE FROM entry_line WHERE entry_id = :e AND position = 2"),
                      {"e": posted.entry_id})
    assert book.scalar("SELECT sum(debit) - sum(credit) FROM entry_line") == 0
    assert _lines(book) == 2


@sqlite_only
def test_a_plain_sqlite3_connection_cannot_commit_either(book, book_path):
    post_entry(book, draft(D, ("626", "12,50", ""), ("512", "", "12,50")))
    conn = sqlite3.connect(sqlite_uri(book_path, "rw"), uri=True, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    conn.execute("INSERT INTO entry (year_id, journal_id, number, date, label) "
                 "VALUES (1, 1, 2, '2025-03-15', 'bricolage')")
    conn.execute("INSERT INTO entry_line (entry_id, position, account_id, debit) "
                 "VALUES (2, 1, (SELECT id FROM account WHERE code = '626' AND chart_id = 2), 99)")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("COMMIT")
    conn.execute("ROLLBACK")
    conn.close()
    assert book.scalar("SELECT count(*) FROM entry") == 1


def test_balanced_multi_line_entry_commits(book):
    posted = post_entry(book, draft(D, ("641", "2000", ""), ("645", "840", ""),
                                    ("421", "", "1560"), ("431", "", "1280"), journal="OD"))
    assert posted.number == 1
    assert book.scalar("SELECT imbalance FROM entry") == 0


def test_money_columns_refuse_non_integers(book):
    post_entry(book, draft(D, ("626", "12,50", ""), ("512", "", "12,50")))
    with pytest.raises(Exception):
        with book.transaction() as s:
            s.execute(text("UPDATE entry_line SET debit = 12.5, credit = 0 WHERE position = 1"))
    debit = book.scalar("SELECT debit FROM entry_line WHERE position = 1")
    assert debit == 1250 and type(debit) is int  # a REAL 12.5 kept would read back as a float


def test_a_bulk_load_left_open_cannot_commit(book):
    with pytest.raises(Exception):
        with book.transaction() as s:
            s.execute(text("INSERT INTO bulk_load (first_entry_id, first_line_id) VALUES (1, 1)"))
    assert book.scalar("SELECT count(*) FROM bulk_load") == 0


def test_bulk_loaded_unbalanced_lines_are_caught_when_the_load_ends(book):
    with pytest.raises(UnbalancedEntryError):
        with book.transaction() as s:
            s.execute(text("INSERT INTO bulk_load (first_entry_id, first_line_id) VALUES (1, 1)"))
            s.execute(text("INSERT INTO entry (id, year_id, journal_id, number, date, label) "
                           "VALUES (1, 1, 1, 1, '2025-02-01', 'x')"))
            s.execute(text("INSERT INTO entry_line (id, entry_id, position, account_id, debit) "
                           "SELECT 1, 1, 1, id, 700 FROM account WHERE code = '626' "
                           "AND chart_id = 2"))
            s.execute(text("DELETE FROM bulk_load"))
    assert book.scalar("SELECT count(*) FROM entry") == 0
