"""The main window: navigation sidebar, the year always in sight, a status bar that tells the
bank balance and the year's result so far."""

from __future__ import annotations

import importlib
import importlib.util
import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from ..domain.errors import BookError, DomainError
from . import locale
from .errors import report
from .session import BookSession
from .settings import Settings
from .status import year_figures
from .views.base import View
from .window_place import restore_place, save_place

# key, title, module, class — views are built when first shown, so that a big book opens fast
VIEWS = (
    ("tableau-de-bord", QT_TRANSLATE_NOOP("MainWindow", "Tableau de bord"), "dashboard_view",
     "DashboardView"),
    ("saisie", QT_TRANSLATE_NOOP("MainWindow", "Saisie"), "ledger_view", "LedgerView"),
    ("banque", QT_TRANSLATE_NOOP("MainWindow", "Banque"), "bank_view", "BankView"),
    ("rapprochement", QT_TRANSLATE_NOOP("MainWindow", "Rapprochement"), "reconciliation_view",
     "ReconciliationView"),
    ("grand-livre", QT_TRANSLATE_NOOP("MainWindow", "Grand livre"), "grand_livre_view",
     "GrandLivreView"),
    ("resultat", QT_TRANSLATE_NOOP("MainWindow", "Compte de résultat"), "report_view",
     "ResultatView"),
    ("bilan", QT_TRANSLATE_NOOP("MainWindow", "Bilan"), "report_view", "BilanView"),
    ("budget", QT_TRANSLATE_NOOP("MainWindow", "Budget"), "budget_view", "BudgetView"),
    ("suivi", QT_TRANSLATE_NOOP("MainWindow", "Budget vs réalisé"), "suivi_view", "SuiviView"),
    ("plan", QT_TRANSLATE_NOOP("MainWindow", "Plan comptable"), "chart_view", "ChartView"),
    ("tiers", QT_TRANSLATE_NOOP("MainWindow", "Tiers et actions"), "parties_view",
     "PartiesView"),
    ("adherents", QT_TRANSLATE_NOOP("MainWindow", "Adhérents"), "members_view", "MembersView"),
    ("recus", QT_TRANSLATE_NOOP("MainWindow", "Reçus fiscaux"), "receipts_view", "ReceiptsView"),
    ("exercices", QT_TRANSLATE_NOOP("MainWindow", "Exercices"), "years_view", "YearsView"),
    # Last: the year-end document, after the years it is made for (and the Ctrl+1…9 of the
    # views above, which the guide names, stay as they were).
    ("inventaire", QT_TRANSLATE_NOOP("MainWindow", "Livre d'inventaire"), "report_view",
     "InventaireView"),
)


