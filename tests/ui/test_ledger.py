"""The Saisie view as a treasurer uses it: keyboard entry, the ledger, undo and redo, filters."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from assocompta.services.reports import build
from assocompta.ui.dialogs.entry_dialog import EntryDialog
from assocompta.ui.models.ledger_model import CENTS_ROLE, LedgerFilter, LedgerModel
from assocompta.ui.models.report_model import CENTS_ROLE as RESULT_CENTS


def _labels(model: LedgerModel, text: str) -> list[int]:
    return [r for r in range(model.rowCount()) if model.index(r, 4).data() == text]


def _charge(session, code: str) -> int:
    report = build(session.book, "resultat", "2025", detail=True)
    return sum(r.values[0].cents for r in report.rows if r.code == code and r.values)


def _press(qtbot, window, key, modifiers) -> None:
    """A shortcut reaches the window that has the focus, as it does for the user."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, key, modifiers)


def _open_dialog(qtbot, window) -> EntryDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialogs = [d for d in window.findChildren(EntryDialog) if d.isVisible()]
    assert dialogs, "Ctrl+D opens the Dépense form"
    return dialogs[-1]


def test_expense_typed_with_the_keyboard_reaches_ledger_and_result_then_undo(qtbot, window):
    ledger = window.show_view("saisie")
    ledger.model.wait()
    before_rows = ledger.model.rowCount()
    before_6064 = _charge(window.session, "6064")

    dialog = _open_dialog(qtbot, window)
    dialog.ui.date_edit.setFocus()
    dialog.ui.date_edit.selectAll()
    QTest.keyClicks(dialog.ui.date_edit, "15/11/2025")
    QTest.keyClick(dialog.ui.date_edit, Qt.Key.Key_Tab)
    QTest.keyClicks(dialog.focusWidget(), "45,90")
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    QTest.keyClicks(dialog.focusWidget(), "Ramettes de papier")
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ui.account_edit
    QTest.keyClicks(dialog.ui.account_edit, "6064")
    QTest.keyClick(dialog.ui.account_edit, Qt.Key.Key_Return)  # Enter saves
    assert dialog.error_text() == ""
    assert "enregistrée" in dialog.ui.error_label.text()
    # Ready for the next one: same date, empty amount.
    assert dialog.ui.date_edit.text() == "15/11/2025"
    assert dialog.ui.amount_edit.text() == ""
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    ledger.model.wait()
    assert ledger.model.rowCount() == before_rows + 2
    rows = _labels(ledger.model, "Ramettes de papier")
    assert sorted(ledger.model.index(r, 5).data()[:4] for r in rows) == ["512 ", "6064"]
    assert {ledger.model.index(r, 8).data() for r in rows} == {"45,90", ""}
    assert _charge(window.session, "6064") == before_6064 + 4590
    # … and in the compte de résultat view, on the account's row under its line.
    resultat = window.show_view("resultat")
    account_row = resultat.model.find("6064 Fournitures administratives")
    assert account_row.isValid()
    assert account_row.siblingAtColumn(1).data(RESULT_CENTS) == before_6064 + 4590
    window.show_view("saisie")

    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    ledger.model.wait()
    assert ledger.model.rowCount() == before_rows
    assert _labels(ledger.model, "Ramettes de papier") == []
    assert _charge(window.session, "6064") == before_6064
    window.show_view("resultat")
    assert resultat.model.find("6064 Fournitures administratives").siblingAtColumn(1).data(
        RESULT_CENTS) == before_6064
    window.show_view("saisie")

    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
           | Qt.KeyboardModifier.ShiftModifier)
    ledger.model.wait()
    assert len(_labels(ledger.model, "Ramettes de papier")) == 2
    assert _charge(window.session, "6064") == before_6064 + 4590


def test_bad_amount_is_explained_beside_the_field_and_nothing_is_written(qtbot, window):
    ledger = window.show_view("saisie")
    ledger.model.wait()
    before = ledger.model.rowCount()
    dialog = ledger.new_entry("depense")
    dialog.ui.amount_edit.setText("12,345")
    dialog.ui.label_edit.setText("Timbres")
    dialog.ui.account_edit.setText("626")
    dialog.save()
    error = dialog._errors[dialog.ui.amount_edit]
    assert error.isVisibleTo(dialog) and "décimales" in error.text()
    ledger.model.wait()
    assert ledger.model.rowCount() == before


def test_account_field_completes_by_word_or_number(qtbot, window):
    ledger = window.show_view("saisie")
    dialog = ledger.new_entry("depense")
    edit = dialog.ui.account_edit
    edit.setText("tél")
    assert "626" in edit.matches()
    edit.setText("fourn adm")
    assert edit.matches() == ["6064"]
    assert edit.code() == "6064"
    edit.setText("62")
    assert edit.matches() and all(code.startswith("62") for code in edit.matches())


