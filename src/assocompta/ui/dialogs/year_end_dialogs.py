"""Exercice › Régularisations de fin d'exercice… and Exercice › Provisions et
dépréciations…: the year-end work of services/cutoff.py and services/provisions.py outside
the closing wizard (``assocompta year cutoff`` and ``assocompta provision``).

Each proposal is shown with its amount and, on hover, why it is proposed; the checked ones
are booked as drafts in one transaction (the treasurer may still delete one: it is then
proposed again). A provision is booked with its reason; a reprise takes back part or all of
the provision selected in the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...domain.money import Money
from ...services.cutoff import cutoff_step
from ...services.provisions import KIND_LABELS, provision, provisions_at, provisions_step, reprise
from ...services.year_end import book_proposals
from .. import locale
from ..session import BookSession


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.setAccessibleName(name)
    label.hide()
    return label


class CutoffDialog(QDialog):
    """The 'regularisations' step of ``year_label``: proposals to check and book."""

    def __init__(self, session: BookSession, year_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.year_label = year_label
        self.booked: list[int] = []
        self.setWindowTitle(self.tr("Régularisations de l'exercice {}").format(year_label))
        self.setMinimumWidth(640)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.proposals_list = QListWidget()
        self.proposals_list.setAccessibleName(self.tr("Régularisations proposées"))
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.error = _error_label(self.tr("Erreur"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        self.book_button = QPushButton(self.tr("&Passer les écritures cochées"))
        buttons.addButton(self.book_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.book_button.clicked.connect(self.book_checked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.proposals_list, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.step = cutoff_step(self.session.book, self.year_label)
        self.explanation.setText(self.step.explanation)
        self.proposals_list.clear()
        for p in self.step.proposals:
            amount = sum(ln.debit.cents for ln in p.draft.lines)
            item = QListWidgetItem(f"{p.draft.label} — {locale.amount(amount, currency=True)}")
            item.setToolTip(p.reason)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.proposals_list.addItem(item)
        if not self.step.proposals:
            self.proposals_list.addItem(self.tr("Aucune proposition : rien dans les écritures "
                                                "de l'exercice ne nomme une période qui "
                                                "dépasse sa fin (ou c'est déjà passé)."))
        booked = len(self.step.booked)
        self.notes.setText((locale.count(booked, self.tr("{} régularisation déjà passée."),
                                         self.tr("{} régularisations déjà passées.")) + "\n"
                            if booked else "") + "\n".join(f"– {n}" for n in self.step.notes))
        self.book_button.setEnabled(bool(self.step.proposals) and self.session.writable)

    def checked(self) -> list:
        return [p for row, p in enumerate(self.step.proposals)
                if self.proposals_list.item(row).checkState() == Qt.CheckState.Checked]

    def book_checked(self) -> None:
        chosen = self.checked()
        if not chosen:
            return
        try:
            ids = book_proposals(self.session.book, self.year_label, chosen)
        except DomainError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.booked += ids
        self.session.notify()
        self.session.message.emit(locale.count(
            len(ids), self.tr("{} régularisation passée en brouillard (journal OD)"),
            self.tr("{} régularisations passées en brouillard (journal OD)")))
        self.reload()


class ProvisionsDialog(QDialog):
    """Provisions open at the end of ``year_label`` with their reasons; a new one; a reprise
    of the selected one."""

    def __init__(self, session: BookSession, year_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.year_label = year_label
        self.setWindowTitle(self.tr("Provisions et dépréciations — exercice {}")
                            .format(year_label))
        self.setMinimumWidth(640)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.open_list = QListWidget()
        self.open_list.setAccessibleName(self.tr("Provisions ouvertes"))
        self.notes = QLabel()
        self.notes.setWordWrap(True)

        add_box = QGroupBox(self.tr("Nouvelle provision"))
        self.kind_combo = QComboBox()
        for key, text in KIND_LABELS.items():
            self.kind_combo.addItem(text, key)
        self.amount_edit = QLineEdit()
        self.amount_edit.setAccessibleName(self.tr("Montant"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Raison"))
        self.reason_edit.setPlaceholderText(self.tr("ce que la provision couvre (l'annexe le "
                                                    "cite)"))
        self.tiers_edit = QLineEdit()
        self.tiers_edit.setAccessibleName(self.tr("Tiers"))
        self.tiers_edit.setPlaceholderText(self.tr("code du débiteur (dépréciation de "
                                                   "créance)"))
        self.account_edit = QLineEdit()
        self.account_edit.setAccessibleName(self.tr("Compte"))
        self.account_edit.setPlaceholderText(self.tr("facultatif : un sous-compte (ex. 1511)"))
        form = QFormLayout(add_box)
        form.addRow(self.tr("&Nature"), self.kind_combo)
        form.addRow(self.tr("&Montant"), self.amount_edit)
        form.addRow(self.tr("&Raison"), self.reason_edit)
        form.addRow(self.tr("&Tiers"), self.tiers_edit)
        form.addRow(self.tr("&Compte"), self.account_edit)
        self.add_button = QPushButton(self.tr("&Passer la provision"))
        self.add_button.clicked.connect(self.add)
        form.addRow(self.add_button)

        back_box = QGroupBox(self.tr("Reprise de la provision choisie dans la liste"))
        self.back_amount_edit = QLineEdit()
        self.back_amount_edit.setAccessibleName(self.tr("Montant repris"))
        self.back_reason_edit = QLineEdit()
        self.back_reason_edit.setAccessibleName(self.tr("Raison de la reprise"))
        back_form = QFormLayout(back_box)
        back_form.addRow(self.tr("Montant de la repris&e"), self.back_amount_edit)
        back_form.addRow(self.tr("Moti&f de la reprise"), self.back_reason_edit)
        self.back_button = QPushButton(self.tr("Enregistrer la repr&ise"))
        self.back_button.clicked.connect(self.take_back)
        back_form.addRow(self.back_button)

        self.error = _error_label(self.tr("Erreur"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.open_list, 1)
        layout.addWidget(self.notes)
        layout.addWidget(add_box)
        layout.addWidget(back_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for button in (self.add_button, self.back_button):
            button.setEnabled(session.writable)
        self.reload()

    def reload(self) -> None:
        step = provisions_step(self.session.book, self.year_label)
        year = next(y for y in self.session.years() if y.label == self.year_label)
        self.explanation.setText(step.explanation)
        self.lines = provisions_at(self.session.book, year.end)
        self.open_list.clear()
        for p in self.lines:
            text = (f"{p.account} {p.label}{f' ({p.tiers})' if p.tiers else ''} : "
                    f"{locale.amount(p.amount.cents, currency=True)}")
            item = QListWidgetItem(text + (f" — {'; '.join(p.reasons)}" if p.reasons else ""))
            self.open_list.addItem(item)
        if not self.lines:
            self.open_list.addItem(self.tr("Aucune provision ouverte à la fin de l'exercice."))
        self.notes.setText("\n".join(f"– {n}" for n in step.notes))

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _done(self, text: str) -> None:
        self.error.hide()
        self.session.notify()
        self.session.message.emit(text)
        self.reload()

    def add(self) -> None:
        try:
            amount = Money.parse(self.amount_edit.text())
            provision(self.session.book, self.year_label, self.kind_combo.currentData(),
                      self.account_edit.text().strip() or None, amount,
                      self.reason_edit.text(), self.tiers_edit.text().strip() or None)
        except DomainError as exc:
            self._fail(str(exc))
            return
        self.amount_edit.clear()
        self.reason_edit.clear()
        self._done(self.tr("Provision passée en brouillard (journal OD)"))

    def take_back(self) -> None:
        row = self.open_list.currentRow()
        if not self.lines or row < 0:
            self._fail(self.tr("Choisissez dans la liste la provision à reprendre."))
            return
        chosen = self.lines[row]
        try:
            amount = Money.parse(self.back_amount_edit.text())
            reprise(self.session.book, self.year_label, chosen.account, amount,
                    self.back_reason_edit.text(), chosen.tiers)
        except DomainError as exc:
            self._fail(str(exc))
            return
        self.back_amount_edit.clear()
        self.back_reason_edit.clear()
        self._done(self.tr("Reprise passée en brouillard (journal OD)"))
