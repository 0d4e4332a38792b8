"""The Rapprochement view as a treasurer uses it: a new statement, boxes ticked one by one
until the difference is zero, finish, and the ledger shows those lines as reconciled."""

import datetime as dt
import subprocess

from PySide6.QtCore import Qt

from assocompta.domain.money import Money
from assocompta.services import reconciliation as rec

JAN = dt.date(2025, 1, 31)


def _click(view, row):
    """What a click on the row's check box does."""
    index = view.model.index(row, 0)
    state = view.model.data(index, Qt.ItemDataRole.CheckStateRole)
    wanted = (Qt.CheckState.Unchecked if state == Qt.CheckState.Checked
              else Qt.CheckState.Checked)
    assert view.model.setData(index, wanted.value, Qt.ItemDataRole.CheckStateRole)


def test_tick_to_zero_finish_and_see_it_in_the_ledger(window, tmp_path, qtmodeltester):
    view = window.show_view("rapprochement")
    assert view.account == "512"
    assert "31/12/2024" in view.through_label.text()
    assert view.statements_model.rows[0].texts[3].startswith("terminé le")
    assert not view.finish_button.isEnabled() and view.new_button.isEnabled()

    # The bank's January statement: December's don and cheque, and January's lines.
    conn = window.session.connect_ro()  # a reader of its own: the file or the database
    opening = rec.statements(conn, "512")[0].closing
    due = rec.unreconciled_lines(conn, "512", JAN)
    closing = opening + Money.total(ln.amount for ln in due)
    st = view.new_statement(JAN, closing)
    assert st is not None and st.opening == opening
    assert {view.model.lines[r].label for r in range(2)} == {"Don", "Fournitures de bureau"}
    assert view.model.rowCount() == len(due)
    qtmodeltester.check(view.model)

    for row in range(view.model.rowCount() - 1):
        _click(view, row)
        assert not view.finish_button.isEnabled()
    last = view.model.lines[-1].amount
    assert view.difference() == last
    assert view.difference_label.text() == f"Écart : {_amount(last)}"
    # Each tick is already in the book (closing the app keeps them).
    assert rec.ticked_total(conn, st.id) == closing - opening - last
    _click(view, view.model.rowCount() - 1)
    assert view.difference_label.text() == "Écart : 0,00\u00a0€"
    assert "1B5E20" in view.difference_label.styleSheet()
    assert view.finish_button.isEnabled()
    assert view.finish() is not None
    assert view.statements_model.rows[0].texts[0] == "31/01/2025"
    assert view.statements_model.rows[0].texts[3].startswith("terminé le")
    assert "31/01/2025" in view.through_label.text() and view.model.rowCount() == 0

    # The ledger: January's bank lines are ✓, and "Non rapprochées" leaves them out.
    ledger = window.show_view("saisie")
    ledger.model.wait()
    rows = [r for r in range(ledger.model.rowCount())
            if ledger.model.index(r, 4).data() == "Virement salaire 01/2025"
            and ledger.model.index(r, 5).data().startswith("512")]
    assert rows and ledger.model.index(rows[0], 10).data() == "✓"
    assert "31/01/2025" in ledger.model.index(rows[0], 10).data(Qt.ItemDataRole.ToolTipRole)
    every = ledger.model.rowCount()
    ledger.filters.unreconciled.setChecked(True)
    ledger.model.set_filter(ledger.filters.current())
    ledger.model.wait()
    n = ledger.model.rowCount()
    assert 0 < n < every
    dates = [ledger.model.index(r, 0).data() for r in range(n)]
    assert all(d[3:] != "01/2025" for d in dates)
    assert all(ledger.model.index(r, 10).data() != "✓" for r in range(n))

    # The état of the finished statement, through the view's export.
    written = view.export(tmp_path / "etat.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(written), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "relevé du 31/01/2025" in text and "✓" in text


def test_finish_refused_and_statement_abandoned(window, no_modal_boxes):
    view = window.show_view("rapprochement")
    st = view.new_statement(JAN, Money(123))
    assert st is not None and view.difference() != Money(0)
    assert not view.finish_button.isEnabled()
    assert view.finish() is None
    assert any("écart de" in text for text in no_modal_boxes)
    view.tick_through(dt.date(2025, 1, 10))
    assert all(view.model.is_ticked(r) == (view.model.lines[r].date <= dt.date(2025, 1, 10))
               for r in range(view.model.rowCount()))
    view.cancel_statement()
    assert view.statement is None and view.model.rowCount() == 0
    assert [r.texts[0] for r in view.statements_model.rows] == ["31/12/2024"]
    # A second statement cannot start before the last reconciled one.
    assert view.new_statement(dt.date(2024, 11, 30), Money(0)) is None
    assert any("après le dernier relevé rapproché" in text for text in no_modal_boxes)


def _amount(money: Money) -> str:
    from assocompta.ui import locale
    return locale.amount(money.cents, currency=True)


def test_statement_typed_in_the_dialog_and_ticks_shown_in_the_ledger(window, monkeypatch):
    from assocompta.ui.dialogs.text_fields_dialog import TextFieldsDialog
    view = window.show_view("rapprochement")
    asked = []

    def answer(parent, title, fields, note="", combos=()):
        asked.append([field[0] for field in fields])
        return ["31/01/2025", "9 999,99"] if len(asked) == 1 else ["10/01/2025"]

    monkeypatch.setattr(TextFieldsDialog, "ask", answer)
    view.new_button.click()
    # Not the account's first statement: no opening balance asked, December's closing taken.
    assert len(asked[0]) == 2 and view.statement is not None
    assert view.statement.closing == Money(999999)
    assert f"solde final {_amount(Money(999999))}" in view.statement_label.text()
    # A mistyped solde final is corrected; nothing else changes.
    answers = iter([["5 954,13"]])
    monkeypatch.setattr(TextFieldsDialog, "ask", lambda *a, **k: next(answers))
    view.closing_button.click()
    assert view.statement.closing == Money(595413)
    assert view.statement.opening == Money(805865)
    monkeypatch.setattr(TextFieldsDialog, "ask", answer)
    view.through_button.click()
    ticked = [ln for r, ln in enumerate(view.model.lines) if view.model.is_ticked(r)]
    assert ticked and all(ln.date <= dt.date(2025, 1, 10) for ln in ticked)
    # In the ledger, a line ticked on the statement in progress shows "…", not yet ✓.
    ledger = window.show_view("saisie")
    ledger.model.wait()
    rows = [r for r in range(ledger.model.rowCount())
            if ledger.model.index(r, 4).data() == "Loyer salle 01/2025"
            and ledger.model.index(r, 5).data().startswith("512")]
    assert rows and ledger.model.index(rows[0], 10).data() == "…"
    assert "en cours" in ledger.model.index(rows[0], 10).data(Qt.ItemDataRole.ToolTipRole)


def test_etat_button_exports_the_selected_statement(window, tmp_path, monkeypatch):
    import openpyxl
    from PySide6.QtWidgets import QFileDialog
    view = window.show_view("rapprochement")
    target = tmp_path / "etat.xlsx"
    offered = []

    def save_as(parent, title, proposed, filters):
        offered.append(proposed)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    view.etat_button.click()
    assert offered[0].endswith("Rapprochement 512 au 2024-12-31.pdf")  # PDF, the first type
    ws = openpyxl.load_workbook(target).active
    labels = {row[2]: row[3] for row in ws.iter_rows(values_only=True) if len(row) > 3}
    assert labels["Solde du relevé au 31/12/2024"] == 8058.65
    assert labels["Don"] == 364.12 and labels["Fournitures de bureau"] == 170.36
    assert "Exporté" in window.statusBar().currentMessage()


def test_ticks_are_undone_and_redone_by_ctrl_z(qtbot, window):
    """Issue 13: ticking was not undoable while README says every change is."""
    from PySide6.QtTest import QTest
    view = window.show_view("rapprochement")
    conn = window.session.connect_ro()
    st = view.new_statement(JAN, Money(100))
    view.tick_through(dt.date(2025, 1, 10))
    early = rec.ticked_total(conn, st.id)
    assert early

    # A box ticked with the keyboard (Space on the cell), as with the mouse.
    row = next(r for r in range(view.model.rowCount()) if not view.model.is_ticked(r))
    amount = view.model.lines[row].amount
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, 0))
    QTest.keyClick(view.table, Qt.Key.Key_Space)
    assert view.model.is_ticked(row) and rec.ticked_total(conn, st.id) == early + amount
    assert window.undo_action.text() == "Annuler pointage de 1 ligne"

    bar = view.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    at = bar.value()
    assert at > 0
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rec.ticked_total(conn, st.id) == early
    assert not view.model.is_ticked(row)
    assert bar.value() == at  # the list did not jump back to its top
    assert view.difference_label.text() == f"Écart : {_amount(rec.difference(conn, st.id))}"
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rec.ticked_total(conn, st.id) == Money(0)   # « Tout pointer jusqu'au » undone
    assert not any(view.model.is_ticked(r) for r in range(view.model.rowCount()))
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert rec.ticked_total(conn, st.id) == early
    assert view.difference_label.text() == f"Écart : {_amount(rec.difference(conn, st.id))}"


