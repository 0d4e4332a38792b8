"""The wizard pages that ask for an association's opening balances: banks and cash box, the
previous year's bilan, and the opening entry they make (domain/opening.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ...domain.accounts import chart_for_start, load_chart
from ...domain.errors import ValidationError
from ...domain.money import ZERO, Money
from ...domain.opening import (BILAN_BY_KEY, BILAN_LINES, CASH, FIRST_DAY_KEYS,
                               CHOICES, FIRST_DAY_LABELS, FIRST_NET_POSITION, BankBalance,
                               BilanLine, Opening, OtherBalance, bilan_totals, check_accounts,
                               check_opening, for_chart, grouping, opening_draft, with_codes)
from .. import locale

ERROR_STYLE = "color: #b00020;"
MAX_BANKS = 6
BILAN_AMOUNT_WIDTH = 110


def read_amount(edit: QLineEdit, field: str) -> Money:
    """The amount typed in ``edit`` (empty: zero); a refusal names ``field``."""
    text = edit.text().strip()
    if not text:
        return ZERO
    try:
        return Money.parse(text)
    except ValidationError as exc:
        raise exc.located(field=field) from None


def amount_edit(accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(locale.amount(0))  # 0,00 or 0.00
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    edit.setAccessibleName(accessible)
    edit.setMaximumWidth(150)
    return edit


def sentence(text: str) -> str:
    """A service message as a sentence: capital first, full stop last."""
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def line_code(line: BilanLine, known: dict[str, str]) -> str:
    """The account ``line`` goes to in this chart (4417 in the 2018 chart, 441 in 2025)."""
    return next((c for c in line.codes if c in known and not grouping(c, known)), line.code)


def resolved(wizard, opening: Opening) -> Opening:
    """``opening`` with its banks' codes and its lines' accounts found in the wizard's chart."""
    known = wizard.known_accounts()
    opening = Opening(with_codes(opening.banks, known), opening.cash, opening.bilan,
                      opening.first_day, opening.accounts, opening.others)
    return for_chart(opening, dict.fromkeys(known, ""), set(known))


def typed_opening(wizard) -> Opening:
    """What the wizard's pages hold: banks and cash, then the bilan or the first day's
    receivables and debts."""
    page = wizard.balances_page
    base = page.treasury()
    if page.exists and page.bilan_check.isChecked():
        bilan = wizard.bilan_page
        return Opening(base.banks, base.cash, bilan.bilan(), accounts=bilan.accounts(),
                       others=bilan.others())
    return Opening(base.banks, base.cash, first_day=page.first_day_amounts())


def fail(label: QLabel, exc: ValidationError, focus: QWidget | None = None) -> bool:
    label.setText(sentence(str(exc)))
    if focus is not None:
        focus.setFocus()
    return False


class BankRow:
    """One bank account: its name (or the chart's, for an account the book has) and balance."""

    def __init__(self, page: BalancesPage, n: int, code: str = "", name: str = "") -> None:
        self.code = code
        self.code_label = QLabel(code or "512…")
        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText(BalancesPage.tr("ex. Crédit Mutuel – compte courant"))
        self.name_edit.setAccessibleName(BalancesPage.tr("Nom du compte bancaire {}").format(n))
        self.name_edit.setReadOnly(bool(code))
        self.amount_edit = amount_edit(BalancesPage.tr("Solde du compte bancaire {}").format(n))
        self.remove_button = QPushButton(BalancesPage.tr("Retirer"))
        self.remove_button.setAccessibleName(
            BalancesPage.tr("Retirer le compte bancaire {}").format(n))
        self.remove_button.setVisible(not code and n > 1)


