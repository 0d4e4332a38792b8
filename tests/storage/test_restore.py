"""Backups: which are kept, how they are listed, and a restore that never loses the book it
replaces nor lets an old journal meet the restored file."""

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from assocompta.domain.errors import BookError, BookLockedError
from assocompta.services.ledger import post_entry
from assocompta.services.setup import Identity, create_book
from assocompta.storage import restore as restoring
from assocompta.storage.backup import (backup_dir, backup_files, list_backups, make_backup,
                                       to_keep)
from assocompta.storage.db import Book
from tests.helpers import SIREN, draft, file_digest


def _new_book(path: Path) -> Book:
    book, _ = create_book(path, Identity("Les Amis", siren=SIREN), dt.date(2025, 1, 1))
    return book


def _post(book: Book, amount: str, label: str = "Opération") -> None:
    post_entry(book, draft(dt.date(2025, 2, 1), ("626", amount, ""), ("512", "", amount),
                           label=label))


def _labels(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT label FROM entry ORDER BY id")]
    finally:
        conn.close()


@pytest.fixture
def history(tmp_path):
    """A closed book holding entry « un », a backup of it, then entry « deux » added."""
    path = tmp_path / "amis.assocompta"
    with _new_book(path) as book:
        _post(book, "10", "un")
    backup = make_backup(path, force=True)
    with Book.open(path, backup=False) as book:
        _post(book, "20", "deux")
    return path, backup


# -- which backups are kept -------------------------------------------------------------------
def test_the_ten_newest_and_one_a_day_for_thirty_days_are_kept():
    now = dt.datetime(2026, 3, 31, 12, 0)
    burst = [now - dt.timedelta(seconds=s) for s in range(20)]  # 20 commands in 20 s
    daily = [dt.datetime(2026, 3, d, h) for d in range(1, 31) for h in (9, 18)]
    old = [dt.datetime(2026, 1, 5, 10)]
    kept = to_keep(burst + daily + old, now)
    assert set(burst[:10]) <= kept and not set(burst[10:]) & kept
    # The newest of each earlier day of the last 30, not its older copies, nor older days.
    assert {dt.datetime(2026, 3, d, 18) for d in range(2, 31)} <= kept
    assert dt.datetime(2026, 3, 15, 9) not in kept
    assert dt.datetime(2026, 3, 1, 18) not in kept and old[0] not in kept
    assert len(kept) == 10 + 29


def test_twelve_quick_commands_keep_a_backup_of_an_earlier_day(tmp_path):
    path = tmp_path / "amis.assocompta"
    with _new_book(path) as book:
        _post(book, "1", "d'hier")
    first = make_backup(path, force=True)
    yesterday = (dt.datetime.now() - dt.timedelta(days=1)).strftime("%Y%m%d-%H%M%S-%f")
    kept = first.with_name(f"amis-{yesterday}.assocompta")
    first.rename(kept)
    for n in range(12):  # each command changes the book, so each open takes a backup
        with Book.open(path) as book:
            _post(book, str(n + 2), f"commande {n}")
    assert kept in list_backups(path)
    assert _labels(kept) == ["d'hier"]
    assert len(list_backups(path)) == 11


# -- listing ---------------------------------------------------------------------------------
def test_backups_are_listed_newest_first_with_their_entries(history):
    path, backup = history
    newer = make_backup(path, force=True)
    listing = restoring.list_backups(path)
    assert [b.path for b in listing][:2] == [newer, backup]
    assert [b.number for b in listing] == list(range(1, len(listing) + 1))
    assert listing[0].entries == 2 and listing[0].last_number == 2
    assert listing[0].last_date == dt.date(2025, 2, 1) and listing[0].last_year == "2025"
    assert listing[1].entries == 1 and listing[1].size == backup.stat().st_size
    assert restoring.find_backup(path, "2") == backup
    assert restoring.find_backup(path, backup.name) == backup
    # Listing leaves nothing beside the backups.
    assert sorted(p.suffix for p in backup_dir(path).iterdir()) == [".assocompta"] * len(listing)
    with pytest.raises(BookError, match="sauvegarde « 99 » introuvable"):
        restoring.find_backup(path, "99")


# -- restoring -------------------------------------------------------------------------------
def test_restore_brings_back_the_backup_and_keeps_the_book_aside(history):
    path, backup = history
    done = restoring.restore(path, backup)
    assert _labels(path) == ["un"]
    assert done.aside is not None and _labels(done.aside) == ["un", "deux"]
    listing = restoring.list_backups(path)
    assert listing[0].path == done.aside and listing[0].aside
    assert backup.exists()
    with Book.open(path) as book:  # the restored book opens for writing as any other
        assert book.scalar("SELECT count(*) FROM entry") == 1
        _post(book, "5", "trois")
    assert _labels(path) == ["un", "trois"]


def test_an_old_journal_left_beside_the_book_is_not_applied(history):
    path, backup = history
    # A process killed with entries in its -wal, never written into the book file.
    code = ("import datetime as dt, os, sys\n"
            "from assocompta.storage.db import Book\n"
            "from assocompta.services.ledger import post_entry\n"
            "from tests.helpers import draft\n"
            "b = Book.open(sys.argv[1], backup=False)\n"
            "for i in range(30):\n"
            "    post_entry(b, draft(dt.date(2025, 3, 1), ('626', '1', ''), ('512', '', '1'),"
            " label='perdue' * 50))\n"
            "os._exit(0)\n")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(["src", "."]))
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, env=env,
                   cwd=Path(__file__).parents[2])
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0
    done = restoring.restore(path, backup)
    assert not wal.exists() or wal.stat().st_size == 0
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert _labels(path) == ["un"]
    # What the killed process wrote is in the copy kept aside.
    assert _labels(done.aside) == ["un", "deux"] + ["perdue" * 50] * 30


