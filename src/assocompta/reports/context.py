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


def year_context(conn: sqlite3.Connection, label: str | None) -> YearContext:
    """The year named ``label`` (default: the latest open one) and the year before it."""
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
    return YearContext(name, year, earlier[-1] if earlier else None)
