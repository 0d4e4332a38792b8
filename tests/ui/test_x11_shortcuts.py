"""Keyboard shortcuts on a real X display (xcb), where Qt's key bindings differ from the
offscreen platform the other GUI tests use: X11's « Delete » binding is Del *and* Ctrl+D."""

from __future__ import annotations

import textwrap


from tests.ui.x11 import DEMO_WINDOW, run_under_x11

SCRIPT = DEMO_WINDOW + textwrap.dedent("""
    from assocompta.ui.dialogs.entry_dialog import EntryDialog
    import sys
    for view in ("saisie", "budget"):
        window.show_view(view)
        settle(300)
        widget = window.views[view].table
        widget.setFocus()
        QTest.keyClick(widget, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        settle(500)
        opened = [w for w in app.topLevelWidgets() if isinstance(w, EntryDialog) and w.isVisible()]
        print(view, "dialog" if opened else "nothing")
        for w in opened:
            w.close()
        settle(200)
    window.close()
    settle(300)
""")



def test_ctrl_d_opens_a_depense_in_saisie_and_budget_under_x11(tmp_path):
    done = run_under_x11(SCRIPT, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["saisie dialog", "budget dialog"], done.stderr
    assert "Ambiguous shortcut" not in done.stderr
