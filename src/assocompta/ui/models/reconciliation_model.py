"""The lines a bank statement may tick, with a check box each (a few hundred rows, prebuilt)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ...domain.reconciliation import BankLine
from .. import locale

LINE_ROLE = Qt.ItemDataRole.UserRole + 1   # the entry_line id of a row
CENTS_ROLE = Qt.ItemDataRole.UserRole + 2  # the line's amount (débit − crédit), in cents
HEADERS = (QT_TRANSLATE_NOOP("ReconciliationModel", "Pointée"),
           QT_TRANSLATE_NOOP("ReconciliationModel", "Date"),
           QT_TRANSLATE_NOOP("ReconciliationModel", "Journal"),
           QT_TRANSLATE_NOOP("ReconciliationModel", "N°"),
           QT_TRANSLATE_NOOP("ReconciliationModel", "Pièce"),
           QT_TRANSLATE_NOOP("ReconciliationModel", "Libellé"),
           QT_TRANSLATE_NOOP("ReconciliationModel", "Encaissement"),
           QT_TRANSLATE_NOOP("ReconciliationModel", "Décaissement"))
_RIGHT = {3, 6, 7}

Index = QModelIndex | QPersistentModelIndex


class ReconciliationModel(QAbstractTableModel):
    """Rows are :class:`BankLine`; checking a box asks (``toggled``), the view ticks through
    the service and then calls :meth:`set_ticked`."""

    toggled = Signal(int, bool)  # line id, wanted state

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[BankLine] = []
        self._texts: list[tuple[str, ...]] = []
        self._ticked: list[bool] = []
        self.editable = True

    def set_lines(self, lines: list[BankLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self._ticked = [ln.ticked for ln in lines]
        self._texts = [("", locale.date(ln.date), ln.journal, f"{ln.number} ({ln.year})",
                        ln.piece, ln.label,
                        locale.amount(max(ln.amount.cents, 0), blank_zero=True),
                        locale.amount(max(-ln.amount.cents, 0), blank_zero=True))
                       for ln in lines]
        self.endResetModel()

    def set_ticked(self, line_ids: list[int], ticked: bool) -> None:
        """The service ticked (or unticked) these lines: show it, one range per row."""
        wanted = set(line_ids)
        for row, ln in enumerate(self.lines):
            if ln.line_id in wanted and self._ticked[row] != ticked:
                self._ticked[row] = ticked
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def is_ticked(self, row: int) -> bool:
        return self._ticked[row]

    def row_of(self, label: str) -> int | None:
        """The first row whose libellé is ``label`` (tests and screenshots)."""
        return next((i for i, ln in enumerate(self.lines) if ln.label == label), None)

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.editable:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][col]
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return (Qt.CheckState.Checked if self._ticked[row]
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == LINE_ROLE:
            return self.lines[row].line_id
        if role == CENTS_ROLE:
            return self.lines[row].amount.cents
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.CheckStateRole or not index.isValid()
                or index.column() != 0 or not self.editable):
            return False
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked
        if wanted != self._ticked[index.row()]:
            self.toggled.emit(self.lines[index.row()].line_id, wanted)
        return True
