"""Screenshots of the user guide (docs/guide/img/), on the demo association.

    Xvfb :N -screen 0 1366x768x24 & DISPLAY=:N openbox &
    DISPLAY=:N QT_QPA_PLATFORM=xcb python scripts/screenshots_guide.py [--lang en]

Takes the pictures as a volunteer sees them: the current X display (1366×768 with a window
manager), the main window maximized, fresh settings in a temporary folder, the demo book.
``--lang en`` shoots the English interface (file names end in -en). Besides the views: the
new-association wizard, « Nouveau tiers », a bank suggestion « à vérifier », the Fichier,
Exercice and Rapports menus open. Pictures are saved in 256 colours (the repository ships them).
A view or a dialog this version of the app lacks is skipped with a note, so that the script
survives the app changing.
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
OUT = ROOT / "docs" / "guide" / "img"

# view key (main_window.VIEWS) → picture name; a key the app does not have is skipped
VIEW_SHOTS = {
    "accueil": "tableau-de-bord", "tableau-de-bord": "tableau-de-bord",
    "saisie": "saisie", "banque": "banque", "grand-livre": "grand-livre",
    "resultat": "resultat", "bilan": "bilan", "budget": "budget", "suivi": "suivi",
    "plan": "plan", "tiers": "tiers", "recus": "recus", "exercices": "exercices",
}


def settle(app, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


class Shooter:
    """Saves pictures under ``out`` with the language suffix; counts what it skipped."""

    def __init__(self, app, out: Path, suffix: str) -> None:
        self.app, self.out, self.suffix = app, out, suffix
        self.skipped: list[str] = []

    def save(self, widget, name: str, screen: bool = False) -> None:
        """``widget`` as drawn; ``screen``: its frame from the screen (shows open popups)."""
        settle(self.app)
        path = self.out / f"{name}{self.suffix}.png"
        from PySide6.QtGui import QGuiApplication
        picture = None
        if screen and os.environ.get("DISPLAY"):
            from PySide6.QtTest import QTest
            QTest.qWait(400)  # the window manager maps the window before the screen shows it
            full = QGuiApplication.primaryScreen().grabWindow(0)
            if not full.isNull():
                picture = full.copy(widget.frameGeometry())
        if picture is None:
            picture = widget.grab()
        self.write(picture, path)

    def save_area(self, area, name: str) -> None:
        """The part ``area`` of the screen (a menu open under its title, a dialog over
        another): the picture holds what the page speaks of and no more."""
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtTest import QTest
        QTest.qWait(400)
        settle(self.app)
        picture = QGuiApplication.primaryScreen().grabWindow(0).copy(area)
        self.write(picture, self.out / f"{name}{self.suffix}.png")

    @staticmethod
    def write(picture, path: Path) -> None:
        """256 colours hold a screen of widgets: a third of the bytes, for the repository."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage
        picture.toImage().convertToFormat(
            QImage.Format.Format_Indexed8,
            Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
        ).save(str(path), "PNG", 0)
        print(path)

    def attempt(self, name: str, shoot) -> None:
        try:
            shoot()
        except Exception:  # a view or dialog that changed: say so, shoot the others
            self.skipped.append(name)
            print(f"{name} : sauté\n{traceback.format_exc()}", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--lang", choices=("fr", "en"), default="fr")
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="guide-shots-"))
    os.environ["ASSOCOMPTA_SETTINGS"] = str(folder / "settings.ini")
    os.environ.setdefault("XDG_CONFIG_HOME", str(folder / "config"))
    sys.path.insert(0, str(ROOT / "src"))
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from assocompta.services.demo import create_demo
    from assocompta.ui.app import Controller, _install_translations
    from assocompta.ui.settings import Settings
    installed = _install_translations(app, args.lang)
    if args.lang == "en":
        _this_checkouts_translation(app, installed)
    suffix = "-en" if args.lang == "en" else ""
    args.out.mkdir(parents=True, exist_ok=True)
    demo = folder / "Les Amis du Quartier.assocompta"
    create_demo(demo).close()
    controller = Controller(app, Settings())
    shots = Shooter(app, args.out, suffix)
    controller.settings.add_recent(demo)
    controller.welcome.refresh()
    controller.welcome.show()
    shots.attempt("accueil", lambda: shots.save(controller.welcome, "accueil"))
    shots.attempt("nouvelle-association", lambda: _new_book(shots, folder))
    window = controller.open_book(demo)
    window.showMaximized()
    window.session.start_writer()
    window.session.wait_ready()
    settle(app)
    keys = [e[0] for e in window._entries]
    for key, name in VIEW_SHOTS.items():
        if key in keys:
            shots.attempt(name, lambda k=key, n=name: _view(shots, window, k, n))
    shots.attempt("saisie-depense", lambda: _entry(shots, window, "depense", "saisie-depense"))
    shots.attempt("saisie-contribution",
                  lambda: _entry(shots, window, "contribution", "saisie-contribution"))
    shots.attempt("saisie-nouveau-tiers", lambda: _new_party(shots, window))
    if "banque" in keys:
        shots.attempt("banque-a-verifier", lambda: _weak_suggestion(shots, window))
    for menu in ("fichier", "exercice", "rapports"):
        shots.attempt(f"menu-{menu}", lambda m=menu: _menu(shots, window, m))
    if "banque" in keys:
        shots.attempt("banque-import", lambda: _bank_import(shots, window))
    if "rapprochement" in keys:
        shots.attempt("rapprochement", lambda: _reconciliation(shots, window))
    if "exercices" in keys:
        shots.attempt("cloture", lambda: _closing(shots, window))
    shots.attempt("sauvegardes", lambda: _restore(shots, window))
    window.close()
    settle(app)
    if shots.skipped:
        print("sautées : " + ", ".join(shots.skipped), file=sys.stderr)
    return 0


