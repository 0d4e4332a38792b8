"""The entry form is as tall as the fields of its tab (issue 13: a large empty area showed
under Virement and Contribution volontaire at 1366x768); the grid's tab keeps its room."""

from __future__ import annotations

from tests.helpers import sqlite_only


@sqlite_only
def test_each_tab_is_about_as_tall_as_its_fields(qtbot, window):
    window.resize(1366, 768)
    dialog = window.show_view("saisie").new_entry("depense")
    qtbot.waitExposed(dialog)
    grid_height = dialog.height()
    for index in (2, 3, 0, 4, 2):  # virement, contribution, dépense, libre, virement again
        dialog.ui.kind_tabs.setCurrentIndex(index)
        qtbot.wait(20)
        needed = dialog.sizeHint().height()
        if index == 4:
            assert dialog.height() >= grid_height
        else:
            assert dialog.height() <= needed + 10, dialog.ui.kind_tabs.tabText(index)
    dialog.discard()
