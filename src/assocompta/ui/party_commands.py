"""Creating a tiers from a form as an undoable command: undo removes it while nothing uses it
(the entry typed with it is undone first, being later on the stack)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.errors import DomainError
from ..domain.parties import FunderCategory, TiersKind
from ..services.ledger import add_tiers
from ..services.parties import delete_tiers
from .commands import Command
from .session import BookSession


class AddTiers(Command):
    def __init__(self, session: BookSession, code: str, name: str, kind: TiersKind | str,
                 category: FunderCategory | str | None = None) -> None:
        super().__init__(session, QCoreApplication.translate(
            "NewPartyDialog", "création du tiers « {} »").format(name))
        self.code, self.name, self.kind, self.category = code, name, kind, category
        self._kept = False  # an undo refused because the tiers was used meanwhile

    def _do(self) -> None:
        if not self._kept:
            self.code = add_tiers(self.session.book, self.code, self.name, self.kind,
                                  self.category).code

    def _undo(self) -> None:
        try:
            delete_tiers(self.session.book, self.code)
        except DomainError as exc:
            # Lines chosen in the bank view since still name it: the tiers stays, said so.
            self._kept = True
            self.session.message.emit(str(exc))
            return
        self._kept = False
