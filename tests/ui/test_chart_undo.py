"""Plan comptable: every change is undoable (issue 13). Ctrl+Z removes a sub-account just
added while nothing uses it (kept, and said why, once an entry does), puts a label back,
shows a hidden account again; Ctrl+Maj+Z does it again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from assocompta.services.ledger import post_entry
from assocompta.ui.dialogs.text_fields_dialog import TextFieldsDialog
from assocompta.ui.models.rows_model import KEY_ROLE
from tests.helpers import draft

UNDO = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
REDO = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def _press(qtbot, window, keys) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, *keys)


def _fill_next_dialog(texts: dict[int, str]) -> None:
    """When the real dialog opens: type into its fields, click OK."""
    def fill():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TextFieldsDialog):
            QTimer.singleShot(50, fill)
            return
        for at, text in texts.items():
            dialog.edits[at].setText(text)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(0, fill)


def _codes(view) -> list[str]:
    return [view.model.index(r, 0).data(KEY_ROLE) for r in range(view.model.rowCount())]


def _label(view, code: str) -> str:
    return view.model.index(view.model.row_of(code), 1).data()


def _stored(window, code: str):
    return window.session.conn.execute(
        "SELECT a.label, a.hidden FROM account a JOIN fiscal_year f ON f.chart_id = a.chart_id "
        "WHERE f.label = '2025' AND a.code = ?", (code,)).fetchone()


def _add_74101(qtbot, view) -> None:
    view.table.selectRow(view.model.row_of("741"))
    _fill_next_dialog({0: "74101", 1: "Subvention Ville de Rennes"})
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)


def test_a_sub_account_added_then_renamed_is_undone_step_by_step(qtbot, window):
    view = window.show_view("plan")
    _add_74101(qtbot, view)
    assert _label(view, "74101") == "Subvention Ville de Rennes"
    assert window.undo_action.text() == ("Annuler ajout du sous-compte 74101 « Subvention "
                                         "Ville de Rennes »")
    _fill_next_dialog({1: "Subvention Rennes Métropole"})
    qtbot.mouseClick(view.rename_button, Qt.MouseButton.LeftButton)
    assert _label(view, "74101") == "Subvention Rennes Métropole"
    assert window.undo_action.text() == ("Annuler renommage du compte 74101 « Subvention "
                                         "Ville de Rennes »")

    _press(qtbot, window, UNDO)
    assert _label(view, "74101") == "Subvention Ville de Rennes"
    _press(qtbot, window, UNDO)
    assert "74101" not in _codes(view) and _stored(window, "74101") is None
    _press(qtbot, window, REDO)
    _press(qtbot, window, REDO)
    assert _label(view, "74101") == "Subvention Rennes Métropole"
    assert _stored(window, "74101")[0] == "Subvention Rennes Métropole"


def test_a_sub_account_with_an_entry_stays_and_the_undo_says_why(qtbot, window,
                                                                 no_modal_boxes):
    view = window.show_view("plan")
    _add_74101(qtbot, view)
    post_entry(window.session.book, draft(dt.date(2025, 3, 1), ("512", "50", ""),
                                          ("74101", "", "50"), label="Subvention"))
    stack = window.session.undo_stack
    index = stack.index()
    _press(qtbot, window, UNDO)
    qtbot.waitUntil(lambda: bool(no_modal_boxes), timeout=3000)
    assert ("Impossible d'annuler « ajout du sous-compte 74101 « Subvention Ville de "
            "Rennes » »") in no_modal_boxes[-1]
    assert "sert déjà (écritures) : il reste dans le plan" in no_modal_boxes[-1]
    assert stack.index() == index
    view.activate()
    assert "74101" in _codes(view)


def test_hiding_and_showing_an_account_again_are_undone(qtbot, window):
    view = window.show_view("plan")
    view.table.selectRow(view.model.row_of("6068"))
    qtbot.mouseClick(view.hide_button, Qt.MouseButton.LeftButton)
    assert "6068" not in _codes(view) and _stored(window, "6068")[1] == 1
    assert window.undo_action.text() == "Annuler masquage du compte 6068"
    _press(qtbot, window, UNDO)
    assert "6068" in _codes(view) and _stored(window, "6068")[1] == 0
    _press(qtbot, window, REDO)
    assert "6068" not in _codes(view)

    view.show_hidden.setChecked(True)
    view.table.selectRow(view.model.row_of("6068"))
    qtbot.mouseClick(view.hide_button, Qt.MouseButton.LeftButton)
    assert window.undo_action.text() == "Annuler réaffichage du compte 6068"
    assert _stored(window, "6068")[1] == 0
    _press(qtbot, window, UNDO)
    assert _stored(window, "6068")[1] == 1
