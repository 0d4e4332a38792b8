"""Booking bank lines as an undoable command: undo deletes the entries it wrote, which puts
their lines back in the to-categorise list with the account chosen for them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services import bank_categorise as cat
from ..services.editing import entry_id_of
from ..services.ledger import delete_entry
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
        # Latest first: each deletion renumbers only the entries after it. By (year, number):
        # an entry deleted and put back since has a new id.
        book = self.session.book
        for b in reversed(self.booked):
            delete_entry(book, entry_id_of(book, b.year, b.number))

    def notice(self) -> object:
        return [b.entry_id for b in self.booked]
