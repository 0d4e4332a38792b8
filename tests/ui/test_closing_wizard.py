"""The guided closing on the demo book: checks with their fixes, confirmation, lock, AGM."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import text

from assocompta.services.closing import allocation_proposal


def _prepare_2025(book):
    """Make the demo's 2025 closable (its 2024 is closed already): 512 reconciled at 31/12,
    no bank line left to categorise."""
    with book.transaction() as s:
        s.execute(text("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                       "closing_balance, finished_at) VALUES ('512', '2025-12-31', 0, 0, "
                       "'2026-01-10')"))
        s.execute(text("UPDATE bank_line SET ignored = 1 WHERE entry_id IS NULL"))


def _open_wizard(qtbot, window, label="2025"):
    view = window.show_view("exercices")
    view.table.selectRow(view.model.row_of(label))
    assert view.close_button.isEnabled()
    view.close_button.click()
    wizard = view.findChild(QWizard)
    qtbot.waitExposed(wizard)
    return view, wizard


def test_failing_checks_explain_and_lead_to_the_fix(qtbot, window, monkeypatch):
    from assocompta.ui.views.ledger_view import LedgerView
    focused = []
    monkeypatch.setattr(LedgerView, "focus_on", lambda self, **where: focused.append(where),
                        raising=False)
    with window.session.book.transaction() as s:  # an à-nouveau already carried into 2026
        s.execute(text("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                       "closing_balance, finished_at) VALUES ('512', '2025-12-31', 0, 0, "
                       "'2026-01-10')"))
    from assocompta.services.ledger import post_entry
    from tests.helpers import draft
    post_entry(window.session.book, draft(dt.date(2026, 1, 1), ("512", "1", ""),
                                          ("110", "", "1"), journal="AN",
                                          label="À-nouveaux de l'exercice 2025"))
    _view, wizard = _open_wizard(qtbot, window)
    page = wizard.checks_page
    failing = {c.name: c for c in page.failing()}
    assert "À-nouveaux" in failing
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.mouseClick(page.fix_buttons["À-nouveaux"], Qt.MouseButton.LeftButton)
    assert window.current_view() is window.views["saisie"]
    assert focused == [{"account": None, "date": dt.date(2026, 1, 1)}]
    assert not wizard.isVisible()


def test_an_unreconciled_bank_account_leads_to_the_rapprochement(qtbot, window):
    _view, wizard = _open_wizard(qtbot, window)
    page = wizard.checks_page
    failing = {c.name: c for c in page.failing()}
    assert "rapprochez le compte 512 au 31/12/2025" in failing["Rapprochement bancaire 512"] \
        .explanation
    qtbot.mouseClick(page.fix_buttons["Rapprochement bancaire 512"], Qt.MouseButton.LeftButton)
    assert window.current_view() is window.views["rapprochement"]


def test_closing_confirmed_locks_the_year_everywhere(qtbot, window, no_modal_boxes):
    session = window.session
    _prepare_2025(session.book)
    from assocompta.ui.commands import PostEntry, perform
    from tests.helpers import draft
    perform(session, PostEntry(session, draft(dt.date(2026, 1, 15), ("626", "15", ""),
                                              ("530", "", "15"), journal="CA")))
    assert session.undo_stack.count() == 1
    view, wizard = _open_wizard(qtbot, window)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert wizard.checks_page.isComplete() and next_button.isEnabled()
    next_button.click()
    # The year-end work, one page per kind, each skippable: Next without booking anything.
    for key, work in wizard.work_pages.items():
        assert wizard.currentPage() is work and work.step.key == key
        assert next_button.isEnabled()
        next_button.click()
    page = wizard.confirm_page
    assert wizard.currentPage() is page
    proposal = allocation_proposal(session.book, "2025")
    assert "Résultat de l'exercice 2025" in page.summary.text()
    assert ("Excédent" if proposal.result.cents > 0 else "Déficit") in page.summary.text()
    accounts = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert any(a.startswith("512 ") for a in accounts)
    assert accounts[-1].startswith("120 " if proposal.result.cents > 0 else "129 ")
    assert "ne peut jamais être rouvert ni modifié" in page.warning.text()
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert "Terminer" in commit.text() and not commit.isEnabled()
    page.confirm.setChecked(True)
    assert commit.isEnabled()
    commit.click()
    assert wizard.currentPage() is wizard.done_page
    assert "écriture n°1 de l'exercice 2026" in wizard.done_page.text.text()
    assert session.book.scalar("SELECT closed_at FROM fiscal_year WHERE label = '2025'")
    # The next year's entries moved up behind the à-nouveaux: nothing earlier can be undone.
    assert session.undo_stack.count() == 0
    assert not no_modal_boxes

    # The closed year is read-only in the ledger; its row says so.
    wizard.close()
    assert view.model.index(view.model.row_of("2025"), 4).data() == "clos"
    view.table.selectRow(view.model.row_of("2025"))
    assert not view.close_button.isEnabled() and view.allocate_button.isEnabled()
    session.set_year("2025")
    ledger = window.show_view("saisie")
    assert not ledger.edit_button.isEnabled() and not ledger.delete_button.isEnabled()
    assert "Exercice clos" in ledger.edit_button.toolTip()
    from assocompta.ui.dialogs.entry_dialog import EntryDialog
    first = session.book.scalar("SELECT min(id) FROM entry WHERE year_id = 2")
    with qtbot.waitSignal(session.message) as said:
        assert EntryDialog.edit(ledger, session, first) is None
    assert said.args[0].startswith("Exercice 2025 clos : cette écriture ne change plus")


def test_allocation_dialog_defaults_to_report_and_records(qtbot, window):
    from assocompta.services.closing import close_year
    from assocompta.ui.dialogs.allocation_dialog import AllocationDialog

    session = window.session
    _prepare_2025(session.book)
    close_year(session.book, "2025")
    result = allocation_proposal(session.book, "2025").result
    dialog = AllocationDialog(session, "2025", window)
    qtbot.addWidget(dialog)
    from assocompta.ui import locale
    assert dialog.report_edit.text() == locale.amount(abs(result.cents))
    assert dialog.reserves_edit.text() == locale.amount(0)
    dialog.reserves_edit.setText("")
    qtbot.keyClicks(dialog.reserves_edit, "100")  # the rest stays in report à nouveau
    assert dialog.report_edit.text() == locale.amount(abs(result.cents) - 10000)
    dialog.date_edit.setText("20/06/2026")
    dialog.ok_button.click()
    assert dialog.posted is not None and dialog.posted.year == "2026"
    assert allocation_proposal(session.book, "2025").recorded
    reserve = session.book.scalar(
        "SELECT SUM(l.credit) - SUM(l.debit) FROM entry_line l JOIN account a "
        "ON a.id = l.account_id JOIN entry e ON e.id = l.entry_id WHERE a.code = '1068' "
        "AND e.date = '2026-06-20'")
    assert reserve == (10000 if result.cents > 0 else -10000)
    again = AllocationDialog(session, "2025", window)
    qtbot.addWidget(again)
    assert not again.ok_button.isEnabled() and "déjà enregistrée" in again.error.text()


def test_the_menu_closes_the_year_before_the_one_shown(qtbot, window):
    """Review of issue 13: in January the app opens on the new year (its first bank lines are
    booked); Exercice › Clôturer l'exercice… opened « Clôture de l'exercice 2026 », whose only
    news was « Clôturez d'abord l'exercice 2025 ». The menu closes the earliest open year."""
    from tests.ui.test_cli_menus import menu_actions
    combo = window.year_combo
    combo.setCurrentIndex(combo.findData("2026"))
    assert window.session.year.label == "2026"
    action = next(a for a, path in menu_actions(window).items()
                  if path == "Exercice › Clôturer l'exercice…")
    action.trigger()
    wizard = next(w for w in window.findChildren(QWizard) if w.isVisible())
    qtbot.waitExposed(wizard)
    assert wizard.windowTitle() == "Clôture de l'exercice 2025"
    wizard.reject()
