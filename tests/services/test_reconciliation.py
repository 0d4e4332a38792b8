"""Rapprochement bancaire as a treasurer does it: tick the bank statement's lines until the
difference is zero, finish, start the next statement where the last one ended."""

import datetime as dt
import subprocess

import openpyxl
import pytest

from assocompta.domain.errors import ValidationError
from assocompta.domain.money import Money
from assocompta.reports.model import evaluate
from assocompta.services import reconciliation as rec
from assocompta.services.ledger import delete_entry, post_entry
from assocompta.services.setup import add_year
from assocompta.storage.files import _connect
from tests.helpers import draft, m

D = dt.date


def _post(book, date, account, debit, credit, label, journal="BQ"):
    """A bank movement: 512 against ``account`` (débit/crédit seen from 512)."""
    other = (account, credit, debit)
    return post_entry(book, draft(date, ("512", debit, credit), other, label=label,
                                  journal=journal)).entry_id


def _line_ids(book, statement_id, *labels):
    with book.session() as s:
        lines = rec.candidates(book.raw_connection(s), statement_id)
    found = {c.label: c.line_id for c in lines}
    return [found[label] for label in labels]


def _entry_of(book, line_id):
    return _conn(book).execute("SELECT entry_id FROM entry_line WHERE id = ?",
                               (line_id,)).fetchone()[0]


_READERS: list = []


def _conn(book):
    """A plain read connection, autocommit: it sees each change as soon as committed."""
    if book.path is not None:
        conn = _connect(book.path, "ro")
    else:
        from assocompta.storage.pg import connect
        from assocompta.storage.pg.adapter import Connection, register_int_sums
        raw = connect(book.url)
        raw.autocommit = True
        register_int_sums(raw)
        conn = Connection(raw)
    _READERS.append(conn)
    return conn


@pytest.fixture(autouse=True)
def _close_readers():
    yield
    while _READERS:
        _READERS.pop().close()


@pytest.fixture
def bank(book):
    """2025: opening 1 000 € (à-nouveaux), two cotisations, a supplies cheque, a late one."""
    post_entry(book, draft(D(2025, 1, 1), ("512", "1 000", ""), ("102", "", "1 000"),
                           label="Situation d'ouverture", journal="AN"))
    _post(book, D(2025, 1, 5), "756", "50", "", "Cotisation Dupont")
    _post(book, D(2025, 1, 12), "756", "30", "", "Cotisation Martin")
    _post(book, D(2025, 1, 20), "6064", "", "45,90", "Ramettes chèque 101")
    _post(book, D(2025, 1, 30), "6064", "", "12,00", "Timbres chèque 102")
    _post(book, D(2025, 2, 3), "756", "20", "", "Cotisation Durand")
    return book


def test_two_statements_reconcile_to_zero(bank):
    # January: the bank saw 1 000 + 50 + 30 − 45,90 = 1 034,10; cheque 102 not cashed yet.
    jan = rec.start(bank, "512", D(2025, 1, 31), m("1 034,10"), opening_balance=m("1 000"))
    conn = _conn(bank)
    offered = rec.candidates(conn, jan.id)
    # The à-nouveaux are never offered; February's line is after the statement.
    assert [c.label for c in offered] == ["Cotisation Dupont", "Cotisation Martin",
                                          "Ramettes chèque 101", "Timbres chèque 102"]
    assert [c.amount for c in offered] == [m("50"), m("30"), m("-45,90"), m("-12")]
    assert rec.difference(conn, jan.id) == m("34,10")
    dupont, martin, ramettes = _line_ids(bank, jan.id, "Cotisation Dupont", "Cotisation Martin",
                                         "Ramettes chèque 101")
    assert rec.tick(bank, jan.id, [dupont, martin]) == sorted([dupont, martin])
    assert rec.difference(conn, jan.id) == m("-45,90")
    rec.tick(bank, jan.id, [ramettes])
    assert rec.difference(conn, jan.id) == Money(0)
    done = rec.finish(bank, jan.id)
    assert done.finished and rec.reconciled_through(conn, "512") == D(2025, 1, 31)

    # February opens at January's closing; cheque 102 (January) is cashed in February.
    feb = rec.start(bank, "512", D(2025, 2, 28), m("1 042,10"))
    assert feb.opening == m("1 034,10")
    assert [c.label for c in rec.candidates(conn, feb.id)] == ["Timbres chèque 102",
                                                               "Cotisation Durand"]
    assert rec.tick_through(bank, feb.id, D(2025, 2, 28)) != []
    assert rec.difference(conn, feb.id) == Money(0)
    rec.finish(bank, feb.id)
    assert [(s.date, s.finished) for s in rec.statements(conn, "512")] == [
        (D(2025, 2, 28), True), (D(2025, 1, 31), True)]
    assert rec.unreconciled_lines(conn, "512", D(2025, 2, 28)) == []


