"""Loading many entries at once (FEC import) into PostgreSQL, with every trigger on.

The rows go in by ``COPY`` inside the import's transaction. Nothing steps aside: the per-row
guards (closed year, dates, chart) check each row, the statement-level triggers keep the
imbalance and month totals once per COPY, and the deferred balance check runs at COMMIT
(storage/pg/schema.sql). So unlike the SQLite loader (storage/bulk.py) there are no totals to
add up here and nothing to put back.

The importer gives rows their ids and entry numbers in advance (fec/batches.py). For those to
stay free until COMMIT, the load locks the open years' rows and the tables it writes against
other writers (readers go on), then moves the id sequences past what it wrote.

Since nothing steps aside, an entry is written as every entry is (schema 7): a draft first,
its lines under it, then validated. Entries the file gives a ValidDate are copied with none
and their number parked :data:`PARKED` higher; :meth:`PgBulkLoader.end` then gives them their
number and ValidDate in one statement. Parked, none of them is a draft numbered below another
one's final number, so a validation that never numbers above a draft accepts them in
whatever order the statement takes them (drafts are numbered after the validated entries of
their year, or parked at fec.batches.DRAFT_SHIFT and up until the import renumbers them).
"""

from __future__ import annotations

from ..bulk import EntryQueue

#: Tables whose ids the importer chooses; locked in this order by every load.
TABLES = ("journal", "account", "tiers", "entry", "entry_line")
_ENTRY_COPY = ("COPY entry (id, year_id, journal_id, number, date, label, piece_ref, "
               "piece_date, valid_date, import_batch_id) FROM STDIN")
_SHORT_COPY = "COPY entry_line (id, entry_id, position, account_id, debit, credit) FROM STDIN"
_FULL_COPY = ("COPY entry_line (id, entry_id, position, account_id, debit, credit, tiers_id, "
              "label, letter, letter_date, currency_amount, currency_code) FROM STDIN")
#: Where entries to validate wait for their number: above every draft's (fec.batches.DRAFT_SHIFT
#: and up), within BIGINT.
PARKED = 2_000_000_000


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
        #: (entry id, ValidDate) of the entries written as drafts, to validate at the end
        self._to_validate: list[tuple[int, str]] = []

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
        if any(e[8] is not None for e in entries):
            self._to_validate.extend((e[0], e[3], e[8]) for e in entries if e[8] is not None)
            entries = [e if e[8] is None else (*e[:3], e[3] + PARKED, *e[4:8], None, *e[9:])
                       for e in entries]
        cur = self.conn.raw.cursor()
        for sql, rows in ((_ENTRY_COPY, entries), (_SHORT_COPY, short), (_FULL_COPY, full)):
            if rows:
                with cur.copy(sql) as copy:
                    for r in rows:
                        copy.write_row(r)

    def abandon(self) -> None:
        """Give up (the caller rolls the transaction back)."""
        self._entry_rows, self._short, self._full = [], [], []
        self._to_validate = []

    def end(self) -> None:
        """Write what is queued, validate the entries that come in validated, and move every
        id sequence past the ids written."""
        self._write()
        self._validate()
        for table in TABLES:
            # Never backwards: ids drawn by rolled-back inserts stay used.
            self.conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), GREATEST("
                f"(SELECT max(id) FROM {table}), COALESCE(pg_sequence_last_value("
                f"pg_get_serial_sequence('{table}', 'id')::regclass), 0), 1))")

    def _validate(self) -> None:
        """Give the entries written as drafts their number and ValidDate, in one statement
        (through a temporary table of them)."""
        if not self._to_validate:
            return
        self.conn.execute("CREATE TEMPORARY TABLE fec_validation (id BIGINT PRIMARY KEY, "
                          "number BIGINT NOT NULL, valid_date TEXT NOT NULL) ON COMMIT DROP")
        with self.conn.raw.cursor().copy(
                "COPY fec_validation (id, number, valid_date) FROM STDIN") as copy:
            for row in self._to_validate:
                copy.write_row(row)
        self._to_validate = []
        self.conn.execute("UPDATE entry SET number = v.number, valid_date = v.valid_date "
                          "FROM fec_validation v WHERE entry.id = v.id")
        self.conn.execute("DROP TABLE fec_validation")
