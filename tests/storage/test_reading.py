"""A book opened read-only, and the long reads of reports, never write, in either engine."""

import datetime as dt
import sqlite3

import pytest

from assocompta.domain.errors import BookError
from assocompta.services.ledger import post_entry
from assocompta.storage.books import open_book

from tests.helpers import draft


def _refusals():
    """What either engine raises when a read-only connection is asked to write."""
    try:
        import psycopg
    except ImportError:
        return (sqlite3.OperationalError,)
    return (sqlite3.OperationalError, psycopg.errors.ReadOnlySqlTransaction)


def test_a_book_opened_read_only_cannot_write(book, book_path):
    post_entry(book, draft(dt.date(2025, 2, 1), ("626", "10", ""), ("512", "", "10")))
    book.close()
    with open_book(book_path, readonly=True) as ro:
        with pytest.raises(BookError, match="lecture seule"):
            with ro.transaction():
                pass
        with ro.session() as s, pytest.raises(_refusals(), match="readonly|read-only"):
            ro.raw_connection(s).execute("DELETE FROM journal")
        assert ro.scalar("SELECT count(*) FROM entry_line") == 2


def test_long_reads_overlap_sessions_and_each_other_and_never_write(book):
    # A ledger's rows are read while its report is written, maybe while another read runs.
    with book.session() as s, book.reading() as a, book.reading() as b:
        s.connection()  # the session's transaction is open
        cursor = a.execute("SELECT code FROM journal ORDER BY code")
        first = cursor.fetchone()
        assert b.execute("SELECT COUNT(*) FROM journal").fetchone()[0] >= 1
        assert first not in cursor.fetchall()  # the first read went on meanwhile
        with pytest.raises(_refusals(), match="readonly|read-only"):
            a.execute("DELETE FROM journal")
    assert book.scalar("SELECT count(*) FROM journal") >= 1
