"""Tableau de bord: the first view of a book; its figures and its links to the work left."""

import datetime as dt

from PySide6.QtCore import Qt

from assocompta.ui.models.ledger_model import ENTRY_ROLE
from tests.helpers import draft


def _dashboard(window):
    view = window.views["tableau-de-bord"]
    view.wait()
    return view


def _click(qtbot, view, key):
    button = view.todo[key].button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_dashboard_opens_first_with_the_bank_balance_of_the_status_bar(window):
    view = _dashboard(window)
    assert window.current_view() is view
    assert window.nav.currentItem().text() == "Tableau de bord"
    # With the 1 500 € of mécénat received by transfer on 15/12/2025.
    assert view.bank_value.text() == "9\u202f497,53\u00a0€"
    assert window.bank_label.text() == f"Banque : {view.bank_value.text()}"
    assert view.cards["caisse"][0].text() == "1\u202f275,87\u00a0€"
    result = window.result_label.text().rsplit(" : ", 1)[1]
    assert view.cards["resultat"][0].text() == f"Excédent {result}"
    assert view.heading.text() == "Exercice 2025"
    assert len(view.months_chart.months) == 12 and view.treasury_chart.points


def test_lines_to_categorise_lead_to_the_bank_view(qtbot, window):
    view = _dashboard(window)
    assert view.todo["banque"].button.text() == "5 lignes de relevé à catégoriser"
    _click(qtbot, view, "banque")
    bank = window.current_view()
    assert bank is window.views["banque"]
    assert bank.account == "512"
    assert bank.count_label.text().startswith("5 lignes à catégoriser")


def test_each_thing_to_do_opens_where_it_is_done(qtbot, window):
    view = _dashboard(window)
    todo = {key: item.button.text() for key, item in view.todo.items() if item.to_do}
    # December's 18 bank lines and the mécénat, after the last statement, wait for the bank
    # (dated 31/12/2024).
    assert todo["rapprochement"] == "243 opérations bancaires à rapprocher"
    assert view.todo["rapprochement"].note.text() == (
        "Compte 512 rapproché jusqu'au 31/12/2024\n19 opérations en attente à la banque")
    # The three donors, the company (mécénat) and the volunteer (abandon de frais); the note
    # de frais, its justificatifs kept on paper, has no file attached.
    assert todo["recus"] == "5 reçus fiscaux à émettre"
    assert todo["justificatifs"] == "57 dépenses sans justificatif"
    _click(qtbot, view, "rapprochement")
    assert window.current_view() is window.views["rapprochement"]
    assert window.current_view().account == "512"
    window.show_view("tableau-de-bord")
    _click(qtbot, view, "recus")
    assert window.current_view() is window.views["recus"]


def test_expenses_without_a_piece_open_the_journal_filtered_on_them(qtbot, window):
    view = _dashboard(window)
    _click(qtbot, view, "justificatifs")
    ledger = window.current_view()
    assert ledger is window.views["saisie"]
    assert ledger.filters.without_piece.isChecked() and ledger.filters.without_piece.isVisible()
    assert ledger.filters.account.code() == "6"
    ledger.model.wait()
    qtbot.waitUntil(lambda: not ledger.model.is_loading)
    entries = {ledger.model.index(r, 0).data(ENTRY_ROLE) for r in range(ledger.model.rowCount())}
    assert len(entries) == 57
    qtbot.mouseClick(ledger.filters.clear_button, Qt.MouseButton.LeftButton)
    assert not ledger.filters.without_piece.isChecked()
    assert not ledger.filters.without_piece.isVisible()


def test_a_year_ended_and_open_leads_to_its_closing(qtbot, window):
    if dt.date.today() <= dt.date(2025, 12, 31):
        return  # the demo's 2025 is not over yet on this computer's clock
    from assocompta.ui.dialogs.closing_wizard import ClosingWizard
    view = _dashboard(window)
    assert view.todo["cloture"].button.text() == "Clôturer l'exercice 2025…"
    _click(qtbot, view, "cloture")
    assert window.current_view() is window.views["exercices"]
    wizards = [w for w in window.findChildren(ClosingWizard) if w.isVisible()]
    assert [w.windowTitle() for w in wizards] and wizards[0].label == "2025"
    for wizard in wizards:
        wizard.close()


