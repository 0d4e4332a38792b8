"""A report (compte de résultat, bilan, budget vs réalisé) as a tree: rubric → account → entries.

The report model is built once by SQL aggregation; this model only arranges its rows in a
tree and formats them. An account's entries are not in the report: they are fetched when the
account is expanded (``fetchMore``), a bounded number at a time, through a callable given by
the view, so that a book of a million entries never loads them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.money import Money
from ...reports.model import Percent, Report, Row, RowKind
from .. import locale

CENTS_ROLE = Qt.ItemDataRole.UserRole + 2   # an amount cell in cents (None: blank or a %)
KIND_ROLE = Qt.ItemDataRole.UserRole + 3    # "heading", "line"… of the report, or "entry", "more"
CODE_ROLE = Qt.ItemDataRole.UserRole + 4    # the account number of an account row
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1   # the entry id of an entry row (as in the ledger)

ENTRY_LIMIT = 500
NEGATIVE = QColor("#b00020")
TOTAL_BACKGROUND = QColor("#e3ebf5")


@dataclass(frozen=True)
class EntryLine:
    """One line of an account, as shown under it: amount signed like the account's row."""

    entry_id: int
    date: str  # ISO
    number: int
    label: str
    cents: int


#: (account row, limit) → (its first ``limit`` lines in date order, how many there are)
EntryFetcher = Callable[[Row, int], tuple[list[EntryLine], int]]


