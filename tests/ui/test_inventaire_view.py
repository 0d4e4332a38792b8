"""The livre d'inventaire in the window: its view (last of the navigation list), its menu
item, the double-click that opens an item's account."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.money import Money
from assocompta.ui.commands import PostEntry, perform

from assocompta.services.reports import build
from assocompta.ui.models.report_model import CENTS_ROLE


def test_view_shows_the_sections_and_their_checks(window, qtmodeltester):
    view = window.show_view("inventaire")
    report = build(window.session.book, "inventaire", window.session.year.label)
    assert view.heading.text().startswith("Livre d'inventaire")
    assert not view.detail_check.isVisible()
    qtmodeltester.check(view.model)
    total = view.model.find("Total trésorerie")
    assert total.isValid()
    assert (total.siblingAtColumn(3).data(CENTS_ROLE)
            == report.row("Total trésorerie").values[2].cents > 0)
    assert view.model.headerData(3, Qt.Orientation.Horizontal) == "Valeur nette"
    assert report.ok
    # The demo has only bank and cash: one check, shown as it is.
    assert [c.label for c in report.checks] == ["Trésorerie = bilan"]
    assert view.checks.texts()[0].startswith("✓ Trésorerie : ")
    # An invoice not yet paid: a créance, a second section; all tie, one line says so and
    # its tooltip lists them.
    perform(window.session, PostEntry(window.session, EntryDraft(
        dt.date(2025, 12, 20), "OD", "Facture de prestation", (
            LineDraft("411", Money.parse("120"), Money(0)),
            LineDraft("706", Money(0), Money.parse("120"))))))
    view.refresh()
    assert view.checks.texts() == ["✓ Chaque section concorde avec le bilan (2 sections)"]
    assert "Créances : 120,00 € = bilan 120,00 €" in view.checks.labels[0].toolTip()


def test_double_click_on_an_item_opens_its_account(window):
    view = window.show_view("inventaire")
    bank = view.model.find("Banques")
    view.tree.scrollTo(bank)
    view.tree.doubleClicked.emit(bank)
    grand_livre = window.current_view()
    assert grand_livre is window.views["grand-livre"]
    assert grand_livre.account.code() == "512"
    grand_livre.model.wait()  # its lines load in a thread: done before the window closes
    # a heading has no account: it folds and unfolds
    view = window.show_view("inventaire")
    heading = view.model.find("Trésorerie")
    assert heading.isValid() and view.model.hasChildren(heading)
    view.tree.doubleClicked.emit(heading)
    assert window.current_view() is view


def test_menu_exports_the_inventory(window, monkeypatch, tmp_path, qtbot):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a, **k: (str(tmp_path / "inventaire.xlsx"), "")))
    window.command_actions["report_inventaire"].trigger()
    dialog = window.task_menus.last_task
    qtbot.waitUntil(lambda: not dialog.thread_.is_alive(), timeout=60_000)
    qtbot.wait(50)
    assert load_workbook(tmp_path / "inventaire.xlsx").sheetnames[0] == "Livre d'inventaire"
