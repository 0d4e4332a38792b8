"""FEC export: the exact 18-column format, one file per fiscal year, written atomically."""

from __future__ import annotations

import os
from pathlib import Path

from ..domain.errors import ValidationError
from ..fec.format import FIELDS, file_name, format_amount, format_date, is_third_party
from ..output import atomic_file
from ..storage.db import Book
from ..storage.orm import Association
from ..text import clean_text
from .ledger import year_by_label


def _clean(text: str) -> str:
    """A FEC field: one line without tabs (the separators) nor control characters (see
    text.clean_text), « | » (the other separator readers accept) made « / »."""
    return clean_text(text).replace("|", "/")


_QUERY = """
SELECT j.code, j.label, e.number, e.date, a.code, a.label, t.code, t.name, e.piece_ref,
       COALESCE(e.piece_date, e.date), COALESCE(l.label, e.label), l.debit, l.credit, l.letter,
       l.letter_date, COALESCE(e.valid_date, e.date), l.currency_amount, l.currency_code
  FROM entry e
  JOIN journal j ON j.id = e.journal_id
  JOIN entry_line l ON l.entry_id = e.id
  JOIN account a ON a.id = l.account_id
  LEFT JOIN tiers t ON t.id = l.tiers_id
 WHERE e.year_id = ?
 ORDER BY e.number, l.position
"""


def export_fec(book: Book, year_label: str | None, dest: Path | str) -> tuple[Path, int]:
    """Write the year's FEC to ``dest`` (a folder gets the legal file name). Returns the file
    written and the number of lines."""
    as_folder = str(dest).endswith(("/", os.sep))
    dest = Path(dest)
    with book.session() as s:
        year = year_by_label(s, year_label)
        siren = s.get(Association, 1).siren
        if dest.is_dir() or as_folder:
            dest.mkdir(parents=True, exist_ok=True)
            dest = dest / file_name(siren, year.end_date)
        if not dest.parent.is_dir():
            raise ValidationError(f"{dest.parent} : ce dossier n'existe pas", field="-o")
        conn = book.raw_connection(s)
        count = 0
        with atomic_file(dest) as tmp:
            with open(tmp, "w", encoding="utf-8", newline="") as out:
                out.write("\t".join(FIELDS) + "\r\n")
                for row in conn.execute(_QUERY, (year.id,)):
                    (jc, jl, num, date, acc, acc_lib, aux, aux_lib, piece, piece_date, lib,
                     debit, credit, letter, letter_date, valid, cur_amount, cur_code) = row
                    if not is_third_party(acc):
                        aux = aux_lib = None
                    out.write("\t".join((
                        _clean(jc), _clean(jl), str(num), format_date(date), _clean(acc),
                        _clean(acc_lib), _clean(aux or ""), _clean(aux_lib or ""),
                        _clean(piece), format_date(piece_date), _clean(lib),
                        format_amount(debit), format_amount(credit), letter or "",
                        format_date(letter_date), format_date(valid),
                        format_amount(cur_amount) if cur_amount is not None else "",
                        cur_code or "")) + "\r\n")
                    count += 1
                out.flush()
                os.fsync(out.fileno())
    return dest, count