class BalancesPage(QWizardPage):
    """« L'association existe déjà ? »: each bank account, the cash box, and whether the
    previous year's bilan is at hand. ``ask`` False: the book exists, the answer is yes."""

    def __init__(self, ask: bool = True, banks: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__()
        self.setTitle(self.tr("Soldes d'ouverture"))
        self.setSubTitle(self.tr("Ce que l'association possède et doit au premier jour de son "
                                 "premier exercice dans AssoCompta."))
        self.ask = ask
        self.exists_radio = QRadioButton(self.tr(
            "&Oui : elle a déjà de l'argent en banque ou en caisse (ou des dettes, des "
            "créances)"))
        self.new_radio = QRadioButton(self.tr("&Non : elle est créée maintenant, elle part "
                                              "de zéro"))
        self.new_radio.setChecked(True)
        question = QLabel(self.tr("<b>L'association existe-t-elle déjà ?</b>"))
        self.details = QWidget()
        self.banks_box = QGroupBox(self.tr("Comptes bancaires"))
        self.banks_grid = QGridLayout(self.banks_box)
        self.banks_grid.setColumnStretch(1, 1)
        self.add_bank_button = QPushButton(self.tr("&Ajouter un compte bancaire"))
        self.add_bank_button.clicked.connect(lambda: self.add_bank())
        self.rows: list[BankRow] = []
        self.cash_edit = amount_edit(self.tr("Solde de la caisse"))
        cash_form = QFormLayout()
        self.cash_label = QLabel(self.tr("&Caisse (530)"))
        self.cash_label.setBuddy(self.cash_edit)
        cash_form.addRow(self.cash_label, self.cash_edit)
        self.bilan_check = QCheckBox(self.tr(
            "J'ai le &bilan de l'exercice précédent (fonds propres, dettes, créances…) : "
            "je le saisis"))
        self.counterpart = QLabel(self.tr(
            "Sans bilan, la contrepartie de ces soldes est le compte 1021 « Première "
            "situation nette établie » (fonds propres de l'association)."))
        self.counterpart.setWordWrap(True)
        self.counterpart.setStyleSheet("color: palette(mid);")
        self.debts_check = QCheckBox(self.tr(
            "Elle a aussi des &dettes ou des créances au premier jour (factures à payer, "
            "subventions à recevoir…)"))
        self.debts_box = QGroupBox(self.tr("Créances et dettes au premier jour"))
        debts_grid = QGridLayout(self.debts_box)
        self.debt_edits: dict[str, QLineEdit] = {}
        self.debt_labels: dict[str, QLabel] = {}
        for n, key in enumerate(FIRST_DAY_KEYS):
            edit = amount_edit(FIRST_DAY_LABELS[key])
            label = QLabel()
            label.setBuddy(edit)
            edit.textChanged.connect(self._debts_changed)
            row, col = n % 2, 2 * (n // 2)
            debts_grid.addWidget(label, row, col)
            debts_grid.addWidget(edit, row, col + 1)
            self.debt_edits[key] = edit
            self.debt_labels[key] = label
        debts_grid.setColumnStretch(0, 1)
        debts_grid.setColumnStretch(2, 1)
        self.debts_box.setVisible(False)
        self.debts_check.toggled.connect(self._show_debts)
        self.bilan_check.toggled.connect(self._show_debts)
        self._label_debts({})
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(self.tr("Erreur"))

        inner = QVBoxLayout(self.details)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.banks_box)
        inner.addLayout(cash_form)
        inner.addWidget(self.bilan_check)
        inner.addWidget(self.debts_check)
        inner.addWidget(self.debts_box)
        inner.addWidget(self.counterpart)
        layout = QVBoxLayout(self)
        if ask:
            layout.addWidget(question)
            layout.addWidget(self.exists_radio)
            layout.addWidget(self.new_radio)
            self.exists_radio.toggled.connect(self._answered)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(self.error_label)
        for code, name in banks:
            self.add_bank(code, name)
        if not self.rows:
            self.add_bank()
        self._answered(not ask)

    def _answered(self, exists: bool) -> None:
        self.details.setEnabled(exists)
        self.error_label.clear()

    def _show_debts(self) -> None:
        """The first day's receivables and debts are asked for without a bilan only: with
        one, its own lines hold them."""
        bilan = self.bilan_check.isChecked()
        self.debts_check.setVisible(not bilan)
        self.debts_box.setVisible(not bilan and self.debts_check.isChecked())
        self.counterpart.setVisible(not bilan)
        self._debts_changed()

    def _label_debts(self, known: dict[str, str]) -> None:
        """Each field named with the account it goes to in the year's chart."""
        for key, label in self.debt_labels.items():
            code = line_code(BILAN_BY_KEY[key], known) if known else BILAN_BY_KEY[key].code
            label.setText(f"{FIRST_DAY_LABELS[key]} ({code})")

    def _debts_changed(self) -> None:
        """The counterpart note says what 1021 takes: the treasury, plus or less the rest."""
        if self.debts_box.isVisible():
            self.counterpart.setText(self.tr(
                "Sans bilan, la contrepartie est le compte 1021 « Première situation nette "
                "établie » (fonds propres) : banques et caisse, plus les créances, moins les "
                "dettes."))
        else:
            self.counterpart.setText(self.tr(
                "Sans bilan, la contrepartie de ces soldes est le compte 1021 « Première "
                "situation nette établie » (fonds propres de l'association)."))

    def first_day_amounts(self, *, strict: bool = True) -> dict[str, Money]:
        """The receivables and debts typed for the first day (none once hidden)."""
        if not (self.exists and self.debts_check.isChecked()
                and not self.bilan_check.isChecked()):
            return {}
        out = {}
        for key, edit in self.debt_edits.items():
            try:
                amount = read_amount(edit, FIRST_DAY_LABELS[key])
            except ValidationError:
                if strict:
                    raise
                continue
            if amount:
                out[key] = amount
        return out

    def add_bank(self, code: str = "", name: str = "") -> BankRow:
        row = BankRow(self, len(self.rows) + 1, code, name)
        n = len(self.rows)
        if n == 0:
            self.banks_grid.addWidget(QLabel(self.tr("Nom du compte")), 0, 1)
            self.banks_grid.addWidget(QLabel(self.tr("Solde au {}").format(
                locale.date(self.first_day() - dt.timedelta(days=1)))), 0, 2)
        self.banks_grid.addWidget(row.code_label, n + 1, 0)
        self.banks_grid.addWidget(row.name_edit, n + 1, 1)
        self.banks_grid.addWidget(row.amount_edit, n + 1, 2)
        self.banks_grid.addWidget(row.remove_button, n + 1, 3)
        # Last in the grid, below the rows.
        self.banks_grid.addWidget(self.add_bank_button, MAX_BANKS + 2, 1, 1, 2,
                                  Qt.AlignmentFlag.AlignLeft)
        row.remove_button.clicked.connect(lambda: self.remove_bank(row))
        self.rows.append(row)
        self._renumber()
        self.add_bank_button.setEnabled(len(self.rows) < MAX_BANKS)
        (row.amount_edit if code else row.name_edit).setFocus()
        return row

    def remove_bank(self, row: BankRow) -> None:
        row.name_edit.clear()
        row.amount_edit.clear()
        for widget in (row.code_label, row.name_edit, row.amount_edit, row.remove_button):
            widget.setEnabled(False)
            widget.hide()
        self.rows.remove(row)
        self.add_bank_button.setEnabled(True)
        self._renumber()

    def _renumber(self) -> None:
        """Show the sub-account each new bank will get (5121, 5122…)."""
        banks = with_codes(tuple(BankBalance("", ZERO, r.code) for r in self.rows), set())
        for row, bank in zip(self.rows, banks):
            row.code_label.setText(bank.code)

    def first_day(self) -> dt.date:
        wizard = self.wizard()
        return wizard.first_day() if wizard is not None else dt.date.today()

    def initializePage(self) -> None:
        self.banks_grid.itemAtPosition(0, 2).widget().setText(self.tr("Solde au {}").format(
            locale.date(self.first_day() - dt.timedelta(days=1))))
        wizard = self.wizard()
        if wizard is not None:
            self._label_debts(wizard.known_accounts())

    @property
    def exists(self) -> bool:
        return not self.ask or self.exists_radio.isChecked()

    def treasury(self) -> Opening:
        """The banks and the cash as typed (no bilan); a refusal names the field."""
        if not self.exists:
            return Opening()
        banks = []
        for n, row in enumerate(self.rows, start=1):
            amount = read_amount(row.amount_edit, self.tr("solde du compte bancaire {}")
                                 .format(n))
            name = row.name_edit.text().strip()
            if name or amount or row.code:
                banks.append(BankBalance(name, amount, row.code))
        cash = read_amount(self.cash_edit, self.tr("Caisse"))
        return Opening(tuple(banks), cash)

    def validatePage(self) -> bool:
        self.error_label.clear()
        try:
            base = self.treasury()
            check_opening(Opening(base.banks, base.cash, first_day=self.first_day_amounts()))
        except ValidationError as exc:
            focus = next((self.debt_edits[k] for k in FIRST_DAY_KEYS
                          if exc.field == FIRST_DAY_LABELS[k]), None)
            return fail(self.error_label, exc, focus)
        return True

    def nextId(self) -> int:
        wizard = self.wizard()
        if wizard is None:
            return -1
        if self.exists and self.bilan_check.isChecked():
            return wizard.bilan_page_id
        return wizard.summary_page_id


class OtherRow:
    """« Autre compte »: an account of the bilan no line names, and its amount."""

    def __init__(self, page: BilanPage, side: str) -> None:
        self.side = side
        where = page.tr("à l'actif") if side == "actif" else page.tr("au passif")
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(page.tr("n°"))
        self.code_edit.setFixedWidth(60)
        self.code_edit.setAccessibleName(page.tr("Autre compte {} : numéro").format(where))
        self.code_edit.setToolTip(page.tr(
            "Un compte de bilan que les lignes ne proposent pas (ex. 165 dépôts reçus, 4386 "
            "charges à payer) ; montant négatif s'il est de l'autre sens"))
        self.amount_edit = amount_edit(page.tr("Autre compte {} : montant").format(where))
        self.amount_edit.setFixedWidth(BILAN_AMOUNT_WIDTH)
        # The number stands in the label column, the amount under the other amounts.
        self.label_widget = QWidget()
        box = QHBoxLayout(self.label_widget)
        box.setContentsMargins(0, 0, 0, 0)
        label = QLabel(page.tr("Autre compte"))
        label.setBuddy(self.code_edit)
        box.addWidget(label)
        box.addStretch(1)
        box.addWidget(self.code_edit)


class BilanPage(QWizardPage):
    """The previous year's bilan, main lines; the treasury comes from the page before."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Bilan de l'exercice précédent"))
        self.setSubTitle(self.tr("Recopiez les montants du dernier bilan approuvé (laissez "
                                 "vides les lignes absentes). L'actif doit égaler le passif."))
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.treasury_label = QLabel()
        self.treasury_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.combos: dict[str, QComboBox] = {}
        boxes = QHBoxLayout()
        forms = {}
        for side, title in (("actif", self.tr("Actif")), ("passif", self.tr("Passif"))):
            box = QGroupBox(title)
            forms[side] = QFormLayout(box)
            forms[side].setVerticalSpacing(4)
            boxes.addWidget(box, 1)
        forms["actif"].addRow(self.tr("Banques et caisse (page précédente)"),
                              self.treasury_label)
        for line in BILAN_LINES:
            edit = amount_edit(line.label)
            edit.setFixedWidth(BILAN_AMOUNT_WIDTH)
            if line.negative_code:
                edit.setToolTip(self.tr("Négatif s'il est débiteur (compte {})")
                                .format(line.negative_code))
            label = QLabel(f"{line.label} ({line.code})")
            label.setBuddy(edit)
            if line.choice:  # the account chosen stands in the label's place
                label = self.combos[line.key] = QComboBox()
                label.setAccessibleName(self.tr("Compte de la ligne « {} »")
                                        .format(line.label))
                label.setToolTip(self.tr("{} : choisissez le compte de votre bilan")
                                 .format(line.label))
                # Sized for its shortest choice, so that the page keeps the wizard's width.
                label.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                label.setMinimumContentsLength(32)
            forms[line.side].addRow(label, edit)
            edit.textChanged.connect(self._update_totals)
            self.edits[line.key] = edit
            self.labels[line.key] = label
        self.other_rows = {side: OtherRow(self, side) for side in ("actif", "passif")}
        for side, row in self.other_rows.items():
            forms[side].addRow(row.label_widget, row.amount_edit)
            row.amount_edit.textChanged.connect(self._update_totals)
        self.totals_label = QLabel()
        self.totals_label.setAccessibleName(self.tr("Totaux du bilan"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(self.tr("Erreur"))
        layout = QVBoxLayout(self)
        layout.addLayout(boxes)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        known = wizard.known_accounts()
        self.treasury_label.setText(locale.amount(
            wizard.balances_page.treasury().treasury.cents, currency=True))
        for key, combo in self.combos.items():
            chosen = combo.currentData()
            combo.clear()
            for code in BILAN_BY_KEY[key].codes:
                if code in known and not grouping(code, known):
                    combo.addItem(f"{code} {CHOICES.get(code) or known[code]}", code)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
        for line in BILAN_LINES:
            if not line.choice:
                self.labels[line.key].setText(f"{line.label} ({line_code(line, known)})")
        self._update_totals()

    def bilan(self, *, strict: bool = True) -> dict[str, Money]:
        out = {}
        for line in BILAN_LINES:
            try:
                amount = read_amount(self.edits[line.key], line.label)
            except ValidationError:
                if strict:
                    raise
                continue
            if amount:
                out[line.key] = amount
        return out

    def accounts(self) -> dict[str, str]:
        """The accounts chosen for the lines that offer several."""
        return {key: combo.currentData() for key, combo in self.combos.items()
                if combo.currentData()}

    def others(self, *, strict: bool = True) -> tuple[OtherBalance, ...]:
        out = []
        for side, row in self.other_rows.items():
            try:
                amount = read_amount(row.amount_edit, row.amount_edit.accessibleName())
            except ValidationError:
                if strict:
                    raise
                continue
            code = row.code_edit.text().strip()
            if amount or (code and strict):
                out.append(OtherBalance(code, side, amount))
        return tuple(out)

    def _update_totals(self) -> None:
        wizard = self.wizard()
        opening = Opening(wizard.balances_page.treasury().banks,
                          wizard.balances_page.treasury().cash,
                          self.bilan(strict=False),
                          others=self.others(strict=False)) if wizard else Opening()
        actif, passif = bilan_totals(opening)
        text = self.tr("Total de l'actif : {} · Total du passif : {}").format(
            locale.amount(actif.cents, currency=True), locale.amount(passif.cents, currency=True))
        if actif != passif:
            text += " · " + self.tr("Écart : {}").format(
                locale.amount(abs((actif - passif).cents), currency=True))
        self.totals_label.setText(text)
        self.totals_label.setStyleSheet("" if actif == passif else ERROR_STYLE)

    def validatePage(self) -> bool:
        self.error_label.clear()
        wizard = self.wizard()
        try:
            opening = resolved(wizard, typed_opening(wizard))
            check_opening(opening)
            known = wizard.known_accounts()
            check_accounts(opening, known, set(known))
        except ValidationError as exc:
            focus = next((self.edits[line.key] for line in BILAN_LINES
                          if exc.field == line.label), None)
            if focus is None:  # a refused « Autre compte » is named by its number
                focus = next((row.code_edit for row in self.other_rows.values()
                              if row.code_edit.text().strip()
                              and f"compte {row.code_edit.text().strip()} " in str(exc)), None)
            return fail(self.error_label, exc, focus)
        return True

    def nextId(self) -> int:
        wizard = self.wizard()
        return wizard.summary_page_id if wizard is not None else -1


class SummaryPage(QWizardPage):
    """The opening entry as it will be booked, or why there is none."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Écriture d'ouverture"))
        self.setSubTitle(self.tr("Vérifiez-la : elle est enregistrée avec le livre, en une "
                                 "fois (rien n'est écrit avant)."))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Lignes de l'écriture d'ouverture"))
        self.table.setHorizontalHeaderLabels([self.tr("Compte"), self.tr("Débit"),
                                              self.tr("Crédit")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            self.table.setColumnWidth(col, 120)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(self.tr("Erreur"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)

    def initializePage(self) -> None:
        self.error_label.clear()
        wizard = self.wizard()
        opening = wizard.opening()
        new_banks = any(not b.code for b in opening.banks)
        first_day = wizard.first_day()
        known = wizard.known_accounts()
        opening = resolved(wizard, opening)
        draft = opening_draft(opening, first_day) if not opening.empty else None
        names = dict(known)
        names.update((b.code, b.name) for b in opening.banks if b.name)
        lines = draft.lines if draft else ()
        self.table.setVisible(bool(lines))
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (f"{line.account} {names.get(line.account, '')}".strip(),
                     locale.amount(line.debit.cents, blank_zero=True),
                     locale.amount(line.credit.cents, blank_zero=True))
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if draft is None:
            # one literal per tr(): lupdate reads only the first of a conditional
            self.text.setText(self.tr("Aucune écriture d'ouverture : l'association part de "
                                      "zéro. Les comptes bancaires nommés sont créés.")
                              if new_banks else
                              self.tr("Aucune écriture d'ouverture : l'association part de "
                                      "zéro."))
            return
        total = locale.amount(draft.total_debit.cents, currency=True)
        text = self.tr("Une écriture dans le journal AN (à-nouveaux), datée du {}, "
                       "équilibrée : {} au débit et au crédit. Pièce : « {} », datée du "
                       "{}.").format(locale.date(first_day), total, draft.piece_ref,
                                     locale.date(draft.piece_date))
        if opening.bilan is None and opening.first_day:
            text += " " + self.tr("Contrepartie : {} « Première situation nette établie » "
                                  "(banques et caisse, plus les créances, moins les "
                                  "dettes).").format(FIRST_NET_POSITION)
        elif opening.bilan is None:
            text += " " + self.tr("Contrepartie de la trésorerie : {} « Première situation "
                                  "nette établie ».").format(FIRST_NET_POSITION)
        self.text.setText(text)


def chart_names(first_day: dt.date) -> dict[str, str]:
    """Account labels of the chart a year starting on ``first_day`` uses."""
    return {a.code: a.label for a in load_chart(chart_for_start(first_day).code)}


__all__ = ["BalancesPage", "BilanPage", "SummaryPage", "chart_names", "CASH"]
