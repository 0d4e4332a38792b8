"""A correction says it was made: the form closes on « Enregistrer », and nothing but the row
itself told the treasurer the entry had changed (review of issue 13, task « correct, undo »)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.helpers import sqlite_only


@sqlite_only  # the form's own behaviour: the engine adds nothing
def test_a_corrected_entry_is_named_in_the_status_bar_with_how_to_undo(qtbot, window):
    ledger = window.show_view("saisie")
    dialog = ledger.new_entry("depense")
    QTest.keyClicks(dialog.ui.amount_edit, "45,90")
    QTest.keyClicks(dialog.ui.label_edit, "Graines et plants")
    QTest.keyClicks(dialog.ui.account_edit, "6068")
    QTest.keyClick(dialog.ui.account_edit, Qt.Key.Key_Return)
    assert "enregistrée" in dialog.ui.error_label.text()
    dialog.close()

    ledger.model.wait()
    row = next(r for r in range(ledger.model.rowCount())
               if ledger.model.index(r, 4).data() == "Graines et plants")
    ledger.table.selectRow(row)
    edit = ledger.edit_selected()
    number = edit.windowTitle().split("n° ")[1].split()[0]
    edit.ui.amount_edit.selectAll()
    QTest.keyClicks(edit.ui.amount_edit, "54,90")
    QTest.keyClick(edit.ui.amount_edit, Qt.Key.Key_Return)
    assert not edit.isVisible()
    assert window.statusBar().currentMessage() == (
        f"Écriture n° {number} corrigée (« Graines et plants ») : Ctrl+Z pour revenir en "
        "arrière.")