class _StepAction(QAction):
    """The toolbar's « Annuler » / « Rétablir »: a short text, the step in the tooltip. A
    method of the action (not a lambda) so that the undo stack, which outlives the window,
    lets go of it when the window goes."""

    def __init__(self, text: str, run, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.triggered.connect(run)

    @Slot(str)
    def name_step(self, step: str) -> None:
        self.setToolTip(f"{self.text()} {step}".strip())


def available_views() -> list[tuple[str, str, str, str]]:
    """The views whose module exists (all of them once the app is complete)."""
    return [v for v in VIEWS
            if importlib.util.find_spec(f"assocompta.ui.views.{v[2]}") is not None]


class MainWindow(QMainWindow):
    """One open book. ``closed`` is emitted when the user closes the book (not the app)."""

    closed = Signal()
    #: the book must be opened again in a new window (after a restore)
    reopen = Signal(object)

    def __init__(self, session: BookSession, settings: Settings,
                 app_actions: dict[str, QAction] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.views: dict[str, View] = {}
        self._entries = available_views()
        # A shared book names its server: two windows on two databases must not look alike.
        self.setWindowTitle(f"{session.association_name()} — {session.location} — AssoCompta"
                            if session.shared else f"{session.association_name()} — AssoCompta")
        self.setMinimumSize(QSize(900, 600))

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(190)
        for key, title, _m, _c in self._entries:
            item = QListWidgetItem(self.tr(title))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } "
                               "QListWidget::item { padding: 6px 8px; }")
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_row)

        self._build_toolbar()
        self._build_menus(app_actions or {})
        self._build_task_menus(app_actions or {})
        self.bank_label = QLabel()
        self.result_label = QLabel()
        self.bank_label.setAccessibleName(self.tr("Solde de la banque"))
        self.result_label.setAccessibleName(self.tr("Résultat de l'exercice"))
        self.statusBar().addPermanentWidget(self.bank_label)
        separator = QLabel(self.tr("·"))
        self.statusBar().addPermanentWidget(separator)
        self.statusBar().addPermanentWidget(self.result_label)
        self.location_label = QLabel()
        if session.shared:
            self.location_label.setText(self.tr("Base partagée : {}").format(session.location))
            self.location_label.setAccessibleName(self.tr("Base partagée"))
            self.statusBar().insertPermanentWidget(0, self.location_label)
            self.statusBar().insertPermanentWidget(1, QLabel(self.tr("·")))
        session.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        session.changed.connect(self._update_status)
        session.year_changed.connect(self._year_changed)
        session.writable_changed.connect(self._writable_changed)
        session.failed.connect(self._failed)
        self._fill_years()
        self._update_status()
        self._writable_changed(session.writable)
        restore_place(self, settings)
        self.nav.setCurrentRow(0)

    # -- building ------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Exercice"))
        bar.setObjectName("year_toolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr(" Exercice : ")))
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Exercice affiché"))
        self.year_combo.setMinimumContentsLength(12)
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        bar.addWidget(self.year_combo)
        bar.addSeparator()
        self.undo_action = self.session.undo_stack.createUndoAction(self, self.tr("Annuler"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.session.undo_stack.createRedoAction(self, self.tr("Rétablir"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # The toolbar has its own short « Annuler » / « Rétablir », the step named in the
        # tooltip: the menu's « Annuler ajout du sous-compte 74101 « Subvention… » » would
        # widen the bar. The shortcuts stay on the menu's actions.
        stack = self.session.undo_stack
        self.undo_button = _StepAction(self.tr("Annuler"), stack.undo, self)
        self.undo_button.setEnabled(stack.canUndo())
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.undoTextChanged.connect(self.undo_button.name_step)
        self.redo_button = _StepAction(self.tr("Rétablir"), stack.redo, self)
        self.redo_button.setEnabled(stack.canRedo())
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        stack.redoTextChanged.connect(self.redo_button.name_step)
        bar.addAction(self.undo_button)
        bar.addAction(self.redo_button)
        self.addToolBar(bar)

    def _build_menus(self, app_actions: dict[str, QAction]) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&Fichier"))
        for key in ("new", "open", "open_shared", "demo"):
            if key in app_actions:
                file_menu.addAction(app_actions[key])
        file_menu.addSeparator()
        self.import_action = QAction(self.tr("&Importer un FEC…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.ask_import_fec)
        file_menu.addAction(self.import_action)
        self.export_action = QAction(self.tr("&Exporter la vue…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_current)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        self.copy_action = QAction(self.tr("Enregistrer une &copie…"), self)
        self.copy_action.triggered.connect(self.ask_save_copy)
        file_menu.addAction(self.copy_action)
        self.restore_action = QAction(self.tr("&Restaurer une sauvegarde…"), self)
        self.restore_action.triggered.connect(self.ask_restore)
        file_menu.addAction(self.restore_action)
        for action in (self.copy_action, self.restore_action):
            # A shared book is saved and restored by its server's administrator.
            action.setEnabled(not self.session.shared)
        file_menu.addSeparator()
        close_action = QAction(self.tr("Fermer le livre"), self)
        close_action.setShortcut(QKeySequence.StandardKey.Close)
        close_action.triggered.connect(self.close)
        file_menu.addAction(close_action)
        if "quit" in app_actions:
            file_menu.addSeparator()
            file_menu.addAction(app_actions["quit"])

        edit_menu = menu.addMenu(self.tr("É&dition"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        find = QAction(self.tr("&Rechercher"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._find)
        edit_menu.addAction(find)

        entry_menu = menu.addMenu(self.tr("&Saisie"))
        from .kinds import KINDS, kind_text
        shortcuts = {"depense": "Ctrl+D", "recette": "Ctrl+R", "virement": "Ctrl+T",
                     "contribution": "Ctrl+B", "libre": "Ctrl+L"}
        self.entry_actions: dict[str, QAction] = {}
        for kind, text in KINDS:
            action = QAction(kind_text(text) + "…", self)
            action.setShortcut(QKeySequence(shortcuts[kind]))
            action.triggered.connect(lambda _=False, k=kind: self.new_entry(k))
            entry_menu.addAction(action)
            self.entry_actions[kind] = action
        # Drafts become final here (PCG art. 921-3); a validated entry is corrected by a
        # contre-passation, which the refusal to change one also offers.
        entry_menu.addSeparator()
        self.validate_action = QAction(self.tr("&Valider les écritures…"), self)
        self.validate_action.setStatusTip(self.tr(
            "Les brouillards d'un exercice jusqu'à une date : numéro définitif, plus de "
            "modification possible"))
        self.validate_action.triggered.connect(
            lambda _=False: self.show_view("saisie").validate_entries())
        self.validate_selection_action = QAction(self.tr("Valider la &sélection"), self)
        self.validate_selection_action.setStatusTip(self.tr(
            "Les brouillards parmi les lignes choisies dans le journal"))
        self.validate_selection_action.triggered.connect(
            lambda _=False: self.show_view("saisie").validate_selected())
        self.reverse_action = QAction(self.tr("&Contre-passer et corriger…"), self)
        self.reverse_action.setStatusTip(self.tr(
            "Annuler l'écriture validée choisie par une écriture de sens contraire, et "
            "passer l'écriture corrigée"))
        self.reverse_action.triggered.connect(
            lambda _=False: self.show_view("saisie").reverse_selected())
        self.validation_actions = (self.validate_action, self.validate_selection_action,
                                   self.reverse_action)
        for action in self.validation_actions:
            entry_menu.addAction(action)

        view_menu = menu.addMenu(self.tr("&Affichage"))
        self.view_actions: dict[str, QAction] = {}
        for n, (key, title, _m, _c) in enumerate(self._entries):
            action = QAction(self.tr(title), self)
            self.view_actions[key] = action
            if n < 9:  # Ctrl+1 … Ctrl+9; the views after them are in this menu and the sidebar
                action.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
            action.triggered.connect(lambda _=False, k=key: self.show_view(k))
            view_menu.addAction(action)

        languages = view_menu.addMenu(self.tr("&Langue"))
        current = self.settings.language() or ("fr" if locale.locale_name().startswith("fr")
                                               else "en")
        for code, name in (("fr", "Français"), ("en", "English")):
            action = QAction(name, self, checkable=True, checked=code == current)
            action.triggered.connect(lambda _=False, c=code: self._set_language(c))
            languages.addAction(action)

        # Aid&e as in LibreOffice: Alt+A is Affichage's.
        help_menu = menu.addMenu(self.tr("Aid&e"))
        help_menu.setObjectName("help_menu")
        self.guide_action = QAction(self.tr("&Guide de l'utilisateur"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.open_guide)
        help_menu.addAction(self.guide_action)
        for key in ("help", "about"):
            if key in app_actions:
                help_menu.addAction(app_actions[key])

    def _build_task_menus(self, app_actions: dict[str, QAction]) -> None:
        """Exercice and Rapports: every command of the command line is a menu item."""
        from .menus import build_task_menus
        build_task_menus(self, app_actions)

    def _set_language(self, code: str) -> None:
        self.settings.set_language(code)
        self.statusBar().showMessage(
            self.tr("La langue choisie s'appliquera au prochain démarrage."), 8000)

    def open_guide(self):
        """F1: the guide's page for the view on screen, in the app's language."""
        from .guide_pages import page_for_view
        from .help_window import HelpWindow
        if getattr(self, "help_window", None) is None:
            self.help_window = HelpWindow(
                "fr" if locale.locale_name().startswith("fr") else "en", self)
        key = next((k for k, v in self.views.items() if v is self.stack.currentWidget()), None)
        self.help_window.show_page(page_for_view(key))
        return self.help_window

    # -- views ---------------------------------------------------------------------------
    def view(self, key: str) -> View:
        """The view ``key``, built on first use."""
        if key not in self.views:
            entry = next(e for e in self._entries if e[0] == key)
            module = importlib.import_module(f"assocompta.ui.views.{entry[2]}")
            widget = getattr(module, entry[3])(self.session)
            self.views[key] = widget
            self.stack.addWidget(widget)
        return self.views[key]

    def show_view(self, key: str) -> View:
        keys = [e[0] for e in self._entries]
        if self.nav.currentRow() != keys.index(key):
            self.nav.setCurrentRow(keys.index(key))
        return self.views[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self._entries[row][0]
        widget = self.view(key)
        self.stack.setCurrentWidget(widget)
        widget.activate()
        self.export_action.setEnabled(bool(widget.export_formats))

    def current_view(self) -> View:
        return self.stack.currentWidget()

    def new_entry(self, kind: str):
        view = self.show_view("saisie")
        return view.new_entry(kind)

    def _find(self) -> None:
        view = self.show_view("saisie")
        view.focus_search()

    def export_current(self) -> Path | None:
        view = self.current_view()
        if not view.export_formats:
            return None
        filters = {".xlsx": self.tr("Classeur Excel (*.xlsx)"), ".pdf": self.tr("PDF (*.pdf)"),
                   ".csv": self.tr("CSV pour tableur (*.csv)")}
        name, chosen = QFileDialog.getSaveFileName(
            # The name's extension is the first filter's, the one the dialog shows chosen.
            self, self.tr("Exporter"),
            str(Path.home() / (view.default_export_name() + view.export_formats[0])),
            ";;".join(filters[f] for f in view.export_formats))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in view.export_formats:
            ext = next((f for f, text in filters.items() if text == chosen), ".xlsx")
            path = path.with_suffix(ext)
        if view.background_export:
            from .tasks import run_task
            job = view.export_job(path)
            return run_task(self, self.tr("Export de {}…").format(path.name), job,
                            lambda written: self._exported(written),
                            lambda exc: report(self, exc, self.tr("Export impossible.")))
        try:
            written = view.export(path)
        except DomainError as exc:
            report(self, exc, self.tr("Export impossible."))
            return None
        self._exported(written)
        return written

    def _exported(self, written: Path) -> None:
        self.statusBar().showMessage(self.tr("Exporté : {}").format(written), 8000)

    def ask_import_fec(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importer un FEC"), str(Path.home()),
            self.tr("Fichier des écritures comptables (*.txt *.csv)"))
        if name:
            self.import_fec(Path(name))

    def import_fec(self, source: Path):
        """Import a FEC in a thread behind a progress dialog; all of it or nothing."""
        from ..services.fec_import import import_fec
        from .tasks import run_task
        book = self.session.book

        def work():
            # No second reading process here: forking a process that runs Qt threads is unsafe.
            result = import_fec(book, source, parallel=False)
            book.refresh_totals()
            return result

        def done(result) -> None:
            self.session.refresh_years()
            self.session.notify()
            message = self.tr("{} : {} ({})").format(
                source.name, locale.count(result.entries, self.tr("{} écriture importée"),
                                          self.tr("{} écritures importées")),
                ", ".join(result.years))
            if result.drafts:  # no ValidDate in the file: to validate here
                message += ", " + self.tr("dont {} en brouillard, à valider").format(
                    locale.integer(result.drafts))
            self.statusBar().showMessage(message, 10000)

        def failed(exc: BaseException) -> None:
            report(self, exc, self.tr("Import de {} refusé : rien n'a été écrit.")
                   .format(source.name))

        return run_task(self, self.tr("Import de {}…").format(source.name), work, done, failed)

    # -- copies and backups --------------------------------------------------------------
    def ask_save_copy(self) -> Path | None:
        """Enregistrer une copie…: the whole book in one file, wherever the treasurer says."""
        from ..storage.restore import save_copy
        book = self.session.path
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer une copie du livre"),
            str(Path.home() / self.tr("{} (copie).assocompta").format(book.stem)),
            self.tr("Livre AssoCompta (*.assocompta)"))
        if not name:
            return None
        try:
            dest = save_copy(book, Path(name))
        except DomainError as exc:
            report(self, exc, self.tr("Copie impossible."))
            return None
        self.statusBar().showMessage(
            self.tr("Copie enregistrée : {} (le livre entier, dans ce seul fichier)")
            .format(dest), 10000)
        return dest

    def ask_restore(self) -> bool:
        """Restaurer une sauvegarde…: the book is closed, restored, and opened again."""
        from .dialogs.restore_dialog import RestoreDialog
        book = self.session.path
        chosen = RestoreDialog.ask(self, book)
        if chosen is None:
            return False
        self.close()  # lets go of the book's lock
        done = _restore(book, chosen)
        self.reopen.emit(book)
        if isinstance(done, BaseException):
            report(None, done, self.tr("Restauration impossible."))
            return False
        QMessageBox.information(
            None, self.tr("Sauvegarde restaurée"),
            self.tr("La sauvegarde du {} est remise en place ({}). Le livre remplacé "
                    "est gardé à part ({}) : Fichier › Restaurer une sauvegarde… le remet en "
                    "place si besoin.").format(
                done.backup.taken.strftime("%d/%m/%Y à %H:%M:%S"),
                locale.count(done.backup.entries, self.tr("{} écriture"),
                             self.tr("{} écritures")),
                done.aside.name if done.aside else "—"))
        return True

    # -- year and status -----------------------------------------------------------------
    def _fill_years(self) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        current = self.session.year
        for y in self.session.years():
            self.year_combo.addItem(self.tr("{} (clos)").format(y.label) if y.closed
                                    else y.label, y.label)
            if current and y.label == current.label:
                self.year_combo.setCurrentIndex(self.year_combo.count() - 1)
        self.year_combo.blockSignals(False)

    def _year_chosen(self, index: int) -> None:
        label = self.year_combo.itemData(index)
        if label:
            self.session.set_year(label)
            self.settings.set_last_year(self.session.key, label)

    def _year_changed(self, _label: str) -> None:
        self._fill_years()
        self._update_status()

    def _update_status(self, *_args) -> None:
        year = self.session.year
        if year is None:
            self.bank_label.setText(self.tr("Aucun exercice"))
            self.result_label.clear()
            return
        bank, result = year_figures(self.session.conn, year.id)
        self.bank_label.setText(self.tr("Banque : {}").format(locale.amount(bank, currency=True)))
        text = (self.tr("Excédent {} à ce jour : {}") if result >= 0
                else self.tr("Déficit {} à ce jour : {}"))
        self.result_label.setText(text.format(year.label,
                                              locale.amount(abs(result), currency=True)))

    def _writable_changed(self, writable: bool) -> None:
        for action in (*self.entry_actions.values(), *self.validation_actions,
                       self.import_action):
            action.setEnabled(writable)
        if not writable and self.session.read_only_reason:
            self.statusBar().showMessage(self.tr("Lecture seule : {}").format(
                self.session.read_only_reason))

    def _failed(self, message: str) -> None:
        from .open_failure import refused
        self.close()  # lets go of the book before one of its backups may be put back
        if refused(None, self.session.target, BookError(message),
                   self.tr("Livre inutilisable")):
            self.reopen.emit(self.session.target)

    # -- closing -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        # Every change is already committed: closing only stops background work.
        save_place(self, self.settings)
        for view in self.views.values():
            view.close_view()
        self.session.close()
        event.accept()
        self.closed.emit()


def _restore(book: Path, backup: Path):
    """The restore done, or the refusal; a lock still held by this process (its writer
    closing in the background) is waited for a little."""
    import time

    from PySide6.QtWidgets import QApplication

    from ..domain.errors import BookLockedError
    from ..storage.restore import restore
    deadline = time.monotonic() + 30
    while True:
        try:
            return restore(book, backup)
        except BookLockedError as exc:
            if exc.holder.get("pid") != os.getpid() or time.monotonic() > deadline:
                return exc
            QApplication.processEvents()
            time.sleep(0.1)
        except DomainError as exc:
            return exc
