"""Banque: the statement lines waiting to be booked, with the account each would go to (the
treasurer's choice, a rule's, or history's), and the actions that book or set them aside."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...bank.labels import rule_pattern
from ...services import bank_categorise as cat
from ...services.bank_import import BankImportResult, import_statement
from ...services.lookups import read_choices
from .. import locale
from ..delegates.cells import AccountDelegate
from ..dialogs.import_statement_dialog import ImportStatementDialog
from ..dialogs.text_fields_dialog import TextFieldsDialog
from ..errors import report
from ..models.rows_model import Row, RowsModel
from ..session import BookSession
from ..widgets.account_edit import AccountEdit
from ..widgets.columns import keep_columns

from ..widgets.tiers_combo import TiersCombo
from .base import View
from .ledger_view import setup_table

SOURCES = {"choix": QT_TRANSLATE_NOOP("BankView", "choisi"),
           "règle": QT_TRANSLATE_NOOP("BankView", "règle"),
           "historique": QT_TRANSLATE_NOOP("BankView", "historique")}
DIRECTIONS = (("any", QT_TRANSLATE_NOOP("BankView", "Entrées et sorties")),
              ("out", QT_TRANSLATE_NOOP("BankView", "Sorties seulement")),
              ("in", QT_TRANSLATE_NOOP("BankView", "Entrées seulement")))


def _direction(text: str) -> str:
    """A direction's label in the interface language (marked in BankView's context)."""
    return QCoreApplication.translate("BankView", text)


ACCOUNT_COLUMN = 3
SOURCE_COLUMN = 6
_WEAK = QColor("#9a5b00")  # a weak proposal: amber, readable on white and on selection grey


class _LinesModel(RowsModel):
    """Suggested accounts (not yet the treasurer's choice) in grey italics, weak ones (to
    check) in amber with a warning sign; the line itself stays plain. The account cell is
    edited in place; ``on_edit(row, code)`` records it."""

    def __init__(self, headers: tuple[str, ...], right: tuple[int, ...] = (),
                 parent=None) -> None:
        super().__init__(headers, right, parent)
        self.codes: list[str] = []
        self.weak: set[int] = set()  # rows whose proposal is weak
        self.on_edit = None
        self._warning = None

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() == ACCOUNT_COLUMN and self.on_edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole) \
                and index.isValid() and index.column() < ACCOUNT_COLUMN:
            return None
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            return self.codes[index.row()] if index.column() == ACCOUNT_COLUMN else None
        if index.isValid() and index.row() in self.weak:
            if role == Qt.ItemDataRole.ForegroundRole:
                return _WEAK
            if role == Qt.ItemDataRole.DecorationRole and index.column() == SOURCE_COLUMN:
                if self._warning is None:
                    self._warning = QApplication.style().standardIcon(
                        QStyle.StandardPixmap.SP_MessageBoxWarning)
                return self._warning
        return super().data(index, role)

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != ACCOUNT_COLUMN \
                or self.on_edit is None or value == self.codes[index.row()]:
            return False
        return bool(self.on_edit(index.row(), value))


class BankView(View):
    title = "Banque"

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.lines: list[cat.PendingLine] = []
        self.last_import: BankImportResult | None = None
        self.tiers: dict[int, tuple[str, str]] = {}
        self.actions: dict[int, tuple[str, str]] = {}
        #: what the view last put in Compte/Tiers/Action (the selected line's proposal)
        self._shown: tuple = ("", "", None)
        self._choices = None  # the year's accounts, tiers… (read_choices)
        self._offered: str | None = None  # the class of accounts the list now starts with

        self.account_combo = QComboBox()
        self.account_combo.setAccessibleName(self.tr("Compte de banque"))
        self.account_combo.setMinimumContentsLength(24)
        self.account_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.import_button = QPushButton(self.tr("&Importer un relevé…"))
        self.import_button.clicked.connect(lambda: self.ask_import())
        self.rules_button = QPushButton(self.tr("Règ&les…"))
        self.rules_button.clicked.connect(self.show_rules)
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Compte :")))
        top.addWidget(self.account_combo)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.rules_button)
        top.addWidget(self.import_button)

        self.model = _LinesModel((self.tr("Date"), self.tr("Libellé"), self.tr("Montant"),
                                self.tr("Compte"), self.tr("Tiers"), self.tr("Action"),
                                self.tr("Proposé par")), right=(2,), parent=self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Lignes à catégoriser"))
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Date, Libellé, Montant, Compte, Tiers, Action, Proposé par
        keep_columns(self.table, "banque", (85, 220, 100, 200, 130, 70, 110), {1: 3, 3: 2, 4: 1})
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # The account cell: double-click or F2, the entry forms' completer (626 or « télé »).
        self.account_delegate = AccountDelegate(self)
        self.table.setItemDelegateForColumn(ACCOUNT_COLUMN, self.account_delegate)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.model.on_edit = self._cell_edited

        self.account_edit = AccountEdit()
        self.account_edit.setAccessibleName(self.tr("Compte de contrepartie"))
        self.account_edit.setPlaceholderText(self.tr("numéro ou mot du libellé (ex. 626, télé)"))
        self.tiers_combo = TiersCombo()
        self.tiers_combo.setAccessibleName(self.tr("Tiers"))
        self.tiers_combo.creator = self._create_tiers  # a new name + Entrée creates it
        self.tiers_combo.create_on_enter = True
        self.action_combo = QComboBox()
        self.action_combo.setAccessibleName(self.tr("Action"))
        self.apply_button = QPushButton(self.tr("A&ppliquer à la sélection"))
        self.apply_button.clicked.connect(lambda: self.apply_choice())
        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("Compte :")))
        choice.addWidget(self.account_edit, 2)
        choice.addWidget(QLabel(self.tr("Tiers :")))
        choice.addWidget(self.tiers_combo, 1)
        choice.addWidget(QLabel(self.tr("Action :")))
        choice.addWidget(self.action_combo, 1)
        choice.addWidget(self.apply_button)

        self.validate_button = QPushButton(self.tr("&Valider la sélection"))
        self.validate_button.clicked.connect(lambda: self.validate_selected())
        self.validate_all_button = QPushButton(self.tr("Valider &toutes les lignes proposées"))
        self.validate_all_button.clicked.connect(lambda: self.validate_all())
        self.ignore_button = QPushButton(self.tr("I&gnorer"))
        self.ignore_button.setToolTip(self.tr("Retirer de la liste sans passer d'écriture "
                                              "(opération déjà saisie à la main…)"))
        self.ignore_button.clicked.connect(lambda: self.ignore_selected())
        self.rule_button = QPushButton(self.tr("Créer u&ne règle…"))
        self.rule_button.clicked.connect(lambda: self.create_rule())
        actions = QHBoxLayout()
        actions.addWidget(self.rule_button)
        actions.addWidget(self.ignore_button)
        actions.addStretch(1)
        actions.addWidget(self.validate_button)
        actions.addWidget(self.validate_all_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(choice)
        layout.addLayout(actions)
        self._fill_accounts()
        self.writable_changed(session.writable)

    # -- reading -------------------------------------------------------------------------
    def _fill_accounts(self) -> None:
        current = self.account_combo.currentData()
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        for code, label in cat.bank_accounts(self.session.conn):
            self.account_combo.addItem(f"{code} {label}", code)
        if current is not None:
            self.account_combo.setCurrentIndex(max(self.account_combo.findData(current), 0))
        self.account_combo.blockSignals(False)

    @property
    def account(self) -> str | None:
        return self.account_combo.currentData()

    def set_account(self, code: str) -> None:
        self.account_combo.setCurrentIndex(self.account_combo.findData(code))

    def refresh(self) -> None:
        conn = self.session.conn
        self._fill_accounts()
        self.actions = {i: (c, n) for i, c, n in conn.execute(
            "SELECT id, code, name FROM action")}
        year = self.session.year
        if year is not None:
            self._choices = read_choices(conn, year.id)
            accounts = self._choices.accounts_for()
            self.account_edit.set_accounts(accounts)
            self._offered = None
            self.account_delegate.accounts = accounts
        self._fill_tiers()
        self._fill_combo(self.action_combo, self.actions)
        account = self.account
        self.lines = cat.pending_lines(conn, account) if account else []
        self.model.codes = [p.proposal.counterpart if p.proposal else "" for p in self.lines]
        self.model.weak = {r for r, p in enumerate(self.lines)
                           if p.proposal and not p.proposal.strong}
        self.model.set_rows([self._row(p) for p in self.lines])
        n = len(self.lines)
        proposed = sum(1 for p in self.lines if p.proposal)
        text = locale.count(n, self.tr("{} ligne à catégoriser"),
                            self.tr("{} lignes à catégoriser"))
        if proposed:
            text += self.tr(", dont {} avec un compte proposé").format(proposed)
        if self.model.weak:
            text += self.tr(" ({} à vérifier)").format(len(self.model.weak))
        self.count_label.setText(text)
        self._shown = self._typed_choice()  # the reload refilled the fields, no one typed
        self._update_buttons()

    def _fill_combo(self, combo: QComboBox, items: dict[int, tuple[str, str]], *,
                    order_by_name: bool = False) -> None:
        combo.clear()
        combo.addItem("—", None)
        for key, (code, name) in sorted(items.items(),
                                        key=lambda kv: kv[1][1 if order_by_name else 0]):
            combo.addItem(f"{name} ({code})", key)

    def _create_tiers(self, name: str) -> int | None:
        """« Nouveau tiers » for a name typed in Tiers; its id once created."""
        from ..dialogs.new_party_dialog import NewPartyDialog, kind_for
        ids, account, action = (self.selected_ids(), self.account_edit.text(),
                                self.action_combo.currentData())
        code = NewPartyDialog.ask(self.session, name, kind_for(self.account_edit.code()), self)
        if code is None:
            return None
        # The new tiers reloaded the view: the lines and the choice typed for them stay.
        self.activate()
        self.select_ids(ids)
        self.account_edit.setText(account)
        self.action_combo.setCurrentIndex(max(self.action_combo.findData(action), 0))
        return next((i for i, (c, _n) in self.tiers.items() if c == code), None)

    def _fill_tiers(self) -> None:
        self.tiers = {i: (c, n) for i, c, n in self.session.conn.execute(
            "SELECT id, code, name FROM tiers")}
        self.tiers_combo.set_tiers([(i, f"{n} ({c})") for i, (c, n)
                                    in sorted(self.tiers.items(), key=lambda kv: kv[1][1])],
                                   "—")

    def _row(self, p: cat.PendingLine) -> Row:
        prop = p.proposal
        account = ""
        if prop is not None:
            account = prop.counterpart
            label = self.account_edit._labels.get(prop.counterpart)
            if label:
                account = f"{prop.counterpart} {label}"
        tiers = self.tiers.get(prop.tiers_id, ("", ""))[1] if prop else ""
        action = self.actions.get(prop.action_id, ("", ""))[1] if prop else ""
        source = self.tr(SOURCES[prop.source]) if prop else ""
        notes = [self.tr("Référence banque : {}").format(p.reference)] if p.reference else []
        if prop is not None and not prop.strong:
            source = self.tr("à vérifier")  # the tooltip says where it comes from
            notes.append(self._why_weak(prop))
        return Row(p.id, (locale.date(p.date), p.label, locale.amount(p.amount.cents), account,
                          tiers, action, source),
                   tooltip="\n".join(notes), dim=prop is not None and prop.source != "choix")

    def _why_weak(self, prop: cat.Suggestion) -> str:
        """Why a proposal is to be checked, for its tooltip."""
        words = ", ".join(f"« {w} »" for w in prop.words) or self.tr("des mots courants")
        if prop.unnamed_tiers is not None:
            name = self.tiers.get(prop.unnamed_tiers, ("", "?"))[1]
            why = self.tr("À vérifier : ce compte vient d'écritures de {} au libellé proche "
                          "(mots communs : {}), mais le libellé ne nomme pas {}. Le tiers "
                          "n'est pas repris : choisissez-le si c'est bien un don, une "
                          "cotisation… d'une personne connue.").format(name, words, name)
        else:
            why = self.tr("À vérifier : ce compte vient d'écritures au libellé proche, sur "
                          "peu de mots communs ({}).").format(words)
        return why + " " + self.tr("« Valider toutes les lignes proposées » ne valide pas "
                                   "cette ligne : sélectionnez-la, vérifiez, puis « Valider la "
                                   "sélection ».")

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.lines[r].id for r in rows if 0 <= r < len(self.lines)]

    def select_ids(self, ids: list[int]) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for line_id in ids:
            row = self.model.row_of(line_id)
            if row is not None:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def _selection_changed(self, *_args) -> None:
        ids = self.selected_ids()
        self._offer_accounts_for(ids)
        if len(ids) == 1:
            line = next(p for p in self.lines if p.id == ids[0])
            prop = line.proposal
            if prop is not None:
                self.account_edit.set_code(prop.counterpart)
            else:
                self.account_edit.clear()
            self.tiers_combo.set_key(prop.tiers_id if prop else None)
            self.action_combo.setCurrentIndex(max(self.action_combo.findData(
                prop.action_id if prop else None), 0))
            self._shown = self._typed_choice()
        self._update_buttons()

    def _offer_accounts_for(self, ids: list[int]) -> None:
        """Money in offers the products (7) first, money out the charges (6), as the
        Recette and Dépense forms do: « cotis » on a member's transfer is 7561, not 645."""
        if self._choices is None or not ids:
            return
        chosen = set(ids)
        signs = {p.amount.cents > 0 for p in self.lines if p.id in chosen}
        first = "7" if signs == {True} else "6" if signs == {False} else None
        if first != self._offered:
            self._offered = first
            text = self.account_edit.text()
            self.account_edit.set_accounts(self._choices.accounts_for(first, "") if first
                                           else self._choices.accounts_for())
            self.account_edit.setText(text)

    def _typed_choice(self) -> tuple:
        """Compte, Tiers and Action as the fields below the table read now."""
        return (self.account_edit.code().strip(), self.tiers_combo.currentText().strip(),
                self.action_combo.currentData())

    def writable_changed(self, writable: bool) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = self.session.writable
        selected = bool(self.table.selectionModel().selectedRows())
        self.import_button.setEnabled(writable and self.account is not None)
        for button in (self.apply_button, self.validate_button, self.ignore_button):
            button.setEnabled(writable and selected)
        self.rule_button.setEnabled(writable and len(self.selected_ids()) == 1)
        strong = len(self._strong_ids())
        self.validate_all_button.setText(
            self.tr("Valider &toutes les lignes proposées ({})").format(strong) if strong
            else self.tr("Valider &toutes les lignes proposées"))
        self.validate_all_button.setToolTip(
            self.tr("Les lignes proposées « à vérifier » ne sont pas validées ici : "
                    "sélectionnez-les une à une") if self.model.weak else "")
        self.validate_all_button.setEnabled(writable and strong > 0)

    def _strong_ids(self) -> list[int]:
        """The lines « valider toutes » books: a choice, a rule, sure history."""
        return [p.id for p in self.lines if p.proposal and p.proposal.strong]

    # -- acting --------------------------------------------------------------------------
    def _changed(self, keep: list[int] | None = None) -> None:
        self.session.notify()
        self.activate()
        if keep:
            self.select_ids(keep)

    def apply_choice(self) -> bool:
        ids = self.selected_ids()
        code = self.account_edit.code().strip() or None
        if not self.tiers_combo.create_typed():
            return False
        try:
            self._choose(ids, code, self.tiers_combo.key(), self.action_combo.currentData())
        except Exception as exc:  # noqa: BLE001 - explained to the user
            report(self, exc, self.tr("Compte refusé"))
            return False
        self._changed(ids)
        self._shown = self._typed_choice()
        return True

    def _choose(self, ids: list[int], code: str | None, tiers_id: int | None,
                action_id: int | None) -> None:
        """Set the lines' choice as an undoable command; the caller then tells the views
        (:meth:`_changed`), once a table editor has closed: not ``perform``, which would
        rebuild the table while the editor commits."""
        from ..bank_commands import ChooseForBankLines
        command = ChooseForBankLines(self.session, ids, code, tiers_id, action_id)
        command._do()
        self.session.undo_stack.push(command)

    def _cell_edited(self, row: int, code: str) -> bool:
        """An account typed in the table: the line's choice (tiers and action kept)."""
        line = self.lines[row]
        prop = line.proposal
        try:
            self._choose([line.id], code.strip() or None, prop.tiers_id if prop else None,
                         prop.action_id if prop else None)
        except Exception as exc:  # noqa: BLE001 - explained to the user
            report(self, exc, self.tr("Compte refusé"))
            return False
        # The table is rebuilt once the editor has closed, not while it commits.
        QTimer.singleShot(0, lambda: self._changed([line.id]))
        return True

    def validate_selected(self) -> list[cat.Booked] | None:
        """Book the selected lines; weak proposals among several are confirmed first.

        A Compte, Tiers or Action typed below and not yet applied is applied first: the
        treasurer who typed a donor and pressed « Valider » means that donor."""
        if self.selected_ids() and self._typed_choice() != self._shown:
            if not self.apply_choice():
                return None
        ids = self.selected_ids()
        chosen = set(ids)
        weak = [p for p in self.lines
                if p.id in chosen and p.proposal and not p.proposal.strong]
        if weak and len(ids) > 1:
            n = len(weak)
            text = (self.tr("{} des lignes sélectionnées ont une proposition « à vérifier » "
                            "(compte trouvé sur peu de mots, tiers non repris) :") if n > 1 else
                    self.tr("{} des lignes sélectionnées a une proposition « à vérifier » "
                            "(compte trouvé sur peu de mots, tiers non repris) :")).format(n)
            listed = "\n".join(f"• {p.label}" for p in weak[:8])
            answer = QMessageBox.question(
                self, self.tr("Valider la sélection"),
                text + "\n" + listed + "\n\n" + self.tr("Les passer en écriture telles quelles ?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return self._validate(ids)

    def validate_all(self) -> list[cat.Booked] | None:
        """Book the lines with a choice or a sure proposal; those to check stay."""
        return self._validate(self._strong_ids())

    def _validate(self, ids: list[int]) -> list[cat.Booked] | None:
        if not ids:
            return None
        from ..bank_commands import ValidateBankLines
        from ..commands import perform
        command = ValidateBankLines(self.session, ids)
        try:
            perform(self.session, command)
        except Exception as exc:  # noqa: BLE001 - explained to the user
            report(self, exc, self.tr("Rien n'a été passé en écriture"))
            return None
        booked = command.booked
        self.activate()
        # Ctrl+Z, as the message says, undoes the validation: typed in Compte it undid the
        # field's own text instead.
        self.table.setFocus()
        self.session.message.emit(locale.count(
            len(booked), self.tr("{} écriture passée au journal BQ (Ctrl+Z pour annuler)"),
            self.tr("{} écritures passées au journal BQ (Ctrl+Z pour annuler)")))
        return booked

    def ignore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        from ..bank_commands import IgnoreBankLines
        from ..commands import perform
        try:
            perform(self.session, IgnoreBankLines(self.session, ids))
        except Exception as exc:  # noqa: BLE001 - explained to the user
            report(self, exc, self.tr("Aucune ligne n'a été ignorée"))
            return
        self.activate()
        self.table.setFocus()  # Ctrl+Z undoes the set-aside, not a field's text
        self.session.message.emit(locale.count(
            len(ids), self.tr("{} ligne ignorée (Ctrl+Z pour la remettre)"),
            self.tr("{} lignes ignorées (Ctrl+Z pour les remettre)")))

    def create_rule(self, values: list | None = None) -> int | None:
        """A rule from the selected line: its distinctive words, its account, its direction."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        line = next(p for p in self.lines if p.id == ids[0])
        prop = line.proposal
        code = self.account_edit.code().strip() or (prop.counterpart if prop else "")
        if values is None:
            tiers_items = [("—", None)] + [(f"{n} ({c})", i) for i, (c, n) in
                                           sorted(self.tiers.items(), key=lambda kv: kv[1][1])]
            action_items = [("—", None)] + [(f"{n} ({c})", i) for i, (c, n) in
                                            sorted(self.actions.items())]
            values = TextFieldsDialog.ask(
                self, self.tr("Créer une règle"),
                [(self.tr("Le libellé contient les mots"), rule_pattern(line.label), True),
                 (self.tr("Compte"), code, True)],
                self.tr("Les lignes dont le libellé contient tous ces mots recevront ce "
                        "compte (les règles passent avant l'historique, dans leur ordre)."),
                [(self.tr("Sens"), [(_direction(t), d) for d, t in DIRECTIONS],
                  "out" if line.amount.cents < 0 else "in"),
                 (self.tr("Tiers"), tiers_items, self.tiers_combo.key()),
                 (self.tr("Action"), action_items, self.action_combo.currentData())])
            if values is None:
                return None
        pattern, account, direction, tiers_id, action_id = values
        from ..bank_commands import AddBankRule
        from ..commands import perform
        command = AddBankRule(self.session, pattern, account.split(" ", 1)[0],
                              account=self.account, direction=direction,
                              tiers_id=tiers_id, action_id=action_id)
        try:
            perform(self.session, command)
        except Exception as exc:  # noqa: BLE001 - explained to the user
            report(self, exc, self.tr("Règle refusée"))
            return None
        self._changed(ids)
        self.table.setFocus()  # Ctrl+Z undoes the rule, not a field's text
        self.session.message.emit(self.tr("Règle « {} » créée (Ctrl+Z pour annuler)")
                                  .format(command.rule.pattern))
        return command.rule.id

    def show_rules(self) -> None:
        dialog = RulesDialog(self.session, self)
        dialog.exec()
        dialog.deleteLater()
        self._changed()

    def ask_import(self, path: Path | None = None) -> ImportStatementDialog | None:
        """The import dialog; on OK the import runs in a thread (all of it or nothing)."""
        if self.account is None:
            return None
        dialog = ImportStatementDialog(self.session, self.account, path, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.path is None:
            return dialog
        self.import_file(dialog.path, mapping=dialog.mapping, preset=dialog.preset)
        return dialog

    def import_file(self, path: Path, *, mapping=None, preset: str | None = None):
        from ..tasks import run_task
        book, account = self.session.book, self.account

        def work() -> BankImportResult:
            return import_statement(book, account, path, preset=preset, layout=mapping)

        def done(result: BankImportResult) -> None:
            self.last_import = result
            self._changed()
            self.session.message.emit(self.tr("{} : {}, {}").format(
                path.name, locale.count(result.added, self.tr("{} ligne ajoutée à catégoriser"),
                                        self.tr("{} lignes ajoutées à catégoriser")),
                locale.count(result.skipped, self.tr("{} déjà importée"),
                             self.tr("{} déjà importées"))))

        def failed(exc: BaseException) -> None:
            report(self, exc, self.tr("Import de {} refusé : rien n'a été écrit.")
                   .format(path.name))

        return run_task(self, self.tr("Import de {}…").format(path.name), work, done, failed)


class RulesDialog(QDialog):
    """The treasurer's rules in the order they are tried; a rule can be removed."""

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Règles de catégorisation"))
        self.resize(760, 380)
        self.model = RowsModel((self.tr("Ordre"), self.tr("Le libellé contient"),
                                self.tr("Sens"), self.tr("Compte de banque"),
                                self.tr("Compte"), self.tr("Tiers"), self.tr("Action")),
                               right=(0,), parent=self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Règles"))
        self.table.setModel(self.model)
        setup_table(self.table)
        for col, width in enumerate((50, 220, 130, 110, 70, 110, 90)):
            self.table.setColumnWidth(col, width)
        self.delete_button = QPushButton(self.tr("&Supprimer la règle"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button = QPushButton(self.tr("&Monter"))
        self.up_button.setToolTip(self.tr("Les règles sont essayées de haut en bas"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("&Descendre"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in (self.up_button, self.down_button, self.delete_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        conn = self.session.conn
        tiers = dict(conn.execute("SELECT id, name FROM tiers"))
        actions = dict(conn.execute("SELECT id, name FROM action"))
        directions = dict(DIRECTIONS)
        self.model.set_rows([
            Row(r.id, (str(n), r.pattern, _direction(directions[r.direction]),
                       r.account or self.tr("tous"), r.counterpart, tiers.get(r.tiers_id, ""),
                       actions.get(r.action_id, "")))
            for n, r in enumerate(cat.rules(conn), start=1)])
        for button in (self.delete_button, self.up_button, self.down_button):
            button.setEnabled(self.session.writable and bool(self.model.rows))

    def move_selected(self, step: int) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        from ..bank_commands import MoveBankRule
        from ..commands import perform
        rule_id = self.model.key(index.row())
        perform(self.session, MoveBankRule(self.session, rule_id, step))
        self.refresh()
        self.table.selectRow(self.model.row_of(rule_id))

    def delete_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            from ..bank_commands import DeleteBankRule
            from ..commands import perform
            perform(self.session, DeleteBankRule(self.session, self.model.key(index.row())))
            self.refresh()
