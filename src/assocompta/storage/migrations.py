"""Schema versions: numbered SQL scripts applied in order, all pending ones in one transaction.

Both engines keep their scripts the same way, one file per schema version it makes,
``NNNN_name.sql`` in a ``migrations`` folder: SQLite's here (``storage/migrations``, from 0001),
PostgreSQL's in ``storage/pg/migrations`` (above its frozen baseline, ``storage/pg/schema.sql``).
:func:`numbered_scripts` reads either folder; docs/schema.md says how to add a version.
"""

from __future__ import annotations

import re
import sqlite3
from importlib import resources

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def numbered_scripts(package: str) -> list[tuple[int, str, str]]:
    """``(number, name, sql)`` of each ``migrations/NNNN_name.sql`` of ``package``, in order;
    the name is the file's without ``.sql`` (``0005_bank_documents``), what a failure names.
    The numbers follow each other without a gap or a repeat."""
    folder = resources.files(package).joinpath("migrations")
    found = sorted((int(m.group(1)), item.name.removesuffix(".sql"),
                    item.read_text(encoding="utf-8"))
                   for item in folder.iterdir() if (m := _NAME.match(item.name)))
    numbers = [n for n, _, _ in found]
    first = numbers[0] if numbers else 0
    assert numbers == list(range(first, first + len(numbers))), \
        f"{package}: migration numbering gap or repeat: {numbers}"
    return found


def pending(scripts: list[tuple[int, str]], current: int, target: int) -> list[tuple[int, str]]:
    """The scripts that take a book from schema ``current`` to ``target``, in order."""
    return [(number, sql) for number, sql in scripts if current < number <= target]


_FOUND = numbered_scripts("assocompta.storage")
assert _FOUND[0][0] == 1, "storage/migrations starts at 0001"

#: ``(number, sql)`` of every SQLite step, from 1 to :data:`LATEST`.
SCRIPTS = [(number, sql) for number, _, sql in _FOUND]
#: Each step's file name without ``.sql`` (``0005_bank_documents``): what a failure names.
NAMES: dict[int, str] = {number: name for number, name, _ in _FOUND}
#: The schema this version of AssoCompta writes, on both engines (storage/pg checks it).
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
    steps = [f"{sql}\nPRAGMA user_version = {number};"
             for number, sql in pending(SCRIPTS, current, target)]
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
