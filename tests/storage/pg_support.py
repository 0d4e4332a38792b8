"""PostgreSQL for the storage tests: a fresh database per test on the server named by
ASSOCOMPTA_PG_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres); skipped without it."""

from __future__ import annotations

import os
import uuid
from urllib.parse import urlsplit, urlunsplit

import pytest

ENV = "ASSOCOMPTA_PG_URL"


def _admin_url() -> str:
    url = os.environ.get(ENV, "").strip()
    if not url:
        pytest.skip(f"PostgreSQL tests need a server: set {ENV}=postgresql://USER@HOST:PORT/DB "
                    "(a role allowed to CREATE DATABASE)")
    pytest.importorskip("psycopg", reason="PostgreSQL tests need psycopg (extra 'postgres')")
    return url


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


@pytest.fixture
def pg_url(pg_admin):
    """The URL of a new, empty database, dropped after the test."""
    conn, admin_url = pg_admin
    name = f"assocompta_test_{uuid.uuid4().hex[:12]}"
    conn.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(admin_url)
    yield urlunsplit(parts._replace(path="/" + name))
    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def pg_connect(url: str):
    import psycopg
    return psycopg.connect(url, autocommit=False)
