"""FEC export: the exact 18-column format, one file per fiscal year, written atomically.

The file states only what the book holds (docs/fec.md): each entry's stored ValidDate, never
a date made up for it, so a year holding drafts (brouillard) is refused until they are
validated; PieceDate is the stored piece date, or the entry's own date for an entry typed in
the app (its one date is the piece's), and stays empty for an entry a FEC brought in without
one; PieceRef as recorded, empty only where an entry was validated without one before
validation required it (:func:`without_piece_ref` counts them).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..domain.errors import ValidationError
from ..domain.fixes import VALIDATE, command
from ..domain.plural import agree, plural
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


# PieceDate: an entry typed in the app has one date, its piece's (the entry form asks for no
# other), kept in e.date; an entry from a FEC keeps the PieceDate the file gave, none if none.
_QUERY = """
SELECT j.code, j.label, e.number, e.date, a.code, a.label, t.code, t.name, e.piece_ref,
       CASE WHEN e.piece_date IS NOT NULL THEN e.piece_date
            WHEN b.kind = 'fec' THEN NULL ELSE e.date END,
       COALESCE(l.label, e.label), l.debit, l.credit, l.letter,
       l.letter_date, e.valid_date, l.currency_amount, l.currency_code
  FROM entry e
  JOIN journal j ON j.id = e.journal_id
  JOIN entry_line l ON l.entry_id = e.id
  JOIN account a ON a.id = l.account_id
  LEFT JOIN tiers t ON t.id = l.tiers_id
  LEFT JOIN import_batch b ON b.id = e.import_batch_id
 WHERE e.year_id = ?
 ORDER BY e.number, l.position
"""

_DRAFTS = ("SELECT count(*), min(number), max(number), min(date), max(date) FROM entry "
           "WHERE year_id = ? AND valid_date IS NULL")


def drafts_refusal(label: str, count: int, first: int, last: int, since: str,
                   until: str) -> str:
    """Why the FEC of year ``label`` is not written while it holds ``count`` drafts, numbered
    ``first`` to ``last`` and dated ``since`` to ``until`` (ISO), and what to do."""
    numbers = f"n°{first}" if first == last else f"n°{first} à n°{last}"
    since_, until_ = (format_day(d) for d in (since, until))
    dates = f"le {since_}" if since == until else f"du {since_} au {until_}"
    them = agree(count, "la", "les")
    return (f"l'exercice {label} contient {plural(count, 'écriture', 'écritures')} en "
            f"brouillard ({numbers}, {dates}) : un FEC ne montre que des écritures validées, "
            f"avec leur date de validation. Validez-{them} d'abord avec "
            f"{command(VALIDATE, 'LIVRE', year=label)}, puis exportez à nouveau")


def format_day(iso: str) -> str:
    """2025-11-02 → 02/11/2025."""
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def refuse_drafts(conn, year_id: int, label: str) -> None:
    """ValidationError if the year holds drafts (see :func:`drafts_refusal`)."""
    count, first, last, since, until = conn.execute(_DRAFTS, (year_id,)).fetchone()
    if count:
        raise ValidationError(drafts_refusal(label, count, first, last, str(since),
                                             str(until)))


def without_piece_ref(book: Book, year_label: str | None) -> list[int]:
    """The numbers of the year's validated entries that have no piece reference: validated
    before validation asked for one (a closed year, a FEC that gave none). Their FEC lines
    keep an empty PieceRef: a validated entry can no longer be given one, and a reference
    made up at export would be one no document bears."""
    with book.session() as s:
        year = year_by_label(s, year_label)
        conn = book.raw_connection(s)
        return [n for (n,) in conn.execute(
            "SELECT number FROM entry WHERE year_id = ? AND valid_date IS NOT NULL "
            "AND trim(piece_ref) = '' ORDER BY number", (year.id,))]


def piece_ref_note(numbers: list[int]) -> str:
    """What the export says of the entries :func:`without_piece_ref` found ('' if none)."""
    if not numbers:
        return ""
    shown = ", ".join(f"n°{n}" for n in numbers[:10])
    more = f" et {len(numbers) - 10} autres" if len(numbers) > 10 else ""
    return (f"{plural(len(numbers), 'écriture validée', 'écritures validées')} sans "
            f"référence de pièce ({shown}{more}) : leur PieceRef est vide dans le FEC, "
            f"telle qu'{agree(len(numbers), 'elle a été validée', 'elles ont été validées')}")


def export_fec(book: Book, year_label: str | None, dest: Path | str) -> tuple[Path, int]:
    """Write the year's FEC to ``dest`` (a folder gets the legal file name). Returns the file
    written and the number of lines."""
    as_folder = str(dest).endswith(("/", os.sep))
    dest = Path(dest)
    with book.session() as s:
        year = year_by_label(s, year_label)
        conn = book.raw_connection(s)
        refuse_drafts(conn, year.id, year.label)
        siren = s.get(Association, 1).siren
        if dest.is_dir() or as_folder:
            dest.mkdir(parents=True, exist_ok=True)
            dest = dest / file_name(siren, year.end_date)
        if not dest.parent.is_dir():
            raise ValidationError(f"{dest.parent} : ce dossier n'existe pas", field="-o")
        count = 0
        with atomic_file(dest) as tmp:
            with open(tmp, "w", encoding="utf-8", newline="") as out:
                out.write("\t".join(FIELDS) + "\r\n")
                for row in conn.execute(_QUERY, (year.id,)):
                    (jc, jl, num, date, acc, acc_lib, aux, aux_lib, piece, piece_date, lib,
                     debit, credit, letter, letter_date, valid, cur_amount, cur_code) = row
                    if valid is None:  # a draft posted since the check (PostgreSQL)
                        refuse_drafts(conn, year.id, year.label)
                        raise ValidationError("une écriture en brouillard a été saisie pendant "
                                              "l'export : relancez-le")
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
