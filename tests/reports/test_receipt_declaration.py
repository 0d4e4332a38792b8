"""The CGI 222 bis declaration: the same figures in PDF, XLSX and CSV, where and when to file."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
from decimal import Decimal

import openpyxl
import pytest

from assocompta.domain.money import Money
from assocompta.domain.receipts import DeclarationPeriod
from assocompta.reports.receipt_declaration import deadline, write_declaration
from assocompta.services.receipts import Declaration
from tests.reports.test_receipt_pdf import WHO, _company, _receipt
from tests.reports.tools import need

D = dt.date


def _decl(period=None, **kw) -> Declaration:
    receipts = (_receipt(number="2025-0001", amount=Money(20025)),
                _receipt(number="2025-0002", donor_name="=Martin", donor_first_name="Jean",
                         amount=Money(5000), issued_at=D(2026, 1, 21)),
                _company(number="2025-0003", issued_at=D(2026, 1, 22)))
    fields = dict(association=WHO,
                  period=period or DeclarationPeriod(D(2025, 1, 1), D(2025, 12, 31),
                                                     "calendar", True),
                  count=3, total=Money(175025),
                  by_model=(("11580*05", 2, Money(25025)), ("16216*03", 1, Money(150000))),
                  receipts=receipts, cancelled=1, made_on=D(2026, 3, 2))
    fields.update(kw)
    return Declaration(**fields)


def _pdf_text(path) -> str:
    return subprocess.run([need("pdftotext"), "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_the_pdf_says_what_to_declare_where_and_when(tmp_path):
    text = _pdf_text(write_declaration(_decl(), tmp_path / "d.pdf", "pdf"))
    flat = " ".join(text.split())
    for shown in ("Déclaration annuelle des dons et versements ayant donné lieu à reçu fiscal",
                  "Article 222 bis du code général des impôts", "Les Amis du Quartier",
                  "SIREN 123 456 789 – RNA W353001234",
                  "Année civile 2025 (du 01/01/2025 au 31/12/2025)",
                  "Nombre de reçus délivrés 3", "1 750,25 €",
                  "Reçus annulés (non comptés) 1", "Cerfa n° 11580*05", "250,25 €",
                  "Cerfa n° 16216*03", "1 500,00 €", "cadre L", "2065-bis-SD", "2070-SD",
                  "https://www.demarches-simplifiees.fr/commencer/declaration-des-dons",
                  "2e jour ouvré suivant le 1er mai", "05/05/2026", "1729 B",
                  "sans l'identité des donateurs", "2025-0002", "Jean =Martin", "21/01/2026"):
        assert shown in flat, shown
    assert "PROVISOIRE" not in flat


def test_an_exercice_not_closed_is_provisional(tmp_path):
    period = DeclarationPeriod(D(2024, 7, 1), D(2025, 6, 30), "exercice", False)
    text = _pdf_text(write_declaration(_decl(period), tmp_path / "d.pdf", "pdf"))
    flat = " ".join(text.split())
    assert "PROVISOIRE : l'exercice n'est pas clos" in flat
    assert "Exercice du 01/07/2024 au 30/06/2025" in flat
    assert "dans les 3 mois de la clôture de l'exercice, soit au plus tard le 30/09/2025" in flat


def test_the_workbook_holds_typed_figures(tmp_path):
    wb = openpyxl.load_workbook(write_declaration(_decl(), tmp_path / "d.xlsx", "xlsx"))
    ws = wb["Déclaration"]
    values = {ws.cell(r, 1).value: ws.cell(r, 2) for r in range(1, ws.max_row + 1)}
    assert values["Nombre de reçus délivrés"].value == 3
    total = values["Montant global des dons et versements mentionnés sur ces reçus"]
    assert total.value == Decimal("1750.25") or total.value == 1750.25
    assert "€" in total.number_format
    assert values["Établi le"].value == dt.datetime(2026, 3, 2)
    assert values["Reçus annulés (non comptés)"].value == 1
    models = {ws.cell(r, 1).value: (ws.cell(r, 2).value, ws.cell(r, 3).value)
              for r in range(1, ws.max_row + 1) if str(ws.cell(r, 1).value).startswith(
                  ("Particuliers", "Entreprises"))}
    assert sorted(models.values()) == [(1, 1500), (2, 250.25)]
    lst = wb["Reçus"]
    rows = list(lst.iter_rows(values_only=True))
    assert rows[0] == ("Numéro", "Date", "Donateur", "Modèle", "Montant")
    assert rows[2] == ("2025-0002", dt.datetime(2026, 1, 21), "Jean =Martin", "11580*05",
                       50)
    assert lst["B2"].number_format == "DD/MM/YYYY" and "€" in lst["E2"].number_format
    assert rows[-1][0] == "Total" and rows[-1][4] == 1750.25


def test_the_csv_is_french_and_says_the_same(tmp_path):
    path = write_declaration(_decl(), tmp_path / "d.csv", "csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    values = dict(row for row in rows if len(row) == 2)
    assert values["Nombre de reçus délivrés"] == "3"
    assert values["Montant global des dons et versements mentionnés sur ces reçus"] == "1750,25"
    assert values["Reçus annulés (non comptés)"] == "1"
    assert values["Établi le"] == "02/03/2026"
    start = rows.index(["Numéro", "Date", "Donateur", "Modèle", "Montant"])
    assert rows[start + 2] == ["2025-0002", "21/01/2026", "Jean =Martin", "11580*05", "50,00"]
    assert any("declaration-des-dons" in cell for row in rows for cell in row)


def test_a_donor_name_never_runs_as_a_formula(tmp_path):
    decl = _decl(receipts=(_receipt(donor_name="=HYPERLINK(1)", donor_first_name=""),))
    rows = list(csv.reader(write_declaration(decl, tmp_path / "d.csv", "csv").read_text(
        encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert ["2025-0001", "20/01/2026", "'=HYPERLINK(1)", "11580*05", "200,25"] in rows
    wb = openpyxl.load_workbook(write_declaration(decl, tmp_path / "d.xlsx", "xlsx"))
    assert wb["Reçus"]["C2"].value == "'=HYPERLINK(1)"


def test_unknown_format_and_atomic_write(tmp_path):
    with pytest.raises(ValueError):
        write_declaration(_decl(), tmp_path / "d.txt", "txt")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("end, due", [
    (D(2025, 12, 31), D(2026, 5, 5)),   # 1 May 2026 a Friday: Monday 4, Tuesday 5
    (D(2024, 12, 31), D(2025, 5, 5)),   # Thursday 1 May: Friday 2, Monday 5
    (D(2026, 12, 31), D(2027, 5, 4)),   # Saturday 1 May: Monday 3, Tuesday 4
    (D(2025, 6, 30), D(2025, 9, 30)),
    (D(2025, 8, 31), D(2025, 11, 30)),
    (D(2025, 3, 15), D(2025, 6, 15)),
])
def test_deadline(end, due):
    assert deadline(end)[0] == due
