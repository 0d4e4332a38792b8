"""Justificatifs of one entry: list, add (file dialog or drag and drop), open, save as,
remove. Read-only for a closed year (its justificatifs are part of the closed accounts)."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...services import attachments
from .. import locale
from ..errors import report
from ..models.rows_model import Row, RowsModel
from ..session import BookSession

_session_folder: Path | None = None


def session_folder() -> Path:
    """Where opened justificatifs are written: private to this run, removed at exit."""
    global _session_folder
    if _session_folder is None or not _session_folder.is_dir():
        _session_folder = Path(tempfile.mkdtemp(prefix="assocompta-justificatifs-"))
        atexit.register(shutil.rmtree, _session_folder, True)
    return _session_folder


SIZE_UNITS = (QT_TRANSLATE_NOOP("AttachmentsDialog", "{} o"),
              QT_TRANSLATE_NOOP("AttachmentsDialog", "{} Ko"),
              QT_TRANSLATE_NOOP("AttachmentsDialog", "{} Mo"))


def size_text(size: int) -> str:
    """A file size in the interface language's units (Ko, Mo in French; KB, MB in English)."""
    units = [QCoreApplication.translate("AttachmentsDialog", u) for u in SIZE_UNITS]
    if size < 1024:
        return units[0].format(size)
    if size < 1024 * 1024:
        return units[1].format(f"{size / 1024:.0f}")
    megabytes = f"{size / 1024 / 1024:.1f}"
    if locale.locale_name().startswith("fr"):
        megabytes = megabytes.replace(".", ",")
    return units[2].format(megabytes)


class AttachmentsDialog(QDialog):
    """The justificatifs of ``entry_id``; drop files on the dialog to attach them."""

    def __init__(self, session: BookSession, entry_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.entry_id = entry_id
        number, date, label = session.conn.execute(
            "SELECT number, date, label FROM entry WHERE id = ?", (entry_id,)).fetchone()
        self.setWindowTitle(self.tr("Justificatifs — écriture n° {} du {}").format(
            number, locale.date(date)))
        self.setAcceptDrops(True)
        self.resize(620, 340)
        self.model = RowsModel((self.tr("Fichier"), self.tr("Taille"), self.tr("Ajouté le")),
                               right=(1,), parent=self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Justificatifs"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 80)
        self.table.setColumnWidth(2, 140)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.heading = QLabel(f"<b>{label}</b>")
        self.hint = QLabel(self.tr("Déposez des fichiers ici (PDF, images…) ou cliquez "
                                   "sur Ajouter. Ils sont enregistrés dans le livre."))
        self.hint.setWordWrap(True)
        self.closed_note = QLabel()
        self.closed_note.setWordWrap(True)
        self.closed_note.setStyleSheet("color: #8a5a00;")
        self.add_button = QPushButton(self.tr("&Ajouter…"))
        self.open_button = QPushButton(self.tr("&Ouvrir"))
        self.save_button = QPushButton(self.tr("&Enregistrer sous…"))
        self.remove_button = QPushButton(self.tr("Su&pprimer"))
        self.add_button.clicked.connect(lambda: self.add_files())
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.save_button.clicked.connect(lambda: self.save_selected())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        # Del alone: X11's Delete binding also holds Ctrl+D, the Dépense shortcut.
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_selected)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Fermer"))
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.closed_note)
        layout.addLayout(buttons)
        self.closed_year = attachments.is_entry_closed(session.conn, entry_id)
        # A validated entry takes more justificatifs but keeps those it has (the engine
        # refuses to remove one: PCG art. 921-3).
        found = session.conn.execute("SELECT valid_date FROM entry WHERE id = ?",
                                     (entry_id,)).fetchone()
        self.validated_on = str(found[0])[:10] if found and found[0] is not None else None
        self.reload()

    # -- state ---------------------------------------------------------------------------
    @property
    def editable(self) -> bool:
        return self.session.writable and self.closed_year is None

    @property
    def removable(self) -> bool:
        return self.editable and self.validated_on is None

    def reload(self) -> None:
        rows = attachments.list_attachments(self.session.conn, self.entry_id)
        self.model.set_rows([
            Row(r.id, (r.name, size_text(r.size),
                       locale.date(r.added_at[:10]) + " " + r.added_at[11:16]),
                tooltip=r.media_type) for r in rows])
        if rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        if self.closed_year:
            self.closed_note.setText(self.tr(
                "Exercice {} clos : ses justificatifs font partie des comptes arrêtés ; on "
                "peut les ouvrir et les enregistrer, non les ajouter ni les supprimer.")
                .format(self.closed_year))
        elif not self.session.writable:
            self.closed_note.setText(self.session.read_only_reason or
                                     self.tr("Livre en lecture seule pour le moment."))
        elif self.validated_on:
            self.closed_note.setText(self.tr(
                "Écriture validée le {} : on peut lui joindre d'autres justificatifs, non "
                "retirer ceux qu'elle a.").format(locale.date(self.validated_on)))
        self.closed_note.setVisible(not self.removable)
        self.hint.setVisible(self.editable)
        self.add_button.setEnabled(self.editable)
        has = bool(rows)
        self.open_button.setEnabled(has)
        self.save_button.setEnabled(has)
        self.remove_button.setEnabled(has and self.removable)

    def selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.key(rows[0].row()) if rows else None

    # -- actions -------------------------------------------------------------------------
    def add_files(self, paths: list[str | Path] | None = None) -> list[attachments.Added]:
        if not self.editable:
            return []
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Joindre des justificatifs"), "",
                self.tr("Justificatifs (*.pdf *.png *.jpg *.jpeg);;Tous les fichiers (*)"))
        added = []
        for path in paths:
            try:
                added.append(attachments.add(self.session.book, self.entry_id, path))
            except DomainError as exc:
                report(self, exc, self.tr("Justificatif non ajouté."))
        already = [a.row.name for a in added if not a.new]
        if already:
            QMessageBox.information(self, self.tr("Justificatifs"), self.tr(
                "Déjà joint à cette écriture : {}").format(", ".join(already)))
        if any(a.new for a in added):
            self.session.notify((self.entry_id,))
        self.reload()
        return added

    def open_selected(self) -> Path | None:
        attachment_id = self.selected()
        if attachment_id is None:
            return None
        try:
            path = attachments.copy_to(self.session.conn, attachment_id, session_folder())
        except DomainError as exc:
            report(self, exc, self.tr("Ouverture impossible."))
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def save_selected(self, dest: str | Path | None = None) -> Path | None:
        attachment_id = self.selected()
        if attachment_id is None:
            return None
        if dest is None:
            name = self.model.rows[self.model.row_of(attachment_id)].texts[0]
            dest, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer le justificatif"),
                                                  str(Path.home() / name))
            if not dest:
                return None
        try:
            return attachments.save_as(self.session.conn, attachment_id, dest)
        except DomainError as exc:
            report(self, exc, self.tr("Enregistrement impossible."))
            return None

    def remove_selected(self) -> bool:
        attachment_id = self.selected()
        if attachment_id is None or not self.removable:
            return False
        name = self.model.rows[self.model.row_of(attachment_id)].texts[0]
        answer = QMessageBox.question(
            self, self.tr("Supprimer le justificatif"),
            self.tr("Retirer « {} » du livre ? Le fichier n'y sera plus.").format(name))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            attachments.remove(self.session.book, attachment_id)
        except DomainError as exc:
            report(self, exc, self.tr("Suppression refusée."))
            return False
        self.session.notify((self.entry_id,))
        self.reload()
        return True

    # -- drag and drop -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if self.editable and urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)
