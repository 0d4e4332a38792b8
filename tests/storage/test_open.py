"""Opening a book: damaged or foreign files are refused untouched; one writer at a time;
backups rotate; an older schema is migrated."""

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import time

import pytest

from assocompta.domain.errors import BookError, BookLockedError
from assocompta.services.ledger import post_entry
from assocompta.storage import migrations
from assocompta.storage.backup import KEEP, list_backups, make_backup
from assocompta.storage.db import APPLICATION_ID, Book
from tests.helpers import draft, file_digest


@pytest.fixture
def engine() -> str:
    """These tests are about the book file itself: SQLite only."""
    return "sqlite"


def _book_with_entry(book):
    post_entry(book, draft(dt.date(2025, 2, 1), ("626", "10", ""), ("512", "", "10")))


@pytest.mark.parametrize("content, fragment", [
    (b"", "pas une base SQLite"),
    (b"JournalCode\tJournalLib\n", "pas une base SQLite"),
    (os.urandom(4096), "pas une base SQLite"),
])
def test_non_book_files_are_refused_untouched(tmp_path, content, fragment):
    path = tmp_path / "x.assocompta"
    path.write_bytes(content)
    digest = file_digest(path)
    with pytest.raises(BookError) as err:
        Book.open(path)
    assert fragment in str(err.value) and "x.assocompta" in str(err.value)
    assert file_digest(path) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.assocompta"]


def test_another_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    digest = file_digest(path)
    with pytest.raises(BookError) as err:
        Book.open(path)
    assert "autre base SQLite" in str(err.value)
    assert file_digest(path) == digest


