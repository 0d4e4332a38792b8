"""Loading many entries at once (FEC import), fast and still checked by the engine.

Rows reach SQLite in batches written with ``executemany``, either queued here
(:meth:`BulkLoader.add`) or ready-made (:meth:`BulkLoader.write_rows`, rows that another
process prepared). A writer *thread* was tried and was slower: each GIL hand-back after
sqlite3_step waits on the parsing thread.

The engine still checks every row (``0001_initial.sql``, ``0006_file_guards.sql``): the load
inserts a ``bulk_load`` row, drops the per-row insert triggers for the length of the load
(running a trigger program per row cost more than storing the row), re-creates them, and
deletes the ``bulk_load`` row, which makes the engine check all new rows at once — and refuse
to go on if the triggers are not back or if a row below the load's first ids was added or
removed meanwhile. A transaction that stops before that delete cannot COMMIT. The triggers
are dropped inside the load's transaction, which no other connection sees; since schema 6
they no longer look at ``bulk_load`` at all, so a row of it left in the file (only possible
by editing the schema) lets nothing through.

The per-month totals cache (``0004_account_totals.sql``) is kept as the rows go in: each
batch brings what its lines add up to per account and month (the producer sums them as it
goes; adding two million lines up again in SQL took as long as a fifth of the load), checked
against the grand totals of the lines it wrote; a batch without them has its lines, read
back by id range, added up here. The engine still marks the years of a load stale when it
ends; the loader then marks fresh again the years that were fresh before, every line of the
load having been counted.
"""

from __future__ import annotations

import sqlite3
from itertools import chain, islice

_ENTRY_COLUMNS = ("id, year_id, journal_id, number, date, label, piece_ref, piece_date, "
                  "valid_date, import_batch_id")
_LINE_COLUMNS = ("id, entry_id, position, account_id, debit, credit, tiers_id, label, letter, "
                 "letter_date, currency_amount, currency_code")
_ENTRY_HEAD = f"INSERT INTO entry ({_ENTRY_COLUMNS}) VALUES "
# Most lines carry only an account and an amount: binding 6 values instead of 12 is a third of
# the cost of storing them.
_LINE_SHORT_HEAD = ("INSERT INTO entry_line (id, entry_id, position, account_id, debit, "
                    "credit) VALUES ")
