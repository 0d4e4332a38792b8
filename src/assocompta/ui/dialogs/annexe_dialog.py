"""Rapports › Annexe des comptes annuels… : the treasurer writes the annexe's texts section
by section, sees each note as it will print (the tables computed from the book), and exports
the whole annexe to PDF or XLSX. Saving is one undoable step (Ctrl+Z puts the texts back)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...domain.annexe import TEXTS, Annexe
from ...domain.errors import DomainError
from ...reports.annexe import annexe_reports
from ..widgets.checks_panel import ChecksPanel
from ...services.annexe import build_annexe, save_annexe_texts
from ...services.reports import write
from ..commands import Command, perform
from ..errors import report as report_error
from ..models.report_model import ReportModel
from ..session import BookSession
from ..views.report_view import AMOUNT_WIDTH, setup_tree

FILTERS = {".pdf": "PDF (*.pdf)", ".xlsx": "Classeur Excel (*.xlsx)"}


class SetAnnexeTexts(Command):
    """Write some texts of a year's annexe; undo writes back what they were ("" : none)."""

    def __init__(self, session: BookSession, year: str, before: dict[str, str],
                 after: dict[str, str]) -> None:
        super().__init__(session, QCoreApplication.translate(
            "Commands", "textes de l'annexe {}").format(year))
        self.year, self.before, self.after = year, before, after

    def _do(self) -> None:
        save_annexe_texts(self.session.book, self.year, self.after)

    def _undo(self) -> None:
        save_annexe_texts(self.session.book, self.year, self.before)


#: The presentation's sections (art. 431-2), in the annexe whether written or not.
_PRESENTATION = ("objet", "activites", "moyens", "faits")


