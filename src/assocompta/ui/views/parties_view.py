"""Tiers et actions: who money comes from or goes to (with the CERFA funder category), and
the association's actions (projects a budget and entries can be followed by)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.parties import FunderCategory, TiersKind
from ...services.parties import ActionRow, TiersRow, action_rows, tiers_rows
from ..dialogs.text_fields_dialog import TextFieldsDialog
from ..party_commands import AddAction, AddTiers, EditAction, EditTiers
from ..models.rows_model import Row, RowsModel
from ..session import BookSession
from ..widgets.columns import keep_columns
from .base import View
from .ledger_view import setup_table

KIND_LABELS = {TiersKind.FUNDER: QT_TRANSLATE_NOOP("PartiesView", "Financeur"),
               TiersKind.SUPPLIER: QT_TRANSLATE_NOOP("PartiesView", "Fournisseur"),
               TiersKind.MEMBER: QT_TRANSLATE_NOOP("PartiesView", "Adhérent"),
               TiersKind.OTHER: QT_TRANSLATE_NOOP("PartiesView", "Autre")}


def _table(name: str, model: RowsModel, widths: tuple[int, ...], shares: dict[int, int],
           key: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setModel(model)
    setup_table(table)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    keep_columns(table, key, widths, shares)
    return table


class PartiesView(View):
    title = "Tiers et actions"

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.tiers_model = RowsModel((self.tr("Code"), self.tr("Nom"), self.tr("Type"),
                                      self.tr("Catégorie de financeur (CERFA)"),
                                      self.tr("Adresse")), parent=self)
        # Name and address share what is left: stretching the name alone squeezed the address.
        self.tiers_table = _table(self.tr("Tiers"), self.tiers_model, (80, 160, 90, 210, 150),
                                  {1: 1, 4: 1}, "tiers")
        self.actions_model = RowsModel((self.tr("Code"), self.tr("Nom"), self.tr("Active")),
                                       parent=self)
        self.actions_table = _table(self.tr("Actions"), self.actions_model, (80, 160, 60), {1: 1},
                                    "actions")
        self.add_tiers_button = QPushButton(self.tr("Ajouter un &tiers…"))
        self.edit_tiers_button = QPushButton(self.tr("&Modifier…"))
        self.add_action_button = QPushButton(self.tr("A&jouter une action…"))
        self.edit_action_button = QPushButton(self.tr("M&odifier…"))
        self.toggle_action_button = QPushButton(self.tr("Désact&iver"))
        self.add_tiers_button.clicked.connect(lambda: self.add_tiers())
        self.edit_tiers_button.clicked.connect(lambda: self.edit_tiers())
        self.add_action_button.clicked.connect(lambda: self.add_action())
        self.edit_action_button.clicked.connect(lambda: self.edit_action())
        self.toggle_action_button.clicked.connect(self.toggle_action)
        self.tiers_table.doubleClicked.connect(lambda _i: self.edit_tiers())
        self.actions_table.doubleClicked.connect(lambda _i: self.edit_action())

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._box(self.tr("Tiers"), self.tiers_table,
                                     (self.add_tiers_button, self.edit_tiers_button)))
        splitter.addWidget(self._box(self.tr("Actions"), self.actions_table,
                                     (self.add_action_button, self.edit_action_button,
                                      self.toggle_action_button)))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([2000, 1000])  # the tiers have five columns, the actions three
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.tiers: list[TiersRow] = []
        self.actions: list[ActionRow] = []
        self.actions_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.tiers_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.writable_changed(session.writable)

    @staticmethod
    def _box(title: str, table: QTableView, buttons: tuple[QPushButton, ...]) -> QGroupBox:
        box = QGroupBox(title)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout = QVBoxLayout(box)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        return box

    def refresh(self) -> None:
        book = self.session.book
        self.tiers = tiers_rows(book)
        self.actions = action_rows(book)
        self.tiers_model.set_rows([
            Row(t.code, (t.code, t.name, self.tr(KIND_LABELS[t.kind]),
                         t.funder_category.label if t.funder_category else "",
                         t.address.replace("\n", ", ")))
            for t in self.tiers])
        self.actions_model.set_rows([
            Row(a.code, (a.code, a.name, self.tr("oui") if a.active else self.tr("non")),
                dim=not a.active,
                tooltip="" if a.active else self.tr("Inactive : plus proposée à la saisie"))
            for a in self.actions])
        self._update_buttons()

    def writable_changed(self, writable: bool) -> None:
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        writable = self.session.writable
        self.add_tiers_button.setEnabled(writable)
        self.add_action_button.setEnabled(writable)
        self.edit_tiers_button.setEnabled(writable and self._selected_tiers() is not None)
        action = self._selected_action()
        self.edit_action_button.setEnabled(writable and action is not None)
        self.toggle_action_button.setEnabled(writable and action is not None)
        self.toggle_action_button.setText(self.tr("Réact&iver") if action and not action.active
                                          else self.tr("Désact&iver"))

    def _selected_tiers(self) -> TiersRow | None:
        index = self.tiers_table.currentIndex()
        return self.tiers[index.row()] if index.isValid() else None

    def _selected_action(self) -> ActionRow | None:
        index = self.actions_table.currentIndex()
        return self.actions[index.row()] if index.isValid() else None

    def _done(self, table: QTableView, model: RowsModel, key: str) -> None:
        self.activate()
        table.setFocus()  # Ctrl+Z undoes the change, whichever button had the focus
        at = model.row_of(key)
        if at is not None:
            table.selectRow(at)

    # -- tiers ---------------------------------------------------------------------------
    def _tiers_combos(self, kind: TiersKind, category: FunderCategory | None):
        return [(self.tr("&Type"), [(self.tr(KIND_LABELS[k]), k) for k in TiersKind], kind),
                (self.tr("&Catégorie de financeur"),
                 [(self.tr("(aucune : pas une subvention)"), None)]
                 + [(c.label, c) for c in FunderCategory], category)]

    def _tiers_note(self) -> str:
        return self.tr("La catégorie range les subventions (74) du tiers dans le budget CERFA "
                       "n° 12156 : État, région, commune…")

    def add_tiers(self, values: list | None = None) -> str | None:
        if values is None:
            values = TextFieldsDialog.ask(
                self, self.tr("Ajouter un tiers"),
                [(self.tr("C&ode"), "", True), (self.tr("&Nom"), "", True)],
                self._tiers_note(), self._tiers_combos(TiersKind.OTHER, None))
            if values is None:
                return None
        code, name, kind, category = values
        command = AddTiers(self.session, code, name, kind, category)
        if not self.perform(command, self.tr("Tiers refusé.")):
            return None
        self._done(self.tiers_table, self.tiers_model, command.code)
        return command.code

    def edit_tiers(self, values: list | None = None) -> bool:
        t = self._selected_tiers()
        if t is None:
            return False
        if values is None:
            values = TextFieldsDialog.ask(
                self, self.tr("Modifier le tiers {}").format(t.code),
                [(self.tr("Code"), t.code, False), (self.tr("&Nom"), t.name, True),
                 (self.tr("&Adresse postale"), t.address.replace("\n", ", "), True)],
                self._tiers_note() + " " + self.tr("L'adresse figure sur les reçus fiscaux "
                                                   "du donateur."),
                self._tiers_combos(t.kind, t.funder_category))
            if values is None:
                return False
        # [code, name, kind, category] or, with the address, [code, name, address, kind, category]
        _code, name, *rest = values
        address = rest.pop(0) if len(rest) == 3 else None
        kind, category = rest
        if not self.perform(EditTiers(self.session, t, name, kind, category, address),
                             self.tr("Modification refusée.")):
            return False
        self._done(self.tiers_table, self.tiers_model, t.code)
        return True

    # -- actions -------------------------------------------------------------------------
    def add_action(self, values: list | None = None) -> str | None:
        if values is None:
            values = TextFieldsDialog.ask(self, self.tr("Ajouter une action"),
                                          [(self.tr("C&ode"), "", True),
                                           (self.tr("&Nom"), "", True)],
                                          self.tr("Le code sert à la saisie et dans les "
                                                  "fichiers de budget (ex. FETE)."))
            if values is None:
                return None
        code, name = values
        command = AddAction(self.session, code, name)
        if not self.perform(command, self.tr("Action refusée.")):
            return None
        self._done(self.actions_table, self.actions_model, command.code)
        return command.code

    def edit_action(self, values: list | None = None) -> bool:
        a = self._selected_action()
        if a is None:
            return False
        if values is None:
            values = TextFieldsDialog.ask(self, self.tr("Modifier l'action {}").format(a.code),
                                          [(self.tr("Code"), a.code, False),
                                           (self.tr("&Nom"), a.name, True)])
            if values is None:
                return False
        if not self.perform(EditAction(self.session, a, values[1], a.active),
                             self.tr("Modification refusée.")):
            return False
        self._done(self.actions_table, self.actions_model, a.code)
        return True

    def toggle_action(self) -> bool:
        a = self._selected_action()
        if a is None:
            return False
        if not self.perform(EditAction(self.session, a, a.name, not a.active),
                             self.tr("Modification refusée.")):
            return False
        self._done(self.actions_table, self.actions_model, a.code)
        return True
