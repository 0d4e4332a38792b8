"""The window shown when no book is open: recent books, new association, open, the example."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import location
from .settings import Settings


class WelcomeWindow(QWidget):
    open_requested = Signal(object)  # a Path, or a PostgreSQL URL

    def __init__(self, settings: Settings, actions: dict[str, QAction],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("AssoCompta"))
        title = QLabel(self.tr("AssoCompta"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("La comptabilité et les budgets de votre association, sur "
                                  "votre ordinateur."))
        subtitle.setWordWrap(True)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Livres récents"))
        self.recent.itemActivated.connect(self._activated)
        self.empty = QLabel(self.tr("Aucun livre ouvert récemment."))
        buttons = QVBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("new", self.tr("Nouvelle association…")),
                          ("open", self.tr("Ouvrir un livre…")),
                          ("open_shared", self.tr("Ouvrir une base partagée…")),
                          ("demo", self.tr("Ouvrir l'exemple"))):
            if key not in actions:
                continue
            button = QPushButton(text)
            button.setMinimumHeight(36)
            button.clicked.connect(actions[key].trigger)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Livres récents</b>")))
        left.addWidget(self.recent, 100)
        left.addWidget(self.empty)
        left.addStretch(1)  # no recent book: the heading and its note stay together on top
        body.addLayout(left, 2)
        body.addLayout(buttons, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(12)
        layout.addLayout(body, 1)
        self.resize(760, 460)
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        for target in self.settings.recent_books():
            if location.is_shared(target):
                # The server is not asked here: the list must show at once, even offline.
                item = QListWidgetItem(self.tr("{} (base partagée)").format(
                    location.short_name(target)) + f"\n{location.shown(target)}")
                item.setData(Qt.ItemDataRole.UserRole, target)
                item.setToolTip(location.shown(target))
                self.recent.addItem(item)
                continue
            path = Path(target)
            item = QListWidgetItem(f"{path.stem}\n{path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            if not path.exists():
                item.setText(self.tr("{} (introuvable)").format(path.stem) + f"\n{path.parent}")
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent.addItem(item)
        self.empty.setVisible(self.recent.count() == 0)
        self.recent.setVisible(self.recent.count() > 0)
        if self.recent.count():
            self.recent.setCurrentRow(0)

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(location.as_target(item.data(Qt.ItemDataRole.UserRole)))