def test_a_book_still_read_by_another_program_is_not_restored(history):
    path, backup = history
    with Book.open(path, backup=False) as book:
        _post(book, "30", "trois")
        reader = sqlite3.connect(restoring.sqlite_uri(path, "ro"), uri=True)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM entry").fetchone()  # a read in progress
        book._lock.release()  # as if the writer were another process, gone but for its -wal
        try:
            with pytest.raises(BookError, match="un autre programme lit encore amis.assocompta"):
                restoring.restore(path, backup)
        finally:
            reader.close()
    assert _labels(path) == ["un", "deux", "trois"]
    assert not [b for b in backup_files(path) if b.aside]


def _not_a_book(path: Path) -> None:
    path.write_text("JournalCode\tJournalLib\n")


def _other_database(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def _damaged(path: Path) -> None:
    data = bytearray(path.read_bytes())
    rng = __import__("random").Random(1)
    for page in range(1, len(data) // 4096):
        data[page * 4096 + 8: page * 4096 + 200] = bytes(rng.getrandbits(8) for _ in range(192))
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("spoil, message", [
    (_not_a_book, "n'est pas un livre AssoCompta (ce n'est pas une base SQLite)"),
    (_other_database, "n'est pas un livre AssoCompta (c'est une autre base SQLite)"),
    (_damaged, "est endommagée"),
])
def test_a_damaged_or_foreign_backup_is_refused_and_the_book_untouched(history, spoil,
                                                                          message):
    path, backup = history
    spoil(backup)
    before = file_digest(path), _labels(path), sorted(os.listdir(path.parent))
    kept = sorted(os.listdir(backup_dir(path)))
    with pytest.raises(BookError) as err:
        restoring.restore(path, backup)
    assert message in str(err.value) and "Le livre n'a pas été modifié" in str(err.value)
    assert (file_digest(path), _labels(path), sorted(os.listdir(path.parent))) == before
    assert sorted(os.listdir(backup_dir(path))) == kept


def test_the_book_itself_or_a_missing_file_is_refused(history, tmp_path):
    path, _ = history
    with pytest.raises(BookError, match="est le livre lui-même"):
        restoring.restore(path, path)
    with pytest.raises(BookError, match="n'existe pas"):
        restoring.restore(path, tmp_path / "nulle-part.assocompta")
    assert _labels(path) == ["un", "deux"]


def test_a_book_open_elsewhere_is_not_restored(history):
    path, backup = history
    with Book.open(path, backup=False):
        with pytest.raises(BookLockedError) as err:
            restoring.restore(path, backup)
    assert "restauration impossible : amis.assocompta est ouvert en écriture" in str(err.value)
    assert _labels(path) == ["un", "deux"]


@pytest.mark.parametrize("name", ["Club #1 ?.assocompta", "Club%20 été 2025.assocompta",
                                  "Caisse 100% 🎉 [bis].assocompta"])
def test_books_with_odd_names_restore_too(tmp_path, name):
    path = tmp_path / name
    with _new_book(path) as book:
        _post(book, "10", "un")
    backup = make_backup(path, force=True)
    with Book.open(path) as book:
        _post(book, "20", "deux")
    make_backup(path)
    listing = restoring.list_backups(path)
    assert [b.entries for b in listing] == [2, 1]
    done = restoring.restore(path, restoring.find_backup(path, "2"))
    assert done.backup.path == backup
    assert _labels(path) == ["un"] and _labels(done.aside) == ["un", "deux"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [name, name + ".backups", name + ".lock"])


def test_a_deleted_book_or_a_link_to_it_is_restored(history, tmp_path):
    path, backup = history
    link = tmp_path / "raccourci.assocompta"
    link.symlink_to(path)
    restoring.restore(link, backup)
    assert link.is_symlink() and _labels(path) == ["un"]
    path.unlink()
    done = restoring.restore(path, backup)
    assert done.aside is None and _labels(path) == ["un"]


def test_a_restore_killed_before_the_file_is_replaced_leaves_the_book_as_it_was(
        history, monkeypatch):
    path, backup = history

    def killed(new, book):
        raise KeyboardInterrupt

    monkeypatch.setattr(restoring, "_put_in_place", killed)
    with pytest.raises(KeyboardInterrupt):
        restoring.restore(path, backup)
    assert _labels(path) == ["un", "deux"]
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".restauration")]
    with Book.open(path) as book:  # and the lock was let go
        assert book.scalar("SELECT count(*) FROM entry") == 2


