"""Banque › « Ignorer » and the account chosen for lines are undoable (issue 13): Ctrl+Z
brings the lines back to categorise or puts back what they had, Ctrl+Maj+Z does it again."""

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


def test_an_account_chosen_for_a_line_is_undone_back_to_what_it_had(qtbot, window):
    """« Appliquer à la sélection », or an account typed in the table: Ctrl+Z puts back the
    line's proposal (none here), Ctrl+Maj+Z the choice."""
    view = window.show_view("banque")
    label = "REMISE CHEQUES 0004512"

    def cells() -> list[str]:
        row = _labels(view).index(label)
        return [view.model.index(row, c).data() for c in (3, 6)]
    assert cells() == ["", ""]
    view.select_ids([p.id for p in view.lines if p.label == label])
    view.account_edit.setText("7561")
    qtbot.mouseClick(view.apply_button, Qt.MouseButton.LeftButton)
    assert cells()[0].startswith("7561 ") and cells()[1] == "choisi"
    assert window.undo_action.text() == "Annuler choix du compte de 1 ligne de relevé"

    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cells() == ["", ""]
    assert window.session.conn.execute(
        "SELECT counterpart FROM bank_line WHERE label = ?", (label,)).fetchone()[0] is None
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
           | Qt.KeyboardModifier.ShiftModifier)
    assert cells()[0].startswith("7561 ")

    # Typed in the table's Compte cell, as the delegate commits it.
    row = _labels(view).index(label)
    assert view.model.setData(view.model.index(row, 3), "7562")
    qtbot.waitUntil(lambda: cells()[0].startswith("7562 "), timeout=2000)
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cells()[0].startswith("7561 ")
