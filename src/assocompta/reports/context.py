"""Which year a report is about, its previous year, and whose books they are."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from ..domain.errors import ValidationError


@dataclass(frozen=True)
class YearInfo:
    id: int
    label: str
    start: dt.date
    end: dt.date
    chart: str
    closed: bool


@dataclass(frozen=True)
class YearContext:
    association: str
    year: YearInfo
    previous: YearInfo | None
    #: Leave the drafts (brouillard) out: the figures of validated entries only.
    validated_only: bool = False

    @property
    def period(self) -> str:
        return (f"Exercice {self.year.label} (du {self.year.start:%d/%m/%Y} au "
                f"{self.year.end:%d/%m/%Y})")


def _years(conn: sqlite3.Connection) -> list[YearInfo]:
    return [YearInfo(i, label, dt.date.fromisoformat(s), dt.date.fromisoformat(e), chart,
                     closed is not None)
            for i, label, s, e, chart, closed in conn.execute(
                "SELECT f.id, f.label, f.start_date, f.end_date, c.code, f.closed_at "
                "FROM fiscal_year f JOIN chart c ON c.id = f.chart_id ORDER BY f.start_date")]


def year_context(conn: sqlite3.Connection, label: str | None, *,
                 validated_only: bool = False) -> YearContext:
    """The year named ``label`` (default: the latest open one) and the year before it;
    ``validated_only``: the reports made with it leave the drafts out."""
    years = _years(conn)
    if not years:
        raise ValidationError("ce livre n'a aucun exercice")
    if label is None:
        open_years = [y for y in years if not y.closed]
        year = (open_years or years)[-1]
    else:
        year = next((y for y in years if y.label == label), None)
        if year is None:
            raise ValidationError(f"exercice « {label} » inconnu ; exercices du livre : "
                                  f"{', '.join(y.label for y in years)}", field="--year")
    earlier = [y for y in years if y.end < year.start]
    name = conn.execute("SELECT name FROM association").fetchone()[0]
    return YearContext(name, year, earlier[-1] if earlier else None, validated_only)


def draft_count(conn: sqlite3.Connection, year_id: int, account_prefix: str | None = None
                ) -> int:
    """How many entries of the year are drafts (brouillard), read through the partial index
    of drafts: the cost grows with the drafts, not with the year. ``account_prefix``: only
    the drafts with a line on an account starting with it (a grand livre of some accounts)."""
    if account_prefix:
        return conn.execute(
            "SELECT count(*) FROM entry e WHERE e.year_id = ? AND e.valid_date IS NULL "
            "AND EXISTS (SELECT 1 FROM entry_line l JOIN account a ON a.id = l.account_id "
            "WHERE l.entry_id = e.id AND a.code LIKE ?)",
            (year_id, account_prefix + "%")).fetchone()[0]
    return conn.execute("SELECT count(*) FROM entry WHERE year_id = ? AND valid_date IS NULL",
                        (year_id,)).fetchone()[0]


def drafts_mark(conn: sqlite3.Connection, ctx: YearContext, years: list[YearInfo],
                account_prefix: str | None = None) -> str:
    """« Document provisoire : 12 écritures en brouillard incluses » when the report's
    figures (for ``years``, the accounts starting with ``account_prefix``) include drafts;
    "" when they include none or leave them out."""
    if ctx.validated_only:
        return ""
    counts = [(y, draft_count(conn, y.id, account_prefix)) for y in years if not y.closed]
    total = sum(n for _, n in counts)
    if not total:
        return ""
    text = (f"Document provisoire : {total} "
            + ("écriture en brouillard incluse" if total == 1 else
               "écritures en brouillard incluses"))
    shown = [(y, n) for y, n in counts if n]
    if len(shown) > 1:
        text += " (" + ", ".join(f"exercice {y.label} : {n}" for y, n in shown) + ")"
    return text


def drafts_left_out(conn: sqlite3.Connection, ctx: YearContext, years: list[YearInfo],
                    account_prefix: str | None = None) -> str:
    """The note of a report made of validated entries only while drafts exist: what it
    leaves out (the document is not provisional, but its reader learns of them)."""
    if not ctx.validated_only:
        return ""
    total = sum(draft_count(conn, y.id, account_prefix) for y in years if not y.closed)
    if not total:
        return ""
    return (f"Écritures validées seulement : {total} "
            + ("écriture en brouillard laissée" if total == 1 else
               "écritures en brouillard laissées") + " de côté.")
