"""The receipts issued in a calendar year, cancelled ones included: cancel, replace, reprint,
and the yearly declaration of receipts (CGI art. 222 bis)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, ValidationError
from ...reports.receipt_pdf import write_receipts
from ...services import receipt_issue, receipts
from .. import locale
from ..errors import report
from ..models.rows_model import Row, RowsModel
from ..session import BookSession
from ..widgets.columns import keep_columns
from .ledger_view import setup_table

HEADERS = (QT_TRANSLATE_NOOP("IssuedReceipts", "N°"),
           QT_TRANSLATE_NOOP("IssuedReceipts", "Donateur"),
           QT_TRANSLATE_NOOP("IssuedReceipts", "Modèle"),
           QT_TRANSLATE_NOOP("IssuedReceipts", "Dons du"),
           QT_TRANSLATE_NOOP("IssuedReceipts", "Montant"),
           QT_TRANSLATE_NOOP("IssuedReceipts", "Émis le"),
           QT_TRANSLATE_NOOP("IssuedReceipts", "État"))
WIDTHS = (90, 200, 80, 170, 100, 90, 260)


class IssuedReceipts(QWidget):
    """The year's issued receipts and what may still be done with them."""

    changed = Signal()  # a receipt was cancelled or replaced

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.year: int | None = None
        self.receipts: list[receipts.Receipt] = []
        self.model = RowsModel(tuple(self.tr(h) for h in HEADERS), right=(4,), parent=self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Reçus émis"))
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        keep_columns(self.table, "recus-emis", WIDTHS, {1: 2, 6: 2})
        self.cancel_button = QPushButton(self.tr("Ann&uler le reçu…"))
        self.replace_button = QPushButton(self.tr("Rempla&cer le reçu…"))
        self.reprint_button = QPushButton(self.tr("Réim&primer (duplicata)…"))
        self.declaration_button = QPushButton(self.tr("Déclaration annue&lle…"))
        self.cancel_button.clicked.connect(lambda: self.cancel())
        self.replace_button.clicked.connect(lambda: self.replace())
        self.reprint_button.clicked.connect(lambda: self.reprint())
        self.declaration_button.clicked.connect(lambda: self.declaration())
        note = QLabel(self.tr(
            "Un reçu émis ne se modifie pas : s'il est faux, annulez-le (il reste, marqué "
            "« annulé », avec le motif) et remplacez-le par un nouveau reçu. La déclaration "
            "annuelle (CGI art. 222 bis) donne le nombre de reçus et le montant des dons."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.declaration_button)
        buttons.addStretch(1)
        for b in (self.cancel_button, self.replace_button, self.reprint_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())

    def show_year(self, year: int | None) -> None:
        self.year = year
        self.receipts = receipts.receipts(self.session.conn, year) if year else []
        rows = []
        for r in self.receipts:
            who = " ".join(filter(None, (r.donor_first_name, r.donor_name)))
            when = (locale.date(r.first_date) if r.first_date == r.last_date else
                    f"{locale.date(r.first_date)} – {locale.date(r.last_date)}")
            if r.cancelled:
                state = self.tr("annulé le {} : {}").format(locale.date(r.cancelled_at),
                                                            r.cancel_reason)
            elif r.replaces:
                state = self.tr("remplace le n° {}").format(r.replaces)
            else:
                state = self.tr("émis")
            rows.append(Row(r.number, (r.number, who, r.model, when,
                                       locale.amount(r.amount.cents), locale.date(r.issued_at),
                                       state), dim=r.cancelled))
        self.model.set_rows(rows)
        self.update_buttons()

    def selected(self) -> list[receipts.Receipt]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [r for i, r in enumerate(self.receipts) if i in rows]

    def update_buttons(self) -> None:
        chosen = self.selected()
        one = chosen[0] if len(chosen) == 1 else None
        replaced = {r.replaces for r in self.receipts if r.replaces}
        writable = self.session.writable
        self.cancel_button.setEnabled(writable and one is not None and not one.cancelled)
        self.replace_button.setEnabled(writable and one is not None
                                       and one.number not in replaced)
        self.reprint_button.setEnabled(bool(chosen or self.receipts))
        self.declaration_button.setEnabled(self.year is not None)

    def _ask_file(self, title: str, name: str, kinds: str) -> Path | None:
        dest, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), kinds)
        return Path(dest) if dest else None

    def _reason(self, title: str, number: str) -> str | None:
        reason, ok = QInputDialog.getText(
            self, title, self.tr("Motif de l'annulation du reçu n° {} (ex. « adresse "
                                 "erronée ») :").format(number))
        return reason if ok else None

    def cancel(self, reason: str | None = None) -> receipts.Receipt | None:
        """Cancel the selected receipt: it stays, marked « annulé » with ``reason``."""
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        number = chosen[0].number
        if reason is None:
            reason = self._reason(self.tr("Annuler le reçu"), number)
            if reason is None:
                return None
        try:
            done = receipt_issue.cancel(self.session.book, number, reason)
        except DomainError as exc:
            report(self, exc, self.tr("Le reçu n'a pas été annulé."))
            return None
        self.changed.emit()
        return done

    def replace(self, dest: Path | None = None, reason: str | None = None
                ) -> receipts.Receipt | None:
        """A new receipt for the selected one's gifts (cancelling it first if need be)."""
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        old = chosen[0]
        if not old.cancelled and reason is None:
            reason = self._reason(self.tr("Remplacer le reçu"), old.number)
            if reason is None:
                return None
        if dest is None:
            dest = self._ask_file(self.tr("Enregistrer le reçu de remplacement"),
                                  f"recu-remplacant-{old.number}.pdf", self.tr("PDF (*.pdf)"))
            if dest is None:
                return None
        try:
            new = receipt_issue.replace(
                self.session.book, old.number, reason=reason,
                then=lambda made, who: write_receipts(made, who, dest))
        except (DomainError, OSError) as exc:
            report(self, exc, self.tr("Aucun reçu émis."))
            return None
        self.changed.emit()
        self.session.message.emit(self.tr("Reçu {} émis, qui annule et remplace le reçu {} : "
                                          "{}").format(new.number, old.number, dest))
        return new

    def reprint(self, dest: Path | None = None) -> Path | None:
        """The selected receipts (all without selection) again, marked Duplicata."""
        made = self.selected() or self.receipts
        if not made or self.year is None:
            return None
        if dest is None:
            name = (f"duplicata-recu-{made[0].number}.pdf" if len(made) == 1
                    else f"duplicata-recus-{self.year}.pdf")
            dest = self._ask_file(self.tr("Réimprimer les reçus"), name, self.tr("PDF (*.pdf)"))
            if dest is None:
                return None
        try:
            return write_receipts(made, receipts.beneficiary(self.session.conn), dest,
                                  duplicate=True)
        except (DomainError, OSError) as exc:
            report(self, exc, self.tr("Réimpression impossible."))
            return None

    def declaration(self, dest: Path | None = None) -> Path | None:
        """The yearly declaration of receipts for the year, as PDF, XLSX or CSV."""
        from ...reports.receipt_declaration import write_declaration
        from ...services.receipt_declaration import declaration
        if self.year is None:
            return None
        if dest is None:
            dest = self._ask_file(self.tr("Enregistrer la déclaration des reçus"),
                                  f"declaration-recus-{self.year}.pdf",
                                  self.tr("PDF (*.pdf);;Classeur Excel (*.xlsx);;CSV (*.csv)"))
            if dest is None:
                return None
        fmt = dest.suffix.lower().lstrip(".")
        try:
            if fmt not in ("pdf", "xlsx", "csv"):
                raise ValidationError(self.tr("{} : l'extension dit le format : .pdf, .xlsx ou "
                                              ".csv").format(dest.name))
            decl = declaration(self.session.conn, self.year, today=dt.date.today())
            path = write_declaration(decl, dest, fmt)
        except (DomainError, OSError) as exc:
            report(self, exc, self.tr("La déclaration n'a pas été écrite."))
            return None
        self.session.message.emit(self.tr("Déclaration des reçus : {}, {} ; {}").format(
            locale.count(decl.count, self.tr("{} reçu"), self.tr("{} reçus")),
            locale.amount(decl.total.cents, currency=True), path))
        return path
