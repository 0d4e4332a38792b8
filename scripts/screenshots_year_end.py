"""The year-end work of the closing wizard on the demo's 2025, as a user's screen shows it.

    python scripts/screenshots_year_end.py --xvfb     # both sizes, each in its own Xvfb+openbox
    DISPLAY=:13 QT_QPA_PLATFORM=xcb python scripts/screenshots_year_end.py   # this display

Fresh settings, French (``--lang en``: English); each picture is the whole screen. The demo's
2025 gets what a year-end has to deal with: its bank reconciled at 31/12, a laptop bought in
March (entered in the register), an insurance paid in October for twelve months, next
year's cotisations received in December, a funder's subsidy for the repair café of which
part is not spent. Then: the checks, each year-end page with its proposals, the page after
its entries are booked, the confirmation, and the livre d'inventaire of the closed year.
Pictures go to docs/screens/year-end/<width>x<height>/.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screens" / "year-end")
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


def year_end_demo(book) -> None:
    """What the screenshots' 2025 has to close, booked as a treasurer would."""
    from sqlalchemy import text

    from assocompta.domain.entries import EntryDraft, LineDraft
    from assocompta.domain.money import Money
    from assocompta.domain.parties import TiersKind
    from assocompta.services.assets import asset_from_entry
    from assocompta.services.ledger import add_tiers, post_entry

    def entry(date, label, *lines, journal="BQ"):
        return post_entry(book, EntryDraft(date, journal, label, tuple(lines)))

    def d(code, euros, **kw):
        return LineDraft(code, debit=Money(euros * 100), **kw)

    def c(code, euros, **kw):
        return LineDraft(code, credit=Money(euros * 100), **kw)

    with book.transaction() as s:
        s.execute(text("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                       "closing_balance, finished_at) VALUES ('512', '2025-12-31', 0, 0, "
                       "'2026-01-10')"))
        s.execute(text("UPDATE bank_line SET ignored = 1 WHERE entry_id IS NULL"))
    laptop = entry(dt.date(2025, 3, 15), "Ordinateur portable (facture LDLC 2025-118)",
                   d("2183", 1200), c("512", 1200))
    asset_from_entry(book, laptop.entry_id, life_months=36)
    entry(dt.date(2025, 10, 1), "Assurance multirisque annuelle MAIF",
          d("616", 600), c("512", 600))
    entry(dt.date(2025, 12, 18), "Cotisations 2026 reçues en décembre",
          d("512", 240), c("7561", 240))
    add_tiers(book, "FONDATION", "Fondation du Patrimoine local", TiersKind.FUNDER)
    entry(dt.date(2025, 9, 1), "Subvention repair café 2025-2026",
          d("512", 3000, tiers="FONDATION"),
          c("741", 3000, tiers="FONDATION", action="REPAR"))


def shoot(out_root: Path, lang: str) -> int:
    sys.path.insert(0, str(ROOT))
    from tests.tree_resources import use_tree_resources
    use_tree_resources()
    temp = Path(tempfile.mkdtemp(prefix="assocompta-year-end-shots-"))
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

    path = temp / "Les Amis du Quartier.assocompta"
    book = create_demo(path)
    try:
        year_end_demo(book)
    finally:
        book.close()
    controller = Controller(app, Settings())
    window = controller.open_book(path)
    window.session.start_writer()
    window.session.wait_ready()
    settle(800)
    window.session.set_year("2025")
    try:
        view = window.show_view("exercices")
        settle(300)
        wizard = view.close_year("2025")
        settle(600)
        save("01-verifications")
        for n, key in enumerate(("immobilisations", "provisions", "regularisations",
                                 "fonds_dedies"), start=2):
            wizard.next()
            settle(400)
            save(f"0{n}-{key.replace('_', '-')}")
            page = wizard.work_pages[key]
            if page.book_button.isVisible() and page.book_button.isEnabled():
                page.book_button.click()
                settle(400)
                save(f"0{n}-{key.replace('_', '-')}-passees")
        wizard.next()
        wizard.confirm_page.confirm.setChecked(True)
        settle(400)
        save("06-confirmation")
        wizard.next()  # closes 2025 for real
        settle(400)
        save("07-exercice-clos")
        wizard.close()
        settle(200)
        window.session.set_year("2025")
        view = window.show_view("inventaire")
        activate = getattr(view, "activate", None)
        if callable(activate):
            activate()
        settle(600)
        save("08-livre-inventaire")
    except Exception:  # noqa: BLE001 - say which picture failed, keep those taken
        traceback.print_exc()
        return 1
    finally:
        window.close()
        settle(200)
    return 0


if __name__ == "__main__":
    sys.exit(main())
