"""Storage fixtures: PostgreSQL databases (tests/storage/pg_support.py)."""

from tests.storage.pg_support import pg_admin, pg_url  # noqa: F401
