"""Everything the command line does is a menu item of the window (docs/cli-menus.md), and a
few of those items, driven through the real window, write what the command writes."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from assocompta.cli import build_parser
from tests.helpers import sqlite_only

pytestmark = sqlite_only

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli-menus.md"


def cli_commands() -> list[str]:
    """Every command of ``assocompta --help``: « year add », « report bilan »…"""
    def subparsers(parser):
        return next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)),
                    None)

    found = []
    for name, parser in subparsers(build_parser()).choices.items():
        inner = subparsers(parser)
        if inner is not None:
            found += [f"{name} {sub}" for sub in inner.choices]
            continue
        kinds = next((a.choices for a in parser._actions if a.dest == "kind"), None)
        found += [f"{name} {k}" for k in kinds] if kinds else [name]
    return found


def menu_actions(window) -> dict[QAction, str]:
    """Every action reachable in the window's menu bar, with its path « Fichier › … »."""
    found: dict[QAction, str] = {}

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            here = f"{path} › {action.text().replace('&', '')}"
            if action.menu() is not None:
                walk(action.menu(), here)
            elif not action.isSeparator():
                found[action] = here
    for top in window.menuBar().actions():
        walk(top.menu(), top.text().replace("&", ""))
    return found


def doc_rows() -> dict[str, str]:
    rows = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        found = re.match(r"\| `([^`]+)` \| ([^|]+?) \|", line)
        if found:
            rows[found.group(1)] = found.group(2)
    return rows


def test_every_command_of_the_command_line_is_a_menu_item(window):
    from assocompta.ui.menus import CLI_ACTIONS
    commands = cli_commands()
    assert {"year add", "fec export", "pack", "report bilan", "receipts issue", "restore"} <= set(
        commands)
    in_menus = menu_actions(window)
    documented = doc_rows()
    for command in commands:
        assert command in CLI_ACTIONS, f"« assocompta {command} » n'a pas d'action de menu"
        action = window.command_actions[CLI_ACTIONS[command]]
        assert action in in_menus, f"« {command} » : l'action n'est dans aucun menu"
        assert documented.get(command) == in_menus[action], (
            f"docs/cli-menus.md : « {command} » doit nommer {in_menus[action]}")


def test_the_new_menus_sit_between_affichage_and_aide(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[-3:] == ["Exercice", "Rapports", "Aide"]


def _save_as(monkeypatch, *answers: Path) -> list[str]:
    asked: list[str] = []
    queue = list(answers)

    def save(parent, title, name, filters, *a, **k):
        asked.append(name)
        return str(queue.pop(0)), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    return asked


def _finish(qtbot, window):
    dialog = window.task_menus.last_task
    qtbot.waitUntil(lambda: not dialog.thread_.is_alive(), timeout=60_000)
    qtbot.wait(50)


def test_fec_export_from_the_menu_writes_a_fec_that_reads_back(qtbot, window, tmp_path,
                                                              monkeypatch):
    from assocompta.fec.reader import FecReader
    window.session.set_year("2024")  # closed: validated (2025 has December drafts)
    asked = _save_as(monkeypatch, tmp_path / "export.txt")
    window.command_actions["fec_export"].trigger()
    _finish(qtbot, window)
    assert Path(asked[0]).name.endswith("FEC20241231.txt")
    reader = FecReader(tmp_path / "export.txt")
    lines = list(reader)
    assert lines and not reader.problems
    assert "FEC écrit" in window.statusBar().currentMessage()


def test_agm_pack_from_the_menu_writes_every_report(qtbot, window, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    window.session.set_year("2025")
    _save_as(monkeypatch, tmp_path / "ag", tmp_path / "ag.pdf")  # no extension: .xlsx
    window.command_actions["pack"].trigger()
    _finish(qtbot, window)
    book = load_workbook(tmp_path / "ag.xlsx")
    assert book.sheetnames == ["Compte de résultat", "Bilan", "Annexe 1 Présentation",
                               "Annexe 2 Méthodes", "Annexe 3 Fonds propres",
                               "Annexe 4 Subventions", "Annexe 5 Contributions",
                               "Annexe 6 Affectation", "Livre d'inventaire",
                               "Budget et réalisé", "Budget 2026", "Contrôles"]
    window.command_actions["pack"].trigger()
    _finish(qtbot, window)
    assert (tmp_path / "ag.pdf").read_bytes().startswith(b"%PDF")


def test_balance_exists_only_in_the_menu_and_writes_its_csv(qtbot, window, tmp_path,
                                                            monkeypatch):
    window.session.set_year("2025")
    _save_as(monkeypatch, tmp_path / "balance.csv")
    window.command_actions["report_balance"].trigger()
    _finish(qtbot, window)
    text = (tmp_path / "balance.csv").read_text(encoding="utf-8-sig")
    assert "\n512;Banques;" in text and "balance.csv" in window.statusBar().currentMessage()


def test_check_from_the_menu_says_the_book_is_sound(qtbot, window, no_modal_boxes):
    window.command_actions["check"].trigger()
    _finish(qtbot, window)
    said = no_modal_boxes[-1]
    assert said.startswith("Livre cohérent : aucun problème.")
    # The demo's 2025 is all drafts, long past their validation deadline: said, with the
    # menu that validates them (the command line says its command instead).
    assert "point d'attention" in said and "PCG art. 921-4" in said
    assert "(le menu Saisie › Valider les écritures…)" in said


def test_budget_import_from_the_menu_replaces_the_years_budget(qtbot, window, tmp_path, no_modal_boxes,
                                                                monkeypatch):
    source = tmp_path / "budget.csv"
    source.write_text("compte;montant\n606;1200\n756;1200\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(source), "")))
    window.session.set_year("2026")
    window.command_actions["budget_import"].trigger()
    _finish(qtbot, window)
    # The association's 11 lines become the file's 2; the actions' 12 lines stay.
    assert "Budget 2026 : 2 lignes importées" in window.statusBar().currentMessage()
    view = window.show_view("budget")
    assert view.totals_label.text().endswith("14 lignes"), no_modal_boxes
