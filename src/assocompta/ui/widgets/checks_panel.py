"""The checks under a report: one line each, green ✓ when it holds, red ✗ when it fails."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...reports.model import Check
from .. import locale

OK_COLOR = "#1b7f3b"
FAIL_COLOR = "#b00020"


class ChecksPanel(QWidget):
    """A failing check is never hidden: the panel shows every check of the report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Contrôles du rapport"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 2, 4, 2)
        self._layout.setSpacing(2)
        self.labels: list[QLabel] = []

    def set_checks(self, checks: tuple[Check, ...] | list[Check]) -> None:
        for label in self.labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self.labels = []
        for check in checks:
            label = QLabel(locale.amounts_in(check.sentence()))
            label.setStyleSheet(f"color: {OK_COLOR if check.ok else FAIL_COLOR};"
                                + ("" if check.ok else " font-weight: bold;"))
            label.setProperty("ok", check.ok)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._layout.addWidget(label)
            self.labels.append(label)

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels]

    @property
    def ok(self) -> bool:
        return all(label.property("ok") for label in self.labels)
