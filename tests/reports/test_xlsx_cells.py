"""The sheet rows the XLSX writer renders as text: exact numbers, escaped text, styles."""

import datetime as dt
import zipfile

from openpyxl import load_workbook

from assocompta.domain.money import Money
from assocompta.reports.model import Check, Report, Row, RowKind
from assocompta.reports.xlsx import EURO, write_xlsx
from assocompta.reports.xlsx_rows import amount

KEYS = ("Date", "Journal", "N°", "Pièce", "Libellé")


def _ledger() -> Report:
    rows = (
        Row(RowKind.HEADING, "512 Banque", code="512", texts=("512", "", "", "", "Banque")),
        Row(RowKind.LINE, "x", (Money(123456), Money(0), Money(123456)),
            texts=("01/03/2025", "BQ", "1", "F-1", "  <Loyer & charges>\x07 ")),
        Row(RowKind.LINE, "y", (Money(0), Money(123461), Money(-5)),
            texts=("02/03/2025", "BQ", "2", "", "=1+1")),
        Row(RowKind.SUBTOTAL, "Total 512", (Money(123456), Money(123461), Money(-5)),
            texts=("", "", "", "", "Total 512"), formula=((1, 1), (1, 2)),
            formula_columns=(0, 1)),
    )
    return Report("Grand livre", "Les Amis", "Exercice 2025", ("Débit", "Crédit", "Solde"),
                  rows, (Check("débit = crédit", False, "déséquilibre"),),
                  edited=dt.date(2025, 12, 31), key_columns=KEYS)


def test_amount_text_is_exact():
    assert amount(123456) == "1234.56"
    assert amount(-5) == "-0.05"
    assert amount(0) == "0.00"
    assert amount(-99_999_999_999_999) == "-999999999999.99"


def test_amounts_are_exact_numeric_cells_and_totals_formulas(tmp_path):
    path = write_xlsx([("Grand livre", _ledger())], tmp_path / "gl.xlsx")
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<v>1234.56</v>" in xml and "<v>-0.05</v>" in xml
    assert "<f>SUM(F8:F9)</f>" in xml
    ws = load_workbook(path)["Grand livre"]
    assert [ws.cell(r, 1).value for r in range(1, 5)] == [
        "Les Amis", "Grand livre", "Exercice 2025", "Édité le 31/12/2025"]
    assert [c.value for c in ws[6]] == list(KEYS) + ["Débit", "Crédit", "Solde"]
    assert ws.freeze_panes == "F7"
    debit = ws["F8"]
    assert debit.data_type == "n" and debit.value == 1234.56 and debit.number_format == EURO
    assert ws["G8"].value is None  # a ledger line leaves its other side empty
    assert ws["H9"].value == -0.05
    total = ws["F10"]
    assert total.value == "=SUM(F8:F9)" and total.font.b and total.number_format == EURO
    assert ws["H10"].value == -0.05  # the running balance is a value, not a formula
    assert ws["A7"].font.b and ws["E7"].value == "Banque"


def test_user_text_is_escaped_neutralised_and_kept_readable(tmp_path):
    path = write_xlsx([("Grand livre", _ledger())], tmp_path / "gl.xlsx")
    ws = load_workbook(path)["Grand livre"]
    # A control character XML cannot hold becomes a space (text.clean_text); spaces around
    # the text stay.
    assert ws["E8"].value == "  <Loyer & charges>  "
    assert ws["E9"].value == "'=1+1" and ws["E9"].data_type == "s"


def test_checks_go_to_their_own_sheet_never_under_the_figures(tmp_path):
    wb = load_workbook(write_xlsx([("Grand livre", _ledger())], tmp_path / "gl.xlsx"))
    assert wb.sheetnames == ["Grand livre", "Contrôles"]
    ws = wb["Grand livre"]
    assert ws.max_row == 10 and ws["E10"].value == "Total 512"  # the table ends the sheet
    cells = [c.value for row in ws.iter_rows() for c in row]
    assert not any(isinstance(c, str) and c.startswith(("✓", "✗")) for c in cells)
    checks = wb["Contrôles"]
    assert [[c.value for c in row] for row in checks.iter_rows()] == [
        ["Feuille", "Contrôle"], ["Grand livre", "✗ déséquilibre"]]
    assert checks["B2"].font.color.rgb == "00B00020"  # a failing check in red
