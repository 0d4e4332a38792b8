"""The guided year-end closing: the checks, one page per kind of year-end work (its
proposed entries and why), the summary and the irreversible confirmation, then the AGM's
allocation of the result."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...domain.closing import ClosingCheck
from ...domain.errors import DomainError
from ...services.closing import ClosingResult, close_year, closing_checks, preview_opening
from ...services.year_end import Step
from ...services.year_end_steps import STEPS, pending_work_check, year_end_step
from .. import locale
from ..errors import report
from ..session import BookSession
from .closing_work_page import WorkPage

FINAL_WARNING = QT_TRANSLATE_NOOP(
    "ConfirmPage", "La clôture est définitive : un exercice clos ne peut jamais être rouvert ni "
    "modifié.")
COLOURS = {"ok": "#188038", "fail": "#b3261e", "warn": "#b06000"}
# The names services.closing gives its checks, shown in the interface language (their
# explanations stay French, like every service message); a trailing account code is kept.
CHECK_NAMES = (QT_TRANSLATE_NOOP("ChecksPage", "Exercice ouvert"),
               QT_TRANSLATE_NOOP("ChecksPage", "Exercices précédents clos"),
               QT_TRANSLATE_NOOP("ChecksPage", "Écritures équilibrées"),
               QT_TRANSLATE_NOOP("ChecksPage", "Contributions volontaires : 86 = 87"),
               QT_TRANSLATE_NOOP("ChecksPage", "Rapprochement bancaire"),
               QT_TRANSLATE_NOOP("ChecksPage", "Opérations bancaires catégorisées"),
               QT_TRANSLATE_NOOP("ChecksPage", "Exercice suivant"),
               QT_TRANSLATE_NOOP("ChecksPage", "À-nouveaux"),
               QT_TRANSLATE_NOOP("ChecksPage", "Compte d'attente"),
               QT_TRANSLATE_NOOP("ChecksPage", "Résultat précédent"),
               QT_TRANSLATE_NOOP("ChecksPage", "Travaux d'inventaire"))
CHECK_NAMES_WITH_CODE = (QT_TRANSLATE_NOOP("ChecksPage", "Rapprochement bancaire {}"),
                         QT_TRANSLATE_NOOP("ChecksPage", "Compte {}"))


def check_name(name: str) -> str:
    """A closing check's name as the treasurer reads it, in the interface language."""
    if name in CHECK_NAMES:
        return QCoreApplication.translate("ChecksPage", name)
    head, _, code = name.rpartition(" ")
    if head + " {}" in CHECK_NAMES_WITH_CODE:
        return QCoreApplication.translate("ChecksPage", head + " {}").format(code)
    return name


