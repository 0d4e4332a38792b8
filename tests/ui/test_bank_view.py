"""Banque: importing a statement through the dialog, choosing, validating, rules."""

from __future__ import annotations

from pathlib import Path

from assocompta.ui.dialogs.import_statement_dialog import MANUAL, ImportStatementDialog
from assocompta.ui.dialogs.text_fields_dialog import TextFieldsDialog

DATA = Path(__file__).resolve().parents[1] / "bank" / "data"


def _labels(view) -> list[str]:
    return [view.model.index(r, 1).data() for r in range(view.model.rowCount())]


def _import(qtbot, view, dialog: ImportStatementDialog):
    task = view.import_file(dialog.path, mapping=dialog.mapping, preset=dialog.preset)
    qtbot.waitUntil(lambda: not task.thread_.is_alive(), timeout=20_000)
    qtbot.waitUntil(lambda: view.last_import is not None, timeout=5_000)
    return view.last_import


def test_demo_lines_show_with_their_suggestions(qtbot, qtmodeltester, window):
    view = window.show_view("banque")
    qtmodeltester.check(view.model)
    assert view.account == "512"
    rows = {view.model.index(r, 1).data(): [view.model.index(r, c).data() for c in range(7)]
            for r in range(view.model.rowCount())}
    free = rows["PRLV SEPA FREE MOBILE FM-251230"]
    assert free[2] == "-39,99" and free[3].startswith("626 ") and free[6] == "historique"
    office = rows["CARTE X4521 29/12 BUREAU VALLEE RENNES"]
    assert office[3].startswith("6064 ") and office[4] == "Bureau Vallée" and office[6] == "règle"
    assert rows["REMISE CHEQUES 0004512"][3] == ""
    assert "5 lignes à catégoriser, dont 2" in view.count_label.text()


def test_import_through_the_dialog_then_validate_a_line_into_the_ledger(qtbot, window,
                                                                         monkeypatch):
    view = window.show_view("banque")
    dialog = ImportStatementDialog(window.session, "512", DATA / "lbp_mars_2025.csv", view)
    qtbot.addWidget(dialog)
    assert dialog.preview_model.rowCount() == 4 and dialog.ok_button.isEnabled()
    assert dialog.raw_model.index(6, 1).data() == "Date"  # the header, 7th row of the file
    assert dialog.preview_model.index(0, 3).data() == "-52,10"
    assert "4 opérations lues" in dialog.summary.text()
    # The button: the dialog opens on the file, the treasurer presses Importer.
    from PySide6.QtWidgets import QDialog
    seen = []

    def press_import(d):
        seen.append((d.path.name, d.preview_model.rowCount(), d.ok_button.isEnabled()))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(ImportStatementDialog, "exec", press_import)
    view.ask_import(DATA / "lbp_mars_2025.csv")
    assert seen == [("lbp_mars_2025.csv", 4, True)]
    qtbot.waitUntil(lambda: view.last_import is not None, timeout=20_000)
    result = view.last_import
    assert (result.added, result.skipped) == (4, 0)
    assert "VIREMENT DE M DUPONT JEAN COTISATION 2025" in _labels(view)

    row = _labels(view).index("VIREMENT DE M DUPONT JEAN COTISATION 2025")
    view.table.selectRow(row)
    view.account_edit.setText("7561")
    assert view.apply_choice()
    row = _labels(view).index("VIREMENT DE M DUPONT JEAN COTISATION 2025")
    assert view.model.index(row, 3).data().startswith("7561 ")
    assert view.model.index(row, 6).data() == "choisi"
    view.table.selectRow(row)
    [booked] = view.validate_selected()
    assert "VIREMENT DE M DUPONT JEAN COTISATION 2025" not in _labels(view)

    ledger = window.show_view("saisie")
    ledger.model.wait()
    conn = window.session.conn
    _number, label = conn.execute("SELECT number, label FROM entry WHERE id = ?",
                                 (booked.entry_id,)).fetchone()
    assert label == "VIREMENT DE M DUPONT JEAN COTISATION 2025"
    lines = conn.execute("SELECT a.code, l.debit, l.credit FROM entry_line l JOIN account a "
                         "ON a.id = l.account_id WHERE l.entry_id = ? ORDER BY l.position",
                         (booked.entry_id,)).fetchall()
    assert lines == [("512", 3500, 0), ("7561", 0, 3500)]
    model = ledger.model
    rows = [r for r in range(model.rowCount())
            if model.index(r, 4).data() == "VIREMENT DE M DUPONT JEAN COTISATION 2025"]
    assert sorted(model.index(r, 5).data()[:4] for r in rows) == ["512 ", "7561"]

    # The same file again: nothing new.
    again = ImportStatementDialog(window.session, "512", DATA / "lbp_mars_2025.csv", view)
    qtbot.addWidget(again)
    view.last_import = None
    assert (_import(qtbot, view, again).added, view.last_import.skipped) == (0, 4)


