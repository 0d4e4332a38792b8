"""Adding a year as an undoable command: Ctrl+Z removes it again while it is still empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ..domain.errors import DomainError
from ..services.setup import add_year, remove_year
from .commands import Command
from .session import BookSession


class AddYear(Command):
    def __init__(self, session: BookSession, start: dt.date, end: dt.date | None) -> None:
        super().__init__(session,
                         QCoreApplication.translate("YearCommands", "ajout d'un exercice"))
        self.start, self.end = start, end
        self.label: str | None = None
        self.warnings: list[str] = []

    def _do(self) -> None:
        year, self.warnings = add_year(self.session.book, self.start, self.end)
        self.label = year.label
        self.setText(QCoreApplication.translate("YearCommands", "ajout de l'exercice {}")
                     .format(self.label))

    def _undo(self) -> None:
        try:
            remove_year(self.session.book, self.label)
        except DomainError as exc:
            # The year stays; this command leaves the stack (a redo would add it twice).
            self.setObsolete(True)
            self.session.message.emit(
                QCoreApplication.translate("YearCommands", "Annulation impossible : {}.")
                .format(exc))

    def redo(self) -> None:
        first = self._first
        super().redo()
        if not first:
            self.session.refresh_years()

    def undo(self) -> None:
        super().undo()
        self.session.refresh_years()
