"""Reçus fiscaux, per calendar year: the donors and their gifts (what each gift is, what
stops its receipt), issuing the missing receipts (Cerfa 11580 or 16216, one PDF for the
batch), and the receipts issued (receipts_issued.py: cancel, replace, reprint, declaration)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...domain.fixes import for_app
from ...domain.receipts import NATURES
from ...reports.receipt_pdf import write_receipts
from ...services import receipt_issue, receipts
from .. import locale
from ..errors import report
from ..models.rows_model import Row, RowsModel
from ..session import BookSession
from ..tasks import run_task
from ..widgets.columns import keep_columns
from .base import View
from .ledger_view import setup_table
from .receipts_issued import IssuedReceipts

HEADERS = (QT_TRANSLATE_NOOP("ReceiptsView", "Donateur"),
           QT_TRANSLATE_NOOP("ReceiptsView", "Adresse"),
           QT_TRANSLATE_NOOP("ReceiptsView", "Dons"),
           QT_TRANSLATE_NOOP("ReceiptsView", "Total"),
           QT_TRANSLATE_NOOP("ReceiptsView", "Reçu(s)"),
           QT_TRANSLATE_NOOP("ReceiptsView", "Modèle"))
WIDTHS = (200, 220, 60, 110, 200, 90)
GIFT_HEADERS = (QT_TRANSLATE_NOOP("ReceiptsView", "Date"),
                QT_TRANSLATE_NOOP("ReceiptsView", "Écriture"),
                QT_TRANSLATE_NOOP("ReceiptsView", "Compte"),
                QT_TRANSLATE_NOOP("ReceiptsView", "Montant"),
                QT_TRANSLATE_NOOP("ReceiptsView", "Nature"),
                QT_TRANSLATE_NOOP("ReceiptsView", "Reçu"),
                QT_TRANSLATE_NOOP("ReceiptsView", "À faire"))
GIFT_WIDTHS = (90, 70, 70, 100, 160, 90, 360)
METHOD_CHOICES = ((QT_TRANSLATE_NOOP("ReceiptsView", "Lu dans l'écriture (caisse 53 : "
                                                     "espèces ; banque 51 : virement ou "
                                                     "chèque)"), None),
                  (QT_TRANSLATE_NOOP("ReceiptsView", "Remise d'espèces"), "especes"),
                  (QT_TRANSLATE_NOOP("ReceiptsView", "Chèque"), "cheque"),
                  (QT_TRANSLATE_NOOP("ReceiptsView", "Virement, prélèvement, carte bancaire"),
                   "virement"))
MODELS = {None: "—", "11580*05": "11580", "16216*03": "16216"}


class ReceiptsView(View):
    title = "Reçus fiscaux"

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = RowsModel(tuple(self.tr(h) for h in HEADERS), right=(2, 3), parent=self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Donateurs de l'année"))
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        keep_columns(self.table, "recus", WIDTHS, {1: 2, 4: 1})
        self.gifts_model = RowsModel(tuple(self.tr(h) for h in GIFT_HEADERS), right=(3,),
                                     parent=self)
        self.gifts_table = QTableView()
        self.gifts_table.setAccessibleName(self.tr("Dons du donateur"))
        self.gifts_table.setModel(self.gifts_model)
        setup_table(self.gifts_table)
        self.gifts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        keep_columns(self.gifts_table, "recus-dons", GIFT_WIDTHS, {6: 1})
        self.gifts_table.doubleClicked.connect(lambda *_: self.edit_gift())
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Année civile des dons"))
        self.year_combo.currentIndexChanged.connect(lambda *_: self._year_chosen())
        self.summary = QLabel()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        # In January the year shown is the new one: point at last year's gifts still due.
        self.earlier = QLabel()
        self.earlier.setWordWrap(True)
        self.earlier.linkActivated.connect(self.set_calendar_year)
        self.earlier.hide()
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Mode de versement"))
        for text, key in METHOD_CHOICES:
            self.method.addItem(self.tr(text), key)
        self.per_gift = QCheckBox(self.tr("Un reçu par don (sinon un reçu annuel par donateur)"))
        self.issue_button = QPushButton(self.tr("É&mettre les reçus…"))
        self.detail_button = QPushButton(self.tr("Dé&tails du don…"))
        self.issue_button.clicked.connect(lambda: self.issue())
        self.detail_button.clicked.connect(lambda: self.edit_gift())
        self.issued = IssuedReceipts(session, self)
        self.issued.changed.connect(lambda: self.session.notify(()))
        self.reprint_button = self.issued.reprint_button
        note = QLabel(self.tr(
            "Dons de l'année civile (la réduction d'impôt est annuelle) : dons manuels 7541…, "
            "abandons de frais 75412, mécénat 7542, donation notariée 75432, dons en nature "
            "870, le donateur en tiers. Un particulier reçoit le Cerfa 11580, une entreprise "
            "le Cerfa 16216. Sans sélection, les reçus sont émis pour tous les donateurs."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Année ci&vile :")))
        top.itemAt(0).widget().setBuddy(self.year_combo)
        top.addWidget(self.year_combo)
        top.addWidget(self.summary, 1)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Mode de versement :")))
        options.addWidget(self.method, 1)
        options.addWidget(self.per_gift)
        buttons = QHBoxLayout()
        buttons.addWidget(self.detail_button)
        buttons.addStretch(1)
        buttons.addWidget(self.issue_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.gifts_table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        donors_page = QWidget()
        donors_layout = QVBoxLayout(donors_page)
        donors_layout.setContentsMargins(0, 0, 0, 0)
        donors_layout.addWidget(split, 1)
        donors_layout.addWidget(note)
        donors_layout.addLayout(options)
        donors_layout.addLayout(buttons)
        self.tabs = QTabWidget()
        self.tabs.addTab(donors_page, self.tr("&Donateurs et dons"))
        self.tabs.addTab(self.issued, self.tr("&Reçus émis"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.earlier)
        layout.addWidget(self.tabs, 1)
        self.donors: list[receipts.Donor] = []
        self.task = None
        self._years_of: str | None = None  # the exercice the year list was made for
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._donor_chosen())
        self.gifts_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self.writable_changed(session.writable)

    # -- the calendar year -----------------------------------------------------------------
    @property
    def year(self) -> str | None:
        """The calendar year shown (« 2025 »)."""
        return self.year_combo.currentData()

    def _fill_years(self) -> None:
        """Every calendar year the book's exercices touch; the one shown follows the
        exercice chosen in the toolbar (today's year when it lies within it)."""
        fiscal = self.session.year
        label = fiscal.label if fiscal else None
        if label == self._years_of and self.year_combo.count():
            return
        self._years_of = label
        spans = self.session.conn.execute(
            "SELECT min(start_date), max(end_date) FROM fiscal_year").fetchone()
        years = (range(int(spans[0][:4]), int(spans[1][:4]) + 1) if spans[0] else range(0))
        if fiscal is not None:
            today = dt.date.today().year
            start, end = fiscal.start.year, fiscal.end.year
            wanted = str(today if start <= today <= end else start)
        else:
            wanted = None
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for y in years:
            self.year_combo.addItem(str(y), str(y))
        at = self.year_combo.findData(wanted)
        self.year_combo.setCurrentIndex(at if at >= 0 else self.year_combo.count() - 1)
        self.year_combo.blockSignals(False)

    def set_calendar_year(self, year: str) -> None:
        at = self.year_combo.findData(str(year))
        if at >= 0:
            self.year_combo.setCurrentIndex(at)

    def _year_chosen(self) -> None:
        self._show()

    # -- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_years()
        self._show()

    def _show(self) -> None:
        self.donors = receipts.donations(self.session.conn, self.year) if self.year else []
        rows = []
        for d in self.donors:
            pending = d.pending
            numbers = ", ".join(d.receipts)
            if pending:
                todo = self.tr("à émettre ({})").format(
                    locale.amount(sum(g.amount.cents for g in pending), currency=True))
                numbers = f"{numbers} + {todo}" if numbers else todo
            trouble = d.problem or next((g.problem for g in pending if g.problem), "")
            rows.append(Row(d.tiers_id, (d.name, d.address.replace("\n", ", ") or
                                         self.tr("(adresse manquante)"), str(len(d.gifts)),
                                         locale.amount(d.total.cents), numbers,
                                         MODELS.get(d.model.value if d.model else None, "—")),
                            bold=bool(pending), tooltip=trouble))
        self.model.set_rows(rows)
        self._show_gifts()
        total = sum(d.total.cents for d in self.donors)
        todo = sum(1 for d in self.donors if d.pending)
        stuck = sum(1 for d in self.donors if d.pending and (
            d.problem or any(g.problem for g in d.pending)))
        text = self.tr("{}, {} de dons ; {}").format(
            locale.count(len(self.donors), self.tr("{} donateur"), self.tr("{} donateurs")),
            locale.amount(total, currency=True),
            locale.count(todo, self.tr("{} reçu à émettre"), self.tr("{} reçus à émettre")))
        if stuck:
            text += self.tr(" ; {} à compléter d'abord").format(stuck)
        self.summary.setText(text)
        self.issued.show_year(int(self.year) if self.year else None)
        self._point_at_earlier(todo)
        try:
            receipts.beneficiary(self.session.conn)
            self.problem.hide()
        except DomainError as exc:
            said = for_app(str(exc))  # the app's menu, not the command line's
            self.problem.setText(said[:1].upper() + said[1:])
            self.problem.show()
        self._update_buttons()

    def _donor_chosen(self) -> None:
        self._show_gifts()
        self._update_buttons()

    def _show_gifts(self) -> None:
        chosen = self._selected()
        donor = chosen[0] if len(chosen) == 1 else None
        rows = []
        for g in donor.gifts if donor else ():
            if g.receipt:
                receipt = g.receipt + (self.tr(" (annulé)") if g.cancelled else "")
            else:
                receipt = self.tr("exclu") if g.excluded else self.tr("à émettre")
            todo = "" if g.receipt and not g.cancelled else (donor.problem or g.problem or "")
            rows.append(Row(g.line_id, (locale.date(g.date), f"n°{g.entry_number}", g.account,
                                        locale.amount(g.amount.cents),
                                        NATURES.get(g.nature, g.nature), receipt, todo),
                            dim=g.excluded, tooltip=todo))
        self.gifts_model.set_rows(rows)

    def _point_at_earlier(self, todo: int) -> None:
        before = (receipts.ended_year_to_receipt(self.session.conn)
                  if self.year and not todo else None)
        if before == self.year:
            before = None
        if before:
            self.earlier.setText(self.tr(
                "Aucun don de {0} sans reçu. Des dons de {1} attendent encore leur reçu : "
                "<a href=\"{1}\">afficher l'année {1}</a>.").format(self.year, before))
        self.earlier.setVisible(bool(before))

    def writable_changed(self, writable: bool) -> None:
        self._update_buttons()
        self.issued.update_buttons()

    def _selected(self) -> list[receipts.Donor]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [d for i, d in enumerate(self.donors) if i in rows]

    def selected_gift(self) -> int | None:
        rows = self.gifts_table.selectionModel().selectedRows()
        return self.gifts_model.key(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected() or self.donors
        self.issue_button.setEnabled(self.session.writable and any(d.pending for d in chosen))
        self.detail_button.setEnabled(self.session.writable and self.selected_gift() is not None)

    # -- actions -------------------------------------------------------------------------
    def _ask_file(self, title: str, name: str) -> Path | None:
        # In the home folder, as every other save: not the folder the app was started from
        # (a program folder where nothing may be written, once installed).
        dest, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name),
                                              self.tr("PDF (*.pdf)"))
        return Path(dest) if dest else None

    def issue(self, dest: Path | None = None, *, ask: bool = True):
        """Issue the missing receipts of the selected donors (all without selection)."""
        chosen = [d for d in (self._selected() or self.donors) if d.pending]
        if not chosen or self.year is None:
            return None
        year = self.year
        try:  # said before asking where to save receipts that cannot be issued
            receipts.beneficiary(self.session.conn)
        except DomainError as exc:
            report(self, exc, self.tr("Aucun reçu émis."))
            return None
        if dest is None and ask:
            answer = QMessageBox.question(
                self, self.tr("Émettre les reçus"),
                self.tr("Émettre {} pour les dons de {} ({}) ? Un reçu émis est "
                        "numéroté et ne se modifie plus.").format(
                    locale.count(len(chosen) if not self.per_gift.isChecked()
                                 else sum(len(d.pending) for d in chosen),
                                 self.tr("{} reçu"), self.tr("{} reçus")), year,
                    ", ".join(d.name for d in chosen[:5]) + (" …" if len(chosen) > 5 else "")))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        if dest is None:
            dest = self._ask_file(self.tr("Enregistrer les reçus"),
                                  f"recus-fiscaux-{year}.pdf")
            if dest is None:
                return None
        book = self.session.book
        ids = [d.tiers_id for d in chosen]
        per = "gift" if self.per_gift.isChecked() else "donor"
        method = self.method.currentData()

        def work():
            return receipt_issue.issue(book, year, ids, per=per, method=method,
                                       then=lambda made, who: write_receipts(made, who, dest))

        def done(made) -> None:
            self.session.notify(())
            self.activate()
            self.session.message.emit(self.tr("{} ({} à {}) : {}").format(
                locale.count(len(made), self.tr("{} reçu émis"), self.tr("{} reçus émis")),
                made[0].number, made[-1].number, dest))

        def failed(exc: BaseException) -> None:
            report(self, exc, self.tr("Aucun reçu émis."))

        self.task = run_task(self, self.tr("Émission des reçus fiscaux…"), work, done, failed)
        return self.task

    def reprint(self, dest: Path | None = None) -> Path | None:
        """The issued receipts of the selected donors again, marked Duplicata."""
        chosen = {d.tiers_id for d in (self._selected() or self.donors) if d.receipts}
        if not chosen or self.year is None:
            return None
        made = [r for r in self.issued.receipts if r.tiers_id in chosen]
        if dest is None:
            name = (f"duplicata-recu-{made[0].number}.pdf" if len(made) == 1
                    else f"duplicata-recus-{self.year}.pdf")
            dest = self._ask_file(self.tr("Réimprimer les reçus"), name)
            if dest is None:
                return None
        try:
            return write_receipts(made, receipts.beneficiary(self.session.conn), dest,
                                  duplicate=True)
        except (DomainError, OSError) as exc:
            report(self, exc, self.tr("Réimpression impossible."))
            return None

    def edit_gift(self) -> bool:
        """What the treasurer says of the selected gift (form, nature, description…)."""
        from ..dialogs.gift_detail_dialog import GiftDetailDialog
        line = self.selected_gift()
        if line is None or not self.session.writable:
            return False
        saved = GiftDetailDialog.ask(self, self.session.book, line)
        if saved:
            self.session.notify(())
        return bool(saved)
