"""A plain table (a header row, then rows) as a CSV French Excel opens, or an XLSX sheet.

For lists a treasurer keeps in a spreadsheet: tiers, members and their cotisations. CSV:
« ; » separated, UTF-8 with a BOM, decimal comma; XLSX: amounts as numbers, dates as dates,
a bold frozen header. Text that a spreadsheet would take for a formula is neutralised;
both are written atomically (``output.atomic_file``).
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Iterable, Sequence

from ..domain.errors import ValidationError
from ..domain.money import Money
from ..output import atomic_file
from ..text import clean_text
from .safety import neutralise

Cell = str | Money | dt.date | int | None
FORMATS = (".csv", ".xlsx")


def table_format(dest: Path) -> str:
    """'csv' or 'xlsx' from the destination's extension; ValidationError otherwise."""
    suffix = Path(dest).suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(f"{Path(dest).name} : choisissez un fichier .csv ou .xlsx "
                              "(le format suit l'extension)")
    return suffix[1:]


def csv_text(value: Cell) -> str:
    """A cell as the CSV holds it: 12,50 for an amount, 31/12/2025 for a date."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, (Money, int)):
        return str(value)
    return neutralise(clean_text(value, lines=True))


def write_table(dest: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]],
                title: str = "Liste") -> Path:
    """Write ``rows`` under ``headers`` to ``dest`` (.csv or .xlsx); returns ``dest``."""
    dest = Path(dest)
    fmt = table_format(dest)
    rows = [list(r) for r in rows]
    with atomic_file(dest) as tmp:
        if fmt == "csv":
            with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
                out = csv.writer(fh, delimiter=";", lineterminator="\r\n")
                out.writerow(headers)
                out.writerows([csv_text(v) for v in row] for row in rows)
        else:
            _xlsx(tmp, headers, rows, title)
    return dest


def _xlsx(path: Path, headers: Sequence[str], rows: list[list[Cell]], title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = clean_text(title)[:31] or "Liste"
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [len(h) + 2 for h in headers]
    for values in rows:
        cells = []
        for i, v in enumerate(values):
            if isinstance(v, Money):
                cells.append(v.to_decimal())
            elif isinstance(v, (dt.date, int)) or v is None:
                cells.append(v)
            else:
                cells.append(neutralise(clean_text(v, lines=True)))
            shown = max((len(x) for x in csv_text(v).splitlines()), default=0)
            widths[i] = max(widths[i], min(shown + 2, 50))
        ws.append(cells)
        row = ws.max_row
        for i, v in enumerate(values, start=1):
            cell = ws.cell(row, i)
            if isinstance(v, Money):
                cell.number_format = '#,##0.00 "€"'
            elif isinstance(v, dt.date):
                cell.number_format = "DD/MM/YYYY"
            elif isinstance(v, str) and "\n" in v:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    wb.save(path)
