"""A message says how to fix a problem where it is read: the app names its own menu, the
command line its command (issue 13: « Messages tell a GUI user to run assocompta year add »)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from assocompta.cli import main
from tests.helpers import sqlite_only

#: a command of the command line (not a book's name, « demo.assocompta »)
COMMAND = re.compile(r"(?<![.\w])assocompta [a-z]")
#: QMessageBox.exec before the fixture answers every box by itself
REAL_EXEC = QMessageBox.exec


@sqlite_only
def test_an_entry_outside_every_year_names_the_menu_in_the_app(qtbot, window):
    ledger = window.show_view("saisie")
    ledger.model.wait()
    dialog = ledger.new_entry("depense")
    dialog.ui.date_edit.setText("15/03/2031")
    dialog.ui.amount_edit.setText("12,00")
    dialog.ui.label_edit.setText("Timbres")
    dialog.ui.account_edit.setText("626")
    dialog.save()
    shown = " ".join(label.text() for label in (dialog.ui.error_label,
                                                *dialog._errors.values()))
    assert "aucun exercice ne couvre le 15/03/2031" in shown
    assert "le menu Exercice › Ajouter un exercice…" in shown
    assert not COMMAND.search(shown)
    dialog.close()


@sqlite_only
def test_a_fec_outside_every_year_names_the_menu_in_the_app(qtbot, window, tmp_path,
                                                             no_modal_boxes):
    from assocompta.services.fec_export import export_fec
    fec, _count = export_fec(window.session.book, "2024", tmp_path)  # closed: validated
    fec.write_text(fec.read_text(encoding="utf-8").replace("2024", "2031"), encoding="utf-8")
    dialog = window.import_fec(fec)
    qtbot.waitUntil(lambda: not dialog.thread_.is_alive(), timeout=60_000)
    qtbot.waitUntil(lambda: bool(no_modal_boxes), timeout=10_000)
    assert "créez-le d'abord avec le menu Exercice › Ajouter un exercice…" in no_modal_boxes[-1]
    assert not COMMAND.search(no_modal_boxes[-1])


def test_the_command_line_still_names_the_command(demo_path, tmp_path, capsys):
    from assocompta.services.fec_export import export_fec
    from assocompta.storage.books import open_book
    with open_book(demo_path, readonly=True) as book:
        fec, _count = export_fec(book, "2024", tmp_path)  # closed: validated
    moved = Path(tmp_path / "2031.txt")
    moved.write_text(fec.read_text(encoding="utf-8").replace("2024", "2031"), encoding="utf-8")
    assert main(["fec", "import", str(demo_path), str(moved)]) == 1
    err = capsys.readouterr().err
    assert "créez-le d'abord avec assocompta year add" in err
    assert "menu" not in err


def test_a_damaged_book_names_the_button_that_restores_it_and_the_button_does(
        qtbot, tmp_path, demo_path, no_modal_boxes, monkeypatch):
    import datetime as dt

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

    from assocompta.storage.restore import list_backups
    from assocompta.ui.app import Controller
    from assocompta.ui.commands import PostEntry, perform
    from assocompta.ui.dialogs.restore_dialog import RestoreDialog
    from assocompta.ui.session import BookSession
    from assocompta.ui.settings import Settings
    from tests.helpers import draft, entry_count
    session = BookSession(demo_path)
    with qtbot.waitSignal(session.writable_changed, timeout=30_000):
        session.open()
    perform(session, PostEntry(session, draft(dt.date(2025, 6, 1), ("626", "1", ""),
                                              ("512", "", "1"))))
    session.close()
    assert list_backups(demo_path)
    entries = entry_count(list_backups(demo_path)[0].path)
    with open(demo_path, "r+b") as fh:  # the header's page size, overwritten
        fh.seek(16)
        fh.write(b"\x00\x07")
    monkeypatch.setattr(QMessageBox, "exec", REAL_EXEC)  # this one is clicked for real
    said = []

    def click_restore() -> None:
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())
        said.append(box.informativeText())
        next(b for b in box.findChildren(QPushButton)
             if b.text() == "Restaurer une sauvegarde…").click()

    def choose_first() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, RestoreDialog) and w.isVisible())
        dialog.table.selectRow(0)
        dialog.restore_button.click()

    QTimer.singleShot(200, click_restore)
    QTimer.singleShot(600, choose_first)
    controller = Controller(QApplication.instance(), Settings())
    window = controller.open_book(demo_path)
    assert said and not COMMAND.search(said[0])
    assert said[0].endswith("restaurez une copie de sauvegarde avec le bouton « Restaurer une "
                            "sauvegarde… » de ce message.")
    assert window is not None and entry_count(demo_path) == entries
    window.close()
    controller.welcome.close()


def test_a_damaged_book_names_the_command_in_the_command_line(demo_path, capsys):
    from assocompta.storage.books import open_book
    with open_book(demo_path):  # opened for writing once: a backup
        pass
    with open(demo_path, "r+b") as fh:
        fh.seek(16)
        fh.write(b"\x00\x07")
    assert main(["check", str(demo_path)]) == 1
    err = capsys.readouterr().err
    assert "assocompta restore demo.assocompta N° (la liste : assocompta backups " \
           "demo.assocompta)" in err and "bouton" not in err
