"""Loading many entries at once (FEC import) into PostgreSQL, with every trigger on.

The rows go in by ``COPY`` inside the import's transaction. Nothing steps aside: the per-row
guards (closed year, dates, chart) check each row, the statement-level triggers keep the
imbalance and month totals once per COPY, and the deferred balance check runs at COMMIT
(storage/pg/schema.sql). So unlike the SQLite loader (storage/bulk.py) there are no totals to
add up here and nothing to put back.

The importer gives rows their ids and entry numbers in advance (fec/batches.py). For those to
stay free until COMMIT, the load locks the open years' rows and the tables it writes against
other writers (readers go on), then moves the id sequences past what it wrote.

An entry is born a draft (schema 7): the entries go in without their ValidDate, their lines
after them, and :meth:`PgBulkLoader.end` validates those that carry one in a single UPDATE,
which the guards check as any other (the number rule once, after the statement: no
validated entry above a draft of its year).
"""

from __future__ import annotations

from ..bulk import EntryQueue

#: Where an entry row (id, year_id, journal_id, number, date, label, piece_ref, piece_date,
#: valid_date, import_batch_id) holds its valid_date.
_VALID_DATE = 8
_VALIDATE = ("UPDATE entry SET valid_date = v.valid_date "
             "FROM unnest(%s::bigint[], %s::text[]) AS v (id, valid_date) WHERE entry.id = v.id")

#: Tables whose ids the importer chooses; locked in this order by every load.
TABLES = ("journal", "account", "tiers", "entry", "entry_line")
_ENTRY_COPY = ("COPY entry (id, year_id, journal_id, number, date, label, piece_ref, "
               "piece_date, valid_date, import_batch_id) FROM STDIN")
_SHORT_COPY = "COPY entry_line (id, entry_id, position, account_id, debit, credit) FROM STDIN"
_FULL_COPY = ("COPY entry_line (id, entry_id, position, account_id, debit, credit, tiers_id, "
              "label, letter, letter_date, currency_amount, currency_code) FROM STDIN")


class PgBulkLoader(EntryQueue):
    """The surface of :class:`storage.bulk.BulkLoader` over the PostgreSQL adapter."""

    def __init__(self, conn, *, expected_lines: int = 0) -> None:
        # The open years first, as every transaction that posts (docs/postgresql.md,
        # "Deadlocks"): a writer half-way through waits here or finishes first, rather than
        # each one waiting on the other. Closing a year waits for the load.
        conn.execute("SELECT id FROM fiscal_year WHERE closed_at IS NULL ORDER BY id "
                     "FOR NO KEY UPDATE")
        # SHARE ROW EXCLUSIVE: others still read, but no one else inserts (nor takes an id
        # the load already handed out) until this transaction ends.
        conn.execute("LOCK TABLE " + ", ".join(TABLES) + " IN SHARE ROW EXCLUSIVE MODE")
        self._start_queue(conn)
        # The entries to validate once their lines are in: ids, and their ValidDate (one
        # string per distinct date, as FEC files repeat a few dates).
        self._valid_ids: list[int] = []
        self._valid_dates: list[str] = []
        self._dates: dict[str, str] = {}

    def write_rows(self, entries: list[tuple], short_lines: list[tuple],
                   full_lines: list[tuple], totals: list[tuple] | None = None) -> None:
        """Write ready-made rows, as :meth:`BulkLoader.write_rows`; ``totals`` is not needed
        (the engine keeps the month totals itself)."""
        self._write()
        self._copy(entries, short_lines, full_lines)
        self.next_id += len(entries)
        self.next_line_id += len(short_lines) + len(full_lines)
        self.entries += len(entries)
        self.lines += len(short_lines) + len(full_lines)

    def _write(self) -> None:
        self._copy(self._entry_rows, self._short, self._full)
        self._entry_rows, self._short, self._full = [], [], []

    def _copy(self, entries: list[tuple], short: list[tuple], full: list[tuple]) -> None:
        cur = self.conn.raw.cursor()
        entries = [self._draft(row) for row in entries]
        for sql, rows in ((_ENTRY_COPY, entries), (_SHORT_COPY, short), (_FULL_COPY, full)):
            if rows:
                with cur.copy(sql) as copy:
                    for r in rows:
                        copy.write_row(r)

    def _draft(self, row: tuple) -> tuple:
        """The entry row as written: without its valid_date, kept for :meth:`end`."""
        valid = row[_VALID_DATE]
        if valid is None:
            return row
        self._valid_ids.append(row[0])
        self._valid_dates.append(self._dates.setdefault(valid, valid))
        return row[:_VALID_DATE] + (None,) + row[_VALID_DATE + 1:]

    def abandon(self) -> None:
        """Give up (the caller rolls the transaction back)."""
        self._entry_rows, self._short, self._full = [], [], []
        self._valid_ids, self._valid_dates = [], []

    def end(self) -> None:
        """Write what is queued, validate the entries that came with a ValidDate, and move
        every id sequence past the ids written."""
        self._write()
        if self._valid_ids:
            self.conn.raw.execute(_VALIDATE, (self._valid_ids, self._valid_dates))
            self._valid_ids, self._valid_dates = [], []
        for table in TABLES:
            # Never backwards: ids drawn by rolled-back inserts stay used.
            self.conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), GREATEST("
                f"(SELECT max(id) FROM {table}), COALESCE(pg_sequence_last_value("
                f"pg_get_serial_sequence('{table}', 'id')::regclass), 0), 1))")
