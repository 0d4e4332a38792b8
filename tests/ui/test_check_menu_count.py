"""Exercice › Vérifier le livre counts its problems as French does: « 1 problème dans le
livre : », not « 1 problème(s) »."""

from __future__ import annotations

from tests.helpers import sqlite_only
from tests.storage.test_check import _tamper


@sqlite_only
def test_one_problem_is_singular(qtbot, engine, demo_path, request, no_modal_boxes):
    _tamper(demo_path, "INSERT INTO entry (year_id, journal_id, number, date, label) "
                       "SELECT e.year_id, e.journal_id, (SELECT max(number) + 1 FROM entry "
                       "WHERE year_id = e.year_id), e.date, 'Seule' FROM entry e "
                       "WHERE e.id = (SELECT min(id) FROM entry)")
    _tamper(demo_path, "INSERT INTO entry_line (entry_id, position, account_id, debit, credit) "
                       "SELECT e.id, 1, l.account_id, 0, 0 FROM entry e, entry_line l "
                       "WHERE e.label = 'Seule' AND l.id = (SELECT min(id) FROM entry_line)")
    window = request.getfixturevalue("window")
    window.command_actions["check"].trigger()
    dialog = window.task_menus.last_task
    qtbot.waitUntil(lambda: not dialog.thread_.is_alive(), timeout=60_000)
    qtbot.waitUntil(lambda: bool(no_modal_boxes), timeout=5_000)
    assert no_modal_boxes[-1].startswith("1 problème dans le livre : "), no_modal_boxes
    assert "« Seule » : 1 ligne, il en faut au moins deux" in no_modal_boxes[-1]