@dataclass(eq=False)
class _Node:
    parent: _Node | None
    row: Row | None = None          # a report row
    entry: EntryLine | None = None  # or an entry under an account
    more: int = 0                   # or the "… N autres écritures" line
    children: list[_Node] = field(default_factory=list)
    fetched: bool = True            # False: an account whose entries are not loaded yet

    @property
    def kind(self) -> str:
        if self.row is not None:
            return self.row.kind.value
        return "entry" if self.entry is not None else "more"

    def position(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


# Rows that other rows may sit under; totals and results close a section.
_PARENTS = (RowKind.HEADING, RowKind.COLUMNS, RowKind.SUBTOTAL, RowKind.LINE)


def _tree(report: Report, accounts: bool, fetchable: bool) -> _Node:
    """Nest the report's rows by level; rows after a heading sit under it until a total."""
    root = _Node(None)
    stack: list[tuple[int, _Node]] = []
    in_section = False
    for row in report.rows:
        if row.kind is RowKind.DETAIL and row.code and not accounts:
            continue
        if row.kind in (RowKind.HEADING, RowKind.COLUMNS):
            depth, in_section = 0, True
        elif row.kind in (RowKind.TOTAL, RowKind.RESULT) and row.level == 0:
            depth, in_section = 0, False
        else:
            depth = row.level + (1 if in_section else 0)
        while stack and (stack[-1][0] >= depth or stack[-1][1].row.kind not in _PARENTS):
            stack.pop()
        parent = stack[-1][1] if stack else root
        node = _Node(parent, row, fetched=not (fetchable and row.kind is RowKind.DETAIL
                                               and bool(row.code)))
        parent.children.append(node)
        stack.append((depth, node))
    return root


class ReportModel(QAbstractItemModel):
    """Libellé, then the report's amount columns (N, N-1, or prévision, réalisation, écart, %)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self._root = _Node(None)
        self._fetch: EntryFetcher | None = None
        self._accounts = True
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- content -------------------------------------------------------------------------
    def set_report(self, report: Report | None, fetch: EntryFetcher | None = None) -> None:
        """Show ``report``; ``fetch`` (when given) lists an account's entries on expand."""
        self.beginResetModel()
        self.report = report
        self._fetch = fetch
        self._root = _tree(report, self._accounts, fetch is not None) if report else _Node(None)
        self.endResetModel()

    def set_accounts_shown(self, shown: bool) -> None:
        """Show or hide the account rows under each line ("Détail par compte")."""
        if shown != self._accounts:
            self._accounts = shown
            self.set_report(self.report, self._fetch)

    @property
    def accounts_shown(self) -> bool:
        return self._accounts

    def _node(self, index: QModelIndex | QPersistentModelIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def find(self, label: str, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        """The first row (depth first) whose label is ``label``: what tests and users look for."""
        for r in range(self.rowCount(parent)):
            index = self.index(r, 0, parent)
            if index.data() == label:
                return index
            found = self.find(label, index)
            if found.isValid():
                return found
        return QModelIndex()

    # -- structure -----------------------------------------------------------------------
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index=QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = index.internalPointer().parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.position(), 0, up)

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 1 + (len(self.report.columns) if self.report else 2)

    def hasChildren(self, parent=QModelIndex()) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        return bool(node.children) or not node.fetched

    def canFetchMore(self, parent) -> bool:
        return parent.isValid() and not self._node(parent).fetched

    def fetchMore(self, parent) -> None:
        node = self._node(parent)
        if node.fetched or self._fetch is None:
            return
        node.fetched = True
        lines, count = self._fetch(node.row, ENTRY_LIMIT)
        children = [_Node(node, entry=line) for line in lines]
        if count > len(lines):
            children.append(_Node(node, more=count - len(lines)))
        if children:
            self.beginInsertRows(parent, 0, len(children) - 1)
            node.children = children
            self.endInsertRows()

    # -- content of cells ----------------------------------------------------------------
    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Libellé")
            return self.report.columns[section - 1] if self.report else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if section else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _value(self, node: _Node, column: int) -> Money | Percent | None:
        if node.entry is not None:
            return Money(node.entry.cents) if column == 1 else None
        if node.row is None or column < 1 or column > len(node.row.values):
            return None
        return node.row.values[column - 1]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self._label(node)
            if node.row is not None and node.row.kind is RowKind.COLUMNS:
                texts = node.row.texts  # the amount columns' headings from here on
                return texts[column - 1] if column - 1 < len(texts) else ""
            value = self._value(node, column)
            if isinstance(value, Percent):
                return locale.percent(value)
            return locale.amount(value.cents) if value is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            if node.row is not None and node.row.kind in (RowKind.HEADING, RowKind.COLUMNS,
                                                          RowKind.TOTAL, RowKind.RESULT,
                                                          RowKind.SUBTOTAL):
                return self._bold
            if node.more or (node.row is not None and node.row.kind is RowKind.DONT):
                return self._italic
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            # Totals and results stand out from the alternating rows, as on paper.
            if node.row is not None and node.row.kind in (RowKind.TOTAL, RowKind.RESULT,
                                                          RowKind.COLUMNS):
                return QBrush(TOTAL_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            value = self._value(node, column) if column else None
            if isinstance(value, Money) and value.cents < 0:
                return QBrush(NEGATIVE)
            if node.entry is not None or node.more:
                return QBrush(QColor("#555555"))
            return None
        if role == CENTS_ROLE:
            value = self._value(node, column)
            return value.cents if isinstance(value, Money) else None
        if role == KIND_ROLE:
            return node.kind
        if role == CODE_ROLE:
            return node.row.code or None if node.row is not None else None
        if role == ENTRY_ROLE:
            return node.entry.entry_id if node.entry is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            if node.row is not None and node.row.kind is RowKind.DETAIL and node.row.code:
                return self.tr("Double-clic : grand livre de ce compte")
            if node.row is not None and node.row.kind is RowKind.TEXT:
                return node.row.label
            if node.entry is not None:
                return self.tr("Double-clic : modifier l'écriture")
            if node.more:
                return self.tr("Les écritures suivantes sont au grand livre (double-clic sur le "
                               "compte)")
        return None

    @staticmethod
    def _label(node: _Node) -> str:
        if node.row is not None:
            if node.row.kind is RowKind.TEXT:  # one line in the tree; the whole in its tip
                return " ".join(node.row.label.split())
            return node.row.label
        if node.entry is not None:
            e = node.entry
            return QCoreApplication.translate("ReportModel", "{}  n° {}  {}").format(
                locale.date(e.date), e.number, e.label)
        return locale.count(node.more,
                            QCoreApplication.translate("ReportModel", "… {} autre écriture"),
                            QCoreApplication.translate("ReportModel", "… {} autres écritures"))
