"""The app says what a FEC import brought in as drafts, and why a year holding drafts has no
FEC yet, naming its own menu (issue 14)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from assocompta.services.setup import Identity, create_book
from assocompta.ui.main_window import MainWindow
from assocompta.ui.session import BookSession
from tests.fec.test_fec_validation import entry, write
from tests.helpers import SIREN, sqlite_only

COMMAND = "assocompta entries validate"


def _fresh_window(qtbot, tmp_path: Path, window) -> MainWindow:
    book, _ = create_book(tmp_path / "neuf.assocompta", Identity("Nouvelle", siren=SIREN),
                          dt.date(2025, 1, 1))
    book.close()
    session = BookSession(tmp_path / "neuf.assocompta")
    with qtbot.waitSignal(session.writable_changed, timeout=30_000):
        session.open()
    w = MainWindow(session, window.settings, {})
    qtbot.addWidget(w)
    w.show()
    return w


@sqlite_only
def test_the_import_counts_its_drafts_and_the_export_names_the_menu(
        qtbot, tmp_path, window, monkeypatch, no_modal_boxes):
    lines = [*entry("BQ", 1, "20250301", "626", "8,00", valid="20250310"),
             *entry("BQ", 2, "20251102", "626", "8,00", valid=""),
             *entry("BQ", 3, "20251230", "626", "8,00", valid="")]
    target = _fresh_window(qtbot, tmp_path, window)
    dialog = target.import_fec(write(tmp_path / "brouillard.txt", lines))
    qtbot.waitUntil(lambda: not dialog.thread_.is_alive(), timeout=60_000)
    qtbot.waitUntil(lambda: "importées" in target.statusBar().currentMessage(), timeout=10_000)
    assert target.statusBar().currentMessage() == (
        "brouillard.txt : 3 écritures importées (2025), dont 2 en brouillard, à valider")

    target.session.set_year("2025")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "fec.txt"), "")))
    target.command_actions["fec_export"].trigger()
    task = target.task_menus.last_task
    qtbot.waitUntil(lambda: not task.thread_.is_alive(), timeout=60_000)
    qtbot.waitUntil(lambda: bool(no_modal_boxes), timeout=10_000)
    shown = no_modal_boxes[-1]
    assert "2 écritures en brouillard (n°2 à n°3, du 02/11/2025 au 30/12/2025)" in shown
    assert "avec le menu Saisie › Valider les écritures…, puis exportez à nouveau" in shown
    assert COMMAND not in shown
    assert not (tmp_path / "fec.txt").exists()
