"""Saisie › Valider les écritures… and Valider la sélection: drafts (brouillard) get their
definitive number and their ValidDate, and are frozen (PCG art. 921-3, docs/validation.md).

The dialog says beforehand how many drafts the validation takes, which of them lack a piece
reference, and that it cannot be undone; the refusal of the service (an account the FEC
refuses…) is shown in the dialog, and nothing is written.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...domain.fixes import for_app
from ...reports.context import YearInfo
from .. import locale
from ..session import BookSession

#: the journal the checkbox's example names (the bank's, the one most entries are in)
EXAMPLE_JOURNAL = "BQ"


def default_through(year: YearInfo, today: dt.date) -> dt.date:
    """The last day of the month before ``today``, or the year's end when that day is not
    in the year (a year over: all of it; a year just begun: all of it too)."""
    day = today.replace(day=1) - dt.timedelta(days=1)
    return day if year.start <= day <= year.end else year.end


class ValidateDialog(QDialog):
    """The drafts of an open year dated up to « jusqu'au » — or the drafts ``entry_ids``
    chosen in the journal — validated in one transaction."""

    def __init__(self, session: BookSession, parent: QWidget | None = None, *,
                 entry_ids: list[int] | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entry_ids = list(entry_ids) if entry_ids is not None else None
        self.today = today or dt.date.today()
        self.done_ = None  # the Validated, once done
        self._drafts = (0, None, None, 0)  # count, first date, last date, without piece
        self.setWindowTitle(self.tr("Valider la sélection") if self.entry_ids is not None
                            else self.tr("Valider les écritures"))
        self.intro = QLabel(self.tr(
            "Les écritures choisies qui sont en brouillard reçoivent leur numéro définitif, à "
            "la suite des écritures déjà validées, et la date de validation d'aujourd'hui.")
            if self.entry_ids is not None else self.tr(
            "Les écritures en brouillard datées jusqu'au jour choisi reçoivent leur numéro "
            "définitif, à la suite des écritures déjà validées, et la date de validation "
            "d'aujourd'hui."))
        self.intro.setWordWrap(True)
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Exercice à valider"))
        self.through_edit = QLineEdit()
        self.through_edit.setPlaceholderText(self.tr("jj/mm/aaaa"))
        self.through_edit.setAccessibleName(self.tr("Valider jusqu'au"))
        self.through_edit.setMaximumWidth(140)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.year_combo.setMinimumContentsLength(12)
        form.addRow(self.tr("&Exercice :"), self.year_combo)
        if self.entry_ids is None:
            form.addRow(self.tr("&Jusqu'au :"), self.through_edit)
        else:
            self.through_edit.hide()
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.count_label.setTextFormat(Qt.TextFormat.RichText)
        self.pieces_label = QLabel()
        self.pieces_label.setWordWrap(True)
        self.pieces_label.setStyleSheet("color: #b06000;")
        self.number_pieces = QCheckBox()
        self.warning = QLabel(self.tr(
            "Une écriture validée ne peut plus être modifiée ni supprimée (PCG, art. 921-3) : "
            "on la corrige par une contre-passation. La validation ne s'annule pas avec "
            "Ctrl+Z, et ce qui a été fait avant ne pourra plus être annulé."))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("padding: 6px; border: 1px solid #b06000; "
                                   "border-radius: 4px;")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setAccessibleName(self.tr("Erreur"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Valider"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.validate)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.pieces_label)
        layout.addWidget(self.number_pieces)
        layout.addWidget(self.warning)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._fill_years()
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        self.through_edit.textChanged.connect(self._update)
        self.number_pieces.toggled.connect(self._update)
        self._year_chosen()
        self.error_label.hide()
        self.resize(620, self.heightForWidth(620) if self.hasHeightForWidth()
                    else self.sizeHint().height())

    # -- what will be validated ----------------------------------------------------------
    def _fill_years(self) -> None:
        """The open years; the one shown in the window first (selection: only it)."""
        shown = self.session.year
        years = [y for y in self.session.years() if not y.closed]
        if self.entry_ids is not None:
            years = [y for y in years if shown and y.id == shown.id]
        for y in years:
            self.year_combo.addItem(y.label, y)
        at = next((i for i, y in enumerate(years) if shown and y.id == shown.id), 0)
        self.year_combo.setCurrentIndex(at)
        self.year_combo.setEnabled(len(years) > 1)

    @property
    def year(self) -> YearInfo | None:
        return self.year_combo.currentData()

    def _year_chosen(self, *_args) -> None:
        year = self.year
        if year is None:
            return
        self.through_edit.blockSignals(True)
        self.through_edit.setText(locale.date(default_through(year, self.today)))
        self.through_edit.blockSignals(False)
        self.number_pieces.setText(self.tr(
            "Numéroter automatiquement les pièces manquantes ({}-{}-0001…)")
            .format(EXAMPLE_JOURNAL, year.start.year))
        self._update()

    def through(self) -> dt.date | None:
        """The date typed (None in a selection); ValueError when it does not read as one."""
        if self.entry_ids is not None:
            return None
        return locale.parse_date(self.through_edit.text(), self.year.start.year)

    def _count(self, through: dt.date | None) -> tuple[int, str | None, str | None, int]:
        """count, first and last date, and how many lack a piece reference, among the
        drafts the validation would take (the drafts' own index: one query)."""
        where, params = ["year_id = ?", "valid_date IS NULL"], [self.year.id]
        if through is not None:
            where.append("date <= ?")
            params.append(through.isoformat())
        if self.entry_ids is not None:
            where.append(f"id IN ({','.join('?' * len(self.entry_ids))})")
            params += self.entry_ids
        count, first, last, unnamed = self.session.conn.execute(
            "SELECT count(*), min(date), max(date), "
            "coalesce(sum(CASE WHEN trim(coalesce(piece_ref, '')) = '' THEN 1 ELSE 0 END), 0) "
            f"FROM entry WHERE {' AND '.join(where)}", tuple(params)).fetchone()
        return count, first, last, unnamed

    def _refused(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _update(self, *_args) -> None:
        self._refused("")
        year = self.year
        if year is None:
            self.count_label.setText(self.tr("Aucun exercice ouvert : rien à valider."))
            self.ok_button.setEnabled(False)
            return
        try:
            through = self.through()
        except ValueError as exc:
            self.count_label.setText(str(exc))
            self.pieces_label.hide()
            self.ok_button.setEnabled(False)
            return
        count, first, last, unnamed = self._drafts = self._count(through)
        if not count:
            self.count_label.setText(
                self.tr("Aucun brouillard parmi les écritures choisies : elles sont déjà "
                        "validées.") if self.entry_ids is not None else
                self.tr("Aucune écriture en brouillard jusqu'au {} dans l'exercice {}.")
                .format(locale.date(through), year.label))
        else:
            what = locale.count(count, self.tr("{} écriture en brouillard sera validée"),
                                self.tr("{} écritures en brouillard seront validées"))
            when = (self.tr("du {}").format(locale.date(first)) if first == last else
                    self.tr("du {} au {}").format(locale.date(first), locale.date(last)))
            self.count_label.setText(f"<b>{what}</b> ({when}).")
        self.pieces_label.setVisible(bool(unnamed))
        self.pieces_label.setText(
            (locale.count(unnamed, self.tr("Dont {} sans référence de pièce : cochez la "
                                           "numérotation automatique ci-dessous, ou saisissez "
                                           "sa référence avant de valider."),
                          self.tr("Dont {} sans référence de pièce : cochez la "
                                  "numérotation automatique ci-dessous, ou saisissez leurs "
                                  "références avant de valider.")))
            if not self.number_pieces.isChecked() else
            locale.count(unnamed, self.tr("Dont {} sans référence de pièce : elle recevra un "
                                          "numéro automatique."),
                         self.tr("Dont {} sans référence de pièce : elles recevront un "
                                 "numéro automatique.")))
        self.number_pieces.setEnabled(bool(unnamed) or self.number_pieces.isChecked())
        self.ok_button.setEnabled(bool(count))

    @property
    def draft_count(self) -> int:
        """How many drafts the validation will take, as the dialog says."""
        return self._drafts[0]

    # -- doing it ------------------------------------------------------------------------
    def validate(self) -> None:
        from ..commands import validate
        year = self.year
        try:
            through = self.through()
        except ValueError as exc:
            self._refused(str(exc))
            return
        try:
            done = validate(self.session, year.label, through=through,
                            entry_ids=self.entry_ids,
                            number_pieces=self.number_pieces.isChecked())
        except DomainError as exc:
            self._refused(for_app(str(exc)))
            return
        self.done_ = done
        if done.count:
            text = locale.count(done.count, self.tr("{} écriture validée"),
                                self.tr("{} écritures validées"))
            numbers = (self.tr("n°{}").format(done.first) if done.first == done.last else
                       self.tr("n°{} à n°{}").format(done.first, done.last))
            message = self.tr("{} ({}, exercice {}).").format(text, numbers, done.year)
            if done.pieces_numbered:
                message += " " + locale.count(
                    done.pieces_numbered, self.tr("{} pièce numérotée automatiquement."),
                    self.tr("{} pièces numérotées automatiquement."))
            self.session.message.emit(message)
        self.accept()

    @classmethod
    def show_for(cls, parent: QWidget, session: BookSession, *,
                 entry_ids: list[int] | None = None) -> ValidateDialog | None:
        """Open the dialog beside ``parent`` (window-modal, not blocking); None, and why in
        the status bar, when no open year has anything to validate."""
        if not any(not y.closed for y in session.years()):
            session.message.emit(QCoreApplication.translate(
                "ValidateDialog", "Aucun exercice ouvert : toutes les écritures sont validées."))
            return None
        if entry_ids is not None and (session.year is None or session.year.closed):
            session.message.emit(QCoreApplication.translate(
                "ValidateDialog", "Exercice clos : ses écritures sont toutes validées."))
            return None
        dialog = cls(session, parent, entry_ids=entry_ids)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
