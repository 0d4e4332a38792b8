"""XLSX writer: numeric cells in euros, live SUM formulas, A4 print set-up (openpyxl)."""

from __future__ import annotations

import datetime as dt
import re
from itertools import chain, islice
from pathlib import Path
from typing import Iterable, Iterator
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter
from openpyxl.worksheet.worksheet import Worksheet

from ..output import atomic_file
from ..text import clean_text
from .model import Percent, Report, Row, RowKind, Sum
from .xlsx_checks import SHEET as CHECKS_SHEET, needs_checks, write_checks
from .xlsx_page import across, fit_widths, print_area, set_up_page, wrapped_height
from .xlsx_rows import (amount, blank, formula, number, stream_rows, style_id, text,
                        text_content)

EURO = '#,##0.00\\ "€";\\-#,##0.00\\ "€";0.00\\ "€"'
_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_RED = Font(bold=True, color="B00020")
_TOP = Border(top=Side(style="thin"))
_SHADE = PatternFill("solid", fgColor="E8EEF4")
#: association, title, period, edition date, then the provisional mark (« Document
#: provisoire : … ») or a blank row; then the column header
_HEADER_ROWS = 5


def _ranges(rows: list[int]) -> list[tuple[int, int]]:
    """Consecutive sheet rows folded into (first, last) ranges."""
    out: list[tuple[int, int]] = []
    for r in rows:
        if out and out[-1][1] == r - 1:
            out[-1] = (out[-1][0], r)
        else:
            out.append((r, r))
    return out


def _formula(row: Row, first: int, column: str) -> str:
    """The row's formula in ``column``, for a body whose row 0 is on sheet row ``first``."""
    if isinstance(row.formula, Sum):
        rows = row.formula.rows
        return f"=SUM({column}{first + rows[0]}:{column}{first + rows[-1]})"
    if all(sign > 0 for sign, _ in row.formula):
        refs = [f"{column}{a}" if a == b else f"{column}{a}:{column}{b}"
                for a, b in _ranges([first + i for _, i in row.formula])]
        return f"=SUM({','.join(refs)})"
    parts = [(sign, f"{column}{first + i}") for sign, i in row.formula]
    expr = "".join(("+" if sign > 0 else "-") + ref for sign, ref in parts)
    return "=" + expr.lstrip("+")


_INDENTS = [Alignment(indent=i) for i in range(8)]
_DETAIL = Font(size=9, color="555555")
_DONT = Font(italic=True)
_NOTE = Font(italic=True, size=8)


def _font(kind: RowKind) -> Font | None:
    if kind in (RowKind.HEADING, RowKind.TOTAL, RowKind.RESULT, RowKind.SUBTOTAL):
        return _BOLD
    return _DONT if kind is RowKind.DONT else _DETAIL if kind is RowKind.DETAIL else None


class _Looks:
    """Style attributes per (row look, column), registered once: a sheet has a handful of
    looks and up to millions of cells. The last entry styles a Percent amount."""

    def __init__(self, ws: Worksheet, keys: int, ncols: int):
        self._ws, self._keys, self._ncols = ws, keys, ncols
        self._looks: dict[tuple | str, tuple[str, ...]] = {}
        #: the table's width in column units, set once the columns are sized
        self.table_width = 80.0

    def of(self, row: Row) -> tuple[str, ...]:
        look = (row.kind, row.level)
        ids = self._looks.get(look)
        if ids is None:
            ids = self._looks[look] = self._register(row)
        return ids

    def columns_row(self, n: int, row: Row, keys: int, letters: list[str]) -> str:
        """A heading row as the sheet's column header: the label, then each amount
        column's new heading."""
        if "columns" not in self._looks:
            self._looks["columns"] = tuple(
                style_id(self._ws, font=_BOLD, fill=_SHADE, alignment=Alignment(
                    horizontal="left" if c < keys else "right", wrap_text=c >= keys))
                for c in range(2))
        left, right = self._looks["columns"]
        cells = [(left, row.label)] + [("", "")] * (keys - 1) + [
            (right, t) for t in row.texts]
        return (f'<row r="{n}">' + "".join(
            text(f"{letters[c]}{n}", style, value) if value else blank(f"{letters[c]}{n}",
                                                                        left)
            for c, (style, value) in enumerate(cells[:len(letters)])) + "</row>")

    def text_row(self, n: int, paragraph: str, ncols: int) -> str:
        """A paragraph merged across the table and wrapped there, as tall as it needs."""
        if "text" not in self._looks:
            self._looks["text"] = (style_id(self._ws, alignment=Alignment(
                wrap_text=True, vertical="top")),)
        across(self._ws, n, ncols)
        paragraph = clean_text(paragraph, lines=True)
        height = wrapped_height(paragraph, self.table_width, 11)
        return _plain(n, [(self._looks["text"][0], paragraph)], height)

    def _register(self, row: Row) -> tuple[str, ...]:
        level = min(row.level, 7)
        common = {"font": _font(row.kind), "fill": _SHADE if row.emphasis else None,
                  "border": _TOP if row.emphasis else None}
        texts = [style_id(self._ws, **common,
                          alignment=_INDENTS[level] if c == self._keys else None)
                 for c in range(1, self._keys + 1)]
        euros = style_id(self._ws, **common, number_format=EURO)
        percent = style_id(self._ws, **common, number_format="0.0%")
        return (*texts, *[euros] * (self._ncols - self._keys), percent)


