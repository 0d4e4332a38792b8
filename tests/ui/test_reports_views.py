"""Compte de résultat, bilan and budget vs réalisé as a treasurer reads them on the demo book."""

from __future__ import annotations

import csv
import datetime as dt
import re

from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt

from assocompta.domain.entries import Simple, depense
from assocompta.domain.money import Money
from assocompta.services.reports import account_lines, build, build_budget_report
from assocompta.ui import locale
from assocompta.ui.commands import PostEntry, perform
from assocompta.ui.dialogs.entry_dialog import EntryDialog
from assocompta.ui.models import report_model
from assocompta.ui.models.report_model import CENTS_ROLE, ENTRY_ROLE, KIND_ROLE, ReportModel
from assocompta.ui.views.report_view import ReportView

TOTAL_CHARGES = "TOTAL DES CHARGES (II + IV + VI + VII + VIII)"
#: The bilan's first TOTAL GENERAL, the actif's (the 2025 model; the passif's has the same label).
TOTAL_ACTIF = "TOTAL GENERAL (I + II + III + IV + V + VI)"


def _row(model: ReportModel, label: str) -> QModelIndex:
    index = model.find(label)
    assert index.isValid(), f"« {label} » is shown"
    return index


def _cents(model: ReportModel, label: str, column: int = 1) -> int:
    return _row(model, label).siblingAtColumn(column).data(CENTS_ROLE)


def _text(model: ReportModel, label: str, column: int = 1) -> str:
    return _row(model, label).siblingAtColumn(column).data()


def _double_click(view: ReportView, index: QModelIndex) -> None:
    view.tree.scrollTo(index)
    view.tree.doubleClicked.emit(index)


def test_resultat_tree_shows_the_report_totals_n_and_n_minus_1(qtbot, window, qtmodeltester):
    view = window.show_view("resultat")
    report = build(window.session.book, "resultat", "2025", detail=True)
    total = report.row(TOTAL_CHARGES)
    assert _cents(view.model, TOTAL_CHARGES, 1) == total.values[0].cents
    assert _cents(view.model, TOTAL_CHARGES, 2) == total.values[1].cents
    assert _text(view.model, TOTAL_CHARGES) == locale.amount(total.values[0].cents)
    assert view.model.headerData(1, Qt.Orientation.Horizontal) == "Exercice 2025"
    assert view.model.headerData(2, Qt.Orientation.Horizontal) == "Exercice 2024"
    # A large expense turns the year into a deficit: shown negative, in red.
    perform(window.session, PostEntry(window.session, depense(
        Simple(dt.date(2025, 12, 30), Money.parse("5 000"), "Travaux de mise aux normes"),
        account="615", paid_from="512")))
    report = build(window.session.book, "resultat", "2025", detail=True)
    expected = report.row("EXCÉDENT OU DÉFICIT").values[0].cents
    assert expected < 0
    result = _row(view.model, "EXCÉDENT OU DÉFICIT").siblingAtColumn(1)
    assert result.data() == locale.amount(expected)
    assert result.data(Qt.ItemDataRole.FontRole).bold()
    assert result.data(Qt.ItemDataRole.ForegroundRole).color() == report_model.NEGATIVE
    assert result.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    # Accounts sit under their line, entries under the account once it is opened.
    account = _row(view.model, "613 Locations")
    assert account.parent().data() == "Autres achats et charges externes"
    qtmodeltester.check(view.model)


def test_checks_line_is_green_on_the_demo(window):
    view = window.show_view("resultat")
    assert view.checks.ok and len(view.checks.labels) == 4
    assert all(text.startswith("✓") for text in view.checks.texts())
    report = build(window.session.book, "resultat", "2025")
    assert view.checks.texts()[0] == report.checks[0].sentence()
    assert view.checks.labels[0].styleSheet().startswith("color: #1b7f3b")
    bilan = window.show_view("bilan")
    assert bilan.checks.ok
    bilan_report = build(window.session.book, "bilan", "2025")
    assert bilan.checks.texts()[0] == bilan_report.checks[0].sentence()
    assert bilan.checks.texts()[0].startswith("✓ Exercice 2025 : total actif")


