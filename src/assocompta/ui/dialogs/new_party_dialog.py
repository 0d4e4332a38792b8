"""« Nouveau tiers »: a name typed in an entry form or the bank view that matches no tiers is
created on the spot, with its type, nature (and funder category), as one undoable change; its
address and the rest of its record are completed in Tiers et actions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...domain.parties import FunderCategory, TiersDetails, TiersKind, TiersNature
from ...services.parties import code_for_name
from ...text import fold
from ..commands import perform
from .tiers_dialog import NATURE_TEXTS
from ..party_commands import AddTiers
from ..session import BookSession
from ..widgets.clean_text import clean_as_typed

KIND_LABELS = ((TiersKind.SUPPLIER, QT_TRANSLATE_NOOP("NewPartyDialog", "Fournisseur")),
               (TiersKind.FUNDER, QT_TRANSLATE_NOOP("NewPartyDialog",
                                                    "Financeur (subvention)")),
               (TiersKind.MEMBER, QT_TRANSLATE_NOOP("NewPartyDialog", "Adhérent")),
               (TiersKind.OTHER, QT_TRANSLATE_NOOP("NewPartyDialog",
                                                   "Autre (donateur, client…)")))


def nature_for(kind: TiersKind) -> TiersNature:
    """The likely nature of a new tiers of a kind: a member is a person, a supplier a
    company; the others are said in the record (Tiers et actions)."""
    return {TiersKind.MEMBER: TiersNature.PERSON,
            TiersKind.SUPPLIER: TiersNature.COMPANY}.get(kind, TiersNature.UNKNOWN)


def kind_for(account: str, entry_kind: str = "") -> TiersKind:
    """The likely type of a new tiers from the account of the entry it is typed in."""
    if account.startswith("74"):
        return TiersKind.FUNDER
    if account.startswith(("756", "41")):
        return TiersKind.MEMBER
    if account.startswith(("40", "6", "2")) or (not account and entry_kind == "depense"):
        return TiersKind.SUPPLIER
    return TiersKind.OTHER


class NewPartyDialog(QDialog):
    """Name (as typed), code (made from the name), type and funder category."""

    def __init__(self, session: BookSession, name: str, kind: TiersKind = TiersKind.OTHER,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.code: str | None = None  # once created
        self.setWindowTitle(self.tr("Nouveau tiers"))
        self.setObjectName("new_party_dialog")
        self.setMinimumWidth(440)
        intro = QLabel(self.tr("« {} » n'est pas encore dans vos tiers : créez-le ici, avec "
                               "son type.").format(name.strip()))
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(name.strip())
        self.name_edit.setAccessibleName(self.tr("Nom"))
        self.code_edit = QLineEdit()
        self.code_edit.setAccessibleName(self.tr("Code"))
        self.code_edit.setToolTip(self.tr("Un code court, sans espace, pour les fichiers de "
                                          "budget et les imports"))
        clean_as_typed(self.name_edit, self.code_edit)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Type"))
        for value, text in KIND_LABELS:
            self.kind_combo.addItem(self.tr(text), value.value)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind.value), 0))
        self.nature_combo = QComboBox()
        self.nature_combo.setAccessibleName(self.tr("Nature"))
        for value in TiersNature:
            self.nature_combo.addItem(QCoreApplication.translate("TiersDialog",
                                                                 NATURE_TEXTS[value]), value.value)
        self.nature_combo.setCurrentIndex(self.nature_combo.findData(nature_for(kind).value))
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Catégorie de financeur"))
        self.category_combo.addItem(self.tr("(à préciser plus tard)"), None)
        for category in FunderCategory:
            self.category_combo.addItem(category.label, category.value)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Erreur"))

        form = QFormLayout()
        form.addRow(self.tr("&Nom"), self.name_edit)
        form.addRow(self.tr("&Type"), self.kind_combo)
        form.addRow(self.tr("N&ature"), self.nature_combo)
        form.addRow(self.tr("&Catégorie de financeur"), self.category_combo)
        form.addRow(self.tr("C&ode"), self.code_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Créer le tiers"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        note = QLabel(self.tr("Un financeur range ses subventions (74) dans le budget CERFA ; "
                              "l'adresse d'un donateur se complète dans Tiers et actions."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        layout.addWidget(note)
        similar = self._similar(name)
        if similar:
            # « free » + Entrée may mean Free Mobile: say so before a second tiers is made.
            warning = QLabel(self.tr("Vos tiers comptent déjà : {}. S'il s'agit de l'un "
                                     "d'eux, annulez et choisissez-le dans la liste.")
                             .format(", ".join(f"« {n} »" for n in similar)))
            warning.setWordWrap(True)
            warning.setAccessibleName(self.tr("Tiers ressemblants"))
            warning.setStyleSheet("color: #8a4b00;")
            layout.addWidget(warning)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        self._code_typed = False
        self._nature_chosen = False
        self.nature_combo.activated.connect(lambda _i: setattr(self, "_nature_chosen", True))
        self.code_edit.textEdited.connect(lambda _t: setattr(self, "_code_typed", True))
        self.name_edit.textChanged.connect(self._name_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._name_changed(self.name_edit.text())
        self._kind_changed()
        self.kind_combo.setFocus()

    def _similar(self, name: str, most: int = 5) -> list[str]:
        """Tiers whose name holds the typed one (or the reverse), accents and case aside."""
        typed = fold(name)
        names = [n for (n,) in self.session.conn.execute("SELECT name FROM tiers ORDER BY name")]
        return [n for n in names if typed and (typed in fold(n) or fold(n) in typed)][:most]

    def _name_changed(self, name: str) -> None:
        if not self._code_typed:
            self.code_edit.setText(code_for_name(self.session.book, name) if name.strip()
                                   else "")

    def _kind_changed(self, *_args) -> None:
        if not self._nature_chosen:
            self.nature_combo.setCurrentIndex(self.nature_combo.findData(
                nature_for(TiersKind(self.kind_combo.currentData())).value))
        funder = self.kind_combo.currentData() == TiersKind.FUNDER.value
        self.category_combo.setEnabled(funder)
        if not funder:
            self.category_combo.setCurrentIndex(0)

    def create(self) -> None:
        """Create the tiers (undoable); a refusal is said in the dialog, which stays open."""
        nature = TiersNature(self.nature_combo.currentData())
        command = AddTiers(self.session, self.code_edit.text().strip(),
                           self.name_edit.text().strip(), self.kind_combo.currentData(),
                           self.category_combo.currentData(),
                           TiersDetails(nature=nature) if nature is not TiersNature.UNKNOWN
                           else None)
        try:
            perform(self.session, command)
        except DomainError as exc:
            self.error_label.setText(getattr(exc, "message", str(exc)))
            return
        self.code = command.code
        self.accept()

    @classmethod
    def ask(cls, session: BookSession, name: str, kind: TiersKind = TiersKind.OTHER,
            parent: QWidget | None = None) -> str | None:
        """The code of the tiers created, or None when the user cancelled."""
        dialog = cls(session, name, kind, parent)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        return dialog.code if dialog.exec() == QDialog.DialogCode.Accepted else None
