"""The opening-balances wizard and an open year's bilan, as a 1366×768 screen shows them.

    Xvfb :29 -screen 0 1366x768x24 & DISPLAY=:29 openbox &
    DISPLAY=:29 QT_QPA_PLATFORM=xcb python scripts/screenshots_opening.py [OUT]

Each picture is the wizard as drawn (QWidget.grab); with --screen, the whole screen instead
(window manager's frame included), so that what does not fit is seen cut. Pictures go to OUT
(default docs/): app-nouvelle-association*.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "--screen"]
    whole = "--screen" in sys.argv
    out = Path(args[0]) if args else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix="assocompta-opening-"))
    (temp / "Documents").mkdir()
    from PySide6.QtCore import QSettings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(temp))
    from PySide6.QtWidgets import QApplication, QWizard
    app = QApplication.instance() or QApplication([])
    from assocompta.ui.dialogs.new_book_dialog import NewBookDialog

    def settle(ms: int = 300) -> None:
        from PySide6.QtCore import QEventLoop, QTimer
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    shown: list[QWizard] = []

    def save(stem: str) -> None:
        settle()
        picture = (app.primaryScreen().grabWindow(0) if whole else shown[-1].grab())
        picture.toImage().save(str(out / f"app-{stem}.png"))
        print(out / f"app-{stem}.png")

    def wizard() -> NewBookDialog:
        dialog = NewBookDialog(None, temp / "Documents")
        dialog.show()
        shown.append(dialog)
        ui = dialog.ui
        ui.name_edit.setText("Club de lecture")
        ui.start_edit.setText("01/01/2025")
        if len(shown) == 1:
            save("nouvelle-association")
        dialog.next()
        page = dialog.balances_page
        page.exists_radio.setChecked(True)
        page.rows[0].name_edit.setText("Crédit Mutuel – compte courant")
        page.rows[0].amount_edit.setText("2 345,67")
        page.add_bank().name_edit.setText("Crédit Mutuel – livret A")
        page.rows[1].amount_edit.setText("5 000,00")
        page.cash_edit.setText("120,00")
        return dialog

    # Without a bilan, with the first day's debts and receivables.
    dialog = wizard()
    page = dialog.balances_page
    page.debts_check.setChecked(True)
    for key, amount in (("subventions_a_recevoir", "1 500,00"), ("fournisseurs", "310,00"),
                        ("autres_dettes", "45,00")):
        page.debt_edits[key].setText(amount)
    save("nouvelle-association-soldes")
    dialog.next()
    save("nouvelle-association-ecriture-sans-bilan")
    dialog.close()

    # With the previous bilan, unbalanced first, then right.
    dialog = wizard()
    dialog.balances_page.bilan_check.setChecked(True)
    dialog.next()
    bilan = dialog.bilan_page
    for key, amount in (("immobilisations", "3 200,00"), ("amortissements", "1 100,00"),
                        ("depots", "150,00"), ("subventions_a_recevoir", "1 500,00"),
                        ("autres_creances", "80,00"), ("fonds_propres", "6 000,00"),
                        ("report", "2 350,00"), ("resultat", "412,67"),
                        ("fournisseurs", "310,00"), ("autres_dettes", "45,00"),
                        ("produits_avance", "2 000,00")):
        bilan.edits[key].setText(amount)
    bilan.combos["fonds_propres"].setCurrentIndex(1)
    dialog.button(QWizard.WizardButton.NextButton).click()
    save("nouvelle-association-bilan")
    bilan.edits["reserves"].setText("178,00")  # the line forgotten
    dialog.button(QWizard.WizardButton.NextButton).click()
    save("nouvelle-association-ecriture")
    dialog.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
