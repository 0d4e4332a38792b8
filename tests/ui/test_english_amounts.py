"""In English every amount and percentage follows the English locale (issue 13: « in English,
101,0 % and 30 000 € among English-formatted amounts »)."""

from __future__ import annotations

import re

import pytest

from assocompta.ui import locale
from tests.helpers import sqlite_only

#: what French writes and English never does: 307,38 · 101,0 % · 30 000 · 9 273,40 €
FRENCH = re.compile(r"\d,\d\d?(?!\d)|\d[ \u202f\u00a0]\d{3}|\d[ \u202f\u00a0]%|\d\u00a0€")


@pytest.fixture
def english():
    locale.set_language("en")
    yield
    locale.set_language("fr")


def _column(view, column: int) -> list[str]:
    from PySide6.QtCore import QModelIndex
    found = []

    def walk(parent) -> None:
        for r in range(view.model.rowCount(parent)):
            index = view.model.index(r, 0, parent)
            found.append(index.siblingAtColumn(column).data() or "")
            walk(index)
    walk(QModelIndex())
    return [t for t in found if t]


@sqlite_only
def test_budget_against_actuals_in_english(english, window):
    window.session.set_year("2025")
    view = window.show_view("suivi")
    percents = _column(view, 4)
    assert "101.0%" in percents and not any(FRENCH.search(p) for p in percents)
    assert not any(FRENCH.search(t) for t in _column(view, 1))
    # The chart's axis: €30,000, not 30 000 €.
    axis = next(a for a in view.chart.axes() if hasattr(a, "labelFormat"))
    assert axis.labelFormat() == "€%.0f"
    assert view.chart.locale().name() == "en_GB" and view.chart.localizeNumbers()
    assert not any(FRENCH.search(t) for t in view.checks.texts())


@sqlite_only
def test_report_checks_say_english_amounts(english, window):
    window.session.set_year("2025")
    view = window.show_view("resultat")
    texts = view.checks.texts()
    assert any("excédent €1,807.38" in t for t in texts), texts
    assert not any(FRENCH.search(t) for t in texts)
    bilan = window.show_view("bilan")
    assert any("total actif €10,773.40" in t for t in bilan.checks.texts())


def test_counts_and_percents_follow_the_language(english):
    from decimal import Decimal
    assert locale.integer(12345) == "12,345"  # a bare number; count() agrees a noun
    assert locale.percent(Decimal("0.953")) == "95.3%"
    assert locale.amounts_in("déficit de -1 234,50 € et 0,00 €") == \
        "déficit de -€1,234.50 et €0.00"
    locale.set_language("fr")
    assert locale.integer(12345) == "12\u202f345"
    assert locale.percent(Decimal("0.953")) == "95,3 %"