def test_mapping_dialog_columns_chosen_by_hand_are_remembered(qtbot, window, tmp_path):
    odd = tmp_path / "odd.csv"
    odd.write_text("Relevé de compte;;\nJour;Quoi;Combien\n03/03/2025;Loyer;-200,00\n"
                   "04/03/2025;Don;50,00\n", encoding="utf-8")
    view = window.show_view("banque")
    dialog = ImportStatementDialog(window.session, "512", odd, view)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert "choisissez les colonnes" in dialog.problems.toPlainText()
    dialog.header_spin.setValue(2)
    assert dialog.preset_combo.currentData() == MANUAL
    for key, name in (("date", "Jour"), ("label", "Quoi"), ("amount", "Combien")):
        combo = dialog.column_combos[key]
        combo.setCurrentIndex(combo.findText(name))
    assert dialog.preview_model.rowCount() == 2 and dialog.ok_button.isEnabled()
    assert dialog.preview_model.index(1, 3).data() == "50,00"
    assert _import(qtbot, view, dialog).added == 2
    # Next month's file: the dialog proposes the same columns at once.
    odd2 = tmp_path / "odd2.csv"
    odd2.write_text("Relevé de compte;;\nJour;Quoi;Combien\n03/04/2025;Loyer;-200,00\n",
                    encoding="utf-8")
    second = ImportStatementDialog(window.session, "512", odd2, view)
    qtbot.addWidget(second)
    assert second.column_combos["label"].currentText() == "Quoi"
    assert second.preview_model.rowCount() == 1 and second.ok_button.isEnabled()