def _this_checkouts_translation(app, installed) -> None:
    """This checkout's .qm rather than the one an editable install of another checkout maps
    ``assocompta.resources`` to: the pictures show the translations beside the guide."""
    from PySide6.QtCore import QTranslator
    qm = ROOT / "resources" / "i18n" / "assocompta_en.qm"
    ours = QTranslator(app)
    if not (qm.is_file() and ours.load(str(qm))):
        return
    for translator in installed:
        app.removeTranslator(translator)
    app.installTranslator(ours)


def _view(shots: Shooter, window, key: str, name: str) -> None:
    view = window.show_view(key)
    model = getattr(view, "model", None)
    if model is not None and hasattr(model, "wait"):
        model.wait()
    elif hasattr(view, "wait"):  # the Tableau de bord counts in a thread
        view.wait()
    if key == "banque":  # a suggested line selected: the panel below shows what it proposes
        labels = [str(view.model.index(r, 1).data()) for r in range(view.model.rowCount())]
        row = next((r for r, text in enumerate(labels) if "FREE MOBILE" in text), None)
        if row is not None:
            view.table.selectRow(row)
    shots.save(window, name)


def _entry(shots: Shooter, window, kind: str, name: str) -> None:
    english = shots.suffix == "-en"
    dialog = window.new_entry(kind)
    ui = dialog.ui
    if kind == "depense":
        ui.amount_edit.setText("39.99" if english else "39,99")
        ui.label_edit.setText("Phone subscription November" if english
                              else "Abonnement téléphone novembre")
        ui.account_edit.setText("626")
    else:
        ui.label_edit.setText("Volunteers, street party" if english
                              else "Bénévolat fête de quartier")
        ui.account_edit.setText("864")
        ui.hours_edit.setText("30")
        ui.rate_edit.setText("11.88" if english else "11,88")
        dialog._hours_typed()
    ui.amount_edit.setFocus()
    shots.save(dialog, name, screen=True)
    dialog.discard()  # typed only for the picture


def _new_book(shots: Shooter, folder: Path) -> None:
    """The new-association wizard of an association that exists: its identity, its bank
    accounts and cash box, the opening entry it will book."""
    from assocompta.ui.dialogs.new_book_dialog import NewBookDialog
    english = shots.suffix == "-en"
    dialog = NewBookDialog(None, folder)
    ui = dialog.ui
    ui.name_edit.setText("Club de randonnée du Val" if not english else "Val Hiking Club")
    ui.start_edit.setText("01/01/2025")
    ui.path_edit.setText(str(folder / "club.assocompta"))
    dialog.show()
    shots.save(dialog, "nouvelle-association", screen=True)
    dialog.next()
    page = dialog.balances_page
    page.exists_radio.setChecked(True)
    first = page.rows[0]
    first.name_edit.setText("Crédit Mutuel – compte courant" if not english
                            else "Crédit Mutuel – current account")
    first.amount_edit.setText("2 345,67" if not english else "2,345.67")
    second = page.add_bank()
    second.name_edit.setText("Livret A")
    second.amount_edit.setText("5 000,00" if not english else "5,000.00")
    page.cash_edit.setText("120,00" if not english else "120.00")
    page.cash_edit.setFocus()
    shots.save(dialog, "nouvelle-association-soldes", screen=True)
    dialog.next()
    shots.save(dialog, "nouvelle-association-ecriture", screen=True)
    dialog.reject()


