"""« Détails du don… »: what the treasurer says of a gift that its entry does not, through the
dialog's real widgets, from the journal's context menu, and read only once receipted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from assocompta.services import receipt_issue
from assocompta.services.gifts import GiftDetail, gift_detail
from assocompta.ui.dialogs.gift_detail_dialog import GiftDetailDialog
from assocompta.ui.models.ledger_model import LINE_ROLE


def _line(window, account: str, donor: str) -> int:
    return window.session.conn.execute(
        "SELECT l.id FROM entry_line l JOIN account a ON a.id = l.account_id "
        "JOIN tiers t ON t.id = l.tiers_id JOIN entry e ON e.id = l.entry_id "
        "WHERE a.code = ? AND t.name = ? AND e.date >= '2025-01-01' ORDER BY e.date DESC",
        (account, donor)).fetchone()[0]


def _detail(window, line_id):
    return gift_detail(window.session.conn, line_id)


def _dialog(qtbot, window, line_id) -> GiftDetailDialog:
    dialog = GiftDetailDialog(window.session, line_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_gift_in_kind_needs_its_description_and_has_no_mode_de_versement(qtbot, window):
    line = _line(window, "75411", "Marie Dupont")
    dialog = _dialog(qtbot, window, line)
    assert "Marie Dupont" in dialog.heading.text() and "75411" in dialog.heading.text()
    assert dialog.nature_combo.currentText() == "Selon le compte (Numéraire)"
    assert dialog.method_combo.isEnabled()
    assert dialog.method_combo.currentText() == "Selon l'écriture (Virement, prélèvement, " \
                                                "carte bancaire)"
    assert not dialog.renounced_edit.isEnabled() and dialog.explanation.isHidden()

    dialog.nature_combo.setCurrentIndex(dialog.nature_combo.findData("en_nature"))
    assert not dialog.method_combo.isEnabled()
    assert dialog.description_label.text() == "&Description * :"
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "décrivez-le" in dialog.error_label.text()
    assert _detail(window, line) is None
    dialog.description_edit.setFocus()
    QTest.keyClicks(dialog.description_edit, "12 chaises pliantes, 240 EUR")
    dialog.form_combo.setCurrentIndex(dialog.form_combo.findData("don_manuel"))
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error_label.text()
    assert _detail(window, line) == GiftDetail("don_manuel", "en_nature", None,
                                               "12 chaises pliantes, 240 EUR")
    assert window.session.undo_stack.undoText() == "détails du don"
    window.session.undo_stack.undo()
    assert _detail(window, line) is None
    window.session.undo_stack.redo()
    assert _detail(window, line).nature == "en_nature"


def test_a_cheque_is_said_where_the_entry_does_not(qtbot, window):
    line = _line(window, "75411", "Jean Martin")
    dialog = _dialog(qtbot, window, line)
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("cheque"))
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _detail(window, line) == GiftDetail(method="cheque")


def test_the_abandon_de_frais_shows_its_renunciation_and_why(qtbot, window):
    line = _line(window, "75412", "Paul Lemoine")
    dialog = _dialog(qtbot, window, line)
    assert dialog.nature_combo.currentData() == "frais_benevoles"
    assert dialog.renounced_edit.isEnabled() and dialog.renounced_edit.text() == "08/12/2025"
    assert dialog.explanation.isVisible() and "4681" in dialog.explanation.text()
    assert "renoncer au remboursement" in dialog.explanation.text()
    assert not dialog.method_combo.isEnabled()
    assert "Cesson-Sévigné" in dialog.description_edit.toPlainText()
    dialog.renounced_edit.clear()
    QTest.keyClicks(dialog.renounced_edit, "9/12")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error_label.text()
    assert _detail(window, line).renounced_on == dt.date(2025, 12, 9)


def test_a_receipted_gift_is_shown_read_only(qtbot, window):
    line = _line(window, "75411", "Anne Le Goff")
    receipt_issue.issue(window.session.book, "2025", today=dt.date(2026, 1, 20))
    dialog = _dialog(qtbot, window, line)
    assert not dialog.save_button.isEnabled() and not dialog.nature_combo.isEnabled()
    assert dialog.error_label.text().startswith("Ce don figure sur le reçu fiscal n° 2025-")


def test_ask_returns_whether_something_was_saved(qtbot, window):
    line = _line(window, "7542", "Bati-Ouest SARL")

    def answer(method):
        def act():
            dialog = next(w for w in window.findChildren(GiftDetailDialog) if w.isVisible())
            dialog.method_combo.setCurrentIndex(dialog.method_combo.findData(method))
            QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        QTimer.singleShot(50, act)
    answer("virement")
    assert GiftDetailDialog.ask(window, window.session.book, line) is True
    assert _detail(window, line) == GiftDetail(method="virement")
    answer("virement")  # the same again: nothing changed
    assert GiftDetailDialog.ask(window, window.session.book, line) is False


def test_the_journal_offers_the_gift_details_on_a_gift_line_only(qtbot, window, monkeypatch):
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *a: shown.append(menu))
    window.session.set_year("2025")
    ledger = window.show_view("saisie")
    ledger.model.wait()
    qtbot.waitUntil(lambda: not ledger.model.is_loading)
    gift = _line(window, "7542", "Bati-Ouest SARL")
    model = ledger.model
    rows = {model.index(r, 0).data(LINE_ROLE): r for r in range(model.rowCount())}
    other = next(line for line in rows if line != gift and not ledger._is_gift_line(line))

    def menu_on(line_id):
        index = model.index(rows[line_id], 0)
        ledger.table.scrollTo(index)
        ledger.table.setCurrentIndex(index)
        ledger._context_menu(ledger.table.visualRect(index).center())
        return [a.text() for a in shown.pop().actions() if a.text()]
    assert "Détails du &don…" in menu_on(gift)
    assert "Détails du &don…" not in menu_on(other)
    dialog = ledger.show_gift_detail(gift)
    qtbot.addWidget(dialog)
    assert "Bati-Ouest SARL" in dialog.heading.text()
    dialog.close()
