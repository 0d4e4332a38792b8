"""What the book enforces with no AssoCompta in the way: another program's plain connection.

SQLite: ``sqlite3`` on the file, foreign keys off (its default) or on. PostgreSQL: psycopg
on the database, as the book's owner. Each bypass found in issue 12 is attempted; the book
must refuse it (nothing changes), or ``check`` must name it when the schema itself was edited.
"""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from assocompta.services import setup
from assocompta.services.checks import check_book
from assocompta.services.ledger import post_entry
from assocompta.services.setup import Identity, add_year, create_book
from assocompta.storage import migrations

from tests.conftest import ENGINES, SIREN
from tests.helpers import draft, sqlite_only
from tests.storage.test_check import _WORDS, _tamper

#: The line and entry of the closed year 2025, and the open year 2026's.
_LINE_2025 = ("(SELECT min(l.id) FROM entry_line l JOIN entry e ON e.id = l.entry_id "
              "JOIN fiscal_year f ON f.id = e.year_id WHERE f.label = '2025')")
_LINE_2026 = _LINE_2025.replace("2025", "2026")
_ENTRY_2026 = "(SELECT e.id FROM entry e JOIN fiscal_year f ON f.id = e.year_id WHERE f.label = '2026')"
_ACCOUNT_2025 = f"(SELECT account_id FROM entry_line WHERE id = {_LINE_2025})"


@pytest.fixture
def closed(book):
    """2025 closed with one entry (626 / 512), 2026 open with one entry."""
    post_entry(book, draft(dt.date(2025, 6, 1), ("626", "10", ""), ("512", "", "10"),
                           label="Téléphone"))
    add_year(book, dt.date(2026, 1, 1))
    with book.transaction() as s:
        s.execute(text("UPDATE entry SET valid_date = '2025-06-01'"))
        s.execute(text("UPDATE fiscal_year SET closed_at = '2026-01-15' WHERE label = '2025'"))
    post_entry(book, draft(dt.date(2026, 2, 1), ("626", "20", ""), ("512", "", "20"),
                           label="Forfait"))
    assert check_book(book) == []
    return book


def _rows(book) -> list:
    with book.session() as s:
        return [s.execute(text(f"SELECT * FROM {t} ORDER BY 1")).all()
                for t in ("entry", "entry_line", "account", "journal", "fiscal_year",
                          "bulk_load", "balanced")]


def _refused(target, statements: list[str], *, foreign_keys: bool = True,
             pragmas: tuple[str, ...] = ()) -> str:
    """Run ``statements`` in one transaction on a plain connection and return the engine's
    refusal; fail if it committed."""
    if isinstance(target, str):
        import psycopg
        with psycopg.connect(target) as conn:
            try:
                for sql in statements:
                    conn.execute(sql)
                conn.commit()
            except psycopg.Error as exc:
                conn.rollback()
                return str(exc)
    else:
        conn = sqlite3.connect(target, isolation_level=None)
        try:
            conn.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
            for pragma in pragmas:
                conn.execute(pragma)
            conn.execute("BEGIN")
            for sql in statements:
                conn.execute(sql)
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            return str(exc)
        finally:
            conn.close()
    pytest.fail(f"committed: {statements}")


_UNBALANCED_ENTRY = [
    "INSERT INTO entry (id, year_id, journal_id, number, date, label) SELECT 100, id, 1, 2, "
    "'2026-03-01', 'bricolage' FROM fiscal_year WHERE label = '2026'",
    f"INSERT INTO entry_line (entry_id, position, account_id, debit) "
    f"SELECT 100, 1, account_id, 99 FROM entry_line WHERE id = {_LINE_2026}",
]


@sqlite_only
@pytest.mark.parametrize("statements", [
    _UNBALANCED_ENTRY,
    [f"UPDATE entry_line SET debit = debit + 1 WHERE id = {_LINE_2026}"],
    [f"DELETE FROM entry_line WHERE id = {_LINE_2026}"],
    [f"DELETE FROM entry WHERE id = {_ENTRY_2026}"],
    ["INSERT INTO bulk_load (first_entry_id, first_line_id) VALUES (100, 100)"],
], ids=["new-entry", "line-changed", "line-deleted", "entry-deleted", "bulk-load"])
def test_with_foreign_keys_off_entries_and_lines_are_not_written(closed, book_path, statements):
    before = _rows(closed)
    assert "foreign keys off" in _refused(book_path, statements, foreign_keys=False)
    assert _rows(closed) == before
    assert check_book(closed) == []


