"""Every change of the session as an undoable command (QUndoStack: Ctrl+Z / Ctrl+Shift+Z).

The first ``redo`` is the action itself, run before the command is pushed so that a refused
action never lands on the stack; later redos and undos call the services again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand

from ..domain.entries import EntryDraft
from ..domain.errors import DomainError, ValidationError
from ..services.editing import (entry_id_of, read_attached, read_entry, replace_entry,
                                restore_entry)
from ..services.ledger import Posted, delete_entry, delete_entry_in, post_entry
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
# back gets a new id, and a later command in the stack must still find it. Numbers move only
# by what the stack itself does, with two exceptions: a validation renumbers the drafts (it
# empties the stack, see validate()) and another person's change to a shared book (the
# session empties it). Even so, each command checks that the entry it finds under its number
# is the one it wrote (same date, journal and lines) before touching it.
def _shape(draft: EntryDraft) -> tuple:
    """What tells one entry from another: date, journal, and each line's account and amounts
    (labels are cleaned on the way in, so they are left out)."""
    return (draft.date, draft.journal,
            tuple((ln.account, ln.debit, ln.credit) for ln in draft.lines))


def _find(session: BookSession, year: str, number: int, expected: EntryDraft) -> int:
    """The id of entry ``number`` of ``year``, refused unless it is still ``expected``."""
    book = session.book
    entry_id = entry_id_of(book, year, number)
    if _shape(read_entry(book, entry_id).draft) != _shape(expected):
        raise ValidationError(QCoreApplication.translate(
            "Commands", "l'écriture n°{} de l'exercice {} n'est plus celle que cette action a "
            "enregistrée (numéros changés depuis) : elle n'est pas touchée")
            .format(number, year))
    return entry_id


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
        delete_entry(self.session.book, _find(self.session, self.year, self.number, self.draft))


class EditEntry(Command):
    def __init__(self, session: BookSession, entry_id: int, draft: EntryDraft) -> None:
        super().__init__(session, f"modification « {draft.label} »")
        booked = read_entry(session.book, entry_id)
        self.year, self.number = booked.year, booked.number
        self.entry_id = entry_id
        self.before = booked.draft
        self.after = draft

    def _replace(self, draft: EntryDraft, now: EntryDraft) -> None:
        self.entry_id = replace_entry(self.session.book,
                                      _find(self.session, self.year, self.number, now),
                                      draft).entry_id

    def _do(self) -> None:
        self._replace(self.after, self.before)

    def _undo(self) -> None:
        self._replace(self.before, self.after)


class DeleteEntry(Command):
    def __init__(self, session: BookSession, entry_id: int) -> None:
        booked = read_entry(session.book, entry_id)
        super().__init__(session, f"suppression « {booked.draft.label} »")
        self.booked = booked
        self.attached = read_attached(session.book, entry_id)

    def _do(self) -> None:
        delete_entry(self.session.book, _find(self.session, self.booked.year,
                                              self.booked.number, self.booked.draft))

    def _undo(self) -> None:
        restore_entry(self.session.book, self.booked.draft, self.booked.number, self.attached)


class ReverseEntry(Command):
    """Contre-passer et corriger: validated entry ``entry_id`` cancelled by a reversing
    entry dated ``date``, and the ``corrected`` entry beside it. Both are drafts, so undo
    deletes them (one transaction) and redo posts them again; the validated original never
    changes, and keeps its id."""

    def __init__(self, session: BookSession, entry_id: int, date: dt.date | None,
                 corrected: EntryDraft | None) -> None:
        booked = read_entry(session.book, entry_id)
        super().__init__(session, QCoreApplication.translate(
            "Commands", "contre-passation de l'écriture n°{}").format(booked.number))
        self.original, self.original_number = entry_id, booked.number
        self.date, self.corrected = date, corrected
        self.posted: list[tuple[Posted, EntryDraft]] = []

    @property
    def reversal(self) -> Posted:
        return self.posted[0][0]

    @property
    def fixed(self) -> Posted | None:
        return self.posted[1][0] if len(self.posted) > 1 else None

    def _do(self) -> None:
        from ..services.validation import reverse_entry
        book = self.session.book
        first, second = reverse_entry(book, self.original, date=self.date,
                                      corrected=self.corrected)
        self.posted = [(p, read_entry(book, p.entry_id).draft)
                       for p in (first, second) if p is not None]

    def _undo(self) -> None:
        # The corrected entry first: numbered after the reversal, its going moves nothing.
        ids = [_find(self.session, p.year, p.number, draft)
               for p, draft in reversed(self.posted)]
        with self.session.book.transaction() as s:
            for entry_id in ids:
                delete_entry_in(s, entry_id)


def validate(session: BookSession, year: str | None = None, *, through: dt.date | None = None,
             entry_ids: list[int] | None = None, number_pieces: bool = False):
    """Validate drafts (services.validation.validate_entries). Not undoable: a validated
    entry is final (PCG art. 921-3), and the drafts left are renumbered after it, so the
    undo history, which names entries by number, is emptied; the dialog says so first."""
    from ..services.validation import validate_entries
    done = validate_entries(session.book, year, through=through, entry_ids=entry_ids,
                            number_pieces=number_pieces)
    if done.count:
        session.undo_stack.clear()
        session.notify()
    return done


def perform(session: BookSession, command: Command) -> None:
    """Run the command's action now; on success put it on the undo stack.

    A refused action (DomainError) propagates and leaves the stack as it was.
    """
    command._do()
    session.undo_stack.push(command)
    session.notify(command.notice())
