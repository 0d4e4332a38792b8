"""The report views with or without drafts: « Écritures validées seulement » gives the figures
of validated entries only; without it a report that includes drafts says « Document
provisoire » above its table, and so does its export."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from assocompta.services.reports import build, build_budget_report
from assocompta.services.validation import drafts_in, validate_entries
from assocompta.ui.models.report_model import CENTS_ROLE

TOTAL_CHARGES = "TOTAL DES CHARGES (II + IV + VI + VII + VIII)"


def _cents(view, label: str, column: int = 1) -> int:
    index = view.model.find(label)
    assert index.isValid(), label
    return index.siblingAtColumn(column).data(CENTS_ROLE)


def _drafts(window) -> int:
    with window.session.book.session() as s:
        return drafts_in(s, window.session.year.id).count


def test_the_box_leaves_drafts_out_and_the_mark_shows_when_they_are_in(qtbot, window,
                                                                       tmp_path):
    window.session.set_year("2025")
    book = window.session.book
    validate_entries(book, "2025", through=dt.date(2025, 6, 30), number_pieces=True)
    window.session.notify()
    view = window.show_view("resultat")
    left = _drafts(window)
    assert left > 0
    assert not view.validated_check.isChecked()
    assert view.provisional.isVisibleTo(view)
    assert view.provisional.text() == (
        f"Document provisoire : {left} écritures en brouillard incluses")
    everything = build(book, "resultat", "2025").row(TOTAL_CHARGES).values[0].cents
    assert _cents(view, TOTAL_CHARGES) == everything

    qtbot.mouseClick(view.validated_check, Qt.MouseButton.LeftButton)
    assert view.validated_check.isChecked()
    final = build(book, "resultat", "2025", validated_only=True)
    assert _cents(view, TOTAL_CHARGES) == final.row(TOTAL_CHARGES).values[0].cents < everything
    assert view.provisional.text() == (
        f"Écritures validées seulement : {left} écritures en brouillard laissées de côté.")
    assert "B00020" not in view.provisional.styleSheet()  # a note, not the red mark

    # The export is the report as shown: without the mark, then (box cleared) with it.
    sheet = load_workbook(view.export(tmp_path / "cr.xlsx")).active
    assert sheet["A5"].value is None
    qtbot.mouseClick(view.validated_check, Qt.MouseButton.LeftButton)
    sheet = load_workbook(view.export(tmp_path / "cr2.xlsx")).active
    assert sheet["A5"].value == view.provisional.text()
    assert _cents(view, TOTAL_CHARGES) == everything

    # Everything validated: nothing to mark, box or not.
    validate_entries(book, "2025", number_pieces=True)
    window.session.notify()
    view.refresh()
    assert not view.provisional.isVisibleTo(view)


def test_budget_vs_realise_has_the_box_too(qtbot, window):
    window.session.set_year("2025")
    view = window.show_view("suivi")
    assert view.provisional.isVisibleTo(view)
    assert view.provisional.text().startswith("Document provisoire : ")
    view.validated_check.setChecked(True)
    real = build_budget_report(window.session.book, "2025", suivi=True, validated_only=True)
    assert view.report.rows == real.rows
    assert "laissées de côté" in view.provisional.text()
