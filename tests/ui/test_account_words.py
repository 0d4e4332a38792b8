"""Words typed in an entry form's account field that name several accounts, or none: the
form said « compte dons manuels : une recette va sur un compte de produits (classe 7)… » to
« dons manuels » (7541 and 75411), as if the account were of the wrong class (review of
issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.helpers import sqlite_only


def _recette(window, account: str):
    dialog = window.show_view("saisie").new_entry("recette")
    QTest.keyClicks(dialog.ui.amount_edit, "20")
    QTest.keyClicks(dialog.ui.label_edit, "Don Paul")
    QTest.keyClicks(dialog.ui.account_edit, account)
    QTest.keyClick(dialog.ui.account_edit, Qt.Key.Key_Return)
    return dialog


@sqlite_only  # the form's own behaviour: the engine adds nothing
def test_words_naming_several_accounts_say_which(qtbot, window):
    dialog = _recette(window, "dons manuels")
    error = dialog.error_text()
    assert error.startswith("« dons manuels » désigne plusieurs comptes (7541 Dons manuels, "
                            "75411 Dons manuels) : choisissez-en un dans la liste"), error
    assert "classe 7" not in error
    dialog.close()


@sqlite_only
def test_words_naming_no_account_say_so(qtbot, window):
    dialog = _recette(window, "zzz")
    assert dialog.error_text().startswith("« zzz » : aucun compte ne porte ces mots"), \
        dialog.error_text()
    dialog.close()


@sqlite_only
def test_words_naming_one_account_still_save(qtbot, window):
    dialog = _recette(window, "mecenats")
    assert dialog.error_text() == ""
    assert "enregistrée" in dialog.ui.error_label.text()
    dialog.close()
