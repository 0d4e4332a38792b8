"""Hearing the other AssoCompta windows on the same shared book (PostgreSQL LISTEN/NOTIFY).

After each of its changes a window announces it on one channel, signed with its own token;
the others reload what they show. Nothing is polled: the listening connection's socket wakes
the Qt event loop when a notification arrives.
"""

from __future__ import annotations

import logging
import uuid

import psycopg
from psycopg.pq import ConnStatus
from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from ..domain.errors import DomainError
from .pg_reader import connect_reader

CHANNEL = "assocompta_book_changed"
RETRY_MS = 5_000
log = logging.getLogger("assocompta")


class BookWatch(QObject):
    """``changed_elsewhere`` when another window (another computer) changed the book."""

    changed_elsewhere = Signal()

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.token = uuid.uuid4().hex
        self._url = url
        self._listener = None
        self._notifier: QSocketNotifier | None = None
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self._listen_again)
        self._listen()

    def _listen(self) -> None:
        self._listener = connect_reader(self._url)
        self._listener.execute(f"LISTEN {CHANNEL}")
        self._notifier = QSocketNotifier(self._listener.raw.pgconn.socket,
                                         QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _listen_again(self) -> None:
        try:
            self._listen()
        except (DomainError, psycopg.Error):  # still out of reach
            self._stop()
            self._retry.start()
            return
        # What was said while nobody listened is lost: take it that something changed.
        self.changed_elsewhere.emit()

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
            lost = pgconn.status != ConnStatus.OK
        except psycopg.OperationalError:
            lost = True
        if lost:  # the server restarted, the network dropped: listen again when it is back
            log.warning("PostgreSQL : écoute des changements interrompue ; nouvel essai")
            self._stop()
            self._retry.start()
            return
        heard = []
        while (note := pgconn.notifies()) is not None:
            heard.append(note.extra.decode())
        if any(token != self.token for token in heard):
            self.changed_elsewhere.emit()

    def _stop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def close(self) -> None:
        self._retry.stop()
        self._stop()
