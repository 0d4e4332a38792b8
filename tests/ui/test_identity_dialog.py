"""Fichier › Identité de l'association… : where the receipts' refusal sends the treasurer
(an address and an object are required on a CERFA 11580), and what lets receipts be issued."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from assocompta.services.setup import read_identity, update_identity


def _without_address(book) -> None:
    update_identity(book, replace(read_identity(book), address="", object=""))


def _issue(qtbot, view, dest, no_modal_boxes) -> None:
    task = view.issue(dest)
    if task is None:  # refused at once
        return
    qtbot.waitUntil(lambda: not task.thread_.is_alive(), timeout=20_000)
    qtbot.waitUntil(lambda: bool(no_modal_boxes) or "à émettre" not in " ".join(
        view.model.index(r, 4).data() for r in range(view.model.rowCount())), timeout=20_000)


def test_receipts_refusal_names_the_menu_where_the_identity_is_filled(
        qtbot, window, tmp_path, no_modal_boxes):
    _without_address(window.session.book)
    window.session.set_year("2025")
    view = window.show_view("recus")
    view.refresh()
    assert view.problem.text().startswith(
        "Un reçu fiscal indique l'adresse et l'objet de l'association bénéficiaire : "
        "complétez l'identité de l'association avec le menu "
        "Fichier › Identité de l'association…"), view.problem.text()
    _issue(qtbot, view, tmp_path / "recus.pdf", no_modal_boxes)
    said = no_modal_boxes.pop()
    assert ("complétez l'identité de l'association avec le menu "
            "Fichier › Identité de l'association…, puis recommencez") in said, said
    assert "assocompta" not in said and not (tmp_path / "recus.pdf").exists()

    def fill():
        dialog = getattr(window.task_menus, "identity_dialog", None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, fill)
            return
        assert dialog.name_edit.text() == "Les Amis du Quartier"
        dialog.address_edit.setFocus()
        QTest.keyClicks(dialog.address_edit, "12 rue des Lilas")
        QTest.keyClick(dialog.address_edit, Qt.Key.Key_Return)
        QTest.keyClicks(dialog.address_edit, "35000 Rennes")
        QTest.keyClicks(dialog.object_edit, "Animation du quartier")
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, fill)
    window.command_actions["identity"].trigger()
    kept = read_identity(window.session.book)
    assert (kept.address, kept.object) == ("12 rue des Lilas\n35000 Rennes",
                                           "Animation du quartier")
    assert window.session.undo_stack.undoText() == "identité de l'association"

    assert view.problem.isHidden()
    _issue(qtbot, view, tmp_path / "recus.pdf", no_modal_boxes)
    assert no_modal_boxes == []
    assert (tmp_path / "recus.pdf").read_bytes().startswith(b"%PDF")

    window.session.undo_stack.undo()  # Ctrl+Z: the identity as it was
    assert read_identity(window.session.book).address == ""


def test_a_wrong_siren_is_said_in_the_dialog_which_stays_open(qtbot, window):
    from assocompta.ui.dialogs.identity_dialog import IdentityDialog
    dialog = IdentityDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.siren_edit.clear()
    QTest.keyClicks(dialog.siren_edit, "123")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "SIREN « 123 » : il faut 9 chiffres"
    assert read_identity(window.session.book).siren == "732829320"


def test_the_receipts_menu_refuses_before_asking_where_to_save(qtbot, window, no_modal_boxes,
                                                              monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    asked: list = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: asked.append(a) or ("", "")))
    _without_address(window.session.book)
    window.session.set_year("2025")
    window.command_actions["receipts"].trigger()
    assert asked == []
    assert "avec le menu Fichier › Identité de l'association…" in no_modal_boxes[-1]


def _identity_dialog(qtbot, window):
    from assocompta.ui.dialogs.identity_dialog import IdentityDialog
    dialog = IdentityDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type(edit, text: str) -> None:
    edit.clear()
    QTest.keyClicks(edit, text)


def test_the_receipt_settings_are_shown_and_saved_through_the_widgets(qtbot, window):
    dialog = _identity_dialog(qtbot, window)
    # The demo's settings: a loi 1901 association, its RNA, its treasurer signs.
    assert dialog.rna_edit.text() == "W352001234"
    assert dialog.category_combo.currentText() == "Association loi 1901 d'intérêt général"
    assert (dialog.signatory_edit.text(), dialog.title_combo.currentText()) == (
        "Claire Morel", "trésorière")
    assert not dialog.decree_edit.isEnabled() and not dialog.journal_edit.isEnabled()
    assert not dialog.detail_edit.isEnabled()

    dialog.category_combo.setFocus()
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("rup"))
    assert dialog.decree_edit.isEnabled() and dialog.journal_edit.isEnabled()
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no dates yet
    assert dialog.isVisible()
    assert "date du décret et celle de sa publication au Journal officiel" in (
        dialog.error_label.text())
    _type(dialog.decree_edit, "04/05/1998")
    _type(dialog.journal_edit, "12/05/1998")
    _type(dialog.rna_edit, "w35 2001 235")
    _type(dialog.signatory_edit, "Luc Bernard")
    dialog.title_combo.setCurrentIndex(dialog.title_combo.findText("président"))  # QTest types ASCII only
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error_label.text()
    kept = read_identity(window.session.book)
    assert (kept.receipt_category, kept.rup_decree_date, kept.rup_journal_date) == (
        "rup", dt.date(1998, 5, 4), dt.date(1998, 5, 12))
    assert (kept.rna, kept.signatory_name, kept.signatory_title) == (
        "W352001235", "Luc Bernard", "président")
    assert window.session.undo_stack.undoText() == "identité de l'association"
    window.session.undo_stack.undo()
    back = read_identity(window.session.book)
    assert (back.receipt_category, back.signatory_name) == ("loi_1901", "Claire Morel")


def test_the_other_category_asks_for_its_detail_in_the_dialog(qtbot, window):
    dialog = _identity_dialog(qtbot, window)
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData(
        "interet_general_autre"))
    assert dialog.detail_edit.isEnabled() and not dialog.decree_edit.isEnabled()
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Autres (précisez)" in dialog.error_label.text()
    _type(dialog.detail_edit, "Association sportive")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    kept = read_identity(window.session.book)
    assert (kept.receipt_category, kept.receipt_category_detail) == (
        "interet_general_autre", "Association sportive")


def test_a_date_that_cannot_be_read_is_said_with_its_field(qtbot, window):
    dialog = _identity_dialog(qtbot, window)
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("rup"))
    _type(dialog.decree_edit, "le 4 mai")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith("date du décret : « le 4 mai » n'est pas une date")
