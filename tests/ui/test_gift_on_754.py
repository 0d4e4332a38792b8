"""A gift typed on 754 « Ressources liées à la générosité du public » (the account the Recette
form's completer offers first for « 754 ») is a gift in the reports too: the compte de résultat
showed it under « Autres produits » and the CERFA budget under « Autres » (issue 13 review)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView

from assocompta.domain.money import Money

DONS = "Dons manuels"
AUTRES = "Autres produits"
CERFA_DONS = "758 Dons manuels - Mécénat"


def _amount(view, label: str) -> int:
    index = view.model.find(label)
    if not index.isValid():
        return 0
    return Money.parse(index.siblingAtColumn(1).data() or "0").cents


def test_a_gift_on_754_is_a_don_manuel_in_the_compte_de_resultat(qtbot, window):
    window.session.set_year("2025")
    resultat = window.show_view("resultat")
    dons, autres = _amount(resultat, DONS), _amount(resultat, AUTRES)

    dialog = window.show_view("saisie").new_entry("recette")
    QTest.keyClicks(dialog.ui.amount_edit, "150")
    QTest.keyClicks(dialog.ui.label_edit, "Don de soutien")
    QTest.keyClicks(dialog.ui.account_edit, "754")
    QTest.keyClick(dialog.ui.account_edit, Qt.Key.Key_Return)
    assert dialog.error_text() == ""
    dialog.close()

    resultat = window.show_view("resultat")
    assert _amount(resultat, DONS) == dons + 15000
    assert _amount(resultat, AUTRES) == autres
    assert resultat.model.find("754 Ressources liées à la générosité du public").isValid()


def _cerfa(view, path) -> dict:
    """The CERFA budget workbook's amounts by label, as exported from the Budget view."""
    from openpyxl import load_workbook
    sheet = load_workbook(view.export(path)).active
    return {row[0].value: row[1].value for row in sheet.iter_rows() if row[0].value}


def test_a_budgeted_gift_on_754_is_on_the_cerfa_gifts_line(qtbot, window, tmp_path):
    window.session.set_year("2025")
    view = window.show_view("budget")
    window.show()
    qtbot.waitExposed(window)
    before = _cerfa(view, tmp_path / "before.xlsx")
    view.add_line()
    QTest.keyClicks(view.table.focusWidget(), "754")
    QTest.keyClick(view.table.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: view.table.state() == QAbstractItemView.State.EditingState
                    and view.table.currentIndex().column() != 0, timeout=3000)
    QTest.keyClicks(view.table.focusWidget(), "432")
    QTest.keyClick(view.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.table.state() == QAbstractItemView.State.NoState,
                    timeout=3000)

    after = _cerfa(view, tmp_path / "after.xlsx")
    assert after[CERFA_DONS] == pytest.approx((before[CERFA_DONS] or 0) + 432)
    assert after.get("Autres") == before.get("Autres")


@pytest.mark.parametrize("layout", ["resultat-pca2018", "resultat-pca2025"])
def test_both_charts_place_754_with_the_dons_manuels(layout):
    """The demo's 2024 (chart of 2018) is closed, so the older layout is checked directly."""
    from assocompta.reports.layouts import load_layout
    assert load_layout(layout).line_for("754") == load_layout(layout).line_for("7541")
