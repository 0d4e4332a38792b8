"""How a report sheet prints on A4: columns that fill the page's width, fit to one page wide,
the column header on every page, a footer naming the report, notes wrapped inside the table.

Spreadsheets print the used area, and a long note spills its text to the right: a budget of
two columns printed at 40 % of the page's width because its source note was that wide.
"""

from __future__ import annotations

import math

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from ..text import clean_text
from .safety import neutralise

#: Column-width units (characters of the default font) across A4 inside the margins below:
#: 18 cm portrait, 26.7 cm landscape, at about 1.9 mm a unit.
PORTRAIT_UNITS = 94
LANDSCAPE_UNITS = 138
_MARGINS = PageMargins(left=0.6, right=0.6, top=0.6, bottom=0.75, header=0.3, footer=0.3)


def fit_widths(widths: list[float], stretch: int) -> tuple[list[float], bool]:
    """Column widths that fill the page, and whether it is landscape: a table wider than a
    portrait page turns landscape; the ``stretch`` column takes what is left of the width.
    A table wider than landscape keeps its widths and is shrunk to the page when printed."""
    total = sum(widths)
    landscape = total > PORTRAIT_UNITS * 1.05
    page = LANDSCAPE_UNITS if landscape else PORTRAIT_UNITS
    out = list(widths)
    if total < page:
        out[stretch] += page - total
    return out, landscape


def set_up_page(ws: Worksheet, widths: list[float], landscape: bool, header_row: int,
                association: str, title: str) -> None:
    """A4, one page wide (as many pages tall as needed), the column header repeated on each
    page, a footer with the report's name and the page number. Before any row is written."""
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = round(width, 1)
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = _MARGINS
    ws.print_options.horizontalCentered = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    # openpyxl writes the footer as it is: cleaned here, cut to fit Excel's 255 characters,
    # and « & » doubled (alone it starts a code such as &B).
    name = neutralise(clean_text(f"{association} — {title}"))[:120]
    ws.oddFooter.left.text = name.replace("&", "&&")
    ws.oddFooter.left.size = 8
    ws.oddFooter.right.text = "page &P / &N"
    ws.oddFooter.right.size = 8


def across(ws: Worksheet, row: int, columns: int) -> None:
    """Merge a text row across the table's columns, so that its text wraps inside them."""
    if columns > 1:
        ws.merged_cells.add(f"A{row}:{get_column_letter(columns)}{row}")


def wrapped_height(text: str, width: float, size: float) -> float:
    """Height in points of ``text`` wrapped in a cell ``width`` units wide, in a ``size``
    point font (the unit is a character of the 11 point default font)."""
    # Text averages narrower than the digit the unit is measured on: that slack covers
    # the words that wrap early.
    per_line = max(1, int(width * 11 / size))
    lines = sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))
    return round(lines * size * 1.3 + 3, 1)


def print_area(ws: Worksheet, columns: int, last_row: int) -> None:
    """Print the table and its notes only. Workbook-level, so it may be set while the sheet's
    rows are being written (openpyxl writes the workbook part after its sheets)."""
    ws.print_area = f"A1:{get_column_letter(columns)}{last_row}"
