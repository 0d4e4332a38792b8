"""The book's guarantees hold in PostgreSQL too, whatever writes to it.

These tests write through raw SQL with psycopg, as another program sharing the database
would; the book itself is made with the services in SQLite and moved over with
``copy_book``, so that they hold for a copied book as much as for one made in PostgreSQL.
"""

import datetime as dt
import random
import threading
import time

import pytest

from assocompta.domain.errors import ClosedYearError, UnbalancedEntryError, ValidationError
from assocompta.services.ledger import post_entry
from assocompta.services.setup import add_year
from assocompta.storage.book_copy import copy_book
from assocompta.storage.errors import translate

from tests.helpers import draft
from tests.storage.pg_support import pg_connect, require_postgres

require_postgres()


@pytest.fixture
def engine() -> str:
    """The ``book`` these tests make is the SQLite SOURCE copied into PostgreSQL (or compared
    with its copy): it stays a file whatever engine the rest of the suite runs on."""
    return "sqlite"


def _account(conn, code, year="2025"):
    return conn.execute("SELECT a.id FROM account a JOIN fiscal_year f ON f.chart_id = a.chart_id "
                        "WHERE f.label = %s AND a.code = %s", (year, code)).fetchone()[0]


def _refusal(conn, sql, params=()):
    """The translated refusal of ``sql`` run and committed on its own; nothing may stay."""
    import psycopg
    try:
        conn.execute(sql, params)
        conn.commit()
    except psycopg.Error as exc:
        conn.rollback()
        return translate(exc)
    pytest.fail(f"PostgreSQL accepted: {sql}")


def _post(conn, date, lines, label="Opération", year="2025"):
    """One entry, numbered by the engine, with (account code, debit, credit) lines."""
    entry_id, number = conn.execute(
        "INSERT INTO entry (year_id, journal_id, number, date, label) SELECT f.id, j.id, NULL, "
        "%s, %s FROM fiscal_year f, journal j WHERE f.label = %s AND j.code = 'BQ' "
        "RETURNING id, number", (date, label, year)).fetchone()
    for position, (code, debit, credit) in enumerate(lines, 1):
        conn.execute("INSERT INTO entry_line (entry_id, position, account_id, debit, credit) "
                     "VALUES (%s, %s, %s, %s, %s)",
                     (entry_id, position, _account(conn, code, year), debit, credit))
    return entry_id, number


@pytest.fixture
def pg(pg_url, book):
    """The test book (year 2025 open, two entries) in PostgreSQL, and a connection to it."""
    post_entry(book, draft(dt.date(2025, 1, 10), ("626", "10", ""), ("512", "", "10")))
    post_entry(book, draft(dt.date(2025, 2, 3), ("512", "250", ""), ("7561", "", "250")))
    copy_book(book.path, pg_url)
    conn = pg_connect(pg_url)
    yield conn
    conn.close()


# -- balance -----------------------------------------------------------------------------------
def test_an_unbalanced_entry_is_refused_at_commit_and_nothing_stays(pg):
    entry_id, number = _post(pg, "2025-03-01", [("626", 1000, 0)], label="Facture Orange")
    # Refused at COMMIT, not before: the other lines of the entry may still be coming.
    pg.execute("SELECT 1")
    err = _refusal(pg, "SELECT 1")
    assert isinstance(err, UnbalancedEntryError)
    assert str(err) == ("écriture déséquilibrée (débit ≠ crédit), rien n'a été enregistré : "
                        "exercice 2025 n°3 « Facture Orange » (écart 10,00 €)")
    assert number == 3
    assert pg.execute("SELECT count(*) FROM entry").fetchone()[0] == 2


def test_lines_written_in_several_statements_balance_at_commit(pg):
    _, number = _post(pg, "2025-03-01", [("626", 1000, 0)])
    pg.execute("INSERT INTO entry_line (entry_id, position, account_id, credit) "
               "SELECT id, 2, %s, 1000 FROM entry WHERE number = %s",
               (_account(pg, "512"), number))
    pg.commit()
    assert pg.execute("SELECT count(*), sum(imbalance) FROM entry").fetchone() == (3, 0)


