"""Rapports › Annexe des comptes annuels… driven as a treasurer does: pick a section, type
its text, save (Ctrl+Z undoes it), open again, look at the notes, export PDF and XLSX."""

from __future__ import annotations

import subprocess

from openpyxl import load_workbook
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from assocompta.services.report_texts import ANNEXE, read_texts
from tests.reports.tools import need


def _open(qtbot, window):
    window.command_actions["annexe"].trigger()
    dialog = window.task_menus.annexe_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _type(edit, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks knows ASCII only: « é » aborts it)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _section(qtbot, dialog, title: str) -> None:
    """Click the section in the list on the left."""
    item = dialog.sections.findItems(title, Qt.MatchFlag.MatchExactly)[0]
    rect = dialog.sections.visualItemRect(item)
    QTest.mouseClick(dialog.sections.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert dialog.sections.currentItem() is item


def _tree_labels(dialog) -> list[str]:
    model, out = dialog.model, []

    def walk(parent):
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            out.append(index.data())
            walk(index)
    from PySide6.QtCore import QModelIndex
    walk(QModelIndex())
    return out


def test_type_save_reopen_and_export_the_annexe(qtbot, window, tmp_path, monkeypatch):
    window.session.set_year("2025")
    dialog = _open(qtbot, window)
    assert dialog.windowTitle() == "Annexe des comptes annuels — exercice 2025"
    # What is proposed before anything is written: the framework of règlement ANC 2018-06.
    _section(qtbot, dialog, "Règles et méthodes comptables")
    assert dialog.text_edit.toPlainText().startswith("Les comptes annuels sont établis selon "
                                                     "le règlement ANC n° 2018-06")
    assert dialog.origin.text().startswith("Texte proposé d'après le livre")

    _section(qtbot, dialog, "Faits caractéristiques de l'exercice")
    assert dialog.text_edit.toPlainText() == ""
    dialog.text_edit.setFocus()
    _type(dialog.text_edit, "Ouverture du repair café.")
    QTest.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    _type(dialog.text_edit, "Nouvelle salle en octobre.")
    assert dialog.origin.text() == "Modifié, pas encore enregistré."
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert read_texts(window.session.book, "2025", ANNEXE) == {
        "faits": "Ouverture du repair café.\nNouvelle salle en octobre."}
    assert window.session.undo_stack.undoText() == "textes de l'annexe 2025"

    dialog = _open(qtbot, window)
    _section(qtbot, dialog, "Faits caractéristiques de l'exercice")
    assert dialog.text_edit.toPlainText() == ("Ouverture du repair café.\n"
                                              "Nouvelle salle en octobre.")
    assert dialog.origin.text() == "Texte écrit pour l'exercice 2025."
    # The notes as they print: the text in the first, the funders under their authority.
    assert dialog.note_combo.currentText() == "Note 1 : Présentation de l'association"
    labels = _tree_labels(dialog)
    assert "Ouverture du repair café. Nouvelle salle en octobre." in labels
    dialog.note_combo.setCurrentIndex(dialog.note_combo.findText(
        "Note 4 : Subventions et concours publics"))
    labels = _tree_labels(dialog)
    assert labels[:3] == ["Collectivités territoriales", "Département d'Ille-et-Vilaine",
                          "Ville de Rennes"]
    # The long heading on two lines above its column.
    assert dialog.model.headerData(1, Qt.Orientation.Horizontal) == ("Subventions\n"
                                                                      "d'exploitation")
    # Under the fonds propres, their check against the bilan.
    dialog.note_combo.setCurrentIndex(dialog.note_combo.findText("Note 3 : Fonds propres"))
    assert dialog.checks.ok and len(dialog.checks.texts()) == 1
    assert dialog.checks.texts()[0].startswith("✓ Fonds propres à la clôture : ")

    answers = [tmp_path / "annexe", tmp_path / "annexe.xlsx"]  # no extension: .pdf added
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(answers.pop(0)), "")))
    QTest.mouseClick(dialog.export_buttons[".pdf"], Qt.MouseButton.LeftButton)
    text = subprocess.run([need("pdftotext"), "-layout", str(tmp_path / "annexe.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Ouverture du repair café." in text and "Nouvelle salle en octobre." in text
    assert "Règlement ANC n° 2018-06, art. 431-9" in text
    assert dialog.status.text() == f"Exporté : {tmp_path / 'annexe.pdf'}"
    QTest.mouseClick(dialog.export_buttons[".xlsx"], Qt.MouseButton.LeftButton)
    sheet = load_workbook(tmp_path / "annexe.xlsx")["Annexe 1 Présentation"]
    assert "Ouverture du repair café.\nNouvelle salle en octobre." in [
        c.value for row in sheet.iter_rows() for c in row]
    dialog.reject()

    window.session.undo_stack.undo()  # Ctrl+Z: the annexe as it was
    assert read_texts(window.session.book, "2025", ANNEXE) == {}


def test_cancel_keeps_nothing_of_what_was_typed(qtbot, window):
    window.session.set_year("2025")
    dialog = _open(qtbot, window)
    _section(qtbot, dialog, "Engagements reçus et donnés")
    dialog.text_edit.setFocus()
    _type(dialog.text_edit, "Caution donnée au bailleur.")
    _section(qtbot, dialog, "Autres informations")  # the typed text follows its section
    _section(qtbot, dialog, "Engagements reçus et donnés")
    assert dialog.text_edit.toPlainText() == "Caution donnée au bailleur."
    dialog.reject()
    assert read_texts(window.session.book, "2025", ANNEXE) == {}
    dialog = _open(qtbot, window)
    _section(qtbot, dialog, "Engagements reçus et donnés")
    assert dialog.text_edit.toPlainText() == ""
    dialog.reject()
