"""Starting the desktop app: ``assocompta`` (welcome screen), ``assocompta BOOK``, and
``assocompta --smoke BOOK`` (opens BOOK offscreen, visits every view, prints timings). BOOK
may be a ``postgresql://`` URL, also given as ``--db URL``."""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
import traceback
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QLocale,
    QObject,
    QStandardPaths,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from .. import __version__
from ..domain.errors import DomainError
from . import locale, location
from .errors import install_excepthook, setup_logging
from .location import Target
from .main_window import MainWindow
from .session import BookSession
from .settings import Settings, choose_path
from .welcome import WelcomeWindow

HELP = QT_TRANSLATE_NOOP("Controller", """<h3>AssoCompta</h3>
<p>Chaque action est enregistrée aussitôt dans le fichier du livre : il n'y a rien à
« enregistrer » et rien ne se perd à la fermeture.</p>
<table>
<tr><td>Ctrl+D, Ctrl+R, Ctrl+T, Ctrl+B, Ctrl+L</td><td>dépense, recette, virement,
contribution volontaire, écriture libre</td></tr>
<tr><td>Entrée / Échap</td><td>enregistrer et saisir la suivante / fermer</td></tr>
<tr><td>Ctrl+Z / Ctrl+Maj+Z</td><td>annuler / rétablir</td></tr>
<tr><td>Ctrl+F</td><td>rechercher dans le journal</td></tr>
<tr><td>Ctrl+E</td><td>exporter la vue (Excel, PDF, CSV)</td></tr>
<tr><td>Ctrl+1 … Ctrl+9</td><td>changer de vue</td></tr>
</table>""")


def _install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Our .qm (English) and Qt's own strings for the chosen language; those installed."""
    locale.set_language(language)
    if language == "fr":
        from .qt_french import install_qt_french
        return install_qt_french(app)
    from importlib.resources import files
    ours = QTranslator(app)
    qm = files("assocompta.resources").joinpath("i18n", f"assocompta_{language}.qm")
    if qm.is_file() and ours.load(str(qm)):
        app.installTranslator(ours)
        return [ours]
    return []


class Controller(QObject):
    """Welcome screen and book windows: what to show when."""

    def __init__(self, app: QApplication, settings: Settings) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        self._finished_dialog = None  # see new_book
        self.windows: list[MainWindow] = []
        self.actions = self._actions()
        self.welcome = WelcomeWindow(settings, self.actions)
        self.welcome.open_requested.connect(self.open_book)

    def _actions(self) -> dict[str, QAction]:
        def make(key, text, shortcut, slot):
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            return key, action
        return dict([
            make("new", self.tr("&Nouvelle association…"), QKeySequence.StandardKey.New,
                 self.new_book),
            make("open", self.tr("&Ouvrir…"), QKeySequence.StandardKey.Open, self.ask_open),
            make("open_shared", self.tr("Ouvrir une base &partagée (PostgreSQL)…"), None,
                 self.ask_open_shared),
            make("demo", self.tr("Ouvrir l'e&xemple"), None, self.open_demo),
            make("quit", self.tr("&Quitter"), QKeySequence.StandardKey.Quit, self.quit),
            # F1 is the guide's (MainWindow.open_guide); this is the table of shortcuts.
            make("help", self.tr("&Raccourcis clavier"), None, self.help),
            make("about", self.tr("À &propos"), None, self.about),
        ])

    def start(self, book: Target | None) -> None:
        if book is not None:
            self.open_book(book)
        if not self.windows:
            self.welcome.show()

    def open_book(self, target: Target) -> MainWindow | None:
        """Open a book file (Path) or a shared book (``postgresql://`` URL) in a window."""
        target = location.as_target(target)
        for window in self.windows:
            if window.session.key == location.key(target):
                window.raise_()
                window.activateWindow()
                return window
        session = BookSession(target)
        try:
            session.open(start_writer=False)
        except DomainError as exc:
            from .open_failure import refused
            if refused(self.welcome if self.welcome.isVisible() else None, target, exc,
                       self.tr("Impossible d'ouvrir {}.").format(
                           location.shown(target) if location.is_shared(target)
                           else Path(target).name)):
                return self.open_book(target)  # a backup is back in its place
            return None
        last = self.settings.last_year(target)
        if last:
            try:
                session.set_year(last)
            except KeyError:
                pass
        window = MainWindow(session, self.settings, self.actions)
        window.closed.connect(lambda w=window: self._closed(w))
        window.reopen.connect(self.open_book)
        self.windows.append(window)
        self.settings.add_recent(target)
        window.show()
        self.welcome.hide()
        # Write access (integrity check, backup, lock, the ORM) once the window is painted.
        QTimer.singleShot(250, session.start_writer)
        return window

    def _closed(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)
        if not self.windows:
            self.welcome.refresh()
            self.welcome.show()

    def ask_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(None, self.tr("Ouvrir un livre"),
                                              str(Path.home()),
                                              self.tr("Livre AssoCompta (*.assocompta)"))
        if name:
            self.open_book(Path(name))

    def ask_open_shared(self) -> MainWindow | None:
        from .dialogs.shared_book_dialog import SharedBookDialog
        url = SharedBookDialog.ask(self.windows[-1] if self.windows else None)
        return self.open_book(url) if url else None

    def new_book(self) -> None:
        from .dialogs.new_book_dialog import NewBookDialog
        dialog = NewBookDialog(None, Path.home())
        # Parentless, the wizard would be destroyed by Python as this method returns, while
        # Qt may still deliver its pending events (a rare crash after it closed): Qt deletes
        # it from the event loop instead, and the reference keeps Python from doing it first.
        self._finished_dialog = dialog
        try:
            if dialog.exec() and dialog.created is not None:
                self.open_book(dialog.created)
        finally:
            dialog.deleteLater()

    def demo_path(self) -> Path:
        folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppDataLocation) or Path.home() / ".assocompta")
        folder.mkdir(parents=True, exist_ok=True)
        return folder / "Les Amis du Quartier (exemple).assocompta"

    def open_demo(self) -> MainWindow | None:
        path = self.demo_path()
        if not path.exists():
            from ..services.demo import create_demo
            create_demo(path).close()
        return self.open_book(path)

    def help(self) -> None:
        QMessageBox.information(None, self.tr("Aide d'AssoCompta"), self.tr(HELP))

    def about(self) -> None:
        QMessageBox.about(None, self.tr("À propos d'AssoCompta"),
                          self.tr("<b>AssoCompta {}</b><p>Comptabilité et budgets des "
                                  "associations loi 1901 (plan comptable ANC 2018-06).</p>")
                          .format(__version__))

    def quit(self) -> None:
        for window in list(self.windows):
            window.close()
        self.app.quit()


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="assocompta", description="L'application de bureau.")
    p.add_argument("book", nargs="?",
                   help="livre à ouvrir (.assocompta, ou adresse postgresql://…)")
    p.add_argument("--db", metavar="URL",
                   help="livre tenu dans PostgreSQL : postgresql://utilisateur@serveur/base "
                        "(mot de passe dans ~/.pgpass ou PGPASSWORD)")
    p.add_argument("--smoke", action="store_true",
                   help="ouvrir BOOK hors écran, afficher chaque vue, imprimer les temps, "
                        "quitter (code 0 si tout s'affiche)")
    p.add_argument("--lang", choices=("fr", "en"), help="langue de l'interface")
    p.add_argument("--settings", metavar="FICHIER",
                   help="fichier des préférences (livres récents, fenêtre, langue) ; "
                        "défaut : le dossier de configuration habituel, ou ASSOCOMPTA_SETTINGS")
    return p


def _headers(view) -> list[str]:
    """The column headings of a view's tables, as shown (in the user's language)."""
    texts = []
    for name in ("table", "tree", "tiers_table", "actions_table"):
        widget = getattr(view, name, None)
        model = widget.model() if widget is not None else None
        if model is not None:
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(model.columnCount())]
    return texts


def smoke(controller: Controller, book: Target, started: float) -> int:
    """Open ``book``, show every view, print how long each took; 0 when all showed."""
    from ..storage.books import open_book
    try:  # a book that cannot open is said here: offscreen, the app's message box waits forever
        open_book(book, readonly=True, integrity=False).close()
    except DomainError as exc:
        print(f"assocompta --smoke : {exc}", file=sys.stderr)
        return 1
    window = controller.open_book(book)
    if window is None:
        return 1
    app = controller.app
    app.processEvents()
    window.current_view().wait()  # the Tableau de bord, counted in a thread
    ledger = window.show_view("saisie")
    ledger.model.wait()
    app.processEvents()
    print(f"lancement → journal affiché : {time.perf_counter() - started:.2f} s "
          f"({ledger.model.rowCount()} lignes)")
    window.session.start_writer()
    window.session.wait_ready()
    app.processEvents()
    for row, (key, _title, _m, _c) in enumerate(list(window._entries)):
        title = window.nav.item(row).text()  # as the user reads it, in their language
        t = time.perf_counter()
        window.show_view(key)
        app.processEvents()
        view = window.views[key]
        model = getattr(view, "model", None)
        if model is not None and hasattr(model, "wait"):
            model.wait()
            app.processEvents()
        elif hasattr(view, "wait"):  # a view that counts in a thread (Tableau de bord)
            view.wait()
        print(f"{title} : {time.perf_counter() - t:.3f} s  [{' | '.join(_headers(view))}]")
    window.close()
    app.processEvents()
    return 1 if _smoke_failures else 0


_smoke_failures: list[BaseException] = []


def _smoke_hook(kind, value, tb) -> None:
    """In a smoke run an exception in a view is printed and fails the run (no dialog)."""
    _smoke_failures.append(value)
    traceback.print_exception(kind, value, tb, file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    parser = _parser()
    from ..storage.pg.redaction import remember_in
    remember_in(sys.argv[1:] if argv is None else argv)  # no message may show a password
    args = parser.parse_args(argv)
    if args.db is not None:
        if args.book is not None:
            parser.error("--db et un livre : indiquez l'un ou l'autre")
        if not location.is_shared(args.db):
            parser.error("--db attend une adresse postgresql://…")
        args.book = args.db
    if args.book is not None:
        args.book = location.as_target(args.book)
    if args.smoke:
        if args.book is None:
            print("assocompta --smoke BOOK (ou --db URL) : indiquez le livre à ouvrir",
                  file=sys.stderr)
            return 2
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("AssoCompta")
    app.setOrganizationName("AssoCompta")
    app.setApplicationVersion(__version__)
    from importlib.resources import files
    icon = files("assocompta.resources").joinpath("icons", "assocompta.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    setup_logging()
    install_excepthook()
    choose_path(args.settings)
    settings = Settings()
    language = args.lang or settings.language() or (
        "fr" if QLocale.system().language() == QLocale.Language.French
        or QLocale.system().language() == QLocale.Language.C else "en")
    _install_translations(app, language)
    controller = Controller(app, settings)
    if args.smoke:
        _smoke_failures.clear()
        sys.excepthook = _smoke_hook
        threading.excepthook = lambda a: _smoke_hook(a.exc_type, a.exc_value, a.exc_traceback)
        return smoke(controller, args.book, started)
    controller.start(args.book)
    return app.exec()
