"""Where a book lives, as the app names it: a file path, or a PostgreSQL URL shown and
remembered without its password (libpq finds it again in PGPASSWORD or ~/.pgpass)."""

from __future__ import annotations

import re
from pathlib import Path

from ..storage import pg

Target = Path | str


def is_shared(target: object) -> bool:
    """Whether ``target`` is a PostgreSQL URL rather than a book file."""
    return isinstance(target, str) and pg.is_url(target)


def as_target(value: object) -> Target:
    """A URL stays a string; anything else is a resolved path."""
    text = str(value)
    return text if pg.is_url(text) else Path(text).resolve()


def without_password(url: str) -> str:
    """The URL with no password at all: what recent books and settings keep."""
    url = re.sub(r"([?&])password=[^&]*&?", r"\1", url).rstrip("?&")
    scheme, sep, rest = url.partition("://")
    creds, at, host = rest.rpartition("@")
    if at and ":" in creds:
        return f"{scheme}{sep}{creds.split(':', 1)[0]}@{host}"
    return url


def key(target: Target) -> str:
    """The name settings file the book under (last year shown, recent books)."""
    if is_shared(target):
        return without_password(str(target))
    return Path(target).resolve().as_posix()


def shown(target: Target) -> str:
    """The full location as a user may read it: the path, or the URL without password."""
    return pg.redact(str(target)) if is_shared(target) else str(target)


def short_name(target: Target) -> str:
    """The book's short name: the file's stem, or the database's name."""
    if is_shared(target):
        return without_password(str(target)).split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return Path(target).stem
