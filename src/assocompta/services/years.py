"""The fiscal years as the Exercices view lists them (adding one is services.setup.add_year)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain.fiscal_years import default_end
from ..storage.db import Book


@dataclass(frozen=True)
class YearRow:
    id: int
    label: str
    start: dt.date
    end: dt.date
    chart: str          # the chart's code (pca2018, pca2025)
    closed: bool
    entries: int


def year_rows(book: Book) -> list[YearRow]:
    """Every year in date order with its number of entries (one grouped query)."""
    with book.session() as s:
        rows = book.raw_connection(s).execute(
            "SELECT f.id, f.label, f.start_date, f.end_date, c.code, f.closed_at, "
            "(SELECT count(*) FROM entry e WHERE e.year_id = f.id) "
            "FROM fiscal_year f JOIN chart c ON c.id = f.chart_id ORDER BY f.start_date"
        ).fetchall()
    return [YearRow(i, label, dt.date.fromisoformat(start), dt.date.fromisoformat(end), chart,
                    closed is not None, n) for i, label, start, end, chart, closed, n in rows]


def next_span(rows: list[YearRow], today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The year a treasurer most likely adds: the day after the last year, for one year."""
    if rows:
        start = max(r.end for r in rows) + dt.timedelta(days=1)
    else:
        start = dt.date((today or dt.date.today()).year, 1, 1)
    return start, default_end(start)
