"""F1 on a real X display (xcb, 1366×768): the guide opens at the page of the view on screen,
with no ambiguous shortcut (the shortcut table's old F1 is gone)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from tests.ui.test_x11_shortcuts import _display

SCRIPT = textwrap.dedent("""
    import tempfile
    from pathlib import Path
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from assocompta.services.demo import create_demo
    from assocompta.ui.app import Controller
    from assocompta.ui.settings import Settings

    def settle(ms):
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    book = Path(tempfile.mkdtemp()) / "demo.assocompta"
    create_demo(book).close()
    window = Controller(app, Settings()).open_book(book)
    window.show()
    window.activateWindow()
    window.session.wait_ready()
    settle(1500)
    window.show_view("banque")
    settle(300)
    window.views["banque"].table.setFocus()
    # Before the guide, F1 opened a modal table of shortcuts: closed, so the script goes on.
    QTimer.singleShot(2500, lambda: app.activeModalWidget() and app.activeModalWidget().close())
    QTest.keyClick(window.views["banque"].table, Qt.Key.Key_F1)
    settle(800)
    help_window = getattr(window, "help_window", None)
    shown = help_window is not None and help_window.isVisible()
    print("guide" if shown else "nothing")
    if shown:
        print(help_window.browser.toPlainText().splitlines()[0])
        help_window.close()
    window.close()
    settle(300)
""")


def test_f1_opens_the_guide_at_the_banque_page_under_x11(tmp_path):
    server, display = _display()
    assert server is not None, "Xvfb n'a pas démarré"
    try:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                   ASSOCOMPTA_SETTINGS=str(tmp_path / "s.ini"),
                   ASSOCOMPTA_LOG_DIR=str(tmp_path / "log"))
        done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                              text=True, timeout=180)
    finally:
        server.kill()
        server.wait()
    if "could not load the Qt platform plugin" in done.stderr:
        if os.environ.get("ASSOCOMPTA_REQUIRE_TOOLS"):
            pytest.fail("le greffon xcb de Qt ne se charge pas : bibliothèques xcb absentes")
        pytest.skip("le greffon xcb de Qt ne se charge pas : bibliothèques xcb absentes")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["guide", "Importer le relevé de la banque"], \
        done.stdout + done.stderr
    assert "Ambiguous shortcut" not in done.stderr
