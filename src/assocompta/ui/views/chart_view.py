"""Plan comptable: the year's chart with the year's balances; sub-accounts of one's own,
their names, and hiding what the association never uses."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.accounts import AccountKind
from ...services.chart import ChartRow, chart_rows
from .. import locale
from ..chart_commands import AddSubAccount, HideAccount, RenameAccount
from ..dialogs.text_fields_dialog import TextFieldsDialog
from ..models.rows_model import Row, RowsModel
from ..session import BookSession
from ..widgets.account_edit import fold
from ..widgets.columns import keep_columns
from .base import View
from .ledger_view import setup_table

KINDS = {
    AccountKind.EQUITY: QT_TRANSLATE_NOOP("ChartView", "Fonds propres"),
    AccountKind.LIABILITY: QT_TRANSLATE_NOOP("ChartView", "Dettes"),
    AccountKind.ASSET: QT_TRANSLATE_NOOP("ChartView", "Actif"),
    AccountKind.CHARGE: QT_TRANSLATE_NOOP("ChartView", "Charge"),
    AccountKind.PRODUIT: QT_TRANSLATE_NOOP("ChartView", "Produit"),
    AccountKind.CONTRIBUTION_EMPLOI:
        QT_TRANSLATE_NOOP("ChartView", "Contribution volontaire (emploi)"),
    AccountKind.CONTRIBUTION_RESSOURCE:
        QT_TRANSLATE_NOOP("ChartView", "Contribution volontaire (ressource)"),
}
HEADERS = (QT_TRANSLATE_NOOP("ChartView", "Compte"),
           QT_TRANSLATE_NOOP("ChartView", "Libellé"),
           QT_TRANSLATE_NOOP("ChartView", "Nature"),
           QT_TRANSLATE_NOOP("ChartView", "Solde de l'exercice"))
WIDTHS = (110, 300, 220, 160)


def balance_text(cents: int) -> str:
    """``1 234,56 D`` (débiteur) or ``C`` (créditeur); blank when nothing moved."""
    if cents == 0:
        return ""
    return f"{locale.amount(abs(cents))} {'D' if cents > 0 else 'C'}"


class ChartView(View):
    title = "Plan comptable"

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = RowsModel(tuple(self.tr(h) for h in HEADERS), right=(3,), parent=self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Comptes de l'exercice"))
        self.table.setModel(self.model)
        setup_table(self.table)
        keep_columns(self.table, "plan", WIDTHS, {1: 2, 2: 1})
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.search = QLineEdit(
            placeholderText=self.tr("Rechercher un compte (numéro ou mot du libellé)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Rechercher un compte"))
        self.search.textChanged.connect(self._fill)
        self.show_hidden = QCheckBox(self.tr("Afficher les comptes masqués"))
        self.show_hidden.toggled.connect(self.refresh)
        self.add_button = QPushButton(self.tr("Ajouter un sous-&compte…"))
        self.rename_button = QPushButton(self.tr("Re&nommer…"))
        self.hide_button = QPushButton(self.tr("&Masquer"))
        self.add_button.clicked.connect(lambda: self.add_sub_account())
        self.rename_button.clicked.connect(lambda: self.rename_selected())
        self.hide_button.clicked.connect(self.toggle_hidden)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_hidden)
        buttons = QHBoxLayout()
        self.count_label = QLabel()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        for button in (self.add_button, self.rename_button, self.hide_button):
            buttons.addWidget(button)
        note = QLabel(self.tr("Solde : D débiteur, C créditeur. Les comptes du plan officiel "
                              "gardent leur libellé ; créez un sous-compte (ex. 7411 Subvention "
                              "Ville) pour un libellé à vous."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.rows: list[ChartRow] = []
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.writable_changed(session.writable)

    def refresh(self) -> None:
        year = self.session.year
        self.rows = (chart_rows(self.session.book, year.id,
                                show_hidden=self.show_hidden.isChecked()) if year else [])
        self._fill()

    def _fill(self) -> None:
        current = self.selected_code()
        typed = fold(self.search.text().strip())
        rows = []
        for r in self.rows:
            if typed and not (r.code.startswith(typed) or typed in fold(r.label)):
                continue
            tip = (self.tr("Sous-compte créé par l'association") if r.is_custom
                   else self.tr("Compte du plan comptable officiel"))
            if r.hidden:
                tip += self.tr(" ; masqué dans les listes de saisie")
            rows.append(Row(r.code, (r.code, r.label, self.tr(KINDS[r.kind]),
                                     balance_text(r.balance)),
                            tip, bold=len(r.code) <= 2, dim=r.hidden))
        self.model.set_rows(rows)
        n = len(rows)
        count = self.tr("{} comptes") if n > 1 else self.tr("{} compte")
        self.count_label.setText(count.format(n))
        at = self.model.row_of(current) if current else None
        if at is not None:
            self.table.selectRow(at)
        self._selection_changed()

    def selected_code(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.key(index.row()) if index.isValid() else None

    def _row(self, code: str | None) -> ChartRow | None:
        return next((r for r in self.rows if r.code == code), None)

    def _selection_changed(self, *_args) -> None:
        row = self._row(self.selected_code())
        can_edit = self.session.writable and self.session.year is not None
        self.rename_button.setEnabled(can_edit and row is not None and row.is_custom)
        self.rename_button.setToolTip(
            "" if row is None or row.is_custom else
            self.tr("Les comptes du plan officiel gardent leur libellé : créez un sous-compte"))
        self.hide_button.setEnabled(can_edit and row is not None)
        self.hide_button.setText(self.tr("Ré&afficher") if row is not None and row.hidden
                                 else self.tr("&Masquer"))
        self.hide_button.setToolTip(self.tr("Masquer : le compte n'est plus proposé à la "
                                            "saisie ; refusé s'il a des écritures sur "
                                            "l'exercice"))

    def writable_changed(self, writable: bool) -> None:
        self.add_button.setEnabled(writable)
        self._selection_changed()

    # -- actions -------------------------------------------------------------------------
    def add_sub_account(self, code: str | None = None, label: str | None = None) -> str | None:
        year = self.session.year
        if year is None:
            return None
        if code is None:
            parent = self.selected_code() or ""
            answer = TextFieldsDialog.ask(
                self, self.tr("Ajouter un sous-compte"),
                [(self.tr("&Numéro"), parent, True), (self.tr("&Libellé"), "", True)],
                self.tr("Le numéro commence par celui d'un compte du plan (ex. 7411 sous 741) : "
                        "le sous-compte en prend la place dans le compte de résultat et le "
                        "bilan."))
            if answer is None:
                return None
            code, label = answer
        command = AddSubAccount(self.session, year.label, code, label or "")
        if not self.perform(command, self.tr("Sous-compte refusé.")):
            return None
        self._select(command.code)
        return command.code

    def rename_selected(self, label: str | None = None) -> bool:
        row, year = self._row(self.selected_code()), self.session.year
        if row is None or year is None:
            return False
        if label is None:
            answer = TextFieldsDialog.ask(self, self.tr("Renommer le compte {}").format(row.code),
                                          [(self.tr("Numéro"), row.code, False),
                                           (self.tr("&Libellé"), row.label, True)])
            if answer is None:
                return False
            label = answer[1]
        if not self.perform(RenameAccount(self.session, year.label, row.code, row.label, label),
                             self.tr("Renommage refusé.")):
            return False
        self._select(row.code)
        return True

    def toggle_hidden(self) -> bool:
        row, year = self._row(self.selected_code()), self.session.year
        if row is None or year is None:
            return False
        if not self.perform(HideAccount(self.session, year.label, row.code, not row.hidden),
                             self.tr("Ce compte ne peut pas être masqué.")):
            return False
        self.table.setFocus()  # Ctrl+Z undoes the change, not a field's text
        return True

    def _select(self, code: str) -> None:
        self.activate()
        self.table.setFocus()  # Ctrl+Z undoes the change, not a field's text
        at = self.model.row_of(code)
        if at is not None:
            self.table.selectRow(at)
            self.table.scrollTo(self.model.index(at, 0))
