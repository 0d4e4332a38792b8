"""Opening, creating and safely writing a book file (SQLite).

A book is one SQLite file. Opening checks it before anything can write to it: a file that is
not a book, is damaged, or comes from a newer AssoCompta is refused untouched. Writers get an
exclusive lock, a backup copy, WAL journaling with full sync, foreign keys on, and one
``BEGIN IMMEDIATE`` transaction per user action.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from .. import file_head
from ..domain.errors import BookError, BookProtectedError, DomainError
from ..domain.fixes import CHECK_ANY, command
from . import migrations
from .backup import make_backup
from .book_common import BookCommon
from .errors import translate
from .journal import refuse_if_deleted
from .lock import BookLock

from .files import (APPLICATION_ID, SQLITE_MAGIC, _connect, probe,  # noqa: F401
                    refuse_long_name, sqlite_uri, temporary_beside)


class Book(BookCommon):
    """An open book file. Use :meth:`transaction` for every change."""

    def __init__(self, path: Path, *, readonly: bool, lock: BookLock | None) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._lock = lock
        mode = "ro" if readonly else "rw"
        self.engine = self._engine(mode, "BEGIN" if readonly else "BEGIN IMMEDIATE")
        # Reads never take the write lock, so a long report never holds up an entry.
        self._read_engine = self.engine if readonly else self._engine(mode, "BEGIN")
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(self._read_engine, expire_on_commit=False)

    def _engine(self, mode: str, begin: str) -> Engine:
        engine = create_engine("sqlite+pysqlite://", creator=lambda: _connect(self.path, mode),
                               poolclass=NullPool if mode == "ro" else None)

        @event.listens_for(engine, "begin")
        def _on_begin(conn):  # noqa: ANN001 - SQLAlchemy callback
            conn.exec_driver_sql(begin)

        return engine

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False, backup: bool = True,
             integrity: bool = True, shape: bool = True) -> "Book":
        """Open an existing book; writers get the lock, a backup, and any pending migration.

        Writers always run the integrity check; ``integrity=False`` is for readers only.
        ``shape=False`` opens a book whose first rows are unreadable (for ``check``).
        """
        path = Path(path)
        if not readonly and path.is_file():
            refuse_unwritable(path)
            refuse_long_name(path)  # before its lock and backup are tried beside it
        version = probe(path, integrity=integrity or not readonly, shape=shape)
        if readonly:
            if version < migrations.LATEST:
                raise BookError(f"{path.name} utilise un ancien format (schéma {version}) : "
                                "ouvrez-le une fois en écriture pour le mettre à jour.")
            return cls(path, readonly=True, lock=None)
        lock = BookLock(path)
        lock.acquire()
        try:
            saved = None
            if backup or version < migrations.LATEST:
                saved = make_backup(path, force=version < migrations.LATEST)
            if version < migrations.LATEST:
                conn = _connect(path, "rw")
                try:
                    migrations.upgrade(conn, version)
                except migrations.MigrationFailed as exc:
                    raise _not_upgraded(path, exc, saved) from exc
                finally:
                    conn.close()
            book = cls(path, readonly=False, lock=lock)
            book.refresh_totals()
            return book
        except BaseException:
            lock.release()
            raise

    @classmethod
    def create(cls, path: Path | str, seed) -> "Book":
        """Create a new book at ``path`` (which must not exist) and fill it with ``seed(conn)``.

        The file is built under a temporary name and moved into place once complete, so a
        crash never leaves a half-made book behind.
        """
        path = Path(path)
        tmp = temporary_beside(path, "choisissez un autre nom de fichier")
        try:
            conn = sqlite3.connect(sqlite_uri(tmp, "rw"), uri=True, isolation_level=None)
            try:
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("PRAGMA trusted_schema = ON")  # the guards read pragma_foreign_keys
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                migrations.upgrade(conn, 0)
                conn.execute("BEGIN IMMEDIATE")
                seed(conn)
                conn.execute("COMMIT")
                conn.execute("PRAGMA journal_mode = WAL")
            finally:
                conn.close()
            # Never replace a file that appeared meanwhile.
            os.link(tmp, path)
        except FileExistsError:
            raise BookError(f"{path} existe déjà : choisissez un autre nom de fichier") from None
        finally:
            tmp.unlink(missing_ok=True)
        return cls.open(path, backup=False)

    def close(self) -> None:
        """Close every connection; a writer first writes its journal (``-wal``) into the book
        file, so that the file alone holds the book (copied, e-mailed) once closed."""
        self.engine.dispose()
        self._read_engine.dispose()
        if not self.readonly and self._lock is not None:
            self._checkpoint()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        file_head.release()  # a header read while it was open kept a descriptor on it

    def _checkpoint(self) -> None:
        # Readers that are idle do not hold it up; one in the middle of a read is waited for
        # briefly, then the journal is left for the next open to write in (nothing is lost).
        try:
            conn = _connect(self.path, "rw")
            try:
                conn.execute("PRAGMA busy_timeout = 2000")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        except sqlite3.Error:
            pass

    def __enter__(self) -> "Book":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- working -------------------------------------------------------------------------
    def session(self) -> Session:
        """A session for reading; changes go through :meth:`transaction`."""
        return self._read_sessions()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: everything inside commits together or not at all.

        Engine refusals (unbalanced entry at COMMIT, closed year, dates outside the year) come
        out as :class:`DomainError` subclasses with a French message.
        """
        if self.readonly:
            raise BookError(f"{self.path.name} est ouvert en lecture seule")
        refuse_if_deleted(self.path)
        session = self._sessions()
        try:
            yield session
            session.flush()
            dbapi = self.raw_connection(session)
            try:
                session.commit()
            except DBAPIError as exc:
                # A deferred constraint failing at COMMIT leaves SQLite's transaction open:
                # name the culprits through the raw connection before rolling back.
                error = translate(exc, dbapi=dbapi, at_commit=True)
                session.rollback()
                raise error from None
        except DBAPIError as exc:
            session.rollback()
            raise translate(exc) from None
        except sqlite3.Error as exc:
            # Bulk work goes through the raw connection (imports): its refusals too.
            session.rollback()
            raise translate(exc) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A read-only connection of its own, for a long read made while other code runs (a
        ledger's lines, read as its report is written): unlike sessions, which share one
        connection per thread, such reads may overlap each other and any session."""
        conn = _connect(self.path, "ro")
        # Such a read may sort millions of lines: past the cache, SQLite's sorter spills to
        # a temporary file instead of holding them all in memory.
        conn.execute("PRAGMA temp_store = FILE")
        try:
            yield conn
        finally:
            conn.close()

    def raw_connection(self, session: Session) -> sqlite3.Connection:
        """The sqlite3 connection under ``session``, for bulk loads (executemany)."""
        return session.connection().connection.driver_connection


def refuse_unwritable(path: Path) -> None:
    """A clear refusal, before anything is tried, when a writer could not write the book (file
    or folder protected, read-only medium): the lock, the backup and the journal go beside it."""
    if not os.access(path, os.W_OK):
        # Short: the app shows it in its status bar, the book open read-only.
        raise BookProtectedError(f"{path.name} est protégé en écriture : retirez la protection "
                                 "ou copiez-le ailleurs pour le modifier.")
    if not os.access(path.parent, os.W_OK):
        raise BookError(f"{path.name} est dans un dossier protégé en écriture ({path.parent}) : "
                        "AssoCompta doit pouvoir écrire à côté du livre (verrou, sauvegardes). "
                        "Copiez-le dans un dossier à vous. Le fichier n'a pas été modifié.")


def _not_upgraded(path: Path, exc: migrations.MigrationFailed, saved: Path | None) -> BookError:
    """A failed schema upgrade, said as the user can act on it: nothing was changed."""
    step = migrations.NAMES.get(exc.number, exc.number)
    return BookError(
        f"{path.name} n'a pas pu être mis au format de cette version d'AssoCompta (schéma "
        f"{exc.current} vers {migrations.LATEST}) : l'étape {step} a échoué (SQLite : "
        f"{exc.cause}). Le livre est resté tel quel, au schéma {exc.current}"
        + (f", et une copie en a été faite juste avant : {saved}" if saved else "")
        + ". Il contient sans doute une donnée modifiée hors de l'application : continuez avec "
        f"la version d'AssoCompta qui l'ouvrait, lancez-y {command(CHECK_ANY)}, et signalez le "
        "problème avec ce message.")


def is_domain_error(exc: BaseException) -> bool:
    return isinstance(exc, DomainError)
