"""A full disk while writing: a clear French message and nothing partial, in the book or beside
an export."""

import datetime as dt
import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from assocompta.domain.errors import BookError, DomainError
from assocompta.services import reports
from assocompta.services.bank_import import import_statement
from assocompta.services.checks import check_book
from assocompta.services.fec_import import import_fec
from assocompta.services.ledger import post_entry
from assocompta.storage.db import Book
from tests.helpers import draft, file_digest, validated

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from synthetic import generate  # noqa: E402


def cap(book, spare_pages: int) -> None:
    """Let the book grow by ``spare_pages`` pages at most: SQLite says SQLITE_FULL past them,
    as it does when the disk is full."""
    pages = book.scalar("PRAGMA page_count")

    @event.listens_for(book.engine, "connect")
    def _limit(dbapi, _record):
        dbapi.execute(f"PRAGMA max_page_count = {pages + spare_pages}")

    book.engine.dispose()  # pooled connections were made without the cap


def rows(book) -> tuple:
    return tuple(book.scalar(f"SELECT count(*) FROM {t}")
                 for t in ("entry", "entry_line", "import_batch", "bank_line", "account",
                           "tiers", "account_month_total"))


def assert_disk_full_message(exc: BaseException) -> None:
    assert isinstance(exc, DomainError)
    assert "disque est plein" in str(exc) and "rien n'a été enregistré" in str(exc)


def test_fec_import_on_a_full_disk_writes_nothing(book, tmp_path):
    post_entry(book, draft(dt.date(2025, 1, 2), ("626", "10", ""), ("512", "", "10")))
    source = tmp_path / "fec.txt"
    generate(source, 3000, 2025)
    before = rows(book)
    cap(book, 40)
    with pytest.raises(DomainError) as err:
        import_fec(book, source)
    assert_disk_full_message(err.value)
    assert rows(book) == before
    # Room again (the cap belongs to that Book object): the same file imports whole.
    book.close()
    with Book.open(book.path) as again:
        assert rows(again) == before
        assert import_fec(again, source).entries == 3000
        assert check_book(again) == []


def test_posting_on_a_full_disk_writes_nothing(book):
    cap(book, 0)
    before = rows(book)
    with pytest.raises(DomainError) as err:
        for i in range(500):  # pages fill after a few entries
            post_entry(book, draft(dt.date(2025, 3, 1), ("626", "12,50", ""),
                                   ("512", "", "12,50"), label="x" * 400 + str(i)))
    assert_disk_full_message(err.value)
    written = book.scalar("SELECT count(*) FROM entry")
    assert written < 500
    # Every entry in the book is whole: the failing one left no line behind.
    assert book.scalar("SELECT count(*) FROM entry_line") == 2 * written
    assert rows(book)[0] == written and before[0] == 0


def test_bank_import_on_a_full_disk_writes_nothing(book, tmp_path):
    source = tmp_path / "releve.csv"
    source.write_text("Date;Libellé;Montant\n" + "".join(
        f"{1 + i % 28:02d}/03/2025;PRLV SEPA FOURNISSEUR NUMERO {i} {'x' * 80};-{i},50\n"
        for i in range(1, 3000)), encoding="utf-8")
    before = rows(book)
    cap(book, 5)
    with pytest.raises(DomainError) as err:
        import_statement(book, "512", source)
    assert_disk_full_message(err.value)
    assert rows(book) == before


def _no_space(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "pdf", "fec"])
def test_an_export_on_a_full_disk_leaves_the_old_file_and_no_temporary(book, tmp_path, fmt,
                                                                        monkeypatch):
    from assocompta.services.fec_export import export_fec
    post_entry(book, draft(dt.date(2025, 3, 1), ("626", "12,50", ""), ("512", "", "12,50")))
    validated(book, "2025", number_pieces=True)  # a FEC shows validated entries only
    out = tmp_path / "out"
    out.mkdir()
    dest = out / f"grand-livre.{fmt}"
    dest.write_bytes(b"the previous export")
    digest = file_digest(dest)
    # The disk fills as the finished file is moved into place (os.replace is the last step).
    monkeypatch.setattr("assocompta.output.os.replace", _no_space)
    with pytest.raises(DomainError) as err:
        if fmt == "fec":
            export_fec(book, "2025", dest)
        else:
            reports.write([("Grand livre", reports.build(book, "grand-livre", "2025"))], dest)
    assert "disque est plein" in str(err.value) and dest.name in str(err.value)
    assert file_digest(dest) == digest
    assert sorted(p.name for p in out.iterdir()) == [dest.name]


