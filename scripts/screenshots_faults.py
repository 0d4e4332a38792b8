"""Screenshots of what the app says when a book cannot be written or read.

    xvfb-run -a -s "-screen 0 1600x1000x24" python scripts/screenshots_faults.py [--out docs]

docs/app-lecture-seule.png: the demo book, write-protected, open read-only with the reason in
the status bar (as root the file is made read-only by a bind mount, which stops root too);
docs/app-livre-endommage.png: the message shown for a damaged book.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox


def _settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


@contextlib.contextmanager
def _protected(path: Path):
    if os.geteuid() != 0:
        path.chmod(0o444)
        yield
        return
    subprocess.run(["mount", "--bind", str(path), str(path)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(path)], check=True)
        yield
    finally:
        subprocess.run(["umount", str(path)], check=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("docs"))
    args = ap.parse_args()
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    from assocompta.services.demo import create_demo
    from assocompta.ui.app import Controller
    from assocompta.ui.settings import Settings
    args.out.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    demo = folder / "Les Amis du Quartier.assocompta"
    create_demo(demo).close()
    controller = Controller(app, Settings())

    with _protected(demo):
        window = controller.open_book(demo)
        window.resize(1400, 850)
        window.session.start_writer()
        window.session.wait_ready()
        _settle(app)
        window.show_view("saisie")
        _settle(app)
        window.grab().save(str(args.out / "app-lecture-seule.png"))
        window.close()
        window.session.close()
        _settle(app)

    damaged = folder / "Comité des fêtes.assocompta"
    data = demo.read_bytes()
    damaged.write_bytes(data[:100] + bytes(len(data) - 100))

    def grab(box: QMessageBox) -> int:
        box.show()
        _settle(app)
        box.grab().save(str(args.out / "app-livre-endommage.png"))
        box.close()
        return QMessageBox.StandardButton.Ok

    QMessageBox.exec = grab
    controller.welcome.show()
    controller.open_book(damaged)
    _settle(app)
    print("\n".join(str(args.out / n) for n in ("app-lecture-seule.png",
                                                 "app-livre-endommage.png")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
