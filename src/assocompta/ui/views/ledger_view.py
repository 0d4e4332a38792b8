"""Saisie: the journal of the year, filtered and sorted by SQL, with entry and undo."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...domain.money import Money
from ...services.lookups import read_choices
from .. import locale
from ..errors import report
from ..kinds import KINDS, kind_text
from ..models.ledger_model import (ATTACHMENT_ROLE, ENTRY_ROLE, LINE_ROLE, VALID_ROLE, LedgerFilter,
                                   LedgerModel)
from ..session import BookSession
from ..widgets.account_edit import AccountEdit
from ..widgets.columns import keep_columns
from .base import View

ROW_HEIGHT = 24
WIDTHS = (90, 60, 60, 90, 300, 230, 150, 70, 110, 110, 120, 130)
# Date, N°, Journal, Pièce, Libellé, Compte, Tiers, Action, Débit, Crédit, Rapp., État: the
# least widths (Pièce holds BQ-2025-0001, État « Validée le 03/12/2026 »: 1 105 px, what the
# table has at 1366×768); Libellé, Compte and Tiers share the room left, Libellé the most.
LEDGER_WIDTHS = (80, 45, 55, 100, 160, 145, 95, 55, 90, 90, 45, 145)
LEDGER_SHARES = {4: 5, 5: 3, 6: 2}


def setup_table(table: QTableView) -> None:
    """Fixed row height and widths: never size to contents on a million rows."""
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    for col, width in enumerate(WIDTHS):
        table.setColumnWidth(col, width)


class FilterBar(QWidget):
    """Period, account, journal, text and amount; changes apply after a short pause."""

    changed = Signal(object)  # LedgerFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.date_from = QLineEdit(placeholderText=self.tr("du jj/mm/aaaa"))
        self.date_to = QLineEdit(placeholderText=self.tr("au jj/mm/aaaa"))
        self.account = AccountEdit()
        self.account.setPlaceholderText(self.tr("compte (62, tél…)"))
        self.journal = QComboBox()
        self.text = QLineEdit(placeholderText=self.tr("Rechercher (libellé, pièce, tiers)"))
        self.text.setClearButtonEnabled(True)
        self.amount_min = QLineEdit(placeholderText=self.tr("montant min"))
        self.amount_max = QLineEdit(placeholderText=self.tr("max"))
        self.unreconciled = QCheckBox(self.tr("Non rapprochées"))
        self.unreconciled.setToolTip(self.tr("Les écritures dont une ligne de banque (51…) "
                                             "n'est sur aucun relevé rapproché"))
        self.without_piece = QCheckBox(self.tr("Sans justificatif"))
        self.without_piece.setToolTip(self.tr("Les écritures sans pièce jointe (facture, "
                                              "ticket…)"))
        # Set from the Tableau de bord; shown only then, not to crowd the bar at 1366 px.
        self.without_piece.hide()
        self.drafts_only = QCheckBox(self.tr("Brouillards"))
        self.drafts_only.setToolTip(self.tr("Seulement les écritures en brouillard : pas "
                                            "encore validées, encore modifiables"))
        self.clear_button = QPushButton(self.tr("Effacer"))
        for edit in (self.date_from, self.date_to, self.amount_min, self.amount_max):
            edit.setMinimumWidth(95)
        self.account.setMinimumWidth(130)
        self.journal.setMinimumContentsLength(16)
        self.journal.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        names = (("date_from", self.tr("Période du")), ("date_to", self.tr("Période au")),
                 ("account", self.tr("Filtre compte")), ("journal", self.tr("Filtre journal")),
                 ("text", self.tr("Recherche")), ("amount_min", self.tr("Montant minimum")),
                 ("amount_max", self.tr("Montant maximum")))
        for attr, name in names:
            widget = getattr(self, attr)
            widget.setAccessibleName(name)
            layout.addWidget(widget, 3 if attr == "text" else 1)
        layout.addWidget(self.unreconciled)
        layout.addWidget(self.without_piece)
        layout.addWidget(self.drafts_only)
        layout.addWidget(self.clear_button)
        layout.addWidget(self.problem)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self._emit)
        for edit in (self.date_from, self.date_to, self.account, self.text, self.amount_min,
                     self.amount_max):
            edit.textChanged.connect(self._timer.start)
        self.journal.currentIndexChanged.connect(self._timer.start)
        self.unreconciled.toggled.connect(self._timer.start)
        self.without_piece.toggled.connect(self._timer.start)
        self.drafts_only.toggled.connect(self._timer.start)
        self.clear_button.clicked.connect(self.clear)
        self.default_year = 2025

    def set_journals(self, journals: list[tuple[str, str]]) -> None:
        self.journal.blockSignals(True)
        self.journal.clear()
        self.journal.addItem(self.tr("Tous les journaux"), None)
        for code, label in journals:
            self.journal.addItem(f"{code} {label}", code)
        self.journal.blockSignals(False)

    def set_accounts(self, accounts: list[tuple[str, str]]) -> None:
        self.account.set_accounts(accounts)

    def clear(self) -> None:
        for edit in (self.date_from, self.date_to, self.account, self.text, self.amount_min,
                     self.amount_max):
            edit.clear()
        self.journal.setCurrentIndex(0)
        self.unreconciled.setChecked(False)
        self.without_piece.setChecked(False)
        self.without_piece.hide()
        self.drafts_only.setChecked(False)
        # Emitted now: the clearing's own edits must not emit again 300 ms later (over a
        # filter set meanwhile).
        self._timer.stop()
        self._emit()

    def current(self) -> LedgerFilter:
        """The filter as typed; a field that does not parse is named and left out."""
        problems = []

        def date(edit: QLineEdit) -> str | None:
            if not edit.text().strip():
                return None
            try:
                return locale.parse_date(edit.text(), self.default_year).isoformat()
            except ValueError as exc:
                problems.append(str(exc))
                return None

        def cents(edit: QLineEdit) -> int | None:
            if not edit.text().strip():
                return None
            try:
                return Money.parse(edit.text()).cents
            except ValueError as exc:
                problems.append(f"{edit.accessibleName()} : {exc}")
                return None

        account = self.account.code()
        if account and not account.isdigit():
            problems.append(self.tr("compte « {} » : tapez un numéro ou choisissez un compte")
                            .format(account))
            account = None
        result = LedgerFilter(date(self.date_from), date(self.date_to), account or None,
                              self.journal.currentData(), self.text.text().strip() or None,
                              cents(self.amount_min), cents(self.amount_max),
                              unreconciled=self.unreconciled.isChecked(),
                              without_piece=self.without_piece.isChecked(),
                              drafts_only=self.drafts_only.isChecked())
        self.problem.setText(self.tr(" ; ").join(problems))
        return result

    def apply_now(self) -> None:
        """The filter as set, without the typing pause."""
        self._timer.stop()
        self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.current())


class LedgerView(View):
    title = "Saisie"
    export_formats = ()

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = LedgerModel(session.connect_ro, parent=self)
        self.filters = FilterBar()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Journal des écritures"))
        self.table.setModel(self.model)
        setup_table(self.table)
        keep_columns(self.table, "saisie", LEDGER_WIDTHS, LEDGER_SHARES)
        # Indicator first: enabling sorting sorts at once by the indicator's column.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._edit_index)
        self.count_label = QLabel()
        # The year's drafts, in the grey italics of the journal's « Brouillard ».
        self.drafts_label = QLabel()
        self.drafts_label.setAccessibleName(self.tr("Brouillards de l'exercice"))
        self.drafts_label.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
        buttons = QHBoxLayout()
        self.new_buttons: dict[str, QPushButton] = {}
        for kind, text in KINDS:
            button = QPushButton(kind_text(text))
            button.clicked.connect(lambda _=False, k=kind: self.new_entry(k))
            buttons.addWidget(button)
            self.new_buttons[kind] = button
        buttons.addStretch(1)
        self.edit_button = QPushButton(self.tr("&Modifier"))
        self.delete_button = QPushButton(self.tr("Su&pprimer"))
        self.validate_button = QPushButton(self.tr("&Valider…"))
        self.validate_button.setToolTip(self.tr(
            "Valider les brouillards jusqu'à une date (ou les lignes choisies) : numéro "
            "définitif, plus de modification possible"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.validate_button.clicked.connect(self.validate_chosen)
        buttons.addWidget(self.count_label)
        buttons.addSpacing(8)
        buttons.addWidget(self.drafts_label)
        buttons.addSpacing(8)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.validate_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.filters.changed.connect(self.model.set_filter)
        self.model.loading.connect(self._count)
        self.model.loading.connect(self._select_kept)
        self._kept: int | None = None  # the entry to select again once the rows are in
        self.model.rowsInserted.connect(lambda *_: self._count(self.model.is_loading))
        self.model.modelReset.connect(lambda: self._count(self.model.is_loading))
        # Del alone: X11's Delete binding also holds Ctrl+D, the Dépense shortcut.
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_selected)
        self._add_attachments_action()
        self.writable_changed(session.writable)
        self._year_id = None

    def refresh(self) -> None:
        year = self.session.year
        year_id = year.id if year else None
        if year_id != self._year_id:
            self._year_id = year_id
            c = read_choices(self.session.conn, year_id) if year_id else None
            if c is not None:
                self.filters.set_journals(c.journals)
                self.filters.set_accounts(c.accounts_for())
                self.filters.default_year = year.start.year
            self.model.set_year(year_id)
        else:
            self.model.refresh()

    def show_without_piece(self, account: str) -> None:
        """Only the entries on ``account`` (its first digits) that have no justificatif."""
        self.filters.clear()
        self.filters.account.set_code(account)
        self.filters.without_piece.setChecked(True)
        self.filters.without_piece.show()
        self.filters.apply_now()

    def _count(self, loading: bool) -> None:
        n = self.model.rowCount()
        text = locale.count(n, self.tr("{} ligne"), self.tr("{} lignes"))
        if not loading and self.model.filter.picks_entries:
            # « 68 lignes · 56 écritures »: the 56 the Tableau de bord's link announced.
            text += " · " + locale.count(self.model.entry_count(), self.tr("{} écriture"),
                                         self.tr("{} écritures"))
        self.count_label.setText(text + (self.tr(" (chargement…)") if loading else ""))
        if not loading:
            drafts = self.draft_count()
            self.drafts_label.setText(locale.count(drafts, self.tr("{} brouillard"),
                                                   self.tr("{} brouillards")) if drafts else "")
            year = self.session.year.label if self.session.year else ""
            self.drafts_label.setToolTip(self.tr(
                "Écritures de l'exercice {} pas encore validées : numéro provisoire, encore "
                "modifiables. Saisie › Valider les écritures… les valide.").format(year))

    def draft_count(self) -> int:
        """The year's drafts (brouillard), whatever the filter: what validation would take.
        One count on the drafts' own index, once per load, never per row."""
        if self._year_id is None:
            return 0
        return self.session.conn.execute(
            "SELECT count(*) FROM entry WHERE year_id = ? AND valid_date IS NULL",
            (self._year_id,)).fetchone()[0]

    def writable_changed(self, writable: bool) -> None:
        closed = bool(self.session.year and self.session.year.closed)
        can_edit = writable and not closed
        for button in (*self.new_buttons.values(), self.edit_button, self.delete_button,
                       self.validate_button):
            button.setEnabled(can_edit)
            button.setToolTip("" if can_edit else
                              (self.tr("Exercice clos : les corrections sont de nouvelles "
                                       "écritures dans l'exercice ouvert") if closed else
                               self.session.read_only_reason or
                               self.tr("Vérification du livre en cours…")))

    def _book_changed(self, *args) -> None:
        super()._book_changed(*args)
        self.writable_changed(self.session.writable)

    # -- actions -------------------------------------------------------------------------
    # The forms and commands load the ORM: imported when first used, not at launch.
    def new_entry(self, kind: str = "depense"):
        from ..dialogs.entry_dialog import EntryDialog
        if not self.session.writable or self.session.year is None:
            return None
        dialog = EntryDialog(self.session, self, kind=kind)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def selected_entry(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        index = rows[0] if rows else self.table.currentIndex()
        return self.model.data(index, ENTRY_ROLE) if index.isValid() else None

    def selected_entries(self) -> list[int]:
        """The entries of the selected rows (an entry once, however many of its lines)."""
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        found = dict.fromkeys(self.model.data(index, ENTRY_ROLE) for index in rows)
        found.pop(None, None)
        return list(found) or [e for e in [self.selected_entry()] if e is not None]

    def _edit_index(self, index: QModelIndex) -> None:
        self.table.setCurrentIndex(index)
        if index.data(ATTACHMENT_ROLE) and index.data(Qt.ItemDataRole.DecorationRole):
            self.show_attachments()  # the paperclip was double-clicked
        else:
            self.edit_selected()

    def _add_attachments_action(self) -> None:
        """Justificatifs… in the table's context menu, on Ctrl+J and on the paperclip."""
        self.attachments_action = QAction(self.tr("&Justificatifs…"), self.table)
        self.attachments_action.setShortcut(QKeySequence("Ctrl+J"))
        self.attachments_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.attachments_action.triggered.connect(lambda: self.show_attachments())
        self.addAction(self.attachments_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

    def _context_menu(self, pos) -> None:
        menu = QMenu(self.table)
        index = self.table.indexAt(pos)
        validated = index.isValid() and index.data(VALID_ROLE) is not None
        can_edit = self.session.writable and not (self.session.year
                                                  and self.session.year.closed)
        if validated:
            reverse = menu.addAction(self.tr("&Contre-passer et corriger…"))
            reverse.triggered.connect(lambda: self.reverse_selected())
            reverse.setEnabled(self.session.writable)
        else:
            edit = menu.addAction(self.tr("&Modifier…"))
            edit.triggered.connect(lambda: self.edit_selected())
            validate = menu.addAction(self.tr("&Valider la sélection"))
            validate.triggered.connect(lambda: self.validate_selected())
            validate.setEnabled(can_edit)
        menu.addAction(self.attachments_action)
        line_id = index.data(LINE_ROLE) if index.isValid() else None
        if line_id is not None and self._is_gift_line(line_id):
            menu.addSeparator()
            gift = menu.addAction(self.tr("Détails du &don…"))
            gift.triggered.connect(lambda: self.show_gift_detail(line_id))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _is_gift_line(self, line_id: int) -> bool:
        from ..dialogs.gift_detail_dialog import is_gift_account
        row = self.session.conn.execute(
            "SELECT a.code FROM entry_line l JOIN account a ON a.id = l.account_id "
            "WHERE l.id = ?", (line_id,)).fetchone()
        return is_gift_account(row[0] if row else None)

    def show_gift_detail(self, line_id: int):
        """« Détails du don… » of a gift line: form, nature, mode de versement, description,
        a volunteer's renunciation (what the receipt says that the entry does not)."""
        from ..dialogs.gift_detail_dialog import GiftDetailDialog
        dialog = GiftDetailDialog(self.session, line_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_attachments(self):
        """The justificatifs of the selected entry, in their dialog."""
        from ..dialogs.attachments_dialog import AttachmentsDialog
        entry_id = self.selected_entry()
        if entry_id is None:
            return None
        dialog = AttachmentsDialog(self.session, entry_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def edit_selected(self):
        from ..dialogs.entry_dialog import EntryDialog
        entry_id = self.selected_entry()
        dialog = None if entry_id is None else EntryDialog.edit(self, self.session, entry_id)
        if dialog is not None:
            dialog.saved.connect(self.keep_selected)
        return dialog

    # -- validation and contre-passation ---------------------------------------------------
    def validate_chosen(self):
        """« Valider… »: the selected drafts when several rows are selected, else the year's
        drafts up to a date."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if len({r.data(ENTRY_ROLE) for r in rows}) > 1:
            return self.validate_selected()
        return self.validate_entries()

    def validate_entries(self):
        """Saisie › Valider les écritures…: the drafts of a year up to a date."""
        from ..dialogs.validation_dialog import ValidateDialog
        if not self.session.writable:
            return None
        return ValidateDialog.show_for(self, self.session)

    def validate_selected(self):
        """Saisie › Valider la sélection: the drafts among the selected rows."""
        from ..dialogs.validation_dialog import ValidateDialog
        if not self.session.writable:
            return None
        chosen = self.selected_entries()
        if not chosen:
            self.session.message.emit(self.tr("Choisissez d'abord les écritures à valider "
                                              "dans le journal."))
            return None
        return ValidateDialog.show_for(self, self.session, entry_ids=chosen)

    def reverse_selected(self):
        """Saisie › Contre-passer et corriger…: the selected validated entry."""
        from ..dialogs.reversal_dialog import ReversalDialog
        entry_id = self.selected_entry()
        if entry_id is None:
            self.session.message.emit(self.tr("Choisissez d'abord dans le journal l'écriture "
                                              "validée à corriger."))
            return None
        dialog = ReversalDialog.open_for(self, self.session, entry_id)
        if dialog is not None:
            dialog.saved.connect(self.keep_selected)
        return dialog

    def keep_selected(self, entry_id: int) -> None:
        """The corrected entry stays selected and in view once the journal has reloaded."""
        self._kept = entry_id
        self._select_kept(self.model.is_loading)

    def _select_kept(self, loading: bool) -> None:
        if loading or self._kept is None:
            return
        row = self.model.row_of_entry(self._kept)
        self._kept = None
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def delete_selected(self) -> None:
        from ..commands import DeleteEntry, perform
        from ..dialogs.reversal_dialog import refuse_if_validated
        entry_id = self.selected_entry()
        if entry_id is None or not self.session.writable:
            return
        if refuse_if_validated(self, self.session, entry_id):
            return  # said why, with the contre-passation one click away
        question = self.tr("Supprimer ce brouillard ? Les brouillards suivants sont "
                           "renumérotés. Vous pourrez annuler avec Ctrl+Z.")
        files = self.session.conn.execute("SELECT count(*) FROM attachment WHERE entry_id = ?",
                                          (entry_id,)).fetchone()[0]
        if files:
            question += " " + self.tr("Ses justificatifs ({}) sont supprimés avec elle "
                                      "(Ctrl+Z les remet aussi).").format(files)
        answer = QMessageBox.question(self, self.tr("Supprimer l'écriture"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            perform(self.session, DeleteEntry(self.session, entry_id))
        except DomainError as exc:
            report(self, exc, self.tr("Suppression refusée."))

    def focus_search(self) -> None:
        self.filters.text.setFocus()
        self.filters.text.selectAll()

    def close_view(self) -> None:
        self.model.close()
