"""An output path that is a book, part of a book or not a file: refused, nothing written.

`fec export BOOK -o BOOK` once answered « FEC écrit » and left a text file where the book was.
"""

import os
import shutil
import stat
import sqlite3

import pytest

from assocompta.cli import main
from assocompta.domain.errors import DomainError
from assocompta.output import refuse_unsafe_destination
from assocompta.storage.files import sqlite_uri
from tests.helpers import entry_count, file_digest

#: Each command that writes a file, with the extension its DEST takes.
COMMANDS = {
    "fec": (["fec", "export", "{book}", "--year", "2024", "-o", "{dest}"], ".txt"),
    "report": (["report", "balance", "{book}", "--year", "2025", "-o", "{dest}"], ".xlsx"),
    "budget": (["budget", "export", "{book}", "--year", "2026", "-o", "{dest}"], ".xlsx"),
    "suivi": (["budget", "suivi", "{book}", "--year", "2025", "-o", "{dest}"], ".pdf"),
    "pack": (["pack", "{book}", "--year", "2025", "-o", "{dest}"], ".pdf"),
    "etat": (["bank", "reconciliation", "{book}", "{dest}"], ".pdf"),
    "receipts": (["receipts", "{book}", "--year", "2025", "{dest}"], ".pdf"),
}
#: Commands whose DEST may also be a folder to write into (under a name of their own).
INTO_FOLDER = {"fec", "receipts"}


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory):
    from assocompta.services.demo import create_demo
    path = tmp_path_factory.mktemp("demo") / "demo.assocompta"
    create_demo(path).close()
    return path


@pytest.fixture
def books(demo_master, tmp_path):
    """The demo book and another book beside it, each a single file."""
    book, other = tmp_path / "asso.assocompta", tmp_path / "autre.assocompta"
    for path in (book, other):
        shutil.copyfile(demo_master, path)
    return book, other


def _argv(command, book, dest):
    args, _ = COMMANDS[command]
    return [a.format(book=book, dest=dest) for a in args]



def _destination(kind, tmp_path, book, other, ext):
    """Where each kind of unsafe DEST is, made as a user could have it."""
    if kind == "book itself":
        return book
    if kind == "another book":
        return other
    if kind == "another book, any name":
        renamed = tmp_path / f"compta{ext}"  # a book is a book whatever its extension
        shutil.copyfile(other, renamed)
        return renamed
    if kind == ".assocompta name":
        return tmp_path / "nouveau.assocompta"
    if kind == "book lock":
        lock = tmp_path / "autre.assocompta.lock"
        lock.write_bytes(b"\n")
        return lock
    if kind == "book journal":
        return tmp_path / "asso.assocompta-wal"
    if kind == "backups folder":
        folder = tmp_path / "asso.assocompta.backups"
        folder.mkdir()
        return folder / f"export{ext}"
    if kind == "symlink to the book":
        link = tmp_path / f"lien{ext}"
        link.symlink_to(book)
        return link
    if kind == "fifo":
        fifo = tmp_path / f"tube{ext}"
        os.mkfifo(fifo)
        return fifo
    if kind == "device":
        # A null device of its own: a test run on code without the guard must never replace
        # the system's /dev/null (as root it would).
        node = tmp_path / f"null{ext}"
        try:
            os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        except PermissionError:
            pytest.skip("making a device node needs root")
        return node
    if kind == "folder":
        folder = tmp_path / f"dossier{ext}"
        folder.mkdir()
        return folder
    raise AssertionError(kind)


KINDS = ["book itself", "another book", "another book, any name", ".assocompta name",
         "book lock", "book journal", "backups folder", "symlink to the book", "fifo",
         "device", "folder"]
WHY = {
    "book itself": "est un livre AssoCompta", "another book": "est un livre AssoCompta",
    "another book, any name": "est un livre AssoCompta",
    ".assocompta name": "porte l'extension .assocompta",
    "book lock": "fait partie du livre autre.assocompta",
    "book journal": "fait partie du livre asso.assocompta",
    "backups folder": "le dossier des copies de sauvegarde",
    "symlink to the book": "est un livre AssoCompta", "fifo": "n'est pas un fichier ordinaire",
    "device": "n'est pas un fichier ordinaire", "folder": "est un dossier",
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_dest_that_is_a_book_or_not_a_file_is_refused_and_nothing_changes(
        command, kind, books, tmp_path, capsys):
    book, other = books
    if kind == "folder" and command in INTO_FOLDER:
        pytest.skip("a folder is where this command writes its file")
    dest = _destination(kind, tmp_path, book, other, COMMANDS[command][1])
    before = {p.name: file_digest(p) for p in (book, other)}
    entries = entry_count(book)
    listing = sorted(os.listdir(tmp_path))
    dest_mode = os.lstat(dest).st_mode if os.path.lexists(dest) else None

    assert main(_argv(command, book, dest)) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"assocompta : {dest}") and WHY[kind] in err
    assert "rien n'a été écrit" in err and "Traceback" not in err
    assert {p.name: file_digest(p) for p in (book, other)} == before
    assert entry_count(book) == entries
    # Nothing made beside them: no backup, no lock, no temporary file, no receipt numbered.
    assert sorted(os.listdir(tmp_path)) == listing
    if dest_mode is not None:
        assert os.lstat(dest).st_mode == dest_mode  # still a link, a fifo, a device, a folder
    else:
        assert not os.path.lexists(dest)


