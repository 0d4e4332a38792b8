"""The app around the views: FEC import behind a progress dialog, errors users see, start-up."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from assocompta.services.fec_export import export_fec
from assocompta.services.setup import Identity, create_book
from assocompta.ui.main_window import MainWindow
from assocompta.ui.session import BookSession
from tests.helpers import SIREN, file_digest, validated


def _fresh_window(qtbot, tmp_path: Path, window) -> MainWindow:
    book, _ = create_book(tmp_path / "neuf.assocompta", Identity("Nouvelle", siren=SIREN),
                          dt.date(2025, 1, 1))
    book.close()
    session = BookSession(tmp_path / "neuf.assocompta")
    with qtbot.waitSignal(session.writable_changed, timeout=30_000):
        session.open()
    w = MainWindow(session, window.settings, {})
    qtbot.addWidget(w)
    w.show()
    return w


def _wait_task(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.thread_.is_alive(), timeout=60_000)
    qtbot.wait(50)


def test_fec_import_from_the_app_fills_the_ledger(qtbot, tmp_path, window, monkeypatch):
    validated(window.session.book, "2025", number_pieces=True)  # the demo's December drafts
    fec, entries = export_fec(window.session.book, "2025", tmp_path)
    target = _fresh_window(qtbot, tmp_path, window)
    ledger = target.show_view("saisie")
    ledger.model.wait()
    assert ledger.model.rowCount() == 0
    _wait_task(qtbot, target.import_fec(fec))
    qtbot.waitUntil(lambda: "importées" in target.statusBar().currentMessage(), timeout=10_000)
    ledger.model.wait()
    source = window.show_view("saisie")
    source.model.wait()
    assert ledger.model.rowCount() == source.model.rowCount() > 0
    assert target.bank_label.text() == window.bank_label.text()


def test_refused_import_says_why_and_writes_nothing(qtbot, tmp_path, window, monkeypatch,
                                                    no_modal_boxes):
    bad = tmp_path / "bad.txt"
    bad.write_text("JournalCode\tnimporte quoi\n1\t2\n", encoding="utf-8")
    target = _fresh_window(qtbot, tmp_path, window)
    before = file_digest(target.session.path)
    _wait_task(qtbot, target.import_fec(bad))
    qtbot.waitUntil(lambda: any("bad.txt" in t for t in no_modal_boxes), timeout=10_000)
    assert any("rien n'a été écrit" in t for t in no_modal_boxes)
    assert file_digest(target.session.path) == before


def test_unexpected_error_names_the_log_file(qapp, no_modal_boxes):
    from assocompta.ui.errors import install_excepthook, log_file
    saved = sys.excepthook
    install_excepthook()
    try:
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = saved
    assert any(str(log_file()) in text for text in no_modal_boxes)


def test_smoke_run_visits_every_view(demo_path, capsys):
    from assocompta.cli import main
    assert main(["--smoke", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "journal affiché" in out and "Grand livre" in out
    assert out.splitlines()[1].startswith("Tableau de bord : ")  # the first view listed



def test_english_interface_from_the_translations(demo_path, tmp_path):
    import os
    import subprocess
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    out = subprocess.run([sys.executable, "-m", "assocompta", "--smoke", "--lang", "en",
                          str(demo_path)], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "General ledger" in out.stdout and "Entries" in out.stdout
    # Every view's column headings, as the smoke run prints them after the view's title.
    lines = {line.split(" : ")[0]: line for line in out.stdout.splitlines()}
    assert "Chart heading | Description | Amount | Action | Funder | Funder type" in \
        lines["Budget"]
    assert "Balance for the year" in lines["Chart of accounts"]
    assert "Funder category (CERFA)" in lines["Parties and actions"]
    assert "Start | End | Chart of accounts | Status | Entries" in lines["Fiscal years"]
    assert lines["Income statement"].split("[")[1].startswith("Description |")
    assert "Poste du plan" not in out.stdout and "Solde de l'exercice" not in out.stdout


def test_english_views_texts(tmp_path):
    """Texts built in code (not headings) of the views, with the English catalogue."""
    import os
    import subprocess
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "from assocompta.ui.app import _install_translations\n"
        "app = QApplication([])\n"
        "_install_translations(app, 'en')\n"
        "from assocompta.ui.dialogs.copy_budget_dialog import CopyBudgetDialog\n"
        "from assocompta.ui.widgets.checks_panel import ChecksPanel\n"
        "d = CopyBudgetDialog(['2024'], '2025')\n"
        "print(d.windowTitle()); print(d.budget_radio.text()); print(d.actuals_radio.text())\n"
        "print(ChecksPanel().accessibleName())\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["Copy the 2025 budget", "its &budget",
                                       "its &actuals (the accounts of the fiscal year)",
                                       "Report checks"]


def test_new_association_dialog_creates_the_book_with_the_chart_of_its_dates(qtbot, tmp_path):
    from assocompta.storage.db import Book
    from assocompta.ui.dialogs.new_book_dialog import NewBookDialog
    dialog = NewBookDialog(None, tmp_path)
    qtbot.addWidget(dialog)
    dialog.ui.start_edit.setText("01/07/2024")
    assert dialog.ui.end_edit.text() == "30/06/2025"
    assert "2018-06" in dialog.ui.chart_label.text() and "2025" not in dialog.ui.chart_label.text()
    dialog.create()
    assert "obligatoire" in dialog.ui.error_label.text() and dialog.created is None
    dialog.ui.name_edit.setText("Club de lecture")
    dialog.ui.siren_edit.setText("123")
    dialog.create()
    assert "SIREN" in dialog.ui.error_label.text() and dialog.created is None
    dialog.ui.siren_edit.clear()
    dialog.create()
    assert dialog.created == tmp_path / "association.assocompta"
    with Book.open(dialog.created, readonly=True) as book:
        assert book.scalar("SELECT name FROM association") == "Club de lecture"
        assert book.scalar("SELECT label FROM fiscal_year") == "2024-2025"


def test_welcome_opens_the_example_and_comes_back_when_the_book_closes(qtbot, qapp):
    from assocompta.ui.app import Controller
    from assocompta.ui.settings import Settings
    controller = Controller(qapp, Settings())
    controller.start(None)
    assert controller.welcome.isVisible()
    assert not controller.welcome.recent.isVisible()  # no recent book yet
    controller.welcome.buttons["demo"].click()
    assert len(controller.windows) == 1
    window = controller.windows[0]
    assert "Les Amis du Quartier" in window.windowTitle()
    assert not controller.welcome.isVisible()
    window.session.start_writer()
    window.session.wait_ready()
    window.close()
    assert controller.welcome.isVisible()
    assert controller.welcome.recent.count() == 1
    assert "exemple" in controller.welcome.recent.item(0).text()
