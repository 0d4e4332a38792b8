"""The bank, reconciliation, closing, donation receipts and attachments screens in English,
with this checkout's catalogue (resources/i18n/assocompta_en.qm): their titles and buttons in
English, and no text left that the catalogue translates from French."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTreeView,
    QWidget,
    QWizard,
)
from sqlalchemy import text

from tests.helpers import sqlite_only

# The catalogue, not the storage: these screens are checked once, on the book file.
pytestmark = sqlite_only

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def _translated_sources() -> set[str]:
    """French texts the catalogue gives another English text for (so seen in English mode,
    they are leftovers)."""
    root = ET.parse(I18N / "assocompta_en.ts").getroot()
    return {m.findtext("source") for m in root.iter("message")
            if (m.findtext("translation") or "") not in ("", m.findtext("source"))}


FRENCH = _translated_sources()


@pytest.fixture
def window_en(english, window):
    """The main window on the demo book, built once the English catalogue is installed."""
    return window


def _texts(widget: QWidget) -> set[str]:
    """What the treasurer reads on ``widget`` and its children: titles, labels, buttons,
    headings, tooltips, placeholders and combo items."""
    found = {widget.windowTitle()}
    for w in [widget, *widget.findChildren(QWidget)]:
        found |= {w.toolTip(), w.accessibleName()}
        if isinstance(w, QAbstractButton | QLabel):
            found.add(w.text())
        if isinstance(w, QGroupBox):
            found.add(w.title())
        if isinstance(w, QLineEdit):
            found.add(w.placeholderText())
        if isinstance(w, QComboBox):
            found |= {w.itemText(i) for i in range(w.count())}
        if isinstance(w, QTableView | QTreeView) and w.model() is not None:
            model = w.model()
            found |= {str(model.headerData(c, Qt.Orientation.Horizontal))
                      for c in range(model.columnCount())}
    return {t for t in found if t}


def _leftovers(widget: QWidget, data: set[str] = frozenset()) -> list[str]:
    """French texts on ``widget`` the catalogue translates (``data``: the book's or a file's
    own words, which stay as they are)."""
    return sorted(t for t in _texts(widget) - data if t in FRENCH)


def test_navigation_and_year_marker_in_english(window_en):
    titles = [window_en.nav.item(r).text() for r in range(window_en.nav.count())]
    assert {"Bank", "Reconciliation", "Donation receipts", "Fiscal years"} <= set(titles)
    assert "2024 (closed)" in [window_en.year_combo.itemText(i)
                               for i in range(window_en.year_combo.count())]
    ledger = window_en.show_view("grand-livre")
    ledger.model.wait()
    assert " lines · debit balance €" in ledger.summary.text()


def test_bank_view_and_its_dialogs_in_english(window_en, qtbot):
    from assocompta.ui.dialogs.import_statement_dialog import ImportStatementDialog
    from assocompta.ui.views.bank_view import RulesDialog
    view = window_en.show_view("banque")
    assert view.import_button.text() == "&Import a statement…"
    # the French source gained the count of lines (« … proposées (N) », issue 13)
    assert view.validate_all_button.text() == "Post &all suggested lines (2)"
    assert "lines to categorise" in view.count_label.text()
    sources = {view.model.index(r, 6).data() for r in range(view.model.rowCount())}
    assert {"history", "rule"} <= sources  # the demo's suggestions, said in English
    assert _leftovers(view) == []
    rules = RulesDialog(window_en.session, view)
    qtbot.addWidget(rules)
    assert rules.windowTitle() == "Categorisation rules"
    assert rules.model.index(0, 2).data() == "Money out only"
    assert _leftovers(rules) == []
    sample = Path(__file__).resolve().parents[1] / "bank" / "data" / "ca_mars_2025.csv"
    dialog = ImportStatementDialog(window_en.session, view.account, sample, view)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Import a statement into account 512"
    assert any(t.startswith("7 transactions read, total ") for t in _texts(dialog))
    assert _leftovers(dialog, data=set(dialog._header())) == []  # the file's column names


def test_reconciliation_view_in_english(window_en):
    view = window_en.show_view("rapprochement")
    assert view.new_button.text() == "New &statement…"
    assert view.through_label.text() == "Reconciled up to 31/12/2024"
    headers = [view.statements_model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(view.statements_model.columnCount())]
    assert headers == ["Statement of", "Opening balance", "Closing balance", "Status"]
    assert view.statements_model.index(0, 3).data().startswith("finished on ")
    assert _leftovers(view) == []


def test_closing_wizard_and_allocation_in_english(window_en, qtbot):
    view = window_en.show_view("exercices")
    assert view.close_button.text() == "&Close the fiscal year…"
    assert view.allocate_button.text() == "Allocate the resul&t…"
    assert _leftovers(view) == []
    allocation = view.allocate("2024")  # the demo records 2024's allocation in June 2025
    assert allocation.windowTitle() == "Allocation of the 2024 result"
    assert allocation.error.text() == "The allocation of the 2024 result is already recorded."
    allocation.close()

    wizard = view.close_year("2025")
    qtbot.waitExposed(wizard)
    assert wizard.windowTitle() == "Closing fiscal year 2025"
    page = wizard.checks_page
    assert page.title() == "Checks before closing fiscal year 2025"
    names = {label.text() for label in page.findChildren(QLabel)}
    assert {"<b>Bank reconciliation 512</b>", "<b>Entries balanced</b>"} <= names
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Cancel"
    assert _leftovers(wizard) == []
    wizard.close()

    with window_en.session.book.transaction() as s:  # 2025 made closable, as the bank work would
        s.execute(text("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                       "closing_balance, finished_at) VALUES ('512', '2025-12-31', 0, 0, "
                       "'2026-01-10')"))
        s.execute(text("UPDATE bank_line SET ignored = 1 WHERE entry_id IS NULL"))
    wizard = view.close_year("2025")
    qtbot.waitExposed(wizard)
    wizard.next()
    # The year-end pages: titles and buttons in English (a step's explanation and reasons
    # stay French, like every service message).
    titles = {}
    while wizard.currentPage() is not wizard.confirm_page:
        page = wizard.currentPage()
        titles[page.key] = page.title()
        assert page.book_button.text() == "&Book the ticked entries"
        assert _leftovers(page, {page.intro.text(), page.state.text(), page.reason.text()}) == []
        wizard.next()
    assert titles == {"immobilisations": "Fixed assets and depreciation",
                      "provisions": "Provisions and impairments",
                      "regularisations": "Adjustments (the year's expenses and income)",
                      "fonds_dedies": "Dedicated funds"}
    confirm = wizard.confirm_page
    assert confirm.title() == "Result and opening entries (à-nouveaux)"
    assert confirm.confirm.text() == "I understand: close fiscal year 2025 for good"
    assert "Surplus of €1,807.38 (account 120)" in confirm.summary.text()
    assert _leftovers(wizard) == []
    wizard.close()


def test_receipts_view_in_english(window_en):
    view = window_en.show_view("recus")
    assert view.issue_button.text() == "&Issue the receipts…"
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(view.model.columnCount())]
    assert headers == ["Donor", "Address", "Gifts", "Total", "Receipt(s)", "Form"]
    assert "5 receipts to issue" in view.summary.text()  # once translated (issue 13: no « (s) »)
    assert _leftovers(view) == []


def test_attachments_dialog_and_ledger_marks_in_english(window_en, qtbot, tmp_path):
    from assocompta.services import attachments
    from assocompta.ui.dialogs.attachments_dialog import AttachmentsDialog
    book = window_en.session.book
    entry_id = book.scalar("SELECT e.id FROM entry e JOIN fiscal_year f ON f.id = e.year_id "
                           "WHERE f.label = '2025' ORDER BY e.number LIMIT 1")
    invoice = tmp_path / "facture.pdf"
    invoice.write_bytes(b"%PDF-1.4\n" + b"x" * 3000)
    attachments.add(book, entry_id, invoice)
    dialog = AttachmentsDialog(window_en.session, entry_id, window_en)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("Attachments — entry no. 1 of ")
    assert dialog.model.index(0, 1).data() == "3 KB"
    assert _leftovers(dialog) == []
    menu = [a.text() for a in window_en.menuBar().actions()[0].menu().actions()]
    assert "Open a &shared database (PostgreSQL)…" in menu
    ledger = window_en.show_view("saisie")
    ledger.model.wait()
    assert ledger.attachments_action.text() == "&Attachments…"
    assert _leftovers(ledger) == []


def test_free_entry_form_in_english(window_en):
    ledger = window_en.show_view("saisie")
    dialog = ledger.new_entry("libre")
    table = dialog.ui.lines_table
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == \
        ["Account", "Description", "Debit", "Credit", "Party", "Action"]
    table.cellWidget(0, 0).setText("6063")
    table.item(0, 2).setText("100")
    table.cellWidget(1, 0).setText("512")
    table.item(1, 3).setText("80")
    assert dialog.ui.difference_label.text() == \
        "Debit €100.00 · Credit €80.00 · difference €20.00"
    table.item(1, 3).setText("100")
    assert dialog.ui.difference_label.text().endswith(" · balanced")
    dialog.ui.date_edit.setText("15/11/2025")
    dialog.ui.label_edit.setText("Ramettes de papier")
    dialog.save()
    assert dialog.error_text() == ""
    assert dialog.ui.error_label.text().endswith(" saved.")
    dialog.close()


def test_help_in_english(window_en, qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from assocompta.ui.app import Controller
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[1:]))
    Controller(qapp, window_en.settings).help()
    title, body = shown[0]
    assert title == "AssoCompta help"
    assert "Every action is saved at once" in body and "enregistrée" not in body


def test_shared_book_dialog_and_menu_in_english(window_en, qtbot):
    from assocompta.ui.dialogs.shared_book_dialog import SharedBookDialog
    dialog = SharedBookDialog(window_en, "postgresql://treasurer@127.0.0.1:9/friends")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Open a shared database (PostgreSQL)"
    dialog._accept()  # nobody listens on port 9
    assert dialog.error.text().startswith("The server does not answer or refuses")
    assert _leftovers(dialog) == []
    menu = [a.text() for a in window_en.menuBar().actions()[0].menu().actions()]
    assert "Open a &shared database (PostgreSQL)…" in menu


def test_task_menus_wizard_and_undo_texts_in_english(window_en, qtbot, tmp_path):
    """Strings of module-level helpers and of a row built for its page: lupdate used to file
    them under no context, so they showed in French in the English app."""
    from assocompta.ui.dialogs.new_book_dialog import NewBookDialog
    from assocompta.ui.reconciliation_commands import _text
    bar = [a.text() for a in window_en.menuBar().actions()]
    assert "Fiscal &year" in bar and "&Reports" in bar
    year_menu = next(a.menu() for a in window_en.menuBar().actions() if a.text() == "Fiscal &year")
    items = [a.text() for a in year_menu.actions() if a.text()]
    assert "Chec&k the book" in items
    assert [t for t in items if t in FRENCH] == []
    assert _text(True, 1) == "ticking 1 line" and _text(False, 3) == "unticking 3 lines"
    wizard = NewBookDialog(window_en, tmp_path)
    qtbot.addWidget(wizard)
    row = wizard.balances_page.rows[0]
    assert row.name_edit.placeholderText() == "e.g. Crédit Mutuel – current account"
    assert row.remove_button.text() == "Remove"
    assert row.amount_edit.placeholderText() == "0.00"
    dialog = window_en.show_view("saisie").new_entry("contribution")
    ui = dialog.ui
    assert (ui.hours_edit.placeholderText(), ui.rate_edit.placeholderText(),
            ui.amount_edit.placeholderText()) == ("12.5", "11.88", "1,234.56")
    dialog.close()
    assert _leftovers(wizard.balances_page) == []
