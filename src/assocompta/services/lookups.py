"""What the entry forms offer: accounts of a year's chart, treasury accounts, tiers, actions,
journals. Plain tuples, read in one query each."""

from __future__ import annotations

from dataclasses import dataclass
import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..storage.db import Book


@dataclass(frozen=True)
class Choices:
    accounts: list[tuple[str, str, str]]  # code, label, kind
    tiers: list[tuple[str, str]]          # code, name
    actions: list[tuple[str, str]]        # code, name
    journals: list[tuple[str, str]]       # code, label

    def accounts_for(self, *prefixes: str) -> list[tuple[str, str]]:
        """Accounts whose number starts with one of ``prefixes`` (all with none), those of the
        first prefix first: a Dépense offers its charges (6) before 401 and 404."""
        if not prefixes:
            return [(c, label) for c, label, _ in self.accounts]
        return [(c, label) for prefix in prefixes for c, label, _ in self.accounts
                if c.startswith(prefix) and not c.startswith(_earlier(prefixes, prefix))]

    def treasury(self) -> list[tuple[str, str]]:
        """Bank and cash accounts a payment goes through (512, 5121…, 530…)."""
        return [(c, label) for c, label, _ in self.accounts
                if c.startswith(("512", "514", "517", "53")) and len(c) >= 3]


def _earlier(prefixes: tuple[str, ...], prefix: str) -> tuple[str, ...]:
    """The prefixes before ``prefix``: an account they hold is listed once, under them."""
    return prefixes[:prefixes.index(prefix)]


def choices(book: Book, year_id: int) -> Choices:
    with book.session() as s:
        return read_choices(book.raw_connection(s), year_id)


def read_choices(conn: sqlite3.Connection, year_id: int) -> Choices:
    """The same from a plain sqlite3 connection (the app's quick reads)."""
    accounts = conn.execute(
        "SELECT a.code, a.label, a.kind FROM account a JOIN fiscal_year f "
        "ON f.chart_id = a.chart_id WHERE f.id = ? AND a.hidden = 0 ORDER BY a.code",
        (year_id,)).fetchall()
    tiers = conn.execute("SELECT code, name FROM tiers ORDER BY name").fetchall()
    actions = conn.execute("SELECT code, name FROM action WHERE active = 1 "
                           "ORDER BY code").fetchall()
    journals = conn.execute("SELECT code, label FROM journal ORDER BY id").fetchall()
    return Choices(accounts, tiers, actions, journals)