def test_posting_an_entry_updates_the_shown_total(window):
    view = window.show_view("resultat")
    before = _cents(view.model, TOTAL_CHARGES)
    session = window.session
    perform(session, PostEntry(session, depense(
        Simple(dt.date(2025, 11, 15), Money(12345), "Ramettes de papier"),
        account="6064", paid_from="512")))
    assert _cents(view.model, TOTAL_CHARGES) == before + 12345
    assert _text(view.model, "6064 Fournitures administratives") == "595,08"
    window.session.undo_stack.undo()
    assert _cents(view.model, TOTAL_CHARGES) == before


def test_entries_load_on_expand_bounded_with_a_more_line(window, monkeypatch, qtmodeltester):
    monkeypatch.setattr(report_model, "ENTRY_LIMIT", 2)
    view = window.show_view("resultat")
    account = _row(view.model, "6064 Fournitures administratives")
    assert view.model.rowCount(account) == 0 and view.model.canFetchMore(account)
    view.tree.expand(account)
    qtmodeltester.check(view.model)  # fetching under the tester's eyes
    if view.model.canFetchMore(account):
        view.model.fetchMore(account)
    kinds = [view.model.index(r, 0, account).data(KIND_ROLE)
             for r in range(view.model.rowCount(account))]
    assert kinds == ["entry", "entry", "more"]
    _lines, count, _balance = account_lines(window.session.book, "2025", "6064", 2)
    assert count == 4
    assert view.model.index(2, 0, account).data() == "… 2 autres écritures"
    first = view.model.index(0, 0, account)
    assert first.data().startswith("0") and "n° " in first.data()
    assert first.siblingAtColumn(1).data(CENTS_ROLE) > 0  # a charge's débit reads positive


def test_produit_entries_read_positive_under_a_produit(window):
    view = window.show_view("resultat")
    account = _row(view.model, "7561 Cotisations sans contrepartie")
    view.model.fetchMore(account)
    amounts = [view.model.index(r, 1, account).data(CENTS_ROLE)
               for r in range(view.model.rowCount(account))]
    assert amounts and sum(amounts) == _cents(view.model, "7561 Cotisations sans contrepartie")


def test_double_click_on_an_account_opens_its_grand_livre(window):
    view = window.show_view("resultat")
    _double_click(view, _row(view.model, "613 Locations"))
    grand_livre = window.current_view()
    assert grand_livre is window.views["grand-livre"]
    assert grand_livre.account.code() == "613"
    grand_livre.model.wait()
    accounts = {grand_livre.model.index(r, 5).data().split()[0]
                for r in range(grand_livre.model.rowCount())}
    assert accounts == {"613"}


def test_grand_livre_summary_states_the_accounts_balance(window):
    from assocompta.ui.models.ledger_model import CENTS_ROLE as LINE_CENTS
    grand_livre = window.show_view("grand-livre")
    grand_livre.show_account("613")
    grand_livre.model.wait()
    qt_app = __import__("PySide6.QtWidgets", fromlist=["QApplication"]).QApplication
    qt_app.processEvents()
    model = grand_livre.model
    debit, credit = model.column("debit"), model.column("credit")
    balance = sum((model.index(r, debit).data(LINE_CENTS) or 0)
                  - (model.index(r, credit).data(LINE_CENTS) or 0)
                  for r in range(model.rowCount()))
    assert balance > 0  # rent paid: a debit balance, never the « 0,00 € » it always read
    assert grand_livre.summary.text() == (
        f"{model.rowCount()} lignes · solde débiteur {locale.amount(balance, currency=True)}")


def test_double_click_on_an_entry_opens_it_for_editing(window):
    from PySide6.QtWidgets import QMessageBox
    view = window.show_view("resultat")
    account = _row(view.model, "613 Locations")
    view.model.fetchMore(account)
    # December's rent: a draft (the demo validated 2025 up to November).
    entry = view.model.index(view.model.rowCount(account) - 1, 0, account)
    _double_click(view, entry)
    dialogs = [d for d in view.findChildren(EntryDialog) if d.isVisible()]
    assert dialogs and dialogs[-1].entry_id == entry.data(ENTRY_ROLE)
    dialogs[-1].reject()
    # January's is validated: no form, the refusal with its contre-passation.
    _double_click(view, view.model.index(0, 0, account))
    assert not [d for d in view.findChildren(EntryDialog) if d.isVisible()]
    boxes = [b for b in view.findChildren(QMessageBox, "validated_refusal") if b.isVisible()]
    assert boxes and "est validée depuis le" in boxes[-1].text()
    boxes[-1].reject()


