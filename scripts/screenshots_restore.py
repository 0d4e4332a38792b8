"""Screenshots of saving a copy and restoring a backup (Fichier menu), at the screen's size.

    Xvfb :5 -screen 0 1366x768x24 & DISPLAY=:5 openbox & 
    DISPLAY=:5 QT_QPA_PLATFORM=xcb python scripts/screenshots_restore.py --out docs --suffix ""

docs/app-fichier-menu.png: the Fichier menu with « Enregistrer une copie… » and « Restaurer une
sauvegarde… »; docs/app-restaurer.png: the list of backups; docs/app-restaurer-confirmation.png:
the confirmation that keeps the current book aside.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def _settle(app: QApplication, ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _grab_screen(app: QApplication, path: Path) -> None:
    _settle(app)
    app.primaryScreen().grabWindow(0).save(str(path))
    print(path)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("docs"))
    ap.add_argument("--suffix", default="")
    args = ap.parse_args()
    os.environ.setdefault("ASSOCOMPTA_SETTINGS", str(Path(tempfile.mkdtemp()) / "s.ini"))
    app = QApplication(sys.argv[:1])
    from assocompta.services.demo import create_demo
    from assocompta.storage.books import open_book
    from assocompta.ui.app import Controller, _install_translations
    from assocompta.ui.dialogs.restore_dialog import RestoreDialog
    from assocompta.ui.settings import Settings
    _install_translations(app, "fr")  # Qt's own buttons (Oui/Non) in French, as in the app
    args.out.mkdir(exist_ok=True)
    demo = Path(tempfile.mkdtemp()) / "Les Amis du Quartier.assocompta"
    create_demo(demo).close()
    for _ in range(2):  # two more openings after a change: three backups to choose from
        with open_book(demo, backup=True) as book:
            book.refresh_totals()
        os.utime(demo)
    controller = Controller(app, Settings())
    window = controller.open_book(demo)
    window.show()
    _settle(app, 2000)
    menu = window.menuBar().actions()[0].menu()
    menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    _grab_screen(app, args.out / f"app-fichier-menu{args.suffix}.png")
    menu.close()
    dialog = RestoreDialog(demo, window)
    dialog.show()
    _grab_screen(app, args.out / f"app-restaurer{args.suffix}.png")

    def grab_box():
        box = app.activeModalWidget()
        _grab_screen(app, args.out / f"app-restaurer-confirmation{args.suffix}.png")
        if isinstance(box, QMessageBox):
            box.reject()
    QTimer.singleShot(800, grab_box)
    dialog._accept()
    dialog.close()
    window.close()
    _settle(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
