"""Schema versions: numbered SQL scripts applied in order, all pending ones in one transaction."""

from __future__ import annotations

import re
import sqlite3
from importlib import resources

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


#: Each step's file name without ``.sql`` (``0005_bank_documents``): what a failure names.
NAMES: dict[int, str] = {}


def _scripts() -> list[tuple[int, str]]:
    folder = resources.files("assocompta.storage").joinpath("migrations")
    found = []
    for item in folder.iterdir():
        m = _NAME.match(item.name)
        if m:
            found.append((int(m.group(1)), item.read_text(encoding="utf-8")))
            NAMES[int(m.group(1))] = item.name.removesuffix(".sql")
    found.sort()
    assert [n for n, _ in found] == list(range(1, len(found) + 1)), "migration numbering gap"
    return found


SCRIPTS = _scripts()
LATEST = SCRIPTS[-1][0]


class MigrationFailed(sqlite3.DatabaseError):
    """A schema script failed; the whole upgrade was rolled back (the file is at ``current``)."""

    def __init__(self, number: int, current: int, cause: sqlite3.Error) -> None:
        self.number = number
        self.current = current
        self.cause = cause
        super().__init__(f"schema {number}: {cause}")


def upgrade(conn: sqlite3.Connection, current: int, target: int = LATEST) -> None:
    """Apply every script above ``current`` up to ``target``, all in one transaction: a
    failure leaves the file at ``current`` and raises :class:`MigrationFailed`."""
    steps = [f"{sql}\nPRAGMA user_version = {number};" for number, sql in SCRIPTS
             if current < number <= target]
    if not steps:
        return
    # One script: executescript commits any transaction it finds open before it starts.
    try:
        conn.executescript("BEGIN IMMEDIATE;\n" + "\n".join(steps) + "\nCOMMIT;")
    except sqlite3.Error as exc:
        failed = current + 1
        if conn.in_transaction:
            # Each script ends by setting user_version: the failing one is the next.
            failed = max(failed, conn.execute("PRAGMA user_version").fetchone()[0] + 1)
            conn.execute("ROLLBACK")
        raise MigrationFailed(failed, current, exc) from exc