def _lines(report: Report, rows: Iterable[Row], looks: _Looks, first: int) -> Iterator[str]:
    """The report's rows as sheet rows, from sheet row ``first``."""
    keys = len(report.key_columns)
    amounts = len(report.columns)
    letters = [get_column_letter(c) for c in range(1, keys + amounts + 1)]
    # Up to millions of cells: each text cell is one f-string around the row number.
    starts = [f'<c r="{letter}' for letter in letters]
    for n, row in enumerate(rows, first):
        if row.kind is RowKind.COLUMNS:
            yield looks.columns_row(n, row, keys, letters)
            continue
        if row.kind is RowKind.TEXT:
            yield looks.text_row(n, row.label, keys + amounts)
            continue
        ids = looks.of(row)
        out = [f'<row r="{n}">']
        texts = row.texts if len(row.texts) == keys else row.key_texts(keys)
        out += [f'{starts[c]}{n}"{ids[c]} t="inlineStr"><is><t{text_content(value)}</t></is></c>'
                if value else blank(f"{letters[c]}{n}", ids[c])
                for c, value in enumerate(texts)]
        # Ledger lines are on one side: the other stays an empty cell (a third fewer).
        one_side = row.kind is RowKind.LINE and bool(row.texts)
        values = row.values
        for k in range(amounts):
            value = values[k] if k < len(values) else None
            col = keys + k
            if row.formula is not None and row.has_formula(k):
                out.append(formula(f"{letters[col]}{n}", ids[col],
                                   _formula(row, first, letters[col])))
            elif value is None or (one_side and k < 2 and not value):
                out.append(blank(f"{letters[col]}{n}", ids[col]))
            elif isinstance(value, Percent):
                out.append(number(f"{letters[col]}{n}", ids[-1], format(value, "f")))
            else:
                out.append(f"{starts[col]}{n}\"{ids[col]}><v>{amount(value.cents)}</v></c>")
        out.append("</row>")
        yield "".join(out)


def _plain(n: int, cells: list[tuple[str, str]], height: float | None = None) -> str:
    """A sheet row of text cells: (style attribute, text) from column A (text() neutralises
    and escapes every text), ``height`` points high if given."""
    tall = f' ht="{height}" customHeight="1"' if height else ""
    return (f'<row r="{n}"{tall}>'
            + "".join(text(f"{get_column_letter(c)}{n}", style, value)
                      for c, (style, value) in enumerate(cells, start=1) if value)
            + "</row>")