def test_the_stored_imbalance_cannot_be_forged(closed, book_path, engine):
    before = _rows(closed)
    # The bypass of issue 12, foreign keys on: unbalance an entry, then say it is balanced.
    assert "imbalance is derived from the lines" in _refused(book_path, [
        f"UPDATE entry_line SET debit = debit + 100 WHERE id = {_LINE_2026}",
        "UPDATE entry SET imbalance = 0"])
    assert "imbalance is derived from the lines" in _refused(book_path, [
        _UNBALANCED_ENTRY[0].replace("label)", "label, imbalance)")
        .replace("'bricolage'", "'bricolage', 5")])
    for foreign_keys in ([True, False] if engine == "sqlite" else [True]):
        assert "imbalance is derived from the lines" in _refused(
            book_path, [f"UPDATE entry SET imbalance = 7 WHERE id = {_ENTRY_2026}"],
            foreign_keys=foreign_keys)
    assert _rows(closed) == before


@sqlite_only
def test_no_other_imbalance_can_be_permitted(closed, book_path):
    # PRAGMA ignore_check_constraints lifts the CHECK of balanced and bulk_load.pending.
    lifted = ("PRAGMA ignore_check_constraints = ON",)
    for sql in ("INSERT INTO balanced VALUES (100)", "UPDATE balanced SET imbalance = 100",
                "DELETE FROM balanced"):
        assert "balanced is fixed" in _refused(book_path, [sql], pragmas=lifted)
    assert "bulk load overlaps existing rows" in _refused(book_path, [
        "INSERT INTO bulk_load (first_entry_id, first_line_id, pending) VALUES (100, 100, 0)"],
        pragmas=lifted)


def test_a_bulk_load_row_left_in_the_book_opens_no_guard(closed, book_path, engine):
    # Forced in with the guards off (SQLite: triggers dropped; PostgreSQL: replica role), as
    # a crashed or hostile program could; on main, rows from its first ids then skipped the
    # guards: an unbalanced entry landed in the closed year 2025.
    _tamper(book_path, "INSERT INTO bulk_load (first_entry_id, first_line_id, entry_count, "
                       "line_count) VALUES (100, 100, 2, 4)")
    before = _rows(closed)
    error = _refused(book_path, [
        "INSERT INTO entry (id, year_id, journal_id, number, date, label) SELECT 100, id, 1, 2, "
        "'2025-03-01', 'en douce' FROM fiscal_year WHERE label = '2025'",
        f"INSERT INTO entry_line (id, entry_id, position, account_id, debit) "
        f"SELECT 100, 100, 1, account_id, 99 FROM entry_line WHERE id = {_LINE_2025}"])
    assert "closed fiscal year" in error
    assert _rows(closed) == before
    words = _WORDS[engine]
    assert check_book(closed) == [
        "un import en masse inachevé est resté enregistré (table bulk_load, écritures à partir "
        f"de l'identifiant 100) : {words['changed']}. Les imports FEC sont refusés tant qu'il "
        f"reste ; {words['restore']}"]


@pytest.mark.parametrize("foreign_keys", [True, False], ids=["fk-on", "fk-off"])
@pytest.mark.parametrize("sql", [
    f"UPDATE account SET label = 'Téléphone et Internet' WHERE id = {_ACCOUNT_2025}",
    "UPDATE journal SET label = 'Banque Populaire' WHERE id = (SELECT journal_id FROM entry "
    f"WHERE id = (SELECT entry_id FROM entry_line WHERE id = {_LINE_2025}))",
    "UPDATE journal SET code = 'BP' WHERE id = (SELECT journal_id FROM entry "
    f"WHERE id = (SELECT entry_id FROM entry_line WHERE id = {_LINE_2025}))",
], ids=["account-label", "journal-label", "journal-code"])
def test_what_a_closed_year_prints_stays(closed, book_path, engine, sql, foreign_keys):
    if engine == "postgresql" and not foreign_keys:
        pytest.skip("PostgreSQL always checks foreign keys")
    before = _rows(closed)
    assert "closed fiscal year" in _refused(book_path, [sql], foreign_keys=foreign_keys)
    assert _rows(closed) == before


