"""The book's fiscal years as the closing and the AGM's decision read them: dates, closed or
not, and each account's balance over a year."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from ..domain.errors import ValidationError
from ..reports.totals import account_totals


@dataclass(frozen=True)
class YearSpan:
    id: int
    label: str
    start: dt.date
    end: dt.date
    closed: bool


def all_years(conn: sqlite3.Connection) -> list[YearSpan]:
    return [YearSpan(i, label, dt.date.fromisoformat(s), dt.date.fromisoformat(e),
                     closed is not None)
            for i, label, s, e, closed in conn.execute(
                "SELECT id, label, start_date, end_date, closed_at FROM fiscal_year "
                "ORDER BY start_date")]


def find_year(conn: sqlite3.Connection, label: str) -> tuple[YearSpan, list[YearSpan]]:
    """The year ``label`` and every year of the book, in date order."""
    years = all_years(conn)
    for y in years:
        if y.label == label:
            return y, years
    raise ValidationError(f"exercice « {label} » inconnu ; exercices du livre : "
                          f"{', '.join(y.label for y in years)}", field="--year")


def year_after(year: YearSpan, years: list[YearSpan]) -> YearSpan | None:
    return next((y for y in years if y.start > year.end), None)


def account_balances(conn: sqlite3.Connection, year_id: int) -> dict[str, int]:
    """Débit − crédit per account code used in the year (from the totals cache when fresh:
    the checks stay instant on a book of a million entries)."""
    return {code: t.balance for code, t in account_totals(conn, year_id).items()}
