"""After the closing, no code path changes the closed year: services, imports, raw SQL."""

import datetime as dt

import pytest
from sqlalchemy import text

from assocompta.domain.entries import EntryDraft
from assocompta.domain.errors import DomainError
from assocompta.domain.money import Money
from assocompta.fec.format import FIELDS
from assocompta.services.budget_edit import (
    LineValues,
    add_budget_line,
    delete_budget_line,
    replace_budget_lines,
    set_budget_line,
)
from assocompta.services.chart import rename_account
from assocompta.services.closing import close_year
from assocompta.services.editing import read_entry, replace_entry, restore_entry
from assocompta.services.fec_import import import_fec
from assocompta.services.ledger import add_sub_account, delete_entry, post_entry
from assocompta.services.setup import Identity, add_year, create_book
from tests.helpers import SIREN, draft

TABLES = ("fiscal_year", "entry", "entry_line", "budget_line", "attachment", "account",
          "account_month_total")
CLOSED = r"exercice (\S+ )?(est )?clos|chevauche l'exercice 2024"


@pytest.fixture
def closed(book_path):
    """2024 closed, with a custom account, a budget line and an attachment; 2025 open."""
    book, _ = create_book(book_path, Identity("Les Amis", siren=SIREN),
                          dt.date(2024, 1, 1))
    add_sub_account(book, "2024", "6261", "Téléphone du local")
    posted = post_entry(book, draft(dt.date(2024, 3, 1), ("6261", "40", ""), ("512", "", "40")))
    post_entry(book, draft(dt.date(2024, 4, 1), ("512", "100", ""), ("7561", "", "100")))
    add_budget_line(book, "2024", LineValues("626", Money(50000), "Téléphone"))
    with book.transaction() as s:
        s.execute(text("INSERT INTO attachment (entry_id, name, media_type, size, sha256, "
                       "added_at, data) VALUES (1, 'f.pdf', 'application/pdf', 1, 'x', "
                       "'2024-03-02', :data)"), {"data": b"\x00"})
        s.execute(text("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                       "closing_balance, finished_at) VALUES ('512', '2024-12-31', 0, 60, "
                       "'2025-01-05')"))
    close_year(book, "2024")
    yield book, posted
    book.close()


def _snapshot(book):
    with book.session() as s:
        return {t: s.execute(text(f"SELECT * FROM {t} ORDER BY 1, 2, 3")).all() for t in TABLES}


def _fec(tmp_path):
    path = tmp_path / "late.txt"
    fields = ("BQ", "BQ", "1", "20240601", "{acc}", "", "", "", "P1", "20240601", "Tardive",
              "{d}", "{c}", "", "", "20240601", "", "")
    row = "\t".join(fields)
    rows = [row.format(acc="626", d="5,00", c="0,00"), row.format(acc="512", d="0,00", c="5,00")]
    path.write_text("\r\n".join(["\t".join(FIELDS)] + rows) + "\r\n", encoding="utf-8")
    return path


def _bank_line_booked(book, posted, tmp_path):
    """A late statement line of 2024, imported after the closing, then validated."""
    from assocompta.services.bank_categorise import validate
    with book.transaction() as s:
        s.execute(text("INSERT INTO bank_line (id, account, date, amount, label, counterpart) "
                       "VALUES (99, '512', '2024-12-30', -500, 'FRAIS', '627')"))
    validate(book, [99])


def _attached(book, posted, tmp_path):
    from assocompta.services import attachments
    (tmp_path / "late.pdf").write_bytes(b"%PDF-1.4 late")
    attachments.add(book, posted.entry_id, tmp_path / "late.pdf")


def _late():
    return draft(dt.date(2024, 6, 1), ("626", "5", ""), ("512", "", "5"))


def _sql(statement, **params):
    def run(book, posted, tmp_path):
        with book.transaction() as s:
            s.execute(text(statement), params)
    return run


