"""The compte rendu financier's window, opened from the Budget vs réalisé view and from the
Rapports menu: the treasurer types the texts and the rate, saves, finds them again, exports."""

from __future__ import annotations

import subprocess
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from assocompta.ui.dialogs.compte_rendu_dialog import CompteRenduDialog
from tests.helpers import sqlite_only

pytestmark = sqlite_only


def _save_as(monkeypatch, path: Path) -> list[str]:
    asked: list[str] = []

    def save(parent, title, name, filters, *a, **k):
        asked.append(Path(name).name)
        return str(path), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    return asked


def _type(qtbot, widget, text: str) -> None:
    """Key presses, as typed: QTest spells ASCII only (« é » aborts it), so a letter beyond
    goes as a key event carrying its text, as a keyboard layout sends it."""
    widget.setFocus()
    for char in text:
        if char == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif char.isascii():
            QTest.keyClick(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                         char))


def _shown(window):
    """The compte rendu window open over the Budget vs réalisé view (a closed one is gone)."""
    shown = [d for d in window.views["suivi"].findChildren(CompteRenduDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def _open(window, action: str):
    view = window.show_view("suivi")
    view.activate()
    view.set_action(action)
    QTest.mouseClick(view.compte_rendu_button, Qt.MouseButton.LeftButton)
    return _shown(window)


def test_type_save_reopen_and_export(qtbot, window, tmp_path, monkeypatch):
    window.session.set_year("2025")
    dialog = _open(window, "AIDE")
    assert dialog.action() == "AIDE"  # the action the view follows
    dialog.funder_combo.setCurrentIndex(dialog.funder_combo.findText("Ville de Rennes"))
    _type(qtbot, dialog.edits["bilan_qualitatif"], "Quarante enfants suivis.\nQuatre soirs.")
    _type(qtbot, dialog.edits["ecarts"], "Sorties annulées par la pluie.")
    _type(qtbot, dialog.rate_edit, "12,5")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Textes enregistrés."
    dialog.close()

    dialog = _open(window, "AIDE")
    dialog.funder_combo.setCurrentIndex(dialog.funder_combo.findText("Ville de Rennes"))
    assert dialog.edits["bilan_qualitatif"].toPlainText() == ("Quarante enfants suivis.\n"
                                                              "Quatre soirs.")
    assert dialog.rate_edit.text() == "12,5"
    # Another funder's compte rendu of the same action has texts of its own.
    dialog.funder_combo.setCurrentIndex(dialog.funder_combo.findText("CAF d'Ille-et-Vilaine"))
    assert dialog.edits["bilan_qualitatif"].toPlainText() == ""
    dialog.funder_combo.setCurrentIndex(dialog.funder_combo.findText("Ville de Rennes"))

    asked = _save_as(monkeypatch, tmp_path / "cr.pdf")
    QTest.mouseClick(dialog.export_buttons[".pdf"], Qt.MouseButton.LeftButton)
    assert asked == ["Compte rendu financier 2025 AIDE VILLE.pdf"]
    text = subprocess.run(["pdftotext", str(tmp_path / "cr.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Quarante enfants suivis." in text and "Sorties annulées par la pluie." in text
    assert "Ville de Rennes (financeur destinataire)" in text
    assert "12,5 % des charges sans action" in text and "15059*02" in text

    # A text typed and not saved goes into the export (saved first).
    _type(qtbot, dialog.edits["observations"], "Merci à la Ville.")
    _save_as(monkeypatch, tmp_path / "cr.xlsx")
    QTest.mouseClick(dialog.export_buttons[".xlsx"], Qt.MouseButton.LeftButton)
    wb = load_workbook(tmp_path / "cr.xlsx")
    annexe = [c.value for row in wb["3. Annexe"].iter_rows() for c in row]
    assert "Merci à la Ville." in annexe and "Sorties annulées par la pluie." in annexe
    assert not dialog.dirty()


def test_a_bad_rate_is_refused_and_nothing_saved(qtbot, window, no_modal_boxes):
    window.session.set_year("2025")
    dialog = _open(window, "FETE")
    _type(qtbot, dialog.rate_edit, "douze")
    _type(qtbot, dialog.edits["observations"], "Belle fête.")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert any("taux « douze » illisible" in shown for shown in no_modal_boxes)
    assert dialog.dirty()
    from assocompta.services import compte_rendu
    assert compte_rendu.read(window.session.book, "2025", "FETE") == {}


def test_the_reports_menu_opens_the_same_window(qtbot, window):
    window.session.set_year("2025")
    window.command_actions["compte_rendu"].trigger()
    dialog = _shown(window)
    assert dialog.windowTitle() == "Compte rendu financier (CERFA 15059) — 2025"


def test_closing_with_texts_typed_offers_to_save_them(qtbot, window):
    window.session.set_year("2025")
    dialog = _open(window, "REPAR")
    _type(qtbot, dialog.edits["contributions"], "Outils prêtés par les voisins.")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # the fixture answers Yes: save
    from assocompta.services import compte_rendu
    assert compte_rendu.read(window.session.book, "2025", "REPAR") == {
        "contributions": "Outils prêtés par les voisins."}