class AnnexeDialog(QDialog):
    """The year's annexe: its texts to write (left), each note as it prints (below)."""

    def __init__(self, session: BookSession, year: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.year = session, year
        self.setObjectName("annexe_dialog")
        self.setWindowTitle(self.tr("Annexe des comptes annuels — exercice {}").format(year))
        self.annexe: Annexe | None = None
        #: what the treasurer typed, by key, not saved yet
        self.edits: dict[str, str] = {}
        self._key: str | None = None

        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Sections de l'annexe"))
        for key, (title, _hint) in TEXTS.items():
            self.sections.addItem(title)
            self.sections.item(self.sections.count() - 1).setData(Qt.ItemDataRole.UserRole, key)
        # The titles are the annexe's own, some long: wrapped rather than cut.
        self.sections.setWordWrap(True)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setFixedWidth(280)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.origin = QLabel()
        self.origin.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("annexe_text_edit")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setReadOnly(not session.writable)
        editor = QVBoxLayout()
        editor.setContentsMargins(0, 0, 0, 0)
        editor.addWidget(self.hint)
        editor.addWidget(self.text_edit, 1)
        editor.addWidget(self.origin)
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sections)
        row.addLayout(editor, 1)

        self.note_combo = QComboBox()
        self.note_combo.setAccessibleName(self.tr("Note de l'annexe"))
        self.model = ReportModel(self)
        self.tree = QTreeView()
        self.tree.setAccessibleName(self.tr("Aperçu de la note"))
        setup_tree(self.tree, self.model)
        self.model.modelReset.connect(self._fit_headings)  # after setup_tree's own sizing
        preview = QWidget()
        below = QVBoxLayout(preview)
        below.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Aperçu :")))
        pick.addWidget(self.note_combo, 1)
        below.addLayout(pick)
        below.addWidget(self.tree, 1)
        # The note's figures against the bilan and the compte de résultat, as under a report.
        self.checks = ChecksPanel()
        below.addWidget(self.checks)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(preview)
        split.setSizes([260, 300])

        self.export_buttons = {}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Apply
                                   | QDialogButtonBox.StandardButton.Cancel)
        for ext in (".pdf", ".xlsx"):
            button = QPushButton(self.tr("Exporter {}…").format(ext[1:].upper()))
            button.setToolTip(self.tr("Enregistre les textes modifiés, puis écrit l'annexe "
                                      "entière (les notes à la suite dans le PDF, une feuille par "
                                      "note dans le classeur)"))
            button.clicked.connect(lambda _=False, e=ext: self.export(e))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            self.export_buttons[ext] = button
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Enregistrer"))
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("A&ppliquer"))
        self.apply_button.setToolTip(self.tr("Enregistrer sans fermer : l'aperçu montre les "
                                             "textes enregistrés"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        for button in (self.save_button, self.apply_button):
            button.setEnabled(session.writable)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(1000, 680)

        self.sections.currentRowChanged.connect(self._section_chosen)
        self.note_combo.currentIndexChanged.connect(self._note_chosen)
        self.text_edit.textChanged.connect(self._typed)
        self.reload()
        self.sections.setCurrentRow(0)

    # -- content -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the annexe again (after a save): texts written, proposed, and the notes."""
        shown = self.note_combo.currentData()
        self.annexe = build_annexe(self.session.book, self.year)
        self.note_combo.blockSignals(True)
        self.note_combo.clear()
        for n, note in enumerate(self.annexe.notes, start=1):
            self.note_combo.addItem(self.tr("Note {} : {}").format(n, note.title), note.key)
        self.note_combo.setCurrentIndex(max(0, self.note_combo.findData(shown)))
        self.note_combo.blockSignals(False)
        self._note_chosen()
        if self._key is not None:
            self._show(self._key)

    def saved_text(self, key: str) -> str:
        """What the annexe says for ``key`` now: written, else proposed, else nothing."""
        return self.annexe.written.get(key) or self.annexe.proposed.get(key, "")

    def _section_chosen(self, row: int) -> None:
        if row >= 0:
            self._show(self.sections.item(row).data(Qt.ItemDataRole.UserRole))

    def _show(self, key: str) -> None:
        self._key = key
        self.hint.setText(TEXTS[key][1])
        self.text_edit.blockSignals(True)
        self.text_edit.setPlainText(self.edits.get(key, self.saved_text(key)))
        self.text_edit.blockSignals(False)
        self._say_origin()

    def _typed(self) -> None:
        if self._key is not None:
            self.edits[self._key] = self.text_edit.toPlainText()
            self._say_origin()

    def _say_origin(self) -> None:
        key = self._key
        if key in self.changes():
            text = self.tr("Modifié, pas encore enregistré.")
        elif self.annexe.written.get(key):
            text = self.tr("Texte écrit pour l'exercice {}.").format(self.year)
        elif self.annexe.proposed.get(key):
            text = self.tr("Texte proposé d'après le livre : modifiez-le ou gardez-le tel "
                           "quel. Vide, l'annexe reprend ce texte.")
        elif key in _PRESENTATION:  # art. 431-2: printed in any case
            text = self.tr("Rien d'écrit : l'annexe imprime « À compléter » sous ce titre "
                           "(art. 431-2, toujours présent).")
        else:
            text = self.tr("Rien d'écrit : la section n'apparaît pas dans l'annexe tant "
                           "qu'elle n'a ni texte ni montant.")
        self.origin.setText(text)

    def _note_chosen(self, *_args) -> None:
        index = self.note_combo.currentIndex()
        if self.annexe is None or index < 0:
            self.model.set_report(None)
            self.checks.set_checks(())
            return
        reports = annexe_reports(self.annexe)
        self.model.set_report(reports[index][1])
        self.checks.set_checks(reports[index][1].checks)
        self.tree.expandAll()

    def _fit_headings(self) -> None:
        """Amount columns as wide as their headings (« Diminution ou consommation ») while
        the labels keep room: a note has a handful of rows, its headings are what is long."""
        header = self.tree.header()
        columns = range(1, self.model.columnCount())
        if not columns:
            return
        metrics = header.fontMetrics()
        wanted = [max(AMOUNT_WIDTH, max(metrics.horizontalAdvance(line) for line in str(
            self.model.headerData(c, Qt.Orientation.Horizontal) or "").split("\n")) + 24)
            for c in columns]
        room = max(self.tree.viewport().width() - 260, 90 * len(wanted))
        if sum(wanted) > room:
            wanted = [min(w, max(90, room // len(wanted))) for w in wanted]
        for column, width in zip(columns, wanted):
            header.resizeSection(column, width)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_headings()

    # -- saving --------------------------------------------------------------------------
    def changes(self) -> dict[str, str]:
        """The texts typed that differ from what the annexe says now."""
        return {k: v for k, v in self.edits.items() if v.strip() != self.saved_text(k).strip()}

    def apply(self) -> bool:
        """Save the texts typed as one undoable step; the preview then shows them."""
        after = self.changes()
        if not after:
            return True
        before = {k: self.annexe.written.get(k, "") for k in after}
        try:
            perform(self.session, SetAnnexeTexts(self.session, self.year, before, after))
        except DomainError as exc:
            report_error(self, exc, self.tr("Textes de l'annexe non enregistrés."))
            return False
        self.edits.clear()
        self.reload()
        self.status.setText(self.tr("Textes enregistrés (Ctrl+Z dans la fenêtre principale "
                                    "les remet comme avant)."))
        return True

    def save(self) -> None:
        if self.apply():
            self.accept()

    # -- export --------------------------------------------------------------------------
    def export(self, ext: str, path: Path | None = None) -> Path | None:
        """Save what was typed, then write the annexe where the treasurer chooses."""
        if self.session.writable and not self.apply():
            return None
        if path is None:
            default = Path.home() / self.tr("Annexe {}").format(self.year)
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Exporter l'annexe en {}").format(ext[1:].upper()),
                str(default) + ext, FILTERS[ext])
            if not name:
                return None
            path = Path(name)
        if path.suffix.lower() != ext:
            path = path.with_name(path.name + ext)
        try:
            written = write(annexe_reports(build_annexe(self.session.book, self.year)), path)
        except (DomainError, OSError) as exc:
            report_error(self, exc, self.tr("Export impossible."))
            return None
        self.status.setText(self.tr("Exporté : {}").format(written))
        self.session.message.emit(self.tr("Exporté : {}").format(written))
        return written
