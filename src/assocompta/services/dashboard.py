"""The home view's figures (« Tableau de bord »): where the association stands.

Treasury (banks 51…, cash 53…) and its curve over the year, income and spending per month
against the budget, and what is left to do. Everything is a SQL aggregate (the per-month
totals cache where it is fresh): the cost follows the number of days and accounts, not of
entries. Money is integer cents.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from ..reports.context import YearInfo, _years
from ..reports.totals import account_totals
from ..storage.totals import is_fresh

# From the few accounts to their lines (line_by_account), then each line's entry: SQLite would
# otherwise walk every line of the year. (CROSS JOIN fixes SQLite's order; PostgreSQL plans.)
_LINES = ("FROM account a CROSS JOIN entry_line l CROSS JOIN entry e "
          "WHERE l.account_id = a.id AND e.id = l.entry_id")

# À-nouveaux repeat a closed year's balance: never ticked on a statement, never a piece.
_NOT_OPENING = "e.journal_id NOT IN (SELECT id FROM journal WHERE kind = 'opening')"


@dataclass(frozen=True)
class Treasury:
    """One bank or cash account and its balance (débit − crédit) over the year's entries."""

    code: str
    label: str
    balance: int

    @property
    def is_cash(self) -> bool:
        return self.code.startswith("53")


@dataclass(frozen=True)
class Point:
    """The balances at the end of a day with movements."""

    day: dt.date
    bank: int
    cash: int


@dataclass(frozen=True)
class Month:
    month: str  # YYYY-MM
    income: int  # produits (7…) crédit − débit
    spending: int  # charges (6…) débit − crédit
    budget_income: int
    budget_spending: int


@dataclass(frozen=True)
class Unreconciled:
    """A bank account with book lines that no finished statement ticked."""

    account: str
    lines: int
    through: dt.date | None  # date of its latest finished statement
    #: of ``lines``, those the bank has not taken yet as far as the book can tell: dated after
    #: the last statement and within the last month, or any line of a closed year
    waiting: int = 0

    @property
    def due(self) -> int:
        """Lines a statement already received should have ticked: the treasurer's work."""
        return self.lines - self.waiting


@dataclass(frozen=True)
class Todo:
    to_categorise: int  # imported statement lines neither booked nor ignored
    categorise_account: str | None  # the account with most of them
    unreconciled: tuple[Unreconciled, ...]
    receipt_donors: int  # donors with gifts of the year no receipt covers
    receipt_amount: int
    without_piece: int  # the year's entries with a charge (6…) and no attachment
    year_to_close: YearInfo | None  # the earliest year ended and still open
    last_entry: dt.date | None  # the year's latest entry: are the books up to date?
    last_statement: dt.date | None  # the latest statement line imported, any account

    @property
    def unreconciled_lines(self) -> int:
        return sum(u.lines for u in self.unreconciled)

    @property
    def to_reconcile(self) -> int:
        return sum(u.due for u in self.unreconciled)

    @property
    def waiting_at_bank(self) -> int:
        return sum(u.waiting for u in self.unreconciled)


@dataclass(frozen=True)
class Dashboard:
    year: YearInfo
    today: dt.date
    accounts: tuple[Treasury, ...]
    curve: tuple[Point, ...]
    months: tuple[Month, ...]
    todo: Todo
    #: the year before has not been carried forward (no à-nouveaux yet): balances start at 0
    missing_opening: str | None = None

    @property
    def bank(self) -> int:
        return sum(a.balance for a in self.accounts if not a.is_cash)

    @property
    def cash(self) -> int:
        return sum(a.balance for a in self.accounts if a.is_cash)

    @property
    def income(self) -> int:
        return sum(m.income for m in self.months)

    @property
    def spending(self) -> int:
        return sum(m.spending for m in self.months)

    @property
    def budget_income(self) -> int:
        return sum(m.budget_income for m in self.months)

    @property
    def budget_spending(self) -> int:
        return sum(m.budget_spending for m in self.months)

    @property
    def as_of(self) -> dt.date:
        """The day the figures speak of: today, or the year's end once it is over."""
        return min(max(self.today, self.year.start), self.year.end)


