"""Saisie › Contre-passer et corriger…: a validated entry never changes (PCG art. 921-3); it
is cancelled by a reversing entry, the same lines with débit and crédit swapped
(« Contre-passation n°17 : … »), and the corrected entry is typed beside it, in the entry
form prefilled with the original. Both are posted as drafts, in one transaction
(services.validation.reverse_entry); Ctrl+Z takes both back.

Trying to change or delete a validated entry shows why it cannot be, with a button that opens
this form at once (:func:`refuse_if_validated`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, ValidationError
from ...domain.fixes import for_app
from ...services.editing import read_entry
from .. import locale
from ..commands import ReverseEntry, perform
from ..session import BookSession
from .entry_dialog import EntryDialog


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def validated_state(session: BookSession, entry_id: int) -> tuple[int, dt.date] | None:
    """(number, ValidDate) of a validated entry; None for a draft (or an entry gone)."""
    row = session.conn.execute("SELECT number, valid_date FROM entry WHERE id = ?",
                               (entry_id,)).fetchone()
    if row is None or row[1] is None:
        return None
    return row[0], _as_date(row[1])


def refusal_text(number: int, valid_date: dt.date) -> str:
    """services.ledger.validated_refusal, in the interface language (a test keeps the French
    the same as the service's)."""
    return QCoreApplication.translate(
        "ReversalDialog", "L'écriture n°{} est validée depuis le {} : elle ne peut plus être "
        "modifiée ni supprimée. Corrigez-la par une contre-passation (Saisie › Contre-passer "
        "et corriger…), qui l'annule par une écriture de sens contraire et propose "
        "l'écriture corrigée.").format(number, locale.date(valid_date))


def refuse_if_validated(parent: QWidget, session: BookSession, entry_id: int) -> bool:
    """When ``entry_id`` is validated, say that it can no longer be changed nor deleted, with
    « Contre-passer et corriger… » to open the reversal at once (the box is window-modal
    and returns at once), and return True; a draft returns False."""
    state = validated_state(session, entry_id)
    if state is None:
        return False
    title = QCoreApplication.translate("ReversalDialog", "Écriture validée")
    box = QMessageBox(QMessageBox.Icon.Information, title, refusal_text(*state),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("validated_refusal")
    reverse = box.addButton(QCoreApplication.translate("ReversalDialog",
                                                       "&Contre-passer et corriger…"),
                            QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton(QCoreApplication.translate("ReversalDialog", "Fermer"),
                          QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    reverse.setEnabled(session.writable)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def clicked(button) -> None:
        if button is reverse:
            dialog = ReversalDialog.open_for(parent, session, entry_id)
            keep = getattr(parent, "keep_selected", None)
            if dialog is not None and callable(keep):
                dialog.saved.connect(keep)
    box.buttonClicked.connect(clicked)
    box.open()
    return True


def default_reversal_date(session: BookSession, entry_id: int,
                          today: dt.date | None = None) -> dt.date | None:
    """Where services.validation.reverse_entry dates a reversal by default: today, kept in
    the entry's year while it is open, else in the first open year after it (None: none)."""
    today = today or dt.date.today()
    year_id = session.conn.execute("SELECT year_id FROM entry WHERE id = ?",
                                   (entry_id,)).fetchone()[0]
    years = session.years()
    year = next(y for y in years if y.id == year_id)
    if year.closed:
        year = next((y for y in years if y.start > year.end and not y.closed), None)
        if year is None:
            return None
    return min(max(today, year.start), year.end)


class ReversalDialog(EntryDialog):
    """The entry form, prefilled with validated entry ``entry_id``, under a band that says
    what the contre-passation will write and when; « Contre-passer et corriger » posts the
    reversal and the entry as typed, « Contre-passer seulement » the reversal alone."""

    def __init__(self, session: BookSession, parent: QWidget | None = None, *,
                 entry_id: int, today: dt.date | None = None) -> None:
        super().__init__(session, parent, entry_id=entry_id)
        self.original_id = entry_id
        self.entry_id = None  # what is typed is a new entry, never a change of this one
        self.command: ReverseEntry | None = None
        booked = read_entry(session.book, entry_id)
        number, valid_date = booked.number, booked.valid_date
        default = default_reversal_date(session, entry_id, today)
        self.setWindowTitle(self.tr("Contre-passer et corriger l'écriture n° {} ({})")
                            .format(number, booked.year))
        total = sum(line.debit.cents for line in booked.draft.lines)
        self.band = QLabel(self.tr(
            "<b>L'écriture n° {} du {} ({}, {}) est validée depuis le {}</b> : elle ne change "
            "plus. La contre-passation l'annule par la même écriture, débit et crédit "
            "inversés, libellée « Contre-passation n°{} : {} ». Corrigez ci-dessous "
            "l'écriture telle qu'elle aurait dû être : elle sera passée à côté, en "
            "brouillard.").format(
                number, locale.date(booked.draft.date), _escape(booked.draft.label),
                locale.amount(total, currency=True), locale.date(_as_date(valid_date)),
                number, _escape(booked.draft.label)))
        self.band.setWordWrap(True)
        self.band.setTextFormat(Qt.TextFormat.RichText)
        self.reversal_edit = QLineEdit(locale.date(default) if default else "")
        self.reversal_edit.setPlaceholderText(self.tr("jj/mm/aaaa"))
        self.reversal_edit.setAccessibleName(self.tr("Date de la contre-passation"))
        self.reversal_edit.setMaximumWidth(120)
        date_label = QLabel(self.tr("Contre-passation d&atée du"))
        date_label.setBuddy(self.reversal_edit)
        self.reversal_error = QLabel()
        self.reversal_error.setStyleSheet("color: #b00020;")
        self.reversal_error.setWordWrap(True)
        self.reversal_error.setAccessibleName(self.tr("Erreur"))
        row = QHBoxLayout()
        row.addWidget(date_label)
        row.addWidget(self.reversal_edit)
        row.addWidget(self.reversal_error, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        band = QWidget()
        band.setObjectName("reversal_band")
        inner = QVBoxLayout(band)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.band)
        inner.addLayout(row)
        inner.addWidget(line)
        self.ui.main_layout.insertWidget(0, band)
        if booked.year in {y.label for y in session.years() if y.closed} and default:
            # The year is closed: the corrected entry goes where the reversal goes.
            self.ui.date_edit.setText(locale.date(default))
        self.save_button.setText(self.tr("Contre-passer et c&orriger"))
        self.only_button = self.ui.button_box.addButton(
            self.tr("Contre-passer &seulement"), QDialogButtonBox.ButtonRole.ActionRole)
        self.only_button.setToolTip(self.tr("Annuler l'écriture sans la remplacer (un doublon, "
                                            "une opération qui n'a pas eu lieu)"))
        self.only_button.clicked.connect(lambda: self.save(correct=False))
        self._pristine = self._content()
        self._grid_height = self.height() + band.sizeHint().height()
        self._fit_height(self.kind != "libre")

    def reversal_date(self) -> dt.date:
        try:
            return locale.parse_date(self.reversal_edit.text(), self.year_start.year)
        except ValueError as exc:
            raise ValidationError(str(exc), field="contre-passation") from None

    def save(self, correct: bool = True) -> None:
        self._clear_errors()
        self.reversal_error.clear()
        try:
            date = self.reversal_date()
            corrected = self.typed() if correct else None
            command = ReverseEntry(self.session, self.original_id, date, corrected)
            perform(self.session, command)
        except ValidationError as exc:
            self._show_error(exc)
            return
        except DomainError as exc:
            self._show_error(ValidationError(str(exc)))
            return
        self.command = command
        reversal, fixed = command.reversal, command.fixed
        if fixed is not None:
            text = self.tr("Écriture n° {} contre-passée (n° {}) et corrigée (n° {}), en "
                           "brouillard : Ctrl+Z pour revenir en arrière.").format(
                command.original_number, reversal.number, fixed.number)
        else:
            text = self.tr("Écriture n° {} contre-passée (n° {}), en brouillard : Ctrl+Z "
                           "pour revenir en arrière.").format(command.original_number,
                                                              reversal.number)
        self.session.message.emit(text)
        self.saved.emit((fixed or reversal).entry_id)
        self._pristine = self._content()
        self.accept()

    def _show_error(self, exc: ValidationError) -> None:
        if exc.field == "contre-passation":
            self.reversal_error.setText(for_app(exc.message))
            self.reversal_edit.setFocus()
            return
        super()._show_error(exc)

    def error_text(self) -> str:
        texts = [super().error_text(), self.reversal_error.text()]
        return " | ".join(t for t in texts if t)

    @classmethod
    def open_for(cls, parent: QWidget, session: BookSession,
                 entry_id: int) -> ReversalDialog | None:
        """Open the reversal of ``entry_id`` beside ``parent``; None, and why, when it has
        none to have: a draft is changed directly, a reversed entry is reversed once."""
        from ..errors import report
        if not session.writable:
            session.message.emit(QCoreApplication.translate(
                "ReversalDialog", "Lecture seule : l'écriture ne peut pas être contre-passée"))
            return None
        if validated_state(session, entry_id) is None:
            session.message.emit(QCoreApplication.translate(
                "ReversalDialog", "Cette écriture est un brouillard : modifiez-la directement "
                "(double-clic)."))
            return EntryDialog.edit(parent, session, entry_id)
        done = session.conn.execute("SELECT number FROM entry WHERE reverses_id = ?",
                                    (entry_id,)).fetchone()
        if done is not None:
            number = session.conn.execute("SELECT number FROM entry WHERE id = ?",
                                          (entry_id,)).fetchone()[0]
            text = QCoreApplication.translate(
                "ReversalDialog", "L'écriture n° {} est déjà contre-passée par l'écriture "
                "n° {}. Pour une nouvelle correction, passez une écriture de correction, ou "
                "contre-passez l'écriture corrigée.").format(number, done[0])
            box = QMessageBox(QMessageBox.Icon.Information,
                              QCoreApplication.translate("ReversalDialog", "Déjà contre-passée"),
                              text, QMessageBox.StandardButton.Ok, parent)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return None
        try:
            dialog = cls(session, parent, entry_id=entry_id)
        except DomainError as exc:
            report(parent, exc, QCoreApplication.translate(
                "ReversalDialog", "Cette écriture ne peut pas être contre-passée."))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
