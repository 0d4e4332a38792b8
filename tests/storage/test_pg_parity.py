"""The same writes, made by another program straight in SQL, are accepted or refused alike by
a SQLite book and its copy in PostgreSQL, and leave the same rows and the same totals."""

import datetime as dt
import random

import pytest

from assocompta.services.setup import add_year
from assocompta.storage.book_copy import copy_book
from assocompta.storage.errors import _MESSAGES
from assocompta.storage.files import _connect

from tests.storage.pg_support import pg_connect, require_postgres

require_postgres()


@pytest.fixture
def engine() -> str:
    """The ``book`` these tests make is the SQLite SOURCE copied into PostgreSQL (or compared
    with its copy): it stays a file whatever engine the rest of the suite runs on."""
    return "sqlite"

_NEXT = "(SELECT COALESCE(max(number), 0) + 1 FROM entry WHERE year_id = ?)"
_ACCOUNT = ("(SELECT a.id FROM account a JOIN fiscal_year f ON f.chart_id = a.chart_id "
            "WHERE f.id = ? AND a.code = ?)")


def _operations(rng: random.Random) -> list[list[tuple]]:
    """Transactions of (sql, params): posts, edits, moves, deletes, years, validations (one
    entry, or a year's drafts in one statement), lettrage, attachments, a close."""
    ops = []
    for step in range(90):
        k = rng.randrange(8)
        year = rng.choice((1, 1, 2))
        if step == 45:  # as the app closes: what is left of the year validated, then closed
            ops.append([("UPDATE entry SET valid_date = '2026-02-01' WHERE year_id = 1 "
                         "AND valid_date IS NULL", ()),
                        ("UPDATE fiscal_year SET closed_at = '2026-02-01' WHERE id = 1", ())])
            continue
        kind = rng.choice(["post"] * 4 + ["edit", "unbalance", "move", "delete", "year",
                                          "other_chart", "relabel", "validate",
                                          "validate_last", "letter", "attach", "detach"])
        if step in (30, 70):
            kind = "validate_year"
        pick = f"(SELECT id FROM entry ORDER BY id LIMIT 1 OFFSET {k})"
        if kind == "post":
            amount = rng.randint(1, 90000)
            month = rng.randint(1, 12)
            yyyy = 2025 + year - 1 if rng.random() < 0.9 else 2027
            other = amount if rng.random() < 0.85 else amount + 1
            ops.append([
                ("INSERT INTO entry (year_id, journal_id, number, date, label) "
                 f"VALUES (?, 1, {_NEXT}, ?, ?)", (year, year, f"{yyyy}-{month:02d}-15",
                                                   f"op {step}")),
                (f"INSERT INTO entry_line (entry_id, position, account_id, debit) "
                 f"SELECT max(id), 1, {_ACCOUNT}, ? FROM entry",
                 (year, rng.choice(("606", "626", "6063")), amount)),
                (f"INSERT INTO entry_line (entry_id, position, account_id, credit) "
                 f"SELECT max(id), 2, {_ACCOUNT}, ? FROM entry", (year, "512", other)),
            ])
        elif kind == "edit":
            amount = rng.randint(1, 90000)
            ops.append([(f"UPDATE entry_line SET debit = ? WHERE entry_id = {pick} "
                         "AND debit > 0", (amount,)),
                        (f"UPDATE entry_line SET credit = ? WHERE entry_id = {pick} "
                         "AND credit > 0", (amount,))])
        elif kind == "unbalance":
            ops.append([(f"UPDATE entry_line SET debit = debit + 1 WHERE entry_id = {pick} "
                         "AND debit > 0", ())])
        elif kind == "move":
            ops.append([(f"UPDATE entry SET date = ? WHERE id = {pick}",
                         (f"{rng.choice((2025, 2026))}-{rng.randint(1, 12):02d}-02",))])
        elif kind == "delete":
            ops.append([(f"DELETE FROM entry_line WHERE entry_id = {pick}", ()),
                        (f"DELETE FROM entry WHERE id = {pick}", ())])
        elif kind == "year":
            start = rng.choice(("2026-07-01", "2027-01-01", "2024-06-01"))
            end = {"2026-07-01": "2027-06-30", "2027-01-01": "2027-12-31",
                   "2024-06-01": "2024-12-31"}[start]
            ops.append([("INSERT INTO fiscal_year (label, start_date, end_date, chart_id) "
                         "VALUES (?, ?, ?, 2)", (f"y{step}", start, end))])
        elif kind == "other_chart":
            ops.append([(f"UPDATE entry_line SET account_id = (SELECT min(id) FROM account "
                         f"WHERE chart_id = 1) WHERE entry_id = {pick}", ())])
        elif kind == "validate":  # refused above a draft, or once validated
            ops.append([(f"UPDATE entry SET valid_date = '2026-01-31' WHERE id = {pick}", ())])
        elif kind == "validate_last":  # refused while a draft comes before it
            ops.append([("UPDATE entry SET valid_date = date WHERE id = (SELECT id FROM entry "
                         "WHERE year_id = ? ORDER BY number DESC LIMIT 1)", (year,))])
        elif kind == "validate_year":  # every draft of the year, in one statement
            ops.append([("UPDATE entry SET valid_date = date WHERE year_id = ? "
                         "AND valid_date IS NULL", (year,))])
        elif kind == "letter":  # lettrage, free on a validated entry
            ops.append([(f"UPDATE entry_line SET letter = ?, letter_date = '2026-01-31' "
                         f"WHERE entry_id = {pick}", (f"L{step}",))])
        elif kind == "attach":
            ops.append([("INSERT INTO attachment (entry_id, name, media_type, size, sha256, "
                         "added_at, data) SELECT id, ?, 'application/pdf', 1, 'x', "
                         f"'2026-01-31', ? FROM entry ORDER BY id LIMIT 1 OFFSET {k}",
                         (f"pièce {step}.pdf", b"x"))])
        elif kind == "detach":
            ops.append([(f"DELETE FROM attachment WHERE entry_id = {pick}", ())])
        else:
            ops.append([(f"UPDATE entry_line SET label = ? WHERE entry_id = {pick}",
                         (f"libellé {step}",))])
    return ops


