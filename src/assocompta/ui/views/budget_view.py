"""Budget: the year's budget prévisionnel as an editable grid, with its totals and checks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.budget import BudgetCheck, CheckKind, balance, budget_checks
from ...domain.errors import DomainError
from ...services.budget_edit import ALL, BudgetChange, LineValues, funders
from ...services.lookups import read_choices
from ...services.reports import build_budget_report, write
from .. import locale
from ..budget_commands import AddBudgetLine, CopyBudget, DeleteBudgetLine
from ..commands import perform
from ..delegates.cells import AccountDelegate, ChoiceDelegate, MoneyDelegate
from ..dialogs.copy_budget_dialog import CopyBudgetDialog
from ..errors import report
from ..models.budget_model import ACTION, AMOUNT, CODE, FUNDER, ID_ROLE, LABEL, BudgetModel
from ..session import BookSession
from ..widgets.editing_table import EditingTable
from ..widgets.columns import keep_columns
from .base import View
from .ledger_view import ROW_HEIGHT

WIDTHS = (80, 200, 200, 110, 80, 160, 150)
GOOD, BAD = "color: #1b7f3b;", "color: #b00020;"
#: the action filter's entry for lines of the association as a whole
NO_ACTION = "—"


def euros(cents: int) -> str:
    return locale.amount(cents, currency=True)


class BudgetView(View):
    title = "Budget"
    export_formats = (".xlsx", ".pdf", ".csv")

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = BudgetModel(session, self)
        self.table = EditingTable()
        self.table.setAccessibleName(self.tr("Lignes du budget"))
        self.table.setModel(self.model)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT + 2)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        keep_columns(self.table, "budget", WIDTHS, {1: 3, 2: 2, 5: 1})
        # Shown after the account and its label, so that the line is typed as said: account,
        # Tab, amount (then the label, if any).
        header = self.table.horizontalHeader()
        header.moveSection(header.visualIndex(AMOUNT), header.visualIndex(LABEL))
        self.account_delegate = AccountDelegate(self)
        self.action_delegate = ChoiceDelegate(self.tr("(aucune)"), self)
        self.funder_delegate = ChoiceDelegate(self.tr("(aucun)"), self)
        self.table.setItemDelegateForColumn(CODE, self.account_delegate)
        self.table.setItemDelegateForColumn(AMOUNT, MoneyDelegate(self))
        self.table.setItemDelegateForColumn(ACTION, self.action_delegate)
        self.table.setItemDelegateForColumn(FUNDER, self.funder_delegate)
        self._fresh: AddBudgetLine | None = None  # the line just added, its account cell open
        self.account_delegate.closeEditor.connect(self._account_closed)

        self.action_filter = QComboBox()
        self.action_filter.setAccessibleName(self.tr("Filtre action"))
        self.action_filter.setMinimumContentsLength(22)
        self.action_filter.currentIndexChanged.connect(self._filter_changed)
        self.add_button = QPushButton(self.tr("Ajouter une &ligne"))
        self.delete_button = QPushButton(self.tr("Su&pprimer la ligne"))
        self.copy_button = QPushButton(self.tr("&Copier depuis l'année précédente…"))
        self.add_button.clicked.connect(self.add_line)
        self.delete_button.clicked.connect(self.delete_selected)
        self.copy_button.clicked.connect(self.copy_from_previous)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Action :")))
        top.addWidget(self.action_filter)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.copy_button)

        self.totals_label = QLabel()
        self.result_label = QLabel()
        self.contributions_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setStyleSheet(BAD)
        self.error_label.setWordWrap(True)
        for label in (self.totals_label, self.result_label, self.contributions_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals_label.setAccessibleName(self.tr("Totaux du budget"))
        self.result_label.setAccessibleName(self.tr("Équilibre charges et produits"))
        self.contributions_label.setAccessibleName(
            self.tr("Équilibre des contributions volontaires"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.contributions_label)

        self.model.refused.connect(self.error_label.setText)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.modelReset):
            signal.connect(self._update_totals)
        # Del alone: X11's Delete binding also holds Ctrl+D, the Dépense shortcut.
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_selected)
        self._year_id: int | None = None
        self.writable_changed(session.writable)

    # -- reading -------------------------------------------------------------------------
    def refresh(self) -> None:
        year = self.session.year
        year_id = year.id if year else None
        if year_id != self._year_id:
            self._year_id = year_id
            if year_id is not None:
                c = read_choices(self.session.conn, year_id)
                self.account_delegate.accounts = c.accounts_for("6", "7", "8")
        self._fill_choices()
        self.model.load(year_id, self.action_filter.currentData())
        self.writable_changed(self.session.writable)

    def _fill_choices(self) -> None:
        book = self.session.book
        with book.session() as s:
            actions = book.raw_connection(s).execute(
                "SELECT code, name FROM action ORDER BY code").fetchall()
        self.action_delegate.choices = [(f"{code} — {name}", code) for code, name in actions]
        self.funder_delegate.choices = [
            (name + (f" ({category.label})" if category else ""), code)
            for code, name, category in funders(book)]
        first = self.action_filter.count() == 0
        current = self.action_filter.currentData()
        self.action_filter.blockSignals(True)
        self.action_filter.clear()
        self.action_filter.addItem(self.tr("Toutes les actions"), ALL)
        self.action_filter.addItem(self.tr("Hors actions (association)"), None)
        for code, name in actions:
            self.action_filter.addItem(f"{code} — {name}", code)
        at = 0 if first else (self.action_filter.findData(current) if current is not None else 1)
        self.action_filter.setCurrentIndex(max(at, 0))
        self.action_filter.blockSignals(False)

    def _book_changed(self, *args) -> None:
        change = args[0] if args else None
        if isinstance(change, BudgetChange):
            # A budget edit: refresh just those rows, now (totals follow the model).
            self.model.apply(change)
            return
        super()._book_changed(*args)

    def _filter_changed(self) -> None:
        self.model.load(self.model.year_id, self.action_filter.currentData())

    def _update_totals(self, *_args) -> None:
        # Judged as the CERFA export and Budget vs réalisé judge it (domain.budget): the
        # totals are the form's, with its excédent or insuffisance line.
        b = balance(self.model.amounts())
        n = self.model.rowCount()
        lines = locale.count(n, self.tr("{} ligne"), self.tr("{} lignes"))
        # The CERFA's totals hold its balancing line: say so, or « Total des charges » reads
        # 1 699,50 € on a budget whose only charges are 356,55 €.
        if b.excedent:
            text = self.tr("Total des charges (excédent prévisionnel compris) : {}   ·   "
                           "Total des produits : {}   ·   {}")
        elif b.insuffisance:
            text = self.tr("Total des charges : {}   ·   Total des produits (insuffisance "
                           "prévisionnelle comprise) : {}   ·   {}")
        else:
            text = self.tr("Total des charges : {}   ·   Total des produits : {}   ·   {}")
        self.totals_label.setText(text.format(
            euros(b.total_charges.cents), euros(b.total_produits.cents), lines))
        checks = {check.kind: check for check in budget_checks(b)}
        result = (checks.get(CheckKind.EXCEDENT) or checks.get(CheckKind.INSUFFISANCE)
                  or checks[CheckKind.TOTALS])
        self.result_label.setText(self._sentence(result))
        self.result_label.setStyleSheet(GOOD if result.ok else BAD)
        contributions = checks[CheckKind.CONTRIBUTIONS]
        self.contributions_label.setText(self._sentence(contributions))
        self.contributions_label.setStyleSheet(GOOD if contributions.ok else BAD)

    def _sentence(self, check: BudgetCheck) -> str:
        """A budget check as this view words it (the exports word it for a funder)."""
        a = [euros(x.cents) for x in check.amounts]
        mark = "✓" if check.ok else "✗"
        if check.kind is CheckKind.EXCEDENT:
            text = self.tr("Excédent prévisionnel de {} (produits {} − charges {}) : la ligne "
                           "« Excédent prévisionnel » du CERFA équilibre le budget")
        elif check.kind is CheckKind.INSUFFISANCE:
            text = self.tr("Insuffisance prévisionnelle de {} (charges {} − produits {}) : la "
                           "ligne « Insuffisance prévisionnelle » (autofinancement) du CERFA "
                           "équilibre le budget")
        elif check.kind is CheckKind.CONTRIBUTIONS:
            text = self.tr("Contributions volontaires : emplois (86) {} {} ressources (87) {}")
            a.insert(1, "=" if check.ok else "≠")
        else:
            text = (self.tr("Charges = produits ({}) : budget équilibré") if check.ok else
                    self.tr("Total des charges {} ≠ total des produits {}"))
        return f"{mark} " + text.format(*a)

    def writable_changed(self, writable: bool) -> None:
        year = self.session.year
        closed = bool(year and year.closed)
        can_edit = writable and year is not None and not closed
        self.model.editable = can_edit
        tip = "" if can_edit else (self.tr("Exercice clos : son budget ne change plus") if closed
                                   else self.session.read_only_reason or
                                   self.tr("Vérification du livre en cours…"))
        for button in (self.add_button, self.delete_button, self.copy_button):
            button.setEnabled(can_edit)
            button.setToolTip(tip)
        if can_edit and not self._previous_years():
            self.copy_button.setEnabled(False)
            self.copy_button.setToolTip(self.tr("Aucun exercice avant celui-ci"))

    def _previous_years(self) -> list[str]:
        year = self.session.year
        return [y.label for y in self.session.years() if year and y.end < year.start]

    # -- actions -------------------------------------------------------------------------
    def selected_line(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def add_line(self) -> int | None:
        """A new line on rubric 60 (or 70 if the charges already outweigh the produits),
        in the filtered action; the account cell opens for typing."""
        year = self.session.year
        if year is None or not self.model.editable:
            return None
        action = self.action_filter.currentData()
        b = balance(self.model.amounts())
        values = LineValues("70" if b.charges > b.produits else "60",
                            action=action if action != ALL else None)
        command = AddBudgetLine(self.session, year.label, values)
        try:
            perform(self.session, command)
        except DomainError as exc:
            report(self, exc, self.tr("Ligne de budget refusée."))
            return None
        row = self.model.row_of(command.line_id)
        if row is not None:
            index = self.model.index(row, CODE)
            self.table.setCurrentIndex(index)
            self.table.edit(index)
            self._fresh = command
        return command.line_id

    def _account_closed(self, _editor, hint) -> None:
        """Échap in the account cell of a line just added takes the line back: it stayed as
        « 60 Achats 0,00 » in the budget (and in the CERFA's rubric 60)."""
        fresh, self._fresh = self._fresh, None
        stack = self.session.undo_stack
        if (fresh is not None and hint == QAbstractItemDelegate.EndEditHint.RevertModelCache
                and stack.index() > 0 and stack.command(stack.index() - 1) is fresh):
            stack.undo()

    def delete_selected(self) -> None:
        line_id = self.selected_line()
        year = self.session.year
        if line_id is None or year is None or not self.model.editable:
            return
        try:
            perform(self.session, DeleteBudgetLine(self.session, year.label, line_id))
        except DomainError as exc:
            report(self, exc, self.tr("Suppression refusée."))

    def copy_from_previous(self) -> bool:
        year = self.session.year
        sources = self._previous_years()
        if year is None or not sources:
            return False
        request = CopyBudgetDialog.ask(self, sources, year.label)
        if request is None:
            return False
        if self.model.year_id is not None and self.model.action == ALL and self.model.rows:
            answer = QMessageBox.question(
                self, self.tr("Copier le budget"),
                self.tr("Remplacer {} du budget {} par la copie de {} ? Ctrl+Z "
                        "revient en arrière.").format(
                    locale.count(len(self.model.rows), self.tr("la ligne"),
                                 self.tr("les {} lignes")), year.label, request.from_label))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            perform(self.session, CopyBudget(self.session, year.id, request.from_label,
                                             year.label, request.actuals, request.percent))
        except DomainError as exc:
            report(self, exc, self.tr("Copie du budget impossible."))
            return False
        return True

    def export(self, path: Path) -> Path:
        year = self.session.year
        action = self.action_filter.currentData()
        # The CERFA is per action or for the whole association; lines without action are part
        # of the association's budget.
        report_action = action if action not in (ALL, None) else None
        title = "Budget prévisionnel" + (f" {report_action}" if report_action else "")
        return write([(title, build_budget_report(self.session.book, year.label,
                                                  report_action))], path)
