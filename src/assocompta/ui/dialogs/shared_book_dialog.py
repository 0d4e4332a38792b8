"""Ouvrir une base partagée: the PostgreSQL URL of a book several people keep together."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...storage import pg


class SharedBookDialog(QDialog):
    """Asks for a URL and tries the server before closing; :meth:`ask` is what the app calls
    (and tests patch)."""

    def __init__(self, parent: QWidget | None = None, url: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ouvrir une base partagée (PostgreSQL)"))
        intro = QLabel(self.tr(
            "Un livre tenu dans un serveur PostgreSQL peut être ouvert par plusieurs personnes "
            "à la fois (trésorier, comptable, fédération). Indiquez l'adresse que vous a donnée "
            "la personne qui gère le serveur."))
        intro.setWordWrap(True)
        self.url_edit = QLineEdit(url)
        self.url_edit.setPlaceholderText("postgresql://utilisateur@serveur/base")
        self.url_edit.setAccessibleName(self.tr("Adresse de la base"))
        self.url_edit.setMinimumWidth(460)
        hint = QLabel(self.tr(
            "Le mot de passe n'est jamais retenu par AssoCompta : mettez-le dans le fichier "
            ".pgpass (ou la variable PGPASSWORD) plutôt que dans l'adresse."))
        hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ouvrir"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.url_edit)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.url: str | None = None

    def _accept(self) -> None:
        url = self.url_edit.text().strip()
        if not pg.is_url(url):
            self.error.setText(self.tr("L'adresse commence par postgresql:// (par exemple "
                                       "postgresql://tresorier@serveur.example.org/amis)."))
            self.url_edit.setFocus()
            return
        message = self.check(url)
        if message:
            self.error.setText(message)
            self.url_edit.setFocus()
            return
        self.url = url
        self.accept()

    def check(self, url: str) -> str:
        """Why the server cannot be used (in French), or "" when it answers."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            conn = pg.connect(url)
        except DomainError as exc:
            return self.tr("Le serveur ne répond pas ou refuse la connexion : {}\n"
                           "Vérifiez l'adresse, le réseau et le mot de passe, puis "
                           "réessayez.").format(pg.scrub(exc, url))
        finally:
            QGuiApplication.restoreOverrideCursor()
        conn.close()
        return ""

    @classmethod
    def ask(cls, parent: QWidget | None = None, url: str = "") -> str | None:
        dialog = cls(parent, url)
        return dialog.url if dialog.exec() == QDialog.DialogCode.Accepted else None
