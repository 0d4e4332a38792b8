"""A write-only sheet's rows as SpreadsheetML text, under openpyxl's own worksheet writer.

openpyxl serialises every cell through a WriteOnlyCell and an XML element: about 10 µs a cell,
most of a 100 000-entry grand livre's time. Reports hold three kinds of cell only (inline
text, an exact amount, a formula), so their rows are rendered here as text, while openpyxl
still writes the rest of the sheet (columns, panes, print set-up, header and footer) and the
whole workbook around it (styles, names, package). Relies on WorksheetWriter's stream
protocol, unchanged through openpyxl 3.1 (hence the upper bound in pyproject).
"""

from __future__ import annotations

from typing import Iterable, Iterator

from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import tostring

from ..text import clean_text, has_unwritable
from .safety import FORMULA_STARTS

_MAX_TEXT = 32767  # characters a cell holds (Excel)
_BATCH = 2000  # rows per write: large enough to amortise the call, small enough to stream


def style_id(ws: WriteOnlyWorksheet, **style) -> str:
    """The ``s`` attribute for cells of this style, registered in the workbook's stylesheet
    as openpyxl does for a styled cell ("" for the default style)."""
    cell = WriteOnlyCell(ws)
    for name, value in style.items():
        if value is not None:
            setattr(cell, name, value)
    return f' s="{cell.style_id}"' if cell.has_style else ""


def amount(cents: int) -> str:
    """Exact decimal text of an amount in cents ("1234.56", "-0.05"), never via float."""
    units, hundredths = divmod(abs(cents), 100)
    return f"{'-' if cents < 0 else ''}{units}.{hundredths:02d}"


def text_content(value: str) -> str:
    """What follows ``<t`` in an inline string cell: the text neutralised (never read as a
    formula, see safety.py), escaped, its leading and trailing spaces kept."""
    if value.startswith(FORMULA_STARTS):
        value = "'" + value
    if len(value) > _MAX_TEXT:
        value = value[:_MAX_TEXT - 1] + "…"  # cut where it shows, never silently
    if "&" in value or "<" in value or ">" in value:
        value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if value != value.strip():
        return f' xml:space="preserve">{value}'
    return f">{value}"


def text(ref: str, style: str, value: str) -> str:
    """An inline string cell (``value`` neutralised and escaped here)."""
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{text_content(value)}</t></is></c>'


def number(ref: str, style: str, value: str) -> str:
    return f'<c r="{ref}"{style}><v>{value}</v></c>'


def formula(ref: str, style: str, value: str) -> str:
    """A formula cell without a cached value: spreadsheets compute it on opening."""
    value = value.removeprefix("=").replace("&", "&amp;").replace("<", "&lt;").replace(
        ">", "&gt;")
    return f'<c r="{ref}"{style}><f>{value}</f></c>'


def blank(ref: str, style: str) -> str:
    """An empty cell that still shows its style (a shaded total row's empty columns)."""
    return f'<c r="{ref}"{style}/>' if style else ""


class _TextRowsWriter(WorksheetWriter):
    """openpyxl's worksheet writer, with sheetData taken from ready ``<row>`` texts."""

    def __init__(self, ws: WriteOnlyWorksheet, rows: Iterable[str]):
        self._source = rows
        super().__init__(ws)

    def get_stream(self):
        # Same protocol as WorksheetWriter.get_stream (elements sent in, None at the end),
        # but onto a plain file so that row text can go in between the elements.
        with open(self.out, "wb") as out:
            self._file = out
            out.write(b'<?xml version="1.0" encoding="UTF-8"?>\n'
                      b'<worksheet xmlns="' + SHEET_MAIN_NS.encode() + b'">')
            try:
                while True:
                    el = yield
                    if el is True:
                        raise TypeError("rows of this sheet come from its row texts only")
                    if el is not None:
                        out.write(tostring(el))
            except GeneratorExit:
                out.write(b"</worksheet>")

    def write_rows(self):
        out = self._file
        out.write(b"<sheetData>")
        batch: list[str] = []
        for row in self._source:
            batch.append(row)
            if len(batch) >= _BATCH:
                out.write(_clean("".join(batch)))
                batch.clear()
        out.write(_clean("".join(batch)))
        out.write(b"</sheetData>")


def _clean(xml: str) -> bytes:
    # Characters XML 1.0 cannot hold (a control character, U+FFFE, U+FFFF, a lone surrogate)
    # make a workbook openpyxl refuses and LibreOffice cuts short. Markup never holds one:
    # one pass over the batch replaces user text's (spaces, « � »: see text.clean_text).
    try:
        if not has_unwritable(xml):
            return xml.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        pass
    return clean_text(xml, lines=True).encode("utf-8")


def stream_rows(ws: WriteOnlyWorksheet, rows: Iterator[str]) -> None:
    """Make ``rows`` (``<row>`` texts, numbered from 1) the sheet's content; they are
    consumed when the workbook is saved. Columns, panes and sheet properties must be set
    before this call (openpyxl writes them first)."""
    if ws._writer is not None:  # noqa: SLF001 - see the module docstring
        raise ValueError("rows were already appended to this sheet")
    ws._writer = _TextRowsWriter(ws, rows)  # noqa: SLF001
    ws._writer.write_top()  # noqa: SLF001
