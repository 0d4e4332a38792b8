"""F1 on a real X display (xcb, 1366×768): the guide opens at the page of the view on screen,
with no ambiguous shortcut (the shortcut table's old F1 is gone)."""

from __future__ import annotations

import textwrap


from tests.ui.x11 import DEMO_WINDOW, run_under_x11

SCRIPT = DEMO_WINDOW + textwrap.dedent("""
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
    done = run_under_x11(SCRIPT, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["guide", "Importer le relevé de la banque"], \
        done.stdout + done.stderr
    assert "Ambiguous shortcut" not in done.stderr
