"""Loading many entries at once (FEC import), fast and still checked by the engine.

Rows are queued by the caller and written in batches with ``executemany`` (a writer thread
was tried and was slower: each GIL hand-back after sqlite3_step waits on the parsing thread).
A ``bulk_load`` row lets the per-row triggers step aside; ending the load deletes it, which makes the engine check all new lines at once
(``0001_initial.sql``). A large load into a small book also rebuilds the secondary indexes
once at the end instead of updating them row by row.
"""

from __future__ import annotations

import sqlite3

_ENTRY_SQL = ("INSERT INTO entry (id, year_id, journal_id, number, date, label, piece_ref, "
              "piece_date, valid_date, import_batch_id) VALUES (?,?,?,?,?,?,?,?,?,?)")
# Most lines carry only an account and an amount: binding 6 values instead of 12 is a third of
# the cost of storing them.
_LINE_SHORT_SQL = ("INSERT INTO entry_line (id, entry_id, position, account_id, debit, credit) "
                   "VALUES (?,?,?,?,?,?)")
_LINE_FULL_SQL = ("INSERT INTO entry_line (id, entry_id, position, account_id, debit, credit, "
                  "tiers_id, label, letter, letter_date, currency_amount, currency_code) "
                  "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
_NO_EXTRA = (None,) * 6
BATCH_ENTRIES = 20_000
BULK_CACHE_KIB = -200_000


class BulkLoader:
    """Queue entries with :meth:`add`; :meth:`end` writes the rest and runs the checks.

    Must be used inside one transaction on ``conn``; an exception before :meth:`end` leaves
    the bulk_load row in place, which the engine refuses to COMMIT.
    """

    def __init__(self, conn: sqlite3.Connection, *, expected_lines: int = 0) -> None:
        self.conn = conn
        self.next_id = (conn.execute("SELECT max(id) FROM entry").fetchone()[0] or 0) + 1
        self.next_line_id = (conn.execute("SELECT max(id) FROM entry_line").fetchone()[0]
                             or 0) + 1
        conn.execute("INSERT INTO bulk_load (first_entry_id, first_line_id) VALUES (?, ?)",
                     (self.next_id, self.next_line_id))
        # A transaction larger than the page cache spills to the WAL and reads it back.
        self._cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute(f"PRAGMA cache_size = {BULK_CACHE_KIB}")
        existing = conn.execute("SELECT count(*) FROM entry_line").fetchone()[0]
        self._dropped: list[str] = []
        if expected_lines > max(existing, 50_000):
            self._dropped = [sql for (sql,) in conn.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                "AND tbl_name IN ('entry', 'entry_line')")]
            for (name,) in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                    "AND tbl_name IN ('entry', 'entry_line')").fetchall():
                conn.execute(f'DROP INDEX "{name}"')
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

    def _write(self) -> None:
        self.conn.executemany(_ENTRY_SQL, self._entry_rows)
        if self._short:
            self.conn.executemany(_LINE_SHORT_SQL, self._short)
        if self._full:
            self.conn.executemany(_LINE_FULL_SQL, self._full)
        self._entry_rows, self._short, self._full = [], [], []

    def abandon(self) -> None:
        """Give up (the caller rolls the transaction back)."""
        self._entry_rows, self._short, self._full = [], [], []
        self.conn.execute(f"PRAGMA cache_size = {self._cache}")

    def end(self) -> None:
        """Write what is queued, rebuild indexes, and let the engine check the new lines."""
        self._write()
        for sql in self._dropped:
            self.conn.execute(sql)
        self.conn.execute("DELETE FROM bulk_load")
        self.conn.execute(f"PRAGMA cache_size = {self._cache}")
