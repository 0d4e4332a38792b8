"""Typing an entry, keyboard first: the simplified forms and the free multi-line form.

Enter saves and starts the next entry with the same date and journal; Esc closes, after asking
when something typed is not saved yet. A refused entry says why beside the field concerned, and
nothing is written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from ...domain.entries import (
    EntryDraft,
    LineDraft,
    Simple,
    contribution,
    depense,
    recette,
    virement,
)
from ...domain.entry_shapes import Shape, hours_value, parse_hours, ressource_for, shape_of
from ...domain.errors import DomainError, ValidationError
from ...domain.fixes import for_app
from ...domain.money import ZERO, Money
from ...services.editing import read_entry
from ...services.lookups import Choices, read_choices
from .. import locale
from ..commands import EditEntry, PostEntry, perform
from ..forms.ui_entry_dialog import Ui_EntryDialog
from ..kinds import KINDS, kind_text
from ..session import BookSession
from ..widgets.account_edit import AccountEdit
from ..widgets.clean_text import clean_as_typed
from ..widgets.tiers_combo import starting_with
from .new_party_dialog import NewPartyDialog, kind_for

HINTS = {
    "depense": QT_TRANSLATE_NOOP("EntryDialog", "Une dépense payée par la banque ou la caisse : "
                                 "compte de charge (6…)."),
    "recette": QT_TRANSLATE_NOOP("EntryDialog", "Une recette reçue en banque ou en caisse : "
                                 "compte de produit (7…)."),
    "virement": QT_TRANSLATE_NOOP("EntryDialog", "Un mouvement entre deux comptes de trésorerie "
                                  "(banque vers caisse…)."),
    "contribution": QT_TRANSLATE_NOOP("EntryDialog", "Bénévolat ou don en nature : le même "
                                      "montant en emploi (86) et en ressource (87)."),
    "libre": QT_TRANSLATE_NOOP("EntryDialog", "Une écriture de plusieurs lignes ; elle "
                               "s'enregistre quand débit = crédit."),
}
LINE_COLUMNS = (QT_TRANSLATE_NOOP("EntryDialog", "Compte"),
                QT_TRANSLATE_NOOP("EntryDialog", "Libellé"),
                QT_TRANSLATE_NOOP("EntryDialog", "Débit"),
                QT_TRANSLATE_NOOP("EntryDialog", "Crédit"),
                QT_TRANSLATE_NOOP("EntryDialog", "Tiers"),
                QT_TRANSLATE_NOOP("EntryDialog", "Action"))


class EntryDialog(QDialog):
    """New entries (stays open for the next one) or the edit of one entry (closes on save)."""

    saved = Signal(int)  # entry id

    def __init__(self, session: BookSession, parent: QWidget | None = None, *,
                 kind: str = "depense", entry_id: int | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_EntryDialog()
        ui.setupUi(self)
        self.session = session
        self.entry_id = entry_id
        year = session.year
        self.year_start = year.start if year else dt.date.today()
        self.choices: Choices = read_choices(session.conn, year.id)
        self._errors: dict[QWidget, QLabel] = {}
        self._saved_text = ""  # the "entry saved" note, which error_text() leaves out
        self._before: EntryDraft | None = None  # the entry being corrected, as loaded
        self._proposed = ""  # the 87 ressource last proposed for the 86 emploi
        self._fields = {
            "date": self.ui.date_edit, "montant": self.ui.amount_edit,
            "libellé": self.ui.label_edit, "compte": self.ui.account_edit,
            "compte de trésorerie": self.ui.treasury_combo,
            "compte destinataire": self.ui.to_combo, "emploi": self.ui.account_edit,
            "ressource": self.ui.second_edit, "tiers": self.ui.tiers_combo,
            "heures": self.ui.time_box,
            "action": self.ui.action_combo, "journal": self.ui.journal_combo,
        }
        self._fill_lists()
        self._add_error_rows()
        clean_as_typed(ui.label_edit, ui.piece_edit)
        ui.tiers_combo.creator = self._create_tiers
        ui.hours_edit.textEdited.connect(self._hours_typed)
        ui.rate_edit.textEdited.connect(self._hours_typed)
        ui.account_edit.textChanged.connect(self._propose_ressource)
        ui.treasury_combo.currentIndexChanged.connect(self._default_to)
        # The form stays at the top; the lines table (free form) takes the room when shown.
        ui.main_layout.insertStretch(ui.main_layout.indexOf(ui.error_label), 1)
        ui.main_layout.setStretchFactor(ui.lines_table, 10)
        ui.hint_label.setStyleSheet("color: palette(mid);")
        for key, text in KINDS:
            self.ui.kind_tabs.addTab(kind_text(text))
        self.ui.kind_tabs.currentChanged.connect(self._kind_changed)
        self.ui.lines_table.setColumnCount(len(LINE_COLUMNS))
        self.ui.lines_table.setHorizontalHeaderLabels([self.tr(c) for c in LINE_COLUMNS])
        self.ui.lines_table.verticalHeader().setDefaultSectionSize(28)
        self.ui.lines_table.horizontalHeader().setStretchLastSection(True)
        # Every column in view, Tiers and Action included, in the form's 760 pixels.
        for col, width in enumerate((200, 140, 85, 85, 110)):
            self.ui.lines_table.setColumnWidth(col, width)
        self.ui.lines_table.itemChanged.connect(self._update_difference)
        self.ui.add_line_button.clicked.connect(lambda: self._add_line())
        self.save_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Enregistrer"))
        self.save_button.setDefault(True)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fermer"))
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.date_edit.setText(locale.date(self._default_date()))
        if entry_id is not None:
            self._load(entry_id)
        else:
            self.ui.kind_tabs.setCurrentIndex([k for k, _ in KINDS].index(kind))
            self._kind_changed(self.ui.kind_tabs.currentIndex())
        self.ui.amount_edit.setFocus() if entry_id is None else self.ui.label_edit.setFocus()
        self._pristine = self._content()  # what closing may drop without asking

    # -- set-up --------------------------------------------------------------------------
    def _default_date(self) -> dt.date:
        year = self.session.year
        today = dt.date.today()
        if year and year.start <= today <= year.end:
            return today
        return year.end if year and today > year.end else self.year_start

    def _fill_lists(self) -> None:
        c = self.choices
        for combo, items, blank in ((self.ui.treasury_combo, c.treasury(), False),
                                    (self.ui.to_combo, c.treasury(), False),
                                    (self.ui.action_combo, c.actions, True),
                                    (self.ui.journal_combo, c.journals, False)):
            combo.clear()
            if blank:
                combo.addItem("", None)
            for code, label in items:
                combo.addItem(f"{code} {label}", code)
        self.ui.tiers_combo.set_tiers(c.tiers, self.tr("un nom de la liste, ou un nouveau "
                                                       "(il sera créé)"))

    def _add_error_rows(self) -> None:
        form = self.ui.form
        for widget in dict.fromkeys(self._fields.values()):
            row, _ = form.getWidgetPosition(widget)
            label = QLabel(self)
            label.setStyleSheet("color: #b00020;")
            label.setWordWrap(True)
            label.setAccessibleName(self.tr("Erreur"))
            form.insertRow(row + 1, "", label)
            form.setRowVisible(label, False)
            self._errors[widget] = label

    @property
    def kind(self) -> str:
        return KINDS[self.ui.kind_tabs.currentIndex()][0]

    def _kind_changed(self, _index: int) -> None:
        kind = self.kind
        ui = self.ui
        if kind == "libre" and getattr(self, "_shown", "libre") != "libre":
            self._to_grid(self._shown)
        self._shown = kind
        simple = kind != "libre"
        rows = {
            ui.time_box: kind == "contribution",
            ui.amount_edit: simple,
            ui.account_edit: kind in ("depense", "recette", "contribution"),
            ui.treasury_combo: kind in ("depense", "recette", "virement"),
            ui.to_combo: kind == "virement",
            ui.second_edit: kind == "contribution",
            ui.tiers_combo: kind in ("depense", "recette", "contribution"),
            ui.action_combo: kind in ("depense", "recette", "contribution"),
            ui.journal_combo: not simple,
        }
        for widget, visible in rows.items():
            ui.form.setRowVisible(widget, visible)
        for w in (ui.lines_table, ui.add_line_button, ui.difference_label):
            w.setVisible(not simple)
        labels = {"depense": (self.tr("Compte de &charge"), self.tr("&Payé par")),
                  "recette": (self.tr("Compte de &produit"), self.tr("&Reçu sur")),
                  "virement": ("", self.tr("&De")), "contribution": (self.tr("&Emploi (86)"), "")}
        account_text, treasury_text = labels.get(kind, ("", ""))
        if account_text:
            ui.account_label.setText(account_text)
        if treasury_text:
            ui.treasury_label.setText(treasury_text)
        c = self.choices
        # The accounts a treasurer wants most come first: charges on a Dépense, produits on a
        # Recette, then suppliers or members, then the rest the form accepts.
        ui.account_edit.set_accounts({
            "depense": c.accounts_for("6", "40", "2"),
            "recette": c.accounts_for("7", "4", "1"),
            "contribution": c.accounts_for("86")}.get(kind, c.accounts_for()))
        ui.second_edit.set_accounts(c.accounts_for("87"))
        if self._before is None:
            self._reset_treasury()
        ui.hint_label.setText(self.tr(HINTS[kind]))
        if not simple and ui.lines_table.rowCount() == 0:
            for _ in range(2):
                self._add_line()
        self._clear_errors()
        self._update_difference()
        self._fit_height(simple)

    def _fit_height(self, simple: bool) -> None:
        """A simple tab as tall as its fields (no empty area under Vers or Ressource); the
        grid keeps the room its lines need."""
        if not hasattr(self, "_grid_height"):
            self._grid_height = self.height()
        self.layout().activate()
        height = self.sizeHint().height() if simple else max(self._grid_height,
                                                               self.sizeHint().height())
        self.resize(self.width(), height)

    def _reset_treasury(self) -> None:
        """The bank (512…) in « Payé par », « Reçu sur » and « De », the cash box in « Vers »."""
        combo = self.ui.treasury_combo
        banks = [i for i in range(combo.count()) if str(combo.itemData(i)).startswith("51")]
        combo.setCurrentIndex(banks[0] if banks else 0)
        self._default_to()

    def _default_to(self, *_args) -> None:
        """« Vers » never starts equal to « De »: the cash box from a bank, a bank from it."""
        source, to = self.ui.treasury_combo.currentData() or "", self.ui.to_combo
        if to.currentData() == source:
            others = [i for i in range(to.count()) if to.itemData(i) != source]
            across = [i for i in others if to.itemData(i)[:2] != source[:2]]
            if others:
                to.setCurrentIndex((across or others)[0])

    def _hours_typed(self, *_args) -> None:
        """Heures × taux horaire: the amount, as soon as both are typed."""
        ui = self.ui
        label = self._errors[ui.time_box]
        label.clear()
        ui.form.setRowVisible(label, False)
        if not ui.hours_edit.text().strip() or not ui.rate_edit.text().strip():
            return
        try:
            amount = hours_value(parse_hours(ui.hours_edit.text()),
                                 Money.parse(ui.rate_edit.text()))
        except (ValidationError, ValueError) as exc:
            label.setText(getattr(exc, "message", str(exc)))
            ui.form.setRowVisible(label, True)
            return
        ui.amount_edit.setText(locale.amount(amount.cents))

    def _propose_ressource(self, *_args) -> None:
        """An 86 emploi proposes its 87 ressource (864 → 875) unless one was chosen."""
        ui = self.ui
        if self.kind != "contribution":
            return
        head = ui.account_edit.text().strip().split(" ", 1)[0]
        proposal = ressource_for(head) if head.isdigit() and len(head) >= 3 else None
        if proposal is None or proposal not in dict(self.choices.accounts_for("87")):
            return
        if ui.second_edit.text().strip() in ("", self._proposed):
            ui.second_edit.set_code(proposal)
            self._proposed = ui.second_edit.text()

    def _to_grid(self, kind: str) -> None:
        """Écriture libre after a simple form: its lines in the grid, to add one or split one
        (a correction's grid would otherwise show the entry as it was before the changes)."""
        try:
            draft = self.draft(kind)
        except DomainError:
            return  # incomplete: the grid keeps what it had
        self.ui.lines_table.setRowCount(0)
        for line in draft.lines:
            self._add_line(line)
        self.ui.journal_combo.setCurrentIndex(max(self.ui.journal_combo.findData(draft.journal),
                                                  0))

    # -- lines of the free form ----------------------------------------------------------
    def _add_line(self, line: LineDraft | None = None) -> None:
        table = self.ui.lines_table
        row = table.rowCount()
        table.insertRow(row)
        edit = AccountEdit(table)
        edit.set_accounts(self.choices.accounts_for())
        edit.setAccessibleName(self.tr("Compte ligne {}").format(row + 1))
        table.setCellWidget(row, 0, edit)
        values = ["", "", "", "", "", ""]
        if line is not None:
            edit.set_code(line.account)
            values = ["", line.label or "", locale.amount(line.debit.cents, blank_zero=True),
                      locale.amount(line.credit.cents, blank_zero=True), line.tiers or "",
                      line.action or ""]
        table.blockSignals(True)
        for col in range(1, len(LINE_COLUMNS)):
            item = QTableWidgetItem(values[col])
            if col in (2, 3):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, col, item)
        table.blockSignals(False)
        self._update_difference()

    def _cell(self, row: int, col: int) -> str:
        item = self.ui.lines_table.item(row, col)
        return item.text().strip() if item else ""

    def _line_amount(self, row: int, col: int) -> Money:
        text = self._cell(row, col)
        return Money.parse(text) if text else ZERO

    def _lines(self) -> list[LineDraft]:
        lines = []
        table = self.ui.lines_table
        for row in range(table.rowCount()):
            code = table.cellWidget(row, 0).code()
            where = self.tr("ligne {}").format(row + 1)
            try:
                debit = self._line_amount(row, 2)
                credit = self._line_amount(row, 3)
            except ValueError as exc:
                raise ValidationError(self.tr("{} : {}").format(where, exc)) from None
            if not code and not debit and not credit:
                continue
            if not code:
                raise ValidationError(self.tr("{} : choisissez un compte").format(where))
            tiers = self._cell(row, 4)
            lines.append(LineDraft(code, debit, credit,
                                   self._tiers_codes().get(tiers.casefold(), tiers) or None,
                                   self._cell(row, 5) or None, self._cell(row, 1) or None))
        return lines

    def _tiers_codes(self) -> dict[str, str]:
        """A tiers' code from its code or its name as typed in the grid (any case)."""
        codes = {name.casefold(): code for code, name in self.choices.tiers}
        codes.update({code.casefold(): code for code, _ in self.choices.tiers})
        return codes

    def _create_grid_tiers(self) -> None:
        """New names in the grid's Tiers column: each created on the spot, or the line named."""
        table = self.ui.lines_table
        names = [name for _code, name in self.choices.tiers]
        for row in range(table.rowCount()):
            name = self._cell(row, 4)
            if not name or name.casefold() in self._tiers_codes():
                continue
            # The start of one tiers' name is that tiers (« free »: Free Mobile), as in the
            # form's Tiers field.
            found = starting_with(name, names)
            if len(found) == 1:
                table.item(row, 4).setText(self.choices.tiers[found[0]][0])
                continue
            if found:
                raise ValidationError(self.tr("ligne {} : plusieurs tiers commencent par « {} » "
                                              ": tapez le nom entier ou le code")
                                      .format(row + 1, name))
            account = table.cellWidget(row, 0).code()
            code = self._create_tiers(name, account)
            if code is None:
                raise ValidationError(self.tr("ligne {} : tiers « {} » inconnu : tapez un nom "
                                              "de vos tiers, ou créez-le").format(row + 1, name))
            table.item(row, 4).setText(code)

    def _update_difference(self, *_args) -> None:
        if self.kind != "libre":
            self.save_button.setEnabled(True)
            return
        try:
            lines = self._lines()
        except (ValidationError, ValueError) as exc:
            self.ui.difference_label.setText(str(exc))
            self.ui.difference_label.setStyleSheet("color: #b00020;")
            self.save_button.setEnabled(False)
            return
        debit = Money.total(ln.debit for ln in lines)
        credit = Money.total(ln.credit for ln in lines)
        gap = debit - credit
        balanced = not gap and debit and len(lines) >= 2
        text = self.tr("Débit {} · Crédit {}").format(
            locale.amount(debit.cents, currency=True), locale.amount(credit.cents, currency=True))
        if gap:
            text += self.tr(" · écart {}").format(locale.amount(abs(gap.cents), currency=True))
        elif balanced:
            text += self.tr(" · équilibrée")
        self.ui.difference_label.setText(text)
        self.ui.difference_label.setStyleSheet("color: #1b5e20;" if balanced
                                               else "color: #b00020;")
        self.save_button.setEnabled(bool(balanced))

    # -- saving --------------------------------------------------------------------------
    def draft(self, kind: str | None = None) -> EntryDraft:
        """The entry as typed (in the form of ``kind``, the tab shown by default), or
        ValidationError naming the field."""
        ui = self.ui
        kind = kind or self.kind
        try:
            date = locale.parse_date(ui.date_edit.text(), self.year_start.year)
        except ValueError as exc:
            raise ValidationError(str(exc), field="date") from None
        label = ui.label_edit.text().strip()
        piece = ui.piece_edit.text().strip()
        if kind == "libre":
            journal = ui.journal_combo.currentData() or "OD"
            return EntryDraft(date, journal, label, tuple(self._lines()), piece)
        try:
            amount = Money.parse(ui.amount_edit.text())
        except ValueError as exc:
            raise ValidationError(str(exc), field="montant") from None
        if not label:
            raise ValidationError(self.tr("libellé vide : décrivez l'opération"),
                                  field="libellé")
        account = ui.account_edit.code()
        field = "emploi" if kind == "contribution" else "compte"
        if kind in ("depense", "recette", "contribution") and not account:
            raise ValidationError(self.tr("choisissez un compte (tapez son numéro ou un mot "
                                          "de son libellé)"), field=field)
        shown = {"depense": ((ui.account_edit, field),), "recette": ((ui.account_edit, field),),
                 "contribution": ((ui.account_edit, field), (ui.second_edit, "ressource"))}
        for edit, name in shown.get(kind, ()):
            problem = edit.words_problem()
            if problem:
                raise ValidationError(problem, field=name)
        treasury = ui.treasury_combo.currentData() or ""
        second = (ui.to_combo.currentData() or "" if kind == "virement"
                  else ui.second_edit.code())
        simple = Simple(date, amount, label, piece, ui.tiers_combo.key(),
                        ui.action_combo.currentData(), self._kept_journal(treasury, second))
        if kind == "depense":
            draft = depense(simple, account=account, paid_from=treasury)
        elif kind == "recette":
            draft = recette(simple, account=account, received_on=treasury)
        elif kind == "virement":
            draft = virement(simple, from_account=treasury, to_account=second)
        else:
            draft = contribution(simple, emploi=account, ressource=second)
        # Checked last: save() then offers to create the tiers, the rest being right.
        unknown = ui.tiers_combo.unknown_name()
        if unknown and len(ui.tiers_combo.matching()) > 1:
            raise ValidationError(self.tr("plusieurs tiers commencent par « {} » : choisissez "
                                          "le vôtre dans la liste").format(unknown),
                                  field="tiers")
        if unknown:
            raise ValidationError(self.tr("tiers « {} » inconnu : choisissez-le dans la liste "
                                          "ou créez-le (Entrée)").format(unknown),
                                  field="tiers")
        return self._with_piece_date(draft)

    def _kept_journal(self, treasury: str, second: str) -> str | None:
        """A corrected entry stays in its journal while its bank or cash account stays."""
        shape = shape_of(self._before) if self._before is not None else None
        if shape is None or (shape.treasury, shape.second) != (treasury, second):
            return None
        return self._before.journal

    def _with_piece_date(self, draft: EntryDraft) -> EntryDraft:
        if self._before is None:
            return draft
        return dataclasses.replace(draft, piece_date=self._before.piece_date)

    def _create_tiers(self, name: str, account: str | None = None) -> str | None:
        """The « Nouveau tiers » dialog for a name typed in Tiers; its code once created."""
        account = self.ui.account_edit.code() if account is None else account
        code = NewPartyDialog.ask(self.session, name, kind_for(account, self.kind), self)
        if code is not None:
            self.choices = read_choices(self.session.conn, self.session.year.id)
            self.ui.tiers_combo.set_tiers(self.choices.tiers,
                                          self.ui.tiers_combo.lineEdit().placeholderText())
        return code

    def typed(self) -> EntryDraft:
        """The entry as typed, the new tiers it names created on the way (a small dialog
        each), or ValidationError naming the field."""
        if self.kind == "libre":
            self._create_grid_tiers()
        try:
            return self.draft()
        except ValidationError as exc:
            # A new name in Tiers: create it now (a small dialog), then save with it.
            if exc.field != "tiers" or not self.ui.tiers_combo.create_typed():
                raise
            return self.draft()

    def save(self) -> None:
        self._clear_errors()
        try:
            draft = self.typed()
            if self.entry_id is not None:
                command = EditEntry(self.session, self.entry_id, draft)
                perform(self.session, command)
                self.saved.emit(command.entry_id)
                # The form closes: the status bar says what was done and how to take it back.
                self.session.message.emit(
                    self.tr("Écriture n° {} corrigée (« {} ») : Ctrl+Z pour revenir en "
                            "arrière.").format(command.number, draft.label))
                self.accept()
                return
            command = PostEntry(self.session, draft)
            perform(self.session, command)
        except ValidationError as exc:
            self._show_error(exc)
            return
        except DomainError as exc:
            self._show_error(ValidationError(str(exc)))
            return
        self.saved.emit(command.entry_id)
        self._next(command.number)

    def _next(self, number: int) -> None:
        """Ready for the next entry: same date, journal and hourly rate; the bank again."""
        ui = self.ui
        for w in (ui.amount_edit, ui.label_edit, ui.account_edit, ui.second_edit, ui.piece_edit,
                  ui.hours_edit):
            w.clear()
        self._proposed = ""
        ui.tiers_combo.set_key(None)
        ui.action_combo.setCurrentIndex(0)
        # « Reçu sur Caisse » must not carry over unseen to the next entry: a treasurer types
        # mostly bank entries, and the note below says where the one just saved went.
        treasury = ui.treasury_combo.currentText() if self.kind in ("depense", "recette") else ""
        self._reset_treasury()
        if self.kind == "libre":
            ui.lines_table.setRowCount(0)
            for _ in range(2):
                self._add_line()
        ui.error_label.setStyleSheet("color: #1b5e20;")
        self._saved_text = (self.tr("Écriture n° {} enregistrée sur {}.").format(number, treasury)
                            if treasury else
                            self.tr("Écriture n° {} enregistrée.").format(number))
        ui.error_label.setText(self._saved_text)
        self._pristine = self._content()
        (ui.label_edit if self.kind == "libre" else ui.amount_edit).setFocus()

    def _show_error(self, exc: ValidationError) -> None:
        widget = self._fields.get(exc.field or "")
        message = for_app(exc.message if isinstance(exc, ValidationError) else str(exc))
        if widget is not None and widget.isVisible():
            label = self._errors[widget]
            label.setText(message)
            self.ui.form.setRowVisible(label, True)
            widget.setFocus()
            return
        self.ui.error_label.setStyleSheet("color: #b00020;")
        self.ui.error_label.setText(for_app(str(exc)))

    def _clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            self.ui.form.setRowVisible(label, False)
        self.ui.error_label.clear()

    def error_text(self) -> str:
        """Every error shown (tests read what the user reads)."""
        texts = [lbl.text() for lbl in self._errors.values() if lbl.text()]
        if self.ui.error_label.text() not in ("", self._saved_text):
            texts.append(self.ui.error_label.text())
        return " | ".join(texts)

    # -- closing ------------------------------------------------------------------------
    def _content(self) -> tuple:
        """Everything the user may have typed, to tell a typed form from an untouched one."""
        ui = self.ui
        table = ui.lines_table
        grid = []
        for row in range(table.rowCount()):
            cells = (table.cellWidget(row, 0).text().strip(),
                     *(self._cell(row, col) for col in range(1, len(LINE_COLUMNS))))
            if any(cells):
                grid.append(cells)
        return (tuple(w.text().strip() for w in (
                    ui.date_edit, ui.amount_edit, ui.label_edit, ui.piece_edit, ui.account_edit,
                    ui.second_edit, ui.hours_edit, ui.rate_edit, ui.tiers_combo.lineEdit())),
                tuple(c.currentIndex() for c in (ui.treasury_combo, ui.to_combo,
                                                  ui.action_combo, ui.journal_combo)),
                tuple(grid))

    def unsaved(self) -> str:
        """What closing now would lose (« Dépense de 86,40 € « Affiches » non enregistrée »),
        or '' when nothing was typed since the form opened or last saved."""
        if self._content() == self._pristine:
            return ""
        label = self.ui.label_edit.text().strip()
        if self._before is not None:
            return self.tr("Modifications de l'écriture n° {} « {} » non enregistrées").format(
                self._number, label)
        what = kind_text(dict(KINDS)[self.kind])
        cents = self._typed_cents()
        if cents:
            what = self.tr("{} de {}").format(what, locale.amount(cents, currency=True))
        if label:
            what = self.tr("{} « {} »").format(what, label)
        if self.kind == "virement":
            return self.tr("{} non enregistré").format(what)
        return self.tr("{} non enregistrée").format(what)

    def _typed_cents(self) -> int:
        """The amount typed (the total debit of the grid), 0 when none reads as one."""
        texts = ([self._cell(row, 2) for row in range(self.ui.lines_table.rowCount())]
                 if self.kind == "libre" else [self.ui.amount_edit.text()])
        total = 0
        for text in texts:
            try:
                total += Money.parse(text).cents if text.strip() else 0
            except ValueError:
                pass  # half-typed: the total of the rest still names the entry
        return total

    def reject(self) -> None:
        """Esc, « Fermer » and the window's close button: typed content is dropped only
        when the user says so."""
        lost = self.unsaved()
        if lost and not self._confirm_discard(lost):
            return
        super().reject()

    def discard(self) -> None:
        """Close, dropping what was typed without asking (scripts that only show the form)."""
        self._pristine = self._content()
        self.close()

    def _confirm_discard(self, lost: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Abandonner cette saisie ?"),
                          self.tr("Abandonner cette saisie ?"), parent=self)
        box.setInformativeText(lost + ".")
        drop = box.addButton(self.tr("Abandonner"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Continuer la saisie"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is drop

    # -- editing an existing entry -------------------------------------------------------
    @classmethod
    def edit(cls, parent: QWidget, session: BookSession, entry_id: int) -> EntryDialog | None:
        """Open ``entry_id`` for editing beside ``parent``; None (and why) when it cannot be."""
        from ..errors import report
        if not session.writable:
            session.message.emit(
                QCoreApplication.translate("EntryDialog",
                                           "Lecture seule : l'écriture ne peut pas être modifiée"))
            return None
        closed = session.conn.execute(
            "SELECT f.label FROM entry e JOIN fiscal_year f ON f.id = e.year_id "
            "WHERE e.id = ? AND f.closed_at IS NOT NULL", (entry_id,)).fetchone()
        if closed:
            # Opening the form would only end in a refusal at saving: say it now.
            session.message.emit(QCoreApplication.translate(
                "EntryDialog", "Exercice {} clos : cette écriture ne change plus. Passez une "
                "écriture de correction dans l'exercice ouvert.").format(closed[0]))
            return None
        from .reversal_dialog import refuse_if_validated
        if refuse_if_validated(parent, session, entry_id):
            return None  # validated: said why, the contre-passation one click away
        try:
            dialog = cls(session, parent, entry_id=entry_id)
        except DomainError as exc:
            report(parent, exc, QCoreApplication.translate(
                "EntryDialog", "Cette écriture ne peut pas être modifiée."))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _load(self, entry_id: int) -> None:
        """The entry in the form it fits (a dépense in the Dépense form…), else in the grid;
        « Écriture libre » stays at hand for adding lines."""
        booked = read_entry(self.session.book, entry_id)
        d = self._before = booked.draft
        self._number = booked.number
        self.setWindowTitle(self.tr("Écriture n° {} ({})").format(booked.number, booked.year))
        shape = shape_of(d)
        kind = shape.kind if shape is not None and self._fits(shape) else "libre"
        kinds = [k for k, _ in KINDS]
        self.ui.lines_table.setRowCount(0)
        for line in d.lines:
            self._add_line(line)
        self.ui.kind_tabs.blockSignals(True)
        self.ui.kind_tabs.setCurrentIndex(kinds.index(kind))
        self.ui.kind_tabs.blockSignals(False)
        for i, k in enumerate(kinds):
            self.ui.kind_tabs.setTabEnabled(i, k in (kind, "libre"))
        self._kind_changed(self.ui.kind_tabs.currentIndex())
        self.ui.date_edit.setText(locale.date(d.date))
        self.ui.label_edit.setText(d.label)
        self.ui.piece_edit.setText(d.piece_ref)
        index = self.ui.journal_combo.findData(d.journal)
        if index >= 0:
            self.ui.journal_combo.setCurrentIndex(index)
        if kind != "libre":
            self._show_shape(shape)
        self._update_difference()

    def _fits(self, shape: Shape) -> bool:
        """Whether the form's lists hold what the entry names (an inactive action does not)."""
        ui = self.ui
        treasuries = [shape.treasury] + ([shape.second] if shape.kind == "virement" else [])
        return (all(ui.treasury_combo.findData(t) >= 0 for t in treasuries if t)
                and (shape.action is None or ui.action_combo.findData(shape.action) >= 0)
                and (shape.tiers is None or ui.tiers_combo.findData(shape.tiers) >= 0))

    def _show_shape(self, shape: Shape) -> None:
        ui = self.ui
        ui.amount_edit.setText(locale.amount(shape.amount.cents))
        if shape.treasury:
            ui.treasury_combo.setCurrentIndex(ui.treasury_combo.findData(shape.treasury))
        if shape.kind == "virement":
            ui.to_combo.setCurrentIndex(ui.to_combo.findData(shape.second))
        else:
            ui.account_edit.set_code(shape.account)
        if shape.kind == "contribution":
            ui.second_edit.set_code(shape.second)
        ui.tiers_combo.set_key(shape.tiers)
        ui.action_combo.setCurrentIndex(max(ui.action_combo.findData(shape.action), 0))
