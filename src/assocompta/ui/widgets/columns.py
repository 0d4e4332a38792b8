"""Table columns that share the table's width sensibly and keep the widths the user sets.

A Stretch column gets only what the others leave: the journal's Libellé got 25 px at
1366×768. Here every column is resizable; until the user resizes one, the text columns
(Libellé first) share the room left by the fixed ones, in proportion. Once the user drags a
column, the widths are theirs, kept per table in the settings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu

from ..settings import Settings


class ColumnWidths(QObject):
    """The column widths of one table, named ``key`` in the settings."""

    def __init__(self, table: QAbstractItemView, key: str, widths: Sequence[int],
                 shares: Mapping[int, int]) -> None:
        super().__init__(table)
        self.table = table
        self.key = key
        self.widths = list(widths)  # the least width of each column; the others keep theirs
        self.shares = dict(shares)  # column -> its part of the room left
        self.header: QHeaderView = table.horizontalHeader() if hasattr(
            table, "horizontalHeader") else table.header()
        self.header.setStretchLastSection(False)
        self.header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fitting = False
        self.user_set = False
        self._save_timer = QTimer(self, singleShot=True, interval=400)
        self._save_timer.timeout.connect(self.save)
        self.header.sectionResized.connect(self._resized)
        self.header.sectionCountChanged.connect(lambda *_: self.apply())
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self._menu)
        table.viewport().installEventFilter(self)
        table.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        """The user's saved widths if they fit this table's columns, else the defaults."""
        saved = Settings().column_widths(self.key)
        count = self.header.count()
        if saved and len(saved) == count:
            self.user_set = True
            self._set(saved)
        else:
            self.user_set = False
            self.fit()

    def fit(self) -> None:
        """The default widths, the room left shared among the text columns."""
        count = self.header.count()
        if count == 0:
            return
        widths = [self.widths[c] if c < len(self.widths) else 100 for c in range(count)]
        shown = [c for c in range(count) if not self.header.isSectionHidden(c)]
        room = self.table.viewport().width() - sum(widths[c] for c in shown)
        parts = {c: s for c, s in self.shares.items() if c in shown}
        if room > 0 and parts:
            total = sum(parts.values())
            for column, share in parts.items():
                widths[column] += room * share // total
        self._set(widths)

    def reset(self) -> None:
        """Back to the default widths (the user's are forgotten)."""
        Settings().set_column_widths(self.key, [])
        self.user_set = False
        self.fit()

    def save(self) -> None:
        self._save_timer.stop()
        if self.user_set:
            settings = Settings()
            settings.set_column_widths(
                self.key, [self.header.sectionSize(c) for c in range(self.header.count())])
            settings.sync()

    def _set(self, widths: Sequence[int]) -> None:
        self._fitting = True
        try:
            for column, width in enumerate(widths):
                self.header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _resized(self, _column: int, _old: int, _new: int) -> None:
        if self._fitting:
            return
        self.user_set = True
        self._save_timer.start()

    def _menu(self, pos) -> None:
        menu = QMenu(self.header)
        action = QAction(self.tr("Largeurs de colonnes par défaut"), menu)
        action.triggered.connect(self.reset)
        action.setEnabled(self.user_set)
        menu.addAction(action)
        menu.popup(self.header.mapToGlobal(pos))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            if not self.user_set:
                self.fit()
        elif event.type() == QEvent.Type.Hide and watched is self.table:
            if self._save_timer.isActive():
                self.save()
        return False


def keep_columns(table: QAbstractItemView, key: str, widths: Sequence[int],
                 shares: Mapping[int, int]) -> ColumnWidths:
    """Give ``table`` sensible default widths and keep the user's, under ``key``."""
    columns = ColumnWidths(table, key, widths, shares)
    table.column_widths = columns  # kept alive with the table, reachable by tests
    return columns
