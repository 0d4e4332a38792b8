"""Another program reads the book while the app has it open and writes to it: the app's
later entries stay in the book.

SQLite's locks are POSIX locks, released when the process closes ANY descriptor of the file.
The app once read the book's header with open()/close() while its connections were open:
the ``sqlite3`` command run on the book then took itself for the last user, wrote the
journal into the book and deleted ``-wal``, and the app's next entries, written into the
deleted journal, were gone once it quit.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assocompta.domain.errors import BookError, DomainError
from assocompta.file_head import read_head
from assocompta.output import refuse_unsafe_destination
from assocompta.services.ledger import post_entry
from assocompta.storage.db import Book
from tests.faults.open_book import D, labels, new_book, open_as_the_app, post, read_elsewhere
from tests.helpers import draft


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return new_book(tmp_path)


@pytest.mark.parametrize("reader", ["sqlite3", "python"])
def test_another_program_reading_the_open_book_loses_no_entry(qtbot, path, reader):
    session = open_as_the_app(qtbot, path)
    try:
        post(session, "Avant la lecture")
        read_elsewhere(reader, path)
        # The journal the app writes into is still the book's.
        assert path.with_name(path.name + "-wal").exists()
        post(session, "Après la lecture")
    finally:
        session.close()
    assert labels(path) == ["Avant la lecture", "Après la lecture"]


@pytest.mark.parametrize("suffix, refusal", [("", "est un livre AssoCompta"),
                                             ("-shm", "fait partie du livre")])
def test_an_export_refused_over_the_open_book_loses_no_entry(qtbot, path, suffix, refusal):
    # Checking that the destination is a book read its header while the book was open
    # (its shared memory, named -shm: SQLite's other lock, that says the book is in use).
    session = open_as_the_app(qtbot, path)
    try:
        post(session, "Avant l'export")
        with pytest.raises(DomainError, match=refusal):
            refuse_unsafe_destination(path.with_name(path.name + suffix))
        read_elsewhere("python", path)
        post(session, "Après l'export")
    finally:
        session.close()
    assert labels(path) == ["Avant l'export", "Après l'export"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no fifos here")
def test_reading_a_header_never_waits_on_a_fifo(tmp_path):
    fifo = tmp_path / "tube.assocompta"
    os.mkfifo(fifo)
    assert read_head(fifo, 16) == b""


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="descriptors listed on Linux")
def test_a_closed_book_is_no_longer_held_open(qtbot, path):
    # A descriptor kept past the book's closing would keep a USB stick from being ejected.
    session = open_as_the_app(qtbot, path)
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
        read_elsewhere("python", path)
        assert not path.with_name(path.name + "-wal").exists()
        with pytest.raises(BookError, match="amis.assocompta-wal a été supprimé par un autre "
                           "programme.*Fermez le livre puis rouvrez-le"):
            post_entry(book, draft(D, ("626", "20", ""), ("512", "", "20"), label="Perdue"))
    finally:
        book.close()
    assert labels(path) == ["Gardée"]
