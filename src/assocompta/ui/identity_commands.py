"""The association's identity changed from Fichier › Identité de l'association…, undoable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services.setup import Identity, update_identity
from .commands import Command
from .session import BookSession


class SetIdentity(Command):
    """Replace the identity; undo puts the one read before back."""

    def __init__(self, session: BookSession, before: Identity, after: Identity) -> None:
        super().__init__(session, QCoreApplication.translate(
            "Commands", "identité de l'association"))
        self.before = before
        self.after = after

    def _do(self) -> None:
        self.after = update_identity(self.session.book, self.after)

    def _undo(self) -> None:
        update_identity(self.session.book, self.before)
