"""The start of a tiers' name stands for it: « free » + Entrée is Free Mobile, not a second
« free » tiers made through « Nouveau tiers »; when several names start so, their list shows."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.helpers import sqlite_only


@contextmanager
def new_tiers_dialogs():
    """The names any « Nouveau tiers » dialog opened on meanwhile (each one cancelled)."""
    seen: list[str] = []
    timer = QTimer(interval=30)

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.windowTitle() == "Nouveau tiers":
            seen.append(dialog.name_edit.text())
            dialog.reject()
    timer.timeout.connect(check)
    timer.start()
    try:
        yield seen
    finally:
        timer.stop()


def _tiers_count(session) -> int:
    return session.conn.execute("SELECT count(*) FROM tiers").fetchone()[0]


def _line_tiers(session, label: str) -> list[tuple[str, str | None]]:
    return session.conn.execute(
        "SELECT a.code, t.name FROM entry_line l JOIN entry e ON e.id = l.entry_id "
        "JOIN account a ON a.id = l.account_id LEFT JOIN tiers t ON t.id = l.tiers_id "
        "WHERE e.label = ? ORDER BY l.position", (label,)).fetchall()


def _form(window, kind: str, amount: str, label: str, account: str):
    dialog = window.show_view("saisie").new_entry(kind)
    QTest.keyClicks(dialog.ui.amount_edit, amount)
    QTest.keyClicks(dialog.ui.label_edit, label)
    QTest.keyClicks(dialog.ui.account_edit, account)
    dialog.ui.tiers_combo.setFocus()
    return dialog


@sqlite_only
def test_the_start_of_one_name_picks_that_tiers(qtbot, engine, window):
    before = _tiers_count(window.session)
    dialog = _form(window, "depense", "19,99", "Forfait mobile decembre", "626")
    with new_tiers_dialogs() as seen:
        QTest.keyClicks(dialog.ui.tiers_combo, "free")
        QTest.keyClick(dialog.ui.tiers_combo, Qt.Key.Key_Return)
    assert seen == [], "no « Nouveau tiers » for the start of Free Mobile"
    assert "enregistrée" in dialog.ui.error_label.text(), dialog.error_text()
    assert _line_tiers(window.session, "Forfait mobile decembre") == [
        ("626", "Free Mobile"), ("512", "Free Mobile")]
    assert _tiers_count(window.session) == before
    # Blank for the next entry, with no list left open under it (a squashed one stayed).
    assert dialog.ui.tiers_combo.currentText() == ""
    assert not dialog.ui.tiers_combo.completer().popup().isVisible()


@sqlite_only
def test_case_and_accents_aside(qtbot, engine, window):
    dialog = _form(window, "recette", "500", "Subvention animation", "741")
    with new_tiers_dialogs() as seen:
        QTest.keyClicks(dialog.ui.tiers_combo, "DEPARTEMENT d'ille")
        QTest.keyClick(dialog.ui.tiers_combo, Qt.Key.Key_Return)
    assert seen == []
    assert "enregistrée" in dialog.ui.error_label.text(), dialog.error_text()
    assert {t for _a, t in _line_tiers(window.session, "Subvention animation")} == {
        "Département d'Ille-et-Vilaine"}


@sqlite_only
def test_the_start_of_several_names_shows_their_list(qtbot, engine, window):
    before = _tiers_count(window.session)
    dialog = _form(window, "depense", "12,00", "Vis et chevilles", "6063")
    combo = dialog.ui.tiers_combo
    with new_tiers_dialogs() as seen:
        QTest.keyClicks(combo, "b")
        QTest.keyClick(combo, Qt.Key.Key_Return)
        popup = combo.completer().popup()
        qtbot.waitUntil(popup.isVisible, timeout=2000)
    assert seen == []
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    # then those holding a « b »
    assert shown[:3] == ["Bati-Ouest SARL", "Bricomarché", "Bureau Vallée"]
    assert dialog.error_text() == (
        "plusieurs tiers commencent par « b » : choisissez le vôtre dans la liste")
    assert _line_tiers(window.session, "Vis et chevilles") == []
    # The treasurer picks Bricomarché in the list (second, after the demo's company), then saves.
    popup.setCurrentIndex(popup.model().index(1, 0))
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentText() == "Bricomarché"
    with new_tiers_dialogs() as seen:
        QTest.keyClick(combo, Qt.Key.Key_Return)
    assert seen == []
    assert _line_tiers(window.session, "Vis et chevilles") == [
        ("6063", "Bricomarché"), ("512", "Bricomarché")]
    assert _tiers_count(window.session) == before


@sqlite_only
def test_the_bank_view_picks_the_one_tiers_too(qtbot, engine, window):
    view = window.show_view("banque")
    labels = [view.model.index(r, 1).data() for r in range(view.model.rowCount())]
    view.table.selectRow(labels.index("REMISE CHEQUES 0004512"))
    combo = view.tiers_combo
    combo.setFocus()
    with new_tiers_dialogs() as seen:
        QTest.keyClicks(combo, "marie")
        QTest.keyClick(combo, Qt.Key.Key_Return)
    assert seen == []
    assert combo.currentText() == "Marie Dupont (DUPONT)"
    assert view.selected_ids()


@sqlite_only
def test_the_grid_tiers_column_takes_the_start_of_one_name(qtbot, engine, window):
    before = _tiers_count(window.session)
    dialog = window.show_view("saisie").new_entry("libre")
    table = dialog.ui.lines_table
    dialog.ui.label_edit.setText("Facture electricite")
    for row, (account, debit, credit, tiers) in enumerate((
            ("6061", "80", "", "edf"), ("401", "", "80", "Ed"))):
        table.cellWidget(row, 0).setText(account)
        for col, text in ((2, debit), (3, credit), (4, tiers)):
            table.item(row, col).setText(text)
    with new_tiers_dialogs() as seen:
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert seen == []
    assert dialog.error_text() == ""
    assert _line_tiers(window.session, "Facture electricite") == [
        ("6061", "EDF"), ("401", "EDF")]
    assert _tiers_count(window.session) == before
