"""A read-only table of a few hundred prebuilt rows (chart, tiers, actions, years).

Rows are formatted once when loaded (novelWriter's "rows prebuilt per role"); ``data()`` only
indexes them. Each row has a key (account code, tiers code, year label…) the views act on.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
_DIM = QColor("#80868b")

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Row:
    key: object
    texts: tuple[str, ...]
    tooltip: str = ""
    bold: bool = False
    dim: bool = False


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: tuple[str, ...], right: tuple[int, ...] = (),
                 parent=None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.right = set(right)
        self.rows: list[Row] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, key: object) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.key == key), None)

    def key(self, row: int) -> object:
        return self.rows[row].key if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("Headings", self.headers[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section in self.right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (row.bold or row.dim):
            return self._bold if row.bold else self._italic
        if role == Qt.ItemDataRole.ForegroundRole and row.dim:
            return _DIM
        if role == Qt.ItemDataRole.ToolTipRole and row.tooltip:
            return row.tooltip
        if role == KEY_ROLE:
            return row.key
        return None
