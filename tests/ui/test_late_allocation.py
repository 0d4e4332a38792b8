"""The AG on 2025 meets after 2026 is closed: the Exercices view still offers the allocation,
the dialog says the entry goes to 2027, and records it once (issue 16)."""

from sqlalchemy import text

from assocompta.services.closing import allocation_proposal, close_year
from assocompta.ui.dialogs.allocation_dialog import AllocationDialog


def _reconciled(book, day: str) -> None:
    with book.transaction() as s:
        s.execute(text("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                       "closing_balance, finished_at) VALUES ('512', :d, 0, 0, :d)"),
                  {"d": day})
        s.execute(text("UPDATE bank_line SET ignored = 1 WHERE entry_id IS NULL"))


def test_a_result_left_over_two_closings_is_allocated_from_the_exercices_view(qtbot, window):
    book = window.session.book
    for year in ("2025", "2026"):  # the demo's 2024 is closed and allocated already
        _reconciled(book, f"{year}-12-31")
        close_year(book, year)
    window.session.notify()
    result = allocation_proposal(book, "2025").result
    assert result

    view = window.show_view("exercices")
    view.table.selectRow(view.model.row_of("2025"))
    assert view.allocate_button.isEnabled()
    view.allocate_button.click()
    dialog = view.findChild(AllocationDialog)
    qtbot.waitExposed(dialog)
    assert dialog.where.text() == ("L'écriture d'affectation sera passée dans l'exercice 2027 "
                                   "(journal OD).")
    assert dialog.ok_button.isEnabled() and dialog.error.isHidden()
    dialog.date_edit.setText("20/06/2027")
    dialog.ok_button.click()
    assert dialog.posted is not None and dialog.posted.year == "2027"
    assert window.statusBar().currentMessage().endswith("de l'exercice 2027")
    moved = book.scalar(  # to report à nouveau: 110 (crédit) or 119 (débit)
        "SELECT SUM(l.credit) - SUM(l.debit) FROM entry_line l JOIN account a "
        "ON a.id = l.account_id JOIN entry e ON e.id = l.entry_id "
        "WHERE a.code IN ('110', '119') AND e.date = '2027-06-20'")
    assert moved == result.cents
    view.table.selectRow(view.model.row_of("2025"))
    assert not view.allocate_button.isEnabled()  # once only
