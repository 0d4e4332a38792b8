"""Rapprochement: tick the book's bank lines against a bank statement until the difference is
zero. Every tick is saved at once; a finished statement is part of the record."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, ValidationError
from ...domain.money import Money
from ...domain.reconciliation import Statement
from ...services import reconciliation as rec
from .. import locale
from ..dialogs.text_fields_dialog import TextFieldsDialog
from ..errors import report
from ..models.reconciliation_model import ReconciliationModel
from ..models.rows_model import KEY_ROLE, Row, RowsModel
from ..reconciliation_commands import ReconciliationChange, TickLines
from ..session import BookSession
from ..widgets.columns import keep_columns
from .base import View
from .ledger_view import setup_table

WIDTHS = (70, 90, 60, 90, 90, 220, 120, 120)  # N° holds « 284 (2024) »
STATEMENT_HEADERS = (QT_TRANSLATE_NOOP("ReconciliationView", "Relevé du"),
                     QT_TRANSLATE_NOOP("ReconciliationView", "Solde initial"),
                     QT_TRANSLATE_NOOP("ReconciliationView", "Solde final"),
                     QT_TRANSLATE_NOOP("ReconciliationView", "État"))


class ReconciliationView(View):
    title = "Rapprochement"
    export_formats = (".pdf", ".xlsx")

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.statement: Statement | None = None
        self.account_combo = QComboBox()
        self.account_combo.setAccessibleName(self.tr("Compte bancaire"))
        self.account_combo.setMinimumContentsLength(24)
        self.through_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Compte :")))
        top.addWidget(self.account_combo)
        top.addWidget(self.through_label, 1)

        self.statement_label = QLabel()
        self.statement_label.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&Nouveau relevé…"))
        self.cancel_button = QPushButton(self.tr("Abandonner le relevé"))
        self.closing_button = QPushButton(self.tr("Corriger le solde final…"))
        self.difference_label = QLabel()
        self.difference_label.setAccessibleName(self.tr("Écart"))
        self.through_button = QPushButton(self.tr("Tout pointer jusqu'au…"))
        self.finish_button = QPushButton(self.tr("&Terminer"))
        box = QGroupBox(self.tr("Relevé en cours"))
        box_layout = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(self.statement_label, 1)
        row.addWidget(self.new_button)
        row.addWidget(self.closing_button)
        row.addWidget(self.cancel_button)
        box_layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.difference_label, 1)
        row.addWidget(self.through_button)
        row.addWidget(self.finish_button)
        box_layout.addLayout(row)

        self.model = ReconciliationModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Lignes à pointer"))
        self.table.setModel(self.model)
        setup_table(self.table)
        keep_columns(self.table, "rapprochement", WIDTHS, {5: 1})
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.statements_model = RowsModel(tuple(self.tr(h) for h in STATEMENT_HEADERS),
                                          right=(1, 2), parent=self)
        self.statements_table = QTableView()
        self.statements_table.setAccessibleName(self.tr("Relevés rapprochés"))
        self.statements_table.setModel(self.statements_model)
        setup_table(self.statements_table)
        self.statements_table.setMaximumHeight(150)
        keep_columns(self.statements_table, "rapprochement-releves", (110, 140, 140, 200),
                     {3: 1})
        self.etat_button = QPushButton(self.tr("État de rapprochement (PDF/XLSX)…"))
        past = QHBoxLayout()
        past.addWidget(QLabel(self.tr("Relevés :")))
        past.addStretch(1)
        past.addWidget(self.etat_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(box)
        layout.addWidget(self.table, 1)
        layout.addLayout(past)
        layout.addWidget(self.statements_table)

        self.account_combo.currentIndexChanged.connect(lambda _i: self.refresh_statement())
        self.new_button.clicked.connect(lambda: self.new_statement())
        self.cancel_button.clicked.connect(self.cancel_statement)
        self.closing_button.clicked.connect(lambda: self.correct_closing())
        self.through_button.clicked.connect(lambda: self.tick_through())
        self.finish_button.clicked.connect(self.finish)
        self.etat_button.clicked.connect(self._export)
        self.model.toggled.connect(self.set_ticked)
        self._own_change = False
        self.writable_changed(session.writable)

    # -- reading -------------------------------------------------------------------------
    @property
    def account(self) -> str | None:
        return self.account_combo.currentData()

    def refresh(self) -> None:
        chosen = self.account
        accounts = rec.bank_accounts(self.session.conn)
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        for code, label in accounts:
            self.account_combo.addItem(f"{code} {label or ''}".strip(), code)
        at = self.account_combo.findData(chosen) if chosen else -1
        self.account_combo.setCurrentIndex(max(at, 0))
        self.account_combo.blockSignals(False)
        self.refresh_statement()

    def refresh_statement(self) -> None:
        """Re-read the account's statement in progress, its lines and the past statements."""
        conn = self.session.conn
        account = self.account
        self.statement = rec.current(conn, account) if account else None
        through = rec.reconciled_through(conn, account) if account else None
        self.through_label.setText(
            self.tr("Rapproché jusqu'au {}").format(locale.date(through)) if through else
            self.tr("Aucun relevé rapproché") if account else
            self.tr("Aucun compte bancaire (51…) n'a d'écriture"))
        self.model.set_lines(rec.candidates(conn, self.statement.id) if self.statement else [])
        past = rec.statements(conn, account) if account else []
        self.statements_model.set_rows([
            Row(st.id, (locale.date(st.date), locale.amount(st.opening.cents),
                        locale.amount(st.closing.cents),
                        self.tr("terminé le {}").format(locale.date(st.finished_at[:10]))
                        if st.finished else self.tr("en cours")),
                bold=not st.finished)
            for st in past])
        if past:
            self.statements_table.selectRow(0)
        self._show_difference()

    def difference(self) -> Money | None:
        if self.statement is None:
            return None
        return rec.difference(self.session.conn, self.statement.id)

    def _show_difference(self) -> None:
        st = self.statement
        gap = self.difference()
        if st is None:
            self.statement_label.setText(self.tr(
                "Pas de relevé en cours. « Nouveau relevé… » : sa date et son solde final, puis "
                "cochez les lignes qui y figurent."))
            self.difference_label.clear()
        else:
            ticked = rec.ticked_total(self.session.conn, st.id)
            self.statement_label.setText(
                self.tr("Relevé du {} — solde initial {} — solde final {} — pointé {}").format(
                    locale.date(st.date), locale.amount(st.opening.cents, currency=True),
                    locale.amount(st.closing.cents, currency=True),
                    locale.amount(ticked.cents, currency=True)))
            color = "#1B5E20" if not gap else "#B00020"
            self.difference_label.setText(self.tr("Écart : {}").format(
                locale.amount(gap.cents, currency=True)))
            self.difference_label.setStyleSheet(
                f"font-size: 20pt; font-weight: bold; color: {color};")
        self._enable()

    def _enable(self) -> None:
        writable = self.session.writable
        st = self.statement
        self.new_button.setEnabled(writable and st is None and self.account is not None)
        self.cancel_button.setEnabled(writable and st is not None)
        self.closing_button.setEnabled(writable and st is not None)
        self.through_button.setEnabled(writable and st is not None)
        self.finish_button.setEnabled(writable and st is not None and not self.difference())
        self.finish_button.setToolTip("" if st is None or not self.difference() else self.tr(
            "Le relevé se termine quand l'écart est nul"))
        self.model.editable = writable and st is not None
        self.etat_button.setEnabled(self.statements_model.rowCount() > 0)

    def writable_changed(self, writable: bool) -> None:
        self._enable()

    def _book_changed(self, *args) -> None:
        if self._own_change:
            return  # a tick of this view: already shown
        super()._book_changed(*args)

    def _changed(self) -> None:
        """Tell the other views (the ledger's marks) without redrawing this one."""
        self._own_change = True
        try:
            self.session.notify(ReconciliationChange(
                self.statement.id if self.statement else None))
        finally:
            self._own_change = False

    # -- actions -------------------------------------------------------------------------
    def new_statement(self, date: dt.date | None = None, closing: Money | None = None,
                      opening: Money | None = None) -> Statement | None:
        """Start a statement of the chosen account (asking its date and balances unless
        given). The opening balance is asked only for the account's first statement."""
        account = self.account
        if account is None or not self.session.writable:
            return None
        first = not rec.statements(self.session.conn, account)
        if date is None:
            # The statement usually closes the month of the last imported lines.
            proposed = rec.proposed_date(self.session.conn, account)
            fields = [(self.tr("&Date du relevé"), locale.date(proposed), True,
                       self.tr("jj/mm/aaaa, imprimée en haut du relevé")),
                      (self.tr("Solde &final (nouveau solde)"), "", True,
                       self.tr("en bas du relevé, ex. 1 234,56"))]
            if first:
                fields.append((self.tr("Solde &initial (ancien solde)"), "", True,
                               self.tr("l'« ancien solde » en haut du relevé")))
            answer = TextFieldsDialog.ask(
                self, self.tr("Nouveau relevé du compte {}").format(account), fields,
                self.tr("Recopiez le relevé de la banque : sa date (jj/mm/aaaa) et son solde "
                        "final ; pour le premier relevé du compte, aussi son ancien solde. Les "
                        "suivants partent du solde final du précédent."))
            if answer is None:
                return None
            try:
                date = locale.parse_date(answer[0], dt.date.today().year)
                closing = Money.parse(answer[1])
                opening = Money.parse(answer[2]) if first else None
            except ValueError as exc:
                report(self, exc if isinstance(exc, ValidationError)
                       else ValidationError(str(exc)), self.tr("Relevé refusé."))
                return None
        try:
            st = rec.start(self.session.book, account, date, closing, opening)
        except DomainError as exc:
            report(self, exc, self.tr("Relevé refusé."))
            return None
        self.refresh_statement()
        self._changed()
        return st

    def set_ticked(self, line_id: int, ticked: bool) -> None:
        """Tick or untick one line, saved at once."""
        self.set_lines_ticked([line_id], ticked)

    def set_lines_ticked(self, line_ids: list[int], ticked: bool) -> None:
        """Tick or untick lines as one undoable step (Ctrl+Z), saved at once."""
        if self.statement is None:
            return
        shown = {ln.line_id: self.model.is_ticked(r) for r, ln in enumerate(self.model.lines)}
        line_ids = [i for i in line_ids if shown.get(i) != ticked]
        if not line_ids:
            return
        from ..commands import perform
        command = TickLines(self.session, self.statement.id, line_ids, ticked)
        # The other views hear of it; this one shows the ticks without a redraw.
        self._own_change = True
        try:
            perform(self.session, command)
        except DomainError as exc:
            report(self, exc, self.tr("Pointage refusé."))
            return
        finally:
            self._own_change = False
        self.model.set_ticked(command.changed, ticked)
        self._show_difference()

    def tick_through(self, date: dt.date | None = None) -> None:
        """Tick every line offered up to ``date`` (asked, the statement date proposed)."""
        st = self.statement
        if st is None:
            return
        if date is None:
            answer = TextFieldsDialog.ask(
                self, self.tr("Tout pointer"),
                [(self.tr("Pointer les lignes jusqu'au"), locale.date(st.date), True)])
            if answer is None:
                return
            try:
                date = locale.parse_date(answer[0], st.date.year)
            except ValueError as exc:
                report(self, ValidationError(str(exc)), self.tr("Pointage refusé."))
                return
        ids = [ln.line_id for ln in self.model.lines if ln.date <= date]
        self.set_lines_ticked(ids, True)

    def finish(self) -> Statement | None:
        if self.statement is None:
            return None
        try:
            done = rec.finish(self.session.book, self.statement.id)
        except DomainError as exc:
            report(self, exc, self.tr("Rapprochement non terminé."))
            return None
        self.refresh_statement()
        self._changed()
        self.session.message.emit(self.tr("Relevé du {} rapproché").format(
            locale.date(done.date)))
        return done

    def correct_closing(self, closing: Money | None = None) -> None:
        """A mistyped solde final: correct it (asked unless given), the ticks stay."""
        st = self.statement
        if st is None:
            return
        if closing is None:
            answer = TextFieldsDialog.ask(
                self, self.tr("Solde final du relevé du {}").format(locale.date(st.date)),
                [(self.tr("Solde &final (nouveau solde)"), locale.amount(st.closing.cents),
                  True)])
            if answer is None:
                return
            try:
                closing = Money.parse(answer[0])
            except ValidationError as exc:
                report(self, exc, self.tr("Solde refusé."))
                return
        try:
            self.statement = rec.set_closing(self.session.book, st.id, closing)
        except DomainError as exc:
            report(self, exc, self.tr("Solde refusé."))
            return
        self.refresh_statement()
        self._changed()

    def cancel_statement(self) -> None:
        if self.statement is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Abandonner le relevé"),
            self.tr("Abandonner le relevé du {} et ses pointages ?").format(
                locale.date(self.statement.date)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            rec.cancel(self.session.book, self.statement.id)
        except DomainError as exc:
            report(self, exc, self.tr("Abandon refusé."))
            return
        self.refresh_statement()
        self._changed()

    # -- état de rapprochement -----------------------------------------------------------
    def selected_statement(self) -> int | None:
        rows = self.statements_table.selectionModel().selectedRows()
        if rows:
            return rows[0].data(KEY_ROLE)
        return self.statements_model.key(0)

    def default_export_name(self) -> str:
        key = self.selected_statement()
        if key is None:
            return self.tr("Rapprochement")
        st = rec.statement(self.session.conn, key)
        return self.tr("Rapprochement {} au {}").format(st.account, st.date.isoformat())

    def export(self, path: Path) -> Path:
        key = self.selected_statement()
        if key is None:
            raise ValidationError(self.tr("aucun relevé : commencez par « Nouveau relevé… »"))
        return rec.write_etat(self.session.book, key, path)

    def _export(self) -> None:
        window = self.window()
        if hasattr(window, "export_current"):
            window.export_current()
