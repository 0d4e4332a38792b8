"""Booking bank lines as an undoable command: undo deletes the entries it wrote, which puts
their lines back in the to-categorise list with the account chosen for them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services import bank_categorise as cat
from . import locale
from .commands import Command
from .session import BookSession


class ValidateBankLines(Command):
    def __init__(self, session: BookSession, line_ids: list[int]) -> None:
        super().__init__(session, locale.count(
            len(line_ids),
            QCoreApplication.translate("BankView", "validation de {} ligne de relevé"),
            QCoreApplication.translate("BankView", "validation de {} lignes de relevé")))
        self.line_ids = list(line_ids)
        self.booked: list[cat.Booked] = []

    def _do(self) -> None:
        self.booked = cat.validate(self.session.book, self.line_ids)

    def _undo(self) -> None:
        # By (year, number): an entry deleted and put back since has a new id. All or none,
        # and refused once a receipt covers one of the gifts.
        cat.unbook(self.session.book, [(b.year, b.number) for b in self.booked])

    def notice(self) -> object:
        return [b.entry_id for b in self.booked]
