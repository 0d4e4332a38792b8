"""The Tableau de bord's « 57 dépenses sans justificatif » and the journal it opens agree:
the journal counts its lines and the entries they make, « 69 lignes · 57 écritures » (the
demo's note de frais of 05/12/2025 among them: its justificatifs are kept on paper)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt

from tests.helpers import draft, sqlite_only


@sqlite_only
def test_the_journal_from_the_link_counts_the_same_expenses(qtbot, engine, window):
    board = window.views["tableau-de-bord"]
    board.wait()
    button = board.todo["justificatifs"].button
    assert button.text() == "57 dépenses sans justificatif"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    ledger = window.current_view()
    ledger.model.wait()
    qtbot.waitUntil(lambda: "chargement" not in ledger.count_label.text())
    assert ledger.count_label.text() == "69 lignes · 57 écritures"
    # Without the entry filter, lines alone, as before.
    qtbot.mouseClick(ledger.filters.clear_button, Qt.MouseButton.LeftButton)
    ledger.model.wait()
    qtbot.waitUntil(lambda: "chargement" not in ledger.count_label.text())
    assert re.fullmatch(r"[\d\u202f]+ lignes", ledger.count_label.text())


@sqlite_only
def test_one_expense_on_two_charge_lines_is_one_entry(qtbot, engine, window):
    from assocompta.services.ledger import post_entry
    post_entry(window.session.book, draft(dt.date(2025, 12, 12), ("6064", "30", ""),
                                          ("626", "12", ""), ("512", "", "42"),
                                          label="Papeterie et timbres"))
    window.session.notify()
    ledger = window.show_view("saisie")
    ledger.show_without_piece("6")
    ledger.filters.text.setText("Papeterie et timbres")
    ledger.filters.apply_now()
    ledger.model.wait()
    qtbot.waitUntil(lambda: "chargement" not in ledger.count_label.text())
    assert ledger.count_label.text() == "2 lignes · 1 écriture"
