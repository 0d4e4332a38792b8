"""Opening or creating a book wherever it lives: a SQLite file or a PostgreSQL database."""

from __future__ import annotations

from pathlib import Path

from . import pg
from .db import Book


def is_shared(target) -> bool:
    """Whether ``target`` names a PostgreSQL database rather than a book file."""
    return isinstance(target, str) and pg.is_url(target)


def open_book(target, *, readonly: bool = False, backup: bool = True, integrity: bool = True,
              shape: bool = True):
    """The book at ``target`` (a path, or a ``postgresql://`` URL), as :meth:`Book.open`."""
    if is_shared(target):
        from .pg.book import PgBook
        return PgBook.open(target, readonly=readonly, backup=backup, integrity=integrity)
    return Book.open(Path(target), readonly=readonly, backup=backup, integrity=integrity,
                     shape=shape)


def create_store(target, seed):
    """A new book at ``target`` filled by ``seed(conn)``, as :meth:`Book.create`."""
    if is_shared(target):
        from .pg.book import PgBook
        return PgBook.create(target, seed)
    return Book.create(Path(target), seed)
