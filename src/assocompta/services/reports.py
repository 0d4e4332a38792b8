"""Building a report from a book and writing it where the user asked (XLSX, PDF or CSV)."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Iterator

from ..domain.errors import ValidationError
from ..reports.annexe import annexe_reports
from ..reports.bilan import build_bilan
from ..reports.context import YearContext, drafts_left_out, drafts_mark, year_context
from ..reports.inventaire import build_inventaire
from ..reports.ledgers import build_balance, build_grand_livre, build_journal
from ..reports.model import Report
from ..reports.resultat import build_resultat
from ..storage.db import Book
from ..storage.sql import one_snapshot
from .annexe import annexe_of
from .inventaire import inventory_of

KINDS = ("resultat", "bilan", "balance", "grand-livre", "journal", "inventaire")
SHEETS = {"resultat": "Compte de résultat", "bilan": "Bilan", "balance": "Balance",
          "grand-livre": "Grand livre", "journal": "Journal",
          "inventaire": "Livre d'inventaire"}


@contextmanager
def _one_read(book: Book) -> Iterator:
    """A connection reading the book as it is now, whatever is committed meanwhile."""
    # A report made while someone else posts is the book before or after the post, never
    # half of it (say, the year N column before and N-1 after).
    with book.session() as s:
        conn = book.raw_connection(s)
        one_snapshot(conn)
        yield conn


def build(book: Book, kind: str, year: str | None, *, detail: bool = False,
          account: str | None = None, validated_only: bool = False) -> Report:
    """The report of this kind (``account``: the grand livre of the accounts starting with
    it; ``validated_only``: drafts left out, else a report that includes drafts is marked
    provisional). The grand livre and journal read their lines again each time their rows
    are iterated: keep ``book`` open while they are used."""
    with _one_read(book) as conn:
        return _build(conn, book, kind, year, detail=detail, account=account,
                      validated_only=validated_only)


def _build(conn, book: Book, kind: str, year: str | None, *, detail: bool = False,
           account: str | None = None, validated_only: bool = False) -> Report:
    ctx = year_context(conn, year, validated_only=validated_only)
    if kind == "resultat":
        report = build_resultat(conn, ctx, detail=detail)
    elif kind == "bilan":
        report = build_bilan(conn, ctx, detail=detail)
    elif kind == "balance":
        report = build_balance(conn, ctx)
    elif kind == "grand-livre":
        report = build_grand_livre(book.reading, ctx, account_prefix=account)
    elif kind == "journal":
        report = build_journal(book.reading, ctx)
    elif kind == "inventaire":
        report = build_inventaire(inventory_of(conn, ctx), period=ctx.period)
    else:
        raise ValidationError(f"rapport « {kind} » inconnu : {', '.join(KINDS)}")
    # The statements show N beside N-1: the drafts of either are in their figures.
    return _marked(conn, ctx, report, with_previous=kind in ("resultat", "bilan"),
                   account_prefix=account if kind == "grand-livre" else None)


def _marked(conn, ctx: YearContext, report: Report, *, with_previous: bool,
            account_prefix: str | None = None) -> Report:
    """``report`` marked provisional when its figures include drafts (read in the report's
    own snapshot), or noting the drafts it leaves out when made of validated entries only."""
    years = [ctx.year] + ([ctx.previous] if with_previous and ctx.previous else [])
    mark = drafts_mark(conn, ctx, years, account_prefix)
    left_out = drafts_left_out(conn, ctx, years, account_prefix)
    if not mark and not left_out:
        return report
    return replace(report, provisional=mark,
                   notes=report.notes + ((left_out,) if left_out else ()))


def _action_id(conn, action: str | None) -> int | None:
    if action is None:
        return None
    row = conn.execute("SELECT id FROM action WHERE code = ? OR name = ?",
                       (action, action)).fetchone()
    if row is None:
        known = [r[0] for r in conn.execute("SELECT code FROM action ORDER BY code")]
        raise ValidationError(f"action « {action} » inconnue ; actions du livre : "
                              f"{', '.join(known) or 'aucune'}", field="--action")
    return row[0]


def build_budget_report(book: Book, year: str, action: str | None = None, *,
                        suivi: bool = False, validated_only: bool = False) -> Report:
    """The CERFA 12156 budget, or budget against actuals, for the association or an action
    (``validated_only``: actuals of validated entries only, else a suivi whose actuals
    include drafts is marked provisional; a budget alone reads no entry)."""
    with _one_read(book) as conn:
        return _budget(conn, year, action, suivi=suivi, validated_only=validated_only)


def _budget(conn, year: str, action: str | None, *, suivi: bool,
            validated_only: bool = False) -> Report:
    from ..reports.cerfa import build_budget, build_suivi
    ctx = year_context(conn, year, validated_only=validated_only)
    action_id = _action_id(conn, action)
    if not suivi:
        return build_budget(conn, ctx, action_id, action)
    return _marked(conn, ctx, build_suivi(conn, ctx, action_id, action), with_previous=False)


def build_pack(book: Book, year: str, *, validated_only: bool = False
               ) -> list[tuple[str, Report]]:
    """The AGM pack: compte de résultat (N, N-1), bilan, the annexe (one sheet or page per
    note), the livre d'inventaire, budget vs réalisé N, budget N+1, all of the book as it was at one moment
    (``validated_only``: drafts left out of every figure; else each report whose figures
    include drafts is marked provisional)."""
    with _one_read(book) as conn:
        pack = [("Compte de résultat", _build(conn, book, "resultat", year,
                                              validated_only=validated_only)),
                ("Bilan", _build(conn, book, "bilan", year, validated_only=validated_only)),
                *annexe_reports(annexe_of(conn, year, validated_only=validated_only)),
                ("Livre d'inventaire", _build(conn, book, "inventaire", year,
                                              validated_only=validated_only)),
                ("Budget et réalisé", _budget(conn, year, None, suivi=True,
                                              validated_only=validated_only))]
        ctx = year_context(conn, year)
        following = conn.execute("SELECT label FROM fiscal_year WHERE start_date > ? "
                                 "ORDER BY start_date LIMIT 1",
                                 (ctx.year.end.isoformat(),)).fetchone()
        if following:
            pack.append((f"Budget {following[0]}", _budget(conn, following[0], None,
                                                           suivi=False)))
    return pack


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


def account_lines(book: Book, year: str, code: str, limit: int, *,
                  validated_only: bool = False
                  ) -> tuple[list[tuple[int, str, int, str, int, int]], int, int]:
    """The first ``limit`` lines of account ``code`` in ``year``, in date order, as
    (entry id, ISO date, number, label, débit, crédit); how many lines there are; and the
    account's balance (débit − crédit) over the year (``validated_only``: drafts left
    out). Bounded: never the whole book."""
    with _one_read(book) as conn:
        found = conn.execute(
            "SELECT a.id, f.id FROM fiscal_year f JOIN account a ON a.chart_id = f.chart_id "
            "WHERE f.label = ? AND a.code = ?", (year, code)).fetchone()
        if found is None:
            return [], 0, 0
        account_id, year_id = found
        where = ("FROM entry_line l JOIN entry e ON e.id = l.entry_id "
                 "WHERE l.account_id = ? AND e.year_id = ?"
                 + (" AND e.valid_date IS NOT NULL" if validated_only else ""))
        count, balance = conn.execute(
            f"SELECT COUNT(*), COALESCE(SUM(l.debit - l.credit), 0) {where}",
            (account_id, year_id)).fetchone()
        lines = conn.execute(
            f"SELECT e.id, e.date, e.number, COALESCE(l.label, e.label), l.debit, l.credit "
            f"{where} ORDER BY e.date, e.number, l.position LIMIT ?",
            (account_id, year_id, limit)).fetchall()
    return lines, count, balance
