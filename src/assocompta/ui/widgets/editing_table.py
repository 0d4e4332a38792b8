"""A table typed into cell after cell: Tab and Shift+Tab go to the next editable cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

_Move = QAbstractItemView.CursorAction


class EditingTable(QTableView):
    """Tab passes over read-only columns (an account's label from the chart): Qt's own Tab
    stops there, and what the user types next goes nowhere or to the wrong cell."""

    def moveCursor(self, action: _Move, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if action not in (_Move.MoveNext, _Move.MovePrevious):
            return super().moveCursor(action, modifiers)
        found = self._next_editable(1 if action == _Move.MoveNext else -1)
        return found if found is not None else super().moveCursor(action, modifiers)

    def _next_editable(self, step: int) -> QModelIndex | None:
        """The next editable cell in reading order (as shown: columns may be moved), or None
        when there is none (nothing editable: a closed year)."""
        model, header = self.model(), self.horizontalHeader()
        current = self.currentIndex()
        if model is None or not current.isValid():
            return None
        rows, columns = model.rowCount(), model.columnCount()
        at = current.row() * columns + header.visualIndex(current.column())
        for _ in range(rows * columns):
            at += step
            if not 0 <= at < rows * columns:
                return None
            row, column = divmod(at, columns)
            logical = header.logicalIndex(column)
            if self.isRowHidden(row) or self.isColumnHidden(logical):
                continue
            index = model.index(row, logical)
            if index.flags() & Qt.ItemFlag.ItemIsEditable:
                return index
        return None
