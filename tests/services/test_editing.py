"""Edit, delete and put back entries: what the app's undo and redo rely on."""

import datetime as dt

import pytest
from sqlalchemy import select

from assocompta.domain.errors import ClosedYearError, ValidationError
from assocompta.services.checks import check_book
from assocompta.services.editing import read_entry, replace_entry, restore_entry
from assocompta.services.ledger import delete_entry, post_entry
from assocompta.services.reports import build
from assocompta.services.setup import add_year
from assocompta.storage.orm import Entry
from tests.helpers import draft


def _numbers(book):
    with book.session() as s:
        return [(e.number, e.label) for e in s.scalars(select(Entry).order_by(Entry.number))]


def _post3(book):
    return [post_entry(book, draft(dt.date(2025, 3, n), ("6064", f"{n}0", ""), ("512", "", f"{n}0"),
                                   label=f"Achat {n}")) for n in (1, 2, 3)]


def test_replace_keeps_the_number_and_moves_the_totals(book):
    posted = _post3(book)
    before = read_entry(book, posted[1].entry_id)
    assert before.number == 2 and before.draft.lines[0].debit.cents == 2000
    new = draft(dt.date(2025, 11, 5), ("626", "35", ""), ("512", "", "35"), label="Téléphone")
    replaced = replace_entry(book, posted[1].entry_id, new)
    assert replaced.number == 2
    assert _numbers(book) == [(1, "Achat 1"), (2, "Téléphone"), (3, "Achat 3")]
    report = build(book, "resultat", "2025", detail=True)
    assert report.row("TOTAL DES CHARGES (II + IV + VI + VII + VIII)").values[0].cents == 1000 + 3500 + 3000
    assert check_book(book) == []


def test_replace_refuses_a_date_in_another_year(book):
    add_year(book, dt.date(2026, 1, 1))
    posted = _post3(book)
    with pytest.raises(ValidationError, match="exercice"):
        replace_entry(book, posted[0].entry_id,
                      draft(dt.date(2026, 1, 2), ("6064", "1", ""), ("512", "", "1")))
    assert _numbers(book)[0] == (1, "Achat 1")


def test_deleted_entry_comes_back_under_its_number(book):
    posted = _post3(book)
    booked = read_entry(book, posted[0].entry_id)
    delete_entry(book, posted[0].entry_id)
    assert _numbers(book) == [(1, "Achat 2"), (2, "Achat 3")]
    back = restore_entry(book, booked.draft, booked.number)
    assert back.number == 1
    assert _numbers(book) == [(1, "Achat 1"), (2, "Achat 2"), (3, "Achat 3")]
    assert check_book(book) == []


def test_nothing_changes_in_a_closed_year(book):
    posted = _post3(book)
    with book.transaction() as s:
        s.connection().exec_driver_sql("UPDATE fiscal_year SET closed_at = '2026-01-10'")
    with pytest.raises(ClosedYearError):
        replace_entry(book, posted[0].entry_id,
                      draft(dt.date(2025, 3, 1), ("6064", "1", ""), ("512", "", "1")))
    assert _numbers(book)[0] == (1, "Achat 1")


def _links(book, entry_id):
    """What hangs on an entry: its attachments, its bank line, its ticks (by line position)."""
    with book.session() as s:
        conn = book.raw_connection(s)
        return (conn.execute("SELECT name FROM attachment WHERE entry_id = ?",
                             (entry_id,)).fetchall(),
                conn.execute("SELECT label FROM bank_line WHERE entry_id = ?",
                             (entry_id,)).fetchall(),
                conn.execute("SELECT l.position, m.reconciliation_id FROM reconciliation_mark m "
                             "JOIN entry_line l ON l.id = m.line_id WHERE l.entry_id = ?",
                             (entry_id,)).fetchall())


def _hang(book, entry_id, *, finished: bool):
    with book.transaction() as s:
        conn = book.raw_connection(s)
        conn.execute("INSERT INTO attachment (entry_id, name, media_type, size, sha256, "
                     "added_at, data) VALUES (?, 'facture.pdf', 'application/pdf', 3, 'x', "
                     "'2025-03-02', ?)", (entry_id, b"%PD"))
        conn.execute("INSERT INTO bank_line (account, date, amount, label, entry_id) "
                     "VALUES ('512', '2025-03-02', -2000, 'CB BOULANGERIE', ?)", (entry_id,))
        # Ids left to the engine: a PostgreSQL sequence is not moved by an id given by hand.
        statement = conn.execute(
            "INSERT INTO reconciliation (account, statement_date, opening_balance, "
            "closing_balance) VALUES ('512', '2025-03-31', 0, -2000)").lastrowid
        conn.execute("INSERT INTO reconciliation_mark (line_id, reconciliation_id) SELECT id, ? "
                     "FROM entry_line WHERE entry_id = ? AND position = 2", (statement, entry_id))
        if finished:
            conn.execute("UPDATE reconciliation SET finished_at = '2025-04-02' WHERE id = ?",
                         (statement,))