def build(conn: sqlite3.Connection, year: YearInfo, today: dt.date | None = None) -> Dashboard:
    """The dashboard of ``year`` as of ``today`` (default: the computer's date)."""
    today = today or dt.date.today()
    totals = account_totals(conn, year.id)
    accounts = tuple(Treasury(t.code, t.label, t.balance) for code, t in sorted(totals.items())
                     if code.startswith(("51", "53")))
    return Dashboard(year, today, accounts, curve(conn, year.id), months(conn, year),
                     todo(conn, year, today), _missing_opening(conn, year))


def _missing_opening(conn: sqlite3.Connection, year: YearInfo) -> str | None:
    """The label of the year before ``year`` when ``year`` has no à-nouveaux entry yet."""
    before = [y for y in _years(conn) if y.end < year.start]
    if not before:
        return None
    opened = conn.execute(
        "SELECT 1 FROM entry e WHERE e.year_id = ? AND e.journal_id IN "
        "(SELECT id FROM journal WHERE kind = 'opening') LIMIT 1", (year.id,)).fetchone()
    return None if opened else before[-1].label


def curve(conn: sqlite3.Connection, year_id: int) -> tuple[Point, ...]:
    """Bank and cash balances after each day of the year that moved them."""
    rows = conn.execute(
        "SELECT e.date, "
        "SUM(CASE WHEN a.code LIKE '51%' THEN l.debit - l.credit ELSE 0 END), "
        "SUM(CASE WHEN a.code LIKE '53%' THEN l.debit - l.credit ELSE 0 END) "
        f"{_LINES} AND e.year_id = ? AND (a.code LIKE '51%' OR a.code LIKE '53%') "
        "GROUP BY e.date ORDER BY e.date", (year_id,))
    points, bank, cash = [], 0, 0
    for day, bank_move, cash_move in rows:
        bank += bank_move
        cash += cash_move
        points.append(Point(dt.date.fromisoformat(day), bank, cash))
    return tuple(points)


def _month_keys(year: YearInfo) -> list[str]:
    keys, y, m = [], year.start.year, year.start.month
    while (y, m) <= (year.end.year, year.end.month):
        keys.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return keys


def _spread(total: int, parts: int) -> list[int]:
    """``total`` cents in ``parts`` near-equal shares that add up to it exactly."""
    share, extra = divmod(total, parts)
    return [share + (1 if n < extra else 0) for n in range(parts)]


def months(conn: sqlite3.Connection, year: YearInfo) -> tuple[Month, ...]:
    """Income and spending of each month of the year, and the budget spread evenly."""
    if is_fresh(conn, year.id):
        rows = conn.execute(
            "SELECT t.month, substr(a.code, 1, 1), SUM(t.debit - t.credit) "
            "FROM account_month_total t JOIN account a ON a.id = t.account_id "
            "WHERE t.year_id = ? AND (a.code LIKE '6%' OR a.code LIKE '7%') "
            "GROUP BY t.month, substr(a.code, 1, 1)", (year.id,))
    else:
        rows = conn.execute(
            "SELECT substr(e.date, 1, 7), substr(a.code, 1, 1), SUM(l.debit - l.credit) "
            "FROM entry_line l JOIN entry e ON e.id = l.entry_id "
            "JOIN account a ON a.id = l.account_id "
            "WHERE e.year_id = ? AND (a.code LIKE '6%' OR a.code LIKE '7%') "
            "GROUP BY substr(e.date, 1, 7), substr(a.code, 1, 1)", (year.id,))
    moved = {(month, cls): amount for month, cls, amount in rows}
    budget = dict(conn.execute(
        "SELECT substr(code, 1, 1), SUM(amount) FROM budget_line WHERE year_id = ? "
        "AND (code LIKE '6%' OR code LIKE '7%') GROUP BY substr(code, 1, 1)", (year.id,)))
    keys = _month_keys(year)
    budget_in = _spread(budget.get("7", 0), len(keys))
    budget_out = _spread(budget.get("6", 0), len(keys))
    return tuple(Month(k, -moved.get((k, "7"), 0), moved.get((k, "6"), 0), bi, bo)
                 for k, bi, bo in zip(keys, budget_in, budget_out))