class ChecksPage(QWizardPage):
    """Page 1: each check, the failing ones explained with a way to fix them."""

    def __init__(self, wizard: ClosingWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Vérifications avant la clôture de l'exercice {}")
                      .format(wizard.label))
        self.setSubTitle(self.tr("Tout doit être vert pour clôturer. Les points orange sont "
                                 "des conseils : ils ne bloquent pas."))
        self.checks: list[ClosingCheck] = []
        self.fix_buttons: dict[str, QPushButton] = {}
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setColumnStretch(2, 1)
        self.grid.setVerticalSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows)
        self.again = QPushButton(self.tr("&Vérifier à nouveau"))
        self.again.clicked.connect(self.run_checks)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.again, 0, Qt.AlignmentFlag.AlignLeft)

    def initializePage(self) -> None:
        self.run_checks()

    def run_checks(self) -> None:
        self.checks = closing_checks(self.owner.session.book, self.owner.label)
        if not any(c.fails for c in self.checks if c.name == "Exercice ouvert"):
            self.checks.append(pending_work_check(self.owner.work_steps()))
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.fix_buttons.clear()
        for row, check in enumerate(self.checks):
            state = "ok" if check.ok else ("fail" if check.blocking else "warn")
            mark = QLabel({"ok": "✓", "fail": "✗", "warn": "!"}[state])
            mark.setStyleSheet(f"color: {COLOURS[state]}; font-size: 14pt; font-weight: bold;")
            name = QLabel(f"<b>{check_name(check.name)}</b>")
            text = QLabel(locale.amounts_in(check.explanation[:1].upper()
                                            + check.explanation[1:] + "."))
            text.setWordWrap(True)
            if not check.ok:
                text.setStyleSheet(f"color: {COLOURS[state]};")
            self.grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(name, row, 1, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(text, row, 2, Qt.AlignmentFlag.AlignTop)
            if not check.ok and check.fix and self.owner.can_show(check.fix):
                button = QPushButton(self.tr("Corriger…"))
                button.setAccessibleName(self.tr("Corriger : {}").format(
                    check_name(check.name)))
                button.clicked.connect(lambda _=False, c=check: self.owner.fix(c))
                self.grid.addWidget(button, row, 3, Qt.AlignmentFlag.AlignTop)
                self.fix_buttons[check.name] = button
        self.grid.setRowStretch(len(self.checks), 1)
        self.completeChanged.emit()

    def failing(self) -> list[ClosingCheck]:
        return [c for c in self.checks if c.fails]

    def isComplete(self) -> bool:
        return bool(self.checks) and not self.failing()


class ConfirmPage(QWizardPage):
    """Page 2: the result, the à-nouveaux to write, and the irreversible confirmation."""

    def __init__(self, wizard: ClosingWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Résultat et à-nouveaux"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Terminer la clôture"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Lignes des à-nouveaux"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Compte"), self.tr("Tiers"), self.tr("Débit"), self.tr("Crédit")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 140), (2, 120), (3, 120)):
            self.table.setColumnWidth(col, width)
        self.warning = QLabel(self.tr(FINAL_WARNING))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b3261e; font-weight: bold; padding: 6px; "
                                   "border: 1px solid #b3261e; border-radius: 4px;")
        self.confirm = QCheckBox(self.tr("J'ai compris : clôturer définitivement l'exercice {}")
                                 .format(wizard.label))
        self.confirm.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.confirm)

    def initializePage(self) -> None:
        preview = preview_opening(self.owner.session.book, self.owner.label)
        result = preview.result
        amount = locale.amount(abs(result.cents), currency=True)
        kind = (self.tr("Excédent de {} (compte 120)") if result.cents > 0 else
                self.tr("Déficit de {} (compte 129)") if result.cents < 0 else
                self.tr("Résultat nul ({})")).format(amount)
        where = (self.tr("L'exercice {} sera créé et ouvrira avec ces à-nouveaux (journal AN, "
                         "au {}).") if preview.next_year_created else
                 self.tr("L'exercice {} ouvrira avec ces à-nouveaux (journal AN, au {})."))
        title = self.tr("Résultat de l'exercice {} : {}").format(self.owner.label, kind)
        opening = where.format(preview.next_year, locale.date(preview.first_day))
        restart = self.tr("Les comptes de charges et de produits repartent à zéro.")
        text = [f"<p><b>{title}</b></p>", f"<p>{opening} {restart}</p>"]
        drafts = self.drafts_text()
        if drafts:
            text.append(f"<p>{drafts}</p>")
        if preview.reversals:
            day = locale.date(preview.first_day)
            said = (self.tr("La clôture extourne aussi la régularisation de l'exercice au {} :")
                    .format(day) if len(preview.reversals) == 1 else
                    self.tr("La clôture extourne aussi les {0} régularisations de l'exercice "
                            "au {1} :").format(locale.integer(len(preview.reversals)), day))
            text.append("<p>" + html.escape(said, quote=False) + "<br>" + "<br>".join(
                html.escape(r, quote=False) for r in preview.reversals) + "</p>")
        if preview.mappings:
            text.append("<p>" + self.tr("Comptes repris sous un autre numéro ou créés :") +
                        "<br>" + "<br>".join(str(m) for m in preview.mappings) + "</p>")
        self.summary.setText("".join(text))
        labels = preview.labels
        self.table.setRowCount(len(preview.lines))
        for row, line in enumerate(preview.lines):
            cells = (f"{line.account} {labels.get(line.account, '')}".strip(),
                     line.tiers or "", locale.amount(line.debit.cents, blank_zero=True),
                     locale.amount(line.credit.cents, blank_zero=True))
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.confirm.setChecked(False)

    def drafts_text(self) -> str:
        """What the closing will validate: the year's drafts, those without a piece
        reference numbered automatically ('' when none is left)."""
        count, unnamed = self.owner.session.conn.execute(
            "SELECT count(*), coalesce(sum(CASE WHEN trim(coalesce(e.piece_ref, '')) = '' "
            "THEN 1 ELSE 0 END), 0) FROM entry e JOIN fiscal_year f ON f.id = e.year_id "
            "WHERE f.label = ? AND e.valid_date IS NULL", (self.owner.label,)).fetchone()
        self.draft_count = count
        if not count:
            return ""
        text = locale.count(count, self.tr("La clôture valide la dernière écriture en "
                                           "brouillard : elle recevra son numéro définitif "
                                           "et ne pourra plus être modifiée."),
                            self.tr("La clôture valide les {} écritures encore en "
                                    "brouillard : elles recevront leur numéro définitif et "
                                    "ne pourront plus être modifiées."))
        if unnamed:
            text += " " + locale.count(unnamed, self.tr("L'écriture sans référence de pièce "
                                                        "recevra un numéro automatique"),
                                       self.tr("Les {} écritures sans référence de pièce "
                                               "recevront un numéro automatique"))
            text += f" (BQ-{self._start_year()}-0001…)."
        return text

    def _start_year(self) -> int:
        year = next((y for y in self.owner.session.years() if y.label == self.owner.label),
                    None)
        return year.start.year if year else 0

    def isComplete(self) -> bool:
        return self.confirm.isChecked()

    def validatePage(self) -> bool:
        return self.owner.close_now()


