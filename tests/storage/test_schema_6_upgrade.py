"""A book of the previous release (schema 6), made by that release, opens upgraded on both
engines, with every figure a treasurer sees as it was.

tests/storage/data/demo_schema_6.assocompta.gz is the demo book as AssoCompta d413725 wrote it,
with receipts issued and a FEC imported (tests/storage/data/SOURCES.md);
demo_schema_6.figures.json is what that release showed of it (tests/storage/figures.py).
The tests name no schema number: they hold at every later schema (migrations.LATEST).
"""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from assocompta.services.checks import check_book
from assocompta.storage import migrations, schema_check
from assocompta.storage.db import Book
from tests.storage.figures import differences, figures

DATA = Path(__file__).parent / "data"
DEMO = DATA / "demo_schema_6.assocompta.gz"
FIGURES = DATA / "demo_schema_6.figures.json"


@pytest.fixture
def engine() -> str:
    return "sqlite"


@pytest.fixture(scope="module")
def schema_6_file(tmp_path_factory) -> Path:
    """The schema-6 demo book, unpacked once; tests open copies of it."""
    path = tmp_path_factory.mktemp("schema6") / "demo_schema_6.assocompta"
    with gzip.open(DEMO) as packed, open(path, "wb") as out:
        shutil.copyfileobj(packed, out)
    return path


@pytest.fixture(scope="module")
def seen() -> dict:
    return json.loads(FIGURES.read_text("utf-8"))


def test_the_stored_book_is_a_small_schema_6_book(schema_6_file):
    assert DEMO.stat().st_size < 100_000  # gzip: the file itself is about 420 kB
    conn = sqlite3.connect(f"file:{schema_6_file}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone() == (6,)
        assert conn.execute("SELECT count(*) FROM entry").fetchone() == (600,)
        assert conn.execute("SELECT count(*) FROM donation_receipt").fetchone() == (3,)
        # Closed 2024, open 2025 (posted in the app) and 2026 (a FEC, half with ValidDate).
        assert conn.execute("SELECT label, closed_at IS NOT NULL FROM fiscal_year ORDER BY 1"
                            ).fetchall() == [("2024", 1), ("2025", 0), ("2026", 0)]
        assert conn.execute("SELECT count(*), count(valid_date) FROM entry "
                            "WHERE import_batch_id IS NOT NULL").fetchone() == (4, 2)
    finally:
        conn.close()


def test_a_schema_6_file_opens_upgraded_with_the_same_figures(schema_6_file, tmp_path, seen):
    path = tmp_path / "amis.assocompta"
    shutil.copyfile(schema_6_file, path)
    with Book.open(path) as book:
        assert book.scalar("PRAGMA user_version") == migrations.LATEST
        assert differences(figures(book), seen) == []
        assert check_book(book) == []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert schema_check.sqlite_differences(conn, "the upgraded schema-6 book") == []
    finally:
        conn.close()


# -- PostgreSQL ---------------------------------------------------------------------------------
def fill_schema_6_pg_book(url: str, source: Path) -> None:
    """Make, in the empty database at ``url``, a schema-6 book holding ``source``'s rows: the
    frozen baseline (storage/pg/schema.sql) loaded as ``assocompta copy`` did at schema 6."""
    from assocompta.storage import book_copy, pg
    from assocompta.storage.pg.adapter import register_int_sums
    assert pg.BASELINE == 6
    src_conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst_conn = pg.connect(url)
    try:
        register_int_sums(dst_conn)
        dst_conn.execute(pg.schema_sql())
        src, dst = book_copy._SQLite(src_conn), book_copy._Postgres(dst_conn)
        tables = tuple(t for t in book_copy.TABLES if t in src.tables())
        book_copy._fill(src, dst, tables)
        dst.reset_ids()
        dst_conn.commit()
    finally:
        dst_conn.close()
        src_conn.close()


def test_a_schema_6_postgresql_book_opens_upgraded_with_the_same_figures(
        schema_6_file, pg_url, seen):
    from assocompta.storage.pg import connect
    from assocompta.storage.pg.book import PgBook
    fill_schema_6_pg_book(pg_url, schema_6_file)
    with PgBook.open(pg_url) as book:
        assert book.scalar("SELECT version FROM schema_info") == migrations.LATEST
        assert differences(figures(book), seen) == []
        assert check_book(book) == []
    conn = connect(pg_url)
    try:
        assert schema_check.postgresql_differences(conn, "the upgraded schema-6 book") == []
    finally:
        conn.close()
