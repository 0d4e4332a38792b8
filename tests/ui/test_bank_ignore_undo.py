"""Banque › « Ignorer » is undoable (issue 13): Ctrl+Z brings the lines back to categorise,
Ctrl+Maj+Z sets them aside again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def _labels(view) -> list[str]:
    return [view.model.index(r, 1).data() for r in range(view.model.rowCount())]


def _press(qtbot, window, key, modifiers) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, key, modifiers)


def _ignored(window, labels: list[str]) -> list[int]:
    marks = ",".join("?" * len(labels))
    return [row[0] for row in window.session.conn.execute(
        f"SELECT ignored FROM bank_line WHERE label IN ({marks}) ORDER BY label", labels)]


def test_ctrl_z_brings_ignored_lines_back_and_ctrl_shift_z_sets_them_aside(qtbot, window):
    view = window.show_view("banque")
    before = _labels(view)
    aside = before[:2]
    view.select_ids([p.id for p in view.lines[:2]])
    qtbot.mouseClick(view.ignore_button, Qt.MouseButton.LeftButton)
    assert _labels(view) == before[2:]
    assert _ignored(window, aside) == [1, 1]
    assert window.statusBar().currentMessage() == "2 lignes ignorées (Ctrl+Z pour les remettre)"
    assert window.undo_action.text() == "Annuler mise à l'écart de 2 lignes de relevé"

    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _labels(view) == before
    assert _ignored(window, aside) == [0, 0]
    assert view.count_label.text().startswith("5 lignes à catégoriser")
    assert window.redo_action.text() == "Rétablir mise à l'écart de 2 lignes de relevé"

    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
           | Qt.KeyboardModifier.ShiftModifier)
    assert _labels(view) == before[2:]
    assert _ignored(window, aside) == [1, 1]
