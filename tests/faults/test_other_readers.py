"""Another program reads the book while the app has it open and writes to it: the app's
later entries stay in the book.

SQLite's locks are POSIX locks, released when the process closes ANY descriptor of the file.
The app once read the book's header with open()/close() while its connections were open:
the ``sqlite3`` command run on the book then took itself for the last user, wrote the
journal into the book and deleted ``-wal``, and the app's next entries, written into the
deleted journal, were gone once it quit.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from assocompta.domain.errors import BookError, DomainError
from assocompta.file_head import read_head
from assocompta.output import refuse_unsafe_destination
from assocompta.services.ledger import post_entry
from assocompta.services.setup import Identity, create_book
from assocompta.storage.db import Book
from assocompta.storage.files import sqlite_uri
from assocompta.ui.session import BookSession
from tests.helpers import SIREN, draft
from tests.reports.tools import need

D = dt.date(2025, 3, 1)
_PYTHON_READER = ("import sqlite3, sys\n"
                  "conn = sqlite3.connect(sys.argv[1])\n"
                  "print(conn.execute('SELECT count(*) FROM entry').fetchone()[0])\n"
                  "conn.close()\n")


def _read_elsewhere(reader: str, path: Path) -> None:
    """Another process opens the book as any program does (read-write, not ``mode=ro``),
    reads it and closes it."""
    if reader == "sqlite3":
        command = [need("sqlite3"), str(path), "SELECT count(*) FROM entry"]
    else:
        command = [sys.executable, "-c", _PYTHON_READER, str(path)]
    subprocess.run(command, check=True, capture_output=True, timeout=60)


def _labels(path: Path) -> list[str]:
    conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT label FROM entry ORDER BY id")]
    finally:
        conn.close()


def _open_as_the_app(qtbot, path: Path) -> BookSession:
    """The book as the window holds it: its read connection, then its writer, opened in the
    background (integrity check, backup, lock)."""
    session = BookSession(path)
    with qtbot.waitSignal(session.writable_changed, timeout=30_000):
        session.open()
    assert session.writable
    return session


def _post(session: BookSession, label: str) -> None:
    post_entry(session.book, draft(D, ("626", "10", ""), ("512", "", "10"), label=label))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "amis.assocompta"
    book, _ = create_book(path, Identity("Les Amis du Quartier", siren=SIREN),
                          dt.date(2025, 1, 1))
    book.close()
    return path


@pytest.mark.parametrize("reader", ["sqlite3", "python"])
def test_another_program_reading_the_open_book_loses_no_entry(qtbot, path, reader):
    session = _open_as_the_app(qtbot, path)
    try:
        _post(session, "Avant la lecture")
        _read_elsewhere(reader, path)
        # The journal the app writes into is still the book's.
        assert path.with_name(path.name + "-wal").exists()
        _post(session, "Après la lecture")
    finally:
        session.close()
    assert _labels(path) == ["Avant la lecture", "Après la lecture"]


@pytest.mark.parametrize("suffix, refusal", [("", "est un livre AssoCompta"),
                                             ("-shm", "fait partie du livre")])
def test_an_export_refused_over_the_open_book_loses_no_entry(qtbot, path, suffix, refusal):
    # Checking that the destination is a book read its header while the book was open
    # (its shared memory, named -shm: SQLite's other lock, that says the book is in use).
    session = _open_as_the_app(qtbot, path)
    try:
        _post(session, "Avant l'export")
        with pytest.raises(DomainError, match=refusal):
            refuse_unsafe_destination(path.with_name(path.name + suffix))
        _read_elsewhere("python", path)
        _post(session, "Après l'export")
    finally:
        session.close()
    assert _labels(path) == ["Avant l'export", "Après l'export"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no fifos here")
def test_reading_a_header_never_waits_on_a_fifo(tmp_path):
    fifo = tmp_path / "tube.assocompta"
    os.mkfifo(fifo)
    assert read_head(fifo, 16) == b""


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="descriptors listed on Linux")
def test_a_closed_book_is_no_longer_held_open(qtbot, path):
    # A descriptor kept past the book's closing would keep a USB stick from being ejected.
    session = _open_as_the_app(qtbot, path)
    with pytest.raises(DomainError):
        refuse_unsafe_destination(path)  # its header read while it is open
    session.close()
    fds = Path("/proc/self/fd")
    held = [fd.name for fd in fds.iterdir() if os.path.realpath(fd).startswith(str(path))]
    assert held == []


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="descriptors seen on Linux")
def test_a_journal_deleted_under_the_open_book_stops_the_saving_aloud(path):
    # Should this process lose its locks again (another library closing a descriptor of the
    # book), an entry saved into the deleted journal would vanish at quit: it is refused.
    book = Book.open(path, backup=False)
    try:
        post_entry(book, draft(D, ("626", "10", ""), ("512", "", "10"), label="Gardée"))
        with open(path, "rb"):
            pass  # what the header check once did: this process's locks on the book go
        _read_elsewhere("python", path)
        assert not path.with_name(path.name + "-wal").exists()
        with pytest.raises(BookError, match="amis.assocompta-wal a été supprimé par un autre "
                           "programme.*Fermez le livre puis rouvrez-le"):
            post_entry(book, draft(D, ("626", "20", ""), ("512", "", "20"), label="Perdue"))
    finally:
        book.close()
    assert _labels(path) == ["Gardée"]
