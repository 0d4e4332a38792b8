"""Screenshots of the entry forms as a treasurer sees them: each kind of entry, « Nouveau
tiers », a correction reopened in its form.

    Xvfb :N -screen 0 1366x768x24 & DISPLAY=:N openbox &
    DISPLAY=:N QT_QPA_PLATFORM=xcb python scripts/screenshots_entry_forms.py [--out docs]

Each picture is the whole X screen (window manager frames included), so that what does not fit
on a 1366×768 laptop shows as cut.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def _settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def _shot(app: QApplication, out: Path, name: str) -> None:
    for _ in range(10):  # the X server maps and paints a new window in its own time
        _settle(app)
        time.sleep(0.05)
    path = out / f"{name}.png"
    subprocess.run(["import", "-window", "root", "-display", os.environ["DISPLAY"], str(path)],
                   check=True)
    print(path)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp()))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("ASSOCOMPTA_SETTINGS", str(Path(tempfile.mkdtemp()) / "s.ini"))
    app = QApplication(sys.argv[:1])
    from assocompta.services.demo import create_demo
    from assocompta.ui.app import Controller
    from assocompta.ui.dialogs.new_party_dialog import NewPartyDialog, kind_for
    from assocompta.ui.settings import Settings
    demo = Path(tempfile.mkdtemp()) / "Les Amis du Quartier.assocompta"
    create_demo(demo).close()
    controller = Controller(app, Settings())
    window = controller.open_book(demo)
    window.showMaximized()
    window.session.start_writer()
    window.session.wait_ready()
    _settle(app)
    ledger = window.show_view("saisie")

    samples = {
        "depense": ("39,99", "Abonnement téléphone novembre", "626", "Free Mobile"),
        "recette": ("150,00", "Don de M. Martin", "7541", "Jean Martin"),
        "virement": ("100,00", "Fond de caisse de la fête", "", ""),
        "contribution": ("", "Bénévolat fête de quartier", "864", ""),
        "libre": ("", "Répartition des frais de la fête", "", ""),
    }
    for kind, (amount, label, account, tiers) in samples.items():
        dialog = ledger.new_entry(kind)
        ui = dialog.ui
        ui.amount_edit.setText(amount)
        ui.label_edit.setText(label)
        ui.account_edit.setText(account)
        if kind == "contribution":
            ui.hours_edit.setText("12,5")
            ui.rate_edit.setText("11,88")
            dialog._hours_typed()
        if tiers:
            ui.tiers_combo.setEditText(tiers)
        _shot(app, args.out, f"app-1366-saisie-{kind}")
        dialog.discard()  # typed only for the picture

    # A new name in Tiers + Entrée: « Nouveau tiers » over the form.
    dialog = ledger.new_entry("recette")
    dialog.ui.amount_edit.setText("500,00")
    dialog.ui.label_edit.setText("Subvention fête de quartier")
    dialog.ui.account_edit.setText("74")
    dialog.ui.tiers_combo.setEditText("Mairie de Saint-Médard-en-Jalles")
    party = NewPartyDialog(window.session, "Mairie de Saint-Médard-en-Jalles",
                           kind_for("74"), dialog)
    party.show()
    _shot(app, args.out, "app-1366-saisie-nouveau-tiers")
    party.close()
    dialog.discard()  # typed only for the picture

    # A correction: the demo's electricity bill reopens in the Dépense form.
    ledger.model.wait()
    row = next(r for r in range(ledger.model.rowCount())
               if ledger.model.index(r, 4).data() == "Électricité local")
    ledger.table.selectRow(row)
    edit = ledger.edit_selected()
    _shot(app, args.out, "app-1366-saisie-correction")
    edit.discard()  # typed only for the picture

    # Banque: a new name typed in the Tiers field of a line, and its « Nouveau tiers ».
    bank = window.show_view("banque")
    labels = [bank.model.index(r, 1).data() for r in range(bank.model.rowCount())]
    bank.table.selectRow(labels.index("REMISE CHEQUES 0004512"))
    bank.account_edit.setText("7541")
    bank.tiers_combo.setEditText("Paul Bernard")
    party = NewPartyDialog(window.session, "Paul Bernard", kind_for("7541"), window)
    party.show()
    _shot(app, args.out, "app-1366-banque-nouveau-tiers")
    party.close()
    QTimer.singleShot(0, window.close)
    _settle(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
