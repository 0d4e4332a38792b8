"""Books in PostgreSQL: connecting (psycopg 3, the optional ``postgres`` extra) and the schema.

The schema is made as SQLite's, by numbered steps: storage/pg/schema.sql is the frozen
baseline (schema 6), and storage/pg/migrations/NNNN_name.sql each make the schema of their
number, with the same numbers as storage/migrations above the baseline (docs/schema.md).
"""

from __future__ import annotations

import re
from importlib import resources

from ...domain.errors import BookError
from ...domain.fixes import CHECK_ANY, command
from .. import migrations
from .redaction import redact_url, remember, scrub

__all__ = ["BASELINE", "SCHEMA_VERSION", "connect", "create_schema", "expected_guards",
           "is_url", "redact", "schema_sql", "schema_version", "scrub", "upgrade"]


def schema_sql() -> str:
    """storage/pg/schema.sql: the frozen baseline (schema :data:`BASELINE`), never edited."""
    return resources.files("assocompta.storage.pg").joinpath("schema.sql").read_text("utf-8")


#: The schema storage/pg/schema.sql makes (its ``INSERT INTO schema_info``): frozen at 6.
BASELINE = int(re.search(r"^INSERT INTO schema_info VALUES \((\d+)\);$", schema_sql(),
                         re.M).group(1))
_FOUND = migrations.numbered_scripts("assocompta.storage.pg")
#: ``(number, sql)`` of each step of storage/pg/migrations: numbered as the schema it makes,
#: as SQLite's. Those above the baseline build every new book; those up to it (0006) bring
#: older books to the baseline.
SCRIPTS = [(number, sql) for number, _, sql in _FOUND]
#: Each step's file name without ``.sql``: what a failure names.
NAMES: dict[int, str] = {number: name for number, name, _ in _FOUND}
#: The schema a PostgreSQL book is brought to: the last step's, or the baseline's.
SCHEMA_VERSION = max([BASELINE] + [number for number, _ in SCRIPTS])
assert ([n for n in migrations.NAMES if n > BASELINE] == [n for n in NAMES if n > BASELINE]
        and SCHEMA_VERSION == migrations.LATEST), (
    f"storage/migrations ({sorted(migrations.NAMES)}) and storage/pg/migrations "
    f"({sorted(NAMES)}) must make the same schema versions above the PostgreSQL baseline "
    f"(schema {BASELINE}, storage/pg/schema.sql): see docs/schema.md")


class StepFailed(Exception):
    """A step of storage/pg/migrations failed; the caller rolls its transaction back."""

    def __init__(self, number: int, cause: Exception) -> None:
        self.number = number
        self.cause = cause
        super().__init__(f"schema {number} ({NAMES.get(number, number)}): {cause}")


def is_url(target: str) -> bool:
    """Whether ``target`` names a PostgreSQL database rather than a book file."""
    return str(target).startswith(("postgresql://", "postgres://"))


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
    """Create the book tables, at :data:`SCHEMA_VERSION`, inside the caller's transaction: the
    frozen baseline, then every step above it (a new book takes the same path as an old one)."""
    conn.execute(schema_sql())
    apply_steps(conn, BASELINE)


def apply_steps(conn, current: int, target: int | None = None) -> None:
    """Run each step above ``current`` up to ``target`` (:data:`SCHEMA_VERSION`) in the
    caller's transaction, recording each in schema_info, as SQLite's ``user_version``.
    A failing step raises :class:`StepFailed`: the caller rolls the whole transaction back."""
    target = SCHEMA_VERSION if target is None else target
    steps = migrations.pending(SCRIPTS, current, target)
    if steps and steps[0][0] != current + 1:
        raise StepFailed(current + 1, LookupError(f"no step makes schema {current + 1}"))
    for number, sql in steps:
        try:
            conn.execute(sql)
            conn.execute("UPDATE schema_info SET version = %s", (number,))
        except Exception as exc:
            raise StepFailed(number, exc) from exc


