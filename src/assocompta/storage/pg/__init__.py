"""Books in PostgreSQL: connecting (psycopg 3, the optional ``postgres`` extra) and the schema."""

from __future__ import annotations

import re
from importlib import resources

from ...domain.errors import BookError
from .. import migrations
from .redaction import redact_url, remember, scrub

__all__ = ["connect", "create_schema", "is_url", "redact", "schema_sql", "schema_version",
           "scrub", "upgrade"]

#: The SQLite schema version that PostgreSQL books mirror.
SCHEMA_VERSION = 7
assert SCHEMA_VERSION == migrations.LATEST, "storage/pg lags the SQLite migrations"
#: The schema schema.sql makes; a new book then runs the numbered scripts above it.
BASELINE = 6


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
    """Create the book tables inside the caller's transaction: schema.sql, then the scripts
    above it."""
    conn.execute(schema_sql())
    _run_scripts(conn, BASELINE)


def new_book_sql() -> str:
    """What :func:`create_schema` runs: schema.sql followed by the scripts above it."""
    return "\n".join([schema_sql()] + [sql for n, sql in upgrade_scripts() if n > BASELINE])


def _run_scripts(conn, version: int) -> None:
    """Run, in order, the scripts above ``version``, each followed by its version number."""
    for number, sql in upgrade_scripts():
        if number > version:
            conn.execute(sql)
            conn.execute("UPDATE schema_info SET version = %s", (number,))


_SCRIPT = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def upgrade_scripts() -> list[tuple[int, str]]:
    """The scripts that bring a PostgreSQL book from one schema to the next, in order: each
    numbered as the schema it makes (storage/pg/migrations, as SQLite's)."""
    folder = resources.files("assocompta.storage.pg").joinpath("migrations")
    found = sorted((int(m.group(1)), item.read_text(encoding="utf-8"))
                   for item in folder.iterdir() if (m := _SCRIPT.match(item.name)))
    assert not found or found[-1][0] == SCHEMA_VERSION, "storage/pg/migrations lags"
    return found


def upgrade(url: str) -> None:
    """Bring the book at ``url`` to :data:`SCHEMA_VERSION`, all scripts in one transaction:
    the book is upgraded whole or left as it was. Two writers opening it at once: the second
    waits on the lock, then finds it done."""
    import psycopg
    conn = connect(url)
    where = redact(url)
    version = None
    try:
        conn.execute("LOCK TABLE schema_info IN ACCESS EXCLUSIVE MODE")
        version = conn.execute("SELECT max(version) FROM schema_info").fetchone()[0]
        scripts = [(n, sql) for n, sql in upgrade_scripts() if n > version]
        if version < SCHEMA_VERSION and (not scripts or scripts[0][0] != version + 1):
            raise BookError(f"{where} utilise un ancien format (schéma {version}) que cette "
                            "version ne sait pas mettre à jour dans PostgreSQL.")
        _run_scripts(conn, version)
        conn.commit()
    except psycopg.Error as exc:
        conn.rollback()
        if getattr(exc, "sqlstate", None) == "42501":
            raise BookError(f"{where} doit être mis à jour (schéma {version} vers "
                            f"{SCHEMA_VERSION}) et seul le propriétaire de ses tables le peut : "
                            "faites-le ouvrir une fois avec ce compte-là. Rien n'a été "
                            "modifié.") from None
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BookError(f"{where} : la mise à jour du schéma {version} vers {SCHEMA_VERSION} a "
                        f"échoué ({scrub(reason, url)}). Rien n'a été modifié.") from None
    except BaseException:
        conn.rollback()
        raise
    finally:
        conn.close()
