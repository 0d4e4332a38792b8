"""Every change of the session as an undoable command (QUndoStack: Ctrl+Z / Ctrl+Shift+Z).

The first ``redo`` is the action itself, run before the command is pushed so that a refused
action never lands on the stack; later redos and undos call the services again.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ..domain.entries import EntryDraft
from ..services.editing import read_entry, replace_entry, restore_entry
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
        self._undo()
        self.session.notify(self.notice())

    def notice(self) -> object:
        return ()

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError



class PostEntry(Command):
    def __init__(self, session: BookSession, draft: EntryDraft) -> None:
        super().__init__(session, f"saisie « {draft.label} »")
        self.draft = draft
        self.entry_id: int | None = None
        self.number: int | None = None

    def _do(self) -> None:
        posted = post_entry(self.session.book, self.draft)
        self.entry_id, self.number = posted.entry_id, posted.number

    def _undo(self) -> None:
        delete_entry(self.session.book, self.entry_id)


class EditEntry(Command):
    def __init__(self, session: BookSession, entry_id: int, draft: EntryDraft) -> None:
        super().__init__(session, f"modification « {draft.label} »")
        self.entry_id = entry_id
        self.before = read_entry(session.book, entry_id).draft
        self.after = draft

    def _do(self) -> None:
        self.entry_id = replace_entry(self.session.book, self.entry_id, self.after).entry_id

    def _undo(self) -> None:
        self.entry_id = replace_entry(self.session.book, self.entry_id, self.before).entry_id


class DeleteEntry(Command):
    def __init__(self, session: BookSession, entry_id: int) -> None:
        booked = read_entry(session.book, entry_id)
        super().__init__(session, f"suppression « {booked.draft.label} »")
        self.entry_id = entry_id
        self.booked = booked

    def _do(self) -> None:
        delete_entry(self.session.book, self.entry_id)

    def _undo(self) -> None:
        self.entry_id = restore_entry(self.session.book, self.booked.draft,
                                      self.booked.number).entry_id


def perform(session: BookSession, command: Command) -> None:
    """Run the command's action now; on success put it on the undo stack.

    A refused action (DomainError) propagates and leaves the stack as it was.
    """
    command._do()
    session.undo_stack.push(command)
    session.notify(command.notice())