@pytest.mark.parametrize("command", list(COMMANDS))
def test_an_earlier_export_is_overwritten_as_before(command, books, tmp_path, capsys):
    book, _ = books
    dest = tmp_path / f"export{COMMANDS[command][1]}"
    dest.write_bytes(b"ancien export")
    assert main(_argv(command, book, dest)) == 0
    first = dest.read_bytes()
    assert first != b"ancien export" and stat.S_ISREG(os.lstat(dest).st_mode)
    again = _argv(command, book, dest) + (["--reprint"] if command == "receipts" else [])
    assert main(again) == 0
    assert dest.stat().st_size > 0
    capsys.readouterr()


def test_a_folder_dest_still_gets_its_file(books, tmp_path, capsys):
    book, _ = books
    assert main(_argv("receipts", book, tmp_path)) == 0
    assert (tmp_path / "recus-fiscaux-2025.pdf").read_bytes().startswith(b"%PDF")
    assert main(_argv("fec", book, tmp_path)) == 0
    assert len(list(tmp_path.glob("*FEC2024*.txt"))) == 1
    assert entry_count(book) > 0
    capsys.readouterr()


def test_every_writer_refuses_through_the_one_guard(books, tmp_path):
    """The guard itself, as the app's save dialogs reach it (attachments, reports)."""
    from assocompta.output import atomic_file
    from assocompta.services import attachments

    book, other = books
    with pytest.raises(DomainError, match="est un livre AssoCompta"):
        with atomic_file(other) as tmp:
            tmp.write_bytes(b"x")
    conn = sqlite3.connect(sqlite_uri(book, "ro"), uri=True)
    try:
        row = conn.execute("SELECT id FROM attachment LIMIT 1").fetchone()
        if row is not None:
            with pytest.raises(DomainError, match="est un livre AssoCompta"):
                attachments.save_as(conn, row[0], other)
    finally:
        conn.close()
    assert entry_count(other) > 0
    refuse_unsafe_destination(tmp_path / "ordinaire.pdf")  # a new ordinary file: allowed
    assert not list(tmp_path.glob("*.part"))


def test_copy_to_a_book_part_or_into_a_backups_folder_is_refused(books, tmp_path, capsys):
    book, other = books
    (tmp_path / "autre.assocompta.backups").mkdir()
    for dest, why in ((other, "existe déjà"), (tmp_path / "autre.assocompta-wal", "journal"),
                      (tmp_path / "autre.assocompta.backups" / "x.assocompta",
                       "copies de sauvegarde")):
        before = sorted(os.listdir(tmp_path))
        assert main(["copy", str(book), str(dest)]) == 1
        assert why in capsys.readouterr().err
        assert sorted(os.listdir(tmp_path)) == before
        assert not os.listdir(tmp_path / "autre.assocompta.backups")


def test_an_export_name_too_long_is_refused_clearly(books, tmp_path, capsys):
    book, _ = books
    dest = tmp_path / ("é" * 120 + ".txt")  # 244 bytes: its temporary file would be 258
    assert main(_argv("fec", book, dest)) == 1
    err = capsys.readouterr().err
    assert "est trop long" in err and "Choisissez un nom plus court" in err
    assert "Traceback" not in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_a_dest_that_cannot_be_read_is_not_replaced(books, tmp_path, capsys):
    book, other = books
    hidden = tmp_path / "compta.txt"  # a book under an export's name, that we cannot read
    shutil.copyfile(other, hidden)
    hidden.chmod(0o200)  # replacing needs only the folder's permission
    try:
        assert main(_argv("fec", book, hidden)) == 1
        assert "ne peut pas être lu" in capsys.readouterr().err
    finally:
        hidden.chmod(0o644)
    assert entry_count(hidden) > 0
