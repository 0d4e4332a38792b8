"""Justificatifs from the ledger: the paperclip, and the dialog that adds, opens, removes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from sqlalchemy import text

from assocompta.ui.dialogs.attachments_dialog import AttachmentsDialog
from assocompta.ui.models.ledger_model import ATTACHMENT_ROLE, ENTRY_ROLE

PDF = b"%PDF-1.4\nfacture EDF\n%%EOF\n"


def _rows_of_entry(model, entry_id):
    return [r for r in range(model.rowCount()) if model.index(r, 0).data(ENTRY_ROLE) == entry_id]


def test_paperclip_added_opened_and_removed_from_the_ledger(qtbot, window, tmp_path,
                                                            monkeypatch):
    from assocompta.ui.models.ledger_model import VALID_ROLE
    ledger = window.show_view("saisie")
    ledger.model.wait()
    # A draft: a validated entry keeps the justificatifs it has (see below).
    ledger.table.selectRow(next(r for r in range(ledger.model.rowCount())
                                if ledger.model.index(r, 0).data(VALID_ROLE) is None))
    entry_id = ledger.selected_entry()
    rows = _rows_of_entry(ledger.model, entry_id)
    assert not any(ledger.model.index(r, 3).data(ATTACHMENT_ROLE) for r in rows)

    dialog = ledger.show_attachments()
    qtbot.addWidget(dialog)
    scan = tmp_path / "facture EDF.pdf"
    scan.write_bytes(PDF)
    added = dialog.add_files([scan])
    assert [a.new for a in added] == [True]
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "facture EDF.pdf"
    assert dialog.model.index(0, 1).data() == f"{len(PDF)} o"

    ledger.model.wait()
    rows = _rows_of_entry(ledger.model, entry_id)
    assert rows and all(ledger.model.index(r, 3).data(ATTACHMENT_ROLE) for r in rows)
    icon = ledger.model.index(rows[0], 3).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    assert ledger.model.index(rows[0], 4).data(Qt.ItemDataRole.DecorationRole) is None

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    path = dialog.open_selected()
    assert opened and Path(opened[0].toLocalFile()) == path
    assert path.read_bytes() == PDF and path.name == "facture EDF.pdf"
    saved = dialog.save_selected(tmp_path / "copie.pdf")
    assert saved.read_bytes() == PDF

    assert dialog.remove_selected()
    assert dialog.model.rowCount() == 0
    ledger.model.wait()
    assert not any(ledger.model.index(r, 3).data(ATTACHMENT_ROLE)
                   for r in _rows_of_entry(ledger.model, entry_id))


def test_files_dropped_on_the_dialog_are_attached_once(qtbot, session, tmp_path):
    entry_id = session.conn.execute("SELECT max(id) FROM entry WHERE year_id = 2").fetchone()[0]
    dialog = AttachmentsDialog(session, entry_id)
    qtbot.addWidget(dialog)
    files = []
    for name, data in (("a.png", b"\x89PNG\r\n\x1a\nabc"), ("b.pdf", PDF)):
        (tmp_path / name).write_bytes(data)
        files.append(QUrl.fromLocalFile(str(tmp_path / name)))
    mime = QMimeData()
    mime.setUrls(files)
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(drop)
    dialog.dropEvent(drop)  # the same files again: recognised, not stored twice
    assert [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())] == [
        "a.png", "b.pdf"]
    assert session.conn.execute("SELECT count(*) FROM attachment WHERE entry_id = ?",
                                (entry_id,)).fetchone()[0] == 2


def test_closed_year_dialog_is_read_only_and_says_why(qtbot, session, tmp_path):
    entry_id = session.conn.execute(
        "SELECT e.id FROM entry e JOIN fiscal_year f ON f.id = e.year_id "
        "WHERE f.label = '2025' LIMIT 1").fetchone()[0]
    (tmp_path / "f.pdf").write_bytes(PDF)
    from assocompta.services import attachments
    attachments.add(session.book, entry_id, tmp_path / "f.pdf")
    with session.book.transaction() as s:
        s.execute(text("UPDATE fiscal_year SET closed_at = '2026-03-01' WHERE label = '2025'"))
    dialog = AttachmentsDialog(session, entry_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Exercice 2025 clos" in dialog.closed_note.text()
    assert dialog.closed_note.isVisible()
    assert not dialog.add_button.isEnabled() and not dialog.remove_button.isEnabled()
    assert dialog.open_button.isEnabled() and dialog.save_button.isEnabled()
    assert dialog.add_files([tmp_path / "f.pdf"]) == []


def test_double_click_on_the_paperclip_and_ctrl_j_open_the_justificatifs(qtbot, window,
                                                                         tmp_path):
    from assocompta.services import attachments
    from assocompta.ui.dialogs.entry_dialog import EntryDialog
    ledger = window.show_view("saisie")
    ledger.model.wait()
    ledger.table.selectRow(3)
    entry_id = ledger.selected_entry()
    (tmp_path / "f.pdf").write_bytes(PDF)
    attachments.add(window.session.book, entry_id, tmp_path / "f.pdf")
    window.session.notify((entry_id,))
    ledger.model.wait()
    row = _rows_of_entry(ledger.model, entry_id)[0]
    ledger._edit_index(ledger.model.index(row, 3))  # the Pièce cell, with its paperclip
    opened = [d for d in window.findChildren(AttachmentsDialog) if d.isVisible()]
    assert [d.entry_id for d in opened] == [entry_id]
    assert not [d for d in window.findChildren(EntryDialog) if d.isVisible()]
    opened[0].close()
    assert ledger.attachments_action.shortcut().toString() == "Ctrl+J"
    ledger.table.selectRow(row)
    ledger.attachments_action.trigger()
    assert len([d for d in window.findChildren(AttachmentsDialog) if d.isVisible()]) == 1


def test_a_justificatif_is_saved_in_the_home_folder_by_default(qtbot, session, tmp_path):
    """Review of issue 13: « Enregistrer… » proposed the bare file name, so the save dialog
    opened in the folder the app was started from; it opens in the home folder."""
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog
    entry_id = session.conn.execute("SELECT max(id) FROM entry WHERE year_id = 2").fetchone()[0]
    (tmp_path / "facture.pdf").write_bytes(PDF)
    dialog = AttachmentsDialog(session, entry_id)
    qtbot.addWidget(dialog)
    dialog.add_files([tmp_path / "facture.pdf"])
    dialog.table.selectRow(0)
    seen = []

    def act() -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):
            QTimer.singleShot(50, act)
            return
        seen.append(Path(chooser.selectedFiles()[0]))
        chooser.reject()
    QTimer.singleShot(0, act)
    assert dialog.save_selected() is None
    assert seen == [Path.home() / "facture.pdf"]
