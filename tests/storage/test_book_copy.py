"""``assocompta copy``: a book moved without loss, all or nothing (SQLite to SQLite here;
tests/storage/test_pg_copy.py goes through PostgreSQL)."""

import pytest

from assocompta.cli import main
from assocompta.domain.errors import BookError
from assocompta.storage import book_copy
from assocompta.storage.book_copy import copy_book, table_digest

from tests.helpers import file_digest
from tests.storage.pg_support import fec_files, table_rows


def test_a_copied_book_is_identical_row_for_row_and_exports_the_same_fec(full_book, tmp_path):
    dest = tmp_path / "copie.assocompta"
    result = copy_book(full_book, dest)
    # 596 entries, and the 3 of the demo's December gifts (a note de frais, its abandon, a
    # mécénat; 6 lines): their gift_detail row is copied with them.
    assert result.rows["gift_detail"] == 1
    assert result.rows["entry"] == 599 and result.rows["donation_receipt"] == 1
    assert table_rows(dest) == table_rows(full_book)
    fec = fec_files(dest, tmp_path / "fec")
    assert set(fec) == {"2024", "2026"}  # 2025 holds the demo's December drafts
    assert fec == fec_files(full_book, tmp_path / "fec-original")


def test_an_existing_destination_is_refused_and_left_alone(full_book, tmp_path):
    dest = tmp_path / "copie.assocompta"
    dest.write_bytes(b"mes notes")
    with pytest.raises(BookError, match="existe déjà"):
        copy_book(full_book, dest)
    assert dest.read_bytes() == b"mes notes"


def test_a_file_that_is_not_a_book_is_refused(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("bonjour")
    with pytest.raises(BookError, match="n'est pas un livre AssoCompta"):
        copy_book(notes, tmp_path / "copie.assocompta")
    assert list(tmp_path.iterdir()) == [notes]


def test_a_copy_that_fails_its_check_leaves_no_file(full_book, tmp_path, monkeypatch):
    real = book_copy._Side.digest
    calls = []

    def tampered(side, table, columns):
        count, digest = real(side, table, columns)
        if table == "entry_line":
            calls.append(side)
            if len(calls) == 2:  # the copy's side (the source is read first)
                return count, "0" * 64
        return count, digest

    monkeypatch.setattr(book_copy._Side, "digest", tampered)
    with pytest.raises(BookError, match="la table entry_line diffère après copie"):
        copy_book(full_book, tmp_path / "copie.assocompta")
    assert list(tmp_path.iterdir()) == []


def test_the_digest_sees_order_types_and_duplicates():
    rows = [(1, "a", b"\x00", None), (2, "b", b"", 5)]
    assert table_digest(rows) == table_digest(list(reversed(rows)))
    assert table_digest([(1,)]) != table_digest([("1",)])
    assert table_digest([(1,), (1,)]) != table_digest([(1,)])
    assert table_digest([(1,), (1,)])[0] == 2
    assert table_digest([("ab", "c")]) != table_digest([("a", "bc")])


def test_cli_copy(full_book, tmp_path, capsys):
    dest = tmp_path / "copie.assocompta"
    assert main(["copy", str(full_book), str(dest)]) == 0
    out = capsys.readouterr().out
    assert "599 écritures" in out and "1250 lignes" in out and "vérifiée" in out
    before = file_digest(dest)
    assert main(["copy", str(full_book), str(dest)]) == 1
    assert "existe déjà" in capsys.readouterr().err
    assert file_digest(dest) == before


def test_cli_copy_help_names_both_kinds_of_book(capsys):
    with pytest.raises(SystemExit):
        main(["copy", "--help"])
    out = capsys.readouterr().out
    assert "postgresql://" in out and "SOURCE" in out and "DEST" in out


def test_an_unreachable_server_is_named_without_its_password(full_book):
    pytest.importorskip("psycopg")
    with pytest.raises(BookError) as err:
        copy_book(full_book, "postgresql://compta:secret@127.0.0.1:1/livre")
    assert "connexion impossible à postgresql://compta:***@127.0.0.1:1/livre" in str(err.value)
    assert "secret" not in str(err.value)


def test_passwords_never_reach_messages():
    from assocompta.storage.pg import redact
    assert redact("postgresql://compta:s3cr@t@db.example/livre") == \
        "postgresql://compta:***@db.example/livre"
    assert redact("postgresql://db/livre?user=compta&password=s3cr&sslmode=require") == \
        "postgresql://db/livre?user=compta&password=***&sslmode=require"
    assert redact("postgresql://compta@db/livre") == "postgresql://compta@db/livre"
