"""Banque: a statement the readers refuse is named in the import dialog, never a traceback."""

from __future__ import annotations

from assocompta.ui.dialogs.import_statement_dialog import ImportStatementDialog


def test_a_field_over_128_kib_is_named_in_the_dialog(qtbot, window, tmp_path):
    big = tmp_path / "gros.csv"
    big.write_text("Date;Libellé;Montant\r\n03/03/2025;\"" + "X" * 200_000 + "\";-5,00\r\n",
                   encoding="utf-8")
    dialog = ImportStatementDialog(window.session, "512", big)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.problems.toPlainText().startswith(
        "gros.csv, ligne 2 : un champ commençant à la ligne 2 dépasse 128 Kio")


def test_an_unclosed_quote_is_named_in_the_dialog(qtbot, window, tmp_path):
    bad = tmp_path / "guillemet.csv"
    bad.write_text("Date;Montant;Libellé\r\n03/03/2025;-39,99;\"PRLV FREE\r\n"
                   "05/03/2025;1500,00;VIR MAIRIE\r\n", encoding="utf-8")
    dialog = ImportStatementDialog(window.session, "512", bad)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled() and dialog.preview_model.rowCount() == 0
    assert "guillemet ouvert à la ligne 2 et jamais refermé" in dialog.problems.toPlainText()
