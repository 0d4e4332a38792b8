"""Fichier › Enregistrer une copie… and Restaurer une sauvegarde…, and the book file
left whole when its window closes."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from assocompta.storage.restore import list_backups
from tests.helpers import draft, file_digest


@pytest.fixture
def controller(qtbot):
    from assocompta.ui.app import Controller
    from assocompta.ui.settings import Settings
    c = Controller(QApplication.instance(), Settings())
    yield c
    for window in list(c.windows):
        window.close()
    c.welcome.close()


def _open(qtbot, controller, path: Path):
    window = controller.open_book(path)
    if not window.session.writable:
        with qtbot.waitSignal(window.session.writable_changed, timeout=30_000):
            pass
    return window


def _post(window, label: str) -> None:
    from assocompta.ui.commands import PostEntry, perform
    perform(window.session, PostEntry(window.session, draft(
        dt.date(2025, 6, 1), ("626", "12", ""), ("512", "", "12"), label=label)))


def _count(path: Path, label: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM entry WHERE label LIKE ?",
                            (label + "%",)).fetchone()[0]
    finally:
        conn.close()


def test_after_closing_the_window_the_book_file_alone_holds_every_entry(
        qtbot, controller, demo_path, tmp_path):
    window = _open(qtbot, controller, demo_path)
    window.show_view("saisie")  # the ledger reads through connections of its own
    for i in range(20):
        _post(window, f"envoyée {i} " + "x" * 300)
    wal = demo_path.with_name(demo_path.name + "-wal")
    assert wal.stat().st_size > 0
    window.close()
    assert not wal.exists() or wal.stat().st_size == 0
    # What a treasurer e-mails: the .assocompta file, alone.
    alone = tmp_path / "courriel" / demo_path.name
    alone.parent.mkdir()
    shutil.copyfile(demo_path, alone)
    assert _count(alone, "envoyée") == 20


def test_a_backup_is_restored_from_the_file_menu(qtbot, controller, demo_path,
                                                 no_modal_boxes, monkeypatch):
    window = _open(qtbot, controller, demo_path)  # opening for writing took a backup
    _post(window, "après la sauvegarde")
    asked: list[str] = []

    def confirm(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    seen: dict = {}

    def drive() -> None:
        from assocompta.ui.dialogs.restore_dialog import RestoreDialog
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(20, drive)
            return
        try:
            seen["rows"] = dialog.table.rowCount()
            seen["first"] = [dialog.table.item(0, c).text() for c in range(5)]
            dialog.table.selectRow(0)
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, drive)
    assert window.restore_action.isEnabled()
    assert window.ask_restore() is True
    assert seen["rows"] == 1 and seen["first"][4] == ""
    assert "Le livre actuel est d'abord gardé à part" in asked[0]
    assert _count(demo_path, "après la sauvegarde") == 0
    listing = list_backups(demo_path)
    assert listing[0].aside and _count(listing[0].path, "après la sauvegarde") == 1
    assert any("est remise en place" in text for text in no_modal_boxes)
    # The book is open again, in a new window, ready for entries.
    reopened = controller.windows[-1]
    assert reopened is not window and reopened.session.path == demo_path
    if not reopened.session.writable:
        with qtbot.waitSignal(reopened.session.writable_changed, timeout=30_000):
            pass
    _post(reopened, "après la restauration")
    assert _count(demo_path, "après la restauration") == 1


def test_a_copy_is_saved_whole_and_never_over_a_book(qtbot, controller, demo_path, tmp_path,
                                                    no_modal_boxes, monkeypatch):
    window = _open(qtbot, controller, demo_path)
    _post(window, "dans la copie")
    dest = tmp_path / "envoi" / "club.assocompta"
    dest.parent.mkdir()
    answers = [str(dest), str(demo_path), str(dest)]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (answers.pop(0), ""))
    window.copy_action.trigger()
    assert _count(dest, "dans la copie") == 1
    assert not dest.with_name(dest.name + "-wal").exists()
    digests = file_digest(demo_path), file_digest(dest)
    window.copy_action.trigger()  # the book itself
    window.copy_action.trigger()  # a book already there
    assert no_modal_boxes[-2].startswith("Copie impossible. demo.assocompta est le livre "
                                         "lui-même")
    assert "club.assocompta est déjà un livre" in no_modal_boxes[-1]
    assert (file_digest(demo_path), file_digest(dest)) == digests


def test_copy_and_restore_are_for_book_files(window):
    """A shared book is saved and restored by its server's administrator."""
    for action in (window.copy_action, window.restore_action):
        assert action.isEnabled() == (not window.session.shared)