def _new_party(shots: Shooter, window) -> None:
    """A new name typed in Tiers, then Entrée: « Nouveau tiers » over the Recette form."""
    from assocompta.ui.dialogs.new_party_dialog import NewPartyDialog, kind_for
    english = shots.suffix == "-en"
    dialog = window.new_entry("recette")
    ui = dialog.ui
    ui.amount_edit.setText("500.00" if english else "500,00")
    ui.label_edit.setText("Grant, street party" if english else "Subvention fête de quartier")
    ui.account_edit.setText("74")
    name = "Mairie de Saint-Médard"
    ui.tiers_combo.setEditText(name)
    party = NewPartyDialog(window.session, name, kind_for("74"), dialog)
    party.show()
    settle(shots.app)
    # Below the form's Tiers field, so that the name typed there shows.
    tiers = ui.tiers_combo.mapToGlobal(ui.tiers_combo.rect().bottomLeft())
    party.move(dialog.frameGeometry().x() + 60, tiers.y() + 70)
    shots.save_area(dialog.frameGeometry().united(party.frameGeometry()),
                    "saisie-nouveau-tiers")
    party.close()
    dialog.discard()  # typed only for the picture


def _weak_suggestion(shots: Shooter, window) -> None:
    """The Banque view with a proposal « à vérifier » selected: a gift whose line names
    no donor the book knows, only the word « don »."""
    from assocompta.services.bank_import import import_statement
    statement = Path(tempfile.mkdtemp()) / "don.qif"
    statement.write_text("!Type:Bank\nD16/12/2025\nT40,00\nPVIR SEPA KERBRAT YANN /MOTIF DON"
                         "\n^\n", encoding="utf-8")
    import_statement(window.session.book, "512", statement)
    view = window.show_view("banque")
    view._changed()
    settle(shots.app)
    if not view.model.weak:
        raise LookupError("aucune proposition « à vérifier » dans l'exemple")
    view.table.selectRow(min(view.model.weak))
    shots.save(window, "banque-a-verifier")


def _menu(shots: Shooter, window, which: str) -> None:
    """One menu of the menu bar, open (found by an item it holds: the titles are translated)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    item = {"fichier": window.import_action,
            "exercice": window.command_actions["year_add"],
            "rapports": window.command_actions["pack"]}[which]
    window.show_view("saisie")
    bar = window.menuBar()
    action = next(a for a in bar.actions() if a.menu() is not None and item in a.menu().actions())
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(action).center())
    menu = action.menu()
    if which == "rapports":  # the AG pack highlighted: its tip shows in the status bar
        menu.setActiveAction(window.command_actions["pack"])
    from PySide6.QtCore import QRect
    corner = menu.frameGeometry().bottomRight()
    top_left = window.geometry().topLeft()
    try:
        shots.save_area(QRect(top_left, corner).adjusted(0, 0, 24, 24), f"menu-{which}")
    finally:
        menu.close()
        settle(shots.app)


def _bank_import(shots: Shooter, window) -> None:
    from assocompta.ui.dialogs.import_statement_dialog import ImportStatementDialog
    view = window.show_view("banque")
    data = ROOT / "tests" / "bank" / "data" / "ca_mars_2025.csv"
    folder = Path(tempfile.mkdtemp()) / "Téléchargements"
    folder.mkdir()
    sample = folder / "releve_mars_2025.csv"
    sample.write_bytes(data.read_bytes())
    dialog = ImportStatementDialog(window.session, view.account, sample, window)
    dialog.resize(1100, 680)
    dialog.show()
    shots.save(dialog, "banque-import")
    dialog.close()


def _reconciliation(shots: Shooter, window) -> None:
    """January 2025 being ticked: some lines ticked, the Écart shown."""
    from assocompta.domain.money import Money
    from assocompta.services import reconciliation as rec
    view = window.show_view("rapprochement")
    settle(shots.app)
    conn = window.session.conn
    december = rec.statements(conn, "512")[0]
    january = dt.date(2025, 1, 31)
    due = rec.unreconciled_lines(conn, "512", january)
    view.new_statement(january, december.closing + Money.total(ln.amount for ln in due))
    view.tick_through(dt.date(2025, 1, 12))
    shots.save(window, "rapprochement")


def _closing(shots: Shooter, window) -> None:
    """The closing wizard's checks on the demo's 2025 (the bank still to reconcile)."""
    view = window.show_view("exercices")
    settle(shots.app)
    wizard = view.close_year("2025")
    wizard.resize(900, 640)
    shots.save(wizard, "cloture")
    wizard.close()


def _restore(shots: Shooter, window) -> None:
    from assocompta.ui.dialogs.restore_dialog import RestoreDialog
    dialog = RestoreDialog(window.session.path, window)
    dialog.resize(900, 480)
    dialog.show()
    shots.save(dialog, "sauvegardes")
    dialog.close()


if __name__ == "__main__":
    sys.exit(main())