def test_a_restore_killed_just_before_the_file_is_replaced_leaves_the_book_whole(history):
    path, backup = history
    code = ("import os, signal, sys\n"
            "from assocompta.storage import restore as r\n"
            "r._put_in_place = lambda new, book: os.kill(os.getpid(), signal.SIGKILL)\n"
            "r.restore(sys.argv[1], sys.argv[2])\n")
    env = dict(os.environ, PYTHONPATH="src")
    proc = subprocess.run([sys.executable, "-c", code, str(path), str(backup)], env=env,
                          cwd=Path(__file__).parents[2])
    assert proc.returncode == -9
    assert _labels(path) == ["un", "deux"]
    with Book.open(path) as book:  # the lock died with the process
        _post(book, "3", "trois")
    assert _labels(path) == ["un", "deux", "trois"]
    restoring.restore(path, backup)  # and the next restore clears what the killed one left
    assert _labels(path) == ["un"]
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".restauration")]


def test_an_older_backup_is_upgraded_when_the_book_is_next_opened(history, tmp_path):
    from assocompta.storage import migrations
    path, _ = history
    old = tmp_path / "ancien.assocompta"
    conn = sqlite3.connect(old, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {restoring.APPLICATION_ID}")
    migrations.upgrade(conn, 0, target=1)
    # Every book holds its association's row (a book without one is refused as edited).
    conn.execute("INSERT INTO association (id, name, created_at) VALUES (1, 'Ancienne', 'x')")
    conn.close()
    restoring.restore(path, old)
    with Book.open(path) as book:
        assert book.scalar("PRAGMA user_version") == migrations.LATEST


# -- the file alone holds the book ----------------------------------------------------------
def test_a_closed_book_file_alone_holds_every_entry(tmp_path):
    path = tmp_path / "amis.assocompta"
    with _new_book(path) as book:
        reader = sqlite3.connect(restoring.sqlite_uri(path, "ro"), uri=True)
        reader.execute("SELECT count(*) FROM entry").fetchone()  # a reader left open, idle
        for i in range(50):
            _post(book, "1", "x" * 500)
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    reader.close()
    alone = tmp_path / "envoyé" / "amis.assocompta"
    alone.parent.mkdir()
    alone.write_bytes(path.read_bytes())
    assert len(_labels(alone)) == 50


def test_save_copy_writes_one_file_and_never_over_a_book(history, tmp_path):
    path, backup = history
    with Book.open(path, backup=False) as book:
        _post(book, "30", "trois")  # still in the -wal while the book is open
        copy = restoring.save_copy(path, tmp_path / "copie")
        assert copy.name == "copie.assocompta" and _labels(copy) == ["un", "deux", "trois"]
        for target, message in ((path, "est le livre lui-même"),
                                (backup, "est déjà un livre"),
                                (copy, "est déjà un livre"),
                                (tmp_path, "n'est pas un fichier ordinaire")):
            digest = file_digest(target) if target.is_file() else None
            with pytest.raises(BookError, match=message):
                restoring.save_copy(path, target)
            assert digest is None or file_digest(target) == digest
    assert backup_files(path)


def test_a_damaged_book_says_how_to_restore_it(history):
    path, _ = history
    _damaged(path)
    with pytest.raises(BookError) as err:
        Book.open(path)
    assert str(err.value).endswith(
        "restaurez une copie de sauvegarde avec assocompta restore amis.assocompta N° (la "
        "liste : assocompta backups amis.assocompta).")
    done = restoring.restore(path, restoring.find_backup(path, "1"))
    assert _labels(path) == ["un"] and done.aside.exists()
