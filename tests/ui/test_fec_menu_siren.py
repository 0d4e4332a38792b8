"""Exercice › Exporter le FEC… on a book with no SIREN: no file named after a fake one."""

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import text

REAL_EXEC = QMessageBox.exec  # read at import, before the autouse fixture answers every box


def _without_siren(window) -> None:
    with window.session.book.transaction() as s:
        s.execute(text("UPDATE association SET siren = NULL, siret = NULL"))


def _answer(seen: list[str], choose: bool) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(50, lambda: _answer(seen, choose))
        return
    seen.append(box.text() + "\n" + box.informativeText())
    if choose:
        next(b for b in box.buttons() if b.text() == "Choisir un nom de fichier…").click()
    else:
        box.button(QMessageBox.StandardButton.Cancel).click()


def test_fec_export_without_siren_says_where_to_enter_it(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", REAL_EXEC)  # this test clicks the real box
    _without_siren(window)
    window.session.set_year("2024")  # closed: every entry validated (2025 has drafts)
    asked: list[str] = []

    def save(parent, title, name, filters, *a, **k):
        asked.append(name)
        return str(tmp_path / "FEC 2024.txt"), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer(seen, choose=False))
    window.command_actions["fec_export"].trigger()
    assert asked == [] and "Ce livre n'a pas de numéro SIREN" in seen[0]
    assert "Saisissez-le dans Fichier › Identité de l'association…" in seen[0]

    QTimer.singleShot(0, lambda: _answer(seen, choose=True))
    window.command_actions["fec_export"].trigger()
    dialog = window.task_menus.last_task
    qtbot.waitUntil(lambda: not dialog.thread_.is_alive(), timeout=60_000)
    assert [Path(a).name for a in asked] == ["FEC 2024.txt"]
    assert "000000000" not in asked[0]
    assert (tmp_path / "FEC 2024.txt").read_bytes().startswith(b"JournalCode\t")
