"""The comptes annuels on the demo book, as a user's screen shows them.

    python scripts/screenshots_annual.py --xvfb     # both sizes, each in its own Xvfb+openbox
    DISPLAY=:13 QT_QPA_PLATFORM=xcb python scripts/screenshots_annual.py   # this display

Fresh settings, French (``--lang en``: English); each picture is the whole screen: the bilan
view on 2025 (art. 421-1 model), the annexe's window with a text typed, the compte rendu
financier's window (CERFA 15059) on an action and its funder. Pictures go to
docs/screens/annual/<width>x<height>/ (reuses scripts/screenshots_views.py's way).
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
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screens" / "annual")
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
    temp = Path(tempfile.mkdtemp(prefix="assocompta-annual-shots-"))
    os.environ["ASSOCOMPTA_SETTINGS"] = str(temp / "settings.ini")  # fresh settings
    os.environ.setdefault("ASSOCOMPTA_LOG_DIR", str(temp / "log"))
    os.environ["XDG_DATA_HOME"] = str(temp / "data")
    from PySide6.QtCore import QEventLoop, Qt, QTimer
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
        settle(300)
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

    def attempt(what: str, job) -> None:
        nonlocal failures
        try:
            job()
        except Exception:  # noqa: BLE001 - one shot failing must not stop the others
            failures += 1
            print(f"échec : {what}", file=sys.stderr)
            traceback.print_exc()

    def bilan() -> None:
        view = window.show_view("bilan")
        view.activate()
        settle(500)
        save("01-bilan")

    def opened(key: str, kind: str):
        """Trigger the menu action ``key``; the window of class ``kind`` it opened."""
        window.command_actions[key].trigger()
        settle(600)
        return next(w for w in app.topLevelWidgets()
                    if w.isVisible() and type(w).__name__ == kind)

    def annexe() -> None:
        dialog = opened("annexe", "AnnexeDialog")
        save("02-annexe")
        dialog.reject()
        settle(200)

    def compte_rendu() -> None:
        dialog = opened("compte_rendu", "CompteRenduDialog")
        save("03-compte-rendu")
        dialog.reject()
        settle(200)

    for what, job in (("bilan", bilan), ("annexe", annexe), ("compte rendu", compte_rendu)):
        attempt(what, job)
    window.close()
    settle(200)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
