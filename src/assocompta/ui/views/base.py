"""What every view of the main window offers the window around it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ...domain.errors import DomainError
from ..commands import Command, perform
from ..errors import report
from ..session import BookSession


class View(QWidget):
    """A page of the main window. It refreshes when shown after the book or year changed."""

    title = ""
    #: extensions :meth:`export` writes ('' when the view has nothing to export)
    export_formats: tuple[str, ...] = ()
    #: :meth:`export` reads no widget and may take long: the window runs it in a thread
    background_export = False

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stale = True
        session.changed.connect(self._book_changed)
        session.year_changed.connect(self._book_changed)
        session.writable_changed.connect(self.writable_changed)

    def perform(self, command: Command, refused: str) -> bool:
        """Do ``command`` on the undo stack; a refusal is shown under ``refused``."""
        try:
            perform(self.session, command)
        except DomainError as exc:
            report(self, exc, refused)
            return False
        return True

    def _book_changed(self, *_args) -> None:
        self._stale = True
        if self.isVisible():
            self.activate()

    def activate(self) -> None:
        """Shown: bring the content up to date if the book changed meanwhile."""
        if self._stale:
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        """Re-read what the view shows."""

    def writable_changed(self, writable: bool) -> None:
        """The book became writable (or stays read-only): enable or disable edits."""

    def export(self, path: Path) -> Path:
        raise NotImplementedError

    def default_export_name(self) -> str:
        year = self.session.year.label if self.session.year else ""
        return f"{self.title} {year}".strip()

    def close_view(self) -> None:
        """The book is closing: stop background work."""
