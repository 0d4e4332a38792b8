"""A book open as the app holds it, and another program reading it: shared by the tests of
what the app must never do to its own open book (drop SQLite's locks on it)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

from assocompta.services.ledger import Posted, post_entry
from assocompta.services.setup import Identity, create_book
from assocompta.storage.files import sqlite_uri
from assocompta.ui.session import BookSession
from tests.helpers import SIREN, draft
from tests.reports.tools import need

D = dt.date(2025, 3, 1)
_PYTHON_READER = ("import sqlite3, sys\n"
                  "conn = sqlite3.connect(sys.argv[1])\n"
                  "print(conn.execute('SELECT count(*) FROM entry').fetchone()[0])\n"
                  "conn.close()\n")


def new_book(tmp_path: Path) -> Path:
    """A closed book with its 2025 year, in ``tmp_path``."""
    path = tmp_path / "amis.assocompta"
    book, _ = create_book(path, Identity("Les Amis du Quartier", siren=SIREN),
                          dt.date(2025, 1, 1))
    book.close()
    return path


def read_elsewhere(reader: str, path: Path) -> None:
    """Another process opens the book as any program does (read-write, not ``mode=ro``),
    reads it and closes it."""
    if reader == "sqlite3":
        command = [need("sqlite3"), str(path), "SELECT count(*) FROM entry"]
    else:
        command = [sys.executable, "-c", _PYTHON_READER, str(path)]
    subprocess.run(command, check=True, capture_output=True, timeout=60)


def rows(path: Path, sql: str) -> list:
    """What the book on disk holds, read by a read-only connection of its own."""
    conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    try:
        return [row[0] if len(row) == 1 else row for row in conn.execute(sql)]
    finally:
        conn.close()


def labels(path: Path) -> list[str]:
    return rows(path, "SELECT label FROM entry ORDER BY id")


def open_as_the_app(qtbot, path: Path) -> BookSession:
    """The book as the window holds it: its read connection, then its writer, opened in the
    background (integrity check, backup, lock)."""
    session = BookSession(path)
    with qtbot.waitSignal(session.writable_changed, timeout=30_000):
        session.open()
    assert session.writable
    return session


def post(session: BookSession, label: str) -> Posted:
    return post_entry(session.book, draft(D, ("626", "10", ""), ("512", "", "10"), label=label))
