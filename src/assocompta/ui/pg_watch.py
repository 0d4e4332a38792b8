"""Hearing the other AssoCompta windows on the same shared book (PostgreSQL LISTEN/NOTIFY).

After each of its changes a window announces it on one channel, signed with its own token;
the others reload what they show. Nothing is polled: the listening connection's socket wakes
the Qt event loop when a notification arrives.
"""

from __future__ import annotations

import logging
import uuid

import psycopg
from PySide6.QtCore import QObject, QSocketNotifier, Signal

from .pg_reader import connect_reader

CHANNEL = "assocompta_book_changed"
log = logging.getLogger("assocompta")


class BookWatch(QObject):
    """``changed_elsewhere`` when another window (another computer) changed the book."""

    changed_elsewhere = Signal()

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.token = uuid.uuid4().hex
        self._listener = connect_reader(url)
        self._listener.execute(f"LISTEN {CHANNEL}")
        self._notifier = QSocketNotifier(self._listener.raw.pgconn.socket,
                                         QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def announce(self, conn) -> None:
        """Tell the others, through ``conn`` (any connection to the book), that it changed."""
        try:
            conn.execute("SELECT pg_notify(?, ?)", (CHANNEL, self.token))
        except psycopg.Error:  # the change is saved; the others will see it when they reload
            log.warning("PostgreSQL : changement non annoncé aux autres postes", exc_info=True)

    def _read(self) -> None:
        pgconn = self._listener.raw.pgconn
        try:
            pgconn.consume_input()
        except psycopg.OperationalError:  # the server went away: stop listening
            log.warning("PostgreSQL : écoute des changements interrompue", exc_info=True)
            self.close()
            return
        heard = []
        while (note := pgconn.notifies()) is not None:
            heard.append(note.extra.decode())
        if any(token != self.token for token in heard):
            self.changed_elsewhere.emit()

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
