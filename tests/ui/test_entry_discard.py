"""Closing an entry form never drops what was typed without asking (issue 13: « Nothing a
user does may cost data »): Échap, « Fermer » and the window's close button ask first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from assocompta.ui.dialogs.entry_dialog import EntryDialog
from tests.helpers import sqlite_only


@pytest.fixture
def asked(monkeypatch):
    """The real question box (the suite's autouse fixture fakes it), answered with the button
    last armed; a timer, so that no box is left waiting even when a test fails."""
    monkeypatch.setattr(QMessageBox, "exec", QDialog.exec)
    seen: list[str] = []
    answer = {"button": "Continuer la saisie"}

    def reply() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        seen.append(f"{box.text()} | {box.informativeText()} | "
                    f"{box.defaultButton().text()}")
        next(b for b in box.buttons() if b.text() == answer["button"]).click()

    def arm(button: str) -> None:
        answer["button"] = button
    timer = QTimer(interval=20)
    timer.timeout.connect(reply)
    timer.start()
    yield seen, arm
    timer.stop()


def _type_expense(dialog: EntryDialog) -> None:
    QTest.keyClicks(dialog.ui.amount_edit, "86,40")
    QTest.keyClicks(dialog.ui.label_edit, "Affiches")


@sqlite_only
def test_escape_on_a_typed_expense_asks_and_keeps_it_on_continue(qtbot, session, asked):
    seen, arm = asked
    dialog = EntryDialog(session, kind="depense")
    qtbot.addWidget(dialog)
    dialog.show()
    _type_expense(dialog)
    arm("Continuer la saisie")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen == ["Abandonner cette saisie ? | Dépense de 86,40\u00a0€ « Affiches » non "
                    "enregistrée. | Continuer la saisie"]
    assert dialog.isVisible()
    assert dialog.ui.label_edit.text() == "Affiches"
    arm("Abandonner")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).click()  # « Fermer »
    assert len(seen) == 2
    assert not dialog.isVisible()


@sqlite_only
@pytest.mark.parametrize("kind, fill, detail", [
    ("recette", lambda ui: QTest.keyClicks(ui.label_edit, "Cotisation"),
     "Recette « Cotisation » non enregistrée."),
    ("virement", lambda ui: QTest.keyClicks(ui.amount_edit, "200"),
     "Virement de 200,00\u00a0€ non enregistré."),
    ("contribution", lambda ui: QTest.keyClicks(ui.hours_edit, "3"),
     "Contribution volontaire non enregistrée."),
    ("libre", lambda ui: (ui.lines_table.setCurrentCell(0, 2),
                          ui.lines_table.item(0, 2).setText("12,00")),
     "Écriture libre de 12,00\u00a0€ non enregistrée."),
])
def test_the_window_close_button_asks_on_every_tab(qtbot, session, asked, kind, fill, detail):
    seen, arm = asked
    dialog = EntryDialog(session, kind=kind)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog.ui)
    arm("Continuer la saisie")
    dialog.close()  # what the window manager's close button does
    assert [s.split(" | ")[1] for s in seen] == [detail]
    assert dialog.isVisible()
    arm("Abandonner")
    dialog.close()
    assert not dialog.isVisible()


@sqlite_only
def test_no_question_when_nothing_typed_or_just_saved(qtbot, session, asked):
    seen, arm = asked
    dialog = EntryDialog(session, kind="depense")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.kind_tabs.setCurrentIndex(4)  # a look at the other tabs types nothing
    dialog.ui.kind_tabs.setCurrentIndex(2)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and seen == []

    dialog = EntryDialog(session, kind="depense")
    qtbot.addWidget(dialog)
    dialog.show()
    _type_expense(dialog)
    QTest.keyClicks(dialog.ui.account_edit, "6064")
    QTest.keyClick(dialog.ui.account_edit, Qt.Key.Key_Return)
    assert "enregistrée" in dialog.ui.error_label.text()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and seen == []


@sqlite_only
def test_a_correction_typed_then_closed_asks(qtbot, window, asked):
    seen, arm = asked
    from assocompta.ui.models.ledger_model import VALID_ROLE
    ledger = window.show_view("saisie")
    ledger.model.wait()
    # The first draft: the à-nouveaux above it are validated, and no form opens on them.
    ledger.table.selectRow(next(r for r in range(ledger.model.rowCount())
                                if ledger.model.index(r, 0).data(VALID_ROLE) is None))
    dialog = ledger.edit_selected()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # opened, looked at, closed: no question
    assert not dialog.isVisible() and seen == []
    dialog = ledger.edit_selected()
    dialog.ui.label_edit.selectAll()
    QTest.keyClicks(dialog.ui.label_edit, "Affiches revues")
    arm("Abandonner")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(seen) == 1 and "« Affiches revues » non enregistrées." in seen[0]
    assert not dialog.isVisible()
