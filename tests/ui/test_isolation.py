"""GUI tests don't leak into the next one: keys QTest left held, settings, column widths.

The first test of each pair leaves behind what another test would (a shortcut pressed,
widths dragged); the last test runs the pairs in that order in one process, as ``-n 2``
does by chance. The keys pair failed before conftest's ``no_keys_held``: the bank tests
lost their selection after the ledger's Ctrl+Shift+Z.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QTableView

from tests.ui.conftest import USER_CONFIG

ROOT = Path(__file__).resolve().parents[2]
HERE = "tests/ui/test_isolation.py::"


def _table(qtbot) -> QTableView:
    table = QTableView()
    table.setModel(QStringListModel([f"ligne {n}" for n in range(6)], table))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    qtbot.addWidget(table)
    table.show()
    return table


def _selected(table: QTableView) -> list[int]:
    return sorted(i.row() for i in table.selectionModel().selectedRows())


def test_pair_1_a_redo_typed_with_ctrl_shift_z(qtbot):
    table = _table(qtbot)
    table.selectRow(0)
    QTest.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    # What the next test inherited: Qt still believes Shift is held.
    assert QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier


def test_pair_2_select_row_selects_that_row_alone(qtbot):
    table = _table(qtbot)
    table.selectRow(1)
    table.selectRow(4)
    assert _selected(table) == [4]


def test_pair_1_widths_dragged_just_before_the_end(qtbot):
    from assocompta.ui.widgets.columns import keep_columns
    table = _table(qtbot)
    columns = keep_columns(table, "isolation", (80,), {})
    table.horizontalHeader().resizeSection(0, 333)  # the user's drag; saved 400 ms later
    assert columns._save_timer.isActive()


def test_pair_2_widths_start_from_the_defaults(qtbot):
    from assocompta.ui.settings import Settings
    from assocompta.ui.widgets.columns import keep_columns
    table = _table(qtbot)
    columns = keep_columns(table, "isolation", (80,), {})
    qtbot.wait(600)  # the other test's timer, had it survived, would have fired by now
    assert Settings().column_widths("isolation") == [] and not columns.user_set


def test_each_test_has_its_own_settings_file(tmp_path):
    from assocompta.ui.settings import Settings
    path = Settings().path
    assert path.is_relative_to(tmp_path) and path.name == "AssoCompta.ini"
    assert not path.is_relative_to(USER_CONFIG)


def test_the_pairs_pass_one_after_the_other_in_one_process(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env.update(QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT / "src") + os.pathsep + str(ROOT))
    tests = [HERE + name for name in (
        "test_pair_1_a_redo_typed_with_ctrl_shift_z",
        "test_pair_2_select_row_selects_that_row_alone",
        "test_pair_1_widths_dragged_just_before_the_end",
        "test_pair_2_widths_start_from_the_defaults")]
    run = subprocess.run([sys.executable, "-m", "pytest", *tests, "-q", "-p", "no:cacheprovider",
                          "-p", "no:xdist"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "4 passed" in run.stdout
