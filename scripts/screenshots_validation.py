"""Drafts, validation and contre-passation on the demo book, as a user's screen shows them.

    python scripts/screenshots_validation.py --xvfb     # both sizes, each in its own Xvfb+openbox
    DISPLAY=:13 QT_QPA_PLATFORM=xcb python scripts/screenshots_validation.py   # this display

Fresh settings, French (``--lang en``: English, file names end in -en), the window placed as
on a first launch; each picture is the whole screen. The demo's 2025 is validated up to
November, December in drafts: the Saisie menu, the journal at November's end, « Valider les
écritures… », the refusal on a validated entry, « Contre-passer et corriger… » with the
corrected amount typed, and the journal after the reversal. Pictures go to
docs/screens/validation/<width>x<height>/ (reuses scripts/screenshots_views.py's way).
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

CAPTIONS = {
    "00-menu-saisie": "Le menu Saisie : Valider les écritures…, Valider la sélection, "
                      "Contre-passer et corriger…",
    "01-journal": "Le journal : écritures validées jusqu'en novembre, brouillards de décembre "
                  "(colonne État, nombre de brouillards en bas)",
    "02-valider": "Saisie › Valider les écritures… jusqu'au 31/12/2025",
    "03-refus": "Supprimer une écriture validée : le refus, et la contre-passation à un clic",
    "04-contre-passation": "Contre-passer et corriger : le formulaire prérempli, le montant "
                           "corrigé",
    "05-journal-apres": "Le journal après la contre-passation : l'originale validée, sa "
                        "contre-passation et l'écriture corrigée en brouillard",
}
LOYER = "Loyer salle 01/2025"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screens" / "validation")
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
    # This checkout's resources (its .qm), not those an editable install points at.
    sys.path.insert(0, str(ROOT))
    from tests.tree_resources import use_tree_resources
    use_tree_resources()
    temp = Path(tempfile.mkdtemp(prefix="assocompta-validation-shots-"))
    os.environ["ASSOCOMPTA_SETTINGS"] = str(temp / "settings.ini")  # fresh settings
    os.environ.setdefault("ASSOCOMPTA_LOG_DIR", str(temp / "log"))
    os.environ["XDG_DATA_HOME"] = str(temp / "data")
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QMessageBox
    app = QApplication(sys.argv[:1])
    from assocompta.services.demo import create_demo
    from assocompta.ui.app import Controller, _install_translations
    from assocompta.ui.dialogs.reversal_dialog import ReversalDialog
    from assocompta.ui.dialogs.validation_dialog import ValidateDialog
    from assocompta.ui.models.ledger_model import ENTRY_ROLE
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
    ledger = window.show_view("saisie")
    ledger.model.wait()
    settle(300)

    def rows_of(entry_id: int) -> list[int]:
        model = ledger.model
        return [r for r in range(model.rowCount())
                if model.index(r, 0).data(ENTRY_ROLE) == entry_id]

    loyer = window.session.conn.execute(
        "SELECT id FROM entry WHERE label = ?", (LOYER,)).fetchone()[0]

    def attempt(what: str, job) -> None:
        nonlocal failures
        try:
            job()
        except Exception:  # noqa: BLE001 - one shot failing must not stop the others
            failures += 1
            print(f"échec : {what}", file=sys.stderr)
            traceback.print_exc()

    def menu() -> None:
        bar = window.menuBar()
        entries = next(a for a in bar.actions() if a.menu() is not None
                       and a.text().replace("&", "") in ("Saisie", "Entries"))
        bar.setActiveAction(entries)
        settle(400)
        save("00-menu-saisie")
        entries.menu().hide()
        settle(200)

    def journal() -> None:
        # The last validated rows of November, then December's drafts.
        boundary = next(r for r in range(ledger.model.rowCount())
                        if ledger.model.index(r, 0).data().endswith("/12/2025"))
        ledger.table.scrollTo(ledger.model.index(boundary, 0),
                              ledger.table.ScrollHint.PositionAtCenter)
        ledger.table.scrollTo(ledger.model.index(boundary, 0),
                              ledger.table.ScrollHint.PositionAtCenter)
        save("01-journal")

    def validate_dialog() -> None:
        window.validate_action.trigger()
        settle(300)
        settle(200)
        save("02-valider")
        next(d for d in window.findChildren(ValidateDialog) if d.isVisible()).reject()
        settle(200)

    def refusal() -> None:
        ledger.table.clearSelection()
        row = rows_of(loyer)[0]
        ledger.table.selectRow(row)
        ledger.table.scrollTo(ledger.model.index(row, 0),
                              ledger.table.ScrollHint.PositionAtCenter)
        ledger.delete_selected()
        settle(400)
        save("03-refus")
        box = next(b for b in window.findChildren(QMessageBox, "validated_refusal")
                   if b.isVisible())
        reverse = next(b for b in box.buttons()
                       if b.text().replace("&", "").startswith(("Contre", "Reverse")))
        reverse.click()
        settle(500)

    def reversal() -> None:
        dialog = next(d for d in window.findChildren(ReversalDialog) if d.isVisible())
        dialog.ui.amount_edit.setText("240,00" if lang == "fr" else "240.00")
        dialog.ui.amount_edit.setFocus()
        settle(200)
        save("04-contre-passation")
        dialog.save()
        settle(300)

    def after() -> None:
        ledger.filters.text.setText("Loyer salle 01/2025")
        ledger.filters.apply_now()
        ledger.model.wait()
        settle(300)
        save("05-journal-apres")

    for what, job in (("menu", menu), ("journal", journal), ("valider", validate_dialog), ("refus", refusal),
                      ("contre-passation", reversal), ("après", after)):
        attempt(what, job)
    window.close()
    settle(200)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
