"""One source of truth for a book's structure: storage/orm.py declares it, and the SQL each
engine runs (SQLite's migrations; PostgreSQL's frozen baseline and its steps) must build exactly
that (storage/schema_check.py). Both engines make the same schema versions, by numbered steps
that run all in one transaction. docs/schema.md says where to change the schema.
"""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import BigInteger, Column, ForeignKey, Index, MetaData, select

from assocompta.domain.errors import BookError
from assocompta.storage import book_copy, migrations, orm, pg, schema_check

DATA = Path(__file__).parent / "data"
SQLITE = "SQLite (storage/migrations from 0001)"
POSTGRESQL = "PostgreSQL (storage/pg/schema.sql and storage/pg/migrations)"


@pytest.fixture
def engine() -> str:
    return "sqlite"


def _new_sqlite_book() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrations.upgrade(conn, 0)
    return conn


def _new_pg_book(url: str):
    conn = pg.connect(url)
    pg.create_schema(conn)
    conn.commit()
    return conn


# -- orm.py is what both engines build -----------------------------------------------------------
def test_a_new_sqlite_book_is_what_orm_declares():
    assert schema_check.sqlite_differences(_new_sqlite_book(), SQLITE) == []


def test_a_new_postgresql_book_is_what_orm_declares(pg_url):
    with _new_pg_book(pg_url) as conn:
        assert schema_check.postgresql_differences(conn, POSTGRESQL) == []


def test_an_upgraded_schema_5_postgresql_book_is_what_orm_declares(pg_url):
    with pg.connect(pg_url) as conn:
        conn.execute((DATA / "pg_schema_5.sql").read_text("utf-8"))
    pg.upgrade(pg_url)
    with pg.connect(pg_url) as conn:
        assert schema_check.postgresql_differences(conn, "the upgraded book") == []


def test_every_table_declared_is_in_the_declaration_of_both_engines_and_copied():
    sqlite, postgres = schema_check.declared("sqlite"), schema_check.declared("postgresql")
    assert set(postgres) - set(sqlite) == {"schema_info"}  # SQLite's is PRAGMA user_version
    assert set(sqlite) == set(book_copy.TABLES)
    # The same columns, in the same order, on both engines: a copy keeps every value.
    assert ({t: [c[0] for c in sqlite[t].columns] for t in sqlite}
            == {t: [c[0] for c in postgres[t].columns] for t in sqlite})


@pytest.mark.parametrize("change, named", [
    ("ALTER TABLE entry ADD COLUMN probe_id INTEGER REFERENCES entry(id)",
     ["table entry: column probe_id INTEGER in the book, not declared in orm.py",
      "table entry: foreign key (probe_id) → entry (id) ON DELETE NO ACTION in the book, "
      "not declared in orm.py"]),
    ("CREATE INDEX entry_by_label ON entry (label)",
     ["table entry: index entry_by_label (label) in the book, not declared in orm.py"]),
    ("DROP INDEX bank_line_pending",
     ["table bank_line: index bank_line_pending (account, date) WHERE entry_id is null and "
      "ignored = 0 declared in orm.py, not in the book"]),
    ("CREATE TABLE audit (id INTEGER PRIMARY KEY) STRICT",
     ["table audit: in the book, not declared in orm.py"]),
])
def test_a_change_made_by_a_sqlite_migration_only_is_named(change, named):
    conn = _new_sqlite_book()
    conn.execute(change)
    assert schema_check.sqlite_differences(conn, "the book") == named


def _orm_with(change) -> MetaData:
    """A copy of orm.py's declaration with ``change(tables)`` made to it."""
    metadata = MetaData()
    for table in orm.Base.metadata.tables.values():
        table.to_metadata(metadata)
    change(metadata.tables)
    return metadata


