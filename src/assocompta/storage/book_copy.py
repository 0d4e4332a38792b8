"""Moving a book between SQLite and PostgreSQL without loss: ``assocompta copy SOURCE DEST``.

Every table is copied with its ids, cents and attachment bytes as they are, in one
transaction on the destination, then checked table by table (row count and a digest of the
rows) against the source's snapshot before that transaction commits: the destination ends up
with the whole book, identical, or with nothing. The destination's engine guards stay on
while it fills, so the rows are loaded in an order they accept: years, reconciliations and
account parents are written open or empty first and given their closing date, finish date
and parent once everything they protect is in; entries are written as drafts, and validated
(with the entry each one reverses) once their lines are in, in the order of their numbers.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..domain.errors import BookError
from ..domain.plural import plural
from . import migrations, pg
from .files import (APPLICATION_ID, _connect, probe, refuse_new_book_path, sqlite_uri,
                    temporary_beside)

#: Every table of a book, in an order that satisfies their foreign keys.
TABLES = (
    "association", "chart", "account", "journal", "tiers", "action", "balanced",
    "import_batch", "fiscal_year", "account_total_state", "budget_line", "entry", "entry_line",
    "bulk_load", "account_month_total", "attachment", "bank_line", "bank_rule", "bank_layout",
    "reconciliation", "reconciliation_mark",
    # A gift's detail before its receipt: a receipted gift's detail is no longer written.
    "gift_detail", "donation_receipt", "donation_receipt_line", "membership",
    "report_text", "fixed_asset", "asset_movement", "year_end_entry",
)
#: Columns written empty at first and filled once the rows they guard are in.
_LATER = {"account": "parent_id", "fiscal_year": "closed_at", "reconciliation": "finished_at"}
#: Entry columns written empty (an entry is born a draft) and set by :meth:`_Side.validate`,
#: with their PostgreSQL types (a schema-6 book, copied by the upgrade tests, has no
#: reverses_id).
_VALIDATION = {"valid_date": "text", "reverses_id": "bigint"}
#: Filled by the destination's own triggers while lines are loaded, then replaced as is.
_REPLACED = ("account_month_total", "account_total_state")
#: Fixed content (``balanced``) or never committed (``bulk_load``): compared, not copied.
_NOT_LOADED = ("balanced", "bulk_load")
_BATCH = 2000
_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")
_NEW_FILE = "la copie se fait dans un nouveau fichier"


@dataclass(frozen=True)
class CopyResult:
    """What was copied: rows per table, and where."""
    source: str
    dest: str
    rows: dict[str, int]


class _Side:
    """One end of a copy: a SQLite file or a PostgreSQL database."""
    mark = "?"
    label = ""

    def __init__(self, conn) -> None:
        self.conn = conn

    def sql(self, text: str) -> str:
        return text.replace("?", self.mark)

    def execute(self, text: str, params: tuple = ()):
        return self.conn.execute(self.sql(text), params)

    def tables(self) -> set[str]:
        raise NotImplementedError

    def columns(self, table: str) -> list[str]:
        raise NotImplementedError

    def rows(self, table: str, columns: list[str]) -> Iterator[tuple]:
        cur = self.conn.cursor()
        cur.execute(f"SELECT {', '.join(columns)} FROM {table}")
        while batch := cur.fetchmany(_BATCH):
            yield from batch

    def insert(self, table: str, columns: list[str], rows: Iterable[tuple]) -> None:
        marks = ", ".join([self.mark] * len(columns))
        cur = self.conn.cursor()
        cur.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    def digest(self, table: str, columns: list[str]) -> tuple[int, str]:
        return table_digest(self.rows(table, columns))

    def validate(self, columns: list[str], entries: list[tuple]) -> None:
        """Set ``columns`` (of :data:`_VALIDATION`) on entries written as drafts, each given as
        (its values, id) in the order of their (year, number): SQLite checks the number rule
        on each row as it goes."""
        sets = ", ".join(f"{c} = ?" for c in columns)
        self.conn.cursor().executemany(self.sql(f"UPDATE entry SET {sets} WHERE id = ?"),
                                       entries)


class _SQLite(_Side):
    def tables(self) -> set[str]:
        return {n for (n,) in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")}

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")]


class _Postgres(_Side):
    mark = "%s"

    def tables(self) -> set[str]:
        return {n for (n,) in self.conn.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")} \
            - {"schema_info"}

    def columns(self, table: str) -> list[str]:
        return [n for (n,) in self.conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = %s ORDER BY ordinal_position", (table,))]

    def insert(self, table: str, columns: list[str], rows: Iterable[tuple]) -> None:
        # COPY still fires the row triggers, so the engine checks every row as for INSERT.
        with self.conn.cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as cp:
            for row in rows:
                cp.write_row(row)

    def validate(self, columns: list[str], entries: list[tuple]) -> None:
        # One statement: PostgreSQL checks the number rule once, after it (one UPDATE per row
        # would each walk the index entries of the drafts validated before it).
        if not entries:
            return
        sets = ", ".join(f"{c} = v.{c}" for c in columns)
        arrays = ", ".join(f"%s::{_VALIDATION[c]}[]" for c in columns)
        names = ", ".join(columns)
        self.conn.execute(f"UPDATE entry SET {sets} FROM unnest({arrays}, %s::bigint[]) "
                          f"AS v ({names}, id) WHERE entry.id = v.id",
                          [list(values) for values in zip(*entries)])

    def reset_ids(self) -> None:
        """Point each id sequence past the copied ids, so new rows get fresh ones."""
        for table in TABLES:
            if "id" not in self.columns(table):
                continue
            seq = self.conn.execute("SELECT pg_get_serial_sequence(%s, 'id')",
                                    (table,)).fetchone()[0]
            if seq:
                self.conn.execute(f"SELECT setval(%s, COALESCE((SELECT max(id) FROM {table}), "
                                  "0) + 1, false)", (seq,))


def table_digest(rows: Iterable[tuple]) -> tuple[int, str]:
    """(row count, digest) of a table's rows, whatever their order.

    Each row is hashed with the type of each value (integer, text, bytes, NULL), so 1 and '1'
    differ; the hashes are added modulo 2²⁵⁶, so a duplicated or missing row shows.
    """
    total = count = 0
    for row in rows:
        h = hashlib.sha256()
        for value in row:
            if value is None:
                h.update(b"N;")
            elif isinstance(value, bool):
                raise TypeError("booleans are stored as 0/1 integers in a book")
            elif isinstance(value, int):
                h.update(b"I%d;" % value)
            elif isinstance(value, str):
                data = value.encode("utf-8")
                h.update(b"S%d:" % len(data) + data)
            elif isinstance(value, (bytes, bytearray, memoryview)):
                data = bytes(value)
                h.update(b"B%d:" % len(data) + data)
            else:
                raise TypeError(f"unexpected {type(value).__name__} in a book row")
        total = (total + int.from_bytes(h.digest(), "big")) % (1 << 256)
        count += 1
    return count, f"{total:064x}"


def describe(target: str | Path) -> str:
    return pg.redact(str(target)) if pg.is_url(str(target)) else str(target)


# -- opening both ends -------------------------------------------------------------------------
def _open_source(target: str | Path) -> _Side:
    if pg.is_url(str(target)):
        conn = pg.connect(str(target))
        import psycopg
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ  # one snapshot
        conn.read_only = True
        version = pg.schema_version(conn)
        if version is None:
            conn.close()
            raise BookError(f"{describe(target)} ne contient pas de livre AssoCompta")
        if version != migrations.LATEST:
            conn.close()
            raise BookError(f"{describe(target)} : schéma {version}, cette version d'AssoCompta "
                            f"copie le schéma {migrations.LATEST}")
        return _Postgres(conn)
    path = Path(target)
    version = probe(path)
    if version < migrations.LATEST:
        raise BookError(f"{path.name} utilise un ancien format (schéma {version}) : ouvrez-le "
                        "une fois en écriture pour le mettre à jour, puis copiez-le.")
    conn = _connect(path, "ro")
    conn.execute("BEGIN")  # one snapshot for the whole copy, even with a writer beside
    return _SQLite(conn)


def _prepare_pg_dest(url: str) -> _Postgres:
    conn = pg.connect(url)
    try:
        version = pg.schema_version(conn)
        if version is None:
            pg.create_schema(conn)  # transactional: gone again if the copy fails
        elif version != migrations.LATEST:
            raise BookError(f"{describe(url)} contient un livre d'un autre schéma ({version})")
        side = _Postgres(conn)
        # A second copy into the same database waits here, then finds it full.
        conn.execute("LOCK TABLE association IN EXCLUSIVE MODE")
        full = [t for t in TABLES if t not in _NOT_LOADED
                and conn.execute(f"SELECT EXISTS (SELECT 1 FROM {t})").fetchone()[0]]
        if full:
            raise BookError(f"{describe(url)} n'est pas vide (table {full[0]}) : la copie "
                            "se fait dans une base sans livre. Rien n'a été modifié.")
        return side
    except BaseException:
        conn.rollback()
        conn.close()
        raise


# -- copying -----------------------------------------------------------------------------------
def copy_book(source: str | Path, dest: str | Path) -> CopyResult:
    """Copy the book at ``source`` to ``dest`` (each a book file or a postgresql:// URL).

    ``dest`` must not hold a book: a file that does not exist yet, or a database without one.
    All or nothing; the copy is verified table by table before it is committed.
    """
    if str(source) == str(dest):
        raise BookError("la source et la destination de la copie sont la même")
    if not pg.is_url(str(dest)):  # said before the source is even opened
        refuse_new_book_path(Path(dest), _NEW_FILE)
    src = _open_source(source)
    try:
        if pg.is_url(str(dest)):
            return _copy_to_pg(src, str(source), str(dest))
        return _copy_to_sqlite(src, str(source), Path(dest))
    finally:
        src.conn.rollback()  # the source was only read
        src.conn.close()


def _copy_to_pg(src: _Side, source: str, url: str) -> CopyResult:
    dst = _prepare_pg_dest(url)
    try:
        rows = _fill(src, dst)
        dst.reset_ids()
        dst.conn.commit()
    except BaseException as exc:
        dst.conn.rollback()
        raise _translated(exc, url) from None
    finally:
        dst.conn.close()
    return CopyResult(describe(source), describe(url), rows)


def _copy_to_sqlite(src: _Side, source: str, path: Path) -> CopyResult:
    # As Book.create: built under a temporary name, moved into place once complete.
    tmp = temporary_beside(path, _NEW_FILE)
    try:
        conn = sqlite3.connect(sqlite_uri(tmp, "rw"), uri=True, isolation_level=None)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA trusted_schema = ON")  # the guards read pragma_foreign_keys
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrations.upgrade(conn, 0)
            conn.execute("BEGIN IMMEDIATE")
            try:
                rows = _fill(src, _SQLite(conn))
                conn.execute("COMMIT")
            except BaseException as exc:
                conn.execute("ROLLBACK")
                raise _translated(exc, str(path)) from None
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        os.link(tmp, path)
    except FileExistsError:
        raise BookError(f"{path} existe déjà : {_NEW_FILE}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return CopyResult(describe(source), str(path), rows)


def _fill(src: _Side, dst: _Side, tables: tuple[str, ...] = TABLES) -> dict[str, int]:
    """Load every table of ``src`` into ``dst`` (inside its transaction), then compare them.
    ``tables``: those of an older schema, for tests that build an old book on the server."""
    missing = set(tables) ^ src.tables()
    if missing:
        raise BookError(f"la source n'a pas les tables d'un livre (schéma "
                        f"{migrations.LATEST}) : {', '.join(sorted(missing))}")
    columns = {}
    for table in tables:
        columns[table] = src.columns(table)
        # Column names go into the SQL text: only plain names, as the schemas have.
        odd = [c for c in columns[table] if not _NAME.match(c)]
        if odd:
            raise BookError(f"table {table} : colonne inattendue « {odd[0]} »")
        if sorted(columns[table]) != sorted(dst.columns(table)):
            raise BookError(f"table {table} : colonnes différentes entre la source et la "
                            "destination")
    validating = [c for c in _VALIDATION if c in columns.get("entry", ())]
    validated: list[tuple] = []
    for table in tables:
        if table in _NOT_LOADED or table in _REPLACED:
            continue
        cols = columns[table]
        later = _LATER.get(table)
        rows = src.rows(table, cols)
        if later:
            at = cols.index(later)
            rows = (row[:at] + (None,) + row[at + 1:] for row in rows)
        if table == "entry":
            rows = _drafts(rows, cols, validating, validated)
        dst.insert(table, cols, rows)
    # What the guards protected is in: now the validations, the parents, finish dates and
    # closing dates.
    dst.validate(validating, [row[2:] for row in sorted(validated)])
    for table in ("account", "reconciliation", "fiscal_year"):
        later = _LATER[table]
        if table == "fiscal_year":
            for t in _REPLACED:  # before closing: the closed years' totals as the source has them
                dst.execute(f"DELETE FROM {t}")
                dst.insert(t, columns[t], src.rows(t, columns[t]))
        done = [(value, id_) for id_, value in src.rows(table, ["id", later])
                if value is not None]
        dst.conn.cursor().executemany(
            dst.sql(f"UPDATE {table} SET {later} = ? WHERE id = ?"), done)
    return _verify(src, dst, columns)


def _drafts(rows: Iterable[tuple], cols: list[str], validating: list[str],
            validated: list[tuple]) -> Iterator[tuple]:
    """Entry rows as drafts, without the ``validating`` columns; what they had goes to
    ``validated`` as (year_id, number, their values…, id)."""
    at = [cols.index(c) for c in validating]
    year, number, id_ = (cols.index(c) for c in ("year_id", "number", "id"))
    for row in rows:
        values = tuple(row[i] for i in at)
        if values == (None,) * len(at):
            yield row
            continue
        validated.append((row[year], row[number], *values, row[id_]))
        row = list(row)
        for i in at:
            row[i] = None
        yield tuple(row)


def _verify(src: _Side, dst: _Side, columns: dict[str, list[str]]) -> dict[str, int]:
    counts = {}
    for table in columns:
        want = src.digest(table, columns[table])
        got = dst.digest(table, columns[table])
        if want != got:
            raise BookError(f"copie refusée : la table {table} diffère après copie "
                            f"({plural(want[0], 'ligne', 'lignes')} dans la source, {got[0]} dans la "
                            "copie). "
                            "Rien n'a été enregistré.")
        counts[table] = want[0]
    return counts


def _translated(exc: BaseException, dest: str) -> BaseException:
    """Engine refusals while filling, in French; anything else as it came."""
    if isinstance(exc, BookError) or not isinstance(exc, Exception):
        return exc
    if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("psycopg"):
        from .errors import translate
        domain = translate(exc)
        reason = str(domain) if domain is not exc else str(exc).strip().splitlines()[0]
        return BookError(f"copie vers {describe(dest)} refusée : {reason}. Rien n'a été "
                         "enregistré.")
    return exc
