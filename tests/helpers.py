"""Small helpers to write entries in tests as a treasurer would type them."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.money import Money

SIREN = "732829320"


def m(text: str) -> Money:
    return Money.parse(text)


def draft(date: dt.date, *lines: tuple[str, str, str], label: str = "Opération",
          journal: str = "BQ") -> EntryDraft:
    """lines: (account, debit, credit) as typed, '' for none."""
    return EntryDraft(date, journal, label, tuple(
        LineDraft(acc, m(d) if d else Money(0), m(c) if c else Money(0)) for acc, d, c in lines))


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


#: For a test about the SQLite file itself (its bytes, its header, sqlite3 on it): it runs on
#: SQLite only, even in the suites that also run on PostgreSQL.
sqlite_only = pytest.mark.parametrize("engine", ["sqlite"])


def entry_count(path: Path) -> int:
    """How many entries the book file holds, read without opening it through the app."""
    from assocompta.storage.files import sqlite_uri
    conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    try:
        return conn.execute("SELECT count(*) FROM entry").fetchone()[0]
    finally:
        conn.close()



def as_draft(book, *entry_ids: int) -> None:
    """Make entries drafts (brouillard, valid_date NULL). Before schema 7 the ledger validated
    an entry as it posted it; since, it writes a draft and this changes nothing (a validated
    entry can no longer be made a draft: only entries still validated are touched)."""
    from sqlalchemy import text
    with book.transaction() as s:
        for entry_id in entry_ids:
            s.execute(text("UPDATE entry SET valid_date = NULL WHERE id = :id "
                           "AND valid_date IS NOT NULL"), {"id": entry_id})


def validated(book, year_label: str | None = None, *, on: dt.date = dt.date(2026, 1, 15),
              **options):
    """Validate the year's drafts on ``on`` (a FEC shows validated entries only)."""
    from assocompta.services.validation import validate_entries
    return validate_entries(book, year_label, today=on, **options)