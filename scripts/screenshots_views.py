"""Every view and the main dialogs on the demo book, as a user's screen shows them.

    python scripts/screenshots_views.py --xvfb        # both sizes, each in its own Xvfb+openbox
    DISPLAY=:13 QT_QPA_PLATFORM=xcb python scripts/screenshots_views.py   # the current display

Fresh settings, French, the window placed as on a first launch. Each picture is the whole
screen (window manager's frame included), so what does not fit is seen cut. Pictures go to
docs/screens/<width>x<height>/; docs/screens/README.md lists them. One shot that fails is
reported and the others are still taken.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = ("1366x768", "1920x1080")
KINDS = ("depense", "recette", "virement", "contribution", "libre")

#: file stem -> what the picture shows (README)
CAPTIONS: dict[str, str] = {}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screens",
                    help="dossier des images (une sous-dossier par taille d'écran)")
    ap.add_argument("--xvfb", action="store_true",
                    help="lancer Xvfb et openbox pour chaque taille (1366x768, 1920x1080)")
    ap.add_argument("--sizes", nargs="*", default=list(SIZES))
    args = ap.parse_args()
    if args.xvfb:
        failed = sum(_under_xvfb(size, args.out) for size in args.sizes)
        write_readme(args.out)
        return 1 if failed else 0
    code = shoot(args.out)
    write_readme(args.out)
    return code


def _under_xvfb(size: str, out: Path, script: str = __file__,
                extra: list[str] | None = None) -> int:
    """Run ``script`` (this one by default) on a fresh Xvfb screen of ``size`` with openbox;
    its exit code."""
    n = next(n for n in range(140, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists()
             and not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wm = None
    try:
        for _ in range(50):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                break
            time.sleep(0.1)
        env = dict(os.environ, DISPLAY=f":{n}", QT_QPA_PLATFORM="xcb")
        if shutil.which("openbox"):
            wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
            time.sleep(1)
        src = str(ROOT / "src")
        env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
        return subprocess.run([sys.executable, script, "--out", str(out), *(extra or [])],
                              env=env, timeout=600).returncode
    finally:
        for process in (wm, server):
            if process is not None:
                process.terminate()
                process.wait()


def shoot(out_root: Path) -> int:
    """All the pictures, on the current display."""
    temp = Path(tempfile.mkdtemp(prefix="assocompta-shots-"))
    os.environ["ASSOCOMPTA_SETTINGS"] = str(temp / "settings.ini")  # fresh settings
    os.environ.setdefault("ASSOCOMPTA_LOG_DIR", str(temp / "log"))
    os.environ["XDG_DATA_HOME"] = str(temp / "data")
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from assocompta.services.demo import create_demo
    from assocompta.ui.app import Controller, _install_translations
    from assocompta.ui.settings import Settings
    _install_translations(app, "fr")
    screen = app.primaryScreen().size()
    out = out_root / f"{screen.width()}x{screen.height()}"
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("*.png"):  # a view renamed or renumbered leaves no old picture
        stale.unlink()
    failures = 0

    def settle(ms: int = 250) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def save(stem: str, caption: str) -> None:
        settle(150)
        picture = app.primaryScreen().grabWindow(0).toImage()
        # 256 colours hold a screen of widgets: a quarter of the bytes, for the repository
        picture.convertToFormat(QImage.Format.Format_Indexed8,
                                Qt.ImageConversionFlag.ThresholdDither
                                | Qt.ImageConversionFlag.AvoidDither).save(
            str(out / f"{stem}.png"), "PNG", 0)
        CAPTIONS[stem] = caption
        print(out / f"{stem}.png")

    def attempt(what: str, job) -> None:
        nonlocal failures
        try:
            job()
        except Exception:  # noqa: BLE001 - one shot failing must not stop the others
            failures += 1
            print(f"échec : {what}", file=sys.stderr)
            traceback.print_exc()
        for widget in app.topLevelWidgets():  # whatever the shot left open
            if widget.isVisible() and widget is not window and widget.isModal():
                widget.close()

    book = temp / "Les Amis du Quartier.assocompta"
    create_demo(book).close()
    controller = Controller(app, Settings())
    window = None
    controller.welcome.show()
    settle(400)
    attempt("accueil", lambda: save("00-accueil", "Écran d'accueil (aucun livre ouvert)"))
    window = controller.open_book(book)
    window.session.start_writer()
    window.session.wait_ready()
    settle(800)
    for number, (key, title, _m, _c) in enumerate(window._entries, start=1):
        def view_shot(key=key, number=number, title=title):
            view = window.show_view(key)
            model = getattr(view, "model", None)
            if model is not None and hasattr(model, "wait"):
                model.wait()
            settle(300)
            save(f"{number:02d}-{key}",
                 f"Vue « {QCoreApplication.translate('MainWindow', title)} »")
        attempt(key, view_shot)

    def entry_shot(kind: str) -> None:
        dialog = window.new_entry(kind)
        settle(300)
        save(f"saisie-{kind}", _caption(f"saisie-{kind}"))
        dialog.close()
    for kind in KINDS:
        attempt(f"saisie {kind}", lambda kind=kind: entry_shot(kind))

    attempt("nouvelle association", lambda: _new_book_shots(temp, save, settle))
    attempt("import de relevé", lambda: _import_shot(window, temp, save, settle))
    attempt("clôture", lambda: _closing_shot(window, save, settle))
    attempt("ajout de tiers", lambda: _modal_shot(
        app, lambda: window.show_view("tiers").add_tiers(), "dialogue-tiers",
        "Ajouter un tiers", save, settle))
    window.close()
    settle(200)
    return 1 if failures else 0


def _new_book_shots(temp: Path, save, settle) -> None:
    """The new association dialog (each page, when it is a wizard)."""
    from PySide6.QtWidgets import QWizard

    from assocompta.ui.dialogs.new_book_dialog import NewBookDialog
    dialog = NewBookDialog(None, temp)
    dialog.show()
    settle(300)
    save("nouvelle-association", "Nouvelle association")
    if isinstance(dialog, QWizard):
        seen = {dialog.currentId()}
        for page in range(2, 8):
            dialog.next()
            settle(200)
            if dialog.currentId() in seen:
                break
            seen.add(dialog.currentId())
            save(f"nouvelle-association-{page}", f"Nouvelle association, page {page}")
    dialog.close()


def _import_shot(window, temp: Path, save, settle) -> None:
    """Import d'un relevé on the CSV the bank tests use, at the dialog's own size."""
    from assocompta.ui.dialogs.import_statement_dialog import ImportStatementDialog
    view = window.show_view("banque")
    sample = temp / "Téléchargements" / "releve_mars_2025.csv"
    sample.parent.mkdir()
    sample.write_bytes((ROOT / "tests" / "bank" / "data" / "ca_mars_2025.csv").read_bytes())
    dialog = ImportStatementDialog(window.session, view.account, sample, window)
    dialog.show()
    settle(400)
    save("import-releve", "Importer un relevé de banque (CSV)")
    dialog.close()


def _closing_shot(window, save, settle) -> None:
    view = window.show_view("exercices")
    wizard = view.close_year("2025")
    settle(600)
    save("cloture", "Clôture guidée de l'exercice 2025 (vérifications)")
    wizard.close()


def _modal_shot(app, opener, stem: str, caption: str, save, settle) -> None:
    """A dialog shown with exec(): shot, then cancelled, from inside its own event loop."""
    from PySide6.QtCore import QTimer

    def take() -> None:
        dialog = app.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(100, take)
            return
        save(stem, caption)
        dialog.reject()
    QTimer.singleShot(400, take)
    opener()


def write_readme(out_root: Path) -> None:
    """docs/screens/README.md: every picture of every size, with what it shows."""
    lines = ["# Écrans d'AssoCompta", "",
             "Chaque vue et les principaux dialogues sur le livre d'exemple, réglages neufs, "
             "sous Xvfb avec openbox (plateforme xcb), en français. Refaits par "
             "`python scripts/screenshots_views.py --xvfb`.", ""]
    for folder in sorted(p for p in out_root.glob("*x*") if p.is_dir()):
        lines += [f"## {folder.name.replace('x', ' × ')}", ""]
        for png in sorted(folder.glob("*.png")):
            caption = CAPTIONS.get(png.stem) or _caption(png.stem)
            lines.append(f"- [{png.name}]({folder.name}/{png.name}) : {caption}")
        lines.append("")
    (out_root / "README.md").write_text("\n".join(lines), encoding="utf-8")


def _caption(stem: str) -> str:
    """A caption from the file name alone (for the pictures of a run at another size)."""
    name = stem.split("-", 1)[1] if stem[:2].isdigit() else stem
    known = {"accueil": "Écran d'accueil (aucun livre ouvert)", "saisie": "Vue « Saisie »",
             "banque": "Vue « Banque »", "rapprochement": "Vue « Rapprochement »",
             "grand-livre": "Vue « Grand livre »", "resultat": "Vue « Compte de résultat »",
             "bilan": "Vue « Bilan »", "budget": "Vue « Budget »",
             "suivi": "Vue « Budget vs réalisé »", "plan": "Vue « Plan comptable »",
             "tiers": "Vue « Tiers et actions »", "recus": "Vue « Reçus fiscaux »",
             "exercices": "Vue « Exercices »", "tableau-de-bord": "Vue « Tableau de bord »",
             "import-releve": "Importer un relevé de banque (CSV)",
             "cloture": "Clôture guidée de l'exercice 2025 (vérifications)",
             "dialogue-tiers": "Ajouter un tiers", "nouvelle-association": "Nouvelle association"}
    kinds = {"depense": "Dépense", "recette": "Recette", "virement": "Virement",
             "contribution": "Contribution volontaire", "libre": "Écriture libre"}
    if name.startswith("saisie-"):
        kind = name.removeprefix("saisie-")
        return f"Formulaire de saisie, onglet « {kinds.get(kind, kind)} »"
    return known.get(name, name)


if __name__ == "__main__":
    sys.exit(main())
