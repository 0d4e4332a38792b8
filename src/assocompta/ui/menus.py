"""The Exercice and Rapports menus, and the imports and copies added to Fichier: everything
the command line does (``assocompta --help``) is a menu item of the window.

:data:`CLI_ACTIONS` maps each command to the key of its action in ``window.command_actions``
(docs/cli-menus.md gives the same table to read; a test keeps the three in step)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMenu, QMessageBox

from ..domain.fixes import for_app
from . import locale
from .errors import report

if TYPE_CHECKING:
    from .main_window import MainWindow

#: command of ``assocompta`` (with its KIND for ``report``) → key in ``window.command_actions``
CLI_ACTIONS = {
    "init": "new",
    "demo": "demo",
    "year add": "year_add",
    "year close": "year_close",
    "year work": "year_close",  # the wizard's pages, one per kind of work
    "year allocate": "year_allocate",
    "year funds": "year_close",  # the closing wizard's Fonds dédiés step
    "action finish": "year_close",  # the same step: « Action terminée… »
    "year cutoff": "year_cutoff",
    "provision add": "provisions",  # the dialog: the open provisions, a new one, a reprise
    "provision reverse": "provisions",
    "provision list": "provisions",
    "fec import": "fec_import",
    "fec export": "fec_export",
    "check": "check",
    "report resultat": "report_resultat",
    "report bilan": "report_bilan",
    "report balance": "report_balance",
    "report grand-livre": "report_grand-livre",
    "report journal": "report_journal",
    "report inventaire": "report_inventaire",
    "budget import": "budget_import",
    "budget export": "budget_export",
    "budget copy": "budget_copy",
    "budget suivi": "budget_suivi",
    "budget compte-rendu": "compte_rendu",  # the dialog types the texts and exports
    "budget compte-rendu-text": "compte_rendu",
    "pack": "pack",
    "annexe export": "annexe",  # the dialog's Exporter PDF… / Exporter XLSX… buttons
    "annexe text": "annexe",
    "bank import": "bank_import",
    "bank presets": "bank_import",  # the import dialog lists the presets
    "bank reconciliation": "bank_reconciliation",
    "accounts": "accounts",
    "receipts issue": "receipts",
    "receipts list": "receipts_manage",  # the view's two tabs: donors and gifts, receipts
    "receipts cancel": "receipts_manage",
    "receipts replace": "receipts_manage",
    "receipts declaration": "receipts_declaration",
    "identity": "identity",
    "tiers import": "tiers_import",
    "tiers list": "tiers",  # the Tiers et actions view
    "tiers export": "tiers_export",
    "members": "members",  # the Adhérents view: export button
    "copy": "copy_between",
    "backups": "restore",  # the restore dialog lists the backups
    "restore": "restore",
    "entries validate": "entries_validate",
    "entries reverse": "entries_reverse",
    "entries list": "entries_list",  # the Saisie view: the journal, drafts shown as such
    # The register dialog: its table (list), Inscrire (add), Sortir (dispose); the plan and
    # an entry's asset are the same dialog's (docs/immobilisations.md).
    "asset add": "assets",
    "asset from-entry": "assets",
    "asset list": "assets",
    "asset plan": "assets",
    "asset dispose": "assets",
}

REPORTS = (
    ("resultat", QT_TRANSLATE_NOOP("Menus", "Compte de &résultat…"),
     QT_TRANSLATE_NOOP("Menus", "Compte de résultat")),
    ("bilan", QT_TRANSLATE_NOOP("Menus", "&Bilan…"), QT_TRANSLATE_NOOP("Menus", "Bilan")),
    ("balance", QT_TRANSLATE_NOOP("Menus", "B&alance…"), QT_TRANSLATE_NOOP("Menus", "Balance")),
    ("grand-livre", QT_TRANSLATE_NOOP("Menus", "&Grand livre…"),
     QT_TRANSLATE_NOOP("Menus", "Grand livre")),
    ("journal", QT_TRANSLATE_NOOP("Menus", "&Journal…"), QT_TRANSLATE_NOOP("Menus", "Journal")),
    ("inventaire", QT_TRANSLATE_NOOP("Menus", "Livre d'&inventaire…"),
     QT_TRANSLATE_NOOP("Menus", "Livre d'inventaire")),
)
#: the reports the app shows with their accounts under each line are exported so too
DETAILED = ("resultat", "bilan")
FILTERS = {".xlsx": QT_TRANSLATE_NOOP("Menus", "Classeur Excel (*.xlsx)"),
           ".pdf": QT_TRANSLATE_NOOP("Menus", "PDF (*.pdf)"),
           ".csv": QT_TRANSLATE_NOOP("Menus", "CSV pour tableur (*.csv)"),
           ".txt": QT_TRANSLATE_NOOP("Menus", "Fichier des écritures comptables (*.txt)")}


def tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


class Menus:
    """``Menus.tr("…")``: lupdate files a literal under the context its class names (a bare
    ``tr("…")`` would land in no context, and never be found at run time)."""

    tr = staticmethod(tr)


def build_task_menus(window: MainWindow, app_actions: dict[str, QAction]) -> dict[str, QAction]:
    """Add the Exercice and Rapports menus and the Fichier items; returns every action a
    command of the command line maps to, by key (also kept as ``window.command_actions``)."""
    return TaskMenus(window, app_actions).actions


class TaskMenus:
    """What the menus do: each slot reuses the service its command calls; long work runs in
    a thread behind a progress dialog (:func:`ui.tasks.run_task`)."""

    def __init__(self, window: MainWindow, app_actions: dict[str, QAction]) -> None:
        self.window = window
        self.session = window.session
        self.actions: dict[str, QAction] = {}
        self.writes: list[QAction] = []  # enabled only while the book is writable
        self.last_task = None  # the progress dialog of the last long job (tests wait on it)
        for key in ("new", "demo"):
            if key in app_actions:
                self.actions[key] = app_actions[key]
        self.actions["fec_import"] = window.import_action
        self.actions["entries_validate"] = window.validate_action
        self.actions["entries_reverse"] = window.reverse_action
        self.actions["restore"] = window.restore_action
        self.actions["accounts"] = window.view_actions["plan"]
        self.actions["entries_list"] = window.view_actions["saisie"]
        self.actions["tiers"] = window.view_actions["tiers"]
        self.actions["members"] = window.view_actions["adherents"]
        self._file_items()
        bar = window.menuBar()
        help_menu = next((a for a in bar.actions() if a.menu() is not None and
                          a.menu().objectName() == "help_menu"), None)
        for menu in (self._year_menu(), self._reports_menu()):
            if help_menu is not None:
                bar.insertMenu(help_menu, menu)
            else:
                bar.addMenu(menu)
        window.command_actions = self.actions
        window.task_menus = self
        self.session.writable_changed.connect(self._writable_changed)
        self._writable_changed(self.session.writable)

    # -- building ------------------------------------------------------------------------
    def _action(self, key: str, text: str, slot: Callable[[], object], *,
                writes: bool = False, tip: str = "") -> QAction:
        action = QAction(tr(text), self.window)
        action.setObjectName(f"action_{key}")
        action.triggered.connect(lambda _=False: slot())
        if tip:
            action.setStatusTip(tr(tip))
            action.setToolTip(tr(tip))
        if writes:
            self.writes.append(action)
        self.actions[key] = action
        return action

    def _file_items(self) -> None:
        file_menu = next(a.menu() for a in self.window.menuBar().actions()
                         if a.menu() is not None and self.window.import_action in a.menu().actions())
        entries = file_menu.actions()
        after_import = entries[entries.index(self.window.import_action) + 1]
        file_menu.insertAction(self.window.import_action, self._action(
            "identity", QT_TRANSLATE_NOOP("Menus", "Iden&tité de l'association…"),
            self.edit_identity, writes=True,
            tip=QT_TRANSLATE_NOOP("Menus", "Nom, adresse du siège, SIREN, objet : ce que "
                                           "disent les reçus fiscaux et les rapports")))
        file_menu.insertSeparator(self.window.import_action)
        file_menu.insertAction(after_import, self._action(
            "bank_import", QT_TRANSLATE_NOOP("Menus", "Importer un relevé &bancaire…"),
            self.import_statement, writes=True,
            tip=QT_TRANSLATE_NOOP("Menus", "Relevé CSV, OFX ou QIF : ses opérations vont dans "
                                           "les lignes à catégoriser de la vue Banque")))
        file_menu.insertAction(after_import, self._action(
            "budget_import", QT_TRANSLATE_NOOP("Menus", "Importer un bu&dget (CSV)…"),
            self.import_budget, writes=True))
        file_menu.insertAction(after_import, self._action(
            "tiers_import", QT_TRANSLATE_NOOP("Menus", "I&mporter des tiers…"),
            self.import_tiers, writes=True,
            tip=QT_TRANSLATE_NOOP("Menus", "Une liste de donateurs ou d'adhérents tenue dans "
                                           "un tableur (CSV ou XLSX), tout ou rien")))
        file_menu.insertAction(after_import, self._action(
            "tiers_export", QT_TRANSLATE_NOOP("Menus", "Exporter &les tiers…"),
            self.export_tiers,
            tip=QT_TRANSLATE_NOOP("Menus", "Les tiers et leurs coordonnées en CSV ou XLSX, "
                                           "réimportables")))
        entries = file_menu.actions()
        after_copy = entries[entries.index(self.window.copy_action) + 1]
        text = (QT_TRANSLATE_NOOP("Menus", "Enregistrer une copie dans un &fichier…")
                if self.session.shared else
                QT_TRANSLATE_NOOP("Menus", "Copier dans une base Postgre&SQL…"))
        file_menu.insertAction(after_copy, self._action(
            "copy_between", text, self.copy_between,
            tip=QT_TRANSLATE_NOOP("Menus", "Le livre entier, vérifié table par table")))

    def _year_menu(self) -> QMenu:
        menu = QMenu(Menus.tr("E&xercice"), self.window)
        menu.addAction(self._action("year_add", QT_TRANSLATE_NOOP("Menus",
                                                                  "&Ajouter un exercice…"),
                                    self.add_year, writes=True))
        menu.addAction(self._action("check", QT_TRANSLATE_NOOP("Menus", "&Vérifier le livre"),
                                    self.check_book))
        menu.addAction(self._action("year_cutoff", QT_TRANSLATE_NOOP(
            "Menus", "Ré&gularisations de fin d'exercice…"), self.cutoff, writes=True,
            tip=QT_TRANSLATE_NOOP("Menus", "Charges payées d'avance (486), produits reçus pour "
                                           "l'exercice suivant (487), proposés d'après les "
                                           "écritures ; extournés à la clôture")))
        menu.addAction(self._action("provisions", QT_TRANSLATE_NOOP(
            "Menus", "&Provisions et dépréciations…"), self.provisions, writes=True,
            tip=QT_TRANSLATE_NOOP("Menus", "Provisions pour risques ou charges, dépréciations "
                                           "de créances, et leurs reprises, avec leur raison")))
        menu.addAction(self._action("year_close", QT_TRANSLATE_NOOP("Menus",
                                                                    "&Clôturer l'exercice…"),
                                    self.close_year, writes=True))
        menu.addAction(self._action("year_allocate", QT_TRANSLATE_NOOP(
            "Menus", "Affecter le &résultat (après l'AG)…"), self.allocate, writes=True))
        menu.addAction(self._action("assets", QT_TRANSLATE_NOOP(
            "Menus", "Registre des i&mmobilisations…"), self.open_assets,
            tip=QT_TRANSLATE_NOOP("Menus", "Les biens durables, leurs amortissements, leur "
                                           "sortie")))
        menu.addSeparator()
        menu.addAction(self._action("budget_copy", QT_TRANSLATE_NOOP(
            "Menus", "Copier le &budget d'un autre exercice…"), self.copy_budget, writes=True))
        menu.addSeparator()
        menu.addAction(self._action("fec_export", QT_TRANSLATE_NOOP("Menus",
                                                                    "Exporter le &FEC…"),
                                    self.export_fec,
                                    tip=QT_TRANSLATE_NOOP("Menus", "Fichier des écritures "
                                                                   "comptables de l'exercice, "
                                                                   "pour l'administration")))
        return menu

    def _reports_menu(self) -> QMenu:
        menu = QMenu(Menus.tr("&Rapports"), self.window)
        menu.addAction(self._action("pack", QT_TRANSLATE_NOOP(
            "Menus", "&Dossier de l'assemblée générale…"), self.export_pack,
            tip=QT_TRANSLATE_NOOP("Menus", "Compte de résultat, bilan, annexe, livre "
                                           "d'inventaire, budget et réalisé, budget de "
                                           "l'exercice suivant : un classeur ou un PDF")))
        menu.addSeparator()
        for kind, text, _sheet in REPORTS:
            menu.addAction(self._action(f"report_{kind}", text,
                                        lambda k=kind: self.export_report(k)))
        menu.addAction(self._action("annexe", QT_TRANSLATE_NOOP(
            "Menus", "Anne&xe des comptes annuels…"), self.open_annexe,
            tip=QT_TRANSLATE_NOOP("Menus", "Les textes de l'annexe à écrire, ses tableaux "
                                           "calculés du livre, son export en PDF ou XLSX")))
        menu.addSeparator()
        menu.addAction(self._action("budget_export", QT_TRANSLATE_NOOP(
            "Menus", "Budget &prévisionnel (CERFA 12156)…"),
            lambda: self.export_budget(suivi=False)))
        menu.addAction(self._action("budget_suivi", QT_TRANSLATE_NOOP(
            "Menus", "Budget et réa&lisé (présentation CERFA 12156)…"),
            lambda: self.export_budget(suivi=True)))
        menu.addAction(self._action("compte_rendu", QT_TRANSLATE_NOOP(
            "Menus", "Compte re&ndu financier (CERFA 15059)…"), self.compte_rendu,
            tip=QT_TRANSLATE_NOOP("Menus", "Par action et financeur : bilan qualitatif, tableau "
                                           "et annexe, avec vos textes")))
        menu.addAction(self._action("bank_reconciliation", QT_TRANSLATE_NOOP(
            "Menus", "É&tat de rapprochement…"), self.export_reconciliation))
        menu.addSeparator()
        menu.addAction(self._action("receipts", QT_TRANSLATE_NOOP(
            "Menus", "Émettre les reçus &fiscaux…"), self.issue_receipts, writes=True))
        menu.addAction(self._action("receipts_reprint", QT_TRANSLATE_NOOP(
            "Menus", "Réimprimer les reçus (d&uplicata)…"), self.reprint_receipts))
        menu.addAction(self._action("receipts_manage", QT_TRANSLATE_NOOP(
            "Menus", "Reçus émis : annuler, rempla&cer…"), self.manage_receipts))
        menu.addAction(self._action("receipts_declaration", QT_TRANSLATE_NOOP(
            "Menus", "Déclaration annuelle des reçus (222 bis)…"), self.declare_receipts))
        return menu

    def _writable_changed(self, writable: bool) -> None:
        for action in self.writes:
            action.setEnabled(writable)
        shared = self.session.shared
        # A shared book is saved by its server's administrator; its copy goes to a file.
        self.actions["copy_between"].setEnabled(shared or writable)

    # -- helpers -------------------------------------------------------------------------
    def _year(self) -> str | None:
        year = self.session.year
        if year is None:
            self.window.statusBar().showMessage(
                Menus.tr("Aucun exercice : ajoutez-en un (Exercice › Ajouter un exercice…)."),
                8000)
            return None
        return year.label

    def _ask_save(self, title: str, name: str, formats: tuple[str, ...]) -> Path | None:
        """Where to write; the extension of the chosen filter when the name has none."""
        filters = [tr(FILTERS[f]) for f in formats]
        chosen_name, chosen = QFileDialog.getSaveFileName(
            self.window, title, str(Path.home() / (name + formats[0])), ";;".join(filters))
        if not chosen_name:
            return None
        path = Path(chosen_name)
        if path.suffix.lower() not in formats:
            ext = next((f for f, text in zip(formats, filters) if text == chosen), formats[0])
            path = path.with_name(path.name + ext)
        return path

    def _run(self, label: str, work: Callable[[], object], done: Callable[[object], None],
             refused: str):
        from .tasks import run_task
        self.last_task = run_task(self.window, label, work, done,
                                  lambda exc: report(self.window, exc, refused))
        return self.last_task

    def _written(self, path: Path, checks=()) -> None:
        failing = [c.sentence() for c in checks if not c.ok]
        self.window.statusBar().showMessage(Menus.tr("Exporté : {}").format(path), 10000)
        if failing:
            QMessageBox.warning(
                self.window, Menus.tr("Vérifications du rapport"),
                Menus.tr("Le fichier {} est écrit, mais une vérification échoue :")
                .format(path.name) + "\n– " + "\n– ".join(failing))

    # -- Exercice ------------------------------------------------------------------------
    def add_year(self):
        return self.window.show_view("exercices").add_year()

    def close_year(self):
        year = self.session.year
        if year is None:
            return self._year()
        # Years close in order: shown 2026 (its first entries typed) while 2025 is open, the
        # year to close is 2025, which the checks would ask for first anyway.
        earlier = [y for y in self.session.years() if not y.closed and y.start < year.start]
        if not year.closed and earlier:
            year = earlier[0]
        if year.closed:
            QMessageBox.information(self.window, Menus.tr("Clôturer l'exercice"),
                                    Menus.tr("L'exercice {} est déjà clos : choisissez "
                                             "l'exercice à clôturer dans la liste « Exercice » "
                                             "de la barre d'outils.").format(year.label))
            return None
        return self.window.show_view("exercices").close_year(year.label)

    def _open_year_dialog(self, make):
        """A year-end dialog on the displayed year, when it is open."""
        label = self._year()
        if label is None:
            return None
        year = self.session.year
        if year.closed:
            QMessageBox.information(self.window, Menus.tr("Exercice clos"),
                                    Menus.tr("L'exercice {} est clos : ses travaux de fin "
                                             "d'exercice ne changent plus. Choisissez un "
                                             "exercice ouvert dans la liste « Exercice » de la "
                                             "barre d'outils.").format(label))
            return None
        dialog = make(self.session, label, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def cutoff(self):
        from .dialogs.year_end_dialogs import CutoffDialog
        return self._open_year_dialog(CutoffDialog)

    def provisions(self):
        from .dialogs.year_end_dialogs import ProvisionsDialog
        return self._open_year_dialog(ProvisionsDialog)

    def allocate(self):
        """The displayed year if it is closed, else the last closed year before it."""
        closed = [y for y in self.session.years() if y.closed]
        current = self.session.year
        chosen = current if current is not None and current.closed else (
            [y for y in closed if current is None or y.start < current.start] or closed or
            [None])[-1]
        if chosen is None:
            QMessageBox.information(self.window, Menus.tr("Affecter le résultat"),
                                    Menus.tr("Aucun exercice n'est clos : le résultat "
                                             "s'affecte après la clôture (Exercice › Clôturer "
                                             "l'exercice…) et le vote de l'assemblée générale."))
            return None
        return self.window.show_view("exercices").allocate(chosen.label)

    def copy_budget(self):
        return self.window.show_view("budget").copy_from_previous()

    def check_book(self):
        from ..services.checks import book_warnings, check_book
        book = self.session.book

        def work() -> tuple[list[str], list[str]]:
            problems = check_book(book, None) or []
            return problems, [] if problems else book_warnings(book)

        def done(found) -> None:
            problems, warnings = ([for_app(p) for p in kind] for kind in found)
            if not problems and warnings:
                # Consistent, with points to look at: said as such, each with its fix.
                box = QMessageBox(QMessageBox.Icon.Information, Menus.tr("Vérifier le livre"),
                                  Menus.tr("Livre cohérent : aucun problème."),
                                  QMessageBox.StandardButton.Ok, self.window)
                box.setInformativeText(locale.count(
                    len(warnings), Menus.tr("{} point d'attention :"),
                    Menus.tr("{} points d'attention :")) + "\n– " + "\n– ".join(warnings))
                box.exec()
                return
            if not problems:
                QMessageBox.information(self.window, Menus.tr("Vérifier le livre"),
                                        Menus.tr("Livre cohérent : aucun problème."))
                return
            box = QMessageBox(QMessageBox.Icon.Warning, Menus.tr("Vérifier le livre"),
                              locale.count(len(problems),
                                           Menus.tr("{} problème dans le livre :"),
                                           Menus.tr("{} problèmes dans le livre :")),
                              QMessageBox.StandardButton.Ok, self.window)
            box.setInformativeText("\n".join(problems[:12]) + ("\n…" if len(problems) > 12
                                                               else ""))
            box.setDetailedText("\n".join(problems))
            box.exec()

        return self._run(Menus.tr("Vérification du livre…"), work, done,
                         Menus.tr("Vérification impossible."))

    def export_fec(self):
        from ..fec.format import file_name
        from ..services.fec_export import export_fec, piece_ref_note, without_piece_ref
        label = self._year()
        if label is None:
            return None
        siren = self.session.conn.execute("SELECT siren FROM association").fetchone()[0]
        if siren:
            name = file_name(siren, self.session.year.end)[:-4]
        elif self._no_siren():
            name = f"FEC {label}"  # not the legal name: no fake 000000000 SIREN in it
        else:
            return None
        path = self._ask_save(Menus.tr("Exporter le FEC de l'exercice {}").format(label),
                              name, (".txt",))
        if path is None:
            return None
        book = self.session.book

        def work():
            return (*export_fec(book, label, path),
                    piece_ref_note(without_piece_ref(book, label)))

        def done(result) -> None:
            written, count, note = result
            message = Menus.tr("FEC écrit : {} ({} lignes)").format(written, count)
            self.window.statusBar().showMessage(message + (f" — {note}" if note else ""),
                                                10000)

        return self._run(Menus.tr("Export du FEC {}…").format(label), work, done,
                         Menus.tr("Export du FEC impossible."))

    def _no_siren(self) -> bool:
        """Say why the FEC cannot get its legal name; True to save it under another name."""
        box = QMessageBox(QMessageBox.Icon.Warning, Menus.tr("Exporter le FEC"), Menus.tr(
            "Ce livre n'a pas de numéro SIREN : le FEC ne peut pas porter son nom légal "
            "(le SIREN, « FEC » puis la date de clôture, ex. 123456789FEC20251231.txt), "
            "et AssoCompta n'invente pas de SIREN."),
            QMessageBox.StandardButton.Cancel, self.window)
        box.setInformativeText(Menus.tr(
            "Saisissez-le dans Fichier › Identité de l'association…, puis exportez à "
            "nouveau. Vous pouvez aussi enregistrer le FEC sous un nom de votre choix, puis "
            "lui donner le nom légal avant de le remettre."))
        go = box.addButton(Menus.tr("Choisir un nom de fichier…"),
                           QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(go)
        box.exec()
        return box.clickedButton() is go

    # -- Saisie (when the journal view has no items of its own) ----------------------------
    # -- Rapports ------------------------------------------------------------------------
    def _export(self, title: str, name: str, formats: tuple[str, ...],
                build: Callable[[object], list]):
        """Ask where, then build the reports and write them in a thread."""
        from ..services.reports import write
        label = self._year()
        if label is None:
            return None
        path = self._ask_save(title, f"{name} {label}", formats)
        if path is None:
            return None
        book = self.session.book

        def work():
            reports = build(book)
            written = write(reports, path)
            return written, [c for _, r in reports for c in r.checks]

        return self._run(Menus.tr("Export de {}…").format(path.name), work,
                         lambda result: self._written(*result), Menus.tr("Export impossible."))

    def export_report(self, kind: str):
        from ..services.reports import build
        sheet = tr(next(s for k, _t, s in REPORTS if k == kind))
        label = self.session.year.label if self.session.year else None
        return self._export(Menus.tr("Exporter : {}").format(sheet), sheet,
                            (".xlsx", ".pdf", ".csv"),
                            lambda book: [(sheet, build(book, kind, label,
                                                        detail=kind in DETAILED))])

    def export_pack(self):
        from ..services.reports import build_pack
        label = self.session.year.label if self.session.year else None
        return self._export(Menus.tr("Dossier de l'assemblée générale"),
                            Menus.tr("Dossier AG"), (".xlsx", ".pdf"),
                            lambda book: build_pack(book, label))

    def open_assets(self):
        """The fixed-asset register of the displayed year (window-modal, not blocking: kept
        as ``assets_dialog``)."""
        from .dialogs.assets_dialog import AssetsDialog
        label = self._year()
        if label is None:
            return None
        self.assets_dialog = AssetsDialog(self.session, label, self.window)
        self.assets_dialog.open()
        return self.assets_dialog

    def open_annexe(self):
        """The annexe of the displayed year, its texts editable (window-modal, not blocking:
        kept as ``annexe_dialog``)."""
        from .dialogs.annexe_dialog import AnnexeDialog
        label = self._year()
        if label is None:
            return None
        self.annexe_dialog = AnnexeDialog(self.session, label, self.window)
        self.annexe_dialog.open()
        return self.annexe_dialog

    def export_budget(self, *, suivi: bool):
        from ..services.reports import build_budget_report
        from .dialogs.budget_scope_dialog import ask_budget_scope
        label = self.session.year.label if self.session.year else None
        if label is None:
            return self._year()
        sheet = Menus.tr("Budget et réalisé") if suivi else Menus.tr("Budget")
        # A subsidy file wants one action's budget (CERFA 12156 and 15059 are per action).
        scope = ask_budget_scope(self.window, self.session, sheet, self._shown_action(suivi))
        if scope is False:
            return None
        action = scope or None
        name = f"{sheet} {action}" if action else sheet
        return self._export(sheet, name, (".xlsx", ".pdf", ".csv"),
                            lambda book: [(name, build_budget_report(book, label, action,
                                                                     suivi=suivi))])

    def compte_rendu(self):
        if self._year() is None:
            return None
        return self.window.show_view("suivi").open_compte_rendu()

    def _shown_action(self, suivi: bool) -> str | None:
        """The action the Budget or Budget vs réalisé view is filtered on, if either is."""
        from ..services.budget_edit import ALL
        views = self.window.views
        shown = {"budget": lambda: views["budget"].action_filter.currentData(),
                 "suivi": lambda: views["suivi"].action()}
        for key in ("suivi", "budget") if suivi else ("budget", "suivi"):
            action = shown[key]() if key in views else None
            if action not in (None, ALL):
                return action
        return None

    def export_reconciliation(self):
        self.window.show_view("rapprochement")
        return self.window.export_current()

    def issue_receipts(self):
        from ..services.receipts import ended_year_to_receipt
        view = self.window.show_view("recus")
        view.activate()
        view.table.clearSelection()
        year = view.year
        if year is None or any(d.pending for d in view.donors):
            return view.issue()
        # In January the toolbar shows the new year: the receipts due are last year's.
        nothing = Menus.tr("Aucun don de {} sans reçu.").format(year)
        before = ended_year_to_receipt(self.session.conn)
        if before is None:
            QMessageBox.information(self.window, Menus.tr("Reçus fiscaux"),
                                    Menus.tr("Aucun reçu à émettre : {}").format(
                                        nothing[0].lower() + nothing[1:]))
            return None
        answer = QMessageBox.question(
            self.window, Menus.tr("Reçus fiscaux"),
            nothing + "\n\n" + Menus.tr("Émettre les reçus des dons de {} ?").format(before))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        view.set_calendar_year(before)
        return view.issue(ask=False)

    def manage_receipts(self):
        view = self.window.show_view("recus")
        view.activate()
        view.tabs.setCurrentWidget(view.issued)
        return view

    def declare_receipts(self):
        view = self.manage_receipts()
        return view.issued.declaration()

    def reprint_receipts(self):
        view = self.window.show_view("recus")
        view.table.clearSelection()
        return view.reprint()

    # -- Fichier -------------------------------------------------------------------------
    def edit_identity(self):
        from .dialogs.identity_dialog import IdentityDialog
        dialog = IdentityDialog(self.session, self.window)
        self.identity_dialog = dialog  # tests drive it
        return dialog.exec()

    def import_statement(self):
        return self.window.show_view("banque").ask_import()

    def import_budget(self):
        from ..services.budget import import_budget
        label = self._year()
        if label is None:
            return None
        name, _ = QFileDialog.getOpenFileName(
            self.window, Menus.tr("Importer un budget dans l'exercice {}").format(label),
            str(Path.home()), Menus.tr("Budget CSV (*.csv)"))
        if not name:
            return None
        source = Path(name)
        answer = QMessageBox.question(
            self.window, Menus.tr("Importer un budget"),
            Menus.tr("Le budget de l'exercice {} (et des actions que le fichier nomme) sera "
                     "remplacé par celui de {}. Continuer ?").format(label, source.name))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        book = self.session.book

        def done(result) -> None:
            self.session.undo_stack.clear()  # earlier budget edits name lines now gone
            self.session.notify()
            self.window.show_view("budget")
            self.window.statusBar().showMessage(
                Menus.tr("Budget {} : {} lignes importées").format(result.year, result.lines),
                10000)

        return self._run(Menus.tr("Import de {}…").format(source.name),
                         lambda: import_budget(book, label, source), done,
                         Menus.tr("Import de {} refusé : rien n'a été écrit.")
                         .format(source.name))

    def import_tiers(self, source: Path | None = None, members: bool | None = None):
        """A donor or member list into the book, all or nothing; ``members``: each row a
        member of the displayed exercice (asked when None)."""
        from ..services.tiers_io import import_tiers
        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window, Menus.tr("Importer des tiers"), str(Path.home()),
                Menus.tr("Listes (*.csv *.xlsx);;CSV (*.csv);;Classeur Excel (*.xlsx)"))
            if not name:
                return None
            source = Path(name)
        year = self.session.year.label if self.session.year is not None else None
        if members is None and year is not None:
            box = QMessageBox(QMessageBox.Icon.Question, Menus.tr("Importer des tiers"),
                              Menus.tr("Les personnes de {} sont-elles les adhérents de "
                                       "l'exercice {} ?").format(source.name, year),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                              | QMessageBox.StandardButton.Cancel, self.window)
            box.setInformativeText(Menus.tr(
                "Oui : chacun devient adhérent de l'exercice, avec la cotisation attendue de "
                "la colonne Cotisation si elle existe. Non : les tiers sont seulement créés ou "
                "mis à jour (une liste de donateurs)."))
            answer = box.exec()
            if answer == QMessageBox.StandardButton.Cancel:
                return None
            members = answer == QMessageBox.StandardButton.Yes
        book = self.session.book

        def done(result) -> None:
            # Edits undone now would put back what the file has just replaced.
            self.session.undo_stack.clear()
            self.session.notify()
            self.window.show_view("adherents" if result.members else "tiers")
            text = Menus.tr("{} : {} tiers créés, {} mis à jour").format(
                result.file, len(result.created), len(result.updated))
            if result.members:
                text += Menus.tr(" ; {} adhérents de l'exercice {}").format(result.members,
                                                                           result.year)
            if result.ignored_columns:
                text += Menus.tr(" (colonnes laissées de côté : {})").format(
                    ", ".join(result.ignored_columns))
            self.window.statusBar().showMessage(text, 15000)

        return self._run(Menus.tr("Import de {}…").format(source.name),
                         lambda: import_tiers(book, source, year if members else None), done,
                         Menus.tr("Import de {} refusé : rien n'a été écrit.")
                         .format(source.name))

    def export_tiers(self, dest: Path | None = None):
        from ..services.tiers_io import export_tiers
        if dest is None:
            dest = self._ask_save(Menus.tr("Exporter les tiers"), Menus.tr("Tiers"),
                                  (".xlsx", ".csv"))
            if dest is None:
                return None
        book = self.session.book
        return self._run(Menus.tr("Export des tiers…"), lambda: export_tiers(book, dest),
                         lambda path: self._written(path),
                         Menus.tr("Export des tiers refusé."))

    def copy_between(self):
        """A file book into an empty PostgreSQL database; a shared book into a new file."""
        from ..storage.book_copy import copy_book
        source = self.session.target
        if self.session.shared:
            dest = self._ask_book_file()
        else:
            dest = self._ask_database()
        if dest is None:
            return None

        def done(result) -> None:
            rows = result.rows
            self.window.statusBar().showMessage(
                Menus.tr("Livre copié vers {} : {} écritures, copie vérifiée table par table.")
                .format(result.dest, rows["entry"]), 15000)

        return self._run(Menus.tr("Copie du livre…"), lambda: copy_book(source, dest), done,
                         Menus.tr("Copie impossible : rien n'a été enregistré."))

    def _ask_book_file(self) -> str | None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, Menus.tr("Enregistrer une copie du livre"),
            str(Path.home() / Menus.tr("{} (copie).assocompta").format(
                self.session.association_name())),
            Menus.tr("Livre AssoCompta (*.assocompta)"))
        if not name:
            return None
        return name if name.endswith(".assocompta") else name + ".assocompta"

    def _ask_database(self) -> str | None:
        from .dialogs.shared_book_dialog import SharedBookDialog
        dialog = SharedBookDialog(self.window)
        dialog.setWindowTitle(Menus.tr("Copier le livre dans une base PostgreSQL"))
        box = dialog.findChild(QDialogButtonBox)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(Menus.tr("Copier"))
        return dialog.url if dialog.exec() else None


def describe(action: QAction) -> str:
    """An action as the menus show it: « Rapports › Bilan… » (mnemonics removed)."""
    for menu in action.associatedObjects():
        if isinstance(menu, QMenu) and menu.title():
            return f"{menu.title().replace('&', '')} › {action.text().replace('&', '')}"
    return action.text().replace("&", "")

