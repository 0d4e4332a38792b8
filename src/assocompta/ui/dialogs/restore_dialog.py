"""Restaurer une sauvegarde: the book's backups as ``assocompta backups`` lists them, one chosen,
and a confirmation that says the current book is kept aside."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...storage.restore import BackupInfo, last_entry_text, list_backups, size_text
from .. import locale


class RestoreDialog(QDialog):
    """Lists the backups of ``book``; :attr:`chosen` is the one to restore once confirmed."""

    def __init__(self, book: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = Path(book)
        self.setWindowTitle(self.tr("Restaurer une sauvegarde de {}").format(self.book.name))
        self.backups: list[BackupInfo] = list_backups(self.book)
        self.chosen: Path | None = None
        intro = QLabel(self.tr(
            "Sauvegardes de {}, de la plus récente à la plus ancienne. Le livre actuel sera "
            "gardé à part comme une sauvegarde de plus : une restauration peut toujours être "
            "défaite par ce même menu.").format(self.book.name) if self.backups else self.tr(
            "Aucune sauvegarde de {} : une copie est faite à chaque ouverture en écriture "
            "après un changement.").format(self.book.name))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 5)
        self.table.setAccessibleName(self.tr("Sauvegardes"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Date et heure"), self.tr("Taille"), self.tr("Écritures"),
            self.tr("Dernière écriture"), self.tr("Remarque")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, b in enumerate(self.backups):
            cells = (b.taken.strftime("%d/%m/%Y %H:%M:%S"), size_text(b.size),
                     "?" if b.entries is None else str(b.entries), last_entry_text(b),
                     self.tr("livre remplacé par une restauration") if b.aside else "")
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        if self.backups:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(self._accept)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("Restaurer"))
        self.restore_button.setEnabled(bool(self.backups))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def _accept(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.backups):
            self.error.setText(self.tr("Choisissez une sauvegarde dans la liste."))
            return
        b = self.backups[row]
        if b.problem:
            self.error.setText(self.tr("Cette sauvegarde ne peut pas être restaurée : {}")
                               .format(b.problem))
            return
        answer = QMessageBox.question(
            self, self.tr("Restaurer une sauvegarde"),
            self.tr("Remettre la sauvegarde du {} ({}, dernière : {}) à la place de "
                    "{} ?\n\nLe livre actuel est d'abord gardé à part comme une sauvegarde "
                    "(« livre remplacé par une restauration ») : vous pourrez y revenir par ce "
                    "même menu. Le livre est fermé puis rouvert.")
            .format(b.taken.strftime("%d/%m/%Y à %H:%M:%S"),
                    locale.count(b.entries, self.tr("{} écriture"), self.tr("{} écritures")),
                    last_entry_text(b),
                    self.book.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.chosen = b.path
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, book: Path) -> Path | None:
        """The backup to restore, confirmed; None if the treasurer cancels."""
        dialog = cls(book, parent)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