def _outcome(message: str) -> str:
    if "FOREIGN KEY constraint failed" in message or message.startswith("unbalanced entry"):
        return "unbalanced"
    for token in _MESSAGES:
        if token in message:
            return token
    return "other: " + message


def _run_sqlite(conn, ops):
    import sqlite3
    outcomes = []
    for statements in ops:
        try:
            conn.execute("BEGIN IMMEDIATE")
            for sql, params in statements:
                conn.execute(sql, params)
            conn.execute("COMMIT")
            outcomes.append("ok")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            outcomes.append(_outcome(str(exc)))
    return outcomes


def _run_pg(conn, ops):
    import psycopg
    outcomes = []
    for statements in ops:
        try:
            for sql, params in statements:
                conn.execute(sql.replace("?", "%s"), params)
            conn.commit()
            outcomes.append("ok")
        except psycopg.Error as exc:
            conn.rollback()
            outcomes.append(_outcome(str(exc)))
    return outcomes


# Compared by what a treasurer sees, not by surrogate ids: PostgreSQL's id sequences skip the
# ids of rolled-back inserts where SQLite reuses them (entry numbers skip in neither).
_STATE = [
    "SELECT f.label, e.number, e.date, e.label, e.imbalance, e.valid_date FROM entry e "
    "JOIN fiscal_year f ON f.id = e.year_id ORDER BY 1, 2",
    "SELECT f.label, e.number, l.position, l.account_id, l.debit, l.credit, l.label, l.letter "
    "FROM entry_line l JOIN entry e ON e.id = l.entry_id JOIN fiscal_year f ON f.id = e.year_id "
    "ORDER BY 1, 2, 3",
    "SELECT f.label, e.number, a.name FROM attachment a JOIN entry e ON e.id = a.entry_id "
    "JOIN fiscal_year f ON f.id = e.year_id ORDER BY 1, 2, 3",
    "SELECT label, start_date, end_date, closed_at FROM fiscal_year ORDER BY 1",
    "SELECT f.label, t.account_id, t.month, t.debit, t.credit FROM account_month_total t "
    "JOIN fiscal_year f ON f.id = t.year_id WHERE t.debit != 0 OR t.credit != 0 "
    "ORDER BY 1, 2, 3",
    "SELECT f.label, s.stale FROM account_total_state s JOIN fiscal_year f ON f.id = s.year_id "
    "ORDER BY 1",
]


