"""The window on a real 1366×768 X screen with a window manager, fresh settings (issue 13):
it used to open at 1280×800, its Dépense/Recette… buttons and status bar off-screen."""

from __future__ import annotations

import json
import textwrap


from tests.ui.x11 import run_under_x11

SCRIPT = textwrap.dedent("""
    import json, sys, tempfile
    from pathlib import Path
    from PySide6.QtCore import QEventLoop, QRect, QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from assocompta.services.demo import create_demo
    from assocompta.ui.app import Controller
    from assocompta.ui.settings import Settings

    def settle(ms):
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def on_screen(widget):
        rect = QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())
        return widget.isVisible() and screen.contains(rect)

    book = Path(tempfile.mkdtemp()) / "demo.assocompta"
    create_demo(book).close()
    controller = Controller(app, Settings())
    window = controller.open_book(book)
    screen = window.screen().geometry()
    settle(2000)
    view = window.show_view("saisie")
    settle(500)
    first = {"frame": window.frameGeometry().getRect(), "screen": screen.getRect(),
             "maximized": window.isMaximized(),
             "buttons": {k: on_screen(b) for k, b in view.new_buttons.items()},
             "status": on_screen(window.statusBar()), "table": on_screen(view.table)}
    window.showNormal()
    settle(500)
    window.setGeometry(120, 90, 1000, 600)
    settle(500)
    window.close()
    settle(300)
    again = controller.open_book(book)
    settle(1500)
    second = {"size": again.size().toTuple(), "maximized": again.isMaximized(),
              "pos": again.geometry().topLeft().toTuple()}
    again.close()
    settle(300)
    print(json.dumps({"first": first, "second": second}))
""")


def test_fresh_window_fits_1366x768_and_its_place_is_kept(tmp_path):
    # Maximizing is the window manager's work: openbox, as on a desktop.
    done = run_under_x11(SCRIPT, tmp_path, window_manager=True)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    first, second = seen["first"], seen["second"]
    x, y, w, h = first["frame"]
    assert x >= 0 and y >= 0 and x + w <= 1366 and y + h <= 768, first
    assert first["maximized"], first
    assert first["buttons"] == {k: True for k in ("depense", "recette", "virement",
                                                  "contribution", "libre")}, first
    assert first["status"] and first["table"], first
    # The place the user gave it is kept for this screen.
    assert second["size"] == [1000, 600], second
    assert not second["maximized"], second
