"""Importing statements into the to-categorise list: each line once, whatever the overlap."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from assocompta.bank.csv_statement import ColumnMapping
from assocompta.domain.errors import ImportFailed, ValidationError
from assocompta.services.bank_import import import_statement

DATA = Path(__file__).parent / "data"


def _lines(book, account="512"):
    with book.reading() as conn:
        return conn.execute("SELECT date, amount, label, occurrence FROM bank_line "
                            "WHERE account = ? ORDER BY date, id", (account,)).fetchall()


@pytest.mark.parametrize("name, count, total", [
    ("ca_mars_2025.csv", 7, 1150000 + 14000 - 3999 - 4590 - 500 - 500 - 950),
    ("lbp_mars_2025.csv", 4, -8455),
    ("cm_mars_2025.csv", 3, -20000 + 25000 - 31240),
    ("sg_mars_2025.ofx", 4, -3999 + 1150000 - 4590 - 12000),
    ("banque_avril_2025_v2.ofx", 2, 3500 - 950),
    ("lcl_mars_2025.qif", 5, -3999 + 14000 - 500 - 500 - 950),
])
def test_each_format_imported_twice_holds_each_line_once(book, name, count, total):
    first = import_statement(book, "512", DATA / name)
    assert (first.added, first.skipped) == (count, 0) and first.batch_id is not None
    again = import_statement(book, "512", DATA / name)
    assert (again.added, again.skipped, again.batch_id) == (0, count, None)
    rows = _lines(book)
    assert len(rows) == count and sum(r[1] for r in rows) == total
    with book.reading() as conn:
        assert conn.execute("SELECT kind, line_count FROM import_batch").fetchall() == [
            ("bank", count)]


def test_same_day_twins_stay_two_and_overlap_adds_only_new_lines(book):
    import_statement(book, "512", DATA / "ca_mars_2025.csv")
    bakery = [r for r in _lines(book) if "BOULANGERIE" in r[2]]
    assert [(r[0], r[1], r[3]) for r in bakery] == [("2025-03-20", -500, 1), ("2025-03-20", -500, 2)]
    april = import_statement(book, "512", DATA / "ca_avril_2025.csv")
    # Two bakery lines and the bank fees were in March's file already.
    assert (april.added, april.skipped) == (2, 3)
    assert [r[2] for r in _lines(book)][-2:] == [
        "PRLV SEPA FREE MOBILE FM-128877", "VIR SEPA CAF D ILLE ET VILAINE PRESTATION SERVICE"]
    assert len(_lines(book)) == 9


def test_a_third_identical_line_on_a_later_statement_is_added(book, tmp_path):
    import_statement(book, "512", DATA / "lcl_mars_2025.qif")
    text = (DATA / "lcl_mars_2025.qif").read_text(encoding="cp1252")
    three = text + "D20/03/2025\r\nT-5,00\r\nPBOULANGERIE DU MARCHE\r\n^\r\n"
    (tmp_path / "three.qif").write_text(three, encoding="cp1252")
    r = import_statement(book, "512", tmp_path / "three.qif")
    assert (r.added, r.skipped) == (1, 5)
    assert [r[3] for r in _lines(book) if "BOULANGERIE" in r[2]] == [1, 2, 3]


def test_the_same_lines_on_two_accounts_are_two_accounts_lines(book):
    from assocompta.services.ledger import add_sub_account
    add_sub_account(book, None, "5121", "Livret A")
    import_statement(book, "512", DATA / "cm_mars_2025.csv")
    assert import_statement(book, "5121", DATA / "cm_mars_2025.csv").added == 3


def test_a_malformed_file_names_the_line_and_writes_nothing(book, tmp_path):
    import_statement(book, "512", DATA / "lbp_mars_2025.csv")
    bad = (DATA / "ca_avril_2025.csv").read_bytes().replace(b"10/04/2025", b"31/04/2025")
    (tmp_path / "avril.csv").write_bytes(bad)
    with pytest.raises(ImportFailed) as info:
        import_statement(book, "512", tmp_path / "avril.csv")
    # Line 12 of the file: the labels above hold line breaks, rows and lines differ.
    assert "avril.csv, ligne 12, champ Date" in str(info.value)
    assert "31/04/2025" in str(info.value)
    assert len(_lines(book)) == 4
    with book.reading() as conn:
        assert conn.execute("SELECT count(*) FROM import_batch").fetchone()[0] == 1


def test_only_a_bank_account_of_the_chart_takes_a_statement(book):
    with pytest.raises(ValidationError, match="compte de banque"):
        import_statement(book, "626", DATA / "cm_mars_2025.csv")
    with pytest.raises(ValidationError, match="5128 absent du plan"):
        import_statement(book, "5128", DATA / "cm_mars_2025.csv")
    with pytest.raises(ValidationError, match="514 absent du plan comptable du dernier"):
        import_statement(book, "514", DATA / "cm_mars_2025.csv")  # the 2018 chart's only
    with pytest.raises(ValidationError, match="introuvable"):
        import_statement(book, "512", DATA / "missing.csv")


def test_csv_columns_are_remembered_per_account(book, tmp_path):
    # A bank with headers nobody could guess: chosen once, remembered for next month.
    odd = "Jour;Quoi;Combien\n03/03/2025;Loyer;-200,00\n"
    (tmp_path / "odd.csv").write_text(odd)
    with pytest.raises(ValidationError, match="choisissez les colonnes"):
        import_statement(book, "512", tmp_path / "odd.csv")
    mapping = ColumnMapping(date="Jour", label="Quoi", amount="Combien")
    assert import_statement(book, "512", tmp_path / "odd.csv", layout=mapping).added == 1
    (tmp_path / "odd2.csv").write_text("Jour;Quoi;Combien\n03/04/2025;Loyer;-200,00\n")
    assert import_statement(book, "512", tmp_path / "odd2.csv").added == 1
    with book.reading() as conn:
        stored = json.loads(conn.execute("SELECT mapping FROM bank_layout WHERE account = '512'"
                                         ).fetchone()[0])
    assert stored == {"date": "Jour", "label": "Quoi", "amount": "Combien"}


def test_preset_by_name(book, tmp_path):
    shutil.copy(DATA / "ca_mars_2025.csv", tmp_path / "export.csv")
    r = import_statement(book, "512", tmp_path / "export.csv", preset="credit-agricole")
    assert r.added == 7
    with book.reading() as conn:
        stored = json.loads(conn.execute("SELECT mapping FROM bank_layout").fetchone()[0])
    assert stored["preset"] == "credit-agricole" and stored["debit"] == "Débit euros"
    assert _lines(book)[0][:2] == (dt.date(2025, 3, 3).isoformat(), -3999)


@pytest.mark.parametrize("engine", ["postgresql"])
def test_two_people_importing_one_statement_at_once_add_it_once(book, monkeypatch):
    """In a shared book the second import waits for the first, then skips its lines."""
    import threading

    from assocompta.services import bank_import
    first_read, go_on = threading.Event(), threading.Event()
    real_read = bank_import.read_any

    def slow_read(*args, **kwargs):
        if threading.current_thread().name == "first":
            first_read.set()
            go_on.wait(10)
        return real_read(*args, **kwargs)

    monkeypatch.setattr(bank_import, "read_any", slow_read)
    results = {}

    def run(name):
        results[name] = import_statement(book, "512", DATA / "ca_mars_2025.csv")

    first = threading.Thread(target=run, args=("first",), name="first")
    first.start()
    assert first_read.wait(10)
    second = threading.Thread(target=run, args=("second",), name="second")
    second.start()
    second.join(0.5)
    assert second.is_alive(), "the second import did not wait for the first"
    go_on.set()
    first.join(10)
    second.join(10)
    assert (results["first"].added, results["second"].added, results["second"].skipped) == \
        (7, 0, 7)
    assert len(_lines(book)) == 7