def test_detail_checkbox_hides_and_shows_account_rows(window, qtmodeltester):
    view = window.show_view("bilan")
    assert _row(view.model, "512 Banques").parent().data() == "Disponibilités"
    view.detail_check.setChecked(False)
    assert not view.model.find("512 Banques").isValid()
    total = build(window.session.book, "bilan", "2025").row(TOTAL_ACTIF).values[0].cents
    assert _text(view.model, TOTAL_ACTIF) == locale.amount(total)  # the actif's Brut
    view.detail_check.setChecked(True)
    assert view.model.find("512 Banques").isValid()
    assert view.tree.isExpanded(_row(view.model, "Disponibilités"))
    # Checked last: Qt's tester fetches every account's entries from inside its own
    # modelReset handler, then counts that insertion as nested in the reset.
    qtmodeltester.check(view.model)


def test_export_xlsx_holds_the_totals(window, tmp_path, monkeypatch):
    view = window.show_view("resultat")
    dest = tmp_path / "resultat.xlsx"
    assert view.export(dest) == dest
    cells = {}
    for row in load_workbook(dest, data_only=False).active.iter_rows(values_only=True):
        if row and row[0]:
            cells.setdefault(str(row[0]).strip(), row[1:])
    assert TOTAL_CHARGES in cells and "613 Locations" in cells
    # Ctrl+E / the button goes through the same export, for each format.
    from PySide6.QtWidgets import QFileDialog
    for ext in (".pdf", ".csv"):
        target = tmp_path / f"resultat{ext}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, t=target, **k: (str(t), ""))
        view.export_buttons[ext].click()
        assert target.stat().st_size > 0
    assert "Exporté" in window.statusBar().currentMessage()


def test_export_xlsx_values_equal_the_report(window, tmp_path):
    view = window.show_view("bilan")
    dest = view.export(tmp_path / "bilan.xlsx")
    ws = load_workbook(dest).active
    labels = [str(r[0].value or "").strip() for r in ws.iter_rows(max_col=1)]
    assert TOTAL_ACTIF in labels and "512 Banques" in labels


def test_suivi_table_chart_and_action(window, qtmodeltester):
    view = window.show_view("suivi")
    qtmodeltester.check(view.model)
    report = build_budget_report(window.session.book, "2025", suivi=True)
    assert [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, 5)] == \
        ["Prévision", "Réalisation", "Écart", "%"]
    assert _cents(view.model, "TOTAL DES CHARGES", 2) == \
        report.row("TOTAL DES CHARGES").values[1].cents
    assert _text(view.model, "Ville de Rennes", 4) == \
        report.row("Ville de Rennes").values[3].french()  # per funder
    assert view.checks.ok
    assert not any("prévisionnel" in t for t in view.checks.texts() if "Réalisation" in t)
    assert view.budget_set.label() == "Budget" and view.actual_set.label() == "Réalisé"
    n = len(view.axis_x.categories())
    assert n == view.budget_set.count() == view.actual_set.count() >= 5
    assert view.axis_x.categories()[0].startswith("<b>60</b>")
    charges_real = view.actual_set.at(0)
    whole = _cents(view.model, "TOTAL DES CHARGES", 2)

    view.set_action("FETE")
    assert "action « FETE »" in view.heading.text()
    fete = build_budget_report(window.session.book, "2025", "FETE", suivi=True)
    assert _cents(view.model, "TOTAL DES CHARGES", 2) == \
        fete.row("TOTAL DES CHARGES").values[1].cents < whole
    assert view.budget_set.count() == len(view.axis_x.categories())
    assert view.actual_set.at(0) != charges_real or len(view.axis_x.categories()) != n
    qtmodeltester.check(view.model)


def test_suivi_export_follows_the_action(window, tmp_path):
    view = window.show_view("suivi")
    view.set_action("AIDE")
    assert view.default_export_name() == "Budget vs réalisé 2025 AIDE"
    dest = view.export(tmp_path / "suivi.csv")
    aide = build_budget_report(window.session.book, "2025", "AIDE", suivi=True)
    whole = build_budget_report(window.session.book, "2025", suivi=True)
    rows = {r[0]: r[1:] for r in csv.reader(
        dest.read_text(encoding="utf-8-sig").splitlines(), delimiter=";") if r}
    real = rows["TOTAL DES CHARGES"][1]
    cents = int(re.sub(r"[^0-9-]", "", real))
    assert cents == aide.row("TOTAL DES CHARGES").values[1].cents
    assert cents != whole.row("TOTAL DES CHARGES").values[1].cents
