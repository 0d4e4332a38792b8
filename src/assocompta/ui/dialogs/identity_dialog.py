"""Fichier › Identité de l'association… : name, address, SIREN, SIRET and object, which
receipts (CERFA 11580), reports and the FEC name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, ValidationError
from ...domain.fixes import for_app
from ...services.setup import Identity, read_identity
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
        note = QLabel(self.tr("Un reçu fiscal (CERFA 11580) indique le nom, l'adresse du siège "
                              "et l'objet de l'association bénéficiaire."))
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
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def identity(self) -> Identity:
        return Identity(self.name_edit.text(), self.address_edit.toPlainText(),
                        self.siren_edit.text() or None, self.siret_edit.text() or None,
                        self.object_edit.toPlainText())

    def save(self) -> None:
        """Saved and closed, or the refusal said under the fields (the dialog stays open)."""
        after = self.identity()
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