def test_the_etat_is_offered_as_the_pdf_the_dialog_says(qtbot, window, tmp_path):
    """Review of issue 13: « État de rapprochement (PDF/XLSX)… » opened the save dialog on
    « Rapprochement 512 au 2024-12-31.xlsx » with « PDF (*.pdf) » as the type shown, and
    Enregistrer wrote a workbook. The name and the type agree: the PDF, to print and sign."""
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog
    view = window.show_view("rapprochement")
    seen = []

    def save() -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):
            QTimer.singleShot(50, save)
            return
        proposed = chooser.selectedFiles()[0]
        seen.append((Path(proposed).name, chooser.selectedNameFilter()))
        chooser.selectFile(str(tmp_path / Path(proposed).name))  # the folder only changes
        chooser.accept()
    QTimer.singleShot(0, save)
    view.etat_button.click()
    assert seen == [("Rapprochement 512 au 2024-12-31.pdf", "PDF (*.pdf)")]
    written = tmp_path / "Rapprochement 512 au 2024-12-31.pdf"
    assert written.read_bytes().startswith(b"%PDF")


def test_the_entry_number_is_not_cut(qtbot, window):
    """Review of issue 13: with a statement open, N° read « 284 (2… » and « 10 (20… » at
    1366×768 and at 1920×1080 alike: the number and its year are read whole."""
    from PySide6.QtCore import Qt
    view = window.show_view("rapprochement")
    assert view.new_statement(dt.date(2025, 12, 31), Money(0)) is not None
    texts = [view.model.index(r, 3).data() for r in range(view.model.rowCount())]
    widest = max(texts, key=len)
    assert widest.endswith("(2025)") or widest.endswith("(2024)")
    metrics = view.table.fontMetrics()
    assert view.table.columnWidth(3) >= metrics.horizontalAdvance(widest) + 8, widest
    assert view.model.headerData(3, Qt.Orientation.Horizontal) == "N°"


def test_new_statement_proposes_the_end_of_the_last_imported_month(qtbot, window):
    """Review of issue 13: « Nouveau relevé… » opened with empty fields; the treasurer types
    the date the last import already tells (the demo's lines end on 31/12/2025)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialogButtonBox
    view = window.show_view("rapprochement")
    seen = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        date, final = dialog.edits
        seen.update(date=date.text(), final=final.text(), hint=final.placeholderText())
        QTest.keyClicks(final, "1 234,56")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(0, fill)
    QTest.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert seen == {"date": "31/12/2025", "final": "",
                    "hint": "en bas du relevé, ex. 1 234,56"}
    st = rec.current(window.session.conn, "512")
    assert st.date == dt.date(2025, 12, 31) and st.closing == Money(123456)
    # Once a statement covers the last imported line, nothing is proposed.
    assert rec.proposed_date(window.session.conn, "512") is None
