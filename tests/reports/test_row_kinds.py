"""A column header inside a report (the bilan's passif) and a paragraph (an annexe note), as
each writer renders them: cells of the workbook, lines of the CSV, text of the PDF, the tree."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess

from openpyxl import load_workbook

from assocompta.domain.money import Money
from assocompta.reports.csv_writer import write_csv
from assocompta.reports.model import Report, Row, RowKind
from assocompta.reports.pdf import write_pdf
from assocompta.reports.xlsx import write_xlsx

NOTE = "Les dons en nature sont valorisés au prix du marché.\nLe bénévolat au SMIC horaire."


def _report() -> Report:
    m = Money
    rows = (
        Row(RowKind.HEADING, "ACTIF"),
        Row(RowKind.LINE, "Disponibilités", (m(50000), None, m(50000), m(40000))),
        Row(RowKind.COLUMNS, "PASSIF", texts=("", "", "Exercice 2025", "Exercice 2024")),
        Row(RowKind.LINE, "Report à nouveau", (None, None, m(50000), m(40000))),
        Row(RowKind.TEXT, NOTE),
    )
    return Report("Bilan", "Les Amis", "Exercice 2025",
                  ("Brut", "Amortissements", "Net 2025", "Net 2024"), rows,
                  edited=dt.date(2026, 3, 1))


def test_the_workbook_has_the_new_headings_and_the_paragraph_across_the_table(tmp_path):
    path = write_xlsx([("Bilan", _report())], tmp_path / "b.xlsx")
    ws = load_workbook(path)["Bilan"]
    rows = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
    passif = rows["PASSIF"]
    assert [ws.cell(passif, c).value for c in range(2, 6)] == [None, None, "Exercice 2025",
                                                               "Exercice 2024"]
    assert ws.cell(passif, 4).font.bold
    assert ws.cell(passif + 1, 4).value == 500 and ws.cell(passif + 1, 2).value is None
    note = rows[NOTE]  # the line break kept, merged across the five columns
    assert f"A{note}:E{note}" in {str(r) for r in ws.merged_cells.ranges}
    assert ws.cell(note, 1).alignment.wrap_text
    assert ws.row_dimensions[note].height > 20  # two lines at least


def test_the_csv_has_the_headings_as_a_row_and_the_paragraph_in_one_quoted_cell(tmp_path):
    path = write_csv(_report(), tmp_path / "b.csv")
    lines = list(csv.reader(path.open(encoding="utf-8-sig"), delimiter=";"))
    assert ["PASSIF", "", "", "Exercice 2025", "Exercice 2024"] in lines
    assert [NOTE, "", "", "", ""] in lines


def test_the_pdf_prints_the_headings_and_every_line_of_the_paragraph(tmp_path):
    path = write_pdf([_report()], tmp_path / "b.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    passif = next(line for line in text.splitlines() if "PASSIF" in line)
    assert "Exercice 2025" in passif and "Exercice 2024" in passif
    assert "valorisés au prix du marché." in text and "Le bénévolat au SMIC horaire." in text


def test_the_tree_shows_the_headings_in_the_amount_columns(qtbot):
    from assocompta.ui.models.report_model import ReportModel

    model = ReportModel()
    model.set_report(_report())
    passif = model.find("PASSIF")
    assert [model.index(passif.row(), c).data() for c in (3, 4)] == ["Exercice 2025",
                                                                     "Exercice 2024"]
    assert model.rowCount(passif) == 2  # the rows below sit under the new heading
    note = model.index(1, 0, passif)
    assert note.data() == " ".join(NOTE.split())


def _pages(path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text.split("\f")


def test_a_level_0_header_starts_a_page_and_every_page_names_the_report(tmp_path):
    from dataclasses import replace

    from assocompta.reports.model import Check

    report = replace(_report(), provisional="Document provisoire : 2 écritures en brouillard",
                     checks=(Check("a", True, "tout va bien"), Check("b", False, "déséquilibre")),
                     quiet_checks=True)
    first, second = _pages(write_pdf([report], tmp_path / "b.pdf"))[:2]
    assert "Disponibilités" in first and "PASSIF" not in first
    assert "Exercice 2025" in second.split("Report à nouveau")[0]  # its own header, on top
    for page in (first, second):  # the footer names the document and its state
        assert "Bilan — Les Amis" in page and "Document provisoire : 2 écritures" in page
    # A check that holds is the app's business; one that fails is printed.
    assert "tout va bien" not in first + second and "déséquilibre" in second
    # A ledger's checks are part of its proof: printed.
    loud = _pages(write_pdf([replace(report, quiet_checks=False)], tmp_path / "l.pdf"))
    assert "tout va bien" in "".join(loud)


def test_a_deeper_header_starts_a_new_table_on_the_same_page(tmp_path):
    from dataclasses import replace

    rows = tuple(r._replace(level=1) if r.kind is RowKind.COLUMNS else r
                 for r in _report().rows)
    pages = _pages(write_pdf([replace(_report(), rows=rows)], tmp_path / "b.pdf"))
    assert "Disponibilités" in pages[0] and "Report à nouveau" in pages[0]
