"""One page of the closing wizard per kind of year-end work (immobilisations, provisions,
régularisations, fonds dédiés): the entries it proposes and why, booked when the treasurer
ticks them, skipped when they do not concern the association."""

from __future__ import annotations

import html

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from ...domain.errors import DomainError
from ...services.year_end import Proposal, Step, book_proposals
from .. import locale
from ..errors import report

if TYPE_CHECKING:
    from .closing_wizard import ClosingWizard

# The services' step titles, shown in the interface language (their explanations and reasons
# stay French, like every service message).
TITLES = {
    "immobilisations": QT_TRANSLATE_NOOP("WorkPage", "Immobilisations et amortissements"),
    "provisions": QT_TRANSLATE_NOOP("WorkPage", "Provisions et dépréciations"),
    "regularisations": QT_TRANSLATE_NOOP(
        "WorkPage", "Régularisations (charges et produits de l'exercice)"),
    "fonds_dedies": QT_TRANSLATE_NOOP("WorkPage", "Fonds dédiés"),
}
# What the treasurer states himself on each page, in the dialog the menu also opens.
MORE = {
    "immobilisations": QT_TRANSLATE_NOOP("WorkPage", "&Registre des immobilisations…"),
    "provisions": QT_TRANSLATE_NOOP("WorkPage", "Passer une provision ou une &reprise…"),
    "fonds_dedies": QT_TRANSLATE_NOOP("WorkPage", "&Actions terminées…"),
}


