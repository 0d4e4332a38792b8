"""Screenshots of every view of the app on the demo association, for docs/ and for looking at.

    xvfb-run -s "-screen 0 1600x1000x24" python scripts/screenshots.py [--out docs] [--dark]
        [--lang en]

Runs on any Qt platform (offscreen too); under Xvfb the pictures are what a user's X server
draws. Each view is grabbed from the main window at 1400×850; the entry form with its
account completion open; the welcome screen. ``--lang en`` shoots the English interface
(file names end in -en).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def _dark(app: QApplication) -> None:
    app.setStyle("Fusion")
    p = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                        (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#262626"),
                        (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Button, "#353535"),
                        (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#2f65ca"),
                        (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.PlaceholderText, "#8a8a8a")):
        p.setColor(role, QColor(color))
    app.setPalette(p)


def _settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("docs"))
    ap.add_argument("--dark", action="store_true", help="dark palette (file names end in -dark)")
    ap.add_argument("--lang", choices=("fr", "en"), default="fr",
                    help="interface language (English: file names end in -en)")
    args = ap.parse_args()
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    if args.dark:
        _dark(app)
    from assocompta.services.demo import create_demo
    from assocompta.ui.app import Controller, _install_translations
    from assocompta.ui.settings import Settings
    _install_translations(app, args.lang)
    suffix = ("-dark" if args.dark else "") + ("-en" if args.lang == "en" else "")
    args.out.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    demo = folder / "Les Amis du Quartier.assocompta"
    create_demo(demo).close()
    controller = Controller(app, Settings())
    controller.settings.add_recent(demo)
    controller.welcome.refresh()
    controller.welcome.show()
    _settle(app)
    controller.welcome.grab().save(str(args.out / f"app-accueil{suffix}.png"))
    window = controller.open_book(demo)
    window.resize(1400, 850)
    window.session.start_writer()
    window.session.wait_ready()
    _settle(app)
    for key, _title, _m, _c in window._entries:
        view = window.show_view(key)
        model = getattr(view, "model", None)
        if model is not None and hasattr(model, "wait"):
            model.wait()
        elif hasattr(view, "wait"):  # the Tableau de bord counts in a thread
            view.wait()
        _settle(app)
        window.grab().save(str(args.out / f"app-{key}{suffix}.png"))
        print(args.out / f"app-{key}{suffix}.png")
    from shots_reconciliation import reconciliation_shots
    reconciliation_shots(window, app, args.out, suffix, _settle)
    _bank_shots(app, window, args.out, suffix)
    dialog = window.new_entry("depense")
    dialog.ui.amount_edit.setText("39,99")
    dialog.ui.label_edit.setText("Abonnement téléphone novembre")
    dialog.ui.account_edit.setFocus()
    dialog.ui.account_edit.setText("tél")
    dialog.ui.account_edit._typed("tél")
    _settle(app)
    shot = QGuiApplication.primaryScreen().grabWindow(0) if os.environ.get("DISPLAY") else None
    if shot is not None and not shot.isNull():
        geo = dialog.frameGeometry().united(dialog.ui.account_edit.completer().popup().geometry())
        shot.copy(geo).save(str(args.out / f"app-saisie-depense{suffix}.png"))
    else:
        dialog.grab().save(str(args.out / f"app-saisie-depense{suffix}.png"))
    dialog.discard()  # typed only for the picture
    from screenshots_closing import shoot_closing
    for path in shoot_closing(app, window, args.out, suffix, _settle):
        print(path)
    window.close()
    _settle(app)
    return 0


def _bank_shots(app: QApplication, window, out: Path, suffix: str) -> None:
    """The Banque view with a suggested line selected, and the import dialog on a CSV."""
    from assocompta.ui.dialogs.import_statement_dialog import ImportStatementDialog
    view = window.show_view("banque")
    labels = [view.model.index(r, 1).data() for r in range(view.model.rowCount())]
    free = next((r for r, text in enumerate(labels) if "FREE MOBILE" in text), None)
    if free is not None:
        view.table.selectRow(free)
    _settle(app)
    window.grab().save(str(out / f"app-banque{suffix}.png"))
    data = Path(__file__).resolve().parents[1] / "tests" / "bank" / "data" / "ca_mars_2025.csv"
    folder = Path(tempfile.mkdtemp()) / "Téléchargements"
    folder.mkdir()
    sample = folder / "releve_mars_2025.csv"
    sample.write_bytes(data.read_bytes())
    dialog = ImportStatementDialog(window.session, view.account, sample, window)
    dialog.resize(1000, 700)
    dialog.show()
    _settle(app)
    dialog.grab().save(str(out / f"app-import-releve{suffix}.png"))
    print(out / f"app-import-releve{suffix}.png")
    dialog.close()


if __name__ == "__main__":
    sys.exit(main())
