"""XLSX writer: numeric cells in euros, live SUM formulas, A4 print set-up (openpyxl)."""

from __future__ import annotations

import os
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Iterable

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
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


def _cell(ws: Worksheet, value, *, font=None, fill=None, border=None, alignment=None,
          number_format=None) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    if border is not None:
        cell.border = border
    if alignment is not None:
        cell.alignment = alignment
    if number_format is not None:
        cell.number_format = number_format
    return cell


_INDENTS = [Alignment(indent=i) for i in range(8)]
_DETAIL = Font(size=9, color="555555")
_DONT = Font(italic=True)


def write_sheet(ws: Worksheet, report: Report) -> None:
    """Stream the report into a write-only sheet (rows go out in order, styles per cell)."""
    keys = len(report.key_columns)
    ncols = keys + len(report.columns)
    header = _HEADER_ROWS + 1
    label_width = max([20] + [len(r.key_texts(keys)[keys - 1]) + 2 * r.level
                              for r in report.rows[:5000]])
    for c in range(1, keys):
        ws.column_dimensions[get_column_letter(c)].width = 12
    ws.column_dimensions[get_column_letter(keys)].width = min(max(label_width, 30), 80)
    for k in range(len(report.columns)):
        ws.column_dimensions[get_column_letter(keys + 1 + k)].width = 17
    ws.freeze_panes = f"{get_column_letter(keys + 1)}{header + 1}"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.orientation = "portrait" if ncols <= 4 else "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header}:{header}"
    ws.oddFooter.center.text = "page &P / &N"
    ws.oddHeader.left.text = neutralise(f"{report.association} — {report.title}")

    ws.append([_cell(ws, neutralise(report.association), font=_TITLE)])
    ws.append([_cell(ws, report.title, font=_BOLD)])
    ws.append([neutralise(report.period)])
    ws.append([f"Édité le {report.edited:%d/%m/%Y}"])
    ws.append([])
    ws.append([_cell(ws, name, font=_BOLD, fill=_SHADE,
                     alignment=Alignment(horizontal="left" if c <= keys else "right"))
               for c, name in enumerate(report.key_columns + report.columns, start=1)])
    rows_at = list(range(header + 1, header + 1 + len(report.rows)))
    # Styling a cell costs far more than writing it: one styled cell per (row look, column)
    # is made once and reused; write-only sheets serialise each row as it is appended.
    styled: dict[tuple, WriteOnlyCell] = {}

    def cell(look: tuple, column: int, value, **style) -> WriteOnlyCell:
        c = styled.get((look, column))
        if c is None:
            c = styled[(look, column)] = _cell(ws, None, **style)
        c.value = value
        return c

    for row in report.rows:
        font = _BOLD if row.kind in (RowKind.HEADING, RowKind.TOTAL, RowKind.RESULT,
                                     RowKind.SUBTOTAL) else (
            _DONT if row.kind is RowKind.DONT else _DETAIL if row.kind is RowKind.DETAIL
            else None)
        fill, border = (_SHADE, _TOP) if row.emphasis else (None, None)
        look = (row.kind, row.emphasis, min(row.level, 7))
        out = []
        for c, text in enumerate(row.key_texts(keys), start=1):
            out.append(cell(look, c, neutralise(text), font=font, fill=fill, border=border,
                            alignment=_INDENTS[min(row.level, 7)] if c == keys else None))
        for k in range(len(report.columns)):
            value = row.values[k] if k < len(row.values) else None
            col = keys + 1 + k
            if isinstance(value, Percent):
                out.append(cell(look + ("%",), col, Decimal(value), font=font, fill=fill,
                                border=border, number_format="0.0%"))
                continue
            if row.has_formula(k):
                value = _formula(row, rows_at, get_column_letter(col))
            elif value is None or (row.kind is RowKind.LINE and row.texts and k < 2
                                   and not value):
                # Ledger lines are on one side: the other stays an empty cell (a third fewer).
                out.append(None)
                continue
            else:
                value = value.to_decimal()
            out.append(cell(look, col, value, font=font, fill=fill, border=border,
                            number_format=EURO))
        ws.append(out)
    ws.append([])
    for check in report.checks:
        ws.append([_cell(ws, neutralise(check.sentence()), font=_GREEN if check.ok else _RED)])
    for note in report.notes:
        ws.append([_cell(ws, neutralise(note), font=Font(italic=True, size=8))])


def write_xlsx(reports: Iterable[tuple[str, Report]], dest: Path) -> Path:
    """Write one sheet per (sheet name, report), atomically."""
    wb = Workbook(write_only=True)
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
