"""Reçus fiscaux: the year's donors (gifts on 754x with the donor as tiers), their receipts,
issuing the missing ones (CERFA 11580, one PDF for the batch) and reprinting duplicates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...domain.fixes import for_app
from ...reports.receipt_pdf import write_receipts
from ...services import receipts
from .. import locale
from ..errors import report
from ..models.rows_model import Row, RowsModel
from ..session import BookSession
from ..tasks import run_task
from ..widgets.columns import keep_columns
from .base import View
from .ledger_view import setup_table

HEADERS = (QT_TRANSLATE_NOOP("ReceiptsView", "Donateur"),
           QT_TRANSLATE_NOOP("ReceiptsView", "Adresse"),
           QT_TRANSLATE_NOOP("ReceiptsView", "Dons"),
           QT_TRANSLATE_NOOP("ReceiptsView", "Total"),
           QT_TRANSLATE_NOOP("ReceiptsView", "Reçu(s)"))
WIDTHS = (200, 220, 60, 110, 200)
METHOD_CHOICES = ((QT_TRANSLATE_NOOP("ReceiptsView", "Déduit de l'écriture (caisse 53 : "
                                                     "espèces ; banque 512 : virement)"), None),
                  (QT_TRANSLATE_NOOP("ReceiptsView", "Remise d'espèces"), "especes"),
                  (QT_TRANSLATE_NOOP("ReceiptsView", "Chèque"), "cheque"),
                  (QT_TRANSLATE_NOOP("ReceiptsView", "Virement, prélèvement, carte bancaire"),
                   "virement"))


class ReceiptsView(View):
    title = "Reçus fiscaux"

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = RowsModel(tuple(self.tr(h) for h in HEADERS), right=(2, 3), parent=self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Donateurs de l'exercice"))
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        keep_columns(self.table, "recus", WIDTHS, {1: 2, 4: 1})
        self.summary = QLabel()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        # In January the year shown is the new one: point at last year's gifts still due.
        self.earlier = QLabel()
        self.earlier.setWordWrap(True)
        self.earlier.linkActivated.connect(self.session.set_year)
        self.earlier.hide()
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Mode de versement"))
        for text, key in METHOD_CHOICES:
            self.method.addItem(self.tr(text), key)
        self.per_gift = QCheckBox(self.tr("Un reçu par don (sinon un reçu annuel par donateur)"))
        self.issue_button = QPushButton(self.tr("É&mettre les reçus…"))
        self.reprint_button = QPushButton(self.tr("Réim&primer (duplicata)…"))
        self.issue_button.clicked.connect(lambda: self.issue())
        self.reprint_button.clicked.connect(lambda: self.reprint())
        note = QLabel(self.tr(
            "Dons : crédits des comptes 754… dont le donateur est indiqué en tiers. Un reçu "
            "émis est numéroté (exercice-0001…) et ne se modifie plus ; le don qu'il couvre "
            "non plus. Sans sélection, les reçus sont émis pour tous les donateurs."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368;")
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Mode de versement :")))
        options.addWidget(self.method, 1)
        options.addWidget(self.per_gift)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.issue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.earlier)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(options)
        layout.addLayout(buttons)
        self.donors: list[receipts.Donor] = []
        self.task = None
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.writable_changed(session.writable)

    # -- showing -------------------------------------------------------------------------
    @property
    def year(self) -> str | None:
        return self.session.year.label if self.session.year else None

    def refresh(self) -> None:
        self.donors = receipts.donations(self.session.conn, self.year) if self.year else []
        rows = []
        for d in self.donors:
            pending = d.pending
            numbers = ", ".join(d.receipts)
            if pending:
                todo = self.tr("à émettre ({})").format(
                    locale.amount(sum(g.amount.cents for g in pending), currency=True))
                numbers = f"{numbers} + {todo}" if numbers else todo
            rows.append(Row(d.tiers_id, (d.name, d.address.replace("\n", ", ") or
                                         self.tr("(adresse manquante)"), str(len(d.gifts)),
                                         locale.amount(d.total.cents), numbers),
                            bold=bool(pending),
                            tooltip=self.tr("Adresse à compléter dans Tiers et actions")
                            if not d.address.strip() else ""))
        self.model.set_rows(rows)
        total = sum(d.total.cents for d in self.donors)
        todo = sum(1 for d in self.donors if d.pending)
        self.summary.setText(self.tr("{}, {} de dons ; {}").format(
            locale.count(len(self.donors), self.tr("{} donateur"), self.tr("{} donateurs")),
            locale.amount(total, currency=True),
            locale.count(todo, self.tr("{} reçu à émettre"), self.tr("{} reçus à émettre"))))
        self._point_at_earlier(todo)
        try:
            receipts.beneficiary(self.session.conn)
            self.problem.hide()
        except DomainError as exc:
            said = for_app(str(exc))  # the app's menu, not the command line's
            self.problem.setText(said[:1].upper() + said[1:])
            self.problem.show()
        self._update_buttons()

    def _point_at_earlier(self, todo: int) -> None:
        before = (receipts.ended_year_to_receipt(self.session.conn, self.year)
                  if self.year and not todo else None)
        if before:
            self.earlier.setText(self.tr(
                "Aucun don de {0} sans reçu. Des dons de {1} attendent encore leur reçu : "
                "<a href=\"{1}\">afficher l'exercice {1}</a>.").format(self.year, before))
        self.earlier.setVisible(bool(before))

    def writable_changed(self, writable: bool) -> None:
        self._update_buttons()

    def _selected(self) -> list[receipts.Donor]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [d for i, d in enumerate(self.donors) if i in rows]

    def _update_buttons(self) -> None:
        chosen = self._selected() or self.donors
        self.issue_button.setEnabled(self.session.writable and any(d.pending for d in chosen))
        self.reprint_button.setEnabled(any(d.receipts for d in chosen))

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
                self.tr("Émettre {} pour l'exercice {} ({}) ? Un reçu émis est "
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
            return receipts.issue(book, year, ids, per=per, method=method,
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
        made = [r for r in receipts.receipts(self.session.conn, self.year)
                if r.tiers_id in chosen]
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