def test_finish_refused_until_zero_and_statement_rules(bank):
    jan = rec.start(bank, "512", D(2025, 1, 31), m("1 034,10"), opening_balance=m("1 000"))
    (dupont,) = _line_ids(bank, jan.id, "Cotisation Dupont")
    rec.tick(bank, jan.id, [dupont])
    with pytest.raises(ValidationError, match="écart de -15,90 €"):
        rec.finish(bank, jan.id)
    conn = _conn(bank)
    assert not rec.statement(conn, jan.id).finished
    with pytest.raises(ValidationError, match="déjà en cours"):
        rec.start(bank, "512", D(2025, 2, 28), m("1"))
    rec.untick(bank, jan.id, [dupont])
    assert rec.difference(conn, jan.id) == m("34,10")
    rec.cancel(bank, jan.id)
    assert rec.statements(conn, "512") == []
    with pytest.raises(ValidationError, match="solde initial"):
        rec.start(bank, "512", D(2025, 1, 31), m("1 034,10"))
    with pytest.raises(ValidationError, match="compte bancaire"):
        rec.start(bank, "6064", D(2025, 1, 31), m("1"), opening_balance=m("1"))
    # A statement dated before the last finished one is refused.
    jan = rec.start(bank, "512", D(2025, 1, 31), m("1 000"), opening_balance=m("1 000"))
    rec.finish(bank, jan.id)
    with pytest.raises(ValidationError, match="après le dernier relevé rapproché"):
        rec.start(bank, "512", D(2025, 1, 15), m("1 000"))
    # Ticking on a finished statement is refused.
    with pytest.raises(ValidationError, match="terminé"):
        rec.tick(bank, jan.id, [dupont])


def test_a_line_of_a_finished_statement_cannot_be_deleted(bank):
    jan = rec.start(bank, "512", D(2025, 1, 31), m("50"), opening_balance=m("0"))
    (dupont,) = _line_ids(bank, jan.id, "Cotisation Dupont")
    rec.tick(bank, jan.id, [dupont])
    entry = _entry_of(bank, dupont)
    rec.finish(bank, jan.id)
    with pytest.raises(ValidationError, match="pointée sur un relevé bancaire déjà rapproché"):
        delete_entry(bank, entry)
    assert rec.unreconciled_lines(_conn(bank), "512", D(2025, 1, 31)) != []
    assert rec.ticked_total(_conn(bank), jan.id) == m("50")
    # A line ticked on a statement in progress goes with its entry, and its tick with it.
    feb = rec.start(bank, "512", D(2025, 2, 28), m("70"))
    (durand,) = _line_ids(bank, feb.id, "Cotisation Durand")
    rec.tick(bank, feb.id, [durand])
    entry = _entry_of(bank, durand)
    delete_entry(bank, entry)
    assert rec.ticked_total(_conn(bank), feb.id) == Money(0)


def test_december_cheque_cashed_in_january_after_the_year_is_closed(bank):
    _post(bank, D(2025, 12, 20), "6064", "", "80", "Cartouches chèque 130")
    add_year(bank, D(2026, 1, 1))
    post_entry(bank, draft(D(2026, 1, 1), ("512", "962,10", ""), ("110", "", "962,10"),
                           label="À-nouveaux 2025", journal="AN"))
    _post(bank, D(2026, 1, 10), "756", "25", "", "Cotisation Leroy")
    with bank.transaction() as s:
        bank.raw_connection(s).execute(
            "UPDATE fiscal_year SET closed_at = '2026-01-15T10:00:00' WHERE label = '2025'")
    # Everything of 2025 but cheque 130 was on the December statement.
    dec = rec.start(bank, "512", D(2025, 12, 31), m("1 042,10"), opening_balance=m("1 000"))
    conn = _conn(bank)
    ids = [c.line_id for c in rec.candidates(conn, dec.id) if "130" not in c.label]
    rec.tick(bank, dec.id, ids)
    rec.finish(bank, dec.id)
    etat = rec.etat(conn, dec.id)
    assert etat.ok and etat.row("Cartouches chèque 130").values == (m("80"),)

    jan = rec.start(bank, "512", D(2026, 1, 31), m("987,10"))
    offered = rec.candidates(conn, jan.id)
    # The 2026 à-nouveaux are not offered; the closed year's cheque is.
    assert [(c.year, c.label) for c in offered] == [("2025", "Cartouches chèque 130"),
                                                    ("2026", "Cotisation Leroy")]
    rec.tick(bank, jan.id, [c.line_id for c in offered])
    assert rec.difference(conn, jan.id) == Money(0)
    rec.finish(bank, jan.id)
    assert rec.reconciled_through(conn, "512") == D(2026, 1, 31)
    assert rec.book_balance(conn, "512", D(2026, 1, 31)) == m("987,10")


