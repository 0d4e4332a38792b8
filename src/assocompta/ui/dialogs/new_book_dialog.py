"""Nouvelle association: name, SIREN, address, first fiscal year; the chart follows the dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from ...domain.accounts import chart_for_start
from ...domain.errors import DomainError, ValidationError
from ...domain.fiscal_years import default_end
from ...services.setup import Identity, create_book
from .. import locale


class NewBookDialog(QDialog):
    """Creates the book file; :attr:`created` holds its path once accepted."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouvelle association"))
        self.created: Path | None = None
        self.name = QLineEdit()
        self.siren = QLineEdit(placeholderText=self.tr("9 chiffres (facultatif)"))
        self.address = QLineEdit()
        today = dt.date.today()
        self.start = QLineEdit(locale.date(dt.date(today.year, 1, 1)))
        self.end = QLineEdit(locale.date(dt.date(today.year, 12, 31)))
        self.chart = QLabel()
        self.path = QLineEdit(str((folder or Path.home()) / "association.assocompta"))
        browse = QPushButton(self.tr("Choisir…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Nom de l'association"), self.name)
        form.addRow(self.tr("&SIREN"), self.siren)
        form.addRow(self.tr("&Adresse du siège"), self.address)
        form.addRow(self.tr("&Début du premier exercice"), self.start)
        form.addRow(self.tr("&Fin du premier exercice"), self.end)
        form.addRow(self.tr("Plan comptable"), self.chart)
        form.addRow(self.tr("&Fichier"), where)
        for widget, name in ((self.name, "Nom de l'association"), (self.siren, "SIREN"),
                             (self.address, "Adresse"), (self.start, "Début d'exercice"),
                             (self.end, "Fin d'exercice"), (self.path, "Fichier du livre")):
            widget.setAccessibleName(name)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Créer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.start.textChanged.connect(self._start_changed)
        self._start_changed()
        self.resize(560, 0)

    def _start_changed(self) -> None:
        try:
            start = locale.parse_date(self.start.text(), dt.date.today().year)
        except ValueError:
            self.chart.setText("")
            return
        self.end.setText(locale.date(default_end(start)))
        info = chart_for_start(start)
        self.chart.setText(info.label)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Fichier du livre", self.path.text(),
                                              "Livre AssoCompta (*.assocompta)")
        if name:
            self.path.setText(name if name.endswith(".assocompta") else name + ".assocompta")

    def create(self) -> None:
        try:
            start = locale.parse_date(self.start.text(), dt.date.today().year)
            end = locale.parse_date(self.end.text(), start.year)
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        name = self.name.text().strip()
        if not name:
            self.error.setText(self.tr("Nom de l'association : obligatoire."))
            self.name.setFocus()
            return
        path = Path(self.path.text().strip()).expanduser()
        try:
            book, _warnings = create_book(path, Identity(name, address=self.address.text().strip(),
                                                         siren=self.siren.text().strip() or None),
                                          start, end)
            book.close()
        except (DomainError, ValidationError) as exc:
            self.error.setText(str(exc))
            return
        self.created = path
        self.accept()
