"""Exercice › Régularisations de fin d'exercice… and Exercice › Provisions et
dépréciations…, driven through the real window on the demo book: what they book is in the
book, with its kind and reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import text

from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.money import Money
from assocompta.services.ledger import post_entry
from assocompta.ui.dialogs.year_end_dialogs import CutoffDialog, ProvisionsDialog
from tests.helpers import sqlite_only

pytestmark = sqlite_only


def _kinds(window, year):
    with window.session.book.session() as s:
        return s.execute(text(
            "SELECT y.kind, y.reason FROM year_end_entry y JOIN entry e ON e.id = y.entry_id "
            "JOIN fiscal_year f ON f.id = e.year_id WHERE f.label = :y ORDER BY e.number"),
            {"y": year}).all()


def test_cutoff_dialog_books_the_checked_proposals(qtbot, window):
    post_entry(window.session.book, EntryDraft(
        dt.date(2025, 10, 1), "BQ", "Assurance du 01/10/2025 au 30/09/2026", (
            LineDraft("616", debit=Money(120000)), LineDraft("512", credit=Money(120000)))))
    window.session.set_year("2025")
    window.command_actions["year_cutoff"].trigger()
    dialog = window.findChild(CutoffDialog)
    assert dialog is not None and dialog.isVisible()
    labels = [dialog.proposals_list.item(i).text()
              for i in range(dialog.proposals_list.count())]
    mine = next(i for i, t in enumerate(labels) if "Assurance du 01/10/2025" in t)
    assert "897,53" in labels[mine] and "Charge constatée d'avance" in labels[mine]
    assert "273 jours sur 365" in dialog.proposals_list.item(mine).toolTip()
    for i in range(dialog.proposals_list.count()):
        if i != mine:
            dialog.proposals_list.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.book_button.click()
    booked = _kinds(window, "2025")
    assert [k for k, _ in booked] == ["regularisation"]
    assert "Assurance du 01/10/2025" in booked[0][1]
    # Booked, it is no longer proposed.
    assert not any("Assurance du 01/10/2025" in dialog.proposals_list.item(i).text()
                   for i in range(dialog.proposals_list.count()))
    dialog.close()


def test_provisions_dialog_adds_then_takes_back(qtbot, window):
    window.session.set_year("2025")
    window.command_actions["provisions"].trigger()
    dialog = window.findChild(ProvisionsDialog)
    assert dialog is not None
    dialog.amount_edit.setText("1 500")
    dialog.reason_edit.setText("Litige avec un ancien prestataire")
    dialog.add_button.click()
    assert not dialog.error.isVisible(), dialog.error.text()
    row = next(i for i in range(dialog.open_list.count())
               if "Litige avec un ancien prestataire" in dialog.open_list.item(i).text())
    assert "151" in dialog.open_list.item(row).text()
    dialog.open_list.setCurrentRow(row)
    dialog.back_amount_edit.setText("2 000")
    dialog.back_reason_edit.setText("Trop")
    dialog.back_button.click()
    assert "ne tient que 1 500,00" in dialog.error.text()
    dialog.back_amount_edit.setText("500")
    dialog.back_reason_edit.setText("Accord amiable")
    dialog.back_button.click()
    assert [k for k, _ in _kinds(window, "2025")] == ["provision", "reprise_provision"]
    shown = dialog.open_list.item(row).text().replace("\u202f", " ").replace("\xa0", " ")
    assert "1 000,00 €" in shown
    dialog.close()
