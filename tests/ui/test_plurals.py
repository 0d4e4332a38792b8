"""Counts agree with their number: « 1 ligne », « 3 donateurs », never « 1 lignes » (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assocompta.ui import locale

DATA = Path(__file__).resolve().parents[1] / "bank" / "data"


@pytest.fixture
def english():
    locale.set_language("en")
    yield
    locale.set_language("fr")


def test_count_in_french():
    assert locale.count(0, "{} ligne", "{} lignes") == "0 ligne"
    assert locale.count(1, "{} ligne", "{} lignes") == "1 ligne"
    assert locale.count(2, "{} ligne", "{} lignes") == "2 lignes"
    assert locale.count(12345, "{} ligne", "{} lignes") == "12\u202f345 lignes"


def test_count_in_english(english):
    assert locale.count(0, "{} line", "{} lines") == "0 lines"
    assert locale.count(1, "{} line", "{} lines") == "1 line"
    assert locale.count(1234, "{} line", "{} lines") == "1,234 lines"


def test_a_statement_of_one_operation_reads_1_operation(qtbot, window, tmp_path):
    from assocompta.ui.dialogs.import_statement_dialog import ImportStatementDialog
    lines = (DATA / "lbp_mars_2025.csv").read_text(encoding="utf-8-sig").splitlines()
    one = tmp_path / "releve.csv"
    one.write_text("\n".join(lines[:8] + lines[-1:]) + "\n", encoding="utf-8")
    dialog = ImportStatementDialog(window.session, "512", one, window)
    qtbot.addWidget(dialog)
    assert dialog.preview_model.rowCount() == 1
    assert dialog.summary.text().startswith("1 opération lue, total")


def test_receipts_summary_says_donateurs_and_recus_without_s_in_brackets(qtbot, window):
    view = window.show_view("recus")
    # 1 046,55 € from the three persons, 1 500 € of mécénat, 144,72 € of abandon de frais.
    assert view.summary.text() == "5 donateurs, 2\u202f691,27\u00a0€ de dons ; 5 reçus à émettre"


def test_journal_filtered_to_one_line_reads_1_ligne(qtbot, window):
    view = window.show_view("saisie")
    view.model.wait()
    view.filters.account.setText("616")  # the year's one insurance premium
    view.filters._emit()
    view.model.wait()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    qtbot.waitUntil(lambda: view.count_label.text() == "1 ligne")
