"""A book of the release before schema 8 (schema 7), made by that release, opens upgraded on
both engines with every figure as it was; its receipts keep what they said (the individuals'
model, article 200) and live on under the new rules (cancelled, replaced); its donors are
people.

tests/storage/data/demo_schema_7.assocompta.gz: the demo book as AssoCompta 5b4cbca wrote it,
its 2025 receipts issued (tests/storage/data/SOURCES.md).
"""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from assocompta.services.checks import check_book
from assocompta.services.receipt_issue import replace
from assocompta.services.receipts import receipts
from assocompta.storage import migrations, schema_check
from assocompta.storage.db import Book
from tests.storage.figures import differences, figures

DATA = Path(__file__).parent / "data"
DEMO = DATA / "demo_schema_7.assocompta.gz"
FIGURES = DATA / "demo_schema_7.figures.json"


@pytest.fixture
def engine() -> str:
    return "sqlite"


@pytest.fixture(scope="module")
def schema_7_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("schema7") / "demo_schema_7.assocompta"
    with gzip.open(DEMO) as packed, open(path, "wb") as out:
        shutil.copyfileobj(packed, out)
    return path


@pytest.fixture(scope="module")
def seen() -> dict:
    return json.loads(FIGURES.read_text("utf-8"))


def test_the_stored_book_is_a_schema_7_book_with_receipts(schema_7_file):
    conn = sqlite3.connect(f"file:{schema_7_file}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone() == (7,)
        assert conn.execute("SELECT count(*) FROM donation_receipt").fetchone() == (3,)
    finally:
        conn.close()


def _what_receipts_say(book) -> list[tuple]:
    with book.reading() as conn:
        return [(r.number, r.model, r.articles, r.cancelled) for r in receipts(conn, 2025)]


def _donor_natures(book) -> list[tuple]:
    with book.session() as s:
        return [tuple(r) for r in s.execute(text(
            "SELECT t.code, t.nature FROM tiers t WHERE t.id IN "
            "(SELECT tiers_id FROM donation_receipt) ORDER BY t.code")).all()]


def test_a_schema_7_file_opens_upgraded_with_the_same_figures(schema_7_file, tmp_path, seen):
    path = tmp_path / "amis.assocompta"
    shutil.copyfile(schema_7_file, path)
    with Book.open(path) as book:
        assert book.scalar("PRAGMA user_version") == migrations.LATEST
        assert differences(figures(book), seen) == []
        assert check_book(book) == []
        assert _what_receipts_say(book) == [
            ("2025-0001", "11580*05", "200", False), ("2025-0002", "11580*05", "200", False),
            ("2025-0003", "11580*05", "200", False)]
        assert _donor_natures(book) == [("DUPONT", "particulier"), ("LEGOFF", "particulier"),
                                        ("MARTIN", "particulier")]
        # An old receipt is replaced under the new rules once the association says its
        # category and signatory (schema 7 never asked).
        with book.transaction() as s:
            s.execute(text("UPDATE association SET receipt_category = 'loi_1901', "
                           "signatory_name = 'Claire Morel', signatory_title = 'trésorière'"))
        new = replace(book, "2025-0002", reason="Adresse erronée")
        assert (new.number, new.replaces, new.model) == ("2025-0004", "2025-0002", "11580*05")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert schema_check.sqlite_differences(conn, "the upgraded schema-7 book") == []
    finally:
        conn.close()


def fill_schema_7_pg_book(url: str, source: Path) -> None:
    """A schema-7 PostgreSQL book holding ``source``'s rows: the baseline and step 7, loaded
    as ``assocompta copy`` did at schema 7."""
    from assocompta.storage import book_copy, pg
    from assocompta.storage.pg.adapter import register_int_sums
    src_conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst_conn = pg.connect(url)
    try:
        register_int_sums(dst_conn)
        dst_conn.execute(pg.schema_sql())
        pg.apply_steps(dst_conn, pg.BASELINE, 7)
        src, dst = book_copy._SQLite(src_conn), book_copy._Postgres(dst_conn)
        tables = tuple(t for t in book_copy.TABLES if t in src.tables())
        book_copy._fill(src, dst, tables)
        dst.reset_ids()
        dst_conn.commit()
    finally:
        dst_conn.close()
        src_conn.close()


def test_a_schema_7_postgresql_book_opens_upgraded_with_the_same_figures(
        schema_7_file, pg_url, seen):
    from assocompta.storage.pg import connect
    from assocompta.storage.pg.book import PgBook
    fill_schema_7_pg_book(pg_url, schema_7_file)
    with PgBook.open(pg_url) as book:
        assert book.scalar("SELECT version FROM schema_info") == migrations.LATEST
        assert differences(figures(book), seen) == []
        assert check_book(book) == []
        assert [r[1:] for r in _what_receipts_say(book)] == [("11580*05", "200", False)] * 3
    conn = connect(pg_url)
    try:
        assert schema_check.postgresql_differences(conn, "the upgraded schema-7 book") == []
    finally:
        conn.close()
