"""Nouvelle association: name, SIREN, address, first fiscal year; the chart follows the dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from ...domain.accounts import chart_for_start
from ...domain.errors import DomainError
from ...domain.fiscal_years import default_end
from .. import locale
from ..forms.ui_new_book_dialog import Ui_NewBookDialog


class NewBookDialog(QDialog):
    """Creates the book file; :attr:`created` holds its path once accepted."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_NewBookDialog()
        ui.setupUi(self)
        self.created: Path | None = None
        today = dt.date.today()
        ui.start_edit.setText(locale.date(dt.date(today.year, 1, 1)))
        ui.end_edit.setText(locale.date(dt.date(today.year, 12, 31)))
        ui.path_edit.setText(str((folder or Path.home()) / "association.assocompta"))
        ui.browse_button.clicked.connect(self._browse)
        ui.error_label.setStyleSheet("color: #b00020;")
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Créer"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        ui.button_box.accepted.connect(self.create)
        ui.button_box.rejected.connect(self.reject)
        ui.start_edit.textChanged.connect(self._start_changed)
        self._start_changed()

    def _start_changed(self) -> None:
        """The end follows the start (one year) and the chart is the one of that date."""
        try:
            start = locale.parse_date(self.ui.start_edit.text(), dt.date.today().year)
        except ValueError:
            self.ui.chart_label.setText("")
            return
        self.ui.end_edit.setText(locale.date(default_end(start)))
        self.ui.chart_label.setText(chart_for_start(start).label)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Fichier du livre"),
                                              self.ui.path_edit.text(),
                                              self.tr("Livre AssoCompta (*.assocompta)"))
        if name:
            self.ui.path_edit.setText(name if name.endswith(".assocompta")
                                      else name + ".assocompta")

    def create(self) -> None:
        from ...services.setup import Identity, create_book
        ui = self.ui
        try:
            start = locale.parse_date(ui.start_edit.text(), dt.date.today().year)
            end = locale.parse_date(ui.end_edit.text(), start.year)
        except ValueError as exc:
            ui.error_label.setText(str(exc))
            return
        name = ui.name_edit.text().strip()
        if not name:
            ui.error_label.setText(self.tr("Nom de l'association : obligatoire."))
            ui.name_edit.setFocus()
            return
        path = Path(ui.path_edit.text().strip()).expanduser()
        try:
            identity = Identity(name, address=ui.address_edit.text().strip(),
                                siren=ui.siren_edit.text().strip() or None)
            book, _warnings = create_book(path, identity, start, end)
            book.close()
        except DomainError as exc:
            ui.error_label.setText(str(exc))
            return
        self.created = path
        self.accept()
