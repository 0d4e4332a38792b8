"""Budget vs réalisé in the CERFA 12156 layout: prévision, réalisation, écart and % per line,
for the association or one action, with a bar chart by rubric; from here, the compte rendu
financier (CERFA 15059) of the action shown (ui/dialogs/compte_rendu_dialog.py)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...reports.model import Report, RowKind
from ...services import reports as service
from ...services.lookups import read_choices
from .. import locale
from ..models.report_model import ReportModel
from ..session import BookSession
from ..widgets.checks_panel import ChecksPanel
from .base import View
from .report_view import (export_buttons, provisional_label, setup_tree, show_provisional,
                          validated_only_check)

# "60 – Achats", "74 – Subventions d'exploitation": the CERFA rubrics the chart compares.
# The contributions volontaires (86, 87) are left out: a year of volunteers' hours would
# dwarf every other bar.
RUBRIC = re.compile(r"^(6\d|7\d) – ")
BUDGET_COLOR = QColor("#9db4d3")
ACTUAL_COLOR = QColor("#1f4e8c")


def rubrics(report: Report) -> list[tuple[str, str, int, int]]:
    """(code, label, prévision, réalisation) in cents of each rubric with an amount."""
    out = []
    for row in report.rows:
        match = RUBRIC.match(row.label)
        if row.level == 0 and row.kind in (RowKind.LINE, RowKind.SUBTOTAL) and match:
            plan, real = row.values[0].cents, row.values[1].cents
            if plan or real:
                out.append((match.group(1), row.label, plan, real))
    return out


def _wrap(label: str, width: int = 18) -> str:
    """``64 – Charges de personnel`` → ``64`` over ``Charges de`` over ``personnel``."""
    code, name = label.split(" – ", 1)
    lines, line = [], ""
    for word in name.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    if len(lines) > 3:
        lines = lines[:2] + [lines[2].rstrip(",") + "…"]
    return "<br>".join([f"<b>{code}</b>"] + lines)


class SuiviView(View):
    title = "Budget vs réalisé"
    export_formats = (".xlsx", ".pdf", ".csv")

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.report: Report | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.heading.setWordWrap(True)  # its own row: beside the buttons it was cut at 1366 px
        self.action_combo = QComboBox()
        self.action_combo.setAccessibleName(self.tr("Action suivie"))
        self.action_combo.setMinimumContentsLength(24)
        self.action_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Action :")))
        top.addWidget(self.action_combo)
        self.validated_check = validated_only_check(self)
        top.addWidget(self.validated_check)
        top.addStretch(1)
        self.provisional = provisional_label()
        self.compte_rendu_button = QPushButton(self.tr("Compte rendu financier (CERFA 15059)…"))
        self.compte_rendu_button.setToolTip(self.tr(
            "Le compte rendu d'une subvention, pour l'action choisie : bilan qualitatif, "
            "tableau avec charges indirectes et ressources propres, annexe"))
        self.compte_rendu_button.clicked.connect(lambda _=False: self.open_compte_rendu())
        # Beside the title, not among the filters: the export row is full at 1366 px.
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.compte_rendu_button, 0, Qt.AlignmentFlag.AlignTop)
        self.export_buttons = export_buttons(self, top)

        self.model = ReportModel(self)
        self.tree = QTreeView()
        self.tree.setAccessibleName(self.tr("Budget et réalisé par ligne du CERFA"))
        setup_tree(self.tree, self.model)
        self.chart = QChart()
        self.chart.setLocalizeNumbers(True)
        self.chart.setLocale(QLocale(locale.locale_name()))  # the axis: 30 000 € or €30,000
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName(self.tr("Graphique budget et réalisé par rubrique"))
        self.chart_view.setMinimumHeight(240)
        self.budget_set: QBarSet | None = None
        self.actual_set: QBarSet | None = None
        self.categories: list[tuple[str, str, int, int]] = []
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.chart_view)
        # The table is what is read: at 1366×768 it showed only seven lines beside the chart.
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([3000, 2000])
        self.splitter = splitter
        self.checks = ChecksPanel()
        layout = QVBoxLayout(self)
        layout.addLayout(heading_row)
        layout.addLayout(top)
        layout.addWidget(self.provisional)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.checks)
        self._year_id = None

    # -- content -------------------------------------------------------------------------
    def action(self) -> str | None:
        return self.action_combo.currentData()

    def build(self) -> Report:
        return service.build_budget_report(self.session.book, self.session.year.label,
                                           self.action(), suivi=True,
                                           validated_only=self.validated_check.isChecked())

    def refresh(self) -> None:
        year = self.session.year
        if year is None:
            self.model.set_report(None)
            return
        if year.id != self._year_id:
            self._year_id = year.id
            self._fill_actions(year.id)
        self.report = self.build()
        self.heading.setText(f"{self.report.title}\n{self.report.period}")
        show_provisional(self.provisional, self.report)
        self.model.set_report(self.report)
        self.tree.expandAll()
        self.checks.set_checks(self.report.checks)
        self._draw(self.report)

    def _fill_actions(self, year_id: int) -> None:
        current = self.action()
        self.action_combo.blockSignals(True)
        self.action_combo.clear()
        self.action_combo.addItem(self.tr("Toute l'association"), None)
        for code, name in read_choices(self.session.conn, year_id).actions:
            self.action_combo.addItem(f"{code} – {name}", code)
            if code == current:
                self.action_combo.setCurrentIndex(self.action_combo.count() - 1)
        self.action_combo.blockSignals(False)

    def set_action(self, code: str | None) -> None:
        """Follow one action (its code), or the whole association (None)."""
        self.action_combo.setCurrentIndex(max(self.action_combo.findData(code), 0))

    def open_compte_rendu(self):
        """The compte rendu financier's window for the action shown (window-modal, returned
        so that a caller can drive it)."""
        from ..dialogs.compte_rendu_dialog import CompteRenduDialog
        if self.session.year is None:
            return None
        dialog = CompteRenduDialog(self.session, self.action(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- chart ---------------------------------------------------------------------------
    def _draw(self, report: Report) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.categories = rubrics(report)
        self.budget_set = QBarSet(self.tr("Budget"))
        self.actual_set = QBarSet(self.tr("Réalisé"))
        self.budget_set.setColor(BUDGET_COLOR)
        self.actual_set.setColor(ACTUAL_COLOR)
        for _code, _label, plan, real in self.categories:
            self.budget_set.append(plan / 100)
            self.actual_set.append(real / 100)
        series = QBarSeries()
        series.append(self.budget_set)
        series.append(self.actual_set)
        series.hovered.connect(self._hovered)
        self.chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        # The code, then the rubric's name wrapped under it (one line would be elided).
        axis_x.append([_wrap(label) for _c, label, *_ in self.categories])
        axis_x.setTitleText(self.tr("Rubriques du CERFA (60 à 69 : charges ; 70 à 79 : produits)"))
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%.0f\u00a0€" if locale.locale_name().startswith("fr")
                              else "€%.0f")
        top = max([max(p, r) for *_x, p, r in self.categories] or [0]) / 100
        axis_y.setRange(0, top * 1.1 or 1)
        axis_y.applyNiceNumbers()
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self.axis_x = axis_x

    def _hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if not status or not 0 <= index < len(self.categories):
            QToolTip.hideText()
            return
        _code, label, plan, real = self.categories[index]
        QToolTip.showText(QCursor.pos(), self.tr("{}\nBudget : {}\nRéalisé : {}").format(
            label, locale.amount(plan, currency=True), locale.amount(real, currency=True)))

    # -- export --------------------------------------------------------------------------
    def default_export_name(self) -> str:
        return " ".join(filter(None, (super().default_export_name(), self.action())))

    def export(self, path: Path) -> Path:
        """Write the budget vs réalisé shown (association or action) to ``path``."""
        return service.write([(self.title, self.build())], path)
