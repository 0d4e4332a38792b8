"""Every change of the session as an undoable command (QUndoStack: Ctrl+Z / Ctrl+Shift+Z).

The first ``redo`` is the action itself, run before the command is pushed so that a refused
action never lands on the stack; later redos and undos call the services again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand

from ..domain.entries import EntryDraft
from ..domain.errors import DomainError
from ..services.editing import (entry_id_of, read_attached, read_entry, replace_entry,
                                restore_entry)
from ..services.ledger import delete_entry, post_entry
from .session import BookSession


class Command(QUndoCommand):
    """A session action: ``_do`` and ``_undo`` call services; ``notice`` is what views are
    told changed (an empty tuple: reload everything)."""

    def __init__(self, session: BookSession, text: str) -> None:
        super().__init__(text)
        self.session = session
        self._first = True

    def redo(self) -> None:
        if self._first:  # already done by perform()
            self._first = False
            return
        self._do()
        self.session.notify(self.notice())

    def undo(self) -> None:
        try:
            self._undo()
        except DomainError as exc:
            self._refused(exc)
            return
        self.session.notify(self.notice())

    def _refused(self, exc: DomainError) -> None:
        """An undo the book refuses (a receipt issued since…): the command stays done. The
        stack counts it undone once this returns; a redo that does nothing (``_first``)
        puts its index back, then the treasurer is told why."""
        self._first = True
        stack = self.session.undo_stack

        def restore() -> None:
            stack.redo()
            from PySide6.QtWidgets import QApplication

            from .errors import report
            report(QApplication.activeWindow(), exc, QCoreApplication.translate(
                "Commands", "Impossible d'annuler « {} »").format(self.text()))
        QTimer.singleShot(0, restore)

    def notice(self) -> object:
        return ()

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError



# Commands name entries by (year, number), which undo and redo keep: an entry deleted and put
# back gets a new id, and a later command in the stack must still find it.
class PostEntry(Command):
    def __init__(self, session: BookSession, draft: EntryDraft) -> None:
        super().__init__(session, f"saisie « {draft.label} »")
        self.draft = draft
        self.year: str | None = None
        self.number: int | None = None
        self.entry_id: int | None = None

    def _do(self) -> None:
        posted = post_entry(self.session.book, self.draft)
        self.year, self.number, self.entry_id = posted.year, posted.number, posted.entry_id

    def _undo(self) -> None:
        delete_entry(self.session.book, entry_id_of(self.session.book, self.year, self.number))


class EditEntry(Command):
    def __init__(self, session: BookSession, entry_id: int, draft: EntryDraft) -> None:
        super().__init__(session, f"modification « {draft.label} »")
        booked = read_entry(session.book, entry_id)
        self.year, self.number = booked.year, booked.number
        self.entry_id = entry_id
        self.before = booked.draft
        self.after = draft

    def _replace(self, draft: EntryDraft) -> None:
        book = self.session.book
        self.entry_id = replace_entry(book, entry_id_of(book, self.year, self.number),
                                      draft).entry_id

    def _do(self) -> None:
        self._replace(self.after)

    def _undo(self) -> None:
        self._replace(self.before)


class DeleteEntry(Command):
    def __init__(self, session: BookSession, entry_id: int) -> None:
        booked = read_entry(session.book, entry_id)
        super().__init__(session, f"suppression « {booked.draft.label} »")
        self.booked = booked
        self.attached = read_attached(session.book, entry_id)

    def _do(self) -> None:
        book = self.session.book
        delete_entry(book, entry_id_of(book, self.booked.year, self.booked.number))

    def _undo(self) -> None:
        restore_entry(self.session.book, self.booked.draft, self.booked.number, self.attached)


def perform(session: BookSession, command: Command) -> None:
    """Run the command's action now; on success put it on the undo stack.

    A refused action (DomainError) propagates and leaves the stack as it was.
    """
    command._do()
    session.undo_stack.push(command)
    session.notify(command.notice())
