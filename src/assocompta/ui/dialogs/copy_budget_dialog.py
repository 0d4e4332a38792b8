"""Copier depuis l'année précédente: which year, its budget or its réalisé, and by how much."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.budget import parse_percent
from ...domain.errors import ValidationError


@dataclass(frozen=True)
class CopyRequest:
    from_label: str
    actuals: bool
    percent: Decimal


class CopyBudgetDialog(QDialog):
    """Asks for a :class:`CopyRequest`; :meth:`ask` is what the view calls (and tests patch)."""

    def __init__(self, sources: list[str], target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copier le budget {}").format(target))
        self.source = QComboBox()
        self.source.addItems(sources)
        self.source.setCurrentIndex(len(sources) - 1)
        self.source.setAccessibleName(self.tr("Exercice copié"))
        self.budget_radio = QRadioButton(self.tr("son &budget"))
        self.actuals_radio = QRadioButton(self.tr("son &réalisé (les comptes de l'exercice)"))
        self.budget_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.budget_radio)
        group.addButton(self.actuals_radio)
        what = QVBoxLayout()
        what.addWidget(self.budget_radio)
        what.addWidget(self.actuals_radio)
        self.percent = QLineEdit("0")
        self.percent.setAccessibleName(self.tr("Variation en pourcentage"))
        self.percent.setMaximumWidth(80)
        percent_row = QHBoxLayout()
        percent_row.addWidget(self.percent)
        percent_row.addWidget(QLabel(self.tr("%  (ex. 3 pour +3 %, -10 pour −10 %)")))
        percent_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Copier l'exercice"), self.source)
        form.addRow(self.tr("en reprenant"), what)
        # A label made for a layout has no buddy: the « & » would show and Alt+V do nothing.
        variation = QLabel(self.tr("&Variation"))
        variation.setBuddy(self.percent)
        form.addRow(variation, percent_row)
        warning = QLabel(self.tr("Le budget {} actuel est remplacé en entier "
                                 "(Ctrl+Z pour revenir en arrière).").format(target))
        warning.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Copier"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.request: CopyRequest | None = None

    def _accept(self) -> None:
        try:
            percent = parse_percent(self.percent.text())
        except ValidationError as exc:
            self.error.setText(self.tr("Variation : {}").format(exc.message))
            self.percent.setFocus()
            return
        self.request = CopyRequest(self.source.currentText(), self.actuals_radio.isChecked(),
                                   percent)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, sources: list[str], target: str) -> CopyRequest | None:
        dialog = cls(sources, target, parent)
        return dialog.request if dialog.exec() == QDialog.DialogCode.Accepted else None
