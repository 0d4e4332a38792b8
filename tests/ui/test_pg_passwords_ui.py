"""The app never shows a PostgreSQL password: message boxes, the shared-book dialog, the log."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.test_pg_passwords import assert_no_password

pytest.importorskip("psycopg")

URLS = ["postgresql://treso:50%off@127.0.0.1:1/base",
        "postgresql://treso:50%25off@127.0.0.1:1/base",
        "postgresql://treso:50%off@127.0.0.1:abc/base"]


@pytest.fixture
def boxes(monkeypatch):
    """Every message box's whole text, Details included."""
    shown: list[str] = []

    def fake_exec(box):
        shown.append(f"{box.text()}\n{box.informativeText()}\n{box.detailedText()}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.mark.parametrize("url", URLS)
def test_opening_an_unreachable_shared_book(qtbot, url, boxes, monkeypatch):
    from assocompta.ui import app
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app.main([url]) == 0
    assert boxes and "PostgreSQL" in boxes[0]
    assert_no_password(*boxes)


@pytest.mark.parametrize("url", URLS)
def test_shared_book_dialog_says_why_without_the_password(qtbot, url):
    from assocompta.ui.dialogs.shared_book_dialog import SharedBookDialog
    dialog = SharedBookDialog(None, url)
    qtbot.addWidget(dialog)
    message = dialog.check(url)
    assert "Le serveur ne répond pas" in message
    assert_no_password(message)


def test_driver_error_in_a_thread_reaches_log_and_dialog_without_password(qtbot, boxes,
                                                                         monkeypatch):
    import psycopg

    from assocompta.ui import app
    from assocompta.ui.errors import log_file
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app.main([]) == 0

    def raw_driver() -> None:  # the driver's own text, as a bug letting it through would
        psycopg.connect(URLS[0])

    thread = threading.Thread(target=raw_driver, name="lecture")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(boxes) == 1, timeout=5000)
    log = log_file().read_text(encoding="utf-8")
    assert "percent-encoded" in log and "percent-encoded" in boxes[0]
    assert_no_password(log, *boxes)
