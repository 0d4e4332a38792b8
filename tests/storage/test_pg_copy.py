"""``assocompta copy`` through PostgreSQL: SQLite → PostgreSQL → SQLite gives back the same
book, row for row and FEC byte for byte; a database that holds a book is never written."""

import pytest

from assocompta.cli import main
from assocompta.domain.errors import BookError
from assocompta.storage import book_copy
from assocompta.storage.book_copy import copy_book

from tests.storage.pg_support import fec_files, pg_connect, require_postgres, table_rows

require_postgres()


def _tables(url):
    with pg_connect(url) as conn:
        return conn.execute("SELECT count(*) FROM information_schema.tables "
                            "WHERE table_schema = 'public'").fetchone()[0]


def test_round_trip_through_postgresql_gives_back_the_same_book(full_book, pg_url, tmp_path):
    there = copy_book(full_book, pg_url)
    back = tmp_path / "retour.assocompta"
    again = copy_book(pg_url, back)
    assert there.rows == again.rows
    assert there.rows["attachment"] == 4 and there.rows["reconciliation_mark"] == 256
    assert table_rows(back) == table_rows(full_book)
    assert fec_files(back, tmp_path / "fec") == fec_files(full_book, tmp_path / "fec-original")


def test_the_copy_in_postgresql_holds_the_values_as_they_were(full_book, pg_url):
    copy_book(full_book, pg_url)
    with pg_connect(pg_url) as conn:
        assert conn.execute("SELECT label, closed_at FROM fiscal_year ORDER BY label"
                            ).fetchall() == [("2024", "2025-03-15T18:00:00"), ("2025", None),
                                             ("2026", None)]
        data, = conn.execute("SELECT data FROM attachment WHERE name = 'relevé « mars ».pdf'"
                             ).fetchone()
        assert data == bytes(range(256)) * 800 + b"\x00fin"
        assert conn.execute("SELECT sum(debit), sum(credit), sum(currency_amount) "
                            "FROM entry_line").fetchone()[2] == 123456
        # New rows get fresh ids and the year's next number, after the copied ones.
        last_id, last_number = conn.execute(
            "SELECT max(e.id), max(e.number) FROM entry e JOIN fiscal_year f "
            "ON f.id = e.year_id WHERE f.label = '2025'").fetchone()
        new = conn.execute(
            "INSERT INTO entry (year_id, journal_id, number, date, label) SELECT f.id, 1, "
            "NULL, '2025-12-31', 'Nouvelle' FROM fiscal_year f WHERE f.label = '2025' "
            "RETURNING id, number").fetchone()
        assert new[1] == last_number + 1
        assert new[0] > last_id


def test_a_database_holding_a_book_is_refused_and_left_alone(full_book, pg_url, tmp_path):
    copy_book(full_book, pg_url)
    other = tmp_path / "autre.assocompta"
    copy_book(full_book, other)
    with pytest.raises(BookError, match="n'est pas vide"):
        copy_book(other, pg_url)
    with pg_connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM entry").fetchone()[0] == 599


def test_a_copy_that_fails_its_check_leaves_the_database_empty(full_book, pg_url,
                                                               monkeypatch):
    real = book_copy._Side.digest
    calls = []

    def tampered(side, table, columns):
        count, digest = real(side, table, columns)
        if table == "attachment":
            calls.append(side)
            if isinstance(side, book_copy._Postgres):
                return count, "0" * 64
        return count, digest

    monkeypatch.setattr(book_copy._Side, "digest", tampered)
    with pytest.raises(BookError, match="la table attachment diffère après copie"):
        copy_book(full_book, pg_url)
    assert len(calls) == 2
    assert _tables(pg_url) == 0  # even the tables went: the schema was part of the transaction


def test_a_database_without_a_book_is_not_a_source(pg_url, tmp_path):
    with pytest.raises(BookError, match="ne contient pas de livre AssoCompta"):
        copy_book(pg_url, tmp_path / "x.assocompta")
    assert list(tmp_path.iterdir()) == []


def test_cli_copy_to_postgresql(full_book, pg_url, capsys):
    assert main(["copy", str(full_book), pg_url]) == 0
    out = capsys.readouterr().out
    assert "3 exercices, 599 écritures, 1250 lignes, 4 pièces jointes" in out
    assert main(["copy", str(full_book), pg_url]) == 1
    assert "n'est pas vide" in capsys.readouterr().err
