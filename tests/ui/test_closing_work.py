"""The closing wizard's year-end pages on the demo's 2025: a computer bought in March and an
insurance paid in October. The treasurer books the dotation and the charge constatée
d'avance from the pages, leaves the rest unticked, closes; the dotation is in the year's
compte de résultat and the régularisation is reversed on 1 January 2026."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from assocompta.domain.money import Money
from assocompta.services.assets import asset_from_entry
from assocompta.services.ledger import post_entry
from tests.helpers import draft
from tests.ui.test_closing_wizard import _open_wizard, _prepare_2025


def _year_end_book(book):
    _prepare_2025(book)
    computer = post_entry(book, draft(dt.date(2025, 3, 15), ("2183", "1 200", ""),
                                      ("512", "", "1 200"), journal="BQ",
                                      label="Ordinateur portable"))
    asset_from_entry(book, computer.entry_id, life_months=36)
    post_entry(book, draft(dt.date(2025, 10, 1), ("616", "600", ""), ("512", "", "600"),
                           journal="BQ", label="Assurance multirisque annuelle MAIF"))


def _items(page):
    return [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]


def _only(page, words: str):
    """Tick the proposals whose text has ``words``, untick the others; the ticked ones."""
    kept = []
    for item in _items(page):
        keep = words in item.text(0) + item.toolTip(0)
        item.setCheckState(0, Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
        kept += [item] if keep else []
    return kept


def _balance(book, year, code):
    return book.scalar(
        "SELECT coalesce(sum(l.debit) - sum(l.credit), 0) FROM entry_line l "
        "JOIN account a ON a.id = l.account_id JOIN entry e ON e.id = l.entry_id "
        f"JOIN fiscal_year f ON f.id = e.year_id WHERE f.label = '{year}' AND a.code = '{code}'")


def test_the_year_end_pages_book_what_is_ticked_and_the_closing_reverses_it(qtbot, window,
                                                                           no_modal_boxes):
    book = window.session.book
    _year_end_book(book)
    _view, wizard = _open_wizard(qtbot, window)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert wizard.checks_page.isComplete()
    work = {c.name: c for c in wizard.checks_page.checks}["Travaux d'inventaire"]
    assert not work.ok and not work.blocking and "immobilisations" in work.explanation.lower()
    next_button.click()

    assets = wizard.work_pages["immobilisations"]
    assert wizard.currentPage() is assets
    # 15/03 → 31/12 on 360 days: 16 + 9 × 30 = 286 days of 1 080, of 1 200,00.
    dotation = round(Money(120000).cents * 286 / 1080)
    [item] = _only(assets, "Dotation")
    assert item.text(1).replace("\u202f", " ").replace("\xa0", " ") == "317,78" == \
        f"{dotation // 100},{dotation % 100:02d}"
    assert "6811" in item.child(0).text(0) and "2818" in item.child(1).text(0)
    assets.tree.setCurrentItem(item.child(1))  # why: the entry's reason, under the list
    assert assets.reason.text().startswith("<b>Pourquoi :</b> Amortissement")
    qtbot.mouseClick(assets.book_button, Qt.MouseButton.LeftButton)
    assert _balance(book, "2025", "6811") == dotation
    assert not _only(assets, "Dotation") and assets.step.booked  # booked, not proposed again
    assert "Dotation aux amortissements 2025 (317,78" in assets.state.text().replace(
        "\u202f", " ").replace("\xa0", " ")
    next_button.click()

    assert wizard.currentPage() is wizard.work_pages["provisions"]
    next_button.click()

    cutoff = wizard.work_pages["regularisations"]
    assert wizard.currentPage() is cutoff
    [item] = _only(cutoff, "MAIF")
    # 01/10/2025 → 30/09/2026: 273 days of 365 after the year end, of 600,00.
    prepaid = round(60000 * 273 / 365)
    assert item.text(1).replace("\u202f", " ").replace("\xa0", " ") == \
        f"{prepaid // 100},{prepaid % 100:02d}"
    qtbot.mouseClick(cutoff.book_button, Qt.MouseButton.LeftButton)
    assert _balance(book, "2025", "486") == prepaid
    next_button.click()

    assert wizard.currentPage() is wizard.work_pages["fonds_dedies"]
    next_button.click()  # skipped: nothing booked from this page
    page = wizard.confirm_page
    assert wizard.currentPage() is page
    assert "extourne aussi la régularisation de l'exercice au 01/01/2026" in page.summary.text()
    assert "Charge constatée d'avance : Assurance multirisque annuelle MAIF" in \
        page.summary.text()
    page.confirm.setChecked(True)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.currentPage() is wizard.done_page and not no_modal_boxes

    assert book.scalar("SELECT closed_at FROM fiscal_year WHERE label = '2025'")
    reversal = book.scalar(
        "SELECT e.date FROM entry e JOIN year_end_entry w ON w.entry_id = e.id "
        "WHERE w.kind = 'extourne'")
    assert reversal == "2026-01-01"
    assert _balance(book, "2026", "616") == prepaid  # the next year bears its nine months
    assert _balance(book, "2026", "486") == 0


def test_the_fonds_dedies_page_says_which_actions_are_finished(qtbot, window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from assocompta.ui.dialogs.finished_actions_dialog import FinishedActionsDialog
    book = window.session.book
    _prepare_2025(book)
    _view, wizard = _open_wizard(qtbot, window)
    while wizard.currentPage() is not wizard.work_pages["fonds_dedies"]:
        wizard.next()
    page = wizard.currentPage()
    seen = {}

    def drive():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FinishedActionsDialog)
        rows = {dialog.actions.item(r).data(Qt.ItemDataRole.UserRole): dialog.actions.item(r)
                for r in range(dialog.actions.count())}
        seen["codes"] = sorted(rows)
        rows["FETE"].setCheckState(Qt.CheckState.Checked)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, drive)
    qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    assert seen["codes"] == ["AIDE", "FETE", "REPAR"]
    assert book.scalar("SELECT finished_on FROM action WHERE code = 'FETE'") == "2025-12-31"
    assert book.scalar("SELECT finished_on FROM action WHERE code = 'AIDE'") is None
