"""What the screenshot scripts of one subject share (screenshots_annual, _receipts, _year_end):
their command line, a Qt application with fresh settings in the chosen language, the demo
book opened in a window on 2025, and whole-screen pictures saved small.

    python scripts/screenshots_X.py --xvfb     # both sizes, each in its own Xvfb+openbox
    DISPLAY=:13 QT_QPA_PLATFORM=xcb python scripts/screenshots_X.py   # this display
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots_views import SIZES, _under_xvfb  # noqa: E402


def command_line(doc: str, script: str, default_out: Path,
                 shoot: Callable[[Path, str], int]) -> int:
    """Parse the script's arguments; under ``--xvfb`` run ``script`` once per screen size,
    else ``shoot(out_root, lang)`` on the current display. The exit code."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--out", type=Path, default=default_out)
    ap.add_argument("--xvfb", action="store_true")
    ap.add_argument("--sizes", nargs="*", default=list(SIZES))
    ap.add_argument("--lang", choices=("fr", "en"), default="fr")
    args = ap.parse_args()
    if args.xvfb:
        failed = 0
        for size in args.sizes:
            failed += _under_xvfb(size, args.out, script=script, extra=["--lang", args.lang])
        return 1 if failed else 0
    return shoot(args.out, args.lang)


class Shots:
    """A fresh application on the current display; pictures go to
    ``out_root/<width>x<height>/<stem>[-en].png``."""

    def __init__(self, out_root: Path, lang: str, prefix: str) -> None:
        sys.path.insert(0, str(ROOT))
        from tests.tree_resources import use_tree_resources
        use_tree_resources()
        self.temp = Path(tempfile.mkdtemp(prefix=f"assocompta-{prefix}-shots-"))
        os.environ["ASSOCOMPTA_SETTINGS"] = str(self.temp / "settings.ini")  # fresh settings
        os.environ.setdefault("ASSOCOMPTA_LOG_DIR", str(self.temp / "log"))
        os.environ["XDG_DATA_HOME"] = str(self.temp / "data")
        from PySide6.QtWidgets import QApplication
        self.app = QApplication(sys.argv[:1])
        from assocompta.ui.app import _install_translations
        _install_translations(self.app, lang)
        self.suffix = "-en" if lang == "en" else ""
        screen = self.app.primaryScreen().size()
        self.out = out_root / f"{screen.width()}x{screen.height()}"
        self.out.mkdir(parents=True, exist_ok=True)
        self.failures = 0

    def settle(self, ms: int = 250) -> None:
        from PySide6.QtCore import QEventLoop, QTimer
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def save(self, stem: str, wait: int = 300) -> Path:
        """The whole screen as ``stem``.png, in 256 colours (a few tens of kB)."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage
        self.settle(wait)
        path = self.out / f"{stem}{self.suffix}.png"
        picture = self.app.primaryScreen().grabWindow(0).toImage()
        picture.convertToFormat(QImage.Format.Format_Indexed8,
                                Qt.ImageConversionFlag.ThresholdDither
                                | Qt.ImageConversionFlag.AvoidDither).save(str(path), "PNG", 0)
        print(path)
        return path

    def demo_window(self, prepare: Callable | None = None):
        """The demo book (``prepare(book)`` first, if given) open in a window on 2025."""
        from assocompta.services.demo import create_demo
        from assocompta.ui.app import Controller
        from assocompta.ui.settings import Settings
        path = self.temp / "Les Amis du Quartier.assocompta"
        book = create_demo(path)
        try:
            if prepare is not None:
                prepare(book)
        finally:
            book.close()
        self.controller = Controller(self.app, Settings())
        window = self.controller.open_book(path)
        window.session.start_writer()
        window.session.wait_ready()
        self.settle(800)
        window.session.set_year("2025")
        return window

    def attempt(self, what: str, job: Callable[[], object]) -> None:
        """Run one shot; a failing one is counted and told, the others still run."""
        try:
            job()
        except Exception:  # noqa: BLE001 - one shot failing must not stop the others
            self.failures += 1
            print(f"échec : {what}", file=sys.stderr)
            traceback.print_exc()
