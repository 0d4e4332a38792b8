"""Compte de résultat and bilan: the report as a tree (rubric → account → entries), N and N-1,
its checks underneath, drill-down to the grand livre or the entry, export to XLSX, PDF or CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...reports.model import Check, Report, Row
from ...services import reports as service
from ..dialogs.entry_dialog import EntryDialog
from ..errors import report as report_error
from ..models.report_model import CODE_ROLE, ENTRY_ROLE, KIND_ROLE, EntryLine, ReportModel
from ..session import BookSession
from ..widgets.checks_panel import ChecksPanel
from .base import View

AMOUNT_WIDTH = 130
FILTERS = {".xlsx": QT_TRANSLATE_NOOP("ReportView", "Classeur Excel (*.xlsx)"),
           ".pdf": QT_TRANSLATE_NOOP("ReportView", "PDF (*.pdf)"),
           ".csv": QT_TRANSLATE_NOOP("ReportView", "CSV pour tableur (*.csv)")}


def setup_tree(tree: QTreeView, model: ReportModel) -> None:
    """Label column takes the room left; amount columns keep one width (never sized to
    contents, which would measure every row)."""
    tree.setModel(model)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = tree.header()
    header.setStretchLastSection(False)
    # A little air between rows: the statement is read, not scanned like the ledger.
    tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
    model.modelReset.connect(lambda: size_columns(tree))


def size_columns(tree: QTreeView) -> None:
    header = tree.header()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, tree.model().columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, AMOUNT_WIDTH)


def export_buttons(view: View, layout: QHBoxLayout) -> dict[str, QPushButton]:
    """One button per format; each asks where to write and calls ``view.export``."""
    buttons = {}
    for ext in view.export_formats:
        button = QPushButton(QCoreApplication.translate("ReportView", "Exporter {}…")
                             .format(ext[1:].upper()))
        button.setToolTip(QCoreApplication.translate(
            "ReportView", "Enregistrer le rapport affiché en {}").format(ext[1:].upper()))
        button.clicked.connect(lambda _=False, e=ext: ask_export(view, e))
        layout.addWidget(button)
        buttons[ext] = button
    return buttons


def validated_only_check(view: View) -> QCheckBox:
    """« Écritures validées seulement »: the view's report (and its export) leaves the drafts
    out, as ``--validated-only`` does; toggling it rebuilds the report."""
    check = QCheckBox(QCoreApplication.translate("ReportView", "Écritures validées seulement"))
    check.setObjectName("validated_only_check")
    check.setToolTip(QCoreApplication.translate(
        "ReportView", "Laisser de côté les brouillards (écritures pas encore validées). Sans "
                      "cette case, un rapport qui en inclut est marqué « Document provisoire »."))
    check.toggled.connect(lambda _on: view.refresh())
    return check


def provisional_label() -> QLabel:
    """Under the heading: « Document provisoire : … » in red when the figures include drafts,
    or, validated entries only, how many drafts are left out; hidden otherwise."""
    label = QLabel()
    label.setObjectName("provisional_label")
    label.setWordWrap(True)
    label.hide()
    return label


def show_provisional(label: QLabel, report: Report | None) -> None:
    """The report's provisional mark (services' French, as the report itself) or its note on
    the drafts it leaves out."""
    left_out = next((n for n in report.notes if "brouillard" in n), "") if report else ""
    if report is not None and report.provisional:
        label.setText(report.provisional)
        label.setStyleSheet("color: #B00020; font-weight: bold;")
    elif left_out:
        label.setText(left_out)
        label.setStyleSheet("color: palette(mid);")
    label.setVisible(bool(report is not None and (report.provisional or left_out)))


def ask_export(view: View, ext: str) -> Path | None:
    default = Path.home() / (view.default_export_name() + ext)
    title = QCoreApplication.translate("ReportView", "Exporter en {}").format(ext[1:].upper())
    kinds = QCoreApplication.translate("ReportView", FILTERS[ext])
    name, _filter = QFileDialog.getSaveFileName(view, title, str(default), kinds)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ext:
        path = path.with_suffix(ext)
    try:
        written = view.export(path)
    except (DomainError, OSError) as exc:
        report_error(view, exc,
                     QCoreApplication.translate("ReportView", "Export impossible."))
        return None
    view.session.message.emit(QCoreApplication.translate("ReportView", "Exporté : {}")
                             .format(written))
    return written


class ReportView(View):
    """A statement of the year beside the previous one. Subclasses name the report kind."""

    kind = ""
    export_formats = (".xlsx", ".pdf", ".csv")

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.report: Report | None = None
        self.model = ReportModel(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        # « Bilan provisoire au 31/12/2025 – exercice non clos — Exercice … » is longer than
        # 1366 px allow.
        self.heading.setWordWrap(True)
        self.detail_check = QCheckBox(self.tr("Détail par compte"))
        self.detail_check.setChecked(True)
        self.detail_check.setToolTip(self.tr("Montrer les comptes sous chaque ligne ; déplier un "
                                             "compte montre ses écritures"))
        self.detail_check.toggled.connect(self._detail_toggled)
        self.validated_check = validated_only_check(self)
        self.provisional = provisional_label()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.validated_check)
        top.addWidget(self.detail_check)
        self.export_buttons = export_buttons(self, top)
        self.tree = QTreeView()
        # The titles are those of the navigation list, translated there.
        self.tree.setAccessibleName(QCoreApplication.translate("MainWindow", self.title))
        setup_tree(self.tree, self.model)
        # Double-click opens the grand livre or the entry; the arrows still fold rubrics.
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.doubleClicked.connect(self._drill_down)
        self.checks = ChecksPanel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.provisional)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.checks)

    # -- content -------------------------------------------------------------------------
    def build(self, detail: bool = True) -> Report:
        return service.build(self.session.book, self.kind, self.session.year.label,
                             detail=detail, validated_only=self.validated_check.isChecked())

    def refresh(self) -> None:
        if self.session.year is None:
            self.model.set_report(None)
            show_provisional(self.provisional, None)
            return
        kept = self._expanded() if self.report is not None else None
        self.report = self.build()
        self.heading.setText(f"{self.report.title} — {self.report.period}")
        show_provisional(self.provisional, self.report)
        self.model.set_report(self.report, self._entries)
        self.checks.set_checks(self.report.checks)
        self._expand(QModelIndex(), kept)

    def _entries(self, row: Row, limit: int) -> tuple[list[EntryLine], int]:
        """An account's lines of the year, signed as its row shows them (a produit's crédit
        is positive under a produit line; an overdrawn bank is positive under the debts)."""
        lines, count, balance = service.account_lines(
            self.session.book, self.session.year.label, row.code, limit,
            validated_only=self.validated_check.isChecked())
        # Its first amount: on the bilan a passif account has none in the actif's Brut.
        shown = next((v.cents for v in row.values if v is not None), 0)
        if shown:
            sign = 1 if balance == shown else -1
        else:  # nothing left on the account this year: its natural side decides
            sign = -1 if row.code[0] in "17" else 1
        return [EntryLine(entry_id, date, number, label, sign * (debit - credit))
                for entry_id, date, number, label, debit, credit in lines], count

    # -- folding: rubrics open, accounts closed, and what the user opened stays open -----
    def _expanded(self, parent: QModelIndex = QModelIndex(), path: tuple = ()) -> set[tuple]:
        found = set()
        for r in range(self.model.rowCount(parent)):
            index = self.model.index(r, 0, parent)
            key = path + (index.data(),)
            if self.tree.isExpanded(index):
                found.add(key)
                found |= self._expanded(index, key)
        return found

    def _expand(self, parent: QModelIndex, kept: set[tuple] | None, path: tuple = ()) -> None:
        for r in range(self.model.rowCount(parent)):
            index = self.model.index(r, 0, parent)
            key = path + (index.data(),)
            is_account = index.data(KIND_ROLE) == "detail" and index.data(CODE_ROLE)
            wanted = key in kept if kept is not None else not is_account
            if wanted and self.model.hasChildren(index):
                if self.model.canFetchMore(index):
                    self.model.fetchMore(index)
                self.tree.expand(index)
                self._expand(index, kept, key)

    def _detail_toggled(self, shown: bool) -> None:
        kept = self._expanded()
        self.model.set_accounts_shown(shown)
        self._expand(QModelIndex(), kept | {k for k in self._default_keys()})

    def _default_keys(self) -> set[tuple]:
        """Every line that holds accounts opens when the detail is switched on."""
        keys: set[tuple] = set()

        def walk(parent: QModelIndex, path: tuple) -> None:
            for r in range(self.model.rowCount(parent)):
                index = self.model.index(r, 0, parent)
                if index.data(KIND_ROLE) == "detail" and index.data(CODE_ROLE):
                    continue
                key = path + (index.data(),)
                keys.add(key)
                walk(index, key)
        walk(QModelIndex(), ())
        return keys

    # -- drill-down ----------------------------------------------------------------------
    def _drill_down(self, index: QModelIndex) -> None:
        index = index.siblingAtColumn(0)
        code = index.data(CODE_ROLE)
        entry_id = index.data(ENTRY_ROLE)
        if entry_id is not None:
            self.edit_entry(entry_id)
        elif code and index.data(KIND_ROLE) == "detail":
            self.show_account(code)
        elif self.model.hasChildren(index):
            self.tree.setExpanded(index, not self.tree.isExpanded(index))

    def show_account(self, code: str) -> None:
        """The grand livre of ``code``, in the main window around this view."""
        window = self.window()
        if not hasattr(window, "show_view"):
            return
        window.show_view("grand-livre").show_account(code)

    def edit_entry(self, entry_id: int) -> EntryDialog | None:
        return EntryDialog.edit(self, self.session, entry_id)

    # -- export --------------------------------------------------------------------------
    def export(self, path: Path) -> Path:
        """Write the report as shown (with or without the accounts) to ``path``."""
        report = self.build(detail=self.detail_check.isChecked())
        return service.write([(self.title, report)], path)


class ResultatView(ReportView):
    title = "Compte de résultat"
    kind = "resultat"


class BilanView(ReportView):
    title = "Bilan"
    kind = "bilan"


class InventaireView(ReportView):
    """The livre d'inventaire: items at the year's end, section by section, each section's
    total checked against the bilan underneath. An item has no accounts under it to show;
    a double-click opens its account in the grand livre."""

    title = "Livre d'inventaire"
    kind = "inventaire"

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.detail_check.hide()  # every item is already a line of its own

    def refresh(self) -> None:
        super().refresh()
        report = self.report
        if self.session.year is None or report is None or not report.ok or len(
                report.checks) < 2:
            return
        # Ten green lines would take half the window at 1366×768: one says they all hold,
        # its tooltip lists them (a failing check is shown as it is, with the others).
        self.checks.set_checks([Check("", True, self.tr(
            "Chaque section concorde avec le bilan ({} sections)").format(
                len(report.checks)))])
        self.checks.labels[0].setToolTip("\n".join(c.sentence() for c in report.checks))

    def _drill_down(self, index: QModelIndex) -> None:
        code = index.siblingAtColumn(0).data(CODE_ROLE)
        if code:
            self.show_account(code)
        else:
            super()._drill_down(index)
