"""Screenshots of the justificatifs and donation receipts (issue 5, documents) for docs/.

    xvfb-run -a -s "-screen 0 1600x1000x24" python scripts/screenshots_docs.py [--out docs] [--lang en]

The demo book plus :func:`add_demo_documents` (donors with addresses, scanned invoices); the
Justificatifs dialog over the ledger, the Reçus fiscaux view after a first batch, and the
first page of a receipt PDF rendered by pdftoppm.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QAbstractItemView, QApplication


def _settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def _grab(widget, dest: Path) -> None:
    """What the screen shows under the widget (dialogs over the window), else the widget."""
    shot = QGuiApplication.primaryScreen().grabWindow(0) if os.environ.get("DISPLAY") else None
    if shot is not None and not shot.isNull():
        shot.copy(widget.frameGeometry()).save(str(dest))
    else:
        widget.grab().save(str(dest))
    print(dest)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("docs"))
    ap.add_argument("--lang", choices=("fr", "en"), default="fr",
                    help="interface language (English: file names end in -en)")
    args = ap.parse_args()
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    from assocompta.reports.receipt_pdf import write_receipts
    from assocompta.services import attachments, receipts
    from assocompta.services.demo import create_demo
    from assocompta.services.demo_documents import add_demo_documents
    from assocompta.ui.app import Controller, _install_translations
    from assocompta.ui.models.ledger_model import ENTRY_ROLE
    from assocompta.ui.settings import Settings
    _install_translations(app, args.lang)
    suffix = "-en" if args.lang == "en" else ""
    args.out.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    demo = folder / "Les Amis du Quartier.assocompta"
    book = create_demo(demo)
    add_demo_documents(book)
    entry_id = book.scalar("SELECT e.id FROM entry e JOIN fiscal_year f ON f.id = e.year_id "
                           "WHERE f.label = '2025' AND e.label = 'Affiches et programmes'")
    photo = QImage(900, 1200, QImage.Format.Format_RGB32)
    photo.fill(QColor("#f4f1ea"))
    painter = QPainter(photo)
    painter.drawText(80, 120, "Bon de livraison — Imprimerie du Centre")
    painter.end()
    photo.save(str(folder / "bon-de-livraison.jpg"), quality=80)
    attachments.add(book, entry_id, folder / "bon-de-livraison.jpg")
    first = receipts.issue(book, "2024")
    with book.reading() as conn:
        write_receipts(first[:1], receipts.beneficiary(conn), folder / "recu.pdf")
    martin = book.scalar("SELECT id FROM tiers WHERE code = 'MARTIN'")
    receipts.issue(book, "2025", [martin])
    book.close()

    controller = Controller(app, Settings())
    window = controller.open_book(demo)
    window.resize(1400, 850)
    window.session.start_writer()
    window.session.wait_ready()
    _settle(app)
    window.session.set_year("2025")
    ledger = window.show_view("saisie")
    ledger.model.wait()
    _settle(app)
    row = next(r for r in range(ledger.model.rowCount())
               if ledger.model.index(r, 0).data(ENTRY_ROLE) == entry_id)
    ledger.table.selectRow(row)
    ledger.table.scrollTo(ledger.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    dialog = ledger.show_attachments()
    dialog.move(window.geometry().center() - dialog.rect().center() + QPoint(0, 120))
    _settle(app)
    _grab(window, args.out / f"app-justificatifs{suffix}.png")  # the dialog over the paperclips
    dialog.close()

    view = window.show_view("recus")
    _settle(app)
    view.table.selectRow(0)
    _settle(app)
    window.grab().save(str(args.out / f"app-recus{suffix}.png"))
    print(args.out / f"app-recus{suffix}.png")
    window.close()
    _settle(app)

    if suffix:
        return 0  # the receipt PDF is French whatever the interface language
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", str(folder / "recu.pdf"),
                    str(args.out / "recu-fiscal")], check=True)
    print(args.out / "recu-fiscal.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
