"""Adhérents: the members of the displayed exercice and « qui a payé sa cotisation ».

A member is listed (a membership, from « Inscrire un adhérent… » or a tiers import) or found
through a cotisation (756…) naming them; what they paid is read from the book
(services/members.py). The list, or only those who have not paid in full, exports to
CSV or XLSX.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, ValidationError
from ...domain.money import Money
from ...services.members import FeeStatus, MemberRow, MembersList, export_members, members
from ...services.parties import tiers_rows
from .. import locale
from ..dialogs.text_fields_dialog import TextFieldsDialog
from ..errors import report
from ..models.rows_model import Row, RowsModel
from ..party_commands import RemoveMembership, SetMembership
from ..session import BookSession
from ..widgets.columns import keep_columns
from .base import View
from .ledger_view import setup_table

STATUS_TEXTS = {FeeStatus.PAID: QT_TRANSLATE_NOOP("MembersView", "à jour"),
                FeeStatus.PARTIAL: QT_TRANSLATE_NOOP("MembersView", "partiel"),
                FeeStatus.UNPAID: QT_TRANSLATE_NOOP("MembersView", "non payée")}


class MembersView(View):
    title = "Adhérents"
    export_formats = (".xlsx", ".csv")

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Résumé"))
        self.summary.setWordWrap(True)
        self.unpaid_only = QCheckBox(self.tr("Seulement ceux qui n'ont pas tout &payé"))
        self.unpaid_only.toggled.connect(lambda _c: self.refresh())
        self.model = RowsModel((self.tr("Code"), self.tr("Nom"), self.tr("Cotisation attendue"),
                                self.tr("Payé"), self.tr("Reste dû"),
                                self.tr("Dernier paiement"), self.tr("Statut"),
                                self.tr("E-mail")), right=(2, 3, 4), parent=self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Adhérents"))
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        keep_columns(self.table, "members", (110, 200, 130, 100, 100, 120, 90, 180), {1: 2, 7: 1})
        self.add_button = QPushButton(self.tr("&Inscrire un adhérent…"))
        self.fee_button = QPushButton(self.tr("&Cotisation attendue…"))
        self.remove_button = QPushButton(self.tr("Retirer de la lis&te"))
        self.import_button = QPushButton(self.tr("I&mporter une liste…"))
        self.export_button = QPushButton(self.tr("Exporter &la liste…"))
        self.add_button.clicked.connect(lambda: self.add_member())
        self.fee_button.clicked.connect(lambda: self.change_fee())
        self.remove_button.clicked.connect(lambda: self.remove_member())
        self.import_button.clicked.connect(
            lambda: self.window().task_menus.import_tiers(members=True))
        self.export_button.clicked.connect(lambda: self.export_list())
        self.table.doubleClicked.connect(lambda _i: self.change_fee())

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.unpaid_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        for button in (self.add_button, self.fee_button, self.remove_button):
            buttons.addWidget(button)
        note = QLabel(self.tr("Payé : les cotisations (comptes 756…) au nom de l'adhérent dans "
                              "l'exercice, remboursements déduits. Un adhérent qui a payé sans "
                              "être inscrit figure aussi dans la liste."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.listing: MembersList | None = None
        self.shown: tuple[MemberRow, ...] = ()
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.writable_changed(session.writable)

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        year = self.session.year
        if year is None:
            self.listing, self.shown = None, ()
            self.model.set_rows([])
            self.summary.setText(self.tr("Aucun exercice."))
            self._update_buttons()
            return
        self.listing = members(self.session.book, year.label)
        self.shown = self.listing.unpaid if self.unpaid_only.isChecked() else self.listing.rows
        self.model.set_rows([self._row(r) for r in self.shown])
        n = len(self.listing.rows)
        if not n:
            self.summary.setText(self.tr("Aucun adhérent dans l'exercice {} : inscrivez-les "
                                         "un à un, ou importez la liste du secrétariat "
                                         "(CSV ou XLSX).").format(year.label))
        else:
            self.summary.setText(self.tr("Exercice {} : {} — {}, {}, {}").format(
                year.label, locale.count(n, self.tr("{} adhérent"), self.tr("{} adhérents")),
                locale.count(self.listing.count(FeeStatus.PAID), self.tr("{} à jour"),
                             self.tr("{} à jour")),
                locale.count(self.listing.count(FeeStatus.PARTIAL), self.tr("{} partiel"),
                             self.tr("{} partiels")),
                locale.count(self.listing.count(FeeStatus.UNPAID), self.tr("{} non payée"),
                             self.tr("{} non payées"))))
        self._update_buttons()

    def _row(self, r: MemberRow) -> Row:
        status = self.tr(STATUS_TEXTS[r.status])
        tip = "" if r.listed else self.tr("Pas inscrit dans la liste de l'exercice : trouvé par "
                                          "sa cotisation")
        return Row(r.code, (r.code, r.name,
                            locale.amount(r.fee.cents, currency=True) if r.fee is not None
                            else "—",
                            locale.amount(r.paid.cents, currency=True),
                            locale.amount(r.due.cents, currency=True, blank_zero=True),
                            locale.date(r.last_paid) if r.last_paid else "", status, r.email),
                   tooltip=tip, bold=r.status is FeeStatus.UNPAID, dim=not r.listed)

    def writable_changed(self, writable: bool) -> None:
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        writable = self.session.writable and self.session.year is not None
        chosen = self.selected()
        self.add_button.setEnabled(writable)
        self.import_button.setEnabled(writable)
        self.fee_button.setEnabled(writable and chosen is not None)
        self.remove_button.setEnabled(writable and chosen is not None and chosen.listed)
        self.export_button.setEnabled(bool(self.shown))

    def selected(self) -> MemberRow | None:
        index = self.table.currentIndex()
        return self.shown[index.row()] if index.isValid() and index.row() < len(self.shown) \
            else None

    def _select(self, code: str) -> None:
        self.activate()
        at = self.model.row_of(code)
        if at is not None:
            self.table.selectRow(at)
        self.table.setFocus()

    # -- changing --------------------------------------------------------------------------
    def _fee_from(self, text: str) -> Money | None:
        text = text.strip()
        if not text:
            return None
        try:
            fee = Money.parse(text)
        except ValidationError as exc:
            raise ValidationError(exc.message, field=self.tr("Cotisation attendue")) from None
        return fee

    def add_member(self, values: list | None = None) -> str | None:
        """Inscribe a tiers as a member of the displayed exercice: [fee, joined on, code]."""
        year = self.session.year
        if year is None:
            return None
        if values is None:
            listed = {r.code for r in self.listing.rows if r.listed} if self.listing else set()
            choices = [(f"{t.name} ({t.code})", t.code) for t in tiers_rows(self.session.book)
                       if t.code not in listed]
            if not choices:
                report(self, ValidationError(self.tr("Tous les tiers sont déjà inscrits : "
                                                     "ajoutez d'abord le tiers (Tiers et "
                                                     "actions).")), self.tr("Rien à inscrire."))
                return None
            values = TextFieldsDialog.ask(
                self, self.tr("Inscrire un adhérent en {}").format(year.label),
                [(self.tr("&Cotisation attendue"), "", True, self.tr("ex. 20,00 (vide : non "
                                                                      "précisée)")),
                 (self.tr("&Date d'adhésion"), "", True, self.tr("jj/mm/aaaa (facultatif)"))],
                self.tr("Le tiers devient adhérent de l'exercice {} ; ce qu'il a payé se lit "
                        "dans ses cotisations (756…).").format(year.label),
                [(self.tr("&Tiers"), choices, self.selected().code if self.selected() else None)])
            if values is None:
                return None
        fee_text, day_text, code = values
        try:
            fee = self._fee_from(fee_text)
            joined = locale.parse_date(day_text, year.start.year) if day_text.strip() else None
        except (ValidationError, ValueError) as exc:
            report(self, exc if isinstance(exc, ValidationError) else ValidationError(str(exc)),
                   self.tr("Inscription refusée."))
            return None
        if not self.perform(SetMembership(self.session, code, year.label, fee, joined),
                            self.tr("Inscription refusée.")):
            return None
        self._select(code)
        return code

    def change_fee(self, text: str | None = None) -> bool:
        r, year = self.selected(), self.session.year
        if r is None or year is None or not self.session.writable:
            return False
        if text is None:
            values = TextFieldsDialog.ask(
                self, self.tr("Cotisation attendue de {}").format(r.name),
                [(self.tr("&Cotisation attendue"),
                  str(r.fee) if r.fee is not None else "", True,
                  self.tr("ex. 20,00 (vide : non précisée)"))])
            if values is None:
                return False
            text = values[0]
        try:
            fee = self._fee_from(text)
        except ValidationError as exc:
            report(self, exc, self.tr("Modification refusée."))
            return False
        if not self.perform(SetMembership(self.session, r.code, year.label, fee, r.joined_on),
                            self.tr("Modification refusée.")):
            return False
        self._select(r.code)
        return True

    def remove_member(self) -> bool:
        r, year = self.selected(), self.session.year
        if r is None or year is None or not r.listed:
            return False
        return self.perform(RemoveMembership(self.session, r, year.label),
                            self.tr("Retrait refusé."))

    # -- export ----------------------------------------------------------------------------
    def default_export_name(self) -> str:
        year = self.session.year.label if self.session.year else ""
        return f"Cotisations {year}".strip()

    def export(self, path: Path) -> Path:
        if self.listing is None:
            self.refresh()
        return export_members(self.listing, path, unpaid=self.unpaid_only.isChecked())

    def export_list(self, dest: Path | None = None) -> Path | None:
        if dest is None:
            name, chosen = QFileDialog.getSaveFileName(
                self, self.tr("Exporter la liste des cotisations"),
                str(Path.home() / (self.default_export_name() + ".xlsx")),
                self.tr("Classeur Excel (*.xlsx);;CSV pour tableur (*.csv)"))
            if not name:
                return None
            dest = Path(name)
            if dest.suffix.lower() not in self.export_formats:
                dest = dest.with_name(dest.name + (".csv" if "csv" in chosen else ".xlsx"))
        try:
            path = self.export(dest)
        except (DomainError, OSError) as exc:
            report(self, exc, self.tr("Export refusé."))
            return None
        self.window().statusBar().showMessage(self.tr("Exporté : {}").format(path), 10000)
        return path
