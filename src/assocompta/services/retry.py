"""One more try when PostgreSQL gives up a transaction to let a concurrent one through.

Writers lock the year they number first (:func:`ledger.lock_year`), so this is rare; when
PostgreSQL still picks a transaction as a deadlock's victim, it rolled everything back and
running the same user action again is safe. SQLite never raises these: its writers queue.
"""

from __future__ import annotations

import functools

from ..domain.errors import DomainError

#: deadlock_detected, serialization_failure
CONFLICTS = frozenset({"40P01", "40001"})


def is_conflict(exc: BaseException) -> bool:
    """Whether ``exc`` (psycopg's or SQLAlchemy's wrapper of it) is a give-up worth a retry."""
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None) in CONFLICTS


def once_more_on_conflict(action):
    """Run the service ``action`` again once if PostgreSQL aborted it for a conflict."""
    @functools.wraps(action)
    def run(*args, **kwargs):
        try:
            return action(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - only conflicts are retried, see below
            if not is_conflict(exc):
                raise
        try:
            return action(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if not is_conflict(exc):
                raise
            raise DomainError("PostgreSQL : quelqu'un d'autre modifiait le même exercice au "
                              "même moment ; rien n'a été enregistré. Recommencez.") from exc
    return run
