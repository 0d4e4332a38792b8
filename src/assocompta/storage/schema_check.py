"""The schema storage/orm.py declares, against the schema an engine really builds.

orm.py is the one declaration of a book's structure; each engine's SQL (SQLite's migrations,
PostgreSQL's frozen baseline and its steps) must build exactly that. This module reads both
sides into the same plain shape and names every difference:

* the tables (``info=SQLITE_ONLY`` / ``POSTGRESQL_ONLY`` in orm.py for one engine's own);
* each table's columns, in order, with their type as the engine names it (SQLite: INTEGER,
  TEXT, BLOB; PostgreSQL: bigint, integer, text, bytea) and whether they take NULL;
* primary keys, unique constraints, indexes (name, columns, unique, partial predicate) and
  foreign keys (columns, target, ON DELETE).

Not compared: CHECK constraints, defaults and triggers, written in each engine's own SQL;
``check`` compares a book's guards with the ones its steps make, and the parity tests try them.

``python -m assocompta.storage.schema_check [BOOK | postgresql://…]`` prints the differences
of a book (default: a new SQLite book built in memory); tests/storage/test_schema_source.py
runs the comparison on both engines' new and upgraded books.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from dataclasses import dataclass

from sqlalchemy import BigInteger, Integer, LargeBinary, MetaData, String, TypeDecorator

from . import orm

ENGINES = ("sqlite", "postgresql")


@dataclass(frozen=True)
class TableShape:
    """One table as both sides are compared: plain names and tuples, no engine objects."""
    columns: tuple[tuple[str, str, bool], ...]  # (name, type, nullable), in order
    primary_key: tuple[str, ...]
    unique: frozenset[tuple[str, ...]]
    # (name, columns, unique, partial predicate)
    indexes: frozenset[tuple[str, tuple[str, ...], bool, str | None]]
    foreign_keys: frozenset[tuple[tuple[str, ...], str, tuple[str, ...], str]]  # + ON DELETE


Schema = dict[str, TableShape]


def _where(sql: str | None) -> str | None:
    """A partial index's predicate, without the spelling each engine gives it (PostgreSQL
    adds parentheses, SQLite keeps what was written)."""
    if sql is None:
        return None
    return " ".join(re.sub(r"[()]", " ", str(sql)).lower().split())


def _on_delete(action: str | None) -> str:
    return (action or "NO ACTION").upper()


# -- what orm.py declares ----------------------------------------------------------------------
def _type_name(type_, engine: str) -> str:
    impl = type_.impl_instance if isinstance(type_, TypeDecorator) else type_
    if isinstance(impl, BigInteger):
        return "INTEGER" if engine == "sqlite" else "bigint"
    if isinstance(impl, Integer):
        return "INTEGER" if engine == "sqlite" else "integer"
    if isinstance(impl, String) and impl.length is None:  # Text too
        return "TEXT" if engine == "sqlite" else "text"
    if isinstance(impl, LargeBinary):
        return "BLOB" if engine == "sqlite" else "bytea"
    return f"{impl!r} (not a type a book uses)"


def _on(item, engine: str) -> bool:
    return engine in item.info.get("engines", ENGINES)


def declared(engine: str, metadata: MetaData = orm.Base.metadata) -> Schema:
    """The schema orm.py declares, as ``engine`` (``sqlite`` or ``postgresql``) must hold it."""
    assert engine in ENGINES, engine
    schema = {}
    for table in metadata.tables.values():
        if not _on(table, engine):
            continue
        pk = tuple(c.name for c in table.primary_key.columns)
        unique = {tuple(c.name for c in con.columns) for con in table.constraints
                  if type(con).__name__ == "UniqueConstraint"}
        unique |= {(c.name,) for c in table.columns if c.unique}
        indexes = set()
        for index in table.indexes:
            where = index.dialect_options[engine].get("where")
            indexes.add((index.name, tuple(c.name for c in index.columns), bool(index.unique),
                         _where(where)))
        foreign_keys = {(tuple(fk.parent.name for fk in con.elements), con.referred_table.name,
                         tuple(fk.column.name for fk in con.elements), _on_delete(con.ondelete))
                        for con in table.foreign_key_constraints
                        if all(_on(fk, engine) for fk in con.elements)}
        schema[table.name] = TableShape(
            columns=tuple((c.name, _type_name(c.type, engine),
                           bool(c.nullable) and c.name not in pk) for c in table.columns),
            primary_key=pk, unique=frozenset(unique), indexes=frozenset(indexes),
            foreign_keys=frozenset(foreign_keys))
    return schema


# -- what SQLite built -------------------------------------------------------------------------
def sqlite_schema(conn: sqlite3.Connection) -> Schema:
    """The schema of the SQLite book open on ``conn``, read from its catalog."""
    schema = {}
    tables = [n for (n,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
        "ORDER BY name")]
    for table in tables:
        info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
        pk = tuple(row[1] for row in sorted((r for r in info if r[5]), key=lambda r: r[5]))
        unique, indexes = set(), set()
        for _, name, is_unique, origin, partial in conn.execute(
                f'PRAGMA index_list("{table}")').fetchall():
            columns = tuple(r[2] for r in conn.execute(f'PRAGMA index_info("{name}")'))
            if origin == "u":
                unique.add(columns)
            elif origin == "c":
                where = None
                if partial:
                    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'index' "
                                       "AND name = ?", (name,)).fetchone()[0]
                    where = re.split(r"\bWHERE\b", sql, maxsplit=1, flags=re.I)[1]
                indexes.add((name, columns, bool(is_unique), _where(where)))
        keys: dict[int, list] = {}
        for key_id, _, target, column, to, _, on_delete, _ in conn.execute(
                f'PRAGMA foreign_key_list("{table}")'):
            keys.setdefault(key_id, [target, [], [], on_delete])
            keys[key_id][1].append(column)
            keys[key_id][2].append(to)
        foreign_keys = {(tuple(cols), target, tuple(to), _on_delete(on_delete))
                        for target, cols, to, on_delete in keys.values()}
        schema[table] = TableShape(
            columns=tuple((r[1], r[2].upper(), not r[3] and r[1] not in pk) for r in info),
            primary_key=pk, unique=frozenset(unique), indexes=frozenset(indexes),
            foreign_keys=frozenset(foreign_keys))
    return schema


# -- what PostgreSQL built ---------------------------------------------------------------------
_PG_NAMES = """ARRAY(SELECT a.attname FROM unnest({keys}) WITH ORDINALITY AS k (n, i)
                       JOIN pg_attribute a ON a.attrelid = {rel} AND a.attnum = k.n
                      ORDER BY k.i)"""
_PG_DELETE = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL",
              "d": "SET DEFAULT"}


def postgresql_schema(conn) -> Schema:
    """The schema of the PostgreSQL book on ``conn`` (psycopg), read from its catalog."""
    columns: dict[str, list] = {}
    for table, name, type_, nullable in conn.execute(
            "SELECT c.table_name, c.column_name, c.data_type, c.is_nullable = 'YES' "
            "FROM information_schema.columns c JOIN information_schema.tables t "
            "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
            "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
            "ORDER BY c.table_name, c.ordinal_position"):
        columns.setdefault(table, []).append((name, type_, nullable))
    pk, unique, foreign_keys = {}, {}, {}
    for table, kind, cols, target, to, on_delete in conn.execute(f"""
            SELECT t.relname, c.contype, {_PG_NAMES.format(keys="c.conkey", rel="c.conrelid")},
                   f.relname, {_PG_NAMES.format(keys="c.confkey", rel="c.confrelid")},
                   c.confdeltype
              FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
              LEFT JOIN pg_class f ON f.oid = c.confrelid
             WHERE c.connamespace = current_schema()::regnamespace
               AND c.contype IN ('p', 'u', 'f')"""):
        if kind == "p":
            pk[table] = tuple(cols)
        elif kind == "u":
            unique.setdefault(table, set()).add(tuple(cols))
        else:
            foreign_keys.setdefault(table, set()).add(
                (tuple(cols), target, tuple(to), _PG_DELETE[on_delete]))
    indexes: dict[str, set] = {}
    for table, name, cols, is_unique, where in conn.execute(f"""
            SELECT t.relname, i.relname,
                   {_PG_NAMES.format(keys="x.indkey::int2[]", rel="x.indrelid")},
                   x.indisunique, pg_get_expr(x.indpred, x.indrelid)
              FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
              JOIN pg_class t ON t.oid = x.indrelid
             WHERE t.relnamespace = current_schema()::regnamespace
               AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid
                                  AND c.conrelid = x.indrelid)"""):
        indexes.setdefault(table, set()).add((name, tuple(cols), is_unique, _where(where)))
    schema = {}
    for table, cols in columns.items():
        key = pk.get(table, ())
        schema[table] = TableShape(
            columns=tuple((name, type_, nullable and name not in key)
                          for name, type_, nullable in cols),
            primary_key=key, unique=frozenset(unique.get(table, ())),
            indexes=frozenset(indexes.get(table, ())),
            foreign_keys=frozenset(foreign_keys.get(table, ())))
    return schema


# -- comparing ---------------------------------------------------------------------------------
def _column(column: tuple[str, str, bool]) -> str:
    name, type_, nullable = column
    return f"{name} {type_}{'' if nullable else ' NOT NULL'}"


def differences(expected: Schema, found: Schema, where: str) -> list[str]:
    """Each way ``found`` (the schema an engine built, named ``where``) differs from
    ``expected`` (orm.py's declaration), one line each; empty when they agree."""
    out = []
    for table in sorted(expected.keys() - found.keys()):
        out.append(f"table {table}: declared in orm.py, missing from {where}")
    for table in sorted(found.keys() - expected.keys()):
        out.append(f"table {table}: in {where}, not declared in orm.py")
    for table in sorted(expected.keys() & found.keys()):
        want, got = expected[table], found[table]
        want_cols, got_cols = dict((c[0], c) for c in want.columns), dict(
            (c[0], c) for c in got.columns)
        for name in [c[0] for c in want.columns if c[0] not in got_cols]:
            out.append(f"table {table}: column {_column(want_cols[name])} declared in orm.py, "
                       f"missing from {where}")
        for name in [c[0] for c in got.columns if c[0] not in want_cols]:
            out.append(f"table {table}: column {_column(got_cols[name])} in {where}, not "
                       "declared in orm.py")
        for name in [c[0] for c in want.columns if c[0] in got_cols]:
            if want_cols[name] != got_cols[name]:
                out.append(f"table {table}: column {_column(want_cols[name])} in orm.py, "
                           f"{_column(got_cols[name])} in {where}")
        shared = [c[0] for c in want.columns if c[0] in got_cols]
        if shared != [c[0] for c in got.columns if c[0] in want_cols]:
            out.append(f"table {table}: columns in another order in {where} "
                       f"({', '.join(c[0] for c in got.columns)}) than in orm.py "
                       f"({', '.join(c[0] for c in want.columns)}): a new column goes last")
        if want.primary_key != got.primary_key:
            out.append(f"table {table}: primary key ({', '.join(want.primary_key)}) in orm.py, "
                       f"({', '.join(got.primary_key)}) in {where}")
        for what, mine, theirs in (("unique", want.unique, got.unique),
                                   ("index", want.indexes, got.indexes),
                                   ("foreign key", want.foreign_keys, got.foreign_keys)):
            for item in sorted(mine - theirs, key=repr):
                out.append(f"table {table}: {what} {_describe(what, item)} declared in orm.py, "
                           f"not in {where}")
            for item in sorted(theirs - mine, key=repr):
                out.append(f"table {table}: {what} {_describe(what, item)} in {where}, not "
                           "declared in orm.py")
    return out


def _describe(what: str, item: tuple) -> str:
    if what == "index":
        name, cols, unique, where = item
        return (f"{name} ({', '.join(cols)}){' UNIQUE' if unique else ''}"
                + (f" WHERE {where}" if where else ""))
    if what == "foreign key":
        cols, target, to, on_delete = item
        return f"({', '.join(cols)}) → {target} ({', '.join(to)}) ON DELETE {on_delete}"
    return f"({', '.join(item)})"


def sqlite_differences(conn: sqlite3.Connection, where: str = "the SQLite book") -> list[str]:
    """How the SQLite book on ``conn`` differs from orm.py's declaration."""
    return differences(declared("sqlite"), sqlite_schema(conn), where)


def postgresql_differences(conn, where: str = "the PostgreSQL book") -> list[str]:
    """How the PostgreSQL book on ``conn`` differs from orm.py's declaration."""
    return differences(declared("postgresql"), postgresql_schema(conn), where)


def main(argv: list[str]) -> int:
    """Print how a book (a file, a postgresql:// URL, or a new one in memory) differs from
    orm.py; exit 1 when it does."""
    from . import migrations, pg
    target = argv[0] if argv else None
    if target and pg.is_url(target):
        conn = pg.connect(target)
        try:
            found = postgresql_differences(conn, pg.redact(target))
        finally:
            conn.close()
    else:
        conn = sqlite3.connect(f"file:{target}?mode=ro" if target else ":memory:", uri=True)
        try:
            if not target:
                migrations.upgrade(conn, 0)
            found = sqlite_differences(conn, target or "a new SQLite book")
        finally:
            conn.close()
    print("\n".join(found) or "the schema is as orm.py declares it")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
