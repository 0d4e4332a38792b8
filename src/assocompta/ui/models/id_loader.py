"""Row ids of a big query, fetched in a thread and handed over in chunks.

The ledger of a million entries has two million lines: their ids alone take seconds to
fetch, so the view shows the first chunk at once and grows as the rest arrives. Each chunk
is an ``array('q')`` (8 bytes a row); an optional second column (grand livre: débit − crédit)
comes as a second array.
"""

from __future__ import annotations

import sqlite3
import threading
from array import array
from typing import Callable

FIRST_CHUNK = 1_000
CHUNK = 100_000


def read_errors() -> tuple[type[BaseException], ...]:
    """What a read may raise when a load is cancelled or the database refuses it."""
    try:
        import psycopg
    except ImportError:
        return (sqlite3.Error,)
    return (sqlite3.Error, psycopg.Error)


class IdLoader:
    """Runs ``sql`` on its own connection; ``deliver(generation, ids, extra, done)`` per chunk.

    ``deliver`` is called from the loader thread: pass a Qt signal's ``emit`` so the chunks
    are queued to the GUI thread.
    """

    def __init__(self, connect: Callable[[], sqlite3.Connection],
                 deliver: Callable[[int, array, array, bool], None]) -> None:
        self._connect = connect
        self._deliver = deliver
        self._generation = 0
        self._conn: sqlite3.Connection | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def start(self, sql: str, params: tuple, *, extra: bool = False) -> int:
        """Cancel any running load and start this one; returns its generation number."""
        self.cancel()
        with self._lock:
            self._generation += 1
            generation = self._generation
        self._thread = threading.Thread(target=self._run, args=(generation, sql, params, extra),
                                        name="ledger-ids", daemon=True)
        self._thread.start()
        return generation

    def cancel(self, *, wait: bool = True) -> None:
        """Stop the running load; ``wait=False`` (closing) returns at once and leaves the
        repeated interrupts to a thread of their own, so that the window never waits."""
        with self._lock:
            self._generation += 1
        thread, self._thread = self._thread, None
        if thread is None:
            return
        if wait:
            self._interrupt_until_ended(thread)
        else:
            # Even one interrupt may wait (PostgreSQL's cancel request crosses the network).
            threading.Thread(target=self._interrupt_until_ended, args=(thread,),
                             name="ledger-ids-stop", daemon=True).start()

    def _interrupt_until_ended(self, thread: threading.Thread) -> None:
        # An interrupt that reaches the server before the query does is lost: repeat it
        # until the load has ended.
        with self._lock:
            if self._conn is not None:
                self._conn.interrupt()
        thread.join(0.25)
        while thread.is_alive():
            with self._lock:
                if self._conn is not None:
                    self._conn.interrupt()
            thread.join(0.25)

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _current(self, generation: int) -> bool:
        return generation == self._generation

    def _run(self, generation: int, sql: str, params: tuple, extra: bool) -> None:
        conn = self._connect()
        with self._lock:
            if not self._current(generation):
                conn.close()
                return
            self._conn = conn
        try:
            # PostgreSQL would otherwise send every row before the first chunk shows.
            stream = getattr(conn, "stream", None)
            cur = stream(sql, params) if stream is not None else conn.execute(sql, params)
            requested = FIRST_CHUNK
            while True:
                rows = cur.fetchmany(requested)
                done = len(rows) < requested
                requested = CHUNK
                if not self._current(generation):
                    return
                ids = array("q", [r[0] for r in rows])
                # An empty array rather than None: see BookSession.changed.
                more = array("q", [r[1] for r in rows]) if extra else array("q")
                self._deliver(generation, ids, more, done)
                if done:
                    return
        except read_errors():
            # A cancelled load (interrupt) ends in an error that nobody waits for.
            if self._current(generation):
                # Ended, so that the view stops "loading" (and wait() returns); the error
                # itself goes to the thread's excepthook, which logs it.
                self._deliver(generation, array("q"), array("q"), True)
                raise
        finally:
            with self._lock:
                self._conn = None
            conn.close()
