"""The compte rendu financier (CERFA 15059*02) of one action and funder: the treasurer types
the texts of feuillets 1 and 3 and the rate of indirect charges, saves them, and exports the
three feuillets to PDF or XLSX (services/compte_rendu.py, as ``budget compte-rendu``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...reports.compte_rendu_texts import layout
from ...services import compte_rendu as service
from ...services.lookups import read_choices
from ..errors import report
from ..session import BookSession
from ..views.report_view import FILTERS

FORMATS = (".pdf", ".xlsx")  # a CSV holds one table: the command line writes it


class CompteRenduDialog(QDialog):
    """Action and funder, the texts per feuillet, Enregistrer, Exporter PDF / XLSX."""

    def __init__(self, session: BookSession, action: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.year = session.year.label
        self.setObjectName("compte_rendu_dialog")
        self.setWindowTitle(self.tr("Compte rendu financier (CERFA 15059) — {}").format(
            self.year))
        self.setMinimumWidth(640)
        self.action_combo = QComboBox()
        self.action_combo.setAccessibleName(self.tr("Action subventionnée"))
        self.action_combo.addItem(self.tr("Toute l'association"), None)
        for code, name in read_choices(session.conn, session.year.id).actions:
            self.action_combo.addItem(f"{code} – {name}", code)
        self.action_combo.setCurrentIndex(max(self.action_combo.findData(action), 0))
        self.funder_combo = QComboBox()
        self.funder_combo.setAccessibleName(self.tr("Financeur"))
        self.funder_combo.addItem(self.tr("(aucun financeur désigné)"), None)
        for code, name in service.funders(session.conn):
            self.funder_combo.addItem(name, code)
        self.rate_edit = QLineEdit()
        self.rate_edit.setAccessibleName(self.tr("Taux des charges indirectes"))
        self.rate_edit.setPlaceholderText(self.tr("ex. 12,5"))
        self.rate_edit.setMaximumWidth(90)
        rate_hint = QLabel(self.tr("% des charges sans action, imputé à l'action (pas de "
                                   "charges indirectes pour toute l'association)"))
        rate_hint.setWordWrap(True)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate_edit)
        rate_row.addWidget(rate_hint, 1)
        form = QFormLayout()
        form.addRow(self.tr("Action :"), self.action_combo)
        form.addRow(self.tr("Financeur :"), self.funder_combo)
        form.addRow(self.tr("Charges indirectes :"), rate_row)

        self.edits: dict[str, QPlainTextEdit] = {}
        self.tabs = QTabWidget()
        for feuillet in layout()["feuillets"]:
            if feuillet["questions"]:
                self.tabs.addTab(self._page(feuillet["questions"]),
                                 f"{feuillet['number']}. {feuillet['title']}")

        self.save_button = QPushButton(self.tr("Enregistrer les textes"))
        self.save_button.clicked.connect(self.save)
        self.export_buttons = {}
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        for ext in FORMATS:
            button = QPushButton(self.tr("Exporter {}…").format(ext[1:].upper()))
            button.clicked.connect(lambda _=False, e=ext: self.ask_export(e))
            buttons.addWidget(button)
            self.export_buttons[ext] = button
        buttons.addStretch(1)
        close = QPushButton(self.tr("Fermer"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout_ = QVBoxLayout(self)
        layout_.addLayout(form)
        layout_.addWidget(self.tabs, 1)
        layout_.addWidget(self.status)
        layout_.addLayout(buttons)

        self._loaded: dict[str, str] = {}
        self._scope = (self.action(), self.funder())
        self.action_combo.currentIndexChanged.connect(self._scope_changed)
        self.funder_combo.currentIndexChanged.connect(self._scope_changed)
        writable = session.writable
        for edit in [self.rate_edit, *self.edits.values()]:
            edit.setReadOnly(not writable)
        self.save_button.setEnabled(writable)
        self.load()

    def _page(self, questions: list[dict]) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        for q in questions:
            label = QLabel(q["label"])
            label.setWordWrap(True)
            edit = QPlainTextEdit()
            edit.setAccessibleName(q["label"])
            edit.setObjectName(f"text_{q['key']}")
            label.setBuddy(edit)
            box.addWidget(label)
            box.addWidget(edit, 1)
            self.edits[q["key"]] = edit
        return page

    # -- texts ---------------------------------------------------------------------------
    def action(self) -> str | None:
        return self.action_combo.currentData()

    def funder(self) -> str | None:
        return self.funder_combo.currentData()

    def texts(self) -> dict[str, str]:
        """What is typed, by key (the rate under ``taux_indirect``)."""
        out = {key: edit.toPlainText().strip() for key, edit in self.edits.items()}
        out[service.RATE_KEY] = self.rate_edit.text().strip()
        return out

    def dirty(self) -> bool:
        return any(text != self._loaded.get(key, "") for key, text in self.texts().items())

    def load(self) -> None:
        """Show the texts saved for the action and funder chosen."""
        self._loaded = service.read(self.session.book, self.year, self.action(), self.funder())
        for key, edit in self.edits.items():
            edit.setPlainText(self._loaded.get(key, ""))
        self.rate_edit.setText(self._loaded.get(service.RATE_KEY, ""))
        self.status.clear()

    def save(self) -> bool:
        """Save what is typed (a blank text is removed); False when refused."""
        action, funder = self._scope
        try:
            changed = service.save(self.session.book, self.year, self.texts(), action, funder)
        except DomainError as exc:
            report(self, exc, self.tr("Textes non enregistrés."))
            return False
        self._loaded = {k: v for k, v in self.texts().items() if v}
        self.status.setText(self.tr("Textes enregistrés.") if changed else
                            self.tr("Rien à enregistrer : les textes n'ont pas changé."))
        return True

    def _scope_changed(self) -> None:
        # The texts typed belong to the action and funder they were typed for.
        if self.dirty() and QMessageBox.question(
                self, self.windowTitle(),
                self.tr("Enregistrer les textes saisis avant de changer d'action ou de "
                        "financeur ?")) == QMessageBox.StandardButton.Yes:
            self.save()  # still under the scope they were typed for
        self._scope = (self.action(), self.funder())
        self.load()

    def reject(self) -> None:
        # Fermer or Escape must not lose what the treasurer typed.
        if self.dirty() and QMessageBox.question(
                self, self.windowTitle(),
                self.tr("Enregistrer les textes saisis avant de fermer ?")
        ) == QMessageBox.StandardButton.Yes and not self.save():
            return
        super().reject()

    # -- export --------------------------------------------------------------------------
    def default_name(self) -> str:
        return " ".join(filter(None, (self.tr("Compte rendu financier"), self.year,
                                      self.action(), self.funder())))

    def ask_export(self, ext: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Exporter en {}").format(ext[1:].upper()),
            str(Path.home() / (self.default_name() + ext)),
            QCoreApplication.translate("ReportView", FILTERS[ext]))
        if not name:
            return None
        path = Path(name)
        return self.export(path if path.suffix.lower() == ext else path.with_suffix(ext))

    def export(self, path: Path) -> Path | None:
        """The three feuillets, with the texts typed (saved first), written to ``path``."""
        if self.dirty() and not self.save():
            return None
        try:
            reports = service.build(self.session.book, self.year, self.action(), self.funder())
            written = service.write(reports, path)
        except (DomainError, OSError) as exc:
            report(self, exc, self.tr("Export impossible."))
            return None
        self.status.setText(self.tr("Exporté : {}").format(written))
        self.session.message.emit(self.tr("Exporté : {}").format(written))
        return written
