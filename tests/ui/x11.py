"""Running a script of the app on a real X display (Xvfb, Qt's xcb platform), where key
bindings, window sizes and focus differ from the offscreen platform the other GUI tests use."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.reports.tools import need

#: The start of a script: the demo book open in a shown, active main window, its data loaded;
#: ``app``, ``window`` and ``settle(ms)`` (let the event loop run) for what follows.
DEMO_WINDOW = textwrap.dedent("""
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
""")


def run_under_x11(script: str, tmp_path: Path, screen: str = "1366x768",
                  window_manager: bool = False) -> subprocess.CompletedProcess:
    """Run ``script`` with a fresh Xvfb of ``screen`` and fresh settings; skip (or fail where CI
    requires the tools) when Xvfb or Qt's xcb libraries are missing."""
    need("Xvfb")
    # -displayfd: Xvfb picks a free display itself, so runs in parallel (or a display left by a
    # killed run) never collide.
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{screen}x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    wm = None
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb n'a pas démarré"
        env = dict(os.environ, DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb",
                   ASSOCOMPTA_SETTINGS=str(tmp_path / "s.ini"),
                   ASSOCOMPTA_LOG_DIR=str(tmp_path / "log"))
        if window_manager:
            need("openbox")
            wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
            time.sleep(1)  # the window manager takes the screen before the app maps its window
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                              text=True, timeout=180)
    finally:
        for process in (wm, server):
            if process is not None:
                # SIGTERM, not SIGKILL: Xvfb removes its lock and socket only when asked.
                process.terminate()
                process.wait(10)
    if "could not load the Qt platform plugin" in done.stderr:
        if os.environ.get("ASSOCOMPTA_REQUIRE_TOOLS"):
            pytest.fail("le greffon xcb de Qt ne se charge pas : bibliothèques xcb absentes")
        pytest.skip("le greffon xcb de Qt ne se charge pas : bibliothèques xcb absentes")
    return done
