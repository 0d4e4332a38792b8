"""The Budget view as a treasurer uses it: typing in the grid, totals and checks, undo, copy."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from assocompta.services.budget_edit import budget_lines
from assocompta.ui.views.budget_view import euros
from assocompta.ui.dialogs.copy_budget_dialog import CopyBudgetDialog, CopyRequest
from assocompta.ui.models.budget_model import AMOUNT, CENTS_ROLE, CODE, LABEL, BudgetModel


def _row(view, code: str, label: str) -> int:
    model = view.model
    return next(r for r in range(model.rowCount())
                if model.index(r, CODE).data() == code and model.index(r, LABEL).data() == label)


def _type_into(qtbot, view, row: int, col: int, text: str) -> None:
    """Select the cell, start typing (any key opens the editor), then Enter."""
    index = view.model.index(row, col)
    view.table.setFocus()
    view.table.setCurrentIndex(index)
    QTest.keyClick(view.table, Qt.Key.Key_F2)
    editor = view.table.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits from the event loop (a queued call), as in the running app.
    qtbot.waitUntil(lambda: view.table.state() == QAbstractItemView.State.NoState,
                    timeout=3000)


def _stored(session, code: str, label: str) -> int:
    return next(r.values.amount.cents for r in budget_lines(session.book, session.year.id)
                if r.values.code == code and r.values.label == label)


def _budget_view(window, year: str = "2025"):
    window.session.set_year(year)
    view = window.show_view("budget")
    return view


def test_typed_amount_updates_totals_checks_and_book_then_undo(qtbot, window):
    view = _budget_view(window)
    assert view.model.rowCount() == 23
    # The CERFA balances an excédent with its « Excédent prévisionnel » line: not an error.
    assert view.result_label.text().startswith(
        "✓ Excédent prévisionnel de 1\u202f830,00\u00a0€ (produits 29\u202f700,00\u00a0€ − "
        "charges 27\u202f870,00\u00a0€)")
    assert "#1b7f3b" in view.result_label.styleSheet()
    assert view.contributions_label.text().startswith("✓")

    row = _row(view, "7561", "Cotisations")
    _type_into(qtbot, view, row, AMOUNT, "3 170")
    assert view.error_label.text() == ""
    assert view.model.index(row, AMOUNT).data() == "3\u202f170,00"
    assert _stored(window.session, "7561", "Cotisations") == 317000
    assert "budget équilibré" in view.result_label.text()
    assert view.totals_label.text().startswith("Total des charges : 2")  # nothing to include
    assert "#1b7f3b" in view.result_label.styleSheet()

    window.undo_action.trigger()
    assert _stored(window.session, "7561", "Cotisations") == 500000
    assert view.model.index(row, AMOUNT).data(CENTS_ROLE) == 500000
    assert "Excédent prévisionnel de 1\u202f830,00" in view.result_label.text()
    window.redo_action.trigger()
    assert _stored(window.session, "7561", "Cotisations") == 317000


def test_contributions_check_turns_red_when_86_differs_from_87(qtbot, window):
    view = _budget_view(window)
    _type_into(qtbot, view, _row(view, "864", "Bénévolat"), AMOUNT, "18 500")
    assert "✗" in view.contributions_label.text() and "≠" in view.contributions_label.text()
    assert "#b00020" in view.contributions_label.styleSheet()


def test_bad_amount_is_named_and_nothing_changes(qtbot, window):
    view = _budget_view(window)
    row = _row(view, "613", "Location salle")
    _type_into(qtbot, view, row, AMOUNT, "12,345")
    assert "montant" in view.error_label.text() and "décimales" in view.error_label.text()
    _type_into(qtbot, view, row, AMOUNT, "-3")
    assert "négatif" in view.error_label.text()
    assert _stored(window.session, "613", "Location salle") == 240000
    assert window.session.undo_stack.count() == 0


def test_account_cell_takes_a_rubric_and_refuses_other_classes(qtbot, window):
    view = _budget_view(window)
    row = _row(view, "613", "Location salle")
    _type_into(qtbot, view, row, CODE, "61")
    assert view.error_label.text() == ""
    row = _row(view, "61", "Location salle")
    assert view.model.index(row, 1).data()  # the rubric's label from the chart
    _type_into(qtbot, view, row, CODE, "512")
    assert "classes 6, 7 ou 8" in view.error_label.text()


def test_action_filter_add_and_delete_line(qtbot, window):
    view = _budget_view(window)
    view.action_filter.setCurrentIndex(view.action_filter.findData("FETE"))
    codes = sorted(view.model.index(r, CODE).data() for r in range(view.model.rowCount()))
    assert codes == ["606", "623", "7088", "741"]
    line_id = view.add_line()
    assert view.model.rowCount() == 5
    added = [r for r in budget_lines(window.session.book, window.session.year.id, "FETE")
             if r.id == line_id]
    assert added and added[0].values.action == "FETE"
    view.table.setCurrentIndex(view.model.index(view.model.row_of(line_id), AMOUNT))
    view.delete_selected()
    assert view.model.rowCount() == 4
    window.undo_action.trigger()
    assert view.model.rowCount() == 5


def test_copy_from_previous_year_plus_ten_percent(qtbot, window, monkeypatch):
    view = _budget_view(window, "2026")
    monkeypatch.setattr(CopyBudgetDialog, "ask",
                        classmethod(lambda cls, parent, sources, target:
                                    CopyRequest("2025", False, Decimal(10))))
    assert view.copy_from_previous()
    assert view.model.rowCount() == 23
    assert _stored(window.session, "613", "Location salle") == 264000
    assert _stored(window.session, "7561", "Cotisations") == 550000
    assert "Excédent prévisionnel de 2\u202f013,00" in view.result_label.text()
    window.undo_action.trigger()
    assert _stored(window.session, "613", "Location salle") == 240000


def test_copy_dialog_refuses_a_bad_percentage(qtbot):
    dialog = CopyBudgetDialog(["2024", "2025"], "2026")
    qtbot.addWidget(dialog)
    dialog.percent.setText("dix")
    dialog._accept()
    assert dialog.request is None and "Variation" in dialog.error.text()
    dialog.percent.setText("-2,5")
    dialog.actuals_radio.setChecked(True)
    dialog._accept()
    assert dialog.request == CopyRequest("2025", True, Decimal("-2.5"))


def test_export_in_cerfa_layout(qtbot, window, tmp_path):
    view = _budget_view(window)
    for ext in view.export_formats:
        path = view.export(tmp_path / f"budget{ext}")
        assert path.exists() and path.stat().st_size > 0


def test_budget_model_passes_qt_model_tester(qtmodeltester, session):
    model = BudgetModel(session)
    model.load(session.year.id)
    assert model.rowCount() > 10
    qtmodeltester.check(model)


def test_copy_dialog_variation_label_is_a_shortcut_to_its_field(qtbot):
    from PySide6.QtWidgets import QLabel
    dialog = CopyBudgetDialog(["2024"], "2025")
    qtbot.addWidget(dialog)
    label = next(w for w in dialog.findChildren(QLabel) if w.text() == "&Variation")
    # With its buddy, Qt draws « Variation » with V underlined and Alt+V reaches the field;
    # without, the « & » was shown as it is.
    assert label.buddy() is dialog.percent


def test_tab_after_the_account_goes_to_the_amount(qtbot, window):
    """A new line typed by keyboard: account, Tab, amount, Entrée. Tab passes over the
    read-only « Poste du plan » (and the label), so the amount lands in Montant."""
    view = _budget_view(window)
    window.show()
    qtbot.waitExposed(window)
    line_id = view.add_line()  # opens the account cell for typing
    editor = view.table.focusWidget()
    assert editor is not None and editor.accessibleName() == "Compte"
    QTest.keyClicks(editor, "6063")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: view.table.currentIndex().column() != CODE, timeout=3000)
    assert view.table.currentIndex().column() == AMOUNT
    QTest.keyClicks(view.table.focusWidget(), "150")
    QTest.keyClick(view.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.table.state() == QAbstractItemView.State.NoState,
                    timeout=3000)
    row = view.model.row_of(line_id)
    assert view.model.index(row, CODE).data() == "6063"
    assert view.model.index(row, AMOUNT).data() == "150,00"
    assert view.model.index(row, LABEL).data() == ""
    line = next(r for r in budget_lines(window.session.book, window.session.year.id)
                if r.id == line_id)
    assert (line.values.code, line.values.amount.cents, line.values.label) == ("6063", 15000, "")


def test_budget_view_and_budget_vs_realise_judge_the_budget_alike(qtbot, window):
    """One definition of a budget's checks: the Budget view said « ✘ excédent 1 830 € » with
    a total des charges of 27 870 € while Budget vs réalisé said ✓ with 29 700 €."""
    from tests.ui.test_reports_views import _cents
    view = _budget_view(window)
    suivi = window.show_view("suivi")
    charges = _cents(suivi.model, "TOTAL DES CHARGES", 1)  # Prévision
    produits = _cents(suivi.model, "TOTAL DES PRODUITS", 1)
    assert charges == produits == 2_970_000
    totals = view.totals_label.text()
    # The excédent line is part of the CERFA's total des charges: the label says so (review
    # of issue 13: « Total des charges 1 699,50 € » on a budget of 356,55 € of charges).
    assert totals.startswith(f"Total des charges (excédent prévisionnel compris) : "
                             f"{euros(charges)}   ·   Total des produits : {euros(produits)}"), \
        totals
    prevision = [t for t in suivi.checks.texts() if t.startswith(("✓ Prévision", "✗ Prévision"))]
    assert len(prevision) == 3 and suivi.checks.ok
    # The same verdicts, on the same amounts: excédent, then contributions volontaires.
    assert prevision[1].startswith("✓ Prévision : excédent prévisionnel de 1 830,00 €")
    assert view.result_label.text().startswith("✓ Excédent prévisionnel de 1\u202f830,00")
    assert "emplois 20 400,00 € = ressources 20 400,00 €" in prevision[2]
    assert view.contributions_label.text().startswith("✓ Contributions volontaires")
    assert "20\u202f400,00\u00a0€ = ressources (87) 20\u202f400,00" in \
        view.contributions_label.text()


def test_escape_on_a_line_just_added_takes_it_back(qtbot, window):
    """Review of issue 13: « Ajouter une ligne » then Échap left « 60 Achats 0,00 » in the
    budget. Échap now takes the new line back; a line typed in stays."""
    view = _budget_view(window)
    window.show()
    qtbot.waitExposed(window)
    before = len(budget_lines(window.session.book, window.session.year.id))
    line_id = view.add_line()
    assert view.model.row_of(line_id) is not None
    QTest.keyClick(view.table.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.table.state() == QAbstractItemView.State.NoState,
                    timeout=3000)
    assert view.model.row_of(line_id) is None
    assert len(budget_lines(window.session.book, window.session.year.id)) == before
    assert not window.session.undo_stack.canRedo() or \
        window.session.undo_stack.redoText().startswith("budget : ajout")

    view.add_line()
    QTest.keyClicks(view.table.focusWidget(), "6063")
    QTest.keyClick(view.table.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: view.table.currentIndex().column() == AMOUNT, timeout=3000)
    QTest.keyClick(view.table.focusWidget(), Qt.Key.Key_Escape)  # Échap in the amount
    qtbot.waitUntil(lambda: view.table.state() == QAbstractItemView.State.NoState,
                    timeout=3000)
    assert len(budget_lines(window.session.book, window.session.year.id)) == before + 1


def test_copying_a_year_without_budget_says_to_copy_its_realise(qtbot, window,
                                                                 no_modal_boxes):
    """Review of issue 13: a new association's budget N+1 copied from N « son budget » said
    only « rien à copier : l'exercice 2026 n'a pas de budget »."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton
    from assocompta.services.setup import add_year
    import datetime as dt
    labels = [window.year_combo.itemData(i) for i in range(window.year_combo.count())]
    last = max(labels)
    add_year(window.session.book, dt.date(int(last) + 1, 1, 1), None)
    add_year(window.session.book, dt.date(int(last) + 2, 1, 1), None)
    window.session.notify()
    view = _budget_view(window, str(int(last) + 2))

    def copy():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CopyBudgetDialog):
            QTimer.singleShot(50, copy)
            return
        dialog.source.setCurrentIndex(dialog.source.findText(str(int(last) + 1)))
        assert dialog.budget_radio.isChecked()
        button = next(b for b in dialog.findChildren(QPushButton) if "Copier" in b.text())
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, copy)
    assert not view.copy_from_previous()
    assert any(f"l'exercice {int(last) + 1} n'a pas de budget ; copiez plutôt son réalisé"
               in text for text in no_modal_boxes), no_modal_boxes