def test_an_account_unused_by_closed_years_can_still_be_renamed(closed, book_path, engine):
    from assocompta.services.chart import rename_account
    from assocompta.services.ledger import add_sub_account
    add_sub_account(closed, "2026", "6261", "Box")
    assert rename_account(closed, "2026", "6261", "Box internet") == "6261"


@sqlite_only
@pytest.mark.parametrize("sql", [
    # A closed year's line replaced by a line of 2026: 2025 left unbalanced, foreign keys on.
    f"INSERT OR REPLACE INTO entry_line (id, entry_id, position, account_id, debit) "
    f"SELECT {_LINE_2025}, {_ENTRY_2026}, 3, account_id, 0 FROM entry_line WHERE id = "
    f"{_LINE_2026}",
    f"UPDATE OR REPLACE entry_line SET id = {_LINE_2025} WHERE id = {_LINE_2026}",
    # The closed year replaced by the same year, open.
    "REPLACE INTO fiscal_year (id, label, start_date, end_date, chart_id) SELECT id, label, "
    "start_date, end_date, chart_id FROM fiscal_year WHERE label = '2025'",
    "UPDATE OR REPLACE fiscal_year SET label = '2025' WHERE label = '2026'",
    f"REPLACE INTO account (id, chart_id, code, label, kind) SELECT id, chart_id, code, "
    f"'Renommé', kind FROM account WHERE id = {_ACCOUNT_2025}",
    "REPLACE INTO journal (id, code, label) SELECT id, code, 'Renommé' FROM journal "
    "WHERE code = 'BQ'",
    f"REPLACE INTO entry (id, year_id, journal_id, number, date, label) SELECT id, year_id, "
    f"journal_id, number, date, 'Renommée' FROM entry WHERE id = {_ENTRY_2026}",
], ids=["line", "line-id", "year", "year-label", "account", "journal", "entry"])
def test_no_guarded_row_is_replaced(closed, book_path, sql):
    before = _rows(closed)
    assert "a row would be replaced" in _refused(book_path, [sql])
    assert _rows(closed) == before


@sqlite_only
def test_check_names_a_guard_dropped_from_the_file(closed, book_path, engine):
    conn = sqlite3.connect(book_path, isolation_level=None)
    conn.execute("DROP TRIGGER line_insert_first")
    conn.execute("CREATE TRIGGER entry_extra AFTER INSERT ON entry BEGIN SELECT 1; END")
    conn.close()
    assert check_book(closed) == [
        f"la protection (table ou déclencheur) « {name} » {what} : le fichier a été modifié "
        "hors d'AssoCompta, les règles du livre n'y sont plus garanties ; "
        + _WORDS["sqlite"]["restore"] for name, what in (("entry_extra", "n'est pas d'AssoCompta"),
                                           ("line_insert_first", "manque"))]


@pytest.mark.parametrize("engine", [e for e in ENGINES if e == "postgresql"])
def test_check_names_a_guard_dropped_or_rewritten_in_postgresql(closed, book_path, engine):
    import psycopg
    with psycopg.connect(book_path, autocommit=True) as conn:
        conn.execute("DROP TRIGGER entry_imbalance_guard ON entry")
        conn.execute("CREATE OR REPLACE FUNCTION refuse(token TEXT) RETURNS VOID "
                     "LANGUAGE plpgsql AS $$ BEGIN END $$")
    words = _WORDS["postgresql"]
    assert check_book(closed) == [
        f"la protection « entry_imbalance_guard » de la table entry a été supprimée : "
        f"{words['changed']}, les règles du livre n'y sont plus garanties ; {words['restore']}",
        f"la fonction de protection « refuse » a été modifiée ou supprimée : "
        f"{words['changed']}, les règles du livre n'y sont plus garanties ; {words['restore']}"]