PATHS = {
    "post_entry": lambda b, p, t: post_entry(b, _late()),
    "replace_entry": lambda b, p, t: replace_entry(b, p.entry_id, _late()),
    "restore_entry": lambda b, p, t: restore_entry(b, _late(), 1),
    "delete_entry": lambda b, p, t: delete_entry(b, p.entry_id),
    "replace_entry (same content)": lambda b, p, t: replace_entry(
        b, p.entry_id, read_entry(b, p.entry_id).draft),
    "budget add": lambda b, p, t: add_budget_line(b, "2024", LineValues("613", Money(100))),
    "budget set": lambda b, p, t: set_budget_line(b, 1, "montant", Money(1)),
    "budget delete": lambda b, p, t: delete_budget_line(b, 1),
    "budget replace": lambda b, p, t: replace_budget_lines(b, "2024", []),
    "FEC import": lambda b, p, t: import_fec(b, _fec(t)),
    "bank line validated": _bank_line_booked,
    "justificatif added": _attached,
    "add_year overlapping": lambda b, p, t: add_year(b, dt.date(2024, 7, 1)),
    "rename used account": lambda b, p, t: rename_account(b, "2024", "6261", "Autre"),
    "SQL account code": _sql("UPDATE account SET code = '6269' WHERE code = '6261'"),
    "SQL UPDATE entry": _sql("UPDATE entry SET label = 'x' WHERE id = 1"),
    "SQL DELETE entry": _sql("DELETE FROM entry WHERE id = 2"),
    "SQL INSERT entry": _sql("INSERT INTO entry (year_id, journal_id, number, date, label) "
                             "VALUES (1, 1, 9, '2024-06-01', 'late')"),
    "SQL UPDATE entry_line": _sql("UPDATE entry_line SET debit = 1 WHERE id = 1"),
    "SQL DELETE entry_line": _sql("DELETE FROM entry_line WHERE id = 1"),
    "SQL INSERT entry_line": _sql("INSERT INTO entry_line (entry_id, position, account_id) "
                                  "SELECT 1, 9, account_id FROM entry_line WHERE id = 1"),
    "SQL reopen": _sql("UPDATE fiscal_year SET closed_at = NULL WHERE label = '2024'"),
    "SQL reclose": _sql("UPDATE fiscal_year SET closed_at = '2030-01-01' WHERE label = '2024'"),
    "SQL DELETE fiscal_year": _sql("DELETE FROM fiscal_year WHERE label = '2024'"),
    "SQL INSERT budget_line": _sql("INSERT INTO budget_line (year_id, code, amount) "
                                   "VALUES (1, '613', 1)"),
    "SQL UPDATE budget_line": _sql("UPDATE budget_line SET amount = 1"),
    "SQL DELETE budget_line": _sql("DELETE FROM budget_line"),
    "SQL INSERT attachment": _sql("INSERT INTO attachment (entry_id, name, media_type, size, "
                                  "sha256, added_at, data) VALUES (2, 'g', 'x', 0, 'y', "
                                  "'2025-01-01', :data)", data=b""),
    "SQL UPDATE attachment": _sql("UPDATE attachment SET name = 'renamed.pdf'"),
    "SQL DELETE attachment": _sql("DELETE FROM attachment"),
}


@pytest.mark.parametrize("path", list(PATHS))
def test_every_write_to_a_closed_year_is_refused(closed, tmp_path, path):
    book, posted = closed
    before = _snapshot(book)
    with pytest.raises(DomainError, match=CLOSED):
        PATHS[path](book, posted, tmp_path)
    assert _snapshot(book) == before


def test_the_next_year_takes_entries(closed):
    book, _ = closed
    posted = post_entry(book, EntryDraft(dt.date(2025, 2, 1), "BQ", "Téléphone", draft(
        dt.date(2025, 2, 1), ("626", "40", ""), ("512", "", "40")).lines))
    assert (posted.year, posted.number) == ("2025", 2)  # after the à-nouveaux
