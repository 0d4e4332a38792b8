"""Forms take text as the book keeps it: control characters pasted into a field (a NUL, a
bell, a tab from a spreadsheet) show and are saved as spaces (see faults/test_hostile_text)."""

from __future__ import annotations

from assocompta.ui.dialogs.text_fields_dialog import TextFieldsDialog


def test_an_entry_pasted_with_control_characters_is_shown_and_saved_clean(qtbot, window):
    ledger = window.show_view("saisie")
    ledger.model.wait()
    dialog = ledger.new_entry("depense")
    dialog.ui.amount_edit.setText("12,00")
    dialog.ui.label_edit.clear()
    dialog.ui.label_edit.insert("Timbres\x00de\x07mars\ufffe")  # as a paste does
    assert dialog.ui.label_edit.text() == "Timbres de mars\ufffd"
    dialog.ui.piece_edit.insert("F\x00\x1b12")
    dialog.ui.account_edit.setText("626")
    dialog.save()
    assert dialog.error_text() == ""
    book = window.session.book
    assert book.scalar("SELECT count(*) FROM entry WHERE label = 'Timbres de mars\ufffd' "
                       "AND piece_ref = 'F  12'") == 1


def test_the_small_forms_clean_as_typed(qtbot):
    dialog = TextFieldsDialog("Nouveau tiers", [("&Code", "", True), ("&Nom", "", True)])
    qtbot.addWidget(dialog)
    dialog.edits[1].insert("Marie\x00Dupont\x1b")
    assert dialog.values() == ["", "Marie Dupont "]
