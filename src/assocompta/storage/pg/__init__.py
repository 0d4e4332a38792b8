"""Books in PostgreSQL: connecting (psycopg 3, the optional ``postgres`` extra) and the schema."""

from __future__ import annotations

from importlib import resources

from ...domain.errors import BookError
from .. import migrations
from .redaction import redact_url, remember, scrub

__all__ = ["connect", "create_schema", "is_url", "redact", "schema_sql", "schema_version",
           "scrub"]

#: The SQLite schema version that schema.sql mirrors.
SCHEMA_VERSION = 5
assert SCHEMA_VERSION == migrations.LATEST, "storage/pg/schema.sql lags the SQLite migrations"


def is_url(target: str) -> bool:
    """Whether ``target`` names a PostgreSQL database rather than a book file."""
    return str(target).startswith(("postgresql://", "postgres://"))


def schema_sql() -> str:
    return resources.files("assocompta.storage.pg").joinpath("schema.sql").read_text("utf-8")


def connect(url: str):
    """A psycopg connection (READ COMMITTED, explicit transactions), or a French BookError."""
    try:
        import psycopg
    except ImportError:
        raise BookError("PostgreSQL : le module psycopg manque. Installez AssoCompta avec "
                        "l'option postgres (pip install 'assocompta[postgres]').") from None
    remember(url)
    try:
        return psycopg.connect(url, autocommit=False, connect_timeout=10)
    except psycopg.Error as exc:
        # libpq's text may quote the password ("invalid percent-encoded token: …").
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise BookError(scrub(f"PostgreSQL : connexion impossible à {redact(url)} "
                              f"({reason.strip()})", url)) from None
    except ValueError as exc:  # a port that is not a number, and the like
        raise BookError(scrub(f"PostgreSQL : adresse invalide {redact(url)} ({exc})",
                              url)) from None


def redact(url: str) -> str:
    """The URL without its password (user:password@… or ?password=…), for messages; the
    password is remembered, so that :func:`scrub` also removes it from the driver's texts."""
    remember(url)
    return redact_url(url)


def schema_version(conn) -> int | None:
    """The book schema in this database, or None when it holds no book tables."""
    row = conn.execute("SELECT to_regclass('schema_info') IS NOT NULL").fetchone()
    if not row[0]:
        return None
    return conn.execute("SELECT max(version) FROM schema_info").fetchone()[0]


def create_schema(conn) -> None:
    """Create the book tables inside the caller's transaction."""
    conn.execute(schema_sql())
