"""A psycopg connection with the sqlite3 surface the services use, so that one SQL text
(``?`` placeholders, ``cur.lastrowid``, ``executemany``) runs on either engine.

The services' SQL is written once, in the subset both engines read alike; this adapter only
bridges the driver's differences, never the SQL dialect.
"""

from __future__ import annotations

import re
from decimal import Decimal

_INSERT_TABLE = re.compile(r"^\s*INSERT\s+INTO\s+([A-Za-z_][A-Za-z0-9_]*)", re.IGNORECASE)


def to_pyformat(sql: str, named: bool = False) -> str:
    """``?`` (or ``:name`` when ``named``) placeholders as psycopg's ``%s``/``%(name)s``, and
    literal ``%`` doubled; quoted strings and identifiers are left as they are, but for ``%``."""
    out: list[str] = []
    quote = ""
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if quote:
            out.append("%%" if ch == "%" else ch)
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == "%":
            out.append("%%")
        elif ch == "?" and not named:
            out.append("%s")
        elif ch == ":" and named and i + 1 < n and (sql[i + 1].isalpha() or sql[i + 1] == "_") \
                and not (i > 0 and sql[i - 1] == ":"):
            j = i + 1
            while j < n and (sql[j].isalnum() or sql[j] == "_"):
                j += 1
            out.append(f"%({sql[i + 1:j]})s")
            i = j
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out)


class Cursor:
    """A psycopg cursor answering like sqlite3's (``lastrowid`` of the last INSERT)."""

    def __init__(self, conn: "Connection", cur) -> None:
        self._conn = conn
        self._cur = cur
        self._table: str | None = None

    def execute(self, sql: str, params=()) -> "Cursor":
        named = isinstance(params, dict)
        self._cur.execute(to_pyformat(sql, named), params if named else tuple(params))
        match = _INSERT_TABLE.match(sql)
        self._table = match.group(1) if match else None
        return self

    def executemany(self, sql: str, seq) -> "Cursor":
        rows = list(seq)
        named = bool(rows) and isinstance(rows[0], dict)
        if rows:
            self._cur.executemany(to_pyformat(sql, named),
                                  rows if named else [tuple(r) for r in rows])
        return self

    @property
    def lastrowid(self) -> int | None:
        # currval is per session and per sequence: rows inserted by triggers into other
        # tables meanwhile do not change it, unlike lastval().
        if self._table is None:
            return None
        return self._conn.raw.execute(
            "SELECT currval(pg_get_serial_sequence(%s, 'id'))", (self._table,)).fetchone()[0]

    @property
    def rowcount(self) -> int:
        return self._cur.rowcount

    @property
    def description(self):
        return self._cur.description

    def fetchone(self):
        return self._cur.fetchone()

    def fetchall(self):
        return self._cur.fetchall()

    def fetchmany(self, size: int = 1):
        return self._cur.fetchmany(size)

    def __iter__(self):
        return iter(self._cur)

    def close(self) -> None:
        self._cur.close()


class Connection:
    """The sqlite3 ``Connection`` methods the services call, over a psycopg connection."""

    def __init__(self, raw) -> None:
        self.raw = raw

    def cursor(self) -> Cursor:
        return Cursor(self, self.raw.cursor())

    def execute(self, sql: str, params=()) -> Cursor:
        return self.cursor().execute(sql, params)

    def executemany(self, sql: str, seq) -> Cursor:
        return self.cursor().executemany(sql, seq)

    def commit(self) -> None:
        self.raw.commit()

    def rollback(self) -> None:
        self.raw.rollback()

    def close(self) -> None:
        self.raw.close()


def register_int_sums(conn) -> None:
    """SUM of BIGINT cents is NUMERIC in PostgreSQL: read whole numbers back as ``int``, as
    SQLite gives them, so money never meets a ``Decimal`` it did not expect."""
    from psycopg.types.numeric import NumericBinaryLoader, NumericLoader

    class IntNumeric(NumericLoader):
        def load(self, data):
            value = super().load(data)
            return _whole(value)

    class IntNumericBinary(NumericBinaryLoader):
        def load(self, data):
            value = super().load(data)
            return _whole(value)

    conn.adapters.register_loader("numeric", IntNumeric)
    conn.adapters.register_loader("numeric", IntNumericBinary)


def _whole(value: Decimal):
    if value.is_finite() and value == value.to_integral_value():
        return int(value)
    return value