def test_dialog_shows_problems_line_by_line_and_presets(qtbot, window, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes((DATA / "ca_mars_2025.csv").read_bytes().replace(b"45,90", b"45,9O"))
    dialog = ImportStatementDialog(window.session, "512", bad)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert "bad.csv, ligne" in dialog.problems.toPlainText()
    ofx = ImportStatementDialog(window.session, "512", DATA / "sg_mars_2025.ofx")
    qtbot.addWidget(ofx)
    assert not ofx.mapping_box.isEnabled() and ofx.preview_model.rowCount() == 4
    ca = ImportStatementDialog(window.session, "512", DATA / "ca_mars_2025.csv")
    qtbot.addWidget(ca)
    ca.preset_combo.setCurrentIndex(ca.preset_combo.findData("societe-generale"))
    assert "introuvables" in ca.problems.toPlainText() and not ca.ok_button.isEnabled()
    ca.preset_combo.setCurrentIndex(ca.preset_combo.findData("credit-agricole"))
    assert ca.preview_model.rowCount() == 7 and ca.preset == "credit-agricole"


def test_validate_all_proposed_and_rules(qtbot, window, monkeypatch):
    view = window.show_view("banque")
    row = _labels(view).index("COMMISSION VIREMENT INSTANTANE")
    view.table.selectRow(row)
    asked = []

    def ask(cls, parent, title, fields, note="", combos=()):
        asked.append(fields)
        return ["virement instantane", "627", "out", None, None]
    monkeypatch.setattr(TextFieldsDialog, "ask", classmethod(ask))
    assert view.create_rule() is not None
    assert asked[0][0][1] == "commission"  # the words "VIR INST" are every transfer's
    row = _labels(view).index("COMMISSION VIREMENT INSTANTANE")
    assert view.model.index(row, 6).data() == "règle"
    booked = view.validate_all()
    assert len(booked) == 3
    assert _labels(view) == ["VIR SEPA M DUPONT JEAN COTISATION 2026", "REMISE CHEQUES 0004512"]
    assert not view.validate_all_button.isEnabled()
    # Undo: the three entries go, their lines come back (with the rule still proposing).
    window.session.undo_stack.undo()
    view.activate()
    assert len(_labels(view)) == 5
    ids = [b.entry_id for b in booked]
    assert window.session.conn.execute(
        f"SELECT count(*) FROM entry WHERE id IN ({','.join('?' * len(ids))})", ids
    ).fetchone()[0] == 0
    window.session.undo_stack.redo()
    view.activate()
    view.table.selectRow(1)
    view.ignore_selected()
    assert _labels(view) == ["VIR SEPA M DUPONT JEAN COTISATION 2026"]


def test_rules_dialog_orders_and_removes_rules(qtbot, window):
    from assocompta.services import bank_categorise as cat
    from assocompta.ui.views.bank_view import RulesDialog
    view = window.show_view("banque")
    cat.add_rule(window.session.book, "commission", "627", account="512")
    dialog = RulesDialog(window.session, view)
    qtbot.addWidget(dialog)
    assert [dialog.model.index(r, 1).data() for r in range(2)] == ["bureau vallee",
                                                                   "commission"]
    dialog.table.selectRow(1)
    dialog.move_selected(-1)
    assert [dialog.model.index(r, 1).data() for r in range(2)] == ["commission",
                                                                   "bureau vallee"]
    dialog.table.selectRow(1)
    dialog.delete_selected()
    assert dialog.model.rowCount() == 1
    view.activate()
    view._book_changed()
    row = _labels(view).index("CARTE X4521 29/12 BUREAU VALLEE RENNES")
    assert view.model.index(row, 6).data() == ""
    assert view.model.index(_labels(view).index("COMMISSION VIREMENT INSTANTANE"), 6
                            ).data() == "règle"


def test_account_typed_in_the_table_becomes_the_lines_choice(qtbot, window, no_modal_boxes):
    from PySide6.QtCore import Qt
    view = window.show_view("banque")
    row = _labels(view).index("REMISE CHEQUES 0004512")
    index = view.model.index(row, 3)
    assert view.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not view.model.flags(view.model.index(row, 1)) & Qt.ItemFlag.ItemIsEditable
    assert view.model.setData(index, "7561", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: view.model.index(
        _labels(view).index("REMISE CHEQUES 0004512"), 6).data() == "choisi", timeout=3000)
    row = _labels(view).index("REMISE CHEQUES 0004512")
    assert view.model.index(row, 3).data().startswith("7561 ")
    assert not view.model.setData(view.model.index(row, 3), "9999", Qt.ItemDataRole.EditRole)
    assert "Compte refusé" in no_modal_boxes[-1]


def test_undoing_a_validation_finds_its_entries_after_a_delete_was_undone(qtbot, window):
    from assocompta.services import bank_categorise as cat
    from assocompta.ui.bank_commands import ValidateBankLines
    from assocompta.ui.commands import DeleteEntry, perform
    session = window.session
    proposed = [p.id for p in cat.pending_lines(session.conn, "512") if p.proposal][:2]
    assert len(proposed) == 2
    before = session.conn.execute("SELECT count(*) FROM entry").fetchone()[0]
    command = ValidateBankLines(session, proposed)
    perform(session, command)
    perform(session, DeleteEntry(session, command.booked[0].entry_id))
    session.undo_stack.undo()   # the entry comes back, with a new id
    session.undo_stack.undo()   # the validation: both entries go, both lines are pending again
    assert session.conn.execute("SELECT count(*) FROM entry").fetchone()[0] == before
    pending = {p.id for p in cat.pending_lines(session.conn, "512")}
    assert set(proposed) <= pending


def _row_of(view, label: str) -> int:
    return _labels(view).index(label)


def test_a_donors_gift_never_lands_on_another_donors_receipt(qtbot, window, tmp_path,
                                                             no_modal_boxes):
    """Issue 13, on the demo: « VIR SEPA LE GOFF ANNE /MOTIF DON » was proposed as Marie
    Dupont's gift (her past gifts, like Anne's, are labelled « Don »), and « Valider toutes
    les lignes proposées » put it on her receipt: 725,83 € instead of 575,83 €. Now Anne's
    line is Anne's; a gift from someone unknown is proposed without a tiers, « à vérifier »,
    and left out; the validation is undone by Ctrl+Z until a receipt covers it."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from assocompta.services import receipt_issue, receipts
    from assocompta.services.bank_import import import_statement
    anne_line, unknown_line = "VIR SEPA LE GOFF ANNE /MOTIF DON", "VIR SEPA KERBRAT YANN /MOTIF DON"
    statement = tmp_path / "dons.qif"
    statement.write_text(f"!Type:Bank\nD15/12/2025\nT150,00\nP{anne_line}\n^\n"
                         f"D16/12/2025\nT40,00\nP{unknown_line}\n^\n", encoding="utf-8")
    session = window.session
    import_statement(session.book, "512", statement)
    view = window.show_view("banque")
    view.activate()
    anne, unknown = _row_of(view, anne_line), _row_of(view, unknown_line)
    assert view.model.index(anne, 4).data() == "Anne Le Goff"
    assert view.model.index(anne, 6).data() == "historique"
    cells = [view.model.index(unknown, c).data() for c in range(7)]
    assert cells[3].startswith("75411 ") and cells[4] == ""
    assert cells[6] == "à vérifier"
    tip = view.model.index(unknown, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert "ne nomme pas Marie Dupont" in tip and "« don »" in tip
    assert view.model.index(unknown, 3).data(Qt.ItemDataRole.ForegroundRole).name() == "#9a5b00"
    assert view.count_label.text() == ("7 lignes à catégoriser, dont 4 avec un compte "
                                       "proposé (1 à vérifier)")
    assert view.validate_all_button.text() == "Valider &toutes les lignes proposées (3)"

    conn = session.conn

    def given():
        return {d.name: d.total.cents for d in receipts.donations(conn, "2025")}
    qtbot.mouseClick(view.validate_all_button, Qt.MouseButton.LeftButton)
    assert unknown_line in _labels(view) and anne_line not in _labels(view)
    # (and the demo's mécénat and abandon de frais of December, booked with their donor)
    assert given() == {"Anne Le Goff": 39626, "Jean Martin": 22446, "Marie Dupont": 57583,
                       "Bati-Ouest SARL": 150000, "Paul Lemoine": 14472}

    # Ctrl+Z, as long as no receipt covers the gifts: the lines are back to categorise.
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    view.activate()
    assert anne_line in _labels(view) and given()["Anne Le Goff"] == 24626
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    view.activate()
    assert anne_line not in _labels(view) and given()["Anne Le Goff"] == 39626

    issued = {" ".join(filter(None, (r.donor_first_name, r.donor_name))): r
              for r in receipt_issue.issue(session.book, "2025")}
    assert issued["Marie Dupont"].amount.cents == 57583
    index = session.undo_stack.index()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(no_modal_boxes), timeout=3000)
    assert "Impossible d'annuler « validation de 3 lignes de relevé »" in no_modal_boxes[-1]
    number = issued["Anne Le Goff"].number
    assert f"le reçu fiscal n° {number} (Anne Le Goff) est émis" in no_modal_boxes[-1]
    assert session.undo_stack.index() == index
    view.activate()
    assert anne_line not in _labels(view) and given()["Anne Le Goff"] == 39626


def test_one_line_is_said_in_the_singular(qtbot, window, tmp_path):
    """Issue 13: « 1 lignes »."""
    from PySide6.QtCore import Qt
    view = window.show_view("banque")
    view.select_ids([p.id for p in view.lines[:4]])
    qtbot.mouseClick(view.ignore_button, Qt.MouseButton.LeftButton)
    assert view.count_label.text() == "1 ligne à catégoriser"
    one = tmp_path / "un.qif"
    one.write_text("!Type:Bank\nD15/12/2025\nT-12,00\nPFRAIS\n^\n", encoding="utf-8")
    dialog = ImportStatementDialog(window.session, "512", one, view)
    qtbot.addWidget(dialog)
    assert dialog.summary.text().startswith("1 opération lue, total ")
    _import(qtbot, view, dialog)
    assert window.statusBar().currentMessage() == (
        "un.qif : 1 ligne ajoutée à catégoriser, 0 déjà importée")
    assert view.count_label.text().startswith("2 lignes à catégoriser")


def test_weak_lines_in_a_selection_are_confirmed_before_booking(qtbot, window, tmp_path,
                                                               monkeypatch):
    """Select all, « Valider la sélection »: the weak proposal is named and asked about."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from assocompta.services.bank_import import import_statement
    statement = tmp_path / "don.qif"
    statement.write_text("!Type:Bank\nD16/12/2025\nT40,00\nPVIR SEPA KERBRAT YANN /MOTIF DON"
                         "\n^\n", encoding="utf-8")
    import_statement(window.session.book, "512", statement)
    view = window.show_view("banque")
    view.activate()
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", answer)
    view.table.setFocus()
    view.table.selectAll()
    qtbot.mouseClick(view.validate_button, Qt.MouseButton.LeftButton)
    assert "1 des lignes sélectionnées a une proposition « à vérifier »" in asked[0]
    assert "• VIR SEPA KERBRAT YANN /MOTIF DON" in asked[0]
    assert len(_labels(view)) == 6  # nothing booked
    # One line chosen on its own: the treasurer looked at it, no question.
    view.select_ids([view.lines[_labels(view).index("VIR SEPA KERBRAT YANN /MOTIF DON")].id])
    qtbot.mouseClick(view.validate_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "VIR SEPA KERBRAT YANN /MOTIF DON" not in _labels(view)


def test_what_is_typed_below_the_table_is_what_valider_books(qtbot, window, tmp_path):
    """Review of issue 13: a treasurer selects a line, types the account or a new donor below
    the table and presses « Valider la sélection » without « Appliquer »: the line was booked
    with its own proposal (the gift with no donor, so no receipt) or refused for want of an
    account. What is typed there is what gets booked."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from assocompta.services.bank_import import import_statement
    from tests.ui.test_entry_forms import _answer_new_tiers, _lines
    gift = "VIR SEPA M BERNARD PAUL DON"
    statement = tmp_path / "don.qif"
    statement.write_text(f"!Type:Bank\nD16/12/2025\nT50,00\nP{gift}\n^\n", encoding="utf-8")
    import_statement(window.session.book, "512", statement)
    view = window.show_view("banque")
    view.activate()

    def click_line(label: str) -> None:
        rect = view.table.visualRect(view.model.index(_row_of(view, label), 1))
        QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    click_line(gift)
    assert view.model.index(_row_of(view, gift), 6).data() == "à vérifier"
    assert view.account_edit.text().startswith("75411 ")
    combo = view.tiers_combo
    combo.setFocus()
    combo.lineEdit().selectAll()
    QTest.keyClicks(combo, "Paul Bernard")
    seen = _answer_new_tiers("Autre")
    QTest.keyClick(combo, Qt.Key.Key_Return)
    assert seen == ["Paul Bernard"]
    qtbot.mouseClick(view.validate_button, Qt.MouseButton.LeftButton)
    assert gift not in _labels(view)
    assert _lines(window.session, gift) == [("512", 5000, 0, None),
                                            ("75411", 0, 5000, "Paul Bernard")]

    cheques = "REMISE CHEQUES 0004512"
    click_line(cheques)
    assert view.account_edit.text() == ""
    QTest.keyClicks(view.account_edit, "7561")
    QTest.keyClick(view.account_edit, Qt.Key.Key_Escape)  # the completer's list closes
    qtbot.mouseClick(view.validate_button, Qt.MouseButton.LeftButton)
    assert cheques not in _labels(view)
    assert _lines(window.session, cheques) == [("512", 7000, 0, None), ("7561", 0, 7000, None)]


def test_the_import_dialog_starts_on_parcourir(qtbot, window):
    """Review of issue 13: Fichier › Importer un relevé bancaire… opened with the focus in the
    read-only file field, where a typed path went nowhere. The focus is on « Parcourir… »:
    Entrée opens the file chooser, and the chosen file is read at once."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QFileDialog

    view = window.show_view("banque")
    dialog = ImportStatementDialog(window.session, "512", None, view)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    assert QApplication.focusWidget() is dialog.browse_button
    assert "Parcourir" in dialog.file_edit.placeholderText()

    def choose() -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):
            QTimer.singleShot(50, choose)
            return
        chooser.selectFile(str(DATA / "lbp_mars_2025.csv"))
        chooser.accept()
    QTimer.singleShot(0, choose)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.file_edit.text().endswith("lbp_mars_2025.csv")
    assert dialog.preview_model.rowCount() == 4 and dialog.ok_button.isEnabled()


def test_ctrl_z_after_validating_from_the_fields_undoes_the_validation(qtbot, window):
    """Review of issue 13: account typed, Alt+V (« Valider la sélection »), the status bar says
    « Ctrl+Z pour annuler »; Ctrl+Z went to the Compte field (its own text undo) and the line
    stayed booked. The focus leaves the field: Ctrl+Z brings the line back."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    view = window.show_view("banque")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    cheques = "REMISE CHEQUES 0004512"
    rect = view.table.visualRect(view.model.index(_row_of(view, cheques), 1))
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view.account_edit.setFocus()
    QTest.keyClicks(view.account_edit, "7561")
    QTest.keyClick(view.account_edit, Qt.Key.Key_Escape)
    # Alt+V as the button's « & » does it (QAbstractButton: animateClick, the focus stays in
    # the field); offscreen Qt has no mnemonics.
    assert view.validate_button.text() == "&Valider la sélection"
    view.validate_button.animateClick()
    qtbot.waitUntil(lambda: cheques not in _labels(view), timeout=3000)
    assert "Ctrl+Z pour annuler" in window.statusBar().currentMessage()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    view.activate()
    assert cheques in _labels(view), "Ctrl+Z undid the validation"


def test_the_account_list_starts_with_products_for_money_in(qtbot, window):
    """Review of issue 13: « cotis » typed for a member's transfer listed 645 and 647
    (charges) before 7561; money in offers the 7s first, money out the 6s, as the Recette
    and Dépense forms do."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    view = window.show_view("banque")

    def first_offered(label: str, typed: str) -> str:
        rect = view.table.visualRect(view.model.index(_row_of(view, label), 1))
        QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        view.account_edit.clear()
        view.account_edit.setFocus()
        QTest.keyClicks(view.account_edit, typed)
        shown = view.account_edit.completer().completionModel().index(0, 0).data()
        QTest.keyClick(view.account_edit, Qt.Key.Key_Escape)
        return shown

    assert first_offered("VIR SEPA M DUPONT JEAN COTISATION 2026", "cotis").startswith("756")
    assert first_offered("COMMISSION VIREMENT INSTANTANE", "cotis").startswith("645")


def _rules(window) -> list[tuple[int, str]]:
    return list(window.session.conn.execute(
        "SELECT id, pattern FROM bank_rule ORDER BY position, id"))


def test_creating_and_removing_rules_is_undone_by_ctrl_z(qtbot, window):
    """Review of issue 13: README says every change is undoable; a rule created from a bank
    line stayed after Ctrl+Z, and so did a rule removed or moved in « Règles… »."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

    view = window.show_view("banque")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    before = _rules(window)
    commission = "COMMISSION VIREMENT INSTANTANE"
    rect = view.table.visualRect(view.model.index(_row_of(view, commission), 1))
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def fill_rule() -> None:
        dialog = QApplication.activeModalWidget()
        words, account = dialog.edits
        words.setText("virement instantane")
        account.setText("627")
        dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(0, fill_rule)
    QTest.mouseClick(view.rule_button, Qt.MouseButton.LeftButton)
    assert [p for _, p in _rules(window)] == [p for _, p in before] + ["virement instantane"]
    assert view.model.index(_row_of(view, commission), 6).data() == "règle"
    assert "Ctrl+Z pour annuler" in window.statusBar().currentMessage()

    def ctrl_z(shift: bool = False) -> None:
        mods = Qt.KeyboardModifier.ControlModifier
        if shift:
            mods |= Qt.KeyboardModifier.ShiftModifier
        window.activateWindow()  # back from a modal dialog
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        view.table.setFocus()
        QTest.keyClick(view.table, Qt.Key.Key_Z, mods)
        view.activate()
    ctrl_z()
    assert _rules(window) == before
    assert view.model.index(_row_of(view, commission), 6).data() != "règle"
    ctrl_z(shift=True)
    assert [p for _, p in _rules(window)][-1] == "virement instantane"
    QTest.keyRelease(window, Qt.Key.Key_Shift)
    created = _rules(window)

    def in_rules_dialog(*buttons: str) -> None:
        def drive() -> None:
            dialog = QApplication.activeModalWidget()
            dialog.table.selectRow(len(created) - 1)
            for text in buttons:
                next(b for b in dialog.findChildren(QPushButton) if b.text() == text).click()
            dialog.reject()
        QTimer.singleShot(0, drive)
        QTest.mouseClick(view.rules_button, Qt.MouseButton.LeftButton)

    in_rules_dialog("&Monter")
    assert _rules(window)[-1] == created[-2] and len(_rules(window)) == len(created)
    ctrl_z()
    assert _rules(window) == created
    in_rules_dialog("&Supprimer la règle")
    assert _rules(window) == created[:-1]
    ctrl_z()
    assert _rules(window) == created
    assert view.model.index(_row_of(view, commission), 6).data() == "règle"