@pytest.mark.parametrize("sql", [
    "UPDATE entry_line SET debit = debit + 1 WHERE entry_id = 1 AND debit > 0",
    "DELETE FROM entry_line WHERE entry_id = 1 AND position = 1",
    "UPDATE entry_line SET entry_id = 2 WHERE entry_id = 1 AND position = 1",
])
def test_changing_lines_of_a_balanced_entry_is_refused_at_commit(pg, sql):
    err = _refusal(pg, sql)
    assert isinstance(err, UnbalancedEntryError)
    assert "exercice 2025 n°" in str(err)
    assert pg.execute("SELECT sum(debit), sum(credit) FROM entry_line").fetchone() == (26000,
                                                                                     26000)


def test_other_refusals_carry_the_same_messages_as_in_sqlite(pg):
    other_chart = pg.execute("SELECT a.id FROM account a, fiscal_year f WHERE f.label = '2025' "
                             "AND a.chart_id != f.chart_id LIMIT 1").fetchone()[0]
    cases = [
        ("INSERT INTO entry_line (entry_id, position, account_id) VALUES (1, 3, %s)",
         (other_chart,), "ce compte n'appartient pas au plan comptable de l'exercice"),
        ("UPDATE entry_line SET account_id = %s WHERE entry_id = 1", (other_chart,),
         "ce compte n'appartient pas au plan comptable de l'exercice"),
        ("INSERT INTO entry (year_id, journal_id, date, label) VALUES (1, 1, '2024-12-31', 'x')",
         (), "la date de l'écriture est hors de son exercice"),
        ("UPDATE entry SET date = '2026-01-01' WHERE id = 1", (),
         "la date de l'écriture est hors de son exercice"),
        ("UPDATE fiscal_year SET end_date = '2025-01-31'", (),
         "la date de l'écriture est hors de son exercice"),
        ("UPDATE fiscal_year SET chart_id = (SELECT max(id) FROM chart WHERE id != chart_id)",
         (), "le plan comptable d'un exercice qui a des écritures ne change pas"),
    ]
    for sql, params, message in cases:
        assert str(_refusal(pg, sql, params)) == message, sql


def test_a_bulk_load_row_can_never_be_committed(pg):
    import psycopg
    pg.execute("INSERT INTO bulk_load (first_entry_id, first_line_id) VALUES (100, 100)")
    with pytest.raises(psycopg.errors.ForeignKeyViolation):
        pg.commit()


# -- closed years ------------------------------------------------------------------------------
@pytest.fixture
def closed(pg_url, book):
    """2025 closed (one entry, its attachment and a budget line), 2026 open; in PostgreSQL."""
    post_entry(book, draft(dt.date(2025, 6, 1), ("626", "10", ""), ("512", "", "10")))
    add_year(book, dt.date(2026, 1, 1))
    with book.transaction() as s:
        conn = book.raw_connection(s)
        conn.execute("INSERT INTO attachment (entry_id, name, media_type, size, sha256, "
                     "added_at, data) VALUES (1, 'facture.pdf', 'application/pdf', 3, 'x', "
                     "'2025-06-01', X'000102')")
        conn.execute("INSERT INTO budget_line (year_id, code, amount) VALUES (1, '626', 500)")
        conn.execute("UPDATE fiscal_year SET closed_at = '2026-01-15' WHERE label = '2025'")
    copy_book(book.path, pg_url)
    conn = pg_connect(pg_url)
    yield conn
    conn.close()


def _snapshot(conn):
    return [conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("entry", "entry_line", "fiscal_year", "account", "budget_line",
                      "attachment")]