def test_the_dashboard_follows_the_book_and_the_year(qtbot, window):
    from assocompta.services.ledger import post_entry
    view = _dashboard(window)
    post_entry(window.session.book, draft(dt.date(2025, 12, 30), ("626", "100", ""),
                                          ("512", "", "100"), label="Box internet"))
    window.session.notify()
    view.wait()
    assert view.bank_value.text() == "9\u202f397,53\u00a0€"
    assert window.bank_label.text() == f"Banque : {view.bank_value.text()}"
    window.year_combo.setCurrentIndex(window.year_combo.findData("2024"))
    view.wait()
    assert view.heading.text() == "Exercice 2024"
    assert view.period.text() == "du 01/01/2024 au 31/12/2024 · clos"
    assert view.todo["justificatifs"].button.text() != "56 dépenses sans justificatif"


def test_a_year_without_budget_is_not_said_balanced(qtbot, window):
    """Review of issue 13: a new association's first year read « Excédent 1 595,10 € ·
    budget équilibré » beside « pas de budget pour cet exercice » on Produits and Charges."""
    from assocompta.services.setup import add_year
    view = _dashboard(window)
    assert view.cards["resultat"][1].text().startswith("budget")  # the demo's 2025 has one
    labels = [window.year_combo.itemData(i) for i in range(window.year_combo.count())]
    new = str(int(max(labels)) + 1)
    add_year(window.session.book, dt.date(int(new), 1, 1), None)
    window.session.notify()
    window.session.set_year(new)
    view.wait()
    assert view.heading.text() == f"Exercice {new}"
    assert view.cards["produits"][1].text() == "pas de budget pour cet exercice"
    assert view.cards["resultat"][1].text() == "pas de budget pour cet exercice"


def test_lines_to_categorise_are_the_years_as_its_closing_counts_them(qtbot, window, tmp_path):
    """Review of issue 13: January's statement imported, the 2025 dashboard said « 9 lignes de
    relevé à catégoriser » (and the closed 2024 too) while closing 2025 asked for its 5; the
    dashboard counts the lines up to the end of the year shown, as the closing does."""
    from assocompta.services.bank_import import import_statement
    from assocompta.services.closing import closing_checks
    statement = tmp_path / "janvier.qif"
    statement.write_text("".join(f"!Type:Bank\nD{d:02d}/01/2026\nT-{d},00\nPFRAIS {d}\n^\n"
                                 for d in range(13, 17)).replace("^\n!Type:Bank\n", "^\n"),
                         encoding="utf-8")
    import_statement(window.session.book, "512", statement)
    window.session.notify()
    view = _dashboard(window)
    assert view.todo["banque"].button.text() == "5 lignes de relevé à catégoriser"
    check = next(c for c in closing_checks(window.session.book, "2025")
                 if c.name == "Opérations bancaires catégorisées")
    assert check.explanation.startswith("5 opérations bancaires")
    window.year_combo.setCurrentIndex(window.year_combo.findData("2026"))
    view.wait()
    assert view.todo["banque"].button.text() == "9 lignes de relevé à catégoriser"
    window.year_combo.setCurrentIndex(window.year_combo.findData("2024"))
    view.wait()
    assert not view.todo["banque"].to_do
    assert view.todo["banque"].done_label.text() == "Aucune ligne de relevé à catégoriser"


def test_a_closed_years_payments_not_yet_at_the_bank_are_no_work(qtbot, window):
    """Review of issue 13: the closed 2024 showed « 2 opérations bancaires à rapprocher » in
    orange, a cheque and a payment the bank takes in 2025: they wait for the bank, in grey."""
    view = _dashboard(window)
    window.year_combo.setCurrentIndex(window.year_combo.findData("2024"))
    view.wait()
    item = view.todo["rapprochement"]
    assert not item.to_do
    assert item.done_label.text() == "2 opérations en attente à la banque"
    assert item.mark.text() == "○" and "#d9822b" not in item.mark.styleSheet()
    assert item.note.text() == ("Compte 512 rapproché jusqu'au 31/12/2024\n"
                                "Exercice clos : les relevés de l'exercice suivant les pointeront")