def test_a_newer_schema_is_refused_untouched(book, book_path):
    book.close()
    conn = sqlite3.connect(book_path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    digest = file_digest(book_path)
    with pytest.raises(BookError) as err:
        Book.open(book_path)
    assert "plus récente" in str(err.value)
    assert file_digest(book_path) == digest


def test_a_truncated_book_is_refused_untouched(book, book_path):
    for i in range(30):
        post_entry(book, draft(dt.date(2025, 2, 1), ("626", f"{i + 1}", ""),
                               ("512", "", f"{i + 1}"), label="x" * 200))
    book.close()
    data = book_path.read_bytes()
    book_path.write_bytes(data[: len(data) // 2])
    digest = file_digest(book_path)
    with pytest.raises(BookError) as err:
        Book.open(book_path)
    assert "endommagé" in str(err.value)
    assert file_digest(book_path) == digest


def test_missing_file(tmp_path):
    with pytest.raises(BookError) as err:
        Book.open(tmp_path / "nope.assocompta")
    assert "n'existe pas" in str(err.value)


_HOLDER = """
import sys, time
from assocompta.storage.db import Book
b = Book.open(sys.argv[1])
print("ready", flush=True)
time.sleep(60)
"""


def test_a_second_writer_is_told_who_holds_the_book(book, book_path):
    book.close()
    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(book_path)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        with pytest.raises(BookLockedError) as err:
            Book.open(book_path)
        assert f"processus {proc.pid}" in str(err.value)
        assert "lecture seule" in str(err.value)
        with Book.open(book_path, readonly=True) as ro:  # readers are still welcome
            assert ro.scalar("SELECT name FROM association") == "Les Amis du Quartier"
    finally:
        proc.kill()
        proc.wait()
    # The lock dies with its holder, even when killed.
    with Book.open(book_path) as again:
        assert not again.readonly


def test_backups_rotate_and_hold_the_data(book, book_path):
    _book_with_entry(book)
    book.close()
    made = []
    for _ in range(KEEP + 3):
        time.sleep(0.01)
        made.append(make_backup(book_path, force=True))
    kept = list_backups(book_path)
    assert len(kept) == KEEP
    assert kept == made[-KEEP:]
    conn = sqlite3.connect(kept[-1])
    assert conn.execute("SELECT count(*) FROM entry").fetchone()[0] == 1
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_opening_makes_a_backup_only_when_something_changed(book, book_path):
    book.close()
    before = len(list_backups(book_path))
    Book.open(book_path).close()
    after_first = len(list_backups(book_path))
    Book.open(book_path).close()
    assert after_first == before + 1
    assert len(list_backups(book_path)) == after_first


def test_an_older_schema_is_migrated_after_a_backup(tmp_path):
    path = tmp_path / "old.assocompta"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.upgrade(conn, 0, target=1)
    from assocompta.services.setup import seed_charts
    conn.execute("BEGIN")
    conn.execute("INSERT INTO association (id, name, created_at) VALUES (1, 'Ancienne', 'x')")
    seed_charts(conn)
    conn.execute("INSERT INTO journal (code, label) VALUES ('BQ', 'Banque')")
    conn.execute("INSERT INTO fiscal_year (label, start_date, end_date, chart_id) "
                 "VALUES ('2024', '2024-01-01', '2024-12-31', 1)")
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = WAL")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()

    with Book.open(path) as book:
        assert book.scalar("PRAGMA user_version") == migrations.LATEST
        assert book.scalar("SELECT name FROM association") == "Ancienne"
        posted = post_entry(book, draft(dt.date(2024, 5, 1), ("6064", "3", ""),
                                        ("512", "", "3")))
        assert posted.number == 1
        assert book.scalar("SELECT count(*) FROM import_batch") == 0
    backups = list_backups(path)
    assert backups, "a backup must be taken before migrating"
    conn = sqlite3.connect(backups[-1])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def _damaged(kind, book, book_path):
    """Damage the closed book as ``kind`` says; the file is left in place."""
    for i in range(40):
        post_entry(book, draft(dt.date(2025, 2, 1), ("626", f"{i + 1}", ""),
                               ("512", "", f"{i + 1}"), label="x" * 300))
    book.close()
    data = bytearray(book_path.read_bytes())
    rng = __import__("random").Random(kind)
    if kind == "tronqué":
        data = data[: len(data) * 2 // 3]
    elif kind == "octets au hasard après l'en-tête":
        data = data[:100] + bytes(rng.getrandbits(8) for _ in range(len(data) - 100))
    elif kind == "pages écrasées":
        page = int.from_bytes(data[16:18], "big")
        for n in range(1, len(data) // page):  # every page but the first: tables and indexes
            at = n * page + 8
            data[at:at + 64] = bytes(rng.getrandbits(8) for _ in range(64))
    elif kind == "vide":
        data = b""
    elif kind == "schéma plus récent":
        conn = sqlite3.connect(book_path)
        conn.execute(f"PRAGMA user_version = {migrations.LATEST + 7}")
        conn.close()
        return
    book_path.write_bytes(bytes(data))


@pytest.mark.parametrize("kind", ["tronqué", "octets au hasard après l'en-tête",
                                  "pages écrasées", "vide", "schéma plus récent"])
@pytest.mark.parametrize("readonly", [False, True], ids=["écriture", "lecture"])
def test_every_kind_of_damage_is_named_and_the_file_left_as_it_was(book, book_path, kind,
                                                                    readonly, capsys):
    from assocompta.cli import main
    _damaged(kind, book, book_path)
    digest = file_digest(book_path)
    there = {p.name for p in book_path.parent.iterdir()}
    with pytest.raises(BookError) as err:
        Book.open(book_path, readonly=readonly)
    message = str(err.value)
    assert book_path.name in message
    assert "n'a pas été modifié" in message or "version plus récente" in message
    assert "Traceback" not in message
    # The command line says the same and fails (exit code 1), the file still untouched.
    assert main(["check", str(book_path)]) == 1
    assert book_path.name in capsys.readouterr().err
    assert file_digest(book_path) == digest
    # No lock, no backup; SQLite's read of a WAL book may leave its empty shared-memory
    # and journal files beside it, nothing more.
    beside = {p.name: p.stat().st_size for p in book_path.parent.iterdir()}
    assert set(beside) <= there | {book_path.name + "-wal", book_path.name + "-shm"}
    assert beside.get(book_path.name + "-wal", 0) == 0
