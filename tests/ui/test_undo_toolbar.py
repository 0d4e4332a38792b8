"""The toolbar's Annuler button keeps its short text, whatever the step it undoes."""

from __future__ import annotations

from PySide6.QtWidgets import QToolBar

from tests.helpers import sqlite_only
from tests.ui.test_chart_undo import _add_74101


@sqlite_only
def test_the_toolbar_says_annuler_and_names_the_step_in_its_tooltip(qtbot, window):
    view = window.show_view("plan")
    _add_74101(qtbot, view)
    bar = window.findChild(QToolBar, "year_toolbar")
    button = bar.widgetForAction(window.undo_button)
    assert window.undo_action.text().startswith("Annuler ajout du sous-compte")
    assert button.text() == "Annuler"
    assert "Subvention Ville de Rennes" in button.toolTip()
    assert button.isEnabled()
    button.click()  # the toolbar's button undoes the step
    assert not window.undo_action.isEnabled()
    assert button.sizeHint().width() < 120
