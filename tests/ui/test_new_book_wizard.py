"""Nouvelle association: the wizard asks for the opening balances and books them (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard

from assocompta.storage.db import Book
from assocompta.ui.dialogs.new_book_dialog import NewBookDialog


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def _click(wizard: QWizard, which: QWizard.WizardButton) -> None:
    QTest.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _type(edit, text: str) -> None:
    edit.selectAll()
    QTest.keyClicks(edit, text)


def _identity(wizard: NewBookDialog, name: str = "Club de lecture") -> None:
    _type(wizard.ui.name_edit, name)
    _type(wizard.ui.start_edit, "01/01/2025")
    _click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.balances_page


def _treasury(wizard: NewBookDialog, bank: str, cash: str) -> None:
    page = wizard.balances_page
    QTest.mouseClick(page.exists_radio, Qt.MouseButton.LeftButton)
    assert page.exists_radio.isChecked()
    _type(page.rows[0].name_edit, "Banque Populaire - compte courant")
    _type(page.rows[0].amount_edit, bank)
    _type(page.cash_edit, cash)


def test_a_new_association_opens_with_its_bank_and_cash(qtbot, qapp, tmp_path):
    """Welcome › Nouvelle association…: bank 2 345,67 and caisse 120,00 typed in the wizard
    make one balanced opening entry; the window shows the bank balance."""
    from assocompta.ui.app import Controller
    from assocompta.ui.settings import Settings
    controller = Controller(qapp, Settings())
    seen = {}

    def drive():
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, NewBookDialog)
        _identity(wizard)
        _treasury(wizard, "2 345,67", "120,00")
        assert wizard.balances_page.counterpart.isVisible()
        assert wizard.balances_page.rows[0].code_label.text() == "5121"
        _click(wizard, QWizard.WizardButton.NextButton)
        assert wizard.currentPage() is wizard.summary_page
        table = wizard.summary_page.table
        seen["rows"] = [tuple(_plain(table.item(r, c).text()) for c in range(3))
                        for r in range(table.rowCount())]
        seen["text"] = _plain(wizard.summary_page.text.text())
        _click(wizard, QWizard.WizardButton.FinishButton)

    QTimer.singleShot(0, drive)
    controller.new_book()
    assert seen["rows"] == [("5121 Banque Populaire - compte courant", "2 345,67", ""),
                            ("530 Caisse", "120,00", ""),
                            ("1021 Première situation nette établie", "", "2 465,67")]
    assert "journal AN" in seen["text"] and "01/01/2025" in seen["text"]
    assert "Pièce : « Relevés et caisse au 31/12/2024 », datée du 31/12/2024" in seen["text"]
    path = tmp_path / "Club de lecture.assocompta"  # named after the association
    window = controller.windows[-1]
    window.session.start_writer()
    window.session.wait_ready()
    assert _plain(window.bank_label.text()) == "Banque : 2 345,67 €"
    journal = window.show_view("saisie")
    qtbot.waitUntil(lambda: journal.model.rowCount() == 3, timeout=10_000)
    model = journal.model
    shown = [[model.index(r, model.column(k)).data() for k in ("number", "journal", "label",
                                                                "account")]
             for r in range(3)]
    assert shown == [["1", "AN", "Soldes d'ouverture", code] for code in
                     ("5121 Banque Populaire - compte courant", "530 Caisse",
                      "1021 Première situation nette établie")]
    ledger = window.show_view("grand-livre")
    qtbot.waitUntil(lambda: "ligne" in ledger.summary.text(), timeout=10_000)
    assert _plain(ledger.summary.text()) == "1 ligne · solde débiteur 2 345,67 €"
    window.close()
    with Book.open(path, readonly=True) as book, book.session() as s:
        rows = book.raw_connection(s).execute(
            "SELECT e.number, e.date, j.code, sum(l.debit), sum(l.credit) "
            "FROM entry e JOIN journal j ON j.id = e.journal_id "
            "JOIN entry_line l ON l.entry_id = e.id GROUP BY e.id").fetchall()
        assert rows == [(1, "2025-01-01", "AN", 246567, 246567)]


def test_an_unbalanced_bilan_is_refused_sending_back_to_the_bilan(qtbot, tmp_path):
    """The refusal names the gap and sends back to the approved bilan (or to the opening
    without one), never to a line to plug; the fonds propres go to the account chosen
    (1022, not the grouping 102); the piece is the bilan, dated the day before."""
    wizard = NewBookDialog(None, tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    _identity(wizard)
    _treasury(wizard, "2 345,67", "120,00")
    QTest.mouseClick(wizard.balances_page.bilan_check, Qt.MouseButton.LeftButton)
    _click(wizard, QWizard.WizardButton.NextButton)
    page = wizard.bilan_page
    assert wizard.currentPage() is page
    combo = page.combos["fonds_propres"]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "1021 Fonds propres – première situation nette",
        "1022 Fonds propres – fonds statutaires",
        "1024 Autres fonds propres sans droit de reprise",
        "1032 Fonds propres avec droit de reprise – statutaires",
        "1034 Autres fonds propres avec droit de reprise"]
    assert page.labels["subventions_a_recevoir"].text() == "Subventions à recevoir (441)"
    combo.setCurrentIndex(1)
    _type(page.edits["fonds_propres"], "2 000")
    _type(page.edits["fournisseurs"], "300,00")
    assert _plain(page.totals_label.text()) == ("Total de l'actif : 2 465,67 € · Total du "
                                                "passif : 2 300,00 € · Écart : 165,67 €")
    _click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is page
    error = _plain(page.error_label.text())
    assert "il manque 165,67 € au passif" in error
    assert ("Un bilan approuvé est équilibré : comparez chaque montant saisi avec le bilan"
            in error)
    assert "Sans bilan fiable, ouvrez sans bilan" in error and "Report à nouveau" not in error
    _type(page.edits["resultat"], "165,67")  # the line forgotten, as the bilan shows it
    _click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.summary_page
    table = wizard.summary_page.table
    accounts = [table.item(r, 0).text().split()[0] for r in range(table.rowCount())]
    assert accounts == ["5121", "530", "1022", "120", "401"]
    assert "Pièce : « Bilan au 31/12/2024 », datée du 31/12/2024" in (
        wizard.summary_page.text.text())
    _click(wizard, QWizard.WizardButton.FinishButton)
    assert wizard.created == tmp_path / "Club de lecture.assocompta"
    with Book.open(wizard.created, readonly=True) as book:
        assert book.scalar("SELECT count(*) FROM entry") == 1
        assert book.scalar("SELECT piece_ref || ' ' || piece_date FROM entry") == (
            "Bilan au 31/12/2024 2024-12-31")
        assert book.scalar("SELECT sum(credit) FROM entry_line l JOIN account a "
                           "ON a.id = l.account_id WHERE a.code = '1022'") == 200000


def test_the_bilan_page_takes_467_both_ways_and_another_account(qtbot, tmp_path):
    """Autres créances and autres dettes: two lines on 467, never netted; « Autre compte »
    takes a leaf account no line names and refuses a grouping one."""
    wizard = NewBookDialog(None, tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    _identity(wizard)
    _treasury(wizard, "1 000", "")
    QTest.mouseClick(wizard.balances_page.bilan_check, Qt.MouseButton.LeftButton)
    _click(wizard, QWizard.WizardButton.NextButton)
    page = wizard.bilan_page
    for key, amount in (("fonds_propres", "900"), ("autres_creances", "200"),
                        ("autres_dettes", "120"), ("depots", "50"), ("stocks", "30"),
                        ("subventions_invest", "100"), ("provisions", "40")):
        _type(page.edits[key], amount)
    other = page.other_rows["passif"]
    _type(other.code_edit, "103")
    _type(other.amount_edit, "120")
    _click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is page
    assert _plain(page.error_label.text()) == (
        "Compte 103 : compte de regroupement ; choisissez l'un de ses sous-comptes "
        "(1032, 1034).")
    _type(other.code_edit, "165")
    _click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.summary_page
    table = wizard.summary_page.table
    seen = [tuple(_plain(table.item(r, c).text()) for c in range(3))
            for r in range(table.rowCount())]
    assert seen == [
        ("5121 Banque Populaire - compte courant", "1 000,00", ""),
        ("275 Dépôts et cautionnements versés", "50,00", ""),
        ("37 Stocks de marchandises", "30,00", ""),
        ("467 Divers comptes débiteurs et produits à recevoir", "200,00", ""),
        ("1021 Première situation nette établie", "", "900,00"),
        ("131 Subventions d'investissement octroyées", "", "100,00"),
        ("151 Provisions pour risques", "", "40,00"),
        ("467 Divers comptes débiteurs et produits à recevoir", "", "120,00"),
        ("165 Dépôts et cautionnements reçus", "", "120,00")]


def test_without_a_bilan_first_day_debts_and_receivables_make_1021(qtbot, tmp_path):
    """Treasury only stays the default; « dettes ou créances au premier jour » opens four
    fields, and 1021 is what is held less what is owed."""
    wizard = NewBookDialog(None, tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    _identity(wizard)
    _treasury(wizard, "1 000", "50")
    page = wizard.balances_page
    assert not page.debts_check.isChecked() and not page.debts_box.isVisible()
    QTest.mouseClick(page.debts_check, Qt.MouseButton.LeftButton)
    assert page.debts_box.isVisible()
    assert [page.debt_labels[k].text() for k in page.debt_labels] == [
        "Subventions à recevoir (441)", "Autres créances (467)",
        "Dettes envers les fournisseurs (401)", "Autres dettes (467)"]
    assert "plus les créances, moins les dettes" in page.counterpart.text()
    _type(page.debt_edits["subventions_a_recevoir"], "400")
    _type(page.debt_edits["fournisseurs"], "300")
    _type(page.debt_edits["autres_dettes"], "30")
    _click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.summary_page
    table = wizard.summary_page.table
    seen = [tuple(_plain(table.item(r, c).text()) for c in range(3))
            for r in range(table.rowCount())]
    assert seen == [
        ("5121 Banque Populaire - compte courant", "1 000,00", ""),
        ("530 Caisse", "50,00", ""),
        ("441 État - Subventions et aides à recevoir", "400,00", ""),
        ("401 Fournisseurs", "", "300,00"),
        ("467 Divers comptes débiteurs et produits à recevoir", "", "30,00"),
        ("1021 Première situation nette établie", "", "1 120,00")]
    assert ("Pièce : « Relevés, caisse, créances et dettes au 31/12/2024 »"
            in wizard.summary_page.text.text())
    _click(wizard, QWizard.WizardButton.FinishButton)
    with Book.open(wizard.created, readonly=True) as book:
        assert book.scalar("SELECT sum(credit) FROM entry_line l JOIN account a "
                           "ON a.id = l.account_id WHERE a.code = '1021'") == 112000


def test_a_bad_amount_names_its_field(qtbot, tmp_path):
    wizard = NewBookDialog(None, tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    _identity(wizard)
    _treasury(wizard, "2 345,678", "120")
    _click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.balances_page
    assert _plain(wizard.balances_page.error_label.text()) == (
        "Champ solde du compte bancaire 1 : montant « 2 345,678 » : plus de 2 décimales ; "
        "arrondissez au centime.")


def test_cancel_leaves_no_file(qtbot, tmp_path):
    wizard = NewBookDialog(None, tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    _identity(wizard)
    _treasury(wizard, "2 345,67", "120,00")
    _click(wizard, QWizard.WizardButton.NextButton)
    _click(wizard, QWizard.WizardButton.CancelButton)
    assert wizard.created is None and not wizard.isVisible()
    assert list(tmp_path.iterdir()) == []


def test_a_new_association_without_balances_books_nothing(qtbot, tmp_path):
    wizard = NewBookDialog(None, tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    _identity(wizard)
    _click(wizard, QWizard.WizardButton.NextButton)
    assert "part de zéro" in wizard.summary_page.text.text()
    _click(wizard, QWizard.WizardButton.FinishButton)
    with Book.open(wizard.created, readonly=True) as book:
        assert book.scalar("SELECT count(*) FROM entry") == 0
        assert book.scalar("SELECT name FROM association") == "Club de lecture"


def test_exercices_offers_the_opening_balances_to_a_book_made_without(qtbot, tmp_path):
    """A book created without balances: Exercices › « Saisir les soldes d'ouverture… »
    books them as entry n°1 (the others move up), then no longer offers it."""
    import datetime as dt

    from assocompta.domain.entries import Simple, depense
    from assocompta.domain.money import Money
    from assocompta.services.ledger import post_entry
    from assocompta.services.setup import Identity, create_book
    from assocompta.ui.main_window import MainWindow
    from assocompta.ui.session import BookSession
    from assocompta.ui.settings import Settings
    path = tmp_path / "club.assocompta"
    book, _ = create_book(path, Identity("Club"), dt.date(2025, 1, 1))
    post_entry(book, depense(Simple(dt.date(2025, 2, 3), Money(4500), "Timbres"),
                             account="626", paid_from="512"))
    book.close()
    session = BookSession(path)
    with qtbot.waitSignal(session.writable_changed, timeout=30_000):
        session.open()
    window = MainWindow(session, Settings(), {})
    qtbot.addWidget(window)
    window.show()
    years = window.show_view("exercices")
    years.table.selectRow(0)
    button = years.opening_button
    assert button.isEnabled() and button.text() == "Saisir les soldes d'&ouverture…"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    wizard = next(w for w in QApplication.topLevelWidgets()
                  if w.isVisible() and w.windowTitle() == "Soldes d'ouverture de l'exercice 2025")
    page = wizard.balances_page
    assert [r.code_label.text() for r in page.rows] == ["512"]
    _type(page.rows[0].amount_edit, "1 000")
    _type(page.cash_edit, "35,50")
    _click(wizard, QWizard.WizardButton.NextButton)
    _click(wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible()
    with session.book.session() as s:
        rows = session.book.raw_connection(s).execute(
            "SELECT e.number, j.code, e.label FROM entry e JOIN journal j "
            "ON j.id = e.journal_id ORDER BY e.number").fetchall()
    assert rows == [(1, "AN", "Soldes d'ouverture"), (2, "BQ", "Timbres")]
    assert _plain(window.bank_label.text()) == "Banque : 955,00 €"
    years.table.selectRow(0)
    assert not button.isEnabled()
    assert "déjà une écriture d'à-nouveaux (n°1)" in button.toolTip()
    for view in window.views.values():
        view.close_view()
    session.close()


def test_the_file_is_named_after_the_association_until_the_user_names_it(qtbot, tmp_path):
    """Review of issue 13: every new book was « association.assocompta » (and « association »
    in the welcome screen's « Livres récents ») whatever the association's name."""
    wizard = NewBookDialog(None, tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    ui = wizard.ui
    assert ui.path_edit.text() == str(tmp_path / "association.assocompta")
    QTest.keyClicks(ui.name_edit, "Les Amis du Jardin / Kerfeunteun")
    assert ui.path_edit.text() == str(tmp_path / "Les Amis du Jardin - Kerfeunteun.assocompta")
    _type(ui.path_edit, str(tmp_path / "jardin.assocompta"))  # the user's own choice stays
    QTest.keyClicks(ui.name_edit, " 29")
    assert ui.path_edit.text() == str(tmp_path / "jardin.assocompta")
