"""Exercice › Registre des immobilisations… driven as a treasurer does: type an asset, enter
it, select it in the table, sell it; the book holds the asset and the exit entry."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from assocompta.storage.orm import Entry, FixedAsset


def _type(edit, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks knows ASCII only: « é » aborts it)."""
    edit.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _open(qtbot, window):
    window.command_actions["assets"].trigger()
    dialog = window.task_menus.assets_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_enter_an_asset_then_sell_it(qtbot, window):
    from pytestqt.modeltest import ModelTester
    window.session.set_year("2025")
    dialog = _open(qtbot, window)
    assert dialog.windowTitle() == "Registre des immobilisations — exercice 2025"
    ModelTester(None).check(dialog.model)
    before = dialog.model.rowCount()

    _type(dialog.label_edit, "Vidéoprojecteur")
    dialog.account_edit.clear()
    _type(dialog.account_edit, "2183")
    _type(dialog.date_edit, "01/07/2025")
    _type(dialog.cost_edit, "1200")
    dialog.life_spin.setValue(36)
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isVisible(), dialog.error.text()
    assert dialog.model.rowCount() == before + 1
    row = dialog.model.row_of(dialog.added)
    texts = [dialog.model.index(row, c).data() for c in range(8)]
    assert texts[1:5] == ["2183", "Vidéoprojecteur", "01/07/2025", "36 mois"]
    assert texts[5].replace("\u202f", " ").replace("\xa0", " ").startswith("1 200,00")

    # Selling without choosing the asset says what to do.
    QTest.mouseClick(dialog.dispose_button, Qt.MouseButton.LeftButton)
    assert "Sélectionnez d'abord" in dialog.error.text()

    dialog.table.selectRow(row)
    _type(dialog.out_date_edit, "31/12/2025")
    _type(dialog.price_edit, "900")
    QTest.mouseClick(dialog.dispose_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isVisible(), dialog.error.text()
    assert dialog.model.rowCount() == before
    with window.session.book.session() as s:
        asset = s.get(FixedAsset, dialog.added)
        assert (asset.disposed_on, asset.disposal, asset.disposal_price.cents) == (
            dt.date(2025, 12, 31), "cession", 90000)
        entry = s.scalars(select(Entry).where(Entry.id == dialog.disposed_entry)).one()
        lines = [(ln.account.code, ln.debit.cents, ln.credit.cents) for ln in entry.lines]
    assert lines == [("6811", 20000, 0), ("2818", 0, 20000), ("2818", 20000, 0),
                     ("652", 100000, 0), ("2183", 0, 120000), ("512", 90000, 0),
                     ("757", 0, 90000)]


def test_a_wrong_account_is_said_in_the_dialog(qtbot, window):
    window.session.set_year("2025")
    dialog = _open(qtbot, window)
    _type(dialog.label_edit, "Stylo")
    dialog.account_edit.clear()
    _type(dialog.account_edit, "6064")
    _type(dialog.date_edit, "01/03/2025")
    _type(dialog.cost_edit, "5")
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "classe 2" in dialog.error.text()


def test_from_a_purchase_entry_and_its_plan(qtbot, window):
    from assocompta.domain.entries import EntryDraft, LineDraft
    from assocompta.domain.money import Money
    from assocompta.services.ledger import post_entry
    window.session.set_year("2025")
    posted = post_entry(window.session.book, EntryDraft(dt.date(2025, 10, 1), "BQ",
                                                        "Tables pliantes", (
        LineDraft("2184", debit=Money(150000)), LineDraft("512", credit=Money(150000)))))
    dialog = _open(qtbot, window)
    _type(dialog.entry_edit, str(posted.number))
    dialog.life_spin.setValue(60)
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isVisible(), dialog.error.text()
    row = dialog.model.row_of(dialog.added)
    assert [dialog.model.index(row, c).data() for c in range(1, 5)] == [
        "2184", "Tables pliantes", "01/10/2025", "60 mois"]
    dialog.table.selectRow(row)
    QTest.mouseClick(dialog.plan_button, Qt.MouseButton.LeftButton)
    assert dialog.plan_table.isVisible()
    plan = [[dialog.plan_model.index(r, c).data().replace("\u202f", " ").replace("\xa0", " ")
             for c in range(4)] for r in range(dialog.plan_model.rowCount())]
    assert plan[0] == ["2025", "75,00", "75,00", "1 425,00"]
    assert plan[1][:2] == ["2026", "300,00"] and plan[-1][3] == "0,00"


def test_edit_the_selected_asset(qtbot, window):
    window.session.set_year("2025")
    dialog = _open(qtbot, window)
    _type(dialog.label_edit, "Imprimante")
    _type(dialog.date_edit, "01/01/2025")
    _type(dialog.cost_edit, "600")
    dialog.life_spin.setValue(36)
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    row = dialog.model.row_of(dialog.added)
    dialog.table.selectRow(row)
    QTest.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert dialog.label_edit.text() == "Imprimante" and not dialog.cost_edit.isEnabled()
    dialog.label_edit.clear()
    _type(dialog.label_edit, "Imprimante laser")
    dialog.life_spin.setValue(24)
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isVisible(), dialog.error.text()
    row = dialog.model.row_of(dialog.added)
    assert [dialog.model.index(row, c).data() for c in (2, 4)] == ["Imprimante laser",
                                                                   "24 mois"]
    assert dialog.add_button.text().replace("&", "") == "Inscrire"
