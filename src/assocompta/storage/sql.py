"""Small helpers for SQL written once for both engines (SQLite and PostgreSQL)."""

from __future__ import annotations


def like_escaped(text: str) -> str:
    """``text`` for a ``LIKE ? ESCAPE '\\'`` pattern: its own ``%`` and ``_`` match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def dialect_of(conn) -> str:
    """"postgresql" for the PostgreSQL adapter (storage/pg/adapter.py), else "sqlite"."""
    return "postgresql" if hasattr(conn, "raw") else "sqlite"


def string_agg(conn, expr: str, sep: str) -> str:
    """The aggregate joining ``expr`` with the SQL literal ``sep`` (``group_concat`` in SQLite)."""
    if dialect_of(conn) == "postgresql":
        return f"string_agg({expr}::text, {sep})"
    return f"group_concat({expr}, {sep})"


def day_before(conn, expr: str) -> str:
    """The day before the ``YYYY-MM-DD`` text ``expr``, as the same text."""
    if dialect_of(conn) == "postgresql":
        return f"to_char(CAST({expr} AS date) - 1, 'YYYY-MM-DD')"
    return f"date({expr}, '-1 day')"


def one_snapshot(conn) -> None:
    """Make the transaction just begun on ``conn`` read one snapshot, before its first read."""
    # A SQLite read transaction sees the book as it was when it began; PostgreSQL's READ
    # COMMITTED shows each statement what was committed meanwhile, so a report or a check
    # made of several statements could read half of another user's work.
    if dialect_of(conn) == "postgresql":
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
