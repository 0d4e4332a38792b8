"""The budget grid: one row per budget line of the year (a few dozen), edited cell by cell.

Each accepted edit is one undoable service call; the session then says which lines changed
and :meth:`BudgetModel.apply` refreshes just those rows.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from ...domain.errors import DomainError, ValidationError
from ...domain.money import Money
from ...services.budget_edit import ALL, BudgetChange, BudgetLineRow, budget_line, budget_lines
from .. import locale
from ..budget_commands import SetBudgetCell
from ..commands import perform
from ..session import BookSession

COLUMNS = (QT_TRANSLATE_NOOP("BudgetModel", "Compte"),
           QT_TRANSLATE_NOOP("BudgetModel", "Poste du plan"),
           QT_TRANSLATE_NOOP("BudgetModel", "Libellé"),
           QT_TRANSLATE_NOOP("BudgetModel", "Montant"),
           QT_TRANSLATE_NOOP("BudgetModel", "Action"),
           QT_TRANSLATE_NOOP("BudgetModel", "Financeur"),
           QT_TRANSLATE_NOOP("BudgetModel", "Type de financeur"))
CODE, POSTE, LABEL, AMOUNT, ACTION, FUNDER, CATEGORY = range(7)
#: the service field each editable column changes
FIELD = {CODE: "compte", LABEL: "libellé", AMOUNT: "montant", ACTION: "action",
         FUNDER: "financeur"}
CENTS_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_DIM = QColor("#5f6368")

Index = QModelIndex | QPersistentModelIndex


class BudgetModel(QAbstractTableModel):
    """Lines of one year, all or one action's. ``refused`` carries the message of an edit
    the book did not accept (nothing was written)."""

    refused = Signal(str)

    def __init__(self, session: BookSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[BudgetLineRow] = []
        self.year_id: int | None = None
        self.action: str | None = ALL
        self.editable = True

    # -- loading -------------------------------------------------------------------------
    def load(self, year_id: int | None, action: str | None = ALL) -> None:
        self.beginResetModel()
        self.year_id, self.action = year_id, action
        self.rows = budget_lines(self.session.book, year_id, action) if year_id else []
        self.endResetModel()

    def reload(self) -> None:
        self.load(self.year_id, self.action)

    def _shown(self, row: BudgetLineRow) -> bool:
        return self.action == ALL or row.values.action == self.action

    def apply(self, change: BudgetChange) -> None:
        """Refresh the rows a service call changed: one dataChanged per row, inserts and
        removals as ranges of one."""
        if change.year_id != self.year_id:
            return
        for line_id in change.removed:
            self._remove(line_id)
        for line_id in change.changed:
            row = budget_line(self.session.book, line_id)
            at = self.row_of(line_id)
            if row is None or not self._shown(row):
                self._remove(line_id)
            elif at is None:
                self._insert(row)
            else:
                self.rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))
        for line_id in change.added:
            row = budget_line(self.session.book, line_id)
            if row is not None and self._shown(row) and self.row_of(line_id) is None:
                self._insert(row)

    def _remove(self, line_id: int) -> None:
        at = self.row_of(line_id)
        if at is not None:
            self.beginRemoveRows(QModelIndex(), at, at)
            del self.rows[at]
            self.endRemoveRows()

    def _insert(self, row: BudgetLineRow) -> None:
        # Keep account order, as a reload would show it.
        at = next((i for i, r in enumerate(self.rows) if r.values.code > row.values.code),
                  len(self.rows))
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.insert(at, row)
        self.endInsertRows()

    def row_of(self, line_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == line_id), None)

    def amounts(self) -> list[tuple[str, Money]]:
        return [(r.values.code, r.values.amount) for r in self.rows]

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(COLUMNS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section == AMOUNT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        v = row.values
        if role == Qt.ItemDataRole.DisplayRole:
            return (v.code, row.account_label, v.label, locale.amount(v.amount.cents),
                    v.action or "", row.funder_name or "",
                    row.funder_category.label if row.funder_category else "")[col]
        if role == Qt.ItemDataRole.EditRole:
            return (v.code, row.account_label, v.label, locale.amount(v.amount.cents),
                    v.action or "", v.funder or "",
                    row.funder_category.value if row.funder_category else "")[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col in (POSTE, CATEGORY):
            return _DIM
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (CODE, POSTE):
                return f"{v.code} {row.account_label}"
            if col == CATEGORY:
                return self.tr("Le type de financeur se règle sur le tiers, dans Tiers et actions")
            return None
        if role == CENTS_ROLE and col == AMOUNT:
            return v.amount.cents
        if role == ID_ROLE:
            return row.id
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """One cell typed: parsed, then one undoable service call; a refusal changes nothing
        and is told through :attr:`refused`."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or \
                index.column() not in FIELD:
            return False
        row, col = self.rows[index.row()], index.column()
        field = FIELD[col]
        before = {CODE: row.values.code, LABEL: row.values.label, AMOUNT: row.values.amount,
                  ACTION: row.values.action, FUNDER: row.values.funder}[col]
        try:
            after = self._parse(col, value)
            if after == before:
                return False
            perform(self.session, SetBudgetCell(self.session, row.id, field, before, after))
        except DomainError as exc:
            self.refused.emit(str(exc) if isinstance(exc, ValidationError)
                              else self.tr("champ {} : {}").format(field, exc))
            return False
        self.refused.emit("")
        return True

    @staticmethod
    def _parse(col: int, value) -> object:
        text = "" if value is None else str(value).strip()
        if col == AMOUNT:
            if not text:
                raise ValidationError("montant vide : tapez un montant, 0 si besoin",
                                      field="montant")
            try:
                return Money.parse(text)
            except ValidationError as exc:
                raise exc.located(field="montant") from None
        if col in (ACTION, FUNDER):
            return text or None
        return text
