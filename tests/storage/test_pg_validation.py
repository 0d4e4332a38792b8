"""Validated entries in PostgreSQL (storage/pg/migrations/0007_validation.sql): every way of
changing one is refused with SQLite's token, lettrage and drafts stay free, closed years keep
their own answer, the number rule holds for one row or many, a book of schema 6 upgrades as
a SQLite file does, and FEC imports and copies bring drafts and validations across."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from assocompta.domain.errors import ValidationError
from assocompta.services import setup
from assocompta.services.checks import check_book
from assocompta.services.fec_import import import_fec
from assocompta.services.ledger import post_entry
from assocompta.services.setup import Identity, add_year, create_book
from assocompta.services.validation import reverse_entry, validate_entries
from assocompta.storage import migrations, pg
from assocompta.storage.book_copy import copy_book
from assocompta.storage.db import Book
from assocompta.storage.pg.book import PgBook
from tests.helpers import SIREN, draft
from tests.storage.pg_support import fresh_database, pg_connect, require_postgres

require_postgres()

VALIDATED = "validated entry"
OUT_OF_ORDER = "entry numbers out of order"
CLOSED = "closed fiscal year"


def _post(book, day: dt.date, amount: str, piece: str, label: str = "Opération") -> int:
    d = draft(day, ("606", amount, ""), ("512", "", amount), label=label)
    return post_entry(book, dataclasses.replace(d, piece_ref=piece)).entry_id


@pytest.fixture
def three(pg_url):
    """A PostgreSQL book for 2025: n°1 validated (606 / 512, 10 €) with an attachment, n°2
    and n°3 drafts."""
    book, _ = create_book(pg_url, Identity("Les Amis du Quartier", siren=SIREN),
                          dt.date(2025, 1, 1))
    ids = [_post(book, dt.date(2025, 5, day), "10", f"F{day}") for day in (1, 2, 3)]
    validate_entries(book, entry_ids=ids[:1], today=dt.date(2025, 6, 1))
    with book.transaction() as s:
        conn = book.raw_connection(s)
        conn.execute("INSERT INTO attachment (entry_id, name, media_type, size, sha256, "
                     "added_at, data) VALUES (?, 'f.pdf', 'application/pdf', 1, 'x', "
                     "'2025-06-02', ?)", (ids[0], b"x"))
    yield book, pg_url
    book.close()


_V = "(SELECT id FROM entry WHERE number = 1)"
_D = "(SELECT id FROM entry WHERE number = 2)"
_D3 = "(SELECT id FROM entry WHERE number = 3)"
_ACC = ("(SELECT a.id FROM account a JOIN fiscal_year f ON f.chart_id = a.chart_id "
        "WHERE a.code = '607' AND f.label = '2025')")
#: Each way of changing validated entry n°1, in raw SQL as another program would.
WAYS = {
    "label": f"UPDATE entry SET label = 'Autre' WHERE id = {_V}",
    "date": f"UPDATE entry SET date = '2025-07-03' WHERE id = {_V}",
    "date out of the year": f"UPDATE entry SET date = '2026-07-03' WHERE id = {_V}",
    "number": f"UPDATE entry SET number = 50 WHERE id = {_V}",
    "piece": f"UPDATE entry SET piece_ref = 'X' WHERE id = {_V}",
    "valid date": f"UPDATE entry SET valid_date = '2026-01-01' WHERE id = {_V}",
    "back to draft": f"UPDATE entry SET valid_date = NULL WHERE id = {_V}",
    "reverses": f"UPDATE entry SET reverses_id = {_D} WHERE id = {_V}",
    "delete entry": f"DELETE FROM entry WHERE id = {_V}",
    "amount": f"UPDATE entry_line SET debit = 99900 WHERE entry_id = {_V} AND debit > 0; "
              f"UPDATE entry_line SET credit = 99900 WHERE entry_id = {_V} AND credit > 0",
    "account": f"UPDATE entry_line SET account_id = {_ACC} WHERE entry_id = {_V} AND debit > 0",
    "line label": f"UPDATE entry_line SET label = label WHERE entry_id = {_V}",
    "line moved away": f"UPDATE entry_line SET entry_id = {_D} WHERE entry_id = {_V}",
    "line moved in": f"UPDATE entry_line SET entry_id = {_V} WHERE entry_id = {_D}",
    "delete line": f"DELETE FROM entry_line WHERE entry_id = {_V}",
    "add line": f"INSERT INTO entry_line (entry_id, position, account_id, debit, credit) "
                f"VALUES ({_V}, 3, {_ACC}, 0, 0)",
    "delete attachment": f"DELETE FROM attachment WHERE entry_id = {_V}",
    "rename attachment": f"UPDATE attachment SET name = 'autre.pdf' WHERE entry_id = {_V}",
    "attachment moved": f"UPDATE attachment SET entry_id = {_D} WHERE entry_id = {_V}",
    "born validated": "INSERT INTO entry (year_id, journal_id, number, date, label, valid_date) "
                      "VALUES (1, 1, 9, '2025-05-09', 'Forgée', '2025-05-09')",
}


def _refusal(url: str, sql: str) -> str:
    """What PostgreSQL says to ``sql`` (statements separated by « ; »), run then committed;
    "ok" if it takes it."""
    import psycopg
    conn = pg_connect(url)
    try:
        for statement in sql.split("; "):
            conn.execute(statement)
        conn.commit()
        return "ok"
    except psycopg.Error as exc:
        conn.rollback()
        return str(exc).splitlines()[0]
    finally:
        conn.close()


def _snapshot(url: str) -> list[tuple]:
    conn = pg_connect(url)
    try:
        return conn.execute(
            "SELECT e.id, e.number, e.date, e.label, e.piece_ref, e.valid_date, e.reverses_id, "
            "l.position, l.account_id, l.debit, l.credit, l.label, "
            "(SELECT count(*) FROM attachment a WHERE a.entry_id = e.id) "
            "FROM entry e JOIN entry_line l ON l.entry_id = e.id ORDER BY l.id").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("way", WAYS)
def test_every_way_of_changing_a_validated_entry_is_refused(three, way):
    book, url = three
    before = _snapshot(url)
    assert _refusal(url, WAYS[way]) == VALIDATED
    assert _snapshot(url) == before


def test_the_treasurer_reads_why_and_what_to_do(three):
    book, _ = three
    with pytest.raises(ValidationError) as refused:
        with book.transaction() as s:
            book.raw_connection(s).execute(f"DELETE FROM entry WHERE id = {_V}")
    assert "cette écriture est validée" in str(refused.value)
    assert "contre-passation" in str(refused.value)


def test_lettrage_attachments_added_and_drafts_stay_free(three):
    _, url = three
    assert _refusal(url, f"UPDATE entry_line SET letter = 'AA', letter_date = '2025-06-02' "
                         f"WHERE entry_id = {_V}") == "ok"
    assert _refusal(url, "INSERT INTO attachment (entry_id, name, media_type, size, sha256, "
                         f"added_at, data) VALUES ({_V}, 'g.pdf', 'application/pdf', 1, 'y', "
                         "'2025-06-03', '\\x79')") == "ok"
    assert _refusal(url, f"UPDATE entry SET label = 'Libre', date = '2025-05-04' "
                         f"WHERE id = {_D}") == "ok"
    assert _refusal(url, f"UPDATE entry_line SET debit = 1100 WHERE entry_id = {_D} "
                         f"AND debit > 0; UPDATE entry_line SET credit = 1100 "
                         f"WHERE entry_id = {_D} AND credit > 0") == "ok"
    assert _refusal(url, f"DELETE FROM entry WHERE id = {_D3}") == "ok"
    conn = pg_connect(url)
    try:
        assert conn.execute(f"SELECT count(*) FROM entry_line WHERE entry_id = {_V} "
                            "AND letter = 'AA'").fetchone() == (2,)
        assert conn.execute("SELECT count(*) FROM attachment").fetchone() == (2,)
    finally:
        conn.close()


def test_a_validated_number_never_goes_above_a_draft(three):
    _, url = three
    # n°3 before n°2: refused; both at once, in whatever order the rows are visited: taken.
    assert _refusal(url, f"UPDATE entry SET valid_date = '2025-06-02' WHERE id = {_D3}") == \
        OUT_OF_ORDER
    assert _refusal(url, "UPDATE entry SET valid_date = '2025-06-02' WHERE valid_date IS NULL"
                    ) == "ok"
    conn = pg_connect(url)
    try:
        assert conn.execute("SELECT number FROM entry WHERE valid_date IS NULL").fetchall() == []
    finally:
        conn.close()


def test_a_draft_renumbered_then_validated_in_place(three):
    _, url = three
    # n°2 moved away, n°3 takes its place and is validated: no draft below it.
    assert _refusal(url, f"UPDATE entry SET number = 10 WHERE id = {_D}; "
                         "UPDATE entry SET number = 2, valid_date = '2025-06-02' "
                         "WHERE number = 3") == "ok"


def test_a_draft_slipped_below_a_validated_entry_blocks_only_validations(three):
    """Another program inserts a draft into a gap below a validated entry (no engine checks
    an insert's number): what leaves that entry as it is still passes, a validation above
    the draft does not."""
    _, url = three
    assert _refusal(url, f"UPDATE entry SET number = 10 WHERE id = {_D}; "
                         f"UPDATE entry SET number = 11 WHERE id = {_D3}; "
                         "UPDATE entry SET valid_date = '2025-06-02' WHERE number = 10; "
                         "INSERT INTO entry (year_id, journal_id, number, date, label) "
                         "VALUES (1, 1, 5, '2025-05-09', 'Glissée')") == "ok"
    assert _refusal(url, "UPDATE entry SET label = label WHERE number >= 10") == "ok"
    assert _refusal(url, "UPDATE entry SET valid_date = '2025-06-03' WHERE number = 11") == \
        OUT_OF_ORDER


def test_the_service_validates_in_order_and_check_agrees(three):
    book, _ = three
    done = validate_entries(book, "2025", today=dt.date(2025, 6, 5))
    assert (done.count, done.first, done.last) == (2, 2, 3)
    assert check_book(book) == []


@pytest.fixture
def closed(pg_url):
    """2025 closed by another program (n°1 validated, n°2 left a draft), 2026 open."""
    book, _ = create_book(pg_url, Identity("Les Amis du Quartier", siren=SIREN),
                          dt.date(2025, 1, 1))
    ids = [_post(book, dt.date(2025, 5, day), "10", f"F{day}") for day in (1, 2)]
    validate_entries(book, entry_ids=ids[:1], today=dt.date(2025, 6, 1))
    add_year(book, dt.date(2026, 1, 1))
    with book.transaction() as s:
        conn = book.raw_connection(s)
        conn.execute("INSERT INTO attachment (entry_id, name, media_type, size, sha256, "
                     "added_at, data) VALUES (?, 'f.pdf', 'application/pdf', 1, 'x', "
                     "'2025-06-02', ?)", (ids[0], b"x"))
        conn.execute("UPDATE fiscal_year SET closed_at = '2026-01-15' WHERE label = '2025'")
    yield book, pg_url
    book.close()


_IN_2025 = "(SELECT id FROM entry WHERE number = {} AND year_id = 1)"


@pytest.mark.parametrize("way", [w for w in WAYS if w != "born validated"])
def test_a_closed_year_answers_as_closed(closed, way):
    """Its validated entry, and a draft another program left when it closed the year."""
    _, url = closed
    validated = WAYS[way].replace(_D, _IN_2025.format(2)).replace(_V, _IN_2025.format(1))
    assert _refusal(url, validated) == CLOSED
    if "attachment" not in way:
        left = WAYS[way].replace(_D, _IN_2025.format(1)).replace(_V, _IN_2025.format(2))
        assert _refusal(url, left) == CLOSED


def test_a_line_written_while_its_entry_is_validated_waits_then_is_refused(three):
    """The validation holds its year's row: a line change made meanwhile waits for it, then
    finds the entry validated (rather than slipping in after the validation read it)."""
    _, url = three
    validating = pg_connect(url)
    outcome: list[str] = []
    try:
        validating.execute(f"UPDATE entry SET valid_date = '2025-06-02' WHERE id = {_D}")
        worker = threading.Thread(target=lambda: outcome.append(_refusal(
            url, f"UPDATE entry_line SET label = 'glissée' WHERE entry_id = {_D}")))
        worker.start()
        time.sleep(0.5)
        assert outcome == []  # waiting for the validation
        validating.commit()
        worker.join(10)
    finally:
        validating.close()
    assert outcome == [VALIDATED]


# -- a book of schema 6 ---------------------------------------------------------------------

def _seed(monkeypatch):
    """What create_book writes into a new book (identity, charts, journals, year 2025)."""
    monkeypatch.setattr(setup, "create_store", lambda path, seed: seed)
    seed, _ = create_book(Path("unused"), Identity("Les Amis du Quartier", siren=SIREN),
                          dt.date(2025, 1, 1))
    monkeypatch.undo()
    return seed


#: (year, number, label, journal, valid_date, import kind) of a schema-6 book: 2025 closed on
#: 2026-03-10, 2026 open after it (its à-nouveaux, FEC imports with and without ValidDate,
#: the app's postings, a CSV import), 2027 open after an open year.
_V6 = [
    ("2025", 1, "Validée avant la clôture", "BQ", "2025-02-01", None),
    ("2025", 2, "Validée après la clôture", "BQ", "2026-06-01", None),
    ("2025", 3, "Sans date de validation", "BQ", None, None),
    ("2026", 1, "À-nouveaux", "AN", "2026-03-10", None),
    ("2026", 2, "Saisie dans l'app", "BQ", "2026-02-02", None),
    ("2026", 3, "FEC avec ValidDate", "BQ", "2026-01-20", "fec"),
    ("2026", 4, "FEC sans ValidDate", "BQ", None, "fec"),
    ("2026", 5, "Autre saisie", "BQ", "2026-02-05", None),
    ("2026", 6, "Import CSV", "BQ", "2026-02-06", "csv"),
    ("2026", 7, "FEC avec ValidDate, tard", "BQ", "2026-03-01", "fec"),
    ("2027", 1, "Saisie en 2027", "BQ", "2027-01-05", None),
    ("2027", 2, "FEC en 2027", "BQ", "2027-01-06", "fec"),
]


def _fill_v6(execute) -> None:
    """The rows of :data:`_V6` through ``execute(sql, params)`` (``?`` placeholders)."""
    for label, start in (("2026", "2026-01-01"), ("2027", "2027-01-01")):
        execute("INSERT INTO fiscal_year (label, start_date, end_date, chart_id) SELECT ?, ?, "
                "?, chart_id FROM fiscal_year WHERE label = '2025'",
                (label, start, start[:4] + "-12-31"))
    for kind in ("fec", "csv"):
        execute("INSERT INTO import_batch (kind, file_name, sha256, imported_at, entry_count, "
                "line_count) VALUES (?, ?, ?, '2026-01-01T10:00:00', 0, 0)",
                (kind, f"f.{kind}", kind))
    for year, number, label, journal, valid, kind in _V6:
        execute("INSERT INTO entry (year_id, journal_id, number, date, label, piece_ref, "
                "valid_date, import_batch_id) SELECT f.id, j.id, ?, ?, ?, 'P', ?, "
                "(SELECT id FROM import_batch WHERE kind = ?) FROM fiscal_year f, journal j "
                "WHERE f.label = ? AND j.code = ?",
                (number, f"{year}-01-{10 + number:02d}", label, valid, kind, year, journal))
        for position, (code, debit, credit) in enumerate((("606", 100 * number, 0),
                                                          ("512", 0, 100 * number)), 1):
            execute("INSERT INTO entry_line (entry_id, position, account_id, debit, credit) "
                    "SELECT e.id, ?, a.id, ?, ? FROM entry e JOIN fiscal_year f "
                    "ON f.id = e.year_id JOIN account a ON a.chart_id = f.chart_id "
                    "WHERE f.label = ? AND e.number = ? AND a.code = ?",
                    (position, debit, credit, year, number, code))
    execute("UPDATE fiscal_year SET closed_at = '2026-03-10T18:00:00' WHERE label = '2025'", ())


_ENTRIES = ("SELECT f.label, e.number, e.label, e.valid_date, e.piece_date IS NOT NULL "
            "FROM entry e JOIN fiscal_year f ON f.id = e.year_id ORDER BY 1, 2")
#: What both engines make of :data:`_V6`: closed 2025 validated by its closing day at the
#: latest; in 2026 the à-nouveaux and the FEC entries that carried a ValidDate stay
#: validated, first; 2027 keeps n°1 for the à-nouveaux of 2026. A validated entry's piece is
#: dated (its own date where none was typed).
_UPGRADED = [
    ("2025", 1, "Validée avant la clôture", "2025-02-01", True),
    ("2025", 2, "Validée après la clôture", "2026-03-10", True),
    ("2025", 3, "Sans date de validation", "2026-03-10", True),
    ("2026", 1, "À-nouveaux", "2026-03-10", True),
    ("2026", 2, "FEC avec ValidDate", "2026-01-20", True),
    ("2026", 3, "FEC avec ValidDate, tard", "2026-03-01", True),
    ("2026", 4, "Saisie dans l'app", None, False),
    ("2026", 5, "FEC sans ValidDate", None, False),
    ("2026", 6, "Autre saisie", None, False),
    ("2026", 7, "Import CSV", None, False),
    ("2027", 2, "FEC en 2027", "2027-01-06", True),
    ("2027", 3, "Saisie en 2027", None, False),
]


def test_a_schema_6_book_upgrades_as_a_schema_6_file_does(pg_url, tmp_path, monkeypatch):
    from assocompta.storage.db import APPLICATION_ID
    from assocompta.storage.pg.adapter import Connection, register_int_sums
    seed = _seed(monkeypatch)
    # SQLite: migrations up to 6, the same rows, then opened.
    path = tmp_path / "ancien.assocompta"
    lite = sqlite3.connect(path, isolation_level=None)
    lite.execute("PRAGMA foreign_keys = ON")
    lite.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.upgrade(lite, 0, target=6)
    lite.execute("BEGIN")
    seed(lite)
    _fill_v6(lite.execute)
    lite.execute("COMMIT")
    lite.close()
    # PostgreSQL: schema.sql as schema 6 shipped it, the same rows.
    import psycopg
    with psycopg.connect(pg_url) as raw:
        register_int_sums(raw)
        raw.execute(pg.schema_sql())
        assert raw.execute("SELECT version FROM schema_info").fetchone() == (6,)
        conn = Connection(raw)
        seed(conn)
        _fill_v6(conn.execute)
    with Book.open(path) as book:
        with book.reading() as conn:
            from_file = [tuple(r) for r in conn.execute(_ENTRIES)]
    with PgBook.open(pg_url) as book:
        assert book.scalar("SELECT version FROM schema_info") == migrations.LATEST
        with book.reading() as conn:
            from_server = [tuple(r) for r in conn.execute(_ENTRIES)]
        assert check_book(book) == []
    assert from_server == from_file == _UPGRADED
    # The upgraded book is guarded: its validated entries are frozen, its drafts free.
    assert _refusal(pg_url, "UPDATE entry SET label = 'x' WHERE label = 'FEC avec ValidDate'"
                    ) == VALIDATED
    assert _refusal(pg_url, "UPDATE entry SET label = 'x' WHERE label = 'Sans date de "
                    "validation'") == CLOSED
    assert _refusal(pg_url, "DELETE FROM entry WHERE label = 'Import CSV'") == "ok"


def test_a_new_book_is_schema_7_and_check_finds_a_guard_dropped(pg_url):
    book, _ = create_book(pg_url, Identity("Les Amis du Quartier", siren=SIREN),
                          dt.date(2025, 1, 1))
    with book:
        assert book.scalar("SELECT version FROM schema_info") == migrations.LATEST
        assert check_book(book) == []
        conn = pg_connect(pg_url)
        conn.execute("DROP TRIGGER entry_frozen_update ON entry")
        conn.execute("CREATE OR REPLACE FUNCTION entry_frozen(p_entry_id BIGINT) RETURNS BOOLEAN "
                     "LANGUAGE plpgsql AS $$ BEGIN RETURN FALSE; END $$")
        conn.commit()
        conn.close()
        found = "\n".join(check_book(book))
    assert "« entry_frozen_update » de la table entry a été supprimée" in found
    assert "« entry_frozen » a été modifiée" in found


# -- FEC imports and copies -----------------------------------------------------------------

def _fec_without_some_valid_dates(path: Path, entries: int, drafts: int) -> None:
    """A synthetic FEC whose last ``drafts`` entries carry no ValidDate."""
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from synthetic import generate
    generate(path, entries, 2025)
    lines = path.read_bytes().decode("utf-8").split("\r\n")
    first_draft = entries - drafts + 1
    out = [lines[0]]
    for line in lines[1:]:
        cells = line.split("\t")
        if len(cells) > 15 and int(cells[2]) >= first_draft:
            cells[15] = ""
        out.append("\t".join(cells))
    path.write_bytes("\r\n".join(out).encode("utf-8"))


def _entries(book) -> list[tuple]:
    with book.reading() as conn:
        return [tuple(r) for r in conn.execute(
            "SELECT number, date, label, piece_ref, valid_date FROM entry ORDER BY number")]


def test_a_fec_import_validates_what_carries_a_valid_date(pg_url, tmp_path):
    fec = tmp_path / "f.txt"
    _fec_without_some_valid_dates(fec, 300, 40)
    books = [create_book(target, Identity("Les Amis du Quartier", siren=SIREN),
                         dt.date(2025, 1, 1))[0]
             for target in (tmp_path / "a.assocompta", pg_url)]
    try:
        for book in books:
            import_fec(book, fec)
        lite, server = (_entries(b) for b in books)
        assert server == lite
        assert [n for n, *_, valid in server if valid is None] == list(range(261, 301))
        assert check_book(books[1]) == []
        # Drafts imported are drafts: changed freely; the validated ones are frozen.
        assert _refusal(pg_url, "UPDATE entry SET label = 'x' WHERE number = 300") == "ok"
        assert _refusal(pg_url, "UPDATE entry SET label = 'x' WHERE number = 260") == VALIDATED
    finally:
        for book in books:
            book.close()


def test_a_copy_keeps_drafts_validations_and_reversals_both_ways(three, tmp_path, pg_admin):
    book, url = three
    first = book.scalar("SELECT id FROM entry WHERE number = 1")
    reverse_entry(book, first, date=dt.date(2025, 6, 3))
    validate_entries(book, "2025", today=dt.date(2025, 6, 4))
    _post(book, dt.date(2025, 6, 5), "7", "F9", label="Brouillard")
    file = tmp_path / "copie.assocompta"
    copy_book(url, file)  # verified table by table before it commits
    with Book.open(file) as lite:
        rows = _entries(lite)
        assert lite.scalar("SELECT count(*) FROM entry WHERE reverses_id IS NOT NULL") == 1
    assert rows == _entries(book)
    assert [valid is None for *_, valid in rows] == [False] * 4 + [True]
    with fresh_database(pg_admin) as back:  # and back into PostgreSQL
        copy_book(file, back)
        with PgBook.open(back) as again:
            assert _entries(again) == rows
            assert check_book(again) == []
