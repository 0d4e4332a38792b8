"""The AGM's decision on a closed year's result: report à nouveau and/or réserves."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, ValidationError
from ...domain.money import Money
from ...services.closing import allocation_proposal, record_allocation
from .. import locale
from ..session import BookSession


class AllocationDialog(QDialog):
    """Split the result between report à nouveau and réserves (default: all to report)."""

    def __init__(self, session: BookSession, closed_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.label = closed_label
        self.proposal = allocation_proposal(session.book, closed_label)
        self.posted = None
        result = self.proposal.result
        surplus = result.cents >= 0
        self.setWindowTitle(self.tr("Affectation du résultat {}").format(closed_label))
        self.setMinimumWidth(480)
        intro = QLabel(
            (self.tr("Excédent de l'exercice {} : {}. L'assemblée générale décide de le garder "
                     "en report à nouveau (110) ou de le mettre en réserves (1068).")
             if surplus else
             self.tr("Déficit de l'exercice {} : {}. L'assemblée générale décide de le garder "
                     "en report à nouveau (119) ou de l'imputer sur les réserves (1068)."))
            .format(closed_label, locale.amount(abs(result.cents), currency=True)))
        intro.setWordWrap(True)
        # The entry goes to the first open year after the closed one, which may not be the
        # next one when the AG met after its closing: say which.
        self.where = QLabel(self.tr("L'écriture d'affectation sera passée dans l'exercice {} "
                                    "(journal OD).").format(self.proposal.next_year)
                            if self.proposal.next_year else "")
        self.where.setWordWrap(True)
        self.report_edit = QLineEdit(locale.amount(self.proposal.report.cents))
        self.report_edit.setAccessibleName(self.tr("Report à nouveau"))
        self.reserves_edit = QLineEdit(locale.amount(self.proposal.reserves.cents))
        self.reserves_edit.setAccessibleName(self.tr("Réserves"))
        self.date_edit = QLineEdit(locale.date(self._default_date()))
        self.date_edit.setAccessibleName(self.tr("Date de l'écriture"))
        self.report_edit.textEdited.connect(lambda: self._balance(self.report_edit,
                                                                  self.reserves_edit))
        self.reserves_edit.textEdited.connect(lambda: self._balance(self.reserves_edit,
                                                                    self.report_edit))
        form = QFormLayout()
        form.addRow(self.tr("&Report à nouveau ({})").format("110" if surplus else "119"),
                    self.report_edit)
        form.addRow(self.tr("Ré&serves (1068)"), self.reserves_edit)
        form.addRow(self.tr("&Date (jj/mm/aaaa)"), self.date_edit)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Enregistrer l'affectation"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.where)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        refusal = self._refusal()
        if refusal:
            self._fail(refusal)
            self.ok_button.setEnabled(False)

    def _refusal(self) -> str:
        """Why the decision cannot be recorded now ("" when it can)."""
        p = self.proposal
        if p.recorded:
            return self.tr("L'affectation du résultat {} est déjà enregistrée.").format(p.year)
        if not p.closed:
            return self.tr("L'exercice {} n'est pas clos.").format(p.year)
        if not p.result:
            return self.tr("Le résultat est nul : il n'y a rien à affecter.")
        if p.next_year is None:
            return self.tr("Aucun exercice ouvert après {} pour y enregistrer l'affectation : "
                           "ajoutez l'exercice suivant (Exercice › Ajouter un exercice…).") \
                .format(p.year)
        return ""

    def _default_date(self) -> dt.date:
        following = next((y for y in self.session.years()
                          if y.label == self.proposal.next_year), None)
        today = dt.date.today()
        if following is None:
            return today
        return min(max(today, following.start), following.end)

    def _balance(self, typed: QLineEdit, other: QLineEdit) -> None:
        """Typing one amount fills the other with the rest of the result."""
        try:
            amount = Money.parse(typed.text()) if typed.text().strip() else Money(0)
        except ValidationError:
            return
        rest = abs(self.proposal.result) - amount
        if rest.cents >= 0:
            other.setText(locale.amount(rest.cents))

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> None:
        try:
            report = Money.parse(self.report_edit.text() or "0")
            reserves = Money.parse(self.reserves_edit.text() or "0")
            year = self._default_date().year
            date = locale.parse_date(self.date_edit.text(), year)
        except (ValidationError, ValueError) as exc:
            self._fail(str(exc))
            return
        try:
            self.posted = record_allocation(self.session.book, self.label, report=report,
                                            reserves=reserves, date=date)
        except DomainError as exc:
            self._fail(str(exc))
            return
        self.session.notify()
        self.session.message.emit(self.tr("Affectation du résultat {} enregistrée : écriture "
                                          "n°{} de l'exercice {}").format(
            self.label, self.posted.number, self.posted.year))
        self.accept()
