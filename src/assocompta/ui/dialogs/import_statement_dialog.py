"""Importing a bank statement: the file, and for a CSV its columns, with the lines as they
will be read (or the problems, line by line) shown as the columns are chosen."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...bank.csv_statement import ColumnMapping, Peek, peek
from ...bank.presets import PRESETS, preset_named
from ...domain.errors import DomainError, ImportFailed
from ...services.bank_import import detect_format, read_any, remembered_mapping
from .. import locale
from ..models.rows_model import Row, RowsModel
from ..session import BookSession

AUTO = "auto"
MANUAL = "manual"
FIELDS = (("date", QT_TRANSLATE_NOOP("ImportStatementDialog", "Date")),
          ("label", QT_TRANSLATE_NOOP("ImportStatementDialog", "Libellé")),
          ("amount", QT_TRANSLATE_NOOP("ImportStatementDialog", "Montant")),
          ("debit", QT_TRANSLATE_NOOP("ImportStatementDialog", "Débit")),
          ("credit", QT_TRANSLATE_NOOP("ImportStatementDialog", "Crédit")),
          ("value_date", QT_TRANSLATE_NOOP("ImportStatementDialog", "Date de valeur")))
PREVIEW_ROWS = 200


class ImportStatementDialog(QDialog):
    """``path``, ``mapping`` and ``preset`` say what to import once accepted."""

    def __init__(self, session: BookSession, account: str, path: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.account = account
        self.path: Path | None = None
        self.format = ""
        self.mapping: ColumnMapping | None = None
        self.preset: str | None = None
        self.lines = ()
        self._peek: Peek | None = None
        self._filling = False
        self.setWindowTitle(self.tr("Importer un relevé sur le compte {}").format(account))
        self.resize(900, 640)

        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        # Not where the dialog's focus starts: a path typed there went nowhere, unseen.
        self.file_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.file_edit.setPlaceholderText(self.tr("« Parcourir… » pour choisir le fichier "
                                                  "téléchargé de votre banque"))
        self.file_edit.setAccessibleName(self.tr("Fichier"))
        self.browse_button = browse = QPushButton(self.tr("&Parcourir…"))
        browse.clicked.connect(self.browse)
        self.format_label = QLabel()
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("Relevé (CSV, OFX ou QIF) :")))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)

        self.mapping_box = QGroupBox(self.tr("Colonnes du fichier CSV"))
        self.preset_combo = QComboBox()
        self.preset_combo.setAccessibleName(self.tr("Présentation"))
        self.preset_combo.addItem(self.tr("Reconnaître les colonnes par leur nom"), AUTO)
        for p in PRESETS:
            self.preset_combo.addItem(p.title, p.name)
        self.preset_combo.addItem(self.tr("Colonnes choisies à la main"), MANUAL)
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 40)
        self.header_spin.setAccessibleName(self.tr("Ligne d'en-tête"))
        self.header_spin.setMaximumWidth(90)
        self.column_combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("Présentation :"), self.preset_combo)
        form.addRow(self.tr("Ligne d'en-tête :"), self.header_spin)
        columns = QHBoxLayout()
        for key, title in FIELDS:
            combo = QComboBox()
            combo.setAccessibleName(self.tr(title))
            combo.setMinimumContentsLength(10)
            self.column_combos[key] = combo
            cell = QVBoxLayout()
            cell.addWidget(QLabel(self.tr(title)))
            cell.addWidget(combo)
            columns.addLayout(cell)
            combo.currentIndexChanged.connect(self._columns_changed)
        form.addRow(columns)
        self.mapping_box.setLayout(form)
        self.preset_combo.currentIndexChanged.connect(self._preset_changed)
        self.header_spin.valueChanged.connect(self._header_changed)

        self.preview_model = RowsModel((self.tr("Ligne"), self.tr("Date"), self.tr("Libellé"),
                                        self.tr("Montant"), self.tr("Date de valeur")),
                                       right=(0, 3), parent=self)
        self.preview = QTableView()
        self.preview.setAccessibleName(self.tr("Aperçu"))
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().hide()
        for col, width in enumerate((60, 90, 420, 110, 110)):
            self.preview.setColumnWidth(col, width)
        self.preview.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.raw = QTableView()
        self.raw.setAccessibleName(self.tr("Début du fichier"))
        self.raw.verticalHeader().hide()
        self.raw.setWordWrap(False)
        self.raw.horizontalHeader().setStretchLastSection(True)
        self.raw_model = RowsModel((), parent=self)
        self.raw.setModel(self.raw_model)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.preview, self.tr("Opérations lues"))
        self.tabs.addTab(self.raw, self.tr("Début du fichier (ligne d'en-tête en gras)"))
        self.summary = QLabel()
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Problèmes"))
        self.problems.setMaximumHeight(110)
        self.problems.setStyleSheet("color: #b3261e;")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Importer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.format_label)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self._update()
        if path is not None:
            self.set_file(path)

    # -- choosing ------------------------------------------------------------------------
    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Relevé bancaire"), str(Path.home()),
            self.tr("Relevés (*.csv *.txt *.ofx *.qfx *.qif);;Tous les fichiers (*)"))
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        """Read ``path``: its format, and for a CSV the columns (remembered, else found)."""
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        try:
            self.format = detect_format(self.path)
        except DomainError as exc:
            self._show_failure(str(exc))
            return
        self._peek = None
        if self.format != "csv":
            self.format_label.setText(self.tr("Format {} : les colonnes sont celles du format.")
                                      .format(self.format.upper()))
            self._preview()
            return
        try:
            self._peek = peek(self.path)
        except DomainError as exc:  # a field over 128 KiB: the line is named
            self._show_failure(str(exc))
            return
        self.format_label.setText(self.tr("CSV ({}, séparateur « {} »)").format(
            self._peek.encoding, "tab" if self._peek.delimiter == "\t" else self._peek.delimiter))
        remembered, preset = self._remembered()
        if preset and self.preset_combo.findData(preset) >= 0:
            self._select_preset(preset)
        elif remembered is not None and self._apply_mapping(remembered):
            self._set_combo_data(self.preset_combo, MANUAL)
        else:
            self._set_combo_data(self.preset_combo, AUTO)
            self._apply_detected()
        self._preview()

    def _remembered(self) -> tuple[ColumnMapping | None, str | None]:
        conn = self.session.conn
        row = conn.execute("SELECT mapping FROM bank_layout WHERE account = ?",
                           (self.account,)).fetchone()
        preset = json.loads(row[0]).get("preset") if row else None
        return remembered_mapping(conn, self.account), preset

    def _set_combo_data(self, combo: QComboBox, data) -> None:
        self._filling = True
        combo.setCurrentIndex(max(combo.findData(data), 0))
        self._filling = False

    def _select_preset(self, name: str) -> None:
        self._set_combo_data(self.preset_combo, name)
        self._apply_mapping(preset_named(name).mapping)

    def _preset_changed(self, _index: int) -> None:
        if self._filling or self._peek is None:
            return
        choice = self.preset_combo.currentData()
        if choice == AUTO:
            self._apply_detected()
        elif choice != MANUAL:
            self._apply_mapping(preset_named(choice).mapping)
        self._preview()

    def _apply_detected(self) -> None:
        peeked = self._peek
        if peeked is not None and peeked.detected is not None:
            self._apply_mapping(peeked.detected)
        else:
            self._fill_columns(peeked.header_line or 1 if peeked else 1, {})

    def _apply_mapping(self, mapping: ColumnMapping) -> bool:
        """Point the combos at ``mapping``'s columns; False when the file lacks them."""
        rows = self._peek.rows if self._peek else ()
        lines = ([mapping.header_line - 1] if mapping.header_line else range(len(rows)))
        for at in lines:
            if 0 <= at < len(rows):
                layout = mapping.layout_for(list(rows[at]))
                if layout is not None:
                    chosen = {k: getattr(layout, k) for k, _ in FIELDS}
                    self._fill_columns(at + 1, chosen)
                    return True
        self._fill_columns(self.header_spin.value(), {})
        return False

    def _fill_columns(self, header_line: int, chosen: dict[str, int | None]) -> None:
        self._filling = True
        self.header_spin.setValue(header_line)
        header = self._header()
        for key, combo in self.column_combos.items():
            combo.clear()
            combo.addItem("—", None)
            for i, name in enumerate(header):
                combo.addItem(name.strip() or self.tr("(colonne {})").format(i + 1), i)
            combo.setCurrentIndex(max(combo.findData(chosen.get(key)), 0))
        self._filling = False
        self._fill_raw()

    def _fill_raw(self) -> None:
        rows = self._peek.rows if self._peek else ()
        width = max((len(r) for r in rows), default=0)
        at = self.header_spin.value() - 1
        model = RowsModel((self.tr("Ligne"),) + tuple(str(i + 1) for i in range(width)),
                          right=(0,), parent=self)
        model.set_rows([Row(n, (str(n + 1),) + tuple(r) + ("",) * (width - len(r)),
                            bold=n == at) for n, r in enumerate(rows)])
        self.raw.setModel(model)
        self.raw_model.deleteLater()
        self.raw_model = model
        self.raw.setColumnWidth(0, 50)
        for col in range(1, width + 1):
            self.raw.setColumnWidth(col, 170)

    def _header(self) -> tuple[str, ...]:
        rows = self._peek.rows if self._peek else ()
        at = self.header_spin.value() - 1
        return rows[at] if 0 <= at < len(rows) else ()

    def _header_changed(self, _value: int) -> None:
        if self._filling:
            return
        chosen = {k: c.currentData() for k, c in self.column_combos.items()}
        self._set_combo_data(self.preset_combo, MANUAL)
        self._fill_columns(self.header_spin.value(), chosen)
        self._preview()

    def _columns_changed(self, _index: int) -> None:
        if self._filling:
            return
        self._set_combo_data(self.preset_combo, MANUAL)
        self._preview()

    def chosen_mapping(self) -> ColumnMapping | None:
        """The mapping the combos say, by column name; None when it is incomplete."""
        header = self._header()
        names = {k: header[c.currentData()].strip() for k, c in self.column_combos.items()
                 if c.currentData() is not None and c.currentData() < len(header)}
        if "date" not in names or "label" not in names:
            return None
        if "amount" in names:
            names.pop("debit", None)
            names.pop("credit", None)
        elif not ("debit" in names and "credit" in names):
            return None
        mapping = ColumnMapping(**names)
        # Pin the header row only when the names alone would find another one first.
        rows = self._peek.rows if self._peek else ()
        first = next((i for i, r in enumerate(rows) if mapping.layout_for(list(r))), None)
        if first != self.header_spin.value() - 1:
            mapping = ColumnMapping(**names, header_line=self.header_spin.value())
        return mapping

    # -- preview -------------------------------------------------------------------------
    def _preview(self) -> None:
        self.lines = ()
        self.mapping = None
        self.preset = None
        if self.path is None:
            self._update()
            return
        try:
            if self.format == "csv":
                choice = self.preset_combo.currentData()
                if choice == AUTO:
                    read = read_any(self.path)
                else:
                    mapping = (self.chosen_mapping() if choice == MANUAL
                               else preset_named(choice).mapping)
                    if mapping is None:
                        raise DomainError(self.tr("Choisissez au moins les colonnes Date, "
                                                  "Libellé et Montant (ou Débit et Crédit)."))
                    read = read_any(self.path, mapping=mapping)
                    self.preset = choice if choice != MANUAL else None
                self.mapping = read.mapping
            else:
                read = read_any(self.path)
        except ImportFailed as exc:
            self._show_failure("\n".join(str(p) for p in exc.problems)
                               + ("\n" + locale.count(exc.more, self.tr("… et {} autre"),
                                                       self.tr("… et {} autres"))
                                  if exc.more else ""))
            return
        except DomainError as exc:
            self._show_failure(str(exc))
            return
        self.lines = read.lines
        self.preview_model.set_rows([
            Row(ln.line, (str(ln.line), locale.date(ln.date), ln.label,
                          locale.amount(ln.amount.cents), locale.date(ln.value_date)))
            for ln in read.lines[:PREVIEW_ROWS]])
        total = sum(ln.amount.cents for ln in read.lines)
        self.summary.setText(self.tr("{}, total {}").format(
            locale.count(len(read.lines), self.tr("{} opération lue"),
                         self.tr("{} opérations lues")), locale.amount(total, currency=True)))
        self.problems.clear()
        self.problems.hide()
        self._update()

    def _show_failure(self, text: str) -> None:
        self.lines = ()
        self.preview_model.set_rows([])
        self.summary.setText(self.tr("Ce fichier ne peut pas être importé tel quel :"))
        self.problems.setPlainText(text)
        self.problems.show()
        self._update()

    def _update(self) -> None:
        self.mapping_box.setEnabled(self.format == "csv")
        self.ok_button.setEnabled(bool(self.lines))
