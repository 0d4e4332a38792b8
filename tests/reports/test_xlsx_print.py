"""Exported workbooks print as tables that fill an A4 page: a print area around the table,
one page wide, the column header on every page, notes wrapped inside the table."""

from __future__ import annotations

import re
import subprocess

import pytest
from openpyxl import load_workbook
from openpyxl.utils import range_boundaries

from assocompta.services import reconciliation as rec
from assocompta.services.demo import create_demo
from assocompta.services.reports import SHEETS, build, build_budget_report, build_pack, write
from tests.reports.tools import need


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    book = create_demo(tmp_path_factory.mktemp("demo") / "demo.assocompta")
    yield book
    book.close()


def _exports(book, folder):
    """Every workbook the app writes: each report, both budgets, an état, the AGM pack."""
    out = {}
    for kind in SHEETS:
        out[kind] = write([(SHEETS[kind], build(book, kind, "2025"))], folder / f"{kind}.xlsx")
    out["budget"] = write([("Budget prévisionnel", build_budget_report(book, "2026"))],
                          folder / "budget.xlsx")
    out["suivi"] = write([("Budget vs réalisé", build_budget_report(book, "2025", suivi=True))],
                         folder / "suivi.xlsx")
    with book.session() as s:
        conn = book.raw_connection(s)
        statement = rec.statements(conn, "512")[-1]
    out["état"] = rec.write_etat(book, statement.id, folder / "etat.xlsx")
    out["pack"] = write(build_pack(book, "2025"), folder / "pack.xlsx")
    return out


def test_every_sheet_prints_its_table_one_page_wide_with_notes_inside(demo, tmp_path):
    sheets = noted = 0
    for name, path in _exports(demo, tmp_path).items():
        for ws in load_workbook(path):
            where = f"{name} / {ws.title}"
            if ws.title == "Contrôles":
                _prints_the_checks(ws, where)
                continue
            ncols = sum(1 for c in ws[6] if c.value)  # the column header
            last_col, last_row = ws.max_column, ws.max_row
            # A quote in a sheet name is doubled in a reference (« 'Livre d''inventaire'!A1 »).
            quoted = ws.title.replace("'", "''")
            assert ws.print_area == f"'{quoted}'!$A$1:${chr(64 + ncols)}${last_row}", where
            assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0, where
            assert ws.sheet_properties.pageSetUpPr.fitToPage, where
            assert int(ws.page_setup.paperSize) == 9, where  # A4
            assert ws.print_title_rows == "$6:$6", where  # the column header on every page
            assert ws.oddFooter.right.text == "page &P / &N", where
            assert ws.oddFooter.left.text.startswith("Les Amis du Quartier — "), where
            # Nothing lies outside the printed table: the notes under it span its columns
            # (merged) and wrap there, in rows tall enough for their lines. (The checks are
            # on the « Contrôles » sheet.)
            assert last_col <= ncols, where
            width = sum(ws.column_dimensions[chr(64 + c)].width for c in range(1, ncols + 1))
            merged = {r.min_row: r for r in ws.merged_cells.ranges}
            # The body ends at the blank row the writer leaves before the notes (a report
            # of text only, an annexe note, has no amount column to tell it by).
            body_end = next(r for r in range(7, last_row + 2)
                            if all(ws.cell(r, c).value is None for c in range(1, ncols + 1))) - 1
            notes = [r for r in range(body_end + 1, last_row + 1) if ws.cell(r, 1).value]
            noted += bool(notes)
            for r in notes:
                if ncols > 1:  # one column needs no merge to hold its text
                    assert r in merged, (where, r)
                    assert range_boundaries(merged[r].coord) == (1, r, ncols, r), (where, r)
                cell = ws.cell(r, 1)
                assert cell.alignment.wrap_text, (where, r)
                # A character of the font is about size/11 of a width unit.
                size = cell.font.sz or 11
                per_line = width * 11 / size
                lines = -(-len(cell.value) // per_line)
                assert ws.row_dimensions[r].height >= lines * size * 1.2, (where, r)
            sheets += 1
    assert sheets >= 12 and noted >= 6


def _prints_the_checks(ws, where: str) -> None:
    """The « Contrôles » sheet prints as a table too: a print area, A4, one page wide."""
    assert [c.value for c in ws[1]] == ["Feuille", "Contrôle"], where
    assert ws.max_row > 1 and ws.max_column == 2, where
    assert ws.print_area == f"'Contrôles'!$A$1:$B${ws.max_row}", where
    assert ws.page_setup.fitToWidth == 1 and int(ws.page_setup.paperSize) == 9, where
    assert ws.print_title_rows == "$1:$1", where


def test_budget_printed_by_libreoffice_fills_the_a4_width(demo, tmp_path):
    """The budget of the demo book, printed to PDF by LibreOffice: its table spans most of the
    page's width (it took 40 % of it when the long source note set the printed width)."""
    soffice, pdftotext = need("soffice"), need("pdftotext")
    path = write([("Budget prévisionnel", build_budget_report(demo, "2026"))],
                 tmp_path / "budget.xlsx")
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(path)], check=True, capture_output=True, timeout=180,
                   env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
    html = subprocess.run([pdftotext, "-bbox", "-f", "1", "-l", "1", str(tmp_path / "budget.pdf"),
                           "-"], check=True, capture_output=True, text=True).stdout
    page_width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    assert page_width < 600  # A4 portrait: 595 points
    words = [(float(a), float(b), float(y), w) for a, y, b, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<', html)]
    heading = next(x for x in words if x[3] == "Libellé")  # the column header row
    column = next(x for x in words if x[3] == "2026" and abs(x[2] - heading[2]) < 2)
    assert (column[1] - heading[0]) / page_width > 0.8, (heading, column, page_width)
    # The amounts end where the column header does: the table, not the note, sets the width.
    ends = [x[1] for x in words if x[3] == "€"]
    assert max(ends) <= column[1] + 2