@pytest.mark.parametrize("sql", [
    "UPDATE entry SET label = 'changed' WHERE id = 1",
    "UPDATE entry SET date = '2025-06-02' WHERE id = 1",
    "UPDATE entry SET year_id = 2, date = '2026-06-01' WHERE id = 1",
    "DELETE FROM entry WHERE id = 1",
    "UPDATE entry_line SET debit = debit + 100 WHERE position = 1",
    "UPDATE entry_line SET account_id = account_id + 1 WHERE position = 1",
    "DELETE FROM entry_line",
    "INSERT INTO entry (year_id, journal_id, number, date, label) "
    "VALUES (1, 1, NULL, '2025-06-03', 'late')",
    "INSERT INTO entry_line (entry_id, position, account_id, debit) "
    "SELECT 1, 3, account_id, 0 FROM entry_line WHERE position = 1",
    "UPDATE fiscal_year SET closed_at = NULL WHERE label = '2025'",
    "UPDATE fiscal_year SET end_date = '2025-12-30' WHERE label = '2025'",
    "DELETE FROM fiscal_year WHERE label = '2025'",
    "UPDATE account SET code = '6260' WHERE id = (SELECT account_id FROM entry_line "
    "WHERE position = 1)",
    "INSERT INTO budget_line (year_id, code, amount) VALUES (1, '606', 100)",
    "UPDATE budget_line SET amount = 1",
    "DELETE FROM budget_line",
    "INSERT INTO attachment (entry_id, name, media_type, size, sha256, added_at, data) "
    "VALUES (1, 'b.pdf', 'application/pdf', 1, 'y', '2026-02-01', '\\x00'::bytea)",
    "UPDATE attachment SET name = 'autre.pdf'",
    "DELETE FROM attachment",
])
def test_every_write_to_a_closed_year_is_refused(closed, sql):
    before = _snapshot(closed)
    err = _refusal(closed, sql)
    assert isinstance(err, ClosedYearError), err
    assert str(err).startswith("cet exercice est clos")
    assert _snapshot(closed) == before


def test_the_next_year_stays_open(closed):
    entry_id, number = _post(closed, "2026-02-01", [("626", 500, 0), ("512", 0, 500)],
                             year="2026")
    closed.commit()
    assert number == 1


def test_a_close_waits_for_a_writer_and_a_writer_waits_for_a_close(pg, pg_url):
    """Closing takes the year's row: an entry posted meanwhile either lands before the close
    or is refused after it, never slips into the closed year."""
    closer = pg_connect(pg_url)
    closer.execute("UPDATE fiscal_year SET closed_at = '2026-01-20' WHERE label = '2025'")
    outcome = []

    def write():
        try:
            _post(pg, "2025-12-30", [("626", 100, 0), ("512", 0, 100)])
            pg.commit()
            outcome.append("posted")
        except Exception as exc:  # noqa: BLE001 - reported below
            pg.rollback()
            outcome.append(translate(exc))

    writer = threading.Thread(target=write)
    writer.start()
    time.sleep(0.5)
    assert writer.is_alive(), "the writer should wait for the close"
    closer.commit()
    writer.join(10)
    closer.close()
    assert isinstance(outcome[0], ClosedYearError)
    assert pg.execute("SELECT count(*) FROM entry").fetchone()[0] == 2


# -- fiscal years ------------------------------------------------------------------------------
def test_overlapping_years_are_refused(pg):
    err = _refusal(pg, "INSERT INTO fiscal_year (label, start_date, end_date, chart_id) "
                       "VALUES ('x', '2025-12-01', '2026-01-31', 2)")
    assert isinstance(err, ValidationError) and "chevauche" in str(err)
    pg.execute("INSERT INTO fiscal_year (label, start_date, end_date, chart_id) "
               "VALUES ('2026', '2026-01-01', '2026-12-31', 2)")
    pg.commit()
    err = _refusal(pg, "UPDATE fiscal_year SET start_date = '2025-12-31' WHERE label = '2026'")
    assert "chevauche" in str(err)
    assert pg.execute("SELECT count(*) FROM account_total_state").fetchone()[0] == 2


