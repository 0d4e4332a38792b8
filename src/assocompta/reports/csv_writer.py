"""CSV writer for French spreadsheets: ``;``, UTF-8 with BOM, decimal comma, no grouping."""

from __future__ import annotations

import csv
from pathlib import Path

from .model import Percent, Report, RowKind
from ..output import atomic_file
from ..text import clean_text
from .safety import neutralise


def _amount(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Percent):
        return value.french().replace(" %", "")
    return str(value)  # Money's plain form: -1234,56


def write_csv(report: Report, dest: Path) -> Path:
    """One header row, then one row per report row: data only. The checks and the
    provisional mark are no rows of it (a tool or a funder's spreadsheet read « ✓ Exercice
    2025 : … » as one more line of figures): the command line prints them as it writes the
    file, the app shows them under the view, a workbook holds them on its « Contrôles »
    sheet and a PDF under the table (docs/exports.md)."""
    dest = Path(dest)
    keys = len(report.key_columns)
    with atomic_file(dest) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(list(report.key_columns) + list(report.columns))
        for row in report.rows:
            if row.kind is RowKind.COLUMNS:  # the amount columns' headings change here
                w.writerow([neutralise(clean_text(t)) for t in row.key_texts(keys)]
                           + [neutralise(clean_text(t)) for t in row.texts])
                continue
            if row.kind is RowKind.TEXT:  # a paragraph keeps its lines (quoted by csv)
                w.writerow([neutralise(clean_text(row.label, lines=True))]
                           + [""] * (keys + len(report.columns) - 1))
                continue
            # Full length, control characters made spaces (see text.clean_text).
            w.writerow([neutralise(clean_text(t)) for t in row.key_texts(keys)]
                       + [_amount(v) for v in row.values]
                       + [""] * (len(report.columns) - len(row.values)))
    return dest
