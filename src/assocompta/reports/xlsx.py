"""XLSX writer: numeric cells in euros, live SUM formulas, A4 print set-up (openpyxl)."""

from __future__ import annotations

import os
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Iterable

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .model import Percent, Report, Row, RowKind
from .safety import neutralise

EURO = '#,##0.00\\ "€";\\-#,##0.00\\ "€";0.00\\ "€"'
_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_RED = Font(bold=True, color="B00020")
_GREEN = Font(color="1B5E20")
_TOP = Border(top=Side(style="thin"))
_SHADE = PatternFill("solid", fgColor="E8EEF4")
_HEADER_ROWS = 5  # association, title, period, edition date, blank; then the column header


def _ranges(rows: list[int]) -> list[tuple[int, int]]:
    """Consecutive sheet rows folded into (first, last) ranges."""
    out: list[tuple[int, int]] = []
    for r in rows:
        if out and out[-1][1] == r - 1:
            out[-1] = (out[-1][0], r)
        else:
            out.append((r, r))
    return out


def _formula(row: Row, rows_at: list[int], column: str) -> str:
    if all(sign > 0 for sign, _ in row.formula):
        refs = [f"{column}{a}" if a == b else f"{column}{a}:{column}{b}"
                for a, b in _ranges([rows_at[i] for _, i in row.formula])]
        return f"=SUM({','.join(refs)})"
    parts = [(sign, f"{column}{rows_at[i]}") for sign, i in row.formula]
    text = "".join(("+" if sign > 0 else "-") + ref for sign, ref in parts)
    return "=" + text.lstrip("+")


def write_sheet(ws: Worksheet, report: Report) -> None:
    keys = len(report.key_columns)
    ncols = keys + len(report.columns)
    ws["A1"] = neutralise(report.association)
    ws["A1"].font = _TITLE
    ws["A2"] = report.title
    ws["A2"].font = _BOLD
    ws["A3"] = neutralise(report.period)
    ws["A4"] = f"Édité le {report.edited:%d/%m/%Y}"
    header = _HEADER_ROWS + 1
    for c, name in enumerate(report.key_columns + report.columns, start=1):
        cell = ws.cell(header, c, name)
        cell.font = _BOLD
        cell.fill = _SHADE
        cell.alignment = Alignment(horizontal="left" if c <= keys else "right")
    ws.freeze_panes = ws.cell(header + 1, keys + 1)

    rows_at: list[int] = []
    r = header
    for row in report.rows:
        r += 1
        rows_at.append(r)
    r = header
    label_width = 20
    for row in report.rows:
        r += 1
        texts = row.key_texts(keys)
        for c, text in enumerate(texts, start=1):
            cell = ws.cell(r, c, neutralise(text))
            if c == keys:
                cell.alignment = Alignment(indent=row.level)
                label_width = max(label_width, len(text) + 2 * row.level)
        for k, value in enumerate(row.values):
            col = keys + 1 + k
            cell = ws.cell(r, col)
            if isinstance(value, Percent):
                cell.value = Decimal(value)
                cell.number_format = "0.0%"
                continue
            if row.has_formula(k):
                cell.value = _formula(row, rows_at, get_column_letter(col))
            elif value is not None:
                cell.value = value.to_decimal()
            cell.number_format = EURO
        font = _BOLD if row.kind in (RowKind.HEADING, RowKind.TOTAL, RowKind.RESULT,
                                     RowKind.SUBTOTAL) else None
        if row.kind is RowKind.DONT or row.kind is RowKind.DETAIL:
            font = Font(italic=row.kind is RowKind.DONT, size=9 if row.kind is RowKind.DETAIL
                        else 11)
        for c in range(1, ncols + 1):
            cell = ws.cell(r, c)
            if font is not None:
                cell.font = font
            if row.emphasis:
                cell.border = _TOP
                cell.fill = _SHADE
    r += 2
    for check in report.checks:
        cell = ws.cell(r, 1, neutralise(check.sentence()))
        cell.font = _GREEN if check.ok else _RED
        r += 1
    for note in report.notes:
        ws.cell(r, 1, neutralise(note)).font = Font(italic=True, size=8)
        r += 1

    for c in range(1, keys):
        ws.column_dimensions[get_column_letter(c)].width = 12
    ws.column_dimensions[get_column_letter(keys)].width = min(max(label_width, 30), 80)
    for k in range(len(report.columns)):
        ws.column_dimensions[get_column_letter(keys + 1 + k)].width = 17
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait" if ncols <= 4 else "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header}:{header}"
    ws.oddFooter.center.text = "page &P / &N"
    ws.oddHeader.left.text = neutralise(f"{report.association} — {report.title}")


def write_xlsx(reports: Iterable[tuple[str, Report]], dest: Path) -> Path:
    """Write one sheet per (sheet name, report), atomically."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, report in reports:
        write_sheet(wb.create_sheet(name[:31]), report)
    return _save(wb, Path(dest))


def _save(wb: Workbook, dest: Path) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=dest.name + ".", suffix=".part", dir=dest.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return dest