def test_two_writers_adding_overlapping_years_at_once(pg, pg_url):
    other = pg_connect(pg_url)
    other.execute("INSERT INTO fiscal_year (label, start_date, end_date, chart_id) "
                  "VALUES ('2026', '2026-01-01', '2026-12-31', 2)")
    outcome = []

    def add():
        outcome.append(_refusal(pg, "INSERT INTO fiscal_year (label, start_date, end_date, "
                                    "chart_id) VALUES ('2026b', '2026-07-01', '2027-06-30', 2)"))

    adder = threading.Thread(target=add)
    adder.start()
    time.sleep(0.5)
    assert adder.is_alive(), "the second year should wait for the first"
    other.commit()
    adder.join(10)
    other.close()
    assert "chevauche" in str(outcome[0])


# -- numbering ---------------------------------------------------------------------------------
def test_two_concurrent_writers_get_numbers_without_gaps_or_duplicates(pg, pg_url):
    writers = [pg, pg_connect(pg_url)]
    start = threading.Barrier(2)
    committed, errors = [], []

    def work(conn, seed):
        rng = random.Random(seed)
        start.wait()
        try:
            for i in range(15):
                _, number = _post(conn, f"2025-04-{1 + i:02d}", [("626", 100 + i, 0)])
                time.sleep(rng.random() / 200)  # the other writer wants its number now
                conn.execute("INSERT INTO entry_line (entry_id, position, account_id, credit) "
                             "SELECT id, 2, %s, %s FROM entry WHERE year_id = 1 AND number = %s",
                             (_account(conn, "512"), 100 + i, number))
                if i % 5 == 4:
                    conn.rollback()  # given up: its number must not stay a hole
                else:
                    conn.commit()
                    committed.append(number)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(c, n)) for n, c in enumerate(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    writers[1].close()
    assert errors == []
    numbers = [n for (n,) in pg.execute("SELECT number FROM entry WHERE year_id = 1 "
                                        "ORDER BY number")]
    assert numbers == list(range(1, 2 + 24 + 1))
    assert sorted(committed) == list(range(3, 27))


# -- totals cache ------------------------------------------------------------------------------
_CACHE = ("SELECT year_id, account_id, month, debit, credit FROM account_month_total "
          "WHERE debit != 0 OR credit != 0 ORDER BY 1, 2, 3")
_LINES = ("SELECT e.year_id, l.account_id, substr(e.date, 1, 7), sum(l.debit), sum(l.credit) "
          "FROM entry_line l JOIN entry e ON e.id = l.entry_id GROUP BY 1, 2, 3 "
          "HAVING sum(l.debit) != 0 OR sum(l.credit) != 0 ORDER BY 1, 2, 3")


def test_the_totals_cache_follows_posts_edits_moves_and_deletes(pg):
    a, _ = _post(pg, "2025-03-05", [("606", 4200, 0), ("512", 0, 4200)])
    b, _ = _post(pg, "2025-03-20", [("512", 9000, 0), ("7561", 0, 9000)])
    pg.commit()
    # Edit amounts, change an account, move an entry to another month, delete one (lines
    # first, as the app does).
    pg.execute("UPDATE entry_line SET debit = 5000 WHERE entry_id = %s AND position = 1", (a,))
    pg.execute("UPDATE entry_line SET credit = 5000 WHERE entry_id = %s AND position = 2", (a,))
    pg.execute("UPDATE entry_line SET account_id = %s WHERE entry_id = %s AND position = 1",
               (_account(pg, "6063"), a))
    pg.execute("UPDATE entry SET date = '2025-05-02' WHERE id = %s", (a,))
    pg.execute("DELETE FROM entry_line WHERE entry_id = %s", (b,))
    pg.execute("DELETE FROM entry WHERE id = %s", (b,))
    pg.commit()
    cache = pg.execute(_CACHE).fetchall()
    assert cache == pg.execute(_LINES).fetchall()
    assert (1, _account(pg, "6063"), "2025-05", 5000, 0) in cache
    assert pg.execute("SELECT stale FROM account_total_state").fetchall() == [(0,)]


def test_deleting_an_entry_with_its_lines_marks_the_year_for_a_rebuild(pg):
    pg.execute("DELETE FROM entry WHERE number = 2")
    pg.commit()
    assert pg.execute("SELECT stale FROM account_total_state").fetchall() == [(1,)]


# -- reconciliations and receipts --------------------------------------------------------------
def test_finished_reconciliations_and_issued_receipts_never_change(pg):
    pg.execute("INSERT INTO reconciliation (id, account, statement_date, opening_balance, "
               "closing_balance) VALUES (1, '512', '2025-01-31', 0, -1000)")
    pg.execute("INSERT INTO reconciliation_mark (line_id, reconciliation_id) "
               "SELECT id, 1 FROM entry_line WHERE entry_id = 1 AND credit > 0")
    pg.execute("UPDATE reconciliation SET finished_at = '2025-02-01' WHERE id = 1")
    pg.execute("INSERT INTO tiers (id, code, name) VALUES (50, 'DUP', 'Jeanne Dupont')")
    pg.execute("INSERT INTO donation_receipt (id, year_id, number, tiers_id, donor_name, "
               "donor_address, amount, first_date, last_date, issued_at) VALUES (1, 1, "
               "'2025-0001', 50, 'Jeanne Dupont', '1 rue de la Paix', 25000, '2025-02-03', "
               "'2025-02-03', '2025-12-31')")
    pg.execute("INSERT INTO donation_receipt_line (line_id, receipt_id) "
               "SELECT id, 1 FROM entry_line WHERE entry_id = 2 AND credit > 0")
    pg.commit()
    cases = [
        ("UPDATE reconciliation SET closing_balance = 0", "ce rapprochement bancaire est"),
        ("DELETE FROM reconciliation", "ce rapprochement bancaire est"),
        ("DELETE FROM reconciliation_mark", "ce rapprochement bancaire est"),
        ("INSERT INTO reconciliation_mark SELECT id, 1 FROM entry_line WHERE entry_id = 2 "
         "AND debit > 0", "ce rapprochement bancaire est"),
        ("DELETE FROM entry_line WHERE entry_id = 1", "cette ligne est pointée"),
        ("UPDATE entry_line SET credit = 1 WHERE entry_id = 1 AND credit > 0",
         "cette ligne est pointée"),
        ("UPDATE donation_receipt SET amount = 1", "un reçu fiscal émis"),
        ("DELETE FROM donation_receipt", "un reçu fiscal émis"),
        ("DELETE FROM donation_receipt_line", "un reçu fiscal émis"),
        ("DELETE FROM entry_line WHERE entry_id = 2 AND credit > 0", "ce don a fait l'objet"),
        ("UPDATE entry_line SET tiers_id = NULL WHERE entry_id = 2 AND credit > 0",
         "ce don a fait l'objet"),
    ]
    for sql, message in cases:
        assert str(_refusal(pg, sql)).startswith(message), sql
    # A statement still in progress: its marks go with their line.
    pg.execute("INSERT INTO reconciliation (id, account, statement_date, opening_balance, "
               "closing_balance) VALUES (2, '512', '2025-02-28', -1000, 24000)")
    pg.execute("INSERT INTO reconciliation_mark SELECT id, 2 FROM entry_line WHERE entry_id = 2 "
               "AND debit > 0")
    pg.commit()
    pg.execute("INSERT INTO entry_line (entry_id, position, account_id, debit) "
               "VALUES (2, 3, %s, 0)", (_account(pg, "512"),))
    pg.execute("DELETE FROM entry_line WHERE entry_id = 2 AND position = 3")
    pg.commit()
    assert pg.execute("SELECT count(*) FROM reconciliation_mark").fetchone()[0] == 2
