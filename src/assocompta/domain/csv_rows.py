"""CSV rows with the line each starts on, refusing what only an unclosed quote can make.

A quoted field may hold a line break (banks put one in their labels), so a field spanning
lines is not wrong in itself. What gives an unclosed quote away: the field swallows lines
that look like whole records (as many separators as the header, or a date then the
separator), or it runs to the end of the file. Python's ``csv`` takes both silently.
"""

from __future__ import annotations

import csv
import io
import re

from .errors import ValidationError

#: Python's own limit on a field (128 KiB), kept: a larger field is refused, never read.
FIELD_LIMIT = csv.field_size_limit()
_LINE_END = re.compile(r"\r\n|\r|\n")
_DATE_START = r"\s*\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}\s*"


class Rows(list):
    """The file's rows; ``starts[i]`` is the 1-based line row ``i`` starts on, ``lines`` the
    file's lines with their ends (a quoted field keeps its line breaks)."""

    starts: list[int]
    lines: list[str]


def read_rows(text: str, delimiter: str, name: str) -> Rows:
    """Every row of ``text``; ValidationError naming the line of a field over 128 KiB."""
    # newline="": lines end at \r\n, \n or \r as the csv module reads them, ends kept.
    lines = list(io.StringIO(text, newline=""))
    reader = csv.reader(lines, delimiter=delimiter)
    rows, starts, last = Rows(), [], 0
    try:
        for row in reader:
            rows.append(row)
            starts.append(last + 1)
            last = reader.line_num
    except csv.Error as exc:
        if "field larger" in str(exc):
            raise ValidationError(
                f"un champ commençant à la ligne {last + 1} dépasse {FIELD_LIMIT // 1024} Kio "
                "(un guillemet jamais refermé ?) : corrigez cette ligne du fichier ou "
                "réexportez-le", file=name, line=last + 1) from None
        raise ValidationError(f"ligne {last + 1} illisible ({exc}) : corrigez-la ou "
                              "réexportez le fichier", file=name, line=last + 1) from None
    rows.starts, rows.lines = starts, lines
    return rows


def _breaks(text: str) -> int:
    return len(_LINE_END.findall(text))


def refuse_unclosed_quotes(rows: Rows, at: int, delimiter: str, name: str,
                           advice: str) -> None:
    """Raise ValidationError, at the line where the quote opens, when a field of the rows
    after the header (index ``at``) swallows whole records or runs to the end of the file."""
    header = rows[at]
    width = len(header)
    while width and not header[width - 1].strip():
        width -= 1  # « Date;Libellé;Débit;Crédit; »: the last separator ends the line
    date_start = re.compile(_DATE_START + re.escape(delimiter))
    for i in range(at + 1, len(rows)):
        row = rows[i]
        for j, cell in enumerate(row):
            if "\n" not in cell and "\r" not in cell:
                continue
            swallowed = [p for p in _LINE_END.split(cell)[1:]
                         if (width > 2 and p.count(delimiter) >= width - 1)
                         or date_start.match(p)]
            if swallowed:
                line = rows.starts[i] + sum(_breaks(c) for c in row[:j])
                shown = swallowed[0].strip()
                shown = shown if len(shown) <= 40 else shown[:40] + "…"
                raise ValidationError(
                    f"guillemet ouvert à la ligne {line} et jamais refermé : le champ avale "
                    f"les lignes entières qui le suivent (« {shown} ») ; {advice}",
                    file=name, line=line)
    if rows and _ends_in_quote(rows.lines[rows.starts[-1] - 1:], delimiter):
        row = rows[-1]
        line = rows.starts[-1] + sum(_breaks(c) for c in row[:-1])
        raise ValidationError(f"guillemet ouvert à la ligne {line} et jamais refermé : le "
                              f"champ va jusqu'à la fin du fichier ; {advice}",
                              file=name, line=line)


def _ends_in_quote(lines: list[str], delimiter: str) -> bool:
    """Whether the last row's lines end inside a quoted field (strict csv says so)."""
    try:
        for _row in csv.reader(lines, delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False
