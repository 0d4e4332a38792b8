"""Adding a year is undoable, as every change (issue 13): Ctrl+Z removes it while it is empty,
Ctrl+Maj+Z puts it back; a year that received an entry meanwhile stays."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from assocompta.services.ledger import post_entry
from assocompta.ui.dialogs.text_fields_dialog import TextFieldsDialog
from tests.helpers import draft, sqlite_only


def _press(qtbot, window, key, modifiers) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, key, modifiers)


def _years(view) -> list[str]:
    return [view.model.index(r, 0).data() for r in range(view.model.rowCount())]


def _combo(window) -> list[str]:
    return [window.year_combo.itemData(i) for i in range(window.year_combo.count())]


def _add_through_the_button(qtbot, view) -> None:
    def accept() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, TextFieldsDialog) and w.isVisible())
        assert dialog.edits[0].text() == "01/01/2027"  # after the last year, for a year
        dialog.accept()
    QTimer.singleShot(100, accept)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)


@sqlite_only
def test_ctrl_z_removes_the_year_just_added_and_ctrl_shift_z_puts_it_back(qtbot, window):
    view = window.show_view("exercices")
    assert _years(view) == ["2024", "2025", "2026"]
    _add_through_the_button(qtbot, view)
    assert _years(view) == ["2024", "2025", "2026", "2027"] and "2027" in _combo(window)
    assert window.undo_action.text() == "Annuler ajout de l'exercice 2027"

    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _years(view) == ["2024", "2025", "2026"] and "2027" not in _combo(window)
    count = window.session.conn.execute(
        "SELECT count(*) FROM fiscal_year WHERE label = '2027'").fetchone()[0]
    assert count == 0

    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
           | Qt.KeyboardModifier.ShiftModifier)
    assert _years(view) == ["2024", "2025", "2026", "2027"] and "2027" in _combo(window)


@sqlite_only
def test_a_year_with_an_entry_stays_and_the_undo_says_why(qtbot, window):
    view = window.show_view("exercices")
    _add_through_the_button(qtbot, view)
    post_entry(window.session.book, draft(dt.date(2027, 2, 1), ("626", "5", ""),
                                          ("512", "", "5"), label="Timbres 2027"))
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "2027" in _years(view) and "2027" in _combo(window)
    assert window.statusBar().currentMessage() == (
        "Annulation impossible : l'exercice 2027 n'est plus vide (1 écriture) : il reste "
        "dans le livre.")
    assert window.session.undo_stack.count() == 0  # no redo that would add it twice
