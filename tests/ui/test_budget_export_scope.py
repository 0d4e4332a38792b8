"""Rapports › Budget prévisionnel / Budget et réalisé: the whole association, or one action
(a subsidy file's CERFA 12156 and 15059 are per action)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QPushButton

from tests.helpers import sqlite_only

pytestmark = sqlite_only


def _save_as(monkeypatch, path: Path) -> list[str]:
    from PySide6.QtWidgets import QFileDialog
    asked: list[str] = []

    def save(parent, title, name, filters, *a, **k):
        asked.append(Path(name).name)
        return str(path), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    return asked


def _choose(qtbot, text: str | None, seen: list) -> None:
    """Once the scope dialog shows, note its choices and default, pick ``text``, export."""
    def act():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QDialog) and w.objectName() == "budget_scope_dialog"
                       and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        combo = dialog.findChild(QComboBox)
        seen.append(([combo.itemText(i) for i in range(combo.count())], combo.currentText()))
        if text is not None:
            combo.setCurrentIndex(combo.findText(text))
        ok = next(b for b in dialog.findChildren(QPushButton) if "Exporter" in b.text())
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, act)


def _finish(qtbot, window):
    dialog = window.task_menus.last_task
    qtbot.waitUntil(lambda: not dialog.thread_.is_alive(), timeout=60_000)
    qtbot.wait(50)


def _cells(path: Path) -> dict[str, object]:
    sheet = load_workbook(path).active
    return {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if row[0]}


def test_budget_menu_exports_the_chosen_actions_budget(qtbot, window, tmp_path, monkeypatch):
    window.session.set_year("2026")
    asked = _save_as(monkeypatch, tmp_path / "fete.xlsx")
    seen: list = []
    _choose(qtbot, "FETE — Fête de quartier", seen)
    window.command_actions["budget_export"].trigger()
    _finish(qtbot, window)
    choices, default = seen[0]
    assert choices == ["Toute l'association", "AIDE — Aide aux devoirs",
                       "FETE — Fête de quartier", "REPAR — Repair café"]
    assert default == "Toute l'association"
    assert asked == ["Budget FETE 2026.xlsx"]
    cells = _cells(tmp_path / "fete.xlsx")
    assert "Exercice 2026 (du 01/01/2026 au 31/12/2026) — action « FETE »" in cells
    # The Fête's 4 lines only: 1 800 € of supplies, 900 € of publicity, 2 600 € of sales,
    # 2 500 € from the Département (the association's 50 620 € budget is not in it).
    assert cells["Achats matières et fournitures"] == 1800
    assert cells["Publicité, publication"] == 900
    assert cells["Département d'Ille-et-Vilaine"] == 2500
    checks = load_workbook(tmp_path / "fete.xlsx")["Contrôles"]  # under no figures
    assert any("total des charges 5 100,00 € = total des produits 5 100,00 €" in str(text)
               for _, text in checks.iter_rows(values_only=True))


def test_budget_vs_actual_menu_defaults_to_the_action_the_view_follows(
        qtbot, window, tmp_path, monkeypatch):
    window.session.set_year("2025")
    view = window.show_view("suivi")
    view.set_action("AIDE")
    asked = _save_as(monkeypatch, tmp_path / "aide.xlsx")
    seen: list = []
    _choose(qtbot, None, seen)
    window.command_actions["budget_suivi"].trigger()
    _finish(qtbot, window)
    assert seen[0][1] == "AIDE — Aide aux devoirs"
    assert asked == ["Budget et réalisé AIDE 2025.xlsx"]
    cells = _cells(tmp_path / "aide.xlsx")
    assert "Exercice 2025 (du 01/01/2025 au 31/12/2025) — action « AIDE »" in cells


def test_budget_menu_follows_the_budget_views_action_filter(qtbot, window, tmp_path,
                                                           monkeypatch):
    window.session.set_year("2026")
    view = window.show_view("budget")
    view.action_filter.setCurrentIndex(view.action_filter.findData("REPAR"))
    asked = _save_as(monkeypatch, tmp_path / "repar.csv")
    seen: list = []
    _choose(qtbot, None, seen)
    window.command_actions["budget_export"].trigger()
    _finish(qtbot, window)
    assert seen[0][1] == "REPAR — Repair café"
    assert asked == ["Budget REPAR 2026.xlsx"]
    # The Repair café's 2 lines, not the association's budget.
    # (The CSV is figures only: its checks, which said so before, are on screen.)
    lines = (tmp_path / "repar.csv").read_text(encoding="utf-8-sig").splitlines()
    assert "60 – Achats;600,00" in lines and "74 – Subventions d'exploitation;1200,00" in lines
    assert "Excédent prévisionnel (bénéfice);600,00" in lines
    assert "TOTAL DES CHARGES;1200,00" in lines and "TOTAL DES PRODUITS;1200,00" in lines
