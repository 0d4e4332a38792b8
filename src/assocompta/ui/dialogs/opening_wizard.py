"""Exercices › « Saisir les soldes d'ouverture… »: the same pages as the new-association
wizard, for a book created without its opening balances (its first year, still open)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget, QWizard

from ...domain.errors import DomainError
from ...domain.opening import Opening
from ...services.opening import book_opening
from ..session import BookSession
from .opening_pages import BalancesPage, BilanPage, SummaryPage, sentence, typed_opening


class OpeningWizard(QWizard):
    """Book the opening entry of year ``year_id``; :attr:`posted` once done."""

    def __init__(self, session: BookSession, year_id: int, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.session = session
        self.year_id = year_id
        self.posted = None
        with session.book.session() as s:
            conn = session.book.raw_connection(s)
            label, start, chart_id = conn.execute(
                "SELECT label, start_date, chart_id FROM fiscal_year WHERE id = ?",
                (year_id,)).fetchone()
            self._accounts = dict(conn.execute(
                "SELECT code, label FROM account WHERE chart_id = ?", (chart_id,)).fetchall())
            # 512 itself and the association's own bank accounts, where the balances go.
            banks = tuple(conn.execute(
                "SELECT code, label FROM account WHERE chart_id = ? AND (code = '512' OR "
                "(code LIKE '512_%' AND is_custom = 1)) ORDER BY code", (chart_id,)))
        self._first_day = dt.date.fromisoformat(str(start))
        self.setWindowTitle(self.tr("Soldes d'ouverture de l'exercice {}").format(label))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Précédent"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuler"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Enregistrer"))
        self.balances_page = BalancesPage(ask=False, banks=banks)
        self.balances_page.setSubTitle(self.tr(
            "Le solde de chaque compte la veille du premier jour de l'exercice (relevé "
            "bancaire), et l'argent de la caisse."))
        self.bilan_page = BilanPage()
        self.summary_page = SummaryPage()
        self.addPage(self.balances_page)
        self.bilan_page_id = self.addPage(self.bilan_page)
        self.summary_page_id = self.addPage(self.summary_page)
        self.resize(900, 640)

    def first_day(self) -> dt.date:
        return self._first_day

    def known_accounts(self) -> dict[str, str]:
        return self._accounts

    def opening(self) -> Opening:
        """The balances typed so far (the bilan only when asked for)."""
        return typed_opening(self)

    def validateCurrentPage(self) -> bool:
        if not super().validateCurrentPage():
            return False
        if self.currentPage() is not self.summary_page:
            return True
        try:
            self.posted = book_opening(self.session.book, self.year_id, self.opening())
        except DomainError as exc:
            text = str(exc)
            self.summary_page.error_label.setText(sentence(text))
            return False
        # The year's entries moved up by one: undo names entries by (year, number).
        self.session.undo_stack.clear()
        self.session.notify()
        self.session.message.emit(self.tr("Soldes d'ouverture enregistrés : écriture n°1 de "
                                          "l'exercice {}").format(self.posted.year))
        return True