def todo(conn: sqlite3.Connection, year: YearInfo, today: dt.date) -> Todo:
    """What is left to do, counted."""
    # Up to the year's end, as its closing check counts them: January's lines are next
    # year's work, not this year's (a closed year's dashboard showed them too).
    pending = conn.execute(
        "SELECT account, count(*) FROM bank_line WHERE entry_id IS NULL AND ignored = 0 "
        "AND date <= ? GROUP BY account ORDER BY count(*) DESC, account",
        (year.end.isoformat(),)).fetchall()
    donors, gifts = conn.execute(
        "SELECT count(DISTINCT l.tiers_id), COALESCE(SUM(l.credit - l.debit), 0) "
        f"{_LINES} AND e.year_id = ? AND a.code LIKE '754%' "
        "AND l.tiers_id IS NOT NULL "
        "AND l.credit != l.debit AND NOT EXISTS "
        "(SELECT 1 FROM donation_receipt_line r WHERE r.line_id = l.id)", (year.id,)).fetchone()
    without_piece = conn.execute(
        "SELECT count(*) FROM entry e WHERE e.year_id = ? AND EXISTS (SELECT 1 FROM entry_line l "
        "WHERE l.entry_id = e.id AND l.account_id IN (SELECT id FROM account WHERE code LIKE "
        "'6%')) AND NOT EXISTS (SELECT 1 FROM attachment t WHERE t.entry_id = e.id)",
        (year.id,)).fetchone()[0]
    ended = [y for y in _years(conn) if not y.closed and y.end < today]
    last_entry, = conn.execute(f"SELECT MAX(e.date) FROM entry e WHERE e.year_id = ? "
                               f"AND {_NOT_OPENING}", (year.id,)).fetchone()
    last_statement, = conn.execute("SELECT MAX(date) FROM bank_line").fetchone()
    return Todo(sum(n for _a, n in pending), pending[0][0] if pending else None,
                unreconciled(conn, year, today), donors, gifts, without_piece,
                ended[0] if ended else None, _day(last_entry), _day(last_statement))


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


#: How long a payment may wait for the bank (a cheque not yet cashed, a direct debit at the
#: month's turn) before the next statement should have shown it.
BANK_DELAY = dt.timedelta(days=31)


def unreconciled(conn: sqlite3.Connection, year: YearInfo,
                 today: dt.date | None = None) -> tuple[Unreconciled, ...]:
    """Per bank account (51…), the year's lines no finished statement ticked.

    A line after the last statement is waiting for the bank while it is recent; in a closed
    year every such line is: the next year's statements will tick it."""
    as_of = min(max(today or dt.date.today(), year.start), year.end)
    rows = conn.execute(
        "SELECT a.code, e.date, count(*) "
        f"{_LINES} AND e.year_id = ? AND a.code LIKE '51%' AND {_NOT_OPENING} "
        "AND NOT EXISTS "
        "(SELECT 1 FROM reconciliation_mark m JOIN reconciliation r "
        "ON r.id = m.reconciliation_id WHERE m.line_id = l.id AND r.finished_at IS NOT NULL) "
        "GROUP BY a.code, e.date ORDER BY a.code", (year.id,)).fetchall()
    found: list[Unreconciled] = []
    for code in dict.fromkeys(code for code, _d, _n in rows):
        through = _day(conn.execute(
            "SELECT MAX(statement_date) FROM reconciliation WHERE account = ? "
            "AND finished_at IS NOT NULL", (code,)).fetchone()[0])
        since = max(through or dt.date.min, as_of - BANK_DELAY)
        days = [(dt.date.fromisoformat(d), n) for c, d, n in rows if c == code]
        lines = sum(n for _d, n in days)
        waiting = lines if year.closed else sum(n for d, n in days if d > since)
        found.append(Unreconciled(code, lines, through, waiting))
    return tuple(found)
