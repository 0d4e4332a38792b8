"""PostgreSQL for the storage tests: a fresh database per test on the server named by
ASSOCOMPTA_PG_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres); skipped without it."""

from __future__ import annotations

import os
import uuid
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

import pytest

ENV = "ASSOCOMPTA_PG_URL"


def require_postgres() -> None:
    """Skip the calling test module, with the reason, when no server is configured."""
    if not os.environ.get(ENV, "").strip():
        pytest.skip(f"PostgreSQL tests need a server: set {ENV}=postgresql://USER@HOST:PORT/DB "
                    "(a role allowed to CREATE DATABASE; scripts/pg_test_server.sh makes one)",
                    allow_module_level=True)
    pytest.importorskip("psycopg", reason="PostgreSQL tests need psycopg (extra 'postgres')")


def _admin_url() -> str:
    require_postgres()
    return os.environ[ENV].strip()


@pytest.fixture(scope="session")
def pg_admin():
    """An autocommit connection to the test server, for creating and dropping databases."""
    import psycopg
    url = _admin_url()
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.skip(f"{ENV} is set but PostgreSQL is not reachable: {exc}".strip())
    yield conn, url
    conn.close()


@contextmanager
def fresh_database(pg_admin):
    """The URL of a new, empty database, dropped on leaving."""
    conn, admin_url = pg_admin
    name = f"assocompta_test_{uuid.uuid4().hex[:12]}"
    conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(urlsplit(admin_url)._replace(path="/" + name))
    finally:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_admin):
    """The URL of a new, empty database, dropped after the test."""
    with fresh_database(pg_admin) as url:
        yield url


def pg_connect(url: str):
    import psycopg
    return psycopg.connect(url, autocommit=False)


def enrich(book) -> None:
    """Put into a demo book what the demo lacks, so a copy must carry every kind of value:
    a donation receipt, a CSV layout, an import batch, lettering and foreign currency, an
    address over two lines, a large attachment with every byte value."""
    blob = bytes(range(256)) * 800 + b"\x00fin"
    with book.transaction() as s:
        conn = book.raw_connection(s)
        conn.execute("UPDATE tiers SET address = '12 place de l''Église\n35000 Rennes' "
                     "WHERE id = 1")
        conn.execute("INSERT INTO bank_layout VALUES ('512', '{\"preset\": \"crédit\", "
                     "\"columns\": [1, 2]}')")
        conn.execute("INSERT INTO import_batch (kind, file_name, sha256, imported_at, "
                     "entry_count, line_count) VALUES ('fec', 'ancien.txt', 'ab', "
                     "'2025-01-02T10:00:00', 0, 0)")
        year, line, entry = conn.execute(
            "SELECT e.year_id, l.id, e.id FROM entry_line l JOIN entry e ON e.id = l.entry_id "
            "JOIN fiscal_year f ON f.id = e.year_id JOIN account a ON a.id = l.account_id "
            "WHERE f.closed_at IS NULL AND e.valid_date IS NULL AND a.code = '75411' "
            "ORDER BY l.id LIMIT 1").fetchone()  # a draft: a validated line no longer changes
        conn.execute("UPDATE entry_line SET tiers_id = 1, letter = 'AB', letter_date = "
                     "'2025-03-01', currency_amount = 123456, currency_code = 'CHF' "
                     "WHERE id = ?", (line,))
        conn.execute("INSERT INTO donation_receipt (year_id, number, tiers_id, donor_name, "
                     "donor_address, amount, first_date, last_date, issued_at) SELECT ?, "
                     "'2025-0001', 1, name, address, credit, '2025-02-01', '2025-02-01', "
                     "'2025-12-31' FROM tiers, entry_line WHERE tiers.id = 1 AND "
                     "entry_line.id = ?", (year, line))
        conn.execute("INSERT INTO donation_receipt_line VALUES (?, 1)", (line,))
        conn.execute("INSERT INTO attachment (entry_id, name, media_type, size, sha256, "
                     "added_at, data) VALUES (?, 'relevé « mars ».pdf', 'application/pdf', "
                     "?, 'cd', '2025-03-02', ?)", (entry, len(blob), blob))


def table_rows(path) -> dict[str, list]:
    """Every row of every table of a book file, sorted, for comparing two books."""
    import sqlite3
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        rows = {n: sorted(conn.execute(f"SELECT * FROM {n}").fetchall(), key=repr)
                for n in names}
        rows["-pragmas"] = [conn.execute(f"PRAGMA {p}").fetchone()[0]
                            for p in ("application_id", "user_version")]
        rows["-schema"] = conn.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        return rows
    finally:
        conn.close()


def fec_files(path, folder) -> dict[str, bytes]:
    """The FEC export of every year of a book file that holds no draft (a year with drafts
    has no FEC: its rows are compared by table_rows), as bytes."""
    from assocompta.services.fec_export import export_fec
    from assocompta.storage.db import Book
    folder.mkdir()
    with Book.open(path, readonly=True) as book:
        labels = [y for (y,) in book.session().execute(__import__("sqlalchemy").text(
            "SELECT label FROM fiscal_year f WHERE NOT EXISTS (SELECT 1 FROM entry e "
            "WHERE e.year_id = f.id AND e.valid_date IS NULL) ORDER BY label"))]
        return {label: export_fec(book, label, folder / f"{label}.txt")[0].read_bytes()
                for label in labels}
