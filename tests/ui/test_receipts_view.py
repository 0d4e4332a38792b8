"""The Reçus fiscaux view: donors of the year, issuing in a thread, reprinting duplicates."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import text

from assocompta.services.demo_documents import add_demo_documents


def _pdf(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _select(view, row: int) -> None:
    """Exactly this row (selectRow would follow keyboard modifiers other tests leave)."""
    flags = QItemSelectionModel.SelectionFlag
    view.table.selectionModel().select(view.model.index(row, 0),
                                       flags.ClearAndSelect | flags.Rows)


def _texts(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_donors_issue_and_reprint(qtbot, window, tmp_path, no_modal_boxes):
    add_demo_documents(window.session.book)
    window.session.set_year("2025")
    view = window.show_view("recus")
    view.refresh()
    # The demo's three persons, its company (mécénat) and its volunteer (abandon de frais).
    assert _texts(view.model, 0) == ["Anne Le Goff", "Bati-Ouest SARL", "Jean Martin",
                                     "Marie Dupont", "Paul Lemoine"]
    assert all(t.startswith("à émettre") for t in _texts(view.model, 4))
    assert view.issue_button.isEnabled() and not view.reprint_button.isEnabled()

    _select(view, 2)  # Jean Martin only
    assert [d.name for d in view._selected()] == ["Jean Martin"]
    task = view.issue(tmp_path / "martin.pdf")
    qtbot.waitUntil(lambda: not task.thread_.is_alive(), timeout=20_000)
    qtbot.waitUntil(lambda: _texts(view.model, 4)[2] == "2025-0001" or bool(no_modal_boxes),
                    timeout=20_000)
    assert no_modal_boxes == []
    assert "Nom : Martin" in _pdf(tmp_path / "martin.pdf")

    view.table.clearSelection()
    task = view.issue(tmp_path / "tous.pdf")  # the others, numbered on
    qtbot.waitUntil(lambda: not task.thread_.is_alive(), timeout=20_000)
    qtbot.waitUntil(lambda: "à émettre" not in " ".join(_texts(view.model, 4))
                    or bool(no_modal_boxes), timeout=20_000)
    assert no_modal_boxes == []
    assert _texts(view.model, 4) == ["2025-0002", "2025-0003", "2025-0001", "2025-0004",
                                     "2025-0005"]
    assert not view.issue_button.isEnabled()
    pages = _pdf(tmp_path / "tous.pdf")
    assert "Le Goff" in pages and "Dupont" in pages and "Martin" not in pages

    _select(view, 3)  # Marie Dupont
    dup = view.reprint(tmp_path / "dup.pdf")
    assert "Duplicata" in _pdf(dup) and "2025-0004" in _pdf(dup)


def test_missing_addresses_are_named_and_nothing_issued(qtbot, window, tmp_path, no_modal_boxes):
    add_demo_documents(window.session.book)
    with window.session.book.transaction() as s:
        s.execute(text("UPDATE tiers SET address = '', postcode = '', city = '' "
                       "WHERE code = 'MARTIN'"))
    window.session.set_year("2025")
    view = window.show_view("recus")
    view.refresh()
    assert "(adresse manquante)" in _texts(view.model, 1)
    task = view.issue(tmp_path / "r.pdf")
    qtbot.waitUntil(lambda: not task.thread_.is_alive(), timeout=20_000)
    qtbot.waitUntil(lambda: bool(no_modal_boxes), timeout=20_000)
    assert "Jean Martin" in no_modal_boxes[-1] and "Aucun reçu émis" in no_modal_boxes[-1]
    assert not (tmp_path / "r.pdf").exists()
    assert window.session.conn.execute("SELECT count(*) FROM donation_receipt").fetchone()[0] == 0


def test_tiers_address_edited_in_the_tiers_view(qtbot, window):
    from assocompta.domain.parties import TiersKind
    view = window.show_view("tiers")
    view.tiers_table.selectRow(view.tiers_model.row_of("EDF"))
    assert view.edit_tiers(["EDF", "EDF", "22-30 avenue de Wagram, 75008 Paris",
                            TiersKind.SUPPLIER, None])
    at = view.tiers_model.row_of("EDF")
    assert view.tiers_model.index(at, 4).data() == "22-30 avenue de Wagram, 75008 Paris"


def test_receipts_are_saved_in_the_home_folder_by_default(qtbot, window, tmp_path,
                                                          no_modal_boxes):
    """Review of issue 13: « Émettre les reçus… » and « Réimprimer (duplicata)… » opened the
    save dialog in the folder the app was started from (an installed app's program folder),
    every other save in the home folder. Both start in the home folder now."""
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog
    window.session.set_year("2025")
    view = window.show_view("recus")
    view.refresh()
    seen = []

    def answer(keep: Path | None) -> None:
        def act() -> None:
            chooser = QApplication.activeModalWidget()
            if not isinstance(chooser, QFileDialog):
                QTimer.singleShot(50, act)
                return
            proposed = Path(chooser.selectedFiles()[0])
            seen.append((proposed.parent, proposed.name))
            if keep is None:
                chooser.reject()
                return
            chooser.selectFile(str(keep / proposed.name))
            chooser.accept()
        QTimer.singleShot(0, act)

    answer(tmp_path)
    task = view.issue()
    qtbot.waitUntil(lambda: not task.thread_.is_alive(), timeout=30_000)
    answer(None)
    assert view.reprint() is None
    assert seen == [(Path.home(), "recus-fiscaux-2025.pdf"),
                    (Path.home(), "duplicata-recus-2025.pdf")]
    assert "Le Goff" in _pdf(tmp_path / "recus-fiscaux-2025.pdf")


def _asked(monkeypatch, answer):
    """Record the questions the app asks (the texts the treasurer reads), answer ``answer``."""
    from PySide6.QtWidgets import QMessageBox
    asked: list[str] = []

    def question(parent, title, text, *a, **k):
        asked.append(text)
        return answer
    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_january_menu_offers_last_years_receipts(qtbot, window, tmp_path, monkeypatch,
                                                 no_modal_boxes):
    from PySide6.QtWidgets import QFileDialog, QMessageBox
    add_demo_documents(window.session.book)
    window.session.set_year("2026")  # the toolbar in January: the new year, no gift yet
    asked = _asked(monkeypatch, QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "r.pdf"), "")))
    task = window.command_actions["receipts"].trigger() or window.view("recus").task
    assert asked == ["Aucun don de 2026 sans reçu.\n\nÉmettre les reçus des dons de 2025 ?"]
    assert window.view("recus").year == "2025"  # the calendar year of the gifts
    qtbot.waitUntil(lambda: not task.thread_.is_alive(), timeout=20_000)
    qtbot.waitUntil(lambda: window.session.conn.execute(
        "SELECT count(*) FROM donation_receipt").fetchone()[0] == 5, timeout=20_000)
    numbers = [r[0] for r in window.session.conn.execute(
        "SELECT number FROM donation_receipt ORDER BY number")]
    assert numbers == ["2025-0001", "2025-0002", "2025-0003", "2025-0004", "2025-0005"]
    assert no_modal_boxes == []

    window.session.set_year("2026")  # all of 2025 receipted now (the view stays on 2025)
    window.command_actions["receipts"].trigger()
    assert no_modal_boxes == ["Aucun reçu à émettre : aucun don de 2025 sans reçu."]
    assert len(asked) == 1


def test_january_view_points_at_last_years_gifts(qtbot, window):
    add_demo_documents(window.session.book)
    window.session.set_year("2026")
    view = window.show_view("recus")
    view.activate()
    assert view.earlier.isVisible()
    assert view.earlier.text().startswith("Aucun don de 2026 sans reçu. Des dons de 2025 "
                                          "attendent encore leur reçu")
    assert not view.issue_button.isEnabled()
    view.earlier.linkActivated.emit("2025")  # the link « afficher l'année 2025 »
    assert view.year == "2025"
    assert [view.model.index(r, 0).data() for r in range(view.model.rowCount())] == [
        "Anne Le Goff", "Bati-Ouest SARL", "Jean Martin", "Marie Dupont", "Paul Lemoine"]
    assert view.issue_button.isEnabled() and not view.earlier.isVisible()
