"""Ticking and unticking statement lines as undoable commands (Rapprochement, Ctrl+Z)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..services import reconciliation as rec
from . import locale
from .commands import Command
from .session import BookSession


@dataclass(frozen=True)
class ReconciliationChange:
    """What the Rapprochement view changed (ticks, a statement): the ledger's marks follow."""

    statement_id: int | None


def _text(ticked: bool, n: int) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("ReconciliationView", text)
    if ticked:
        return locale.count(n, tr(QT_TRANSLATE_NOOP("ReconciliationView", "pointage de {} ligne")),
                            tr(QT_TRANSLATE_NOOP("ReconciliationView", "pointage de {} lignes")))
    return locale.count(n, tr(QT_TRANSLATE_NOOP("ReconciliationView", "dépointage de {} ligne")),
                        tr(QT_TRANSLATE_NOOP("ReconciliationView", "dépointage de {} lignes")))


class TickLines(Command):
    """Tick (or untick) lines of a statement in progress; undo puts back the ones it
    changed, and only those (a line ticked before stays ticked)."""

    def __init__(self, session: BookSession, statement_id: int, line_ids: list[int],
                 ticked: bool) -> None:
        super().__init__(session, _text(ticked, len(line_ids)))
        self.statement_id, self.line_ids, self.ticked = statement_id, list(line_ids), ticked
        self.changed: list[int] = []

    def _set(self, line_ids: list[int], ticked: bool) -> list[int]:
        action = rec.tick if ticked else rec.untick
        return action(self.session.book, self.statement_id, line_ids)

    def _do(self) -> None:
        self.changed = self._set(self.line_ids, self.ticked)

    def _undo(self) -> None:
        self._set(self.changed, not self.ticked)

    def notice(self) -> object:
        return ReconciliationChange(self.statement_id)