@pytest.mark.parametrize("change, named", [
    (lambda t: t["entry"].append_column(Column("probe_id", BigInteger,
                                               ForeignKey("entry.id"))),
     ["table entry: column probe_id INTEGER declared in orm.py, missing from the book",
      "table entry: foreign key (probe_id) → entry (id) ON DELETE NO ACTION declared in "
      "orm.py, not in the book"]),
    (lambda t: Index("entry_by_label", t["entry"].c.label),
     ["table entry: index entry_by_label (label) declared in orm.py, not in the book"]),
])
def test_a_change_declared_in_orm_only_is_named(change, named):
    declared = schema_check.declared("sqlite", _orm_with(change))
    found = schema_check.sqlite_schema(_new_sqlite_book())
    assert schema_check.differences(declared, found, "the book") == named


def test_a_column_out_of_order_or_of_another_kind_is_named():
    declared = schema_check.declared("sqlite")
    tiers = [c[0] for c in declared["tiers"].columns]
    declared["tiers"] = dataclasses.replace(declared["tiers"], columns=(
        declared["tiers"].columns[-1:] + declared["tiers"].columns[:-1]))
    columns = {c[0]: c for c in declared["chart"].columns}
    columns["applies_from"] = ("applies_from", "TEXT", False)
    declared["chart"] = dataclasses.replace(declared["chart"], columns=tuple(columns.values()))
    found = schema_check.sqlite_schema(_new_sqlite_book())
    assert schema_check.differences(declared, found, "the book") == [
        "table chart: column applies_from TEXT NOT NULL in orm.py, applies_from TEXT in the "
        "book",
        f"table tiers: columns in another order in the book ({', '.join(tiers)}) than in "
        f"orm.py ({', '.join(tiers[-1:] + tiers[:-1])}): a new column goes last"]


def test_a_change_made_by_a_postgresql_step_only_is_named(pg_url):
    with _new_pg_book(pg_url) as conn:
        for sql in ("ALTER TABLE entry ADD COLUMN probe_id BIGINT",
                    "ALTER TABLE bank_rule ALTER COLUMN position TYPE integer",
                    "ALTER TABLE tiers ALTER COLUMN address DROP NOT NULL",
                    "ALTER TABLE account DROP CONSTRAINT account_chart_id_code_key",
                    "DROP INDEX bank_line_by_entry",
                    "CREATE INDEX line_by_letter ON entry_line (letter) WHERE letter IS NOT NULL"):
            conn.execute(sql)
        assert schema_check.postgresql_differences(conn, "the book") == [
            "table account: unique (chart_id, code) declared in orm.py, not in the book",
            "table bank_line: index bank_line_by_entry (entry_id) WHERE entry_id is not null "
            "declared in orm.py, not in the book",
            "table bank_rule: column position bigint NOT NULL in orm.py, position integer NOT "
            "NULL in the book",
            "table entry: column probe_id bigint in the book, not declared in orm.py",
            "table entry_line: index line_by_letter (letter) WHERE letter is not null in the "
            "book, not declared in orm.py",
            "table tiers: column address text NOT NULL in orm.py, address text in the book"]


def test_postgresql_gets_ids_and_cents_as_bigint():
    """orm.py's types are PostgreSQL's: a sum above 21 474 836,47 € is bound as BIGINT."""
    from sqlalchemy.dialects.postgresql import psycopg
    sql = str(select(orm.EntryLine.id).where(
        orm.EntryLine.debit == 1, orm.EntryLine.entry_id == 2, orm.Account.hidden == 0)
        .compile(dialect=psycopg.dialect()))
    assert "debit = %(debit_1)s::BIGINT" in sql and "entry_id = %(entry_id_1)s::BIGINT" in sql
    assert "hidden = %(hidden_1)s::INTEGER" in sql


