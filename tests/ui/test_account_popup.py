"""The account list under a narrow account field is as wide as its lines: in the budget grid's
Compte column it read « 616 Prim… », « 7543 Leg… » (review of issue 13, 1366×768)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def _popup_fits(edit) -> None:
    popup = edit.completer().popup()
    assert popup.isVisible()
    assert popup.model().rowCount() > 0
    assert popup.width() > edit.width()
    assert popup.width() >= min(popup.sizeHintForColumn(0), 600)


def test_the_budget_grid_account_list_shows_whole_labels(qtbot, window):
    window.session.set_year("2025")
    view = window.show_view("budget")
    window.show()
    qtbot.waitExposed(window)
    view.add_line()
    editor = view.table.focusWidget()
    assert editor.accessibleName() == "Compte"
    QTest.keyClicks(editor, "assur")
    _popup_fits(editor)
    QTest.keyClick(editor, Qt.Key.Key_Escape)


def test_the_journal_account_filter_list_shows_whole_labels(qtbot, window):
    ledger = window.show_view("saisie")
    window.show()
    qtbot.waitExposed(window)
    ledger.filters.account.setFocus()
    QTest.keyClicks(ledger.filters.account, "fourn")
    _popup_fits(ledger.filters.account)
