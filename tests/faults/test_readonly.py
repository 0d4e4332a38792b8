"""A book on a read-only medium, or a protected file or folder: a clear message, nothing
written."""

import datetime as dt
import os
import subprocess

import pytest

from assocompta.domain.errors import BookError, BookProtectedError, DomainError
from assocompta.services import reports
from assocompta.services.ledger import post_entry
from assocompta.storage.db import Book
from tests.faults.mounts import read_only_file
from tests.helpers import draft, file_digest


def _mount(folder, *options):
    return subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(("size=8m",) + options),
                           "tmpfs", str(folder)], capture_output=True).returncode == 0


@pytest.fixture
def protected(tmp_path, book, book_path):
    """A folder holding a book with an entry, then made read-only: a read-only tmpfs for root
    (whom permissions do not stop), permissions otherwise. Yields (folder, book path)."""
    post_entry(book, draft(dt.date(2025, 2, 1), ("626", "10", ""), ("512", "", "10")))
    book.close()
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() == 0:
        if not _mount(folder):
            pytest.skip("mount refused: no read-only medium to test on")
        subprocess.run(["cp", str(book_path), str(folder)], check=True)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        try:
            yield folder, folder / book_path.name
        finally:
            subprocess.run(["umount", str(folder)], check=True)
    else:
        target = folder / book_path.name
        target.write_bytes(book_path.read_bytes())
        target.chmod(0o444)
        folder.chmod(0o555)
        try:
            yield folder, target
        finally:
            folder.chmod(0o755)


def test_a_book_on_a_read_only_medium_is_refused_clearly_and_untouched(protected):
    folder, path = protected
    digest = file_digest(path)
    with pytest.raises(BookError) as err:
        Book.open(path)
    assert "protégé en écriture" in str(err.value) and path.name in str(err.value)
    assert "endommagé" not in str(err.value)
    with pytest.raises(BookError) as err:
        Book.open(path, readonly=True)
    assert "protégé en écriture" in str(err.value) and "endommagé" not in str(err.value)
    assert file_digest(path) == digest
    assert sorted(p.name for p in folder.iterdir()) == [path.name]


def test_an_export_into_a_read_only_folder_says_so(protected, tmp_path, book_path):
    folder, _ = protected
    with Book.open(book_path) as book:
        with pytest.raises(DomainError) as err:
            reports.write([("Balance", reports.build(book, "balance", "2025"))],
                          folder / "balance.xlsx")
    assert "protégé en écriture" in str(err.value) and "balance.xlsx" in str(err.value)
    assert not (folder / "balance.xlsx").exists()


def test_a_protected_book_file_in_a_writable_folder(book, book_path):
    book.close()
    digest = file_digest(book_path)
    with read_only_file(book_path):
        with pytest.raises(BookProtectedError) as err:
            Book.open(book_path)
        assert "protégé en écriture" in str(err.value) and "retirez la protection" in str(
            err.value) and book_path.name in str(err.value)
        with Book.open(book_path, readonly=True) as ro:  # it still reads
            assert ro.scalar("SELECT count(*) FROM entry") == 0
    assert file_digest(book_path) == digest


def test_a_write_refused_by_the_engine_is_explained():
    # What SQLite says when the file turns read-only under an open book.
    import sqlite3

    from assocompta.storage.errors import translate
    error = translate(sqlite3.OperationalError("attempt to write a readonly database"))
    assert isinstance(error, DomainError) and "lecture seule" in str(error)
    assert "rien n'a été enregistré" in str(error)