def write_sheet(ws: Worksheet, report: Report) -> None:
    """Set the sheet up and hand it the report's rows, written as the workbook is saved
    (a RowStream is read then, once)."""
    keys = len(report.key_columns)
    ncols = keys + len(report.columns)
    header = _HEADER_ROWS + 1
    rows = iter(report.rows)
    head = list(islice(rows, 5000))  # enough to size the label column
    # A paragraph wraps across the table: it sizes no column.
    sized = [r for r in head if r.kind is not RowKind.TEXT]
    label_width = max([20] + [len(r.key_texts(keys)[keys - 1]) + 2 * r.level for r in sized])
    # The other text columns as wide as what they hold (up to 30): at a fixed 12, the
    # journal printed « Arrêté 2026-11 » cut against its account, « Arrêté 2026-115121 ».
    widths, landscape = fit_widths(
        [min(max([len(name) + 2, 6] + [len(r.key_texts(keys)[k]) + 2 for r in sized]), 30)
         for k, name in enumerate(report.key_columns[:keys - 1])]
        + [min(max(label_width, 30), 80)] + [17] * len(report.columns),
        keys - 1)
    ws.freeze_panes = f"{get_column_letter(keys + 1)}{header + 1}"
    # Each printed page of a provisional sheet says so in its footer.
    set_up_page(ws, widths, landscape, header, report.association,
                report.title + (" — document provisoire" if report.provisional else ""))
    table_width = sum(widths)

    bold = style_id(ws, font=_BOLD)
    top = [
        _plain(1, [(style_id(ws, font=_TITLE), report.association)]),
        _plain(2, [(bold, report.title)]),
        _plain(3, [("", report.period)]),
        _plain(4, [("", f"Édité le {report.edited:%d/%m/%Y}")]),
        *([_plain(5, [(style_id(ws, font=_RED), report.provisional)])]
          if report.provisional else []),
        _plain(header, [(style_id(ws, font=_BOLD, fill=_SHADE, alignment=Alignment(
                            horizontal="left" if c <= keys else "right")), name)
                        for c, name in enumerate(report.key_columns + report.columns,
                                                 start=1)])]
    for n in range(1, 6 if report.provisional else 5):
        across(ws, n, ncols)  # a long title stays inside the printed table
    note = style_id(ws, font=_NOTE, alignment=Alignment(wrap_text=True, vertical="top"))
    looks = _Looks(ws, keys, ncols)
    looks.table_width = table_width
    body = _Body(report, chain(head, rows), looks, header + 1)

    def tail() -> Iterator[str]:
        # The notes (sources, articles) span the table's columns and wrap there: left alone,
        # a long note spills to the right and widens what is printed. The checks are no rows
        # of the table: they go to the workbook's « Contrôles » sheet (xlsx_checks.py).
        n = body.next_row + 1  # a blank row after the body
        for line in report.notes:
            across(ws, n, ncols)
            yield _plain(n, [(note, line)], wrapped_height(line, table_width, _NOTE.sz))
            n += 1
        print_area(ws, ncols, n - 1 if report.notes else body.next_row - 1)

    stream_rows(ws, chain(top, body, tail()))


class _Body:
    """The body's sheet rows; once read, ``next_row`` is the sheet row after them."""

    def __init__(self, report: Report, rows: Iterable[Row], looks: _Looks, first: int):
        self.next_row = first
        self._lines = _lines(report, rows, looks, first)

    def __iter__(self) -> Iterator[str]:
        for line in self._lines:
            self.next_row += 1
            yield line


def sheet_name(name: str) -> str:
    """A sheet title spreadsheets accept: 31 characters, none of []:*?/\\ (an action code
    in « Budget prévisionnel FETE/2025 » made openpyxl refuse the workbook)."""
    return re.sub(r"[\\*?:/\[\]]", "-", clean_text(name))[:31]


def write_xlsx(reports: Iterable[tuple[str, Report]], dest: Path) -> Path:
    """Write one sheet per (sheet name, report), then their checks on a « Contrôles »
    sheet, atomically."""
    wb = Workbook(write_only=True)
    written = []
    for name, report in reports:
        ws = wb.create_sheet(sheet_name(name))
        write_sheet(ws, report)
        written.append((ws.title, report))
    if any(needs_checks(report) for _, report in written):
        write_checks(wb.create_sheet(CHECKS_SHEET), written)
    return _save(wb, Path(dest))


def _save(wb: Workbook, dest: Path) -> Path:
    # As openpyxl's save_workbook, at deflate level 1: a grand livre's sheet is ~90 MB of
    # XML, which level 6 packs only a fifth smaller for 3-4 times the time.
    with atomic_file(dest) as tmp, ZipFile(tmp, "w", ZIP_DEFLATED, allowZip64=True,
                                           compresslevel=1) as archive:
        wb.properties.modified = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        ExcelWriter(wb, archive).save()
    return dest