def test_free_entry_cannot_be_saved_unbalanced(qtbot, window):
    ledger = window.show_view("saisie")
    dialog = ledger.new_entry("libre")
    table = dialog.ui.lines_table
    table.cellWidget(0, 0).setText("6063")
    table.item(0, 2).setText("100")
    table.cellWidget(1, 0).setText("512")
    table.item(1, 3).setText("80")
    assert not dialog.save_button.isEnabled()
    assert "écart 20,00" in dialog.ui.difference_label.text()
    table.item(1, 3).setText("100")
    assert dialog.save_button.isEnabled()


def test_edit_and_delete_from_the_ledger_with_undo(qtbot, window):
    ledger = window.show_view("saisie")
    ledger.model.wait()
    rows = _labels(ledger.model, "Loyer salle 12/2025")  # a draft: December is not validated
    assert rows
    ledger.table.selectRow(rows[0])
    number = ledger.model.index(rows[0], 1).data()
    dialog = ledger.edit_selected()
    dialog.ui.label_edit.setText("Loyer salle 12/2025 (régularisation)")
    dialog.save()
    ledger.model.wait()
    edited = _labels(ledger.model, "Loyer salle 12/2025 (régularisation)")
    assert len(edited) == 2 and ledger.model.index(edited[0], 1).data() == number

    count = ledger.model.rowCount()
    ledger.table.selectRow(edited[0])
    ledger.delete_selected()
    ledger.model.wait()
    assert ledger.model.rowCount() == count - 2
    window.undo_action.trigger()
    ledger.model.wait()
    back = _labels(ledger.model, "Loyer salle 12/2025 (régularisation)")
    assert ledger.model.index(back[0], 1).data() == number
    window.undo_action.trigger()
    ledger.model.wait()
    assert _labels(ledger.model, "Loyer salle 12/2025")


def test_filters_run_as_sql(qtbot, window):
    ledger = window.show_view("saisie")
    ledger.model.wait()
    everything = ledger.model.rowCount()
    ledger.filters.text.setText("free mobile")
    qtbot.waitUntil(lambda: ledger.model.filter.text == "free mobile", timeout=3000)
    ledger.model.wait()
    n = ledger.model.rowCount()
    assert 0 < n < everything
    assert all(ledger.model.index(r, 6).data() == "Free Mobile" for r in range(n))

    ledger.filters.clear()
    ledger.model.wait()
    assert ledger.model.rowCount() == everything
    ledger.model.set_filter(LedgerFilter(account="626", amount_min=3000))
    ledger.model.wait()
    amounts = [ledger.model.index(r, 8).data(CENTS_ROLE) for r in range(ledger.model.rowCount())]
    assert amounts and all(a >= 3000 for a in amounts)
    ledger.model.set_filter(LedgerFilter(date_from="2025-12-01", date_to="2025-12-31"))
    ledger.model.wait()
    dates = {ledger.model.index(r, 0).data()[3:] for r in range(ledger.model.rowCount())}
    assert dates == {"12/2025"}


def test_sort_by_column_header(qtbot, window):
    ledger = window.show_view("saisie")
    ledger.model.wait()
    ledger.table.sortByColumn(8, Qt.SortOrder.DescendingOrder)
    ledger.model.wait()
    debits = [ledger.model.index(r, 8).data(CENTS_ROLE) for r in range(20)]
    assert debits == sorted(debits, reverse=True)


def test_ledger_model_passes_qt_model_tester(qtmodeltester, session):
    model = LedgerModel(session.connect_ro)
    model.set_year(session.year.id)
    model.wait()
    assert model.rowCount() > 100
    qtmodeltester.check(model)
    model.close()


def test_grand_livre_running_balance(qtbot, window):
    view = window.show_view("grand-livre")
    view.model.wait()
    n = view.model.rowCount()
    assert n > 10
    debit = sum(view.model.index(r, 8).data(CENTS_ROLE) for r in range(n))
    credit = sum(view.model.index(r, 9).data(CENTS_ROLE) for r in range(n))
    assert view.model.index(n - 1, 10).data(CENTS_ROLE) == debit - credit
    assert "solde débiteur" in view.summary.text() or "solde créditeur" in view.summary.text()


def test_parse_date_as_people_type_it():
    from assocompta.ui.locale import amount, parse_date
    assert parse_date("15/3", 2025) == dt.date(2025, 3, 15)
    assert parse_date("15/03/25", 2024) == dt.date(2025, 3, 15)
    assert parse_date("15032025", 2024) == dt.date(2025, 3, 15)
    assert amount(-123456789) == "-1\u202f234\u202f567,89"


def test_grand_livre_export_in_a_thread(qtbot, window, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog
    view = window.show_view("grand-livre")
    view.model.wait()
    view.show_account("626")
    view.model.wait()
    dest = tmp_path / "gl.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(dest), "")))
    dialog = window.export_current()
    qtbot.waitUntil(lambda: not dialog.thread_.is_alive() and dest.exists(), timeout=30_000)
    sheet = load_workbook(dest).active
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row]
    assert "626 Frais postaux et de télécommunications" in cells or any(
        isinstance(c, str) and c.startswith("626") for c in cells)
    assert not any(isinstance(c, str) and c.startswith("512") for c in cells)
