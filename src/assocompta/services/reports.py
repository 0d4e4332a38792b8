"""Building a report from a book and writing it where the user asked (XLSX, PDF or CSV)."""

from __future__ import annotations

from pathlib import Path

from ..domain.errors import ValidationError
from ..reports.bilan import build_bilan
from ..reports.context import year_context
from ..reports.ledgers import build_balance, build_grand_livre, build_journal
from ..reports.model import Report
from ..reports.resultat import build_resultat
from ..storage.db import Book

KINDS = ("resultat", "bilan", "balance", "grand-livre", "journal")
SHEETS = {"resultat": "Compte de résultat", "bilan": "Bilan", "balance": "Balance",
          "grand-livre": "Grand livre", "journal": "Journal"}


def build(book: Book, kind: str, year: str | None, *, detail: bool = False) -> Report:
    with book.session() as s:
        conn = book.raw_connection(s)
        ctx = year_context(conn, year)
        if kind == "resultat":
            return build_resultat(conn, ctx, detail=detail)
        if kind == "bilan":
            return build_bilan(conn, ctx)
        if kind == "balance":
            return build_balance(conn, ctx)
        if kind == "grand-livre":
            return build_grand_livre(conn, ctx)
        if kind == "journal":
            return build_journal(conn, ctx)
    raise ValidationError(f"rapport « {kind} » inconnu : {', '.join(KINDS)}")


def write(reports: list[tuple[str, Report]], dest: Path | str) -> Path:
    """Pick the writer from DEST's extension."""
    dest = Path(dest)
    if not dest.parent.is_dir():
        raise ValidationError(f"{dest.parent} : ce dossier n'existe pas", field="-o")
    suffix = dest.suffix.lower()
    if suffix == ".xlsx":
        from ..reports.xlsx import write_xlsx
        return write_xlsx(reports, dest)
    if suffix == ".pdf":
        from ..reports.pdf import write_pdf
        return write_pdf([r for _, r in reports], dest)
    if suffix == ".csv":
        if len(reports) != 1:
            raise ValidationError("un fichier CSV ne contient qu'un rapport : choisissez .xlsx "
                                  "ou .pdf", field="-o")
        from ..reports.csv_writer import write_csv
        return write_csv(reports[0][1], dest)
    raise ValidationError(f"extension « {dest.suffix or '(aucune)'} » : choisissez .xlsx, .pdf "
                          "ou .csv", field="-o")
