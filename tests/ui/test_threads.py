"""Background threads in the app: their errors reach the log and the crash dialog."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QRunnable, QThread, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox


@pytest.fixture
def running_app(demo_path, monkeypatch):
    """The app as ``assocompta BOOK`` starts it, its event loop left to qtbot."""
    from assocompta.ui import app
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app.main([str(demo_path)]) == 0
    yield QApplication.instance()


@pytest.fixture
def dialogs(monkeypatch):
    """Each message box: its text and whether it was made on the GUI thread."""
    shown: list[tuple[str, bool]] = []

    def fake_exec(box):
        on_gui = QThread.currentThread() is QApplication.instance().thread()
        shown.append((f"{box.text()} {box.informativeText()} {box.detailedText()}", on_gui))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def _log_text() -> str:
    from assocompta.ui.errors import log_file
    return log_file().read_text(encoding="utf-8") if log_file().exists() else ""


def test_an_error_in_a_thread_is_logged_and_shown_on_the_gui_thread(qtbot, running_app,
                                                                     dialogs):
    from assocompta.ui.errors import log_file

    def fails() -> None:
        raise RuntimeError("panne dans le fil de fond")

    thread = threading.Thread(target=fails, name="calcul")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(dialogs) == 1, timeout=5000)
    text, on_gui = dialogs[0]
    assert on_gui
    assert "Une erreur inattendue" in text and str(log_file()) in text
    assert "panne dans le fil de fond" in text  # the details, under « Détails »
    log = _log_text()
    assert "panne dans le fil de fond" in log and "« calcul »" in log and "Traceback" in log


def test_an_error_in_a_qrunnable_is_logged_and_shown(qtbot, running_app, dialogs):
    class Job(QRunnable):
        def run(self) -> None:
            raise ValueError("panne dans un QRunnable")

    pool = QThreadPool()
    pool.start(Job())
    pool.waitForDone(5000)
    qtbot.waitUntil(lambda: len(dialogs) == 1, timeout=5000)
    assert dialogs[0][1] and "panne dans un QRunnable" in dialogs[0][0]
    assert "panne dans un QRunnable" in _log_text()
