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

from ...domain.parties import TiersKind, TiersNature
from ...services.parties import ActionRow, TiersRow, action_rows, code_for_name, tiers_rows
from ..dialogs.text_fields_dialog import TextFieldsDialog
from ..dialogs.tiers_dialog import NATURE_TEXTS, TiersDialog, TiersEdit
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
                                      self.tr("Adresse"), self.tr("Nature"), self.tr("E-mail")),
                                     parent=self)
        # Name and address share what is left: stretching the name alone squeezed the address.
        self.tiers_table = _table(self.tr("Tiers"), self.tiers_model,
                                  (80, 160, 90, 210, 180, 90, 160), {1: 1, 4: 1}, "tiers")
        self.actions_model = RowsModel((self.tr("Code"), self.tr("Nom"), self.tr("Active")),
                                       parent=self)
        self.actions_table = _table(self.tr("Actions"), self.actions_model, (80, 160, 60), {1: 1},
                                    "actions")
        self.add_tiers_button = QPushButton(self.tr("Ajouter un &tiers…"))
        self.edit_tiers_button = QPushButton(self.tr("&Modifier…"))
        self.import_tiers_button = QPushButton(self.tr("Im&porter des tiers…"))
        self.import_tiers_button.setToolTip(self.tr("Une liste de donateurs ou d'adhérents "
                                                    "tenue dans un tableur (CSV ou XLSX)"))
        self.export_tiers_button = QPushButton(self.tr("Exporter &les tiers…"))
        self.import_tiers_button.clicked.connect(lambda: self.import_tiers())
        self.export_tiers_button.clicked.connect(lambda: self.export_tiers())
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
                                     (self.import_tiers_button, self.export_tiers_button,
                                      self.add_tiers_button, self.edit_tiers_button),
                                     stretch_at=2))
        splitter.addWidget(self._box(self.tr("Actions"), self.actions_table,
                                     (self.add_action_button, self.edit_action_button,
                                      self.toggle_action_button)))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([3000, 1000])  # the tiers have seven columns, the actions three
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.tiers: list[TiersRow] = []
        self.actions: list[ActionRow] = []
        self.actions_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.tiers_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.writable_changed(session.writable)

    @staticmethod
    def _box(title: str, table: QTableView, buttons: tuple[QPushButton, ...],
             stretch_at: int = 0) -> QGroupBox:
        box = QGroupBox(title)
        row = QHBoxLayout()
        for i, button in enumerate(buttons):
            if i == stretch_at:
                row.addStretch(1)
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
                         ", ".join(t.postal_lines()),
                         self.tr(NATURE_TEXTS[t.nature]) if t.nature is not TiersNature.UNKNOWN
                         else "", t.email))
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
        self.import_tiers_button.setEnabled(writable)
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
    def add_tiers(self, values: TiersEdit | list | None = None) -> str | None:
        """A new tiers from its record (TiersDialog), or from ``values``: a TiersEdit, or
        [code, name, kind, category] as scripts and tests give it."""
        if values is None:
            values = TiersDialog.ask(self, self.tr("Ajouter un tiers"),
                                     suggest=lambda name: code_for_name(self.session.book,
                                                                        name))
            if values is None:
                return None
        if isinstance(values, TiersEdit):
            command = AddTiers(self.session, values.code, values.name, values.kind,
                               values.category, values.details)
        else:
            code, name, kind, category = values
            command = AddTiers(self.session, code, name, kind, category)
        if not self.perform(command, self.tr("Tiers refusé.")):
            return None
        self._done(self.tiers_table, self.tiers_model, command.code)
        return command.code

    def edit_tiers(self, values: TiersEdit | list | None = None) -> bool:
        """Change the selected tiers' record (TiersDialog), or apply ``values``: a TiersEdit,
        or [code, name, kind, category] / [code, name, address, kind, category]."""
        t = self._selected_tiers()
        if t is None:
            return False
        if values is None:
            values = TiersDialog.ask(self, self.tr("Modifier le tiers {}").format(t.code), t)
            if values is None:
                return False
        if isinstance(values, TiersEdit):
            command = EditTiers(self.session, t, values.name, values.kind, values.category,
                                None, values.details)
        else:
            _code, name, *rest = values
            address = rest.pop(0) if len(rest) == 3 else None
            kind, category = rest
            command = EditTiers(self.session, t, name, kind, category, address)
        if not self.perform(command, self.tr("Modification refusée.")):
            return False
        self._done(self.tiers_table, self.tiers_model, t.code)
        return True

    def import_tiers(self):
        """« Importer des tiers… » (Fichier menu): the window's import, then this view."""
        return self.window().task_menus.import_tiers()

    def export_tiers(self):
        return self.window().task_menus.export_tiers()

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
