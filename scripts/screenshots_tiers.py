"""Screenshots of donors and members in the app: the tiers record of a person and of a
company, the Adhérents view (who paid their cotisation), on the demo association with the
made-up members' list of tests/data imported and a few cotisations paid.

    Xvfb :57 -screen 0 1366x768x24 & openbox &
    DISPLAY=:57 QT_QPA_PLATFORM=xcb python scripts/screenshots_tiers.py --out /tmp/shots

The whole X screen is captured (ImageMagick's ``import -window root``), as a user sees it;
file names carry the screen's width.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]


def _settle(app: QApplication, rounds: int = 30) -> None:
    import time
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.02)


def _shoot(app: QApplication, dest: Path) -> None:
    _settle(app)
    subprocess.run(["import", "-window", "root", str(dest)], check=True)
    print(dest)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/shots"))
    args = ap.parse_args()
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    from assocompta.domain.entries import EntryDraft, LineDraft
    from assocompta.domain.money import Money
    from assocompta.services.demo import create_demo
    from assocompta.services.ledger import post_entry
    from assocompta.services.tiers_io import import_tiers
    from assocompta.ui.app import Controller, _install_translations
    from assocompta.ui.dialogs.tiers_dialog import TiersDialog
    from assocompta.ui.settings import Settings
    from assocompta.services.parties import tiers_row
    _install_translations(app, "fr")
    args.out.mkdir(parents=True, exist_ok=True)
    width = app.primaryScreen().size().width()
    demo = Path(tempfile.mkdtemp()) / "Les Amis du Quartier.assocompta"
    book = create_demo(demo)
    year = "2025"
    import_tiers(book, ROOT / "tests" / "data" / "adherents_2025_cp1252.csv", year)
    import_tiers(book, ROOT / "tests" / "data" / "donateurs_utf8_bom.csv")
    for code, cents, day in (("A001", 2000, dt.date(2025, 1, 12)),
                             ("A002", 1000, dt.date(2025, 2, 3)),
                             ("A004", 2000, dt.date(2025, 3, 20))):
        post_entry(book, EntryDraft(day, "BQ", "Cotisation", (
            LineDraft("512", debit=Money(cents)),
            LineDraft("7561", credit=Money(cents), tiers=code))))
    book.close()
    controller = Controller(app, Settings())
    window = controller.open_book(demo)
    window.session.start_writer()
    window.session.wait_ready()
    window.session.set_year(year)
    window.showMaximized()
    _settle(app)

    window.show_view("tiers")
    for code, name in (("A003", "personne"), ("BOULANGERIEMARTI", "entreprise")):
        dialog = TiersDialog(f"Modifier le tiers {code}", tiers_row(window.session.book, code),
                             parent=window)
        dialog.open()
        _shoot(app, args.out / f"tiers-{name}-{width}.png")
        dialog.reject()
    window.show_view("adherents")
    _shoot(app, args.out / f"adherents-{width}.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
