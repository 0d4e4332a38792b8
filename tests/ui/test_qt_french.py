"""Qt's own dialogs (file dialog, message boxes) speak French in the French app (issue 13)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
)

from assocompta.ui import locale
from assocompta.ui.app import _install_translations


@pytest.fixture
def french(qapp):
    before = locale.locale_name()
    installed = _install_translations(QApplication.instance(), "fr")
    yield
    for translator in installed:
        QApplication.instance().removeTranslator(translator)
    locale.set_language("en" if before.startswith("en") else "fr")


def _texts(widget) -> list[str]:
    return [w.text().replace("&", "") for w in widget.findChildren(QLabel)] + [
        b.text().replace("&", "") for box in widget.findChildren(QDialogButtonBox)
        for b in box.buttons()]


def test_file_dialog_is_in_french(qtbot, french, tmp_path):
    (tmp_path / "Relevés").mkdir()
    dialog = QFileDialog(None, "Ouvrir un livre", str(tmp_path), "Livre AssoCompta (*.assocompta)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # what Linux desktops show
    qtbot.addWidget(dialog)
    dialog.show()
    texts = _texts(dialog)
    assert "Ouvrir" in texts and "Annuler" in texts
    assert "Voir dans\u00a0:" in texts  # was « Look in: »
    assert "Fichiers de type\u00a0:" in texts  # was « Files of type: »
    assert not [t for t in texts if t in ("Look in:", "Files of type:", "Open", "Cancel")]
    view = next(v for v in dialog.findChildren(QAbstractItemView)
                if v.objectName() == "treeView")
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 1)
    kind = model.index(0, 2, view.rootIndex()).data(Qt.ItemDataRole.DisplayRole)
    assert kind == "Dossier"  # was « Folder »


def test_message_box_buttons_are_in_french(qtbot, french):
    box = QMessageBox(QMessageBox.Icon.Question, "Supprimer l'écriture", "Supprimer ?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Annuler", "Non", "Oui"]


def test_the_app_own_texts_stay_whole_with_qt_french(qtbot, french):
    from PySide6.QtCore import QCoreApplication
    # French is the app's source language: its texts pass through the translators untouched.
    assert QCoreApplication.translate("MainWindow", "Saisie") == "Saisie"
    assert QCoreApplication.translate("LedgerView", "{} lignes") == "{} lignes"
