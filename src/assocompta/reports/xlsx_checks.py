"""The « Contrôles » sheet of an exported workbook: each sheet's checks and provisional mark,
apart from the figures. Under a table they read as more rows of it: a spreadsheet user's
filter or sum took « ✓ Exercice 2025 : … » for data (issue 16)."""

from __future__ import annotations

from typing import Iterator

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from .model import Report
from .xlsx_page import print_area, set_up_page, wrapped_height
from .xlsx_rows import stream_rows, style_id, text

SHEET = "Contrôles"
_WIDTHS = [32, 100]  # the sheet's name, the sentence (wrapped)


def needs_checks(report: Report) -> bool:
    return bool(report.checks or report.provisional)


def write_checks(ws: Worksheet, sheets: list[tuple[str, Report]]) -> None:
    """One row per check of each (sheet title, report), after its provisional mark if any."""
    association = next((r.association for _, r in sheets), "")
    set_up_page(ws, _WIDTHS, True, 1, association, SHEET)
    ws.freeze_panes = "A2"
    wrap = Alignment(wrap_text=True, vertical="top")
    head = style_id(ws, font=Font(bold=True), fill=PatternFill("solid", fgColor="E8EEF4"))
    plain = style_id(ws, alignment=wrap)
    green = style_id(ws, font=Font(color="1B5E20"), alignment=wrap)
    red = style_id(ws, font=Font(bold=True, color="B00020"), alignment=wrap)

    def rows() -> Iterator[str]:
        yield f'<row r="1">{text("A1", head, "Feuille")}{text("B1", head, "Contrôle")}</row>'
        n = 2
        for title, report in sheets:
            lines = ([(red, report.provisional)] if report.provisional else []) + [
                (green if c.ok else red, c.sentence()) for c in report.checks]
            for style, line in lines:
                height = wrapped_height(line, _WIDTHS[1], 11)
                yield (f'<row r="{n}" ht="{height}" customHeight="1">'
                       f'{text(f"A{n}", plain, title)}{text(f"B{n}", style, line)}</row>')
                n += 1
        print_area(ws, len(_WIDTHS), n - 1)

    stream_rows(ws, rows())
