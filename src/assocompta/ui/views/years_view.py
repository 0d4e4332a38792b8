"""Exercices: the book's fiscal years, and adding the next one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.accounts import chart_for_start
from ...domain.errors import DomainError
from ...services.years import YearRow, next_span, year_rows
from .. import locale
from ..commands import perform
from ..dialogs.text_fields_dialog import TextFieldsDialog
from ..errors import report, show_error
from ..models.rows_model import Row, RowsModel
from ..session import BookSession
from ..year_commands import AddYear
from ..widgets.columns import keep_columns
from .base import View
from .ledger_view import setup_table

CHARTS = {"pca2018": QT_TRANSLATE_NOOP("YearsView", "ANC 2018-06"),
          "pca2025": QT_TRANSLATE_NOOP("YearsView", "ANC 2018-06 modifié (2025)")}
HEADERS = (QT_TRANSLATE_NOOP("YearsView", "Exercice"), QT_TRANSLATE_NOOP("YearsView", "Début"),
           QT_TRANSLATE_NOOP("YearsView", "Fin"), QT_TRANSLATE_NOOP("YearsView", "Plan comptable"),
           QT_TRANSLATE_NOOP("YearsView", "État"), QT_TRANSLATE_NOOP("YearsView", "Écritures"))
WIDTHS = (130, 110, 110, 220, 90, 100)
CLOSING_HELP = QT_TRANSLATE_NOOP(
    "YearsView", "Clôture guidée : vérifications, à-nouveaux de l'exercice suivant, puis "
    "verrouillage définitif de l'exercice choisi.")


class YearsView(View):
    title = "Exercices"

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = RowsModel(tuple(self.tr(h) for h in HEADERS), right=(5,),
                               parent=self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Exercices du livre"))
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        keep_columns(self.table, "exercices", WIDTHS, {3: 1})
        self.add_button = QPushButton(self.tr("A&jouter un exercice…"))
        self.add_button.clicked.connect(lambda: self.add_year())
        self.close_button = QPushButton(self.tr("&Clôturer l'exercice…"))
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(lambda: self.close_year())
        self.allocate_button = QPushButton(self.tr("Affecter le résul&tat…"))
        self.allocate_button.setEnabled(False)
        self.allocate_button.clicked.connect(lambda: self.allocate())
        self.opening_button = QPushButton(self.tr("Saisir les soldes d'&ouverture…"))
        self.opening_button.setEnabled(False)
        self.opening_button.clicked.connect(lambda: self.enter_opening())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        note = QLabel(self.tr("Le plan comptable d'un exercice suit sa date de début : le plan "
                              "modifié de 2025 s'applique aux exercices ouverts à partir du "
                              "1er janvier 2025."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.opening_button)
        buttons.addStretch(1)
        buttons.addWidget(self.allocate_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.rows: list[YearRow] = []
        self.writable_changed(session.writable)

    def refresh(self) -> None:
        self.rows = year_rows(self.session.book)
        current = self.session.year.label if self.session.year else None
        self.model.set_rows([
            Row(r.label, (r.label, locale.date(r.start), locale.date(r.end),
                          self.tr(CHARTS[r.chart]) if r.chart in CHARTS else r.chart,
                          self.tr("clos") if r.closed else self.tr("ouvert"),
                          locale.integer(r.entries)),
                bold=r.label == current,
                tooltip=self.tr("Exercice affiché") if r.label == current else "")
            for r in self.rows])
        if current is not None and self.model.row_of(current) is not None:
            self.table.selectRow(self.model.row_of(current))
        self._update_buttons()

    def writable_changed(self, writable: bool) -> None:
        self.add_button.setEnabled(writable)
        self.add_button.setToolTip("" if writable else self.session.read_only_reason or
                                   self.tr("Vérification du livre en cours…"))
        self._update_buttons()

    # -- closing ---------------------------------------------------------------------------
    def selected_year(self) -> YearRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _update_buttons(self) -> None:
        year = self.selected_year()
        writable = self.session.writable
        self.close_button.setEnabled(writable and year is not None and not year.closed)
        self.close_button.setToolTip(
            self.tr(CLOSING_HELP) if year is None or not year.closed else
            self.tr("L'exercice {} est clos : une clôture est définitive.").format(year.label))
        allocate = False
        if writable and year is not None and year.closed:
            from ...services.closing import allocation_proposal
            proposal = allocation_proposal(self.session.book, year.label)
            allocate = bool(proposal.result) and not proposal.recorded and bool(
                proposal.next_year)
        self.allocate_button.setEnabled(allocate)
        self._update_opening_button(year, writable)

    # -- opening balances --------------------------------------------------------------------
    def _update_opening_button(self, year: YearRow | None, writable: bool) -> None:
        """Offered on the first year, open, with no à-nouveaux yet; the tooltip says why not."""
        from ...services.opening import opening_refusal
        why = None
        if year is not None:
            with self.session.book.session() as s:
                why = opening_refusal(self.session.book.raw_connection(s), year.id)
        self.opening_button.setEnabled(writable and year is not None and why is None)
        self.opening_button.setToolTip(
            why[:1].upper() + why[1:] + "." if why else
            self.tr("Les soldes des comptes bancaires et de la caisse au premier jour de "
                    "l'exercice (et le bilan précédent) : une écriture d'à-nouveaux."))

    def enter_opening(self, label: str | None = None):
        """The opening balances wizard on the selected year."""
        from ..dialogs.opening_wizard import OpeningWizard
        year = self.selected_year() if label is None else next(
            (r for r in self.rows if r.label == label), None)
        if year is None:
            return None
        wizard = OpeningWizard(self.session, year.id, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda *_: self.refresh())
        wizard.show()
        return wizard

    def close_year(self, label: str | None = None):
        """Open the guided closing of ``label`` (default: the selected year)."""
        from ..dialogs.closing_wizard import ClosingWizard
        from ..main_window import available_views
        if label is None:
            year = self.selected_year()
            if year is None:
                return None
            label = year.label
        window = self.window()
        show_view = getattr(window, "show_view", None)
        wizard = ClosingWizard(self.session, label, views=tuple(v[0] for v in available_views()),
                               show_view=show_view, parent=self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda *_: self._update_buttons())
        wizard.show()
        return wizard

    def allocate(self, label: str | None = None):
        """The AGM's decision on the selected closed year's result."""
        from ..dialogs.allocation_dialog import AllocationDialog
        if label is None:
            year = self.selected_year()
            if year is None:
                return None
            label = year.label
        dialog = AllocationDialog(self.session, label, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: self._update_buttons())
        dialog.show()
        return dialog

    def add_year(self, start: dt.date | None = None, end: dt.date | None = None) -> str | None:
        """Add a year (asking for its dates unless given); warnings are shown, then the
        window's year selector lists it."""
        if start is None:
            proposed_start, proposed_end = next_span(self.rows or year_rows(self.session.book))
            answer = TextFieldsDialog.ask(
                self, self.tr("Ajouter un exercice"),
                [(self.tr("&Début"), locale.date(proposed_start), True),
                 (self.tr("&Fin"), locale.date(proposed_end), True)],
                self.tr("Dates au format jj/mm/aaaa. Par défaut : le lendemain de la fin du "
                        "dernier exercice, pour un an. Le plan comptable suit la date de "
                        "début."))
            if answer is None:
                return None
            try:
                field = self.tr("Début")
                start = locale.parse_date(answer[0], proposed_start.year)
                field = self.tr("Fin")
                end = locale.parse_date(answer[1], proposed_end.year)
            except ValueError as exc:
                show_error(self, self.tr("Exercice refusé."),
                           self.tr("{} : {}.").format(field, exc))
                return None
        command = AddYear(self.session, start, end)
        try:
            perform(self.session, command)  # undoable: Ctrl+Z removes it while still empty
        except DomainError as exc:
            report(self, exc, self.tr("Exercice refusé."))
            return None
        label, warnings = command.label, command.warnings
        if warnings:
            QMessageBox.information(self, self.tr("Exercice ajouté"),
                                    self.tr("L'exercice {} est ajouté. À vérifier :")
                                    .format(label) + "\n– " + "\n– ".join(warnings))
        self.session.refresh_years()
        self.activate()
        at = self.model.row_of(label)
        if at is not None:
            self.table.selectRow(at)
        self.session.message.emit(self.tr("Exercice {} ajouté, plan comptable : {}").format(
            label, self.tr(CHARTS[chart_for_start(start).code])))
        return label
