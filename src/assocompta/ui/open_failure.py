"""A book that does not open: the refusal, and, when the book has backups, a button that puts
one back (its window, hence its Fichier menu, cannot open)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import DomainError
from ..domain.fixes import for_app
from .errors import report
from .location import Target, is_shared


def refused(parent: QWidget | None, target: Target, exc: BaseException, what: str) -> bool:
    """Say why ``target`` did not open; True when a backup was put back in its place (the
    caller opens the book again)."""
    from ..storage.restore import list_backups
    if is_shared(target) or not isinstance(exc, DomainError) or not list_backups(Path(target)):
        report(parent, exc, what)
        return False
    book = Path(target)
    box = QMessageBox(QMessageBox.Icon.Warning, "AssoCompta", what,
                      QMessageBox.StandardButton.Close, parent)
    box.setInformativeText(for_app(str(exc)))
    restore = box.addButton(
        QCoreApplication.translate("OpenFailure", "Restaurer une sauvegarde…"),
        QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    from .dialogs.restore_dialog import RestoreDialog
    from .main_window import _restore
    chosen = RestoreDialog.ask(parent, book)
    if chosen is None:
        return False
    done = _restore(book, chosen)
    if isinstance(done, BaseException):
        report(parent, done, QCoreApplication.translate("OpenFailure", "Restauration impossible."))
        return False
    return True