class DonePage(QWizardPage):
    """Page 3: what was written, and the AGM's decision still to record."""

    def __init__(self, wizard: ClosingWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Exercice clos"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.allocate_button = QPushButton(self.tr("Enregistrer l'&affectation du résultat…"))
        self.allocate_button.clicked.connect(wizard.allocate)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.allocate_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:
        r = self.owner.result
        lines = [self.tr("L'exercice {} est clos : ses écritures ne changeront plus.")
                 .format(r.year)]
        if r.validated:
            done = locale.count(r.validated, self.tr("{} écriture en brouillard validée par "
                                                     "la clôture."),
                                self.tr("{} écritures en brouillard validées par la clôture."))
            if r.pieces_numbered:
                done += " " + locale.count(r.pieces_numbered,
                                           self.tr("{} pièce numérotée automatiquement."),
                                           self.tr("{} pièces numérotées automatiquement."))
            lines.append(done)
        if r.entry_id:
            lines.append(self.tr("À-nouveaux : écriture n°{} de l'exercice {} ({}).")
                         .format(r.entry_number, r.next_year,
                                 locale.count(r.line_count, self.tr("{} ligne"),
                                              self.tr("{} lignes"))))
        lines.append(self.tr("Après l'assemblée générale qui approuve les comptes, enregistrez "
                             "sa décision sur le résultat : report à nouveau ou réserves."))
        self.text.setText("\n\n".join(lines))
        self.allocate_button.setEnabled(bool(r.result))


class ClosingWizard(QWizard):
    """Close ``label`` in the session's writer. ``show_view(key)`` takes the main window to
    the view where a failing check is fixed; ``views`` are the keys it knows."""

    def __init__(self, session: BookSession, label: str, *, views: tuple[str, ...] = (),
                 show_view: Callable[[str], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.label = label
        self.views = views
        self.show_view = show_view
        self.result: ClosingResult | None = None
        self.setWindowTitle(self.tr("Clôture de l'exercice {}").format(label))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Précédent"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuler"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Fermer"))
        self.checks_page = ChecksPage(self)
        self.work_pages = {key: WorkPage(self, key) for key in STEPS}
        self.confirm_page = ConfirmPage(self)
        self.done_page = DonePage(self)
        for page in (self.checks_page, *self.work_pages.values(), self.confirm_page,
                     self.done_page):
            self.addPage(page)
        self.resize(900, 640)

    def work_step(self, key: str) -> Step:
        return year_end_step(self.session.book, self.label, key)

    def work_steps(self) -> list[Step]:
        return [self.work_step(key) for key in STEPS]

    def can_show(self, key: str) -> bool:
        return self.show_view is not None and key in self.views

    def fix(self, check: ClosingCheck) -> None:
        """Leave the wizard for the view where ``check`` is fixed. A view that can go
        straight to the problem offers ``focus_on(account=..., date=...)``."""
        self.reject()
        view = self.show_view(check.fix)
        focus = getattr(view, "focus_on", None)
        if callable(focus) and (check.account or check.date):
            focus(account=check.account, date=check.date)

    def close_now(self) -> bool:
        try:
            self.result = close_year(self.session.book, self.label)
        except DomainError as exc:
            report(self, exc, self.tr("Clôture refusée."))
            self.checks_page.run_checks()
            return False
        # The closing renumbers the next year's entries after its à-nouveaux: undo and redo
        # name entries by (year, number), so nothing done before may be undone after.
        self.session.undo_stack.clear()
        self.session.refresh_years()
        self.session.notify()
        self.session.message.emit(self.tr("Exercice {} clos ; à-nouveaux dans l'exercice {}")
                                  .format(self.label, self.result.next_year))
        return True

    def allocate(self) -> None:
        from .allocation_dialog import AllocationDialog
        dialog = AllocationDialog(self.session, self.label, self)
        dialog.exec()
        if dialog.posted is not None:
            self.done_page.allocate_button.setEnabled(False)
