"""Donation receipts on the demo book, as a user's screen shows them.

    python scripts/screenshots_receipts.py --xvfb     # both sizes, each in its own Xvfb+openbox
    DISPLAY=:13 QT_QPA_PLATFORM=xcb python scripts/screenshots_receipts.py   # this display

Fresh settings, French (``--lang en``: English); each picture is the whole screen: the Reçus
fiscaux view on 2025 with a donor's gifts shown, the receipts issued, then one cancelled and
replaced, and the Rapports menu. Pictures go to docs/screens/receipts/<width>x<height>/
(reuses scripts/screenshots_views.py's way).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots_views import SIZES, _under_xvfb  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screens" / "receipts")
    ap.add_argument("--xvfb", action="store_true")
    ap.add_argument("--sizes", nargs="*", default=list(SIZES))
    ap.add_argument("--lang", choices=("fr", "en"), default="fr")
    args = ap.parse_args()
    if args.xvfb:
        failed = 0
        for size in args.sizes:
            failed += _under_xvfb(size, args.out, script=__file__,
                                  extra=["--lang", args.lang])
        return 1 if failed else 0
    return shoot(args.out, args.lang)


def shoot(out_root: Path, lang: str) -> int:
    sys.path.insert(0, str(ROOT))
    from tests.tree_resources import use_tree_resources
    use_tree_resources()
    temp = Path(tempfile.mkdtemp(prefix="assocompta-receipts-shots-"))
    os.environ["ASSOCOMPTA_SETTINGS"] = str(temp / "settings.ini")  # fresh settings
    os.environ.setdefault("ASSOCOMPTA_LOG_DIR", str(temp / "log"))
    os.environ["XDG_DATA_HOME"] = str(temp / "data")
    from PySide6.QtCore import QEventLoop, QItemSelectionModel, Qt, QTimer
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from assocompta.services.demo import create_demo
    from assocompta.ui.app import Controller, _install_translations
    from assocompta.ui.settings import Settings
    _install_translations(app, lang)
    suffix = "-en" if lang == "en" else ""
    screen = app.primaryScreen().size()
    out = out_root / f"{screen.width()}x{screen.height()}"
    out.mkdir(parents=True, exist_ok=True)
    failures = 0

    def settle(ms: int = 250) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def save(stem: str) -> None:
        settle(200)
        picture = app.primaryScreen().grabWindow(0).toImage()
        picture.convertToFormat(QImage.Format.Format_Indexed8,
                                Qt.ImageConversionFlag.ThresholdDither
                                | Qt.ImageConversionFlag.AvoidDither).save(
            str(out / f"{stem}{suffix}.png"), "PNG", 0)
        print(out / f"{stem}{suffix}.png")

    book = temp / "Les Amis du Quartier.assocompta"
    create_demo(book).close()
    controller = Controller(app, Settings())
    window = controller.open_book(book)
    window.session.start_writer()
    window.session.wait_ready()
    settle(800)
    window.session.set_year("2025")
    view = window.show_view("recus")
    view.activate()
    settle(300)

    def attempt(what: str, job) -> None:
        nonlocal failures
        try:
            job()
        except Exception:  # noqa: BLE001 - one shot failing must not stop the others
            failures += 1
            print(f"échec : {what}", file=sys.stderr)
            traceback.print_exc()

    def select(table, model, row: int) -> None:
        flags = QItemSelectionModel.SelectionFlag
        table.selectionModel().select(model.index(row, 0), flags.ClearAndSelect | flags.Rows)
        settle(200)

    def donors() -> None:
        row = next(r for r in range(view.model.rowCount())
                   if view.model.index(r, 0).data() == "Paul Lemoine")
        select(view.table, view.model, row)
        select(view.gifts_table, view.gifts_model, 0)
        save("01-donateurs-et-dons")

    def issue() -> None:
        view.table.clearSelection()
        task = view.issue(temp / "recus.pdf", ask=False)
        while task is not None and task.thread_.is_alive():
            settle(100)
        settle(500)
        view.activate()
        view.tabs.setCurrentWidget(view.issued)
        settle(200)
        select(view.issued.table, view.issued.model, 1)
        view.issued.cancel("Adresse erronée")
        settle(300)
        view.activate()
        select(view.issued.table, view.issued.model, 1)
        view.issued.replace(temp / "remplacant.pdf")
        settle(300)
        view.activate()
        save("02-recus-emis")

    def menu() -> None:
        bar = window.menuBar()
        reports = next(a for a in bar.actions() if a.menu() is not None
                       and a.text().replace("&", "") in ("Rapports", "Reports"))
        bar.setActiveAction(reports)
        settle(400)
        save("03-menu-rapports")
        reports.menu().hide()
        settle(200)

    for what, job in (("donateurs", donors), ("reçus émis", issue), ("menu", menu)):
        attempt(what, job)
    window.close()
    settle(200)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