def _month_totals(book):
    with book.session() as s:
        conn = book.raw_connection(s)
        cached = conn.execute("SELECT account_id, month, debit, credit FROM account_month_total "
                              "WHERE debit != 0 OR credit != 0 ORDER BY 1, 2").fetchall()
        direct = conn.execute(
            "SELECT l.account_id, substr(e.date, 1, 7), SUM(l.debit), SUM(l.credit) "
            "FROM entry_line l JOIN entry e ON e.id = l.entry_id GROUP BY 1, 2 "
            "HAVING SUM(l.debit) != 0 OR SUM(l.credit) != 0 ORDER BY 1, 2").fetchall()
    return cached, direct


def test_an_edited_entry_keeps_its_attachments_bank_line_and_ticks(book):
    posted = _post3(book)
    _hang(book, posted[1].entry_id, finished=False)
    before = _links(book, posted[1].entry_id)
    new = draft(dt.date(2025, 4, 9), ("6063", "20", ""), ("512", "", "20"), label="Fournitures")
    replaced = replace_entry(book, posted[1].entry_id, new)
    assert replaced.entry_id == posted[1].entry_id
    assert _links(book, replaced.entry_id) == before
    cached, direct = _month_totals(book)  # moved from March to April, month by month
    assert cached == direct
    assert check_book(book) == []


def test_a_line_ticked_on_a_finished_statement_keeps_its_amount(book):
    posted = _post3(book)
    _hang(book, posted[1].entry_id, finished=True)
    wrong = draft(dt.date(2025, 3, 2), ("6064", "25", ""), ("512", "", "25"), label="Achat 2")
    with pytest.raises(ValidationError, match="pointée sur un relevé"):
        replace_entry(book, posted[1].entry_id, wrong)
    assert read_entry(book, posted[1].entry_id).draft.lines[1].credit.cents == 2000
    relabelled = draft(dt.date(2025, 3, 2), ("6063", "20", ""), ("512", "", "20"),
                       label="Achat 2 (fournitures)")
    replace_entry(book, posted[1].entry_id, relabelled)  # the bank line is untouched: allowed
    assert read_entry(book, posted[1].entry_id).draft.label == "Achat 2 (fournitures)"
    assert _links(book, posted[1].entry_id)[2] == [(2, 1)]
    with pytest.raises(ValidationError, match="pointée sur un relevé"):
        delete_entry(book, posted[1].entry_id)


def test_a_deleted_entry_comes_back_with_its_justificatifs_and_bank_line(book):
    from assocompta.services.editing import read_attached
    posted = _post3(book)
    _hang(book, posted[1].entry_id, finished=False)
    booked = read_entry(book, posted[1].entry_id)
    attached = read_attached(book, posted[1].entry_id)
    delete_entry(book, posted[1].entry_id)
    assert _links(book, posted[1].entry_id) == ([], [], [])
    back = restore_entry(book, booked.draft, booked.number, attached)
    files, banks, _ticks = _links(book, back.entry_id)
    assert files == [("facture.pdf",)] and banks == [("CB BOULANGERIE",)]
    with book.reading() as conn:
        assert conn.execute("SELECT data FROM attachment").fetchone()[0] == b"%PD"


def test_a_deleted_entry_whose_bank_line_was_booked_again_stays_deleted(book):
    from assocompta.services.editing import read_attached
    posted = _post3(book)
    _hang(book, posted[1].entry_id, finished=False)
    booked = read_entry(book, posted[1].entry_id)
    attached = read_attached(book, posted[1].entry_id)
    delete_entry(book, posted[1].entry_id)
    again = post_entry(book, booked.draft)  # the treasurer books the statement line again
    with book.transaction() as s:
        book.raw_connection(s).execute("UPDATE bank_line SET entry_id = ?", (again.entry_id,))
    with pytest.raises(ValidationError, match="compterait deux fois"):
        restore_entry(book, booked.draft, booked.number, attached)
    assert [label for _n, label in _numbers(book)].count("Achat 2") == 1
