"""The open book as the windows share it: which book, which year, read or write, undo history.

A large book shows at once: it is read through plain sqlite3 connections (no ORM, no
integrity check yet), and the writer open (integrity check, rotating backup, lock,
migrations, the ORM) runs in a thread once the window is up. Editing is enabled when that
finishes. A book in PostgreSQL is read the same way through read-only psycopg connections
(storage/pg/adapter.py); it has no file lock and no backup to make.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from .. import file_head
from ..domain.errors import BookError, BookLockedError, BookProtectedError, DomainError
from ..reports.context import YearInfo, _years
from ..storage import migrations
from ..storage.files import damaged, probe, sqlite_uri
from ..storage.pg.redaction import scrub
from . import location
from .location import Target
from .tasks import running

if TYPE_CHECKING:
    from ..storage.db import Book


class BookSession(QObject):
    """One open book. Views listen to :attr:`changed` and :attr:`year_changed`."""

    #: what the last action changed (entry ids, a BudgetChange…); empty tuple: everything.
    #: (Never None through a PySide6 signal of ``object``: on Python 3.11 PySide 6.12 drops
    #: one reference to None per queued delivery, and the interpreter aborts at exit.)
    changed = Signal(object)
    year_changed = Signal(str)
    writable_changed = Signal(bool)
    message = Signal(str)
    #: the background writer open failed so that the book cannot be used (damaged file)
    failed = Signal(str)
    _writer_done = Signal(object)

    def __init__(self, target: Target, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # the file, or the PostgreSQL URL (with its password, if one was given)
        self.target = location.as_target(target)
        self.shared = location.is_shared(self.target)
        # the book file; None for a book in PostgreSQL
        self.path: Path | None = None if self.shared else Path(self.target)
        # where the book is, for titles and messages (never a password)
        self.location = location.shown(self.target)
        # under which name settings remember it
        self.key = location.key(self.target)
        self.undo_stack = QUndoStack(self)
        self._writer: Book | None = None
        self._reader: Book | None = None  # an ORM reader, made only if a service needs one
        self._conn: sqlite3.Connection | None = None
        self._thread: threading.Thread | None = None
        self.read_only_reason = ""
        self._writer_done.connect(self._on_writer_done)
        self._year: YearInfo | None = None
        self._watch = None  # shared books: hears the other windows' changes
        # Closing never waits for the writer open: the thread sees _closed and closes what it
        # opened itself (under this lock, so that the two never both keep or both drop it).
        self._closing = threading.Lock()
        self._closed = False

    # -- opening and closing -------------------------------------------------------------
    def open(self, *, background: bool = True, start_writer: bool = True) -> None:
        """Show the book at once; get write access in the background (or now).

        ``start_writer=False`` leaves the writer open to :meth:`start_writer` (the app calls it
        once the window is painted, so that the ORM's import does not delay the first paint).
        """
        if self.shared:
            self._open_shared(background=background, start_writer=start_writer)
            return
        if probe(self.path, integrity=False) < migrations.LATEST or not background:
            # An older file must be migrated before anything can read it.
            from ..storage.db import Book
            self._writer = Book.open(self.path)
            self._after_open()
            return
        try:
            self._conn = self.connect_ro()
            self._after_open()
        except sqlite3.DatabaseError as exc:
            # The quick probe reads the header only; damage past it shows here.
            self.close()
            raise damaged(self.path, exc) from None
        if start_writer:
            self.start_writer()

    def _open_shared(self, *, background: bool, start_writer: bool) -> None:
        from ..storage.pg import schema_version
        self._conn = self.connect_ro()  # a BookError in French when the server is out of reach
        if schema_version(self._conn.raw) != migrations.LATEST:
            # Only the connection: close() would mark the session closed for good.
            self._conn.close()
            self._conn = None
            # A writer's PgBook.open upgrades an older book before anything reads it, or says
            # what the database holds instead (nothing, a newer book…).
            _open_book(self.target).close()
            self._conn = self.connect_ro()
            if schema_version(self._conn.raw) != migrations.LATEST:
                self.close()
                raise BookError(f"{self.location} : schéma inattendu")
        if not background:
            self._writer = _open_book(self.target)
        self._after_open()
        from .pg_watch import BookWatch
        self._watch = BookWatch(str(self.target), self)
        self._watch.changed_elsewhere.connect(self._changed_elsewhere)
        if start_writer:
            self.start_writer()

    def start_writer(self) -> None:
        if self._writer is not None or self._thread is not None:
            return
        # Not a daemon: a backup or a migration under way when the app quits is finished
        # (Python waits for the thread at exit) rather than cut short.
        self._thread = threading.Thread(target=self._open_writer, name="open-writer")
        self._thread.start()

    def _after_open(self) -> None:
        """Start on the latest open year that has entries (a budget-only next year is not
        where the treasurer types), else the latest open year, else the latest."""
        years = self.years()
        used = {row[0] for row in self.conn.execute(
            "SELECT id FROM fiscal_year f WHERE EXISTS "
            "(SELECT 1 FROM entry WHERE year_id = f.id)")}
        open_years = [y for y in years if not y.closed]
        in_use = [y for y in open_years if y.id in used]
        self._year = (in_use or open_years or years or [None])[-1]

    def _open_writer(self) -> None:
        try:
            if self.shared:
                self._check_write_right()
            result: object = _open_book(self.target)
        except BaseException as exc:  # handed to the GUI thread, which explains it
            result = exc
        with self._closing:
            if not self._closed:
                self._writer_done.emit(result)
                return
        # The window closed while the book was being checked and backed up: nobody will
        # write through this writer; closing it here releases the lock after its last use.
        if not isinstance(result, BaseException):
            result.close()

    def _check_write_right(self) -> None:
        """A role that may only read (an auditor, an accountant who checks) opens the book
        read-only, told why, rather than seeing each entry refused at saving."""
        conn = self.connect_ro()  # this thread's own
        try:
            user, allowed = conn.execute(
                "SELECT current_user, has_table_privilege('entry', 'INSERT') "
                "AND has_table_privilege('entry_line', 'INSERT')").fetchone()
        finally:
            conn.close()
        if not allowed:
            raise BookProtectedError(self.tr(
                "votre compte PostgreSQL « {} » peut lire ce livre mais pas le modifier "
                "(demandez ce droit à qui gère la base)").format(user))

    def _on_writer_done(self, result: object) -> None:
        if not isinstance(result, BaseException):
            if self._closed:  # closed after the thread handed it over
                result.close()
                return
            self._writer = result
            if self._reader is not None:
                self._reader.close()
                self._reader = None
            self.writable_changed.emit(True)
            self.message.emit(
                self.tr("Base partagée ouverte : prête pour la saisie") if self.shared
                else self.tr("Livre vérifié et sauvegardé : prêt pour la saisie"))
        elif isinstance(result, (BookLockedError, BookProtectedError)):
            self.read_only_reason = scrub(result)
            self.message.emit(self.tr("Lecture seule : {}").format(self.read_only_reason))
            self.writable_changed.emit(False)
        elif isinstance(result, DomainError):
            self.failed.emit(scrub(result))
        else:  # the driver's own text: it may quote the password
            self.failed.emit(scrub(self.tr("ouverture impossible : {!r}").format(result)))

    def wait_ready(self, timeout: float = 60) -> None:
        """Block until the background open has finished (tests, smoke runs)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def close(self) -> None:
        """Close at once, never waiting on the background open (an integrity check and a
        backup take minutes on a big book): that thread finishes its backup, then closes
        the writer it made and releases the lock (see _open_writer)."""
        with self._closing:
            self._closed = True
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        books = [b for b in (self._writer, self._reader) if b is not None]
        self._writer = self._reader = None
        busy = running()
        if busy:
            # A task (an import) may still be writing through this book: its lock is
            # released once the task has ended, by a thread the window does not wait for.
            threading.Thread(target=_close_after, args=(busy, books), name="close-book").start()
        else:
            for book in books:
                book.close()
        if self._conn is not None:
            self._conn.close()
            self._conn = None
            file_head.release()  # a header read while it was open kept a descriptor on it

    # -- state ---------------------------------------------------------------------------
    @property
    def book(self) -> Book:
        """The writer once open; before that a read-only ORM book (services that read)."""
        if self._writer is not None:
            return self._writer
        if self._reader is None:
            self._reader = _open_book(self.target, readonly=True, integrity=False)
        return self._reader

    @property
    def conn(self) -> sqlite3.Connection:
        """The GUI thread's read-only connection (plain sqlite3, or the PostgreSQL adapter:
        quick look-ups)."""
        if self._conn is None:
            self._conn = self.connect_ro()
        return self._conn

    @property
    def writable(self) -> bool:
        return self._writer is not None

    def connect_ro(self) -> sqlite3.Connection:
        """A read-only connection of its own (models and their loader threads)."""
        if self.shared:
            from .pg_reader import connect_reader
            return connect_reader(str(self.target))
        conn = sqlite3.connect(sqlite_uri(self.path, "ro"), uri=True, check_same_thread=False)
        conn.execute("PRAGMA cache_size = -32768")
        return conn

    def years(self) -> list[YearInfo]:
        return _years(self.conn)

    @property
    def year(self) -> YearInfo | None:
        return self._year

    def set_year(self, label: str) -> None:
        for y in self.years():
            if y.label == label:
                if self._year is None or y != self._year:
                    self._year = y
                    self.year_changed.emit(label)
                return
        raise KeyError(label)

    def refresh_years(self) -> None:
        """After adding a year: keep the selection, pick up new labels."""
        label = self._year.label if self._year else None
        self._after_open()
        if label:
            for y in self.years():
                if y.label == label:
                    self._year = y
        self.year_changed.emit(self._year.label if self._year else "")

    def association_name(self) -> str:
        return self.conn.execute("SELECT name FROM association").fetchone()[0] or ""

    def notify(self, change: object = ()) -> None:
        """This window changed the book: its views reload, and so do other windows on it."""
        self.changed.emit(() if change is None else change)
        if self._watch is not None:
            self._watch.announce(self.conn)

    def _changed_elsewhere(self) -> None:
        # Commands name entries by (year, number): someone else's deletion renumbers, and an
        # undo could then remove their entry. Nothing done before may be undone after.
        self.undo_stack.clear()
        self.refresh_years()
        self.changed.emit(())
        self.message.emit(self.tr("Le livre a été modifié sur un autre poste : affichage mis à "
                                  "jour (ce qui a été fait avant ne peut plus être annulé)."))


def _open_book(target: Target, **options):
    from ..storage.books import open_book  # the ORM's import, kept off the first paint
    return open_book(target, **options)


def _close_after(tasks: list[threading.Thread], books: list) -> None:
    for task in tasks:
        task.join()
    for book in books:
        book.close()