@pytest.mark.parametrize("seed", [2, 3, 4])
def test_same_writes_same_outcomes_same_book(book, pg_url, seed):
    add_year(book, dt.date(2026, 1, 1))
    copy_book(book.path, pg_url)
    ops = _operations(random.Random(seed))
    lite = _connect(book.path, "rw")
    pg = pg_connect(pg_url)
    try:
        expected = _run_sqlite(lite, ops)
        got = _run_pg(pg, ops)
        assert got == expected
        assert {"ok", "unbalanced", "closed fiscal year", "fiscal years overlap",
                "entry date outside its fiscal year",
                "account not in the chart of the fiscal year", "validated entry",
                "entry numbers out of order"} <= set(expected), expected
        for sql in _STATE:
            assert pg.execute(sql).fetchall() == [tuple(r) for r in lite.execute(sql)], sql
    finally:
        lite.close()
        pg.close()


def _answer(conn, statements: str, error) -> str:
    """What the engine says to ``statements`` (separated by « ; »), then rolled back."""
    try:
        for sql in statements.split("; "):
            conn.execute(sql)
        return "ok"
    except error as exc:
        return _outcome(str(exc))
    finally:
        conn.rollback()


def test_each_write_to_a_validated_entry_gets_the_same_answer(book, pg_url):
    """Every way of changing a validated entry (tests/storage/test_pg_validation.py), asked of
    a SQLite book and of its copy, while its year is open and once it is closed."""
    import dataclasses
    import sqlite3

    import psycopg

    from assocompta.services.ledger import post_entry
    from assocompta.services.validation import validate_entries
    from tests.helpers import draft
    from tests.storage.test_pg_validation import WAYS
    ids = [post_entry(book, dataclasses.replace(
        draft(dt.date(2025, 5, day), ("606", "10", ""), ("512", "", "10")),
        piece_ref=f"F{day}")).entry_id for day in (1, 2, 3)]
    validate_entries(book, entry_ids=ids[:1], today=dt.date(2025, 6, 1))
    with book.transaction() as s:
        book.raw_connection(s).execute(
            "INSERT INTO attachment (entry_id, name, media_type, size, sha256, added_at, data) "
            "VALUES (?, 'f.pdf', 'application/pdf', 1, 'x', '2025-06-02', ?)", (ids[0], b"x"))
    add_year(book, dt.date(2026, 1, 1))
    copy_book(book.path, pg_url)
    lite = _connect(book.path, "rw")
    lite.isolation_level = "DEFERRED"  # each way in a transaction of its own, rolled back
    pg = pg_connect(pg_url)
    try:
        for closing in (False, True):
            if closing:
                for conn in (lite, pg):
                    conn.execute("UPDATE entry SET valid_date = '2026-01-15' "
                                 "WHERE valid_date IS NULL")
                    conn.execute("UPDATE fiscal_year SET closed_at = '2026-01-15' "
                                 "WHERE label = '2025'")
                    conn.commit()
            expected = {way: _answer(lite, sql, sqlite3.Error) for way, sql in WAYS.items()}
            got = {way: _answer(pg, sql.replace("?", "%s"), psycopg.Error)
                   for way, sql in WAYS.items()}
            if not closing:
                # Renumbering validated n°1 above the drafts breaks both rules: SQLite's newest
                # trigger (the number rule) answers first there, the frozen entry here.
                assert (expected.pop("number"), got.pop("number")) == (
                    "entry numbers out of order", "validated entry")
            else:
                # A closed year's entry given a reverses_id: SQLite's entry_update_guard does
                # not watch that column (the only closed-year write it lets through).
                assert expected.pop("reverses") in ("ok", "closed fiscal year")
                assert got.pop("reverses") == "closed fiscal year"
            assert got == expected
            assert set(expected.values()) == {"closed fiscal year" if closing
                                              else "validated entry"}
    finally:
        lite.close()
        pg.close()