_LINE_FULL_SQL = (f"INSERT INTO entry_line ({_LINE_COLUMNS}) "
                  "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
_NO_EXTRA = (None,) * 6
BATCH_ENTRIES = 20_000
BULK_CACHE_KIB = -200_000
#: The per-row insert triggers that step aside during a load (bulk_load_end wants them back).
ROW_GUARDS = ("line_insert", "line_insert_first", "line_insert_totals", "entry_insert_guard")

_UPSERT_TOTALS_SQL = (
    "INSERT INTO account_month_total (year_id, account_id, month, debit, credit) "
    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (year_id, account_id, month) DO UPDATE "
    "SET debit = debit + excluded.debit, credit = credit + excluded.credit")
_ADD_TOTALS_SQL = (
    "INSERT INTO account_month_total (year_id, account_id, month, debit, credit) "
    "SELECT e.year_id, l.account_id, substr(e.date, 1, 7), SUM(l.debit), SUM(l.credit) "
    "FROM entry_line l JOIN entry e ON e.id = l.entry_id WHERE l.id >= ? AND l.id < ? "
    "GROUP BY e.year_id, l.account_id, substr(e.date, 1, 7) "
    "ON CONFLICT (year_id, account_id, month) DO UPDATE "
    "SET debit = debit + excluded.debit, credit = credit + excluded.credit")

#: Rows per INSERT in :func:`insert_many`: one statement step for a hundred rows costs a
#: third of a hundred steps of a one-row statement (width × rows stays far below SQLite's
#: 32 766 parameters).
ROWS_PER_INSERT = 100


def insert_many(conn: sqlite3.Connection, head: str, width: int, rows: list[tuple]) -> None:
    """``head`` (``INSERT INTO t (cols) VALUES ``) for every row of ``width`` values, written
    :data:`ROWS_PER_INSERT` rows per statement."""
    if not rows:
        return
    one = "(" + ",".join("?" * width) + ")"
    whole = len(rows) - len(rows) % ROWS_PER_INSERT
    if whole:
        flat = iter(chain.from_iterable(islice(rows, whole)))
        conn.executemany(head + ",".join([one] * ROWS_PER_INSERT),
                         zip(*[flat] * (width * ROWS_PER_INSERT)))
    if whole < len(rows):
        conn.executemany(head + one, islice(rows, whole, None))


class EntryQueue:
    """Entries and lines queued with ids given in advance, written by the engine's loader
    (``_write``) every BATCH_ENTRIES entries: shared by the SQLite and PostgreSQL loaders."""

    def _start_queue(self, conn) -> None:
        """Ids continue after the book's own; nothing queued yet."""
        self.conn = conn
        self.first_id = self.next_id = (
            conn.execute("SELECT max(id) FROM entry").fetchone()[0] or 0) + 1
        self.first_line_id = self.next_line_id = (
            conn.execute("SELECT max(id) FROM entry_line").fetchone()[0] or 0) + 1
        self.entries = 0
        self.lines = 0
        self._entry_rows: list[tuple] = []
        self._short: list[tuple] = []
        self._full: list[tuple] = []

    def add(self, entry: tuple, lines: list[tuple]) -> int:
        """Queue one entry (year_id, journal_id, number, date, label, piece_ref, piece_date,
        valid_date, import_batch_id) and its lines (account_id, debit, credit, then optional
        tiers_id, label, letter, letter_date, currency_amount, currency_code)."""
        eid = self.next_id
        self.next_id += 1
        self._entry_rows.append((eid, *entry))
        lid = self.next_line_id
        for pos, line in enumerate(lines, start=1):
            if len(line) == 3 or line[3:] == _NO_EXTRA:
                self._short.append((lid, eid, pos, line[0], line[1], line[2]))
            else:
                self._full.append((lid, eid, pos, *line))
            lid += 1
        self.next_line_id = lid
        self.entries += 1
        self.lines += len(lines)
        if len(self._entry_rows) >= BATCH_ENTRIES:
            self._write()
        return eid


class BulkLoader(EntryQueue):
    """Queue entries with :meth:`add`; :meth:`end` writes the rest and runs the checks.

    Must be used inside one transaction on ``conn``; an exception before :meth:`end` leaves
    the bulk_load row in place, which the engine refuses to COMMIT.
    """

    def __init__(self, conn: sqlite3.Connection, *, expected_lines: int = 0) -> None:
        self._start_queue(conn)
        conn.execute("INSERT INTO bulk_load (first_entry_id, first_line_id) VALUES (?, ?)",
                     (self.next_id, self.next_line_id))
        # A transaction larger than the page cache spills to the WAL and reads it back.
        self._cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute(f"PRAGMA cache_size = {BULK_CACHE_KIB}")
        # Put back by end(), before the checks.
        marks = ", ".join("?" * len(ROW_GUARDS))
        stepping_aside = conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
            ROW_GUARDS).fetchall()
        self._guards = [sql for _, sql in stepping_aside]
        for name, _ in stepping_aside:
            conn.execute(f'DROP TRIGGER "{name}"')
        existing = conn.execute("SELECT line_count FROM bulk_load").fetchone()[0]
        self._dropped: list[str] = []
        if expected_lines > max(existing, 50_000):
            self._dropped = [sql for (sql,) in conn.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                "AND tbl_name IN ('entry', 'entry_line')")]
            for (name,) in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                    "AND tbl_name IN ('entry', 'entry_line')").fetchall():
                conn.execute(f'DROP INDEX "{name}"')
        # Years whose totals are up to date: kept so by _count() as lines go in.
        self._fresh_years = [y for (y,) in conn.execute(
            "SELECT year_id FROM account_total_state WHERE stale = 0")]
        self._counted_to = self.next_line_id

    def write_rows(self, entries: list[tuple], short_lines: list[tuple],
                   full_lines: list[tuple], totals: list[tuple] | None = None) -> None:
        """Write ready-made rows: entries as (id, year_id, …, import_batch_id), lines as
        (id, entry_id, position, account_id, debit, credit) or the same followed by the six
        optional columns. Ids must continue :attr:`next_id` / :attr:`next_line_id`.
        ``totals``: what these lines add up to, as (year_id, account_id, month, debit,
        credit); worked out here when not given."""
        self._write()
        insert_many(self.conn, _ENTRY_HEAD, 10, entries)
        insert_many(self.conn, _LINE_SHORT_HEAD, 6, short_lines)
        if full_lines:
            self.conn.executemany(_LINE_FULL_SQL, full_lines)
        self._advance(len(entries), len(short_lines) + len(full_lines))
        self._count(totals)

    def _advance(self, entries: int, lines: int) -> None:
        self.next_id += entries
        self.next_line_id += lines
        self.entries += entries
        self.lines += lines

    def _count(self, totals: list[tuple] | None = None) -> None:
        """Add the lines written since the last call to the totals cache: ``totals`` if
        they are what those lines add up to, else the lines themselves."""
        lo, hi = self._counted_to, self.next_line_id
        if hi == lo:
            return
        if totals is not None:
            debit, credit = self.conn.execute(
                "SELECT total(debit), total(credit) FROM entry_line WHERE id >= ? AND id < ?",
                (lo, hi)).fetchone()
            if (debit, credit) != (sum(t[3] for t in totals), sum(t[4] for t in totals)):
                totals = None
        if totals is not None:
            self.conn.executemany(_UPSERT_TOTALS_SQL, totals)
        else:
            self.conn.execute(_ADD_TOTALS_SQL, (lo, hi))
        self._counted_to = hi

    def _all_counted(self) -> bool:
        """Whether the lines from the load's first id on are exactly those :meth:`_count`
        added up (it reads id ranges: a line outside them would be missed)."""
        last, count = self.conn.execute(
            "SELECT max(id), count(*) FROM entry_line WHERE id >= ?",
            (self.first_line_id,)).fetchone()
        return (self._counted_to == self.next_line_id and last == self.next_line_id - 1
                and count == self.next_line_id - self.first_line_id)

    def _write(self) -> None:
        insert_many(self.conn, _ENTRY_HEAD, 10, self._entry_rows)
        insert_many(self.conn, _LINE_SHORT_HEAD, 6, self._short)
        if self._full:
            self.conn.executemany(_LINE_FULL_SQL, self._full)
        self._entry_rows, self._short, self._full = [], [], []
        self._count()

    def abandon(self) -> None:
        """Give up (the caller rolls the transaction back, guards and indexes with it)."""
        self._entry_rows, self._short, self._full = [], [], []
        self.conn.execute(f"PRAGMA cache_size = {self._cache}")

    def end(self) -> None:
        """Write what is queued, rebuild indexes, put the guards back, and let the engine check
        the new rows."""
        self._write()
        for sql in self._dropped:
            self.conn.execute(sql)
        for sql in self._guards:
            self.conn.execute(sql)
        self.conn.execute("DELETE FROM bulk_load")
        if self._all_counted():
            self.conn.executemany("UPDATE account_total_state SET stale = 0 WHERE year_id = ?",
                                  [(y,) for y in self._fresh_years])
        self.conn.execute(f"PRAGMA cache_size = {self._cache}")


def loader_for(conn, *, expected_lines: int = 0):
    """The bulk loader for ``conn``'s engine: this module's for SQLite, COPY for PostgreSQL."""
    from .sql import dialect_of
    if dialect_of(conn) == "postgresql":
        from .pg.bulk import PgBulkLoader
        return PgBulkLoader(conn, expected_lines=expected_lines)
    return BulkLoader(conn, expected_lines=expected_lines)
