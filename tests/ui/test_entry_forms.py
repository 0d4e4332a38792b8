"""The entry forms as a treasurer types in them: a new tiers created on the spot, a correction in
the form the entry was typed in, the bank by default, hours × rate, « Vers » as a list."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QApplication, QComboBox, QDialogButtonBox, QLabel,
                               QPushButton)

from tests.helpers import sqlite_only

NEW_TIERS = "Nouveau tiers"


def _answer_new_tiers(kind: str | None = None, *, cancel: bool = False) -> list[str]:
    """Wait for the « Nouveau tiers » dialog, note the name it shows, choose ``kind`` and press
    « Créer le tiers » (or Annuler). The list stays empty when no such dialog appeared."""
    seen: list[str] = []
    tries = [60]

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.windowTitle() != NEW_TIERS:
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(50, act)
            return
        seen.append(dialog.name_edit.text())
        if kind is not None:
            combo = next(c for c in dialog.findChildren(QComboBox)
                         if c.accessibleName() == "Type")
            combo.setCurrentIndex(combo.findText(kind, Qt.MatchFlag.MatchStartsWith))
        wanted = "Annuler" if cancel else "&Créer le tiers"
        button = next(b for b in dialog.findChildren(QPushButton) if b.text() == wanted)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)
    return seen


def _type_depense(dialog, amount: str, label: str, account: str) -> None:
    QTest.keyClicks(dialog.ui.amount_edit, amount)
    dialog.ui.label_edit.insert(label)  # QTest types ASCII only
    QTest.keyClicks(dialog.ui.account_edit, account)


def _tiers_in_book(session, name: str) -> list[tuple[str, str]]:
    return session.conn.execute("SELECT code, kind FROM tiers WHERE name = ?",
                                (name,)).fetchall()


def _lines(session, label: str) -> list[tuple[str, int, int, str | None]]:
    return session.conn.execute(
        "SELECT a.code, l.debit, l.credit, t.name FROM entry_line l "
        "JOIN entry e ON e.id = l.entry_id JOIN account a ON a.id = l.account_id "
        "LEFT JOIN tiers t ON t.id = l.tiers_id WHERE e.label = ? ORDER BY l.position",
        (label,)).fetchall()


def _combo_texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_new_tiers_typed_then_enter_is_created_and_saved_with_the_entry(qtbot, window):
    ledger = window.show_view("saisie")
    dialog = ledger.new_entry("depense")
    _type_depense(dialog, "86,40", "Affiches de la fête", "623")
    combo = dialog.ui.tiers_combo
    items_before = combo.count()
    combo.setFocus()
    QTest.keyClicks(combo, "Imprimerie Dubois")
    seen = _answer_new_tiers("Fournisseur")
    QTest.keyClick(combo, Qt.Key.Key_Return)  # Entrée: the form saves, asking for the tiers

    assert seen == ["Imprimerie Dubois"], "the « Nouveau tiers » dialog opened on the name"
    assert dialog.error_text() == ""
    assert "enregistrée" in dialog.ui.error_label.text()
    [(code, kind)] = _tiers_in_book(window.session, "Imprimerie Dubois")
    assert kind == "fournisseur"
    assert _lines(window.session, "Affiches de la fête") == [
        ("623", 8640, 0, "Imprimerie Dubois"), ("512", 0, 8640, "Imprimerie Dubois")]
    # The list holds the new tiers once, as a real tiers; the field is blank for the next one.
    assert combo.count() == items_before + 1
    assert _combo_texts(combo).count("Imprimerie Dubois") == 1
    assert combo.currentText() == ""

    # Undo takes back the entry, then the tiers.
    window.undo_action.trigger()
    assert _lines(window.session, "Affiches de la fête") == []
    assert _tiers_in_book(window.session, "Imprimerie Dubois") == [(code, kind)]
    window.undo_action.trigger()
    assert _tiers_in_book(window.session, "Imprimerie Dubois") == []


def test_cancelled_new_tiers_saves_nothing_and_leaves_no_phantom(qtbot, window):
    ledger = window.show_view("saisie")
    dialog = ledger.new_entry("depense")
    _type_depense(dialog, "12,00", "Timbres", "626")
    combo = dialog.ui.tiers_combo
    items = _combo_texts(combo)
    combo.setFocus()
    QTest.keyClicks(combo, "La Poste Rennes")
    seen = _answer_new_tiers(cancel=True)
    QTest.keyClick(combo, Qt.Key.Key_Return)

    assert seen == ["La Poste Rennes"]
    assert "tiers « La Poste Rennes » inconnu" in dialog.error_text()
    assert _lines(window.session, "Timbres") == []
    assert _tiers_in_book(window.session, "La Poste Rennes") == []
    assert _combo_texts(combo) == items, "no phantom item in the list"


def test_new_tiers_typed_in_the_bank_view_is_created_and_chosen(qtbot, window):
    view = window.show_view("banque")
    labels = [view.model.index(r, 1).data() for r in range(view.model.rowCount())]
    view.table.selectRow(labels.index("REMISE CHEQUES 0004512"))
    view.account_edit.setText("7541")
    combo = view.tiers_combo
    combo.setFocus()
    QTest.keyClicks(combo, "Paul Bernard")
    seen = _answer_new_tiers("Autre")
    QTest.keyClick(combo, Qt.Key.Key_Return)

    assert seen == ["Paul Bernard"]
    [(code, kind)] = _tiers_in_book(window.session, "Paul Bernard")
    assert kind == "autre"
    assert combo.currentText() == f"Paul Bernard ({code})"
    assert view.selected_ids(), "the line chosen stays selected"
    QTest.mouseClick(view.apply_button, Qt.MouseButton.LeftButton)
    row = [view.model.index(r, 1).data()
           for r in range(view.model.rowCount())].index("REMISE CHEQUES 0004512")
    assert view.model.index(row, 3).data().startswith("7541 ")
    assert view.model.index(row, 4).data() == "Paul Bernard"
    assert _combo_texts(combo).count(f"Paul Bernard ({code})") == 1


def test_a_depense_is_corrected_in_the_depense_form(qtbot, window):
    ledger = window.show_view("saisie")
    dialog = ledger.new_entry("depense")
    _type_depense(dialog, "45,90", "Ramettes de papier", "6064")
    dialog.ui.tiers_combo.setFocus()
    dialog.ui.tiers_combo.lineEdit().insert("Bureau Vallée")
    QTest.keyClick(dialog.ui.tiers_combo, Qt.Key.Key_Return)
    assert "enregistrée" in dialog.ui.error_label.text()
    dialog.close()

    ledger.model.wait()
    row = next(r for r in range(ledger.model.rowCount())
               if ledger.model.index(r, 4).data() == "Ramettes de papier")
    ledger.table.selectRow(row)
    edit = ledger.edit_selected()
    tabs = edit.ui.kind_tabs
    assert tabs.tabText(tabs.currentIndex()) == "Dépense"
    assert edit.ui.amount_edit.isVisible() and not edit.ui.lines_table.isVisible()
    assert edit.ui.amount_edit.text() == "45,90"
    assert edit.ui.account_edit.text().startswith("6064 ")
    assert edit.ui.treasury_combo.currentText().startswith("512 ")
    assert edit.ui.tiers_combo.currentText() == "Bureau Vallée"
    edit.ui.amount_edit.selectAll()
    QTest.keyClicks(edit.ui.amount_edit, "54,90")
    QTest.keyClick(edit.ui.amount_edit, Qt.Key.Key_Return)
    assert not edit.isVisible()
    assert _lines(window.session, "Ramettes de papier") == [
        ("6064", 5490, 0, "Bureau Vallée"), ("512", 0, 5490, "Bureau Vallée")]
    window.undo_action.trigger()
    assert _lines(window.session, "Ramettes de papier") == [
        ("6064", 4590, 0, "Bureau Vallée"), ("512", 0, 4590, "Bureau Vallée")]


@sqlite_only  # the form's own behaviour: the engine adds nothing
def test_an_entry_no_form_can_express_reopens_in_the_grid(qtbot, window):
    ledger = window.show_view("saisie")
    ledger.model.wait()
    dialog = ledger.new_entry("libre")
    table = dialog.ui.lines_table
    dialog.ui.label_edit.setText("Achat partagé")
    for row, (account, debit, credit) in enumerate((("6064", "30", ""), ("623", "20", ""),
                                                     ("512", "", "50"))):
        if row >= table.rowCount():
            dialog._add_line()
        table.cellWidget(row, 0).setText(account)
        table.item(row, 2).setText(debit)
        table.item(row, 3).setText(credit)
    dialog.save()
    assert "enregistrée" in dialog.ui.error_label.text()
    dialog.close()
    ledger.model.wait()
    row = next(r for r in range(ledger.model.rowCount())
               if ledger.model.index(r, 4).data() == "Achat partagé")
    ledger.table.selectRow(row)
    edit = ledger.edit_selected()
    tabs = edit.ui.kind_tabs
    assert tabs.tabText(tabs.currentIndex()) == "Écriture libre"
    assert edit.ui.lines_table.rowCount() == 3


@sqlite_only  # the form's own behaviour: the engine adds nothing
def test_receipt_on_the_cash_box_does_not_stick_to_the_next_entry(qtbot, window):
    ledger = window.show_view("saisie")
    dialog = ledger.new_entry("recette")
    treasury = dialog.ui.treasury_combo
    assert treasury.currentText().startswith("512 ")
    QTest.keyClicks(dialog.ui.amount_edit, "35")
    QTest.keyClicks(dialog.ui.label_edit, "Buvette")
    QTest.keyClicks(dialog.ui.account_edit, "706")
    treasury.setCurrentIndex(treasury.findText("53", Qt.MatchFlag.MatchStartsWith))
    caisse = treasury.currentText()
    QTest.keyClick(dialog.ui.account_edit, Qt.Key.Key_Return)
    assert dialog.error_text() == ""
    assert dialog.ui.error_label.text().endswith(f"enregistrée sur {caisse}.")
    assert _lines(window.session, "Buvette")[0][0].startswith("53")
    # The next receipt, and a dépense typed after, start on the bank again.
    assert treasury.currentText().startswith("512 ")
    treasury.setCurrentIndex(treasury.findText("53", Qt.MatchFlag.MatchStartsWith))
    dialog.ui.kind_tabs.setCurrentIndex(0)
    assert dialog.ui.treasury_label.text() == "&Payé par"
    assert treasury.currentText().startswith("512 ")


@sqlite_only  # the form's own behaviour: the engine adds nothing
def test_contribution_hours_times_rate_and_875_from_864(qtbot, window):
    ledger = window.show_view("saisie")
    dialog = ledger.new_entry("contribution")
    ui = dialog.ui
    assert ui.hours_edit.isVisible() and ui.rate_edit.isVisible()
    QTest.keyClicks(ui.hours_edit, "12,5")
    QTest.keyClicks(ui.rate_edit, "11,88")
    assert ui.amount_edit.text() == "148,50"
    ui.label_edit.insert("Bénévolat fête de l'école")
    QTest.keyClicks(ui.account_edit, "864")
    assert ui.second_edit.text().startswith("875 ")
    QTest.keyClick(ui.account_edit, Qt.Key.Key_Return)
    assert dialog.error_text() == ""
    assert _lines(window.session, "Bénévolat fête de l'école") == [
        ("864", 14850, 0, None), ("875", 0, 14850, None)]
    # The rate stays for the next volunteer, the hours do not.
    assert (ui.hours_edit.text(), ui.rate_edit.text()) == ("", "11,88")
    QTest.keyClicks(ui.hours_edit, "3h30")
    assert ui.amount_edit.text() == "41,58"
    ui.hours_edit.clear()
    QTest.keyClicks(ui.hours_edit, "beaucoup")
    assert "heures « beaucoup »" in dialog.error_text()


@sqlite_only  # the form's own behaviour: the engine adds nothing
def test_virement_vers_is_a_list_of_treasury_accounts(qtbot, window):
    ledger = window.show_view("saisie")
    dialog = ledger.new_entry("virement")
    ui = dialog.ui
    assert isinstance(ui.to_combo, QComboBox) and ui.to_combo.isVisible()
    assert not ui.second_edit.isVisible()
    targets = _combo_texts(ui.to_combo)
    assert targets == _combo_texts(ui.treasury_combo)
    assert all(t[:2] in ("51", "53") for t in targets)
    assert ui.treasury_combo.currentText().startswith("512 ")
    assert ui.to_combo.currentText().startswith("53")
    QTest.keyClicks(ui.amount_edit, "100")
    QTest.keyClicks(ui.label_edit, "Fond de caisse")
    QTest.keyClick(ui.label_edit, Qt.Key.Key_Return)
    assert dialog.error_text() == ""
    assert [(a[:2], d, c) for a, d, c, _t in _lines(window.session, "Fond de caisse")] == [
        ("53", 10000, 0), ("51", 0, 10000)]


@sqlite_only  # the form's own behaviour: the engine adds nothing
def test_depense_offers_charges_first_recette_produits_first(qtbot, window):
    ledger = window.show_view("saisie")
    dialog = ledger.new_entry("depense")
    offered = dialog.ui.account_edit.matches()
    first_other = next(i for i, code in enumerate(offered) if not code.startswith("6"))
    assert offered[0].startswith("6") and all(not c.startswith("6")
                                              for c in offered[first_other:])
    assert "401" in offered[first_other:]
    dialog.ui.kind_tabs.setCurrentIndex(1)
    offered = dialog.ui.account_edit.matches()
    assert offered[0].startswith("7")
    assert offered.index("411") > max(i for i, c in enumerate(offered) if c.startswith("7"))


@sqlite_only  # the form's own behaviour: the engine adds nothing
def test_new_tiers_dialog_proposes_a_code_and_names_similar_tiers(qtbot, window):
    ledger = window.show_view("saisie")
    dialog = ledger.new_entry("depense")
    from assocompta.ui.dialogs.new_party_dialog import NewPartyDialog
    from assocompta.domain.parties import TiersKind
    d = NewPartyDialog(window.session, "Mairie de Saint-Médard-en-Jalles", TiersKind.FUNDER,
                       dialog)
    qtbot.addWidget(d)
    d.show()
    assert d.code_edit.text() == "MAIRIESAINTMEDAR"
    close = NewPartyDialog(window.session, "free", TiersKind.SUPPLIER, dialog)
    qtbot.addWidget(close)
    warning = [w.text() for w in close.findChildren(QLabel)
               if w.accessibleName() == "Tiers ressemblants"]
    assert warning and "« Free Mobile »" in warning[0]
    assert d.category_combo.isEnabled()
    box = d.findChild(QDialogButtonBox)
    assert box.geometry().bottom() <= d.height()


@sqlite_only
def test_a_depense_taken_to_the_grid_keeps_its_lines(qtbot, window):
    dialog = window.show_view("saisie").new_entry("depense")
    _type_depense(dialog, "45,90", "Papier et affiches", "6064")
    QTest.mouseClick(dialog.ui.kind_tabs, Qt.MouseButton.LeftButton,
                     pos=dialog.ui.kind_tabs.tabRect(4).center())
    table = dialog.ui.lines_table
    assert table.isVisible()
    assert [(table.cellWidget(r, 0).text()[:4], table.item(r, 2).text(), table.item(r, 3).text())
            for r in range(table.rowCount())] == [("6064", "45,90", ""), ("512 ", "", "45,90")]
    assert dialog.ui.journal_combo.currentData() == "BQ"


@sqlite_only
def test_a_new_name_in_the_grid_tiers_column_is_created_too(qtbot, window):
    dialog = window.show_view("saisie").new_entry("libre")
    table = dialog.ui.lines_table
    dialog.ui.label_edit.setText("Facture traiteur")
    for row, (account, debit, credit, tiers) in enumerate((
            ("6064", "240", "", "Traiteur Morvan"), ("401", "", "240", "traiteur morvan"))):
        table.cellWidget(row, 0).setText(account)
        for col, text in ((2, debit), (3, credit), (4, tiers)):
            table.item(row, col).setText(text)
    seen = _answer_new_tiers("Fournisseur")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == ["Traiteur Morvan"], "asked once: the second line names the same tiers"
    assert dialog.error_text() == ""
    assert [ln[3] for ln in _lines(window.session, "Facture traiteur")] == [
        "Traiteur Morvan", "Traiteur Morvan"]