class WorkPage(QWizardPage):
    """The step ``key`` of the year-end work: its proposals, one tree item per entry with
    its lines under it, ticked by default; what was booked already; what to look at."""

    def __init__(self, wizard: ClosingWizard, key: str) -> None:
        super().__init__()
        self.owner = wizard
        self.key = key
        self.step: Step | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Écriture proposée / compte"), self.tr("Débit"),
                                   self.tr("Crédit")])
        self.tree.setAccessibleName(self.tr("Écritures proposées"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(1, 110)
        self.tree.setColumnWidth(2, 110)
        self.tree.itemChanged.connect(self._ticked)
        self.tree.currentItemChanged.connect(self._show_reason)
        # Why each entry is proposed: the reason in full, for the entry under the cursor.
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.RichText)
        self.reason.setAccessibleName(self.tr("Pourquoi"))
        self.reason.setStyleSheet("padding: 6px; border: 1px solid palette(mid); "
                                  "border-radius: 4px;")
        self.book_button = QPushButton(self.tr("&Passer les écritures cochées"))
        self.book_button.clicked.connect(self.book_ticked)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.book_button)
        buttons.addStretch(1)
        self.more_button: QPushButton | None = None
        if key in MORE:
            self.more_button = QPushButton(QCoreApplication.translate("WorkPage", MORE[key]))
            self.more_button.clicked.connect(self.state_more)
            buttons.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        layout.addWidget(self.state)
        # Without proposals the page's text stays at its top.
        layout.addStretch(0)
        self.main_layout = layout

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.step = self.owner.work_step(self.key)
        step = self.step
        self.setTitle(QCoreApplication.translate("WorkPage", TITLES[step.key])
                      if step.key in TITLES else step.title)
        self.intro.setText(step.explanation)
        self.labels = self._account_labels()
        self.tree.blockSignals(True)
        self.tree.clear()
        for proposal in step.proposals:
            self.tree.addTopLevelItem(self._item(proposal))
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self.tree.setVisible(bool(step.proposals))
        self.reason.setVisible(bool(step.proposals))
        self.main_layout.setStretch(self.main_layout.count() - 1, 0 if step.proposals else 1)
        if step.proposals:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.book_button.setVisible(bool(step.proposals))
        self._ticked()
        self.state.setText(self._state_text(step))

    def _account_labels(self) -> dict[str, str]:
        return dict(self.owner.session.conn.execute(
            "SELECT a.code, a.label FROM account a JOIN fiscal_year f ON f.chart_id = a.chart_id "
            "WHERE f.label = ?", (self.owner.label,)).fetchall())

    def _item(self, proposal: Proposal) -> QTreeWidgetItem:
        draft = proposal.draft
        top = QTreeWidgetItem([f"{locale.date(draft.date)}  {draft.label}",
                               locale.amount(draft.total_debit.cents),
                               locale.amount(draft.total_credit.cents)])
        top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        top.setCheckState(0, Qt.CheckState.Checked)
        top.setToolTip(0, proposal.reason)
        top.setData(0, Qt.ItemDataRole.UserRole, proposal)
        for col in (1, 2):
            top.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for line in draft.lines:
            who = " · ".join(x for x in (line.tiers, line.action) if x)
            text = f"{line.account}  {self.labels.get(line.account, '')}".rstrip()
            child = QTreeWidgetItem([text + (f"  ({who})" if who else ""),
                                     locale.amount(line.debit.cents, blank_zero=True),
                                     locale.amount(line.credit.cents, blank_zero=True)])
            child.setToolTip(0, child.text(0))
            for col in (1, 2):
                child.setTextAlignment(col, Qt.AlignmentFlag.AlignRight
                                       | Qt.AlignmentFlag.AlignVCenter)
            top.addChild(child)
        return top

    def _show_reason(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        while item is not None and item.parent() is not None:
            item = item.parent()
        proposal = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        self.reason.setText(
            "" if proposal is None else
            f"<b>{self.tr('Pourquoi :')}</b> {html.escape(locale.amounts_in(proposal.reason), quote=False)}")

    def _state_text(self, step: Step) -> str:
        parts = []
        if step.booked:
            marks = ",".join("?" * len(step.booked))
            rows = self.owner.session.conn.execute(
                "SELECT e.number, e.label, sum(l.debit) FROM entry e JOIN entry_line l ON "
                f"l.entry_id = e.id WHERE e.id IN ({marks}) GROUP BY e.id, e.number, e.label "
                "ORDER BY e.number", tuple(step.booked)).fetchall()
            parts.append(locale.count(len(step.booked),
                                      self.tr("{} écriture de cette étape est déjà passée dans "
                                              "l'exercice (en brouillard : supprimez-la dans la "
                                              "saisie pour la refaire) :"),
                                      self.tr("{} écritures de cette étape sont déjà passées "
                                              "dans l'exercice (en brouillard : supprimez-les "
                                              "dans la saisie pour les refaire) :")))
            parts += ["&nbsp;&nbsp;• " + html.escape(
                f"n°{number} {label} ({locale.amount(total, currency=True)})", quote=False)
                for number, label, total in rows]
        if not step.proposals:
            parts.append(self.tr("Rien à passer pour cette étape : vous pouvez continuer."))
        else:
            parts.append(self.tr("Décochez ce qui ne vous concerne pas ; vous pouvez aussi "
                                 "continuer sans rien passer."))
        parts += [html.escape(locale.amounts_in(n), quote=False) for n in step.notes]
        return "<br>".join(parts)

    def state_more(self) -> None:
        """Open what the treasurer fills in himself for this step, then propose again."""
        session, label = self.owner.session, self.owner.label
        if self.key == "immobilisations":
            from .assets_dialog import AssetsDialog
            dialog = AssetsDialog(session, label, self)
        elif self.key == "provisions":
            from .year_end_dialogs import ProvisionsDialog
            dialog = ProvisionsDialog(session, label, self)
        else:
            from .finished_actions_dialog import FinishedActionsDialog
            end = next(y.end for y in session.years() if y.label == label)
            dialog = FinishedActionsDialog(session, end, self)
        dialog.exec()
        self.refresh()

    def ticked(self) -> list[Proposal]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in items
                if item.checkState(0) == Qt.CheckState.Checked]

    def _ticked(self, *_args) -> None:
        self.book_button.setEnabled(bool(self.ticked()))

    def book_ticked(self) -> None:
        chosen = self.ticked()
        if not chosen:
            return
        try:
            book_proposals(self.owner.session.book, self.owner.label, chosen)
        except DomainError as exc:
            report(self, exc, self.tr("Les écritures n'ont pas été passées."))
            return
        self.owner.session.notify()
        self.owner.session.message.emit(
            locale.count(len(chosen), self.tr("{} écriture de clôture passée en brouillard"),
                         self.tr("{} écritures de clôture passées en brouillard")))
        self.refresh()
