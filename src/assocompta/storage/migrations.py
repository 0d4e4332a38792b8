"""Schema versions: numbered SQL scripts applied in order, one transaction each."""

from __future__ import annotations

import re
import sqlite3
from importlib import resources

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def _scripts() -> list[tuple[int, str]]:
    folder = resources.files("assocompta.storage").joinpath("migrations")
    found = []
    for item in folder.iterdir():
        m = _NAME.match(item.name)
        if m:
            found.append((int(m.group(1)), item.read_text(encoding="utf-8")))
    found.sort()
    assert [n for n, _ in found] == list(range(1, len(found) + 1)), "migration numbering gap"
    return found


SCRIPTS = _scripts()
LATEST = SCRIPTS[-1][0]


def upgrade(conn: sqlite3.Connection, current: int, target: int = LATEST) -> None:
    """Apply every script above ``current`` up to ``target``; each is all-or-nothing."""
    for number, sql in SCRIPTS:
        if current < number <= target:
            try:
                conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {number};\n"
                                   "COMMIT;")
            except sqlite3.Error:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
