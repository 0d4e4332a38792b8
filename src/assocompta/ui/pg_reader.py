"""The windows' read connections to a book in PostgreSQL, with sqlite3's surface.

Each statement is its own read-only transaction (autocommit), so that a view left open all
afternoon holds no snapshot and no lock on a server others write to. A connection the
server or the network dropped is made again for the next read: reads can be retried.
"""

from __future__ import annotations

from ..storage.pg import connect
from ..storage.pg.adapter import Connection, Cursor, register_int_sums, to_pyformat


def _raw(url: str):
    raw = connect(url)  # a BookError in French when the server is out of reach
    raw.autocommit = True
    raw.read_only = True
    # With autocommit, read_only is not sent: make every statement of the session read only.
    raw.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    register_int_sums(raw)
    return raw


def connect_reader(url: str) -> "PgReader":
    """A read-only connection of its own (one per thread, as the SQLite readers)."""
    return PgReader(_raw(url), url)


class PgReader(Connection):
    """The adapter plus sqlite3's ``interrupt()``, a streaming cursor for the ledger's ids,
    and one new try on a fresh connection when the old one was lost."""

    def __init__(self, raw, url: str) -> None:
        super().__init__(raw)
        self._url = url

    def execute(self, sql: str, params=()) -> Cursor:
        import psycopg
        try:
            return super().execute(sql, params)
        except psycopg.OperationalError:
            if not self.raw.broken:
                raise
            self.raw.close()
            self.raw = _raw(self._url)
            return super().execute(sql, params)

    def interrupt(self) -> None:
        import psycopg
        try:
            # Briefly: the GUI waits on this, and a load cancelled in vain is only discarded.
            self.raw.cancel_safe(timeout=2)
        except psycopg.Error:
            pass

    def stream(self, sql: str, params=()):
        """A server-side cursor: ``fetchmany`` brings rows as they are asked for, as sqlite3
        steps through them, instead of the whole result (two million ids) at once. It needs
        a transaction, so this connection leaves autocommit; use it for nothing else after."""
        self.raw.autocommit = False
        cursor = self.raw.cursor(name="assocompta_rows")
        cursor.itersize = 10_000
        cursor.execute(to_pyformat(sql), tuple(params))
        return cursor
