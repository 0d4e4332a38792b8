"""Plan comptable changes as undoable commands: undo removes a sub-account just added while
nothing names it, puts a sub-account's label back, hides or shows an account again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services.chart import remove_sub_account, rename_account, set_account_hidden
from ..services.ledger import add_sub_account
from .commands import Command
from .session import BookSession


# By (year label, code): the account re-created by a redo has a new id.
class AddSubAccount(Command):
    def __init__(self, session: BookSession, year: str, code: str, label: str) -> None:
        super().__init__(session, QCoreApplication.translate(
            "ChartView", "ajout du sous-compte {} « {} »").format(code, label))
        self.year, self.code, self.label = year, code, label

    def _do(self) -> None:
        self.code = add_sub_account(self.session.book, self.year, self.code, self.label).code

    def _undo(self) -> None:
        # Refused once an entry, a rule… names it: the command stays done, the reason shown.
        remove_sub_account(self.session.book, self.year, self.code)


class RenameAccount(Command):
    def __init__(self, session: BookSession, year: str, code: str, before: str,
                 label: str) -> None:
        super().__init__(session, QCoreApplication.translate(
            "ChartView", "renommage du compte {} « {} »").format(code, before))
        self.year, self.code, self.before, self.label = year, code, before, label

    def _do(self) -> None:
        rename_account(self.session.book, self.year, self.code, self.label)

    def _undo(self) -> None:
        rename_account(self.session.book, self.year, self.code, self.before)


class HideAccount(Command):
    """Hiding, or showing again, an account: undo does the opposite."""

    def __init__(self, session: BookSession, year: str, code: str, hidden: bool) -> None:
        text = (QCoreApplication.translate("ChartView", "masquage du compte {}") if hidden
                else QCoreApplication.translate("ChartView", "réaffichage du compte {}")).format(code)
        super().__init__(session, text)
        self.year, self.code, self.hidden = year, code, hidden

    def _do(self) -> None:
        set_account_hidden(self.session.book, self.year, self.code, self.hidden)

    def _undo(self) -> None:
        # Hiding again is refused once the year has an entry on it (the command stays done).
        set_account_hidden(self.session.book, self.year, self.code, not self.hidden)