def test_check_names_an_unbalanced_entry_of_a_closed_year(closed, book_path, engine):
    _tamper(book_path, f"UPDATE entry_line SET debit = debit + 1 WHERE id = {_LINE_2025}")
    assert "exercice 2025, écriture n°1 « Téléphone » : débit 10,01 € ≠ crédit 10,00 €" in \
        check_book(closed)


# -- upgrading a book of schema 5 -------------------------------------------------------------

def _seed_of_a_new_book(monkeypatch):
    """What create_book writes into a new book (identity, charts, journals, year 2025)."""
    monkeypatch.setattr(setup, "create_store", lambda path, seed: seed)
    seed, _ = create_book(Path("unused"), Identity("Les Amis du Quartier", siren=SIREN),
                          dt.date(2025, 1, 1))
    monkeypatch.undo()
    return seed


_V5_ENTRIES = [
    "INSERT INTO fiscal_year (label, start_date, end_date, chart_id) SELECT '2026', "
    "'2026-01-01', '2026-12-31', chart_id FROM fiscal_year WHERE label = '2025'",
    "INSERT INTO entry (id, year_id, journal_id, number, date, label) SELECT 1, f.id, j.id, 1, "
    "'2025-06-01', 'Téléphone' FROM fiscal_year f, journal j WHERE f.label = '2025' "
    "AND j.code = 'BQ'",
    "INSERT INTO entry (id, year_id, journal_id, number, date, label) SELECT 2, f.id, j.id, 1, "
    "'2026-02-01', 'Forfait' FROM fiscal_year f, journal j WHERE f.label = '2026' "
    "AND j.code = 'BQ'",
]


def _v5_lines(execute):
    for entry, year, amount in ((1, "2025", 1000), (2, "2026", 2000)):
        for position, (code, debit, credit) in enumerate((("626", amount, 0),
                                                          ("512", 0, amount)), 1):
            execute("INSERT INTO entry_line (entry_id, position, account_id, debit, credit) "
                    "SELECT ?, ?, a.id, ?, ? FROM account a JOIN fiscal_year f ON "
                    "f.chart_id = a.chart_id WHERE f.label = ? AND a.code = ?",
                    (entry, position, debit, credit, year, code))
    execute("UPDATE fiscal_year SET closed_at = '2026-01-15' WHERE label = '2025'", ())


def _upgraded_book_holds(book) -> None:
    assert book.scalar("SELECT count(*) FROM entry") == 2
    assert book.scalar("SELECT sum(debit) FROM entry_line") == 3000
    assert check_book(book) == []
    # The new guards hold.
    for sql, token in (("UPDATE entry SET imbalance = 7 WHERE id = 2", "imbalance is derived"),
                       (f"UPDATE account SET label = 'x' WHERE id = {_ACCOUNT_2025}",
                        "clos")):
        with pytest.raises(Exception) as err:
            with book.transaction() as s:
                s.execute(text(sql))
        assert token in str(err.value)
    post_entry(book, draft(dt.date(2026, 3, 1), ("626", "5", ""), ("512", "", "5")))
    assert book.scalar("SELECT count(*) FROM entry") == 3


@sqlite_only
def test_a_schema_5_file_is_upgraded_with_its_entries(tmp_path, monkeypatch, engine):
    from assocompta.storage.db import APPLICATION_ID, Book
    seed = _seed_of_a_new_book(monkeypatch)
    path = tmp_path / "ancien.assocompta"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.upgrade(conn, 0, target=5)
    conn.execute("BEGIN")
    seed(conn)
    for sql in _V5_ENTRIES:
        conn.execute(sql)
    _v5_lines(conn.execute)
    conn.execute("COMMIT")
    conn.close()
    with Book.open(path) as book:
        assert book.scalar("PRAGMA user_version") == migrations.LATEST
        _upgraded_book_holds(book)


def fill_schema_5_pg_book(url: str, monkeypatch) -> None:
    """Make, in the empty database at ``url``, a book of the real schema 5 (schema.sql as
    AssoCompta shipped it, kept in tests/storage/data) holding 2025 closed and 2026."""
    import psycopg
    from assocompta.storage.pg.adapter import Connection, register_int_sums
    seed = _seed_of_a_new_book(monkeypatch)
    old_schema = (Path(__file__).parent / "data" / "pg_schema_5.sql").read_text("utf-8")
    with psycopg.connect(url) as raw:
        register_int_sums(raw)
        raw.execute(old_schema)
        conn = Connection(raw)
        seed(conn)
        for sql in _V5_ENTRIES:
            conn.execute(sql)
        _v5_lines(conn.execute)
        raw.execute("SELECT setval(pg_get_serial_sequence('entry', 'id'), 2)")


