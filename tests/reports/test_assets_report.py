"""The register and the plan as reports: the writers render them as they render the
statements (XLSX with a live total, PDF, CSV), and the register says when the books differ."""

import csv
import datetime as dt
import subprocess

from openpyxl import load_workbook

from assocompta.domain.money import Money
from assocompta.services.assets import (add_asset, asset_from_entry, plan_report,
                                        register_report)
from assocompta.services.ledger import post_entry
from assocompta.services.reports import write
from tests.helpers import draft, m
from tests.reports.tools import need


def _book_with_a_computer(book):
    posted = post_entry(book, draft(dt.date(2025, 7, 1), ("2183", "1 200", ""),
                                    ("512", "", "1 200"), label="Ordinateur"))
    post_entry(book, draft(dt.date(2025, 12, 31), ("6811", "200", ""), ("2818", "", "200"),
                           journal="OD", label="Dotation"))
    return asset_from_entry(book, posted.entry_id, life_months=36)


def test_register_ties_to_the_books_and_is_written_three_ways(book, tmp_path):
    _book_with_a_computer(book)
    report = register_report(book, "2025")
    # The dotation was typed by hand, not booked by the closing step: the register knows no
    # movement, so it says so instead of agreeing.
    assert not report.ok
    assert "diffèrent" in report.checks[0].detail
    assert report.row("Ordinateur").values == (m("1 200"), m("0"), m("1 200"))

    path = write([("Immobilisations", report)], tmp_path / "registre.xlsx")
    sheet = load_workbook(path).active
    cells = {c.value for row in sheet.iter_rows() for c in row}
    assert {"Registre des immobilisations", "Ordinateur", "2183", "3 ans"} <= cells
    assert any(isinstance(v, str) and v.startswith("=SUM(") for v in cells)

    csv_path = write([("Immobilisations", report)], tmp_path / "registre.csv")
    rows = list(csv.reader(csv_path.read_text(encoding="utf-8-sig").splitlines(),
                           delimiter=";"))
    assert any("Ordinateur" in r for r in rows)

    pdf = write([("Immobilisations", report)], tmp_path / "registre.pdf")
    text = subprocess.run([need("pdftotext"), "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Registre des immobilisations" in text and "Ordinateur" in text


def test_the_register_agrees_once_the_closing_step_booked_the_dotation(book):
    from assocompta.services.assets import assets_step
    from assocompta.services.year_end import book_proposals
    posted = post_entry(book, draft(dt.date(2025, 7, 1), ("2183", "1 200", ""),
                                    ("512", "", "1 200"), label="Ordinateur"))
    asset_from_entry(book, posted.entry_id, life_months=36)
    book_proposals(book, "2025", assets_step(book, "2025").proposals)
    report = register_report(book, "2025")
    assert report.ok, report.checks
    assert report.row("Total").values == (m("1 200"), m("200"), m("1 000"))


def test_the_plan_report_names_the_books_years(book):
    asset_id = add_asset(book, label="Mobilier", account="2184",
                         acquired_on=dt.date(2025, 10, 1), cost=Money(100000), life_months=60)
    report = plan_report(book, asset_id)
    assert report.title == "Plan d'amortissement"
    assert "Mobilier (compte 2184)" in report.period
    assert [r.label for r in report.rows] == ["2025", "2026", "2027", "2028", "2029", "2030",
                                              "Total"]
    assert report.row("2025").values[1] == m("50")
    assert report.row("Total").values[1] == m("1 000")
