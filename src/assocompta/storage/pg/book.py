"""A book held in a PostgreSQL database, with the surface of :class:`storage.db.Book`.

Several people may have it open at once: PostgreSQL locks rows, so there is no book lock,
and backups are the server's (``pg_dump``) or ``assocompta copy`` to a file. The engine's
guards (storage/pg/schema.sql) refuse what SQLite's triggers refuse, with the same tokens.
"""

from __future__ import annotations

import contextlib
from typing import Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ...domain.errors import BookError
from ...domain.fixes import COPY, INIT, command
from .. import migrations
from ..book_common import BookCommon
from ..errors import translate
from . import connect, create_schema, redact, schema_version, scrub, upgrade
from .adapter import Connection, register_int_sums


class PgBook(BookCommon):
    """An open book in PostgreSQL. Use :meth:`transaction` for every change."""

    path = None

    def __init__(self, url: str, *, readonly: bool) -> None:
        self.url = url
        self.location = redact(url)
        self.name = self.location.rsplit("/", 1)[-1] or self.location
        self.readonly = readonly
        self.engine = create_engine("postgresql+psycopg://",
                                    creator=lambda: _connection(url, readonly),
                                    pool_pre_ping=True)

        @event.listens_for(self.engine, "connect")
        def _on_connect(dbapi_conn, _record):  # noqa: ANN001 - SQLAlchemy callback
            register_int_sums(dbapi_conn)

        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str, *, readonly: bool = False, backup: bool = True,
             integrity: bool = True) -> "PgBook":
        import psycopg
        conn = connect(url)
        where = redact(url)
        try:
            version = schema_version(conn)
        except psycopg.Error as exc:
            raise _refused(exc, where, url) from None
        finally:
            conn.close()
        if version is None:
            raise BookError(f"{where} ne contient pas de livre AssoCompta : créez-le avec "
                            f"{command(INIT)} ou copiez-y un livre avec {command(COPY)}.")
        if version > migrations.LATEST:
            raise BookError(f"{where} vient d'une version plus récente d'AssoCompta (schéma "
                            f"{version}) : mettez AssoCompta à jour pour l'ouvrir.")
        if version < migrations.LATEST:
            if readonly:
                raise BookError(f"{where} utilise un ancien format (schéma {version}) : "
                                "ouvrez-le une fois en écriture pour le mettre à jour.")
            upgrade(url)
        book = cls(url, readonly=readonly)
        if not readonly:
            book.refresh_totals()
        return book

    @classmethod
    def create(cls, url: str, seed) -> "PgBook":
        """Create the book's tables in an empty database and fill them with ``seed(conn)``,
        in one transaction: the database holds a whole new book or nothing."""
        conn = connect(url)
        try:
            if schema_version(conn) is not None:
                raise BookError(f"{redact(url)} contient déjà un livre : choisissez une autre "
                                "base de données.")
            register_int_sums(conn)
            create_schema(conn)
            seed(Connection(conn))
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            conn.close()
        return cls.open(url)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "PgBook":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- working -------------------------------------------------------------------------
    def session(self) -> Session:
        return self._sessions()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action, as :meth:`Book.transaction`; the engine's refusals (balance is
        checked at COMMIT) come out as French :class:`DomainError` subclasses."""
        import psycopg
        if self.readonly:
            raise BookError(f"{self.location} est ouvert en lecture seule")
        session = self._sessions()
        try:
            yield session
            session.flush()
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise _lost(exc, self.location) or translate(exc) from None
        except DBAPIError as exc:
            session.rollback()
            raise translate(exc) from None
        except psycopg.Error as exc:
            session.rollback()
            raise translate(exc) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read-only connection of its own, as :meth:`Book.reading`."""
        raw = _connection(self.url, True)
        register_int_sums(raw)
        try:
            yield Connection(raw)
        finally:
            raw.close()

    def raw_connection(self, session: Session) -> Connection:
        return Connection(session.connection().connection.driver_connection)


def _connection(url: str, readonly: bool):
    conn = connect(url)
    if readonly:
        conn.read_only = True
    return conn


def _lost(exc: OperationalError, where: str) -> BookError | None:
    """The server gone mid-action: said so, since PostgreSQL rolled everything back."""
    if getattr(exc, "connection_invalidated", False):
        return BookError(f"PostgreSQL : la connexion à {where} a été perdue ; rien n'a été "
                         "enregistré. Vérifiez le réseau puis recommencez.")
    return None


def _refused(exc: Exception, where: str, url: str) -> BookError:
    """The server's refusal to read the book, in French, without the password."""
    if getattr(exc, "sqlstate", None) == "42501":
        return BookError(f"PostgreSQL : votre compte n'a pas le droit de lire le livre de "
                         f"{where} (demandez ce droit à qui gère la base).")
    reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
    return BookError(scrub(f"PostgreSQL : lecture impossible de {where} ({reason})", url))
