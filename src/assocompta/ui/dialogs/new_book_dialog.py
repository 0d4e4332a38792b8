"""Nouvelle association: a short wizard. The association (name, first fiscal year, file; the
chart follows the dates), then « L'association existe déjà ? » with its opening balances
(banks, cash box, optionally the previous bilan), then the opening entry it will book."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget, QWizard, QWizardPage

from ...domain.accounts import chart_for_start
from ...domain.errors import DomainError, ValidationError
from ...domain.fiscal_years import default_end
from ...domain.identity import clean_siren
from ...domain.opening import Opening
from .. import locale
from ..forms.ui_new_book_dialog import Ui_NewBookDialog
from .opening_pages import (BalancesPage, BilanPage, SummaryPage, chart_names, sentence,
                            typed_opening)


class IdentityPage(QWizardPage):
    """Page 1: the association and its first year (Designer form)."""

    def __init__(self, dialog: NewBookDialog, folder: Path | None) -> None:
        super().__init__()
        self.dialog = dialog
        self.ui = ui = Ui_NewBookDialog()
        ui.setupUi(self)
        self.setTitle(self.tr("L'association"))
        self.setSubTitle(self.tr("Son nom, son premier exercice dans AssoCompta et le fichier "
                                 "du livre."))
        today = dt.date.today()
        ui.start_edit.setText(locale.date(dt.date(today.year, 1, 1)))
        ui.end_edit.setText(locale.date(dt.date(today.year, 12, 31)))
        self._folder = folder or Path.home()
        self._proposed = str(self._folder / "association.assocompta")
        ui.path_edit.setText(self._proposed)
        ui.name_edit.textEdited.connect(self._name_typed)
        ui.browse_button.clicked.connect(self._browse)
        ui.error_label.setStyleSheet("color: #b00020;")
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

    def _name_typed(self, name: str) -> None:
        """The file is named after the association (« Club de lecture.assocompta ») until the
        user chooses its name: every book was « association », in the file and in the
        welcome screen's « Livres récents »."""
        if self.ui.path_edit.text() != self._proposed:
            return
        stem = " ".join(re.sub(r'[\\/:*?"<>|]', "-", name).split()).strip(". ")[:60]
        self._proposed = str(self._folder / f"{stem or 'association'}.assocompta")
        self.ui.path_edit.setText(self._proposed)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Fichier du livre"),
                                              self.ui.path_edit.text(),
                                              self.tr("Livre AssoCompta (*.assocompta)"))
        if name:
            self.ui.path_edit.setText(name if name.endswith(".assocompta")
                                      else name + ".assocompta")

    def dates(self) -> tuple[dt.date, dt.date]:
        start = locale.parse_date(self.ui.start_edit.text(), dt.date.today().year)
        return start, locale.parse_date(self.ui.end_edit.text(), start.year)

    def path(self) -> Path:
        return Path(self.ui.path_edit.text().strip()).expanduser()

    def validatePage(self) -> bool:
        """What can be checked before the balances, so that « Suivant » stops here."""
        ui = self.ui
        ui.error_label.clear()
        try:
            self.dates()
        except ValueError as exc:
            ui.error_label.setText(str(exc))
            ui.start_edit.setFocus()
            return False
        if not ui.name_edit.text().strip():
            ui.error_label.setText(self.tr("Nom de l'association : obligatoire."))
            ui.name_edit.setFocus()
            return False
        try:
            clean_siren(ui.siren_edit.text().strip() or None)
        except ValidationError as exc:
            ui.error_label.setText(str(exc))
            ui.siren_edit.setFocus()
            return False
        path = self.path()
        if path.exists():
            ui.error_label.setText(self.tr("{} existe déjà : choisissez un autre nom de "
                                           "fichier.").format(path))
            ui.path_edit.setFocus()
            return False
        if not path.parent.is_dir():
            ui.error_label.setText(self.tr("Le dossier {} n'existe pas : choisissez-en un "
                                           "autre.").format(path.parent))
            ui.path_edit.setFocus()
            return False
        return True


class NewBookDialog(QWizard):
    """Creates the book file, with its opening entry if any; :attr:`created` holds its path
    once done. Nothing is written before « Créer l'association »."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.created: Path | None = None
        self.setWindowTitle(self.tr("Nouvelle association"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Précédent"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuler"))
        self.setButtonText(QWizard.WizardButton.FinishButton,
                           self.tr("&Créer l'association"))
        self.identity_page = IdentityPage(self, folder)
        self.ui = self.identity_page.ui
        self.balances_page = BalancesPage()
        self.bilan_page = BilanPage()
        self.summary_page = SummaryPage()
        self.addPage(self.identity_page)
        self.addPage(self.balances_page)
        self.bilan_page_id = self.addPage(self.bilan_page)
        self.summary_page_id = self.addPage(self.summary_page)
        self.resize(900, 640)

    # -- what the pages read -----------------------------------------------------------------
    def first_day(self) -> dt.date:
        try:
            return self.identity_page.dates()[0]
        except ValueError:
            return dt.date.today()

    def known_accounts(self) -> dict[str, str]:
        return chart_names(self.first_day())

    def opening(self) -> Opening:
        """The balances typed so far (the bilan only when asked for)."""
        return typed_opening(self)

    # -- creating ----------------------------------------------------------------------------
    def validateCurrentPage(self) -> bool:
        if not super().validateCurrentPage():
            return False
        if self.currentPage() is self.summary_page:
            return self.create()
        return True

    def create(self) -> bool:
        """Create the book, its opening entry included, in one go; False (a message on the
        page) when refused: then no file is left."""
        from ...services.setup import Identity, create_book
        page = self.identity_page
        if not page.validatePage():
            return False
        ui = self.ui
        error = self.summary_page.error_label
        start, end = page.dates()
        path = page.path()
        try:
            opening = self.opening()
            identity = Identity(ui.name_edit.text().strip(),
                                address=ui.address_edit.text().strip(),
                                siren=ui.siren_edit.text().strip() or None)
            book, _warnings = create_book(path, identity, start, end,
                                          None if opening.empty else opening)
            book.close()
        except DomainError as exc:
            text = str(exc)
            ui.error_label.setText(text)
            error.setText(sentence(text))
            return False
        self.created = path
        return True