@pytest.fixture
def small_disk(tmp_path, book, book_path):
    """The book (with an entry) on a real file system with little room left (root only)."""
    post_entry(book, draft(dt.date(2025, 1, 2), ("626", "10", ""), ("512", "", "10")))
    book.close()
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    folder = tmp_path / "small"
    folder.mkdir()
    size = book_path.stat().st_size * 2 + 256 * 1024
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                      capture_output=True).returncode:
        pytest.skip("mount refused")
    try:
        subprocess.run(["cp", str(book_path), str(folder)], check=True)
        yield folder / book_path.name
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_a_real_full_disk_during_an_import_and_an_export(small_disk, tmp_path):
    source = tmp_path / "fec.txt"
    generate(source, 5000, 2025)
    with Book.open(small_disk, backup=False) as book:
        before = rows(book)
        with pytest.raises(DomainError) as err:
            import_fec(book, source)
        assert_disk_full_message(err.value)
        assert rows(book) == before
        dest = small_disk.parent / "journal.xlsx"
        # Fill what room is left, as other files would.
        filler = small_disk.parent / "filler"
        with open(filler, "wb", buffering=0) as fh, pytest.raises(OSError):
            while True:
                fh.write(b"\0" * 65536)
        with pytest.raises(DomainError) as err:
            reports.write([("Journal", reports.build(book, "journal", "2025"))], dest)
        assert "disque est plein" in str(err.value) and "journal.xlsx" in str(err.value)
        assert sorted(p.name for p in small_disk.parent.iterdir()
                      if not p.name.startswith(small_disk.name)) == ["filler"]
        filler.unlink()
        assert check_book(book) == []
    with Book.open(small_disk, backup=False) as book:
        assert rows(book) == before


def test_the_command_line_on_a_full_disk_says_so_and_fails(small_disk, tmp_path, capsys):
    from assocompta.cli import main
    source = tmp_path / "fec.txt"
    generate(source, 5000, 2025)
    assert main(["fec", "import", str(small_disk), str(source)]) == 1
    err = capsys.readouterr().err
    assert "disque est plein" in err and "Traceback" not in err, err
    with Book.open(small_disk, backup=False) as book:
        assert book.scalar("SELECT count(*) FROM entry") == 1
        assert check_book(book) == []


def _fill(folder):
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as fh, pytest.raises(OSError):
        while True:
            fh.write(b"\0" * 4096)
    return filler


def test_no_room_to_open_says_the_disk_is_full_not_damaged(small_disk, capsys):
    from assocompta.cli import main
    digest = file_digest(small_disk)
    filler = _fill(small_disk.parent)
    for readonly in (False, True):
        with pytest.raises(BookError) as err:
            Book.open(small_disk, readonly=readonly)
        assert "disque est plein" in str(err.value) and "endommagé" not in str(err.value)
    assert main(["check", str(small_disk)]) == 1
    assert "disque est plein" in capsys.readouterr().err
    assert file_digest(small_disk) == digest
    filler.unlink()
    with Book.open(small_disk) as book:  # room again
        assert book.scalar("SELECT count(*) FROM entry") == 1


def test_no_room_for_the_backup_refuses_to_write_and_leaves_no_partial_copy(small_disk):
    """Without its backup copy, a book is not opened for writing."""
    backups = small_disk.parent / (small_disk.name + ".backups")
    Book.open(small_disk, backup=False).close()  # its lock file is there, with room inside
    digest = file_digest(small_disk)
    with Book.open(small_disk, readonly=True) as reader:  # its journal files exist: it reads
        filler = _fill(small_disk.parent)
        with pytest.raises(BookError) as err:
            Book.open(small_disk)
        assert "sauvegarde" in str(err.value) and "disque est plein" in str(err.value)
        assert reader.scalar("SELECT count(*) FROM entry") == 1
    assert file_digest(small_disk) == digest
    assert not backups.exists() or not list(backups.iterdir())
    filler.unlink()
    with Book.open(small_disk) as book:  # room again: opens, with its backup
        assert book.scalar("SELECT count(*) FROM entry") == 1
    assert len(list(backups.glob("*.assocompta"))) == 1
