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
    """One header row, then one row per report row; the provisional mark and the checks are
    not rows of data: they follow the data, one final comment-like row each (the text in the
    first column, the others empty, as many columns as the header), so that a funder still
    sees them and a tool reading the columns is not thrown by an extra line at the top."""
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
        trailing = ([report.provisional] if report.provisional else []) + [
            check.sentence() for check in report.checks]
        for line in trailing:
            w.writerow([neutralise(clean_text(line))] + [""] * (keys + len(report.columns) - 1))
    return dest
