"""Books named as people name them: `#`, `?`, `%`, `%20`, spaces, accents, emoji, very long.

A hand-built `file:` URI once gave such books empty backups and a stray file beside them, and
a `%20` in the name kept the book from opening for writing with a message about a full disk.
"""

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from assocompta.cli import main
from assocompta.domain.errors import BookError, BookLockedError
from assocompta.services.ledger import post_entry
from assocompta.storage.backup import list_backups
from assocompta.storage.db import Book
from assocompta.storage.files import NAME_MAX, sqlite_uri
from tests.helpers import draft, entry_count, file_digest

SUFFIX = ".assocompta"


def _longest() -> str:
    """A name of exactly NAME_MAX bytes, accents and emoji included."""
    head = "Club des amis 🎉 de l'été "
    room = NAME_MAX - len((head + SUFFIX).encode())
    return head + "é" * (room // 2) + "x" * (room % 2) + SUFFIX


NAMES = ["Club #1" + SUFFIX, "Qui ? Quoi" + SUFFIX, "100 % asso" + SUFFIX,
         "Club%20des%20amis" + SUFFIX, "Les amis du quartier" + SUFFIX,
         "Éléphants à l'été" + SUFFIX, "Club 🎉🐘" + SUFFIX, "#?%25 &=;" + SUFFIX, _longest()]



def _init(path) -> int:
    return main(["init", str(path), "--name", "Les Amis", "--start", "2025-01-01"])


def test_the_longest_name_is_exactly_the_limit():
    assert len(_longest().encode()) == NAME_MAX


@pytest.fixture
def short_tmp():
    """A folder right under the system's temporary folder: a name of NAME_MAX bytes fits
    SQLite's path limit there (its backups' paths hold it twice), not in pytest's deep ones."""
    folder = Path(tempfile.mkdtemp(prefix="odd"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("name", NAMES)
def test_a_book_with_an_odd_name_works_everywhere(name, short_tmp, capsys):
    tmp_path = short_tmp
    folder = tmp_path / "livres"
    folder.mkdir()
    path = folder / name
    assert _init(path) == 0
    assert sorted(os.listdir(folder)) == [name, name + ".lock"]

    # Open for writing: the lock holds, an entry goes in, and the next open backs it up.
    with Book.open(path) as book:
        with pytest.raises(BookLockedError):
            Book.open(path)
        post_entry(book, draft(dt.date(2025, 2, 1), ("626", "10", ""), ("512", "", "10")))
    with Book.open(path):
        pass
    backups = list_backups(path)
    assert len(backups) == 2 and [entry_count(b) for b in backups] == [0, 1]

    with Book.open(path, readonly=True) as book:
        assert book.path == path
    assert entry_count(path) == 1
    assert main(["check", str(path)]) == 0

    # Copy from it and back to a new odd name.
    plain = tmp_path / "copie.assocompta"
    assert main(["copy", str(path), str(plain)]) == 0
    again = folder / ("bis " + name[4:])
    assert main(["copy", str(plain), str(again)]) == 0
    assert entry_count(plain) == entry_count(again) == 1
    assert main(["check", str(again)]) == 0

    report = folder / (path.stem + ".xlsx")
    assert main(["report", "balance", str(path), "--year", "2025", "-o", str(report)]) == 0
    assert report.read_bytes().startswith(b"PK")
    capsys.readouterr()

    # Nothing else beside the books: no stray file named after half the name.
    expected = {name, name + ".lock", name + ".backups", again.name, again.name + ".lock",
                report.name, name + "-wal", name + "-shm", again.name + "-wal",
                again.name + "-shm"}
    assert set(os.listdir(folder)) <= expected
    assert {name, name + ".backups", again.name, report.name} <= set(os.listdir(folder))
    assert set(os.listdir(tmp_path)) <= {"copie.assocompta", "copie.assocompta-shm",
                                         "copie.assocompta-wal", "livres"}


def test_a_name_with_percent_20_opens_for_writing_with_its_entries_backed_up(tmp_path,
                                                                             capsys):
    path = tmp_path / ("Club%20des%20amis" + SUFFIX)
    beside = tmp_path / ("Club des amis" + SUFFIX)  # what %20 once decoded to
    assert _init(path) == 0
    with Book.open(path) as book:
        post_entry(book, draft(dt.date(2025, 3, 1), ("626", "12", ""), ("512", "", "12")))
    assert main(["year", "add", str(path), "--start", "2026-01-01"]) == 0
    assert "disque" not in capsys.readouterr().err
    assert not beside.exists()
    assert [entry_count(b) for b in list_backups(path)] == [0, 1]


def test_a_name_one_byte_too_long_is_refused_clearly(tmp_path, capsys):
    name = "x" + _longest()
    path = tmp_path / name
    assert _init(path) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"assocompta : le nom du livre {name} est trop long")
    assert f"au plus {NAME_MAX}" in err and "Traceback" not in err
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("extra", [1, 255 - NAME_MAX])
def test_an_existing_book_with_a_too_long_name_is_not_opened_for_writing(
        extra, tmp_path, capsys):
    short = tmp_path / "court.assocompta"
    assert _init(short) == 0
    long = tmp_path / ("é" * ((NAME_MAX + extra - len(SUFFIX)) // 2) + "x" *
                       ((NAME_MAX + extra - len(SUFFIX)) % 2) + SUFFIX)
    assert len(long.name.encode()) == NAME_MAX + extra
    os.rename(short, long)
    before = file_digest(long)
    assert main(["year", "add", str(long), "--start", "2026-01-01"]) == 1
    err = capsys.readouterr().err
    assert "est trop long" in err and "nom plus court" in err
    assert "libérez de la place" not in err and "Traceback" not in err
    assert file_digest(long) == before
    # Read-only it needs only its journal's name beside it (4 bytes more).
    assert main(["check", str(long)]) == (0 if extra <= 4 else 1)
    if extra > 4:
        assert "est trop long" in capsys.readouterr().err


def test_a_path_too_deep_for_sqlite_is_refused_clearly(tmp_path, capsys):
    folder = tmp_path
    while len(os.fsencode(folder)) < 330:
        folder = folder / ("dossier-" + "d" * 40)
    folder.mkdir(parents=True)
    path = folder / ("é" * 60 + SUFFIX)  # a good name, but the backups' path is too long
    assert _init(path) == 1
    err = capsys.readouterr().err
    assert "est trop long pour SQLite" in err and "dossier moins profond" in err
    assert os.listdir(folder) == []


def test_a_book_reached_through_a_symlink_has_one_writer(tmp_path):
    real = tmp_path / "vrai" / "asso.assocompta"
    real.parent.mkdir()
    assert _init(real) == 0
    link = tmp_path / "raccourci.assocompta"
    link.symlink_to(real)
    with Book.open(real):
        with pytest.raises(BookLockedError, match="déjà ouvert en écriture"):
            Book.open(link)
    with Book.open(link):
        with pytest.raises(BookLockedError, match="déjà ouvert en écriture"):
            Book.open(real)
    assert not (tmp_path / "raccourci.assocompta.lock").exists()


def test_sqlite_uri_escapes_what_uris_mean(tmp_path):
    path = tmp_path / "a #?%20 é🎉.assocompta"
    uri = sqlite_uri(path, "ro")
    assert uri.endswith("/a%20%23%3F%2520%20%C3%A9%F0%9F%8E%89.assocompta?mode=ro")
    with pytest.raises(BookError):
        Book.open(tmp_path / "absent #1.assocompta")


def test_a_backup_that_fails_for_want_of_a_folder_does_not_blame_the_disk(tmp_path, capsys):
    """The `%20` name once failed its backup and was told « libérez de la place »."""
    path = tmp_path / "asso.assocompta"
    assert _init(path) == 0
    (tmp_path / "asso.assocompta.backups").write_text("pas un dossier")
    before = file_digest(path)
    assert main(["year", "add", str(path), "--start", "2026-01-01"]) == 1
    err = capsys.readouterr().err
    assert "sauvegarde de asso.assocompta impossible" in err and "vérifiez ce dossier" in err
    assert "disque" not in err and "libérez de la place" not in err
    assert file_digest(path) == before