def test_etat_balances_in_pdf_and_xlsx(bank, tmp_path):
    jan = rec.start(bank, "512", D(2025, 1, 31), m("1 034,10"), opening_balance=m("1 000"))
    conn = _conn(bank)
    rec.tick_through(bank, jan.id, D(2025, 1, 25))
    rec.finish(bank, jan.id)
    report = rec.etat(conn, jan.id)
    assert report.ok
    assert report.row("Solde du relevé au 31/01/2025").values == (m("1 034,10"),)
    assert report.row("Timbres chèque 102").values == (m("12"),)
    assert report.row("Solde comptable du 512 au 31/01/2025").values == (m("1 022,10"),)
    assert report.row("Écart").values == (Money(0),)
    # The workbook's live formulas say what the model says.
    rows = list(report.rows)
    sums = [i for i, row in enumerate(rows) if row.has_formula(0)]
    assert len(sums) == 3  # no encaissement left: that total is a plain 0
    assert all(evaluate(rows, i, 0) == rows[i].values[0] for i in sums)
    pdf = rec.write_etat(bank, jan.id, tmp_path / "etat.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "État de rapprochement bancaire" in text and "Timbres chèque 102" in text
    assert "= solde comptable 1 022,10 €" in text
    xlsx = rec.write_etat(bank, jan.id, tmp_path / "etat.xlsx")
    ws = openpyxl.load_workbook(xlsx).active
    cells = {row[2]: row[3] for row in ws.iter_rows(values_only=True) if len(row) > 3}
    assert cells["Timbres chèque 102"] == 12
    assert cells["Solde du relevé au 31/01/2025"] == 1034.1
    with pytest.raises(ValidationError, match="choisissez .pdf"):
        rec.write_etat(bank, jan.id, tmp_path / "etat.csv")

    # A wrong "ancien solde" shows: the état does not balance, and says so.
    rec.cancel(bank, rec.start(bank, "512", D(2025, 2, 28), m("1 042,10")).id)
    with bank.transaction() as s:
        bank.raw_connection(s).execute(
            "INSERT INTO reconciliation (account, statement_date, opening_balance, "
            "closing_balance) VALUES ('512', '2025-03-31', 0, 0)")
    wrong = rec.current(conn, "512")
    assert not rec.etat(conn, wrong.id).ok


def test_demo_december_statement_from_the_command_line(book_path, tmp_path, capsys):
    from assocompta.cli import main
    from assocompta.services.demo import create_demo
    book = create_demo(book_path)
    book.close()
    dest = tmp_path / "etat.pdf"
    assert main(["bank", "reconciliation", str(book_path), "--date", "2024-12-31", str(dest)]) == 0
    out = capsys.readouterr().out
    assert "✓ Solde du relevé" in out and "= solde comptable 8 252,41 €" in out
    text = subprocess.run(["pdftotext", "-layout", str(dest), "-"], capture_output=True,
                          text=True, check=True).stdout
    # The December don and supplies cheque reach the bank in January.
    assert "Don" in text and "Fournitures de bureau" in text
    assert "Relevé terminé le" in text
    conn = _conn(book)
    assert rec.reconciled_through(conn, "512") == D(2024, 12, 31)
    jan = [c for c in rec.unreconciled_lines(conn, "512", D(2025, 1, 31))
           if c.date.year == 2024]
    assert [c.label for c in jan] == ["Don", "Fournitures de bureau"]
    assert main(["bank", "reconciliation", str(book_path), "--date", "2025-01-31",
                 str(tmp_path / "x.pdf")]) == 1
    assert "aucun relevé du compte 512 daté du 2025-01-31" in capsys.readouterr().err
