"""A tiers' record: who it is (nature, civility, names), where to write to it, how to reach
it, and a company's identity (SIREN, legal form, the end of its exercice).

The fields a nature has no use for are hidden (a person has no SIREN, only a company has a
legal form and a year end); the person of a company or an association is its contact. What is typed is checked as the book will check it (domain.parties.TiersDetails)
before the dialog closes: a refusal is said under the form, the field in question focused.
:meth:`TiersDialog.ask` returns a :class:`TiersEdit` or None; the view performs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ValidationError
from ...domain.parties import (FunderCategory, TiersDetails, TiersKind, TiersNature,
                               person_name, split_address)
from ...services.parties import TiersRow, check_code, check_name, clean_details
from ..widgets.clean_text import clean_as_typed

KIND_TEXTS = {TiersKind.FUNDER: QT_TRANSLATE_NOOP("TiersDialog", "Financeur (subvention)"),
              TiersKind.SUPPLIER: QT_TRANSLATE_NOOP("TiersDialog", "Fournisseur"),
              TiersKind.MEMBER: QT_TRANSLATE_NOOP("TiersDialog", "Adhérent"),
              TiersKind.OTHER: QT_TRANSLATE_NOOP("TiersDialog", "Autre (donateur, client…)")}
NATURE_TEXTS = {TiersNature.UNKNOWN: QT_TRANSLATE_NOOP("TiersDialog", "Non précisée"),
                TiersNature.PERSON: QT_TRANSLATE_NOOP("TiersDialog", "Particulier"),
                TiersNature.COMPANY: QT_TRANSLATE_NOOP("TiersDialog", "Entreprise"),
                TiersNature.ASSOCIATION: QT_TRANSLATE_NOOP("TiersDialog",
                                                           "Association, fondation"),
                TiersNature.PUBLIC_BODY: QT_TRANSLATE_NOOP("TiersDialog",
                                                           "Collectivité, organisme public"),
                TiersNature.OTHER: QT_TRANSLATE_NOOP("TiersDialog", "Autre")}
#: natures that may have a SIREN (a company, an association, a public body)
WITH_SIREN = (TiersNature.COMPANY, TiersNature.ASSOCIATION, TiersNature.PUBLIC_BODY)


@dataclass(frozen=True)
class TiersEdit:
    """What the dialog asks the book to record."""

    code: str
    name: str
    kind: TiersKind
    category: FunderCategory | None
    details: TiersDetails


class TiersDialog(QDialog):
    """Add (code editable) or change (code shown) a tiers with all its details."""

    def __init__(self, title: str, row: TiersRow | None = None, code: str = "",
                 parent: QWidget | None = None,
                 suggest: Callable[[str], str] | None = None) -> None:
        """``row``: the tiers changed (None: a new one); ``suggest`` makes a new tiers' code
        from its name while the code is not typed."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("tiers_dialog")
        self.setMinimumWidth(560)
        self.result_edit: TiersEdit | None = None
        details = row.details if row is not None else TiersDetails()
        if row is not None and not details.postcode:
            # An older book kept the whole address in one field: offer it split.
            street, postcode, city = split_address(details.address)
            if postcode:
                details = TiersDetails(**{**details.__dict__, "address": street,
                                          "postcode": postcode, "city": city})

        def line(text: str, name: str) -> QLineEdit:
            edit = QLineEdit(text)
            edit.setAccessibleName(name)
            clean_as_typed(edit)
            return edit

        # -- who -----------------------------------------------------------------------
        self.code_edit = line(row.code if row else code, self.tr("Code"))
        self.code_edit.setReadOnly(row is not None)
        self.code_edit.setToolTip(self.tr("Un code court, sans espace : il ne change plus "
                                          "une fois créé (écritures, budgets, imports)"))
        self.name_edit = line(row.name if row else "", self.tr("Nom affiché"))
        self.name_edit.setToolTip(self.tr("Le nom des listes, des écritures et des reçus "
                                          "(« Marie Dupont », « Boulangerie Martin »)"))
        self.nature_combo = QComboBox()
        self.nature_combo.setAccessibleName(self.tr("Nature"))
        for nature in TiersNature:
            self.nature_combo.addItem(self.tr(NATURE_TEXTS[nature]), nature.value)
        self.nature_combo.setCurrentIndex(self.nature_combo.findData(details.nature.value))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Rôle"))
        for kind, text in KIND_TEXTS.items():
            self.kind_combo.addItem(self.tr(text), kind.value)
        kind = row.kind if row else TiersKind.OTHER
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Catégorie de financeur"))
        self.category_combo.addItem(self.tr("(aucune : pas une subvention)"), None)
        for category in FunderCategory:
            self.category_combo.addItem(category.label, category.value)
        category = row.funder_category if row else None
        self.category_combo.setCurrentIndex(
            max(self.category_combo.findData(category.value if category else None), 0))

        self.civility_combo = QComboBox()
        self.civility_combo.setAccessibleName(self.tr("Civilité"))
        for text in ("", "Mme", "M."):
            self.civility_combo.addItem(text or self.tr("(aucune)"), text)
        self.civility_combo.setCurrentIndex(max(self.civility_combo.findData(details.civility),
                                                0))
        self.last_name_edit = line(details.last_name, self.tr("Nom de famille"))
        self.first_name_edit = line(details.first_name, self.tr("Prénom"))

        # -- where and how ---------------------------------------------------------------
        self.address_edit = QPlainTextEdit(details.address)
        self.address_edit.setAccessibleName(self.tr("Adresse"))
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setPlaceholderText(self.tr("numéro et rue ; complément sur la ligne "
                                                     "suivante"))
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.postcode_edit = line(details.postcode, self.tr("Code postal"))
        self.postcode_edit.setMaximumWidth(90)
        self.city_edit = line(details.city, self.tr("Ville"))
        self.country_edit = line(details.country, self.tr("Pays"))
        self.country_edit.setPlaceholderText(self.tr("France"))
        self.email_edit = line(details.email, self.tr("E-mail"))
        self.email_edit.setPlaceholderText(self.tr("nom@exemple.fr"))
        self.phone_edit = line(details.phone, self.tr("Téléphone"))

        # -- a company -------------------------------------------------------------------
        self.siren_edit = line(details.siren, self.tr("SIREN"))
        self.siren_edit.setPlaceholderText(self.tr("9 chiffres"))
        self.legal_form_edit = line(details.legal_form, self.tr("Forme juridique"))
        self.legal_form_edit.setPlaceholderText(self.tr("SARL, SAS, EURL…"))
        month, day = details.year_end.split("-")
        self.year_end_edit = line(f"{day}/{month}", self.tr("Fin d'exercice"))
        self.year_end_edit.setMaximumWidth(90)
        self.year_end_edit.setToolTip(self.tr("Jour et mois de clôture de l'exercice de "
                                              "l'entreprise : un reçu de mécénat ne couvre "
                                              "jamais deux de ses exercices"))

        who = QFormLayout()
        who.addRow(self.tr("&Nature"), self.nature_combo)
        names = QHBoxLayout()
        names.addWidget(self.civility_combo)
        names.addWidget(self.first_name_edit, 1)
        names.addWidget(self.last_name_edit, 1)
        self.first_name_edit.setPlaceholderText(self.tr("Prénom"))
        self.last_name_edit.setPlaceholderText(self.tr("Nom"))
        self.person_label = QLabel(self.tr("&Personne"))
        self.person_label.setBuddy(self.first_name_edit)
        who.addRow(self.person_label, names)
        who.addRow(self.tr("Nom a&ffiché"), self.name_edit)
        who.addRow(self.tr("C&ode"), self.code_edit)
        who.addRow(self.tr("&Rôle"), self.kind_combo)
        who.addRow(self.tr("&Catégorie de financeur"), self.category_combo)

        where = QFormLayout()
        where.addRow(self.tr("&Adresse"), self.address_edit)
        town = QHBoxLayout()
        town.addWidget(self.postcode_edit)
        town.addWidget(self.city_edit, 1)
        self.city_edit.setPlaceholderText(self.tr("Ville"))
        town_label = QLabel(self.tr("Code postal, &ville"))
        town_label.setBuddy(self.postcode_edit)
        where.addRow(town_label, town)
        where.addRow(self.tr("Pa&ys"), self.country_edit)
        where.addRow(self.tr("&E-mail"), self.email_edit)
        where.addRow(self.tr("&Téléphone"), self.phone_edit)

        self.company_box = QGroupBox(self.tr("Entreprise"))
        company = QFormLayout(self.company_box)
        company.addRow(self.tr("&SIREN"), self.siren_edit)
        self.legal_form_label = QLabel(self.tr("&Forme juridique"))
        self.legal_form_label.setBuddy(self.legal_form_edit)
        company.addRow(self.legal_form_label, self.legal_form_edit)
        self.year_end_label = QLabel(self.tr("Fin d'e&xercice"))
        self.year_end_label.setBuddy(self.year_end_edit)
        company.addRow(self.year_end_label, self.year_end_edit)

        who_box = QGroupBox(self.tr("Qui"))
        who_box.setLayout(who)
        where_box = QGroupBox(self.tr("Coordonnées"))
        where_box.setLayout(where)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Erreur"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(who_box)
        left.addWidget(self.company_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(where_box)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        note = QLabel(self.tr("La nature choisit le reçu fiscal d'un donateur : particulier "
                              "(Cerfa 11580), entreprise (Cerfa 16216, avec son SIREN). "
                              "L'adresse figure sur les reçus."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        self._name_typed = bool(row) and row.name != person_name(details.first_name,
                                                                 details.last_name)
        self.name_edit.textEdited.connect(lambda _t: setattr(self, "_name_typed", True))
        self._suggest = suggest if row is None else None
        self._code_typed = bool(code)
        self.code_edit.textEdited.connect(lambda _t: setattr(self, "_code_typed", True))
        self.name_edit.textChanged.connect(self._name_changed)
        self.first_name_edit.textChanged.connect(self._names_changed)
        self.last_name_edit.textChanged.connect(self._names_changed)
        self.nature_combo.currentIndexChanged.connect(self._nature_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._nature_changed()
        self._kind_changed()
        (self.name_edit if row is not None else self.nature_combo).setFocus()

    # -- behaviour -------------------------------------------------------------------------
    def nature(self) -> TiersNature:
        return TiersNature(self.nature_combo.currentData())

    def _nature_changed(self, *_args) -> None:
        nature = self.nature()
        person = nature in (TiersNature.PERSON, TiersNature.UNKNOWN)
        company = nature is TiersNature.COMPANY
        # A company's (an association's…) person is its contact: kept, named so.
        self.person_label.setText(self.tr("&Personne") if person else self.tr("&Interlocuteur"))
        self.company_box.setVisible(nature in WITH_SIREN)
        self.company_box.setTitle(self.tr("Entreprise") if company else self.tr("Identifiant"))
        for widget in (self.legal_form_label, self.legal_form_edit, self.year_end_label,
                       self.year_end_edit):
            widget.setVisible(company)
        self.adjustSize()

    def _kind_changed(self, *_args) -> None:
        funder = self.kind_combo.currentData() == TiersKind.FUNDER.value
        self.category_combo.setEnabled(funder)
        if not funder:
            self.category_combo.setCurrentIndex(0)

    def _names_changed(self, *_args) -> None:
        if not self._name_typed and self.nature() in (TiersNature.PERSON, TiersNature.UNKNOWN):
            self.name_edit.setText(person_name(self.first_name_edit.text(),
                                               self.last_name_edit.text()))

    def _name_changed(self, name: str) -> None:
        if self._suggest is not None and not self._code_typed:
            self.code_edit.setText(self._suggest(name) if name.strip() else "")

    def details(self) -> TiersDetails:
        """The details as typed (unchecked); hidden fields are emptied, not kept."""
        nature = self.nature()
        company = nature is TiersNature.COMPANY
        return TiersDetails(
            nature=nature, civility=self.civility_combo.currentData(),
            last_name=self.last_name_edit.text(), first_name=self.first_name_edit.text(),
            address=self.address_edit.toPlainText(), postcode=self.postcode_edit.text(),
            city=self.city_edit.text(), country=self.country_edit.text(),
            email=self.email_edit.text(), phone=self.phone_edit.text(),
            siren=self.siren_edit.text() if nature in WITH_SIREN else "",
            legal_form=self.legal_form_edit.text() if company else "",
            year_end=self.year_end_edit.text() if company else "")

    def _field_widget(self, field: str | None) -> QWidget | None:
        return {"code": self.code_edit, "nom": self.name_edit, "SIREN": self.siren_edit,
                "e-mail": self.email_edit, "code postal": self.postcode_edit,
                "fin d'exercice": self.year_end_edit, "civilité": self.civility_combo,
                "nature": self.nature_combo}.get(field or "")

    def save(self) -> None:
        """Check what is typed; a refusal is said here and the dialog stays open."""
        try:
            code = check_code(self.code_edit.text())
            name = check_name(self.name_edit.text())
            details = clean_details(self.details())
        except ValidationError as exc:
            self.error_label.setText(exc.message)
            widget = self._field_widget(exc.field)
            if widget is not None:
                widget.setFocus()
            return
        self.result_edit = TiersEdit(code, name, TiersKind(self.kind_combo.currentData()),
                                     FunderCategory(self.category_combo.currentData())
                                     if self.category_combo.currentData() else None, details)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, row: TiersRow | None = None,
            code: str = "", suggest: Callable[[str], str] | None = None) -> TiersEdit | None:
        """What to record, or None when the user cancelled."""
        dialog = cls(title, row, code, parent, suggest)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        return dialog.result_edit if dialog.exec() == QDialog.DialogCode.Accepted else None