@pytest.mark.parametrize("engine", [e for e in ENGINES if e == "postgresql"])
def test_a_schema_5_postgresql_book_is_upgraded_with_its_entries(pg_url, monkeypatch, engine):
    from assocompta.storage.pg.book import PgBook
    fill_schema_5_pg_book(pg_url, monkeypatch)
    with pytest.raises(Exception, match="ouvrez-le une fois en écriture"):
        PgBook.open(pg_url, readonly=True)
    with PgBook.open(pg_url) as book:
        assert book.scalar("SELECT version FROM schema_info") == migrations.LATEST
        _upgraded_book_holds(book)


_CATALOG = """
SELECT 'trigger', c.relname || '.' || t.tgname, pg_get_triggerdef(t.oid)
  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
 WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace
UNION ALL
SELECT 'function', p.proname, pg_get_functiondef(p.oid) FROM pg_proc p
 WHERE p.pronamespace = 'public'::regnamespace
UNION ALL
SELECT 'column', table_name || '.' || column_name, data_type || ' ' || is_nullable || ' '
       || COALESCE(column_default, '')
  FROM information_schema.columns WHERE table_schema = 'public'
UNION ALL
SELECT 'constraint', conrelid::regclass::text || '.' || conname, pg_get_constraintdef(oid)
  FROM pg_constraint WHERE connamespace = 'public'::regnamespace
ORDER BY 1, 2
"""


@pytest.mark.parametrize("engine", [e for e in ENGINES if e == "postgresql"])
def test_schema_5_and_its_upgrade_make_the_schema_of_a_new_book(pg_url, pg_admin, engine):
    import psycopg
    from assocompta.storage import pg
    from tests.storage.pg_support import fresh_database
    old_schema = (Path(__file__).parent / "data" / "pg_schema_5.sql").read_text("utf-8")
    with psycopg.connect(pg_url) as conn:
        conn.execute(old_schema)
    pg.upgrade(pg_url)
    with fresh_database(pg_admin) as new_url:
        with psycopg.connect(new_url) as conn:
            pg.create_schema(conn)
            conn.commit()
            new = conn.execute(_CATALOG).fetchall()
        with psycopg.connect(pg_url) as conn:
            upgraded = conn.execute(_CATALOG).fetchall()
    assert upgraded == new


@pytest.mark.parametrize("engine", [e for e in ENGINES if e == "postgresql"])
def test_only_the_owner_upgrades_a_postgresql_book(pg_url, pg_admin, monkeypatch, engine):
    import uuid
    from urllib.parse import urlsplit, urlunsplit

    import psycopg
    from assocompta.domain.errors import BookError
    from assocompta.storage.pg.book import PgBook
    fill_schema_5_pg_book(pg_url, monkeypatch)
    admin, _ = pg_admin
    role = f"tresorier_{uuid.uuid4().hex[:8]}"
    admin.execute(f'CREATE ROLE "{role}" LOGIN')
    try:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public '
                         f'TO "{role}"')
        parts = urlsplit(pg_url)
        writer = urlunsplit(parts._replace(netloc=f"{role}@{parts.hostname}:{parts.port}"))
        with pytest.raises(BookError) as err:
            PgBook.open(writer)
        assert str(err.value).endswith(
            f"doit être mis à jour (schéma 5 vers {migrations.LATEST}) et seul le propriétaire "
            "de ses tables le peut : faites-le ouvrir une fois avec ce compte-là. Rien n'a été "
            "modifié.")
        with psycopg.connect(pg_url) as conn:
            assert conn.execute("SELECT version FROM schema_info").fetchone() == (5,)
        with PgBook.open(pg_url) as book:
            assert book.scalar("SELECT version FROM schema_info") == migrations.LATEST
        PgBook.open(writer).close()
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f'DROP OWNED BY "{role}"')
        admin.execute(f'DROP ROLE "{role}"')
