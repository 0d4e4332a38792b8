"""Another program writing while a report or a check reads: a post committed in the middle."""

from __future__ import annotations

import sqlite3

_ENTRY = ("INSERT INTO entry (year_id, journal_id, number, date, label) "
          "SELECT f.id, j.id, (SELECT COALESCE(max(number), 0) + 1 FROM entry "
          "WHERE year_id = f.id), ?, 'Écrite pendant la lecture' "
          "FROM fiscal_year f, journal j WHERE f.label = ? AND j.code = 'BQ'")
_LINE = ("INSERT INTO entry_line (entry_id, position, account_id, debit, credit) "
         "SELECT max(e.id), ?, (SELECT a.id FROM account a JOIN fiscal_year f "
         "ON f.chart_id = a.chart_id WHERE f.label = ? AND a.code = ?), ?, ? FROM entry e")


def post_elsewhere(target, year: str, cents: int = 1000) -> None:
    """As a second user: post and commit ``cents`` of 626 paid from 512 on 1 March ``year``."""
    if isinstance(target, str):
        import psycopg

        from assocompta.storage.pg.adapter import Connection
        conn = Connection(psycopg.connect(target))
    else:
        conn = sqlite3.connect(target)
        conn.execute("PRAGMA foreign_keys = ON")
    try:
        conn.execute(_ENTRY, (f"{year}-03-01", year))
        conn.execute(_LINE, (1, year, "626", cents, 0))
        conn.execute(_LINE, (2, year, "512", 0, cents))
        conn.commit()
    finally:
        conn.close()


class Meanwhile:
    """``conn`` running ``act()`` once, right after its first statement holding ``marker``."""

    def __init__(self, conn, marker: str, act) -> None:
        self._conn = conn
        self._marker = marker
        self._act = act
        self.acted = False

    def execute(self, sql: str, params=()):
        cursor = self._conn.execute(sql, params)
        if not self.acted and self._marker in sql:
            self.acted = True
            self._act()
        return cursor

    def __getattr__(self, name):
        return getattr(self._conn, name)


def interrupt(monkeypatch, book, marker: str, act) -> list[Meanwhile]:
    """Make every raw connection of ``book`` run ``act`` after its first ``marker`` read."""
    made: list[Meanwhile] = []
    real = book.raw_connection

    def wrapped(session):
        conn = Meanwhile(real(session), marker, act)
        made.append(conn)
        return conn

    monkeypatch.setattr(book, "raw_connection", wrapped)
    return made