def upgrade(url: str) -> None:
    """Bring the book at ``url`` to :data:`SCHEMA_VERSION`, all steps in one transaction:
    the book is upgraded whole or left as it was. Two writers opening it at once: the second
    waits on the lock, then finds it done."""
    import psycopg
    conn = connect(url)
    where = redact(url)
    version = None
    try:
        conn.execute("LOCK TABLE schema_info IN ACCESS EXCLUSIVE MODE")
        version = conn.execute("SELECT max(version) FROM schema_info").fetchone()[0]
        if version < SCHEMA_VERSION and (not SCRIPTS or SCRIPTS[0][0] > version + 1):
            raise BookError(f"{where} utilise un ancien format (schéma {version}) que cette "
                            "version ne sait pas mettre à jour dans PostgreSQL.")
        apply_steps(conn, version)
        conn.commit()
    except (StepFailed, psycopg.Error) as exc:
        conn.rollback()
        raise _not_upgraded(exc, where, version, url) from None
    except BaseException:
        conn.rollback()
        raise
    finally:
        conn.close()


def _not_upgraded(exc: Exception, where: str, version: int | None, url: str) -> BookError:
    """A failed upgrade, said as the user can act on it: nothing was changed."""
    cause = exc.cause if isinstance(exc, StepFailed) else exc
    if getattr(cause, "sqlstate", None) == "42501":
        return BookError(f"{where} doit être mis à jour (schéma {version} vers "
                         f"{SCHEMA_VERSION}) et seul le propriétaire de ses tables le peut : "
                         "faites-le ouvrir une fois avec ce compte-là. Rien n'a été modifié.")
    text = str(cause).strip()
    reason = scrub(text.splitlines()[0] if text else type(cause).__name__, url)
    if not isinstance(exc, StepFailed):
        return BookError(f"{where} : la mise à jour du schéma {version} vers {SCHEMA_VERSION} "
                         f"a échoué ({reason}). Rien n'a été modifié.")
    return BookError(
        f"{where} n'a pas pu être mis au format de cette version d'AssoCompta (schéma "
        f"{version} vers {SCHEMA_VERSION}) : l'étape {NAMES.get(exc.number, exc.number)} a "
        f"échoué (PostgreSQL : {reason}). Rien n'a été modifié : le livre est resté au "
        f"schéma {version}. Il contient sans doute une donnée modifiée hors de l'application : "
        f"continuez avec la version d'AssoCompta qui l'ouvrait, lancez-y "
        f"{command(CHECK_ANY)}, et signalez le problème avec ce message.")


# What a book's guards are, for ``check``: storage/pg/schema.sql, then each step above it.
_GUARD_SQL = re.compile(
    r"CREATE (?:OR REPLACE )?FUNCTION (?P<function>\w+)\(.*?AS \$\$(?P<body>.*?)\$\$;"
    r"|CREATE (?:OR REPLACE )?(?:CONSTRAINT )?TRIGGER (?P<trigger>\w+)\s.*?\sON (?P<on>\w+)"
    r"|DROP TRIGGER (?:IF EXISTS )?(?P<dropped>\w+) ON (?P<dropped_on>\w+)"
    r"|DROP FUNCTION (?:IF EXISTS )?(?P<dropped_function>\w+)", re.S)


def expected_guards() -> tuple[frozenset[tuple[str, str]], dict[str, str]]:
    """``(table, trigger)`` pairs and function bodies of a book at :data:`SCHEMA_VERSION`, read
    from the SQL that makes it (tests/storage/test_schema_source.py checks them against a new
    book's catalog, so that a step this reading misses is caught)."""
    triggers: set[tuple[str, str]] = set()
    functions: dict[str, str] = {}
    for text in [schema_sql()] + [sql for _, sql in migrations.pending(
            SCRIPTS, BASELINE, SCHEMA_VERSION)]:
        for m in _GUARD_SQL.finditer(text):
            if m["function"]:
                functions[m["function"]] = m["body"]
            elif m["trigger"]:
                triggers.add((m["on"], m["trigger"]))
            elif m["dropped"]:
                triggers.discard((m["dropped_on"], m["dropped"]))
            else:
                functions.pop(m["dropped_function"], None)
    return frozenset(triggers), functions
