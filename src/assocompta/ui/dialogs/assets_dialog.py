"""Exercice › Registre des immobilisations…: the assets held at the year's end (a table of
prebuilt rows), a form to enter one, and the exit of the selected one (sale or scrapping).

Every change goes through services/assets.py, then the table is read again: the register is a
few dozen rows at most for an association.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, ValidationError
from ...domain.money import Money
from ...services.assets import (add_asset, asset_from_entry, asset_plan, dispose_asset,
                                register_at, update_asset)
from .. import locale
from ..models.rows_model import Row, RowsModel
from ..session import BookSession

HEADERS = ("N°", "Compte", "Bien", "Mise en service", "Durée", "Valeur brute",
           "Amortissements", "Valeur nette")
PLAN_HEADERS = ("Exercice", "Dotation", "Amortissements à la fin", "Valeur nette")


class AssetsDialog(QDialog):
    """The register of ``year_label`` at its last day; ``added``/``disposed_entry`` say what
    the last action did (tests and the status bar read them)."""

    def __init__(self, session: BookSession, year_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.year = next(y for y in session.years() if y.label == year_label)
        self.added: int | None = None
        #: the asset whose terms the form holds for a change (None: the form enters one)
        self.editing: int | None = None
        self._lines: dict[int, object] = {}
        self.disposed_entry: int | None = None
        self.setWindowTitle(self.tr("Registre des immobilisations — exercice {}").format(
            year_label))
        self.model = RowsModel(HEADERS, right=(5, 6, 7), parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Biens détenus"))
        self.total = QLabel()
        self.plan_button = QPushButton(self.tr("Plan d'&amortissement du bien sélectionné"))
        self.plan_button.clicked.connect(self.show_plan)
        self.plan_model = RowsModel(PLAN_HEADERS, right=(1, 2, 3), parent=self)
        self.plan_table = QTableView()
        self.plan_table.setModel(self.plan_model)
        self.plan_table.verticalHeader().hide()
        self.plan_table.verticalHeader().setDefaultSectionSize(24)
        self.plan_table.setAccessibleName(self.tr("Plan d'amortissement"))
        self.plan_table.hide()

        add_box = QGroupBox(self.tr("Inscrire un bien"))
        self.entry_edit = QLineEdit()
        self.entry_edit.setPlaceholderText(self.tr("n° de l'écriture d'achat, s'il y en a une"))
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self.tr("ex. Ordinateur portable"))
        self.account_edit = QLineEdit("2183")
        self.account_edit.setMaximumWidth(90)
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("jj/mm/aaaa"))
        self.cost_edit = QLineEdit()
        self.life_spin = QSpinBox()
        self.life_spin.setRange(0, 1200)
        self.life_spin.setValue(36)
        self.life_spin.setSpecialValueText(self.tr("non amortissable"))
        self.life_spin.setSuffix(self.tr(" mois"))
        form = QFormLayout(add_box)
        form.addRow(self.tr("Depuis l'écriture &n°"), self.entry_edit)
        form.addRow(self.tr("&Libellé"), self.label_edit)
        form.addRow(self.tr("&Compte (classe 2)"), self.account_edit)
        form.addRow(self.tr("&Date de mise en service"), self.date_edit)
        form.addRow(self.tr("C&oût"), self.cost_edit)
        form.addRow(self.tr("Durée d'&utilisation"), self.life_spin)
        self.add_button = QPushButton(self.tr("&Inscrire"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Modifier le bien sélectionné"))
        self.edit_button.clicked.connect(self.edit_selected)
        add_buttons = QHBoxLayout()
        add_buttons.addWidget(self.add_button)
        add_buttons.addWidget(self.edit_button)
        form.addRow("", add_buttons)

        out_box = QGroupBox(self.tr("Sortir le bien sélectionné"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Vente (cession)"), "cession")
        self.kind_combo.addItem(self.tr("Mise au rebut"), "mise_au_rebut")
        self.out_date_edit = QLineEdit()
        self.out_date_edit.setPlaceholderText(self.tr("jj/mm/aaaa"))
        self.price_edit = QLineEdit()
        out_form = QFormLayout(out_box)
        out_form.addRow(self.tr("&Sortie"), self.kind_combo)
        out_form.addRow(self.tr("Da&te de sortie"), self.out_date_edit)
        out_form.addRow(self.tr("&Prix de vente"), self.price_edit)
        self.dispose_button = QPushButton(self.tr("Sortir du &registre"))
        self.dispose_button.clicked.connect(self.dispose)
        out_form.addRow("", self.dispose_button)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        boxes = QHBoxLayout()
        boxes.addWidget(add_box)
        boxes.addWidget(out_box)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Les biens détenus au {} ; les dotations de l'exercice sont proposées à la "
            "clôture.").format(locale.date(self.year.end))))
        layout.addWidget(self.table, 1)
        totals = QHBoxLayout()
        totals.addWidget(self.total, 1)
        totals.addWidget(self.plan_button)
        layout.addLayout(totals)
        layout.addWidget(self.plan_table)
        layout.addLayout(boxes)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        writable = not self.year.closed and session.writable
        for w in (self.add_button, self.edit_button, self.dispose_button):
            w.setEnabled(writable)
        self.resize(900, 560)
        self.reload()

    def reload(self) -> None:
        with self.session.book.session() as s:
            lines = register_at(s, self.year.end)
        self._lines = {a.id: a for a in lines}
        rows = []
        for a in lines:
            life = (self.tr("non amortissable") if a.life_months is None
                    else self.tr("{} mois").format(a.life_months))
            rows.append(Row(a.id, (str(a.id), a.account, a.label, locale.date(a.in_service_on),
                                   life, locale.amount(a.cost), locale.amount(a.depreciation),
                                   locale.amount(a.net))))
        self.model.set_rows(rows)
        self.total.setText(self.tr("Total : valeur brute {}, amortissements {}, valeur nette "
                                   "{}").format(locale.amount(sum(a.cost for a in lines)),
                                                locale.amount(sum(a.depreciation for a in lines)),
                                                locale.amount(sum(a.net for a in lines))))

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.key(rows[0].row()) if rows else None

    def add(self) -> None:
        """Enter the asset typed in the form; with an entry number, the asset that purchase
        bought (its 2x line, its amount and date: the form's cost and date may stay empty)."""
        self.error.hide()
        if self.editing is not None:
            return self._save_edit()
        try:
            life = self.life_spin.value() or None
            method = "lineaire" if life else "non_amortissable"
            in_service = (locale.parse_date(self.date_edit.text(), self.year.end.year)
                          if self.date_edit.text().strip() or not self.entry_edit.text().strip()
                          else None)
            if self.entry_edit.text().strip():
                entry_id = self._entry_id(self.entry_edit.text())
                given = dict(life_months=life, method=method, in_service_on=in_service,
                             label=self.label_edit.text().strip() or None)
                try:
                    self.added = asset_from_entry(self.session.book, entry_id, **given)
                except ValidationError as exc:
                    if exc.field != "compte":
                        raise
                    # Several 2x lines: the form's account says which one.
                    self.added = asset_from_entry(self.session.book, entry_id,
                                                  account=self.account_edit.text().strip(),
                                                  **given)
            else:
                self.added = add_asset(
                    self.session.book, label=self.label_edit.text(),
                    account=self.account_edit.text().strip(), acquired_on=in_service,
                    cost=Money.parse(self.cost_edit.text()), life_months=life, method=method)
        except (DomainError, ValueError) as exc:
            self._fail(str(exc))
            return
        self.session.notify()
        self.session.message.emit(self.tr("Bien n°{} inscrit au registre").format(self.added))
        for edit in (self.entry_edit, self.label_edit, self.date_edit, self.cost_edit):
            edit.clear()
        self.reload()

    def edit_selected(self) -> None:
        """Load the selected asset into the form; Inscrire becomes Enregistrer."""
        self.error.hide()
        asset_id = self.selected()
        if asset_id is None:
            self._fail(self.tr("Sélectionnez d'abord le bien à modifier dans le tableau."))
            return
        line = self._lines[asset_id]
        self.editing = asset_id
        self.entry_edit.clear()
        self.entry_edit.setEnabled(False)
        self.account_edit.setText(line.account)
        self.account_edit.setEnabled(False)
        self.cost_edit.setText(locale.amount(line.cost))
        self.cost_edit.setEnabled(False)
        self.label_edit.setText(line.label)
        self.date_edit.setText(locale.date(line.in_service_on))
        self.life_spin.setValue(line.life_months or 0)
        self.add_button.setText(self.tr("&Enregistrer la modification"))

    def _save_edit(self) -> None:
        try:
            life = self.life_spin.value() or None
            update_asset(self.session.book, self.editing, label=self.label_edit.text(),
                         in_service_on=locale.parse_date(self.date_edit.text(),
                                                         self.year.end.year),
                         life_months=life,
                         method="lineaire" if life else "non_amortissable")
        except (DomainError, ValueError) as exc:
            self._fail(str(exc))
            return
        self.session.notify()
        self.session.message.emit(self.tr("Bien n°{} modifié").format(self.editing))
        self.editing = None
        for edit in (self.entry_edit, self.account_edit, self.cost_edit):
            edit.setEnabled(True)
        for edit in (self.label_edit, self.date_edit, self.cost_edit):
            edit.clear()
        self.add_button.setText(self.tr("&Inscrire"))
        self.reload()

    def _entry_id(self, text: str) -> int:
        from sqlalchemy import select

        from ...storage.orm import Entry
        try:
            number = int(text.strip())
        except ValueError:
            raise ValidationError(self.tr("n° d'écriture « {} » : un nombre, celui de la "
                                          "vue Saisie").format(text)) from None
        with self.session.book.session() as s:
            entry_id = s.scalar(select(Entry.id).where(Entry.year_id == self.year.id,
                                                       Entry.number == number))
        if entry_id is None:
            raise ValidationError(self.tr("l'exercice {} n'a pas d'écriture n°{}").format(
                self.year.label, number))
        return entry_id

    def show_plan(self) -> None:
        """The selected asset's plan, year by year, under the register."""
        self.error.hide()
        asset_id = self.selected()
        if asset_id is None:
            self._fail(self.tr("Sélectionnez d'abord le bien dans le tableau."))
            return
        labels = {(y.start, y.end): y.label for y in self.session.years()}
        _asset, plan = asset_plan(self.session.book, asset_id)
        self.plan_model.set_rows([Row(i, (labels.get((p.start, p.end), str(p.end.year)),
                                          locale.amount(p.dotation), locale.amount(p.closing),
                                          locale.amount(p.net)))
                                  for i, p in enumerate(plan)])
        self.plan_table.show()

    def dispose(self) -> None:
        self.error.hide()
        asset_id = self.selected()
        if asset_id is None:
            self._fail(self.tr("Sélectionnez d'abord le bien à sortir dans le tableau."))
            return
        try:
            date = locale.parse_date(self.out_date_edit.text(), self.year.end.year)
            price = Money.parse(self.price_edit.text() or "0")
            self.disposed_entry = dispose_asset(self.session.book, asset_id, date,
                                                self.kind_combo.currentData(), price)
        except (DomainError, ValidationError, ValueError) as exc:
            self._fail(str(exc))
            return
        self.session.notify()
        self.session.message.emit(self.tr("Écriture de sortie passée en brouillard"))
        self.reload()
