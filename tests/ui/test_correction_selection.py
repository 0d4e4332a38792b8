"""After a correction the journal keeps the corrected entry selected and in view (issue 13):
it used to lose the selection when its rows reloaded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from assocompta.ui.models.ledger_model import ENTRY_ROLE
from tests.helpers import sqlite_only


@sqlite_only
def test_the_corrected_entry_stays_selected_and_in_view(qtbot, window):
    window.resize(1366, 768)
    ledger = window.show_view("saisie")
    ledger.model.wait()
    from assocompta.ui.models.ledger_model import VALID_ROLE
    # Far down, out of view unless scrolled to: the demo's drafts are its December.
    row = next(r for r in range(ledger.model.rowCount() * 2 // 3, ledger.model.rowCount())
               if ledger.model.index(r, 0).data(VALID_ROLE) is None)
    ledger.table.selectRow(row)
    ledger.table.scrollTo(ledger.model.index(row, 0))
    entry_id = ledger.selected_entry()
    ledger.table.scrollToTop()
    dialog = ledger.edit_selected()
    dialog.ui.label_edit.selectAll()
    QTest.keyClicks(dialog.ui.label_edit, "Corrige au stylo")
    QTest.keyClick(dialog.ui.label_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    ledger.model.wait()
    qtbot.waitUntil(lambda: ledger.selected_entry() == entry_id, timeout=3000)
    selected = ledger.table.selectionModel().selectedRows()
    assert selected and selected[0].data(ENTRY_ROLE) == entry_id
    assert selected[0].siblingAtColumn(4).data() == "Corrige au stylo"
    rect = ledger.table.visualRect(selected[0])
    assert ledger.table.viewport().rect().contains(rect.center())
