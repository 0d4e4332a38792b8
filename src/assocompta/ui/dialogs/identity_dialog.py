"""Fichier › Identité de l'association… : name, address, SIREN, SIRET and object, which
receipts (CERFA 11580, 16216), reports and the FEC name; and, in « Reçus fiscaux », what the
receipts alone say: RNA, the association's category, a RUP's decree dates, who signs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, ValidationError
from ...domain.fixes import for_app
from ...domain.receipts import Category
from ...services.setup import Identity, read_identity
from .. import locale
from ..commands import perform
from ..identity_commands import SetIdentity
from ..session import BookSession


class IdentityDialog(QDialog):
    """Shows the identity kept in the book; Enregistrer saves it (Ctrl+Z undoes it)."""

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("identity_dialog")
        self.setWindowTitle(self.tr("Identité de l'association"))
        self.before = read_identity(session.book)
        self.name_edit = QLineEdit(self.before.name)
        self.address_edit = QPlainTextEdit(self.before.address)
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(64)
        self.siren_edit = QLineEdit(self.before.siren or "")
        self.siren_edit.setPlaceholderText(self.tr("9 chiffres"))
        self.siret_edit = QLineEdit(self.before.siret or "")
        self.siret_edit.setPlaceholderText(self.tr("14 chiffres (facultatif)"))
        self.object_edit = QPlainTextEdit(self.before.object)
        self.object_edit.setTabChangesFocus(True)
        self.object_edit.setFixedHeight(64)
        for widget, name in ((self.name_edit, self.tr("Nom")),
                             (self.address_edit, self.tr("Adresse du siège")),
                             (self.siren_edit, self.tr("SIREN")),
                             (self.siret_edit, self.tr("SIRET")),
                             (self.object_edit, self.tr("Objet"))):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("&Nom :"), self.name_edit)
        form.addRow(self.tr("&Adresse du siège :"), self.address_edit)
        form.addRow(self.tr("&SIREN :"), self.siren_edit)
        form.addRow(self.tr("SI&RET :"), self.siret_edit)
        form.addRow(self.tr("&Objet :"), self.object_edit)
        note = QLabel(self.tr("Un reçu fiscal (CERFA 11580 ou 16216) indique le nom, l'adresse "
                              "du siège et l'objet de l'association bénéficiaire."))
        note.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Enregistrer"))
        self.save_button.setEnabled(session.writable)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self._receipts_group())
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _receipts_group(self) -> QGroupBox:
        """« Reçus fiscaux »: what the receipts say of the association beyond its identity."""
        before = self.before
        self.rna_edit = QLineEdit(before.rna)
        self.rna_edit.setPlaceholderText(self.tr("W suivi de 9 chiffres (facultatif)"))
        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("— à choisir —"), "")
        for category in Category:
            # The form's own wording: receipts stay French (docs/receipts.md).
            self.category_combo.addItem(category.label, category.value)
        self.category_combo.setCurrentIndex(
            max(0, self.category_combo.findData(before.receipt_category)))
        self.detail_edit = QLineEdit(before.receipt_category_detail)
        self.detail_edit.setPlaceholderText(self.tr("ce que le reçu écrit après « Autres "
                                                    "(précisez) »"))
        self.decree_edit = QLineEdit(locale.date(before.rup_decree_date))
        self.journal_edit = QLineEdit(locale.date(before.rup_journal_date))
        for edit in (self.decree_edit, self.journal_edit):
            edit.setPlaceholderText(self.tr("jj/mm/aaaa"))
        self.signatory_edit = QLineEdit(before.signatory_name)
        self.signatory_edit.setPlaceholderText(self.tr("Prénom Nom"))
        self.title_combo = QComboBox()
        self.title_combo.setEditable(True)
        self.title_combo.addItems(["", "président", "présidente", "trésorier", "trésorière",
                                   "secrétaire", "vice-président", "vice-présidente"])
        self.title_combo.setCurrentText(before.signatory_title)
        for widget, name in ((self.rna_edit, self.tr("RNA")),
                             (self.category_combo, self.tr("Catégorie de l'association")),
                             (self.detail_edit, self.tr("Précision de la catégorie")),
                             (self.decree_edit, self.tr("Date du décret")),
                             (self.journal_edit, self.tr("Date du Journal officiel")),
                             (self.signatory_edit, self.tr("Signataire")),
                             (self.title_combo, self.tr("Qualité du signataire"))):
            widget.setAccessibleName(name)
        group = QGroupBox(self.tr("Reçus fiscaux"))
        form = QFormLayout()
        form.addRow(self.tr("R&NA :"), self.rna_edit)
        form.addRow(self.tr("&Catégorie :"), self.category_combo)
        form.addRow(self.tr("&Précision :"), self.detail_edit)
        form.addRow(self.tr("&Décret du :"), self.decree_edit)
        form.addRow(self.tr("Publié au &JO du :"), self.journal_edit)
        form.addRow(self.tr("Si&gnataire :"), self.signatory_edit)
        form.addRow(self.tr("&Qualité :"), self.title_combo)
        hint = QLabel(self.tr(
            "La case cochée sous « Organisme bénéficiaire » du reçu. Reconnue d'utilité "
            "publique : la date du décret et celle de sa publication au Journal officiel. "
            "Le reçu est signé par une personne habilitée (président, trésorier…)."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        # Beside the form rather than a row of it: a wrapped row is cut short at small sizes.
        column = QVBoxLayout(group)
        column.addLayout(form)
        column.addWidget(hint)
        self.category_combo.currentIndexChanged.connect(self._category_changed)
        self._category_changed()
        return group

    def _category_changed(self) -> None:
        """The detail for « Autres (précisez) » only; the decree's dates for a RUP only."""
        category = self.category_combo.currentData()
        self.detail_edit.setEnabled(category == Category.INTERET_GENERAL_AUTRE.value)
        for edit in (self.decree_edit, self.journal_edit):
            edit.setEnabled(category == Category.RUP.value)

    def _day(self, edit: QLineEdit, field: str) -> dt.date | None:
        if not edit.isEnabled() or not edit.text().strip():
            return None
        try:
            return locale.parse_date(edit.text(), dt.date.today().year)
        except ValueError as exc:
            raise ValidationError(f"{field} : {exc}", field=field) from None

    def identity(self) -> Identity:
        """What the fields say (dates read as typed: a wrong one raises ValidationError)."""
        category = self.category_combo.currentData() or ""
        return Identity(self.name_edit.text(), self.address_edit.toPlainText(),
                        self.siren_edit.text() or None, self.siret_edit.text() or None,
                        self.object_edit.toPlainText(), self.rna_edit.text(), category,
                        self.detail_edit.text() if self.detail_edit.isEnabled() else "",
                        self._day(self.decree_edit, self.tr("date du décret")),
                        self._day(self.journal_edit, self.tr("date du Journal officiel")),
                        self.signatory_edit.text(), self.title_combo.currentText())

    def save(self) -> None:
        """Saved and closed, or the refusal said under the fields (the dialog stays open)."""
        try:
            after = self.identity()
        except ValidationError as exc:
            self.error_label.setText(for_app(exc.message))
            return
        if after == self.before:
            self.accept()
            return
        try:
            perform(self.session, SetIdentity(self.session, self.before, after))
        except DomainError as exc:
            self.error_label.setText(for_app(exc.message if isinstance(exc, ValidationError)
                                             else str(exc)))
            return
        self.accept()
