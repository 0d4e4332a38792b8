"""A new tiers typed in the Dépense form and confirmed with Entrée, on a real X display (xcb),
where the completer's popup takes the keys first: the « Nouveau tiers » dialog opens and the
entry is saved with the tiers created."""

from __future__ import annotations

import textwrap

from tests.ui.x11 import DEMO_WINDOW, run_under_x11

SCRIPT = DEMO_WINDOW + textwrap.dedent("""
    from PySide6.QtWidgets import QPushButton
    settle(1000)
    dialog = window.show_view("saisie").new_entry("depense")
    dialog.activateWindow()
    settle(500)
    QTest.keyClicks(dialog.ui.amount_edit, "86,40")
    QTest.keyClicks(dialog.ui.label_edit, "Affiches")
    QTest.keyClicks(dialog.ui.account_edit, "623")
    QTest.keyClick(dialog.ui.account_edit.completer().popup(), Qt.Key.Key_Escape)
    combo = dialog.ui.tiers_combo
    combo.setFocus()
    QTest.keyClicks(combo, "Imprimerie Dubois")
    settle(300)
    seen = []

    def answer():
        box = app.activeModalWidget()
        if box is None or box.windowTitle() != "Nouveau tiers":
            QTimer.singleShot(100, answer)
            return
        seen.append(box.name_edit.text())
        button = next(b for b in box.findChildren(QPushButton) if b.text() == "&Créer le tiers")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    QTest.keyClick(combo, Qt.Key.Key_Return)
    settle(500)
    print("dialog", seen)
    print("note", dialog.ui.error_label.text())
    rows = window.session.conn.execute(
        "SELECT a.code, t.name FROM entry_line l JOIN entry e ON e.id = l.entry_id "
        "JOIN account a ON a.id = l.account_id LEFT JOIN tiers t ON t.id = l.tiers_id "
        "WHERE e.label = 'Affiches' ORDER BY l.position").fetchall()
    print("lines", rows)
    print("items", [combo.itemText(i) for i in range(combo.count())].count("Imprimerie Dubois"))
    dialog.close()
    window.close()
    settle(300)
""")


def test_new_tiers_and_enter_in_the_depense_form_under_x11(tmp_path):
    done = run_under_x11(SCRIPT, tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout.splitlines()
    assert out[0] == "dialog ['Imprimerie Dubois']", done.stdout + done.stderr
    assert out[1].endswith("enregistrée sur 512 Banques."), out[1]
    assert out[2] == ("lines [('623', 'Imprimerie Dubois'), ('512', 'Imprimerie Dubois')]")
    assert out[3] == "items 1"
