"""Tiers et actions: every change is undoable (issue 13). Ctrl+Z puts a tiers' name and
category back, removes an action just added (kept, and said why, once something names it),
puts an action's name and activity back; Ctrl+Maj+Z does it again."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from assocompta.ui.dialogs.text_fields_dialog import TextFieldsDialog
from tests.ui.test_chart_undo import REDO, UNDO, _press

def _fill_next_dialog(texts: dict[int, str], combos: tuple[str, ...] = ()) -> None:
    """When the real dialog opens: type into its fields, choose in its combos, click OK."""
    def fill():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TextFieldsDialog):
            QTimer.singleShot(50, fill)
            return
        for at, text in texts.items():
            dialog.edits[at].setText(text)
        for combo, label in zip(dialog.combos, combos):
            combo.setCurrentIndex(combo.findText(label))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(0, fill)


def _tiers(view, code: str) -> list[str]:
    at = view.tiers_model.row_of(code)
    return [view.tiers_model.index(at, c).data() for c in range(4)]


def _action(view, code: str) -> list[str] | None:
    at = view.actions_model.row_of(code)
    return None if at is None else [view.actions_model.index(at, c).data() for c in range(3)]


def _stored_action(window, code: str):
    return window.session.conn.execute(
        "SELECT name, active FROM action WHERE code = ?", (code,)).fetchone()


def _fill_tiers_dialog(name: str, kind: str, category: str) -> None:
    """When the real tiers dialog opens: type the name, choose role and category, save."""
    from assocompta.ui.dialogs.tiers_dialog import TiersDialog

    def fill():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TiersDialog):
            QTimer.singleShot(50, fill)
            return
        dialog.name_edit.setText(name)
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText(kind))
        dialog.category_combo.setCurrentIndex(dialog.category_combo.findText(category))
        dialog.ok_button.click()
    QTimer.singleShot(0, fill)


def test_editing_a_tiers_is_undone_and_redone(qtbot, window, no_modal_boxes):
    view = window.show_view("tiers")
    before = _tiers(view, "VILLE")
    view.tiers_table.selectRow(view.tiers_model.row_of("VILLE"))
    _fill_tiers_dialog("Mairie de Quimper", "Financeur (subvention)", "Région(s)")
    qtbot.mouseClick(view.edit_tiers_button, Qt.MouseButton.LeftButton)
    assert _tiers(view, "VILLE") == ["VILLE", "Mairie de Quimper", "Financeur", "Région(s)"]
    assert window.undo_action.text() == f"Annuler modification du tiers « {before[1]} »"

    _press(qtbot, window, UNDO)
    assert _tiers(view, "VILLE") == before
    assert window.session.conn.execute(
        "SELECT name FROM tiers WHERE code = 'VILLE'").fetchone()[0] == before[1]
    _press(qtbot, window, REDO)
    assert _tiers(view, "VILLE") == ["VILLE", "Mairie de Quimper", "Financeur", "Région(s)"]
    assert no_modal_boxes == []


def test_an_action_added_renamed_and_deactivated_is_undone_step_by_step(qtbot, window):
    view = window.show_view("tiers")
    _fill_next_dialog({0: "JARDIN", 1: "Jardin partagé"})
    qtbot.mouseClick(view.add_action_button, Qt.MouseButton.LeftButton)
    assert _action(view, "JARDIN") == ["JARDIN", "Jardin partagé", "oui"]
    assert window.undo_action.text() == "Annuler création de l'action « Jardin partagé »"

    view.actions_table.selectRow(view.actions_model.row_of("JARDIN"))
    _fill_next_dialog({1: "Jardin des Lices"})
    qtbot.mouseClick(view.edit_action_button, Qt.MouseButton.LeftButton)
    assert window.undo_action.text() == "Annuler modification de l'action « Jardin partagé »"
    view.actions_table.selectRow(view.actions_model.row_of("JARDIN"))
    qtbot.mouseClick(view.toggle_action_button, Qt.MouseButton.LeftButton)
    assert _action(view, "JARDIN") == ["JARDIN", "Jardin des Lices", "non"]
    assert window.undo_action.text() == "Annuler désactivation de l'action « Jardin des Lices »"
    view.actions_table.selectRow(view.actions_model.row_of("JARDIN"))
    assert view.toggle_action_button.text().replace("&", "") == "Réactiver"

    _press(qtbot, window, UNDO)
    assert _action(view, "JARDIN") == ["JARDIN", "Jardin des Lices", "oui"]
    assert _stored_action(window, "JARDIN") == ("Jardin des Lices", 1)
    _press(qtbot, window, UNDO)
    assert _action(view, "JARDIN") == ["JARDIN", "Jardin partagé", "oui"]
    _press(qtbot, window, UNDO)
    assert _action(view, "JARDIN") is None and _stored_action(window, "JARDIN") is None

    for _ in range(3):
        _press(qtbot, window, REDO)
    assert _action(view, "JARDIN") == ["JARDIN", "Jardin des Lices", "non"]
    assert _stored_action(window, "JARDIN") == ("Jardin des Lices", 0)


def test_reactivating_is_undone_too(qtbot, window):
    view = window.show_view("tiers")
    view.actions_table.selectRow(view.actions_model.row_of("FETE"))
    qtbot.mouseClick(view.toggle_action_button, Qt.MouseButton.LeftButton)
    view.actions_table.selectRow(view.actions_model.row_of("FETE"))
    qtbot.mouseClick(view.toggle_action_button, Qt.MouseButton.LeftButton)
    assert _action(view, "FETE")[2] == "oui"
    assert window.undo_action.text().startswith("Annuler réactivation de l'action « ")
    _press(qtbot, window, UNDO)
    assert _action(view, "FETE")[2] == "non"


def test_an_action_used_meanwhile_stays_and_the_undo_says_why(qtbot, window, no_modal_boxes):
    from assocompta.services import bank_categorise as cat
    view = window.show_view("tiers")
    _fill_next_dialog({0: "JARDIN", 1: "Jardin partagé"})
    qtbot.mouseClick(view.add_action_button, Qt.MouseButton.LeftButton)
    action_id = window.session.conn.execute(
        "SELECT id FROM action WHERE code = 'JARDIN'").fetchone()[0]
    cat.add_rule(window.session.book, "graines", "6068", action_id=action_id)
    stack = window.session.undo_stack
    index = stack.index()
    _press(qtbot, window, UNDO)
    qtbot.waitUntil(lambda: bool(no_modal_boxes), timeout=3000)
    assert "Impossible d'annuler « création de l'action « Jardin partagé » »" in no_modal_boxes[-1]
    assert "l'action « Jardin partagé » sert déjà dans le livre" in no_modal_boxes[-1]
    assert stack.index() == index
    view.activate()
    assert _action(view, "JARDIN") == ["JARDIN", "Jardin partagé", "oui"]