# -- the steps of both engines -------------------------------------------------------------------
def test_both_engines_make_the_same_schema_versions_by_the_same_steps():
    above = {n: name for n, name in migrations.NAMES.items() if n > pg.BASELINE}
    assert {n: name for n, name in pg.NAMES.items() if n > pg.BASELINE} == above, (
        "each storage/migrations/NNNN_name.sql above the PostgreSQL baseline needs its "
        "storage/pg/migrations/NNNN_name.sql (docs/schema.md)")
    assert pg.SCHEMA_VERSION == migrations.LATEST
    # The steps below the baseline bring older PostgreSQL books to it, named as SQLite's.
    assert all(pg.NAMES[n] == migrations.NAMES[n] for n in pg.NAMES)
    assert min(pg.NAMES) <= pg.BASELINE + 1


def test_the_postgresql_baseline_is_frozen():
    """storage/pg/schema.sql is what every PostgreSQL book of schema 6 was made of: a change
    goes in a new step of storage/pg/migrations, never in it (docs/schema.md)."""
    text = (Path(pg.__file__).parent / "schema.sql").read_bytes()
    assert pg.BASELINE == 6
    assert hashlib.sha256(text).hexdigest() == (
        "0a9f68a90263917593169e5fc63816c07b1d3d4cbb2f8236ff688c52b612b98b")


def test_a_gap_in_the_numbers_of_the_steps_is_refused(tmp_path, monkeypatch):
    package = tmp_path / "steps_with_a_gap"
    (package / "migrations").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    for name in ("0006_a.sql", "0008_c.sql", "notes.txt"):
        (package / "migrations" / name).write_text("SELECT 1;")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(AssertionError, match=r"numbering gap or repeat: \[6, 8\]"):
        migrations.numbered_scripts("steps_with_a_gap")
    (package / "migrations" / "0007_b.sql").write_text("SELECT 2;")
    assert [n for n, _, _ in migrations.numbered_scripts("steps_with_a_gap")] == [6, 7, 8]
    sys.modules.pop("steps_with_a_gap", None)


def test_check_expects_the_guards_that_a_new_postgresql_book_has(pg_url):
    """``check`` reads the guards from the SQL of the steps: that reading is the catalog's."""
    with _new_pg_book(pg_url) as conn:
        triggers = set(conn.execute(
            "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"))
        bodies = dict(conn.execute("SELECT proname, prosrc FROM pg_proc "
                                   "WHERE pronamespace = current_schema()::regnamespace"))
    expected_triggers, expected_functions = pg.expected_guards()
    assert triggers == expected_triggers
    assert bodies == expected_functions


def test_a_failed_postgresql_step_is_named_and_the_book_left_at_its_schema(pg_url, monkeypatch):
    with pg.connect(pg_url) as conn:
        conn.execute((DATA / "pg_schema_5.sql").read_text("utf-8"))
    failing = "CREATE TABLE half_done (x int);\nSELECT 1 / 0;"
    monkeypatch.setattr(pg, "SCRIPTS", [(n, failing if n == 6 else sql)
                                        for n, sql in pg.SCRIPTS])
    with pytest.raises(BookError) as err:
        pg.upgrade(pg_url)
    assert (f"n'a pas pu être mis au format de cette version d'AssoCompta (schéma 5 vers "
            f"{pg.SCHEMA_VERSION}) : l'étape 0006_file_guards a échoué (PostgreSQL : division "
            "by zero). Rien n'a été modifié : le livre est resté au schéma 5."
            ) in str(err.value)
    with pg.connect(pg_url) as conn:
        assert conn.execute("SELECT version FROM schema_info").fetchall() == [(5,)]
        assert conn.execute("SELECT to_regclass('half_done')").fetchone() == (None,)


def test_a_developer_can_compare_a_book_with_orm_from_the_shell(tmp_path, capsys):
    assert schema_check.main([]) == 0
    assert capsys.readouterr().out == "the schema is as orm.py declares it\n"
    path = tmp_path / "essai.assocompta"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, 0)
    conn.execute("ALTER TABLE tiers ADD COLUMN fax TEXT")
    conn.close()
    assert schema_check.main([str(path)]) == 1
    assert capsys.readouterr().out == (
        f"table tiers: column fax TEXT in {path}, not declared in orm.py\n")
