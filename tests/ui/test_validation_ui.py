"""Drafts and validation as a treasurer meets them in the window: the journal's État column,
the drafts count and filter, « Valider les écritures… », the refusal to change a validated
entry with its contre-passation one click away, and undo that never touches a wrong entry.

The demo's 2025 is validated up to November (the à-nouveaux n°1 on 15/03/2025, the day 2024
closed; then each quarter, ten days after it) and December is in drafts: 23 entries, n°281 to
n°303, three of them without a piece reference (the salary transfer, the URSSAF payment and
the volunteer hours, on 28/12). The last three, n°301 to n°303, were booked after the others:
a volunteer's note de frais (05/12), its abandon (10/12) and a company's mécénat (15/12).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMessageBox

from assocompta.services.ledger import validated_refusal
from assocompta.services.validation import validate_entries
from assocompta.ui import locale
from assocompta.ui.commands import PostEntry, perform
from assocompta.ui.dialogs.entry_dialog import EntryDialog
from assocompta.ui.dialogs.reversal_dialog import ReversalDialog
from assocompta.ui.dialogs.validation_dialog import ValidateDialog
from assocompta.ui.models.ledger_model import ENTRY_ROLE, VALID_ROLE
from tests.helpers import draft

LOYER = "Loyer salle 01/2025"  # n°3 of 2025, 04/01/2025, validated on 10/04/2025: 613 débit
#                                 200 €, 512 crédit
DECEMBER = "Loyer salle 12/2025"  # n°283, 05/12/2025: a draft


def _db(window, sql: str, *params):
    return window.session.conn.execute(sql, params).fetchall()


def _entry(window, entry_id: int) -> tuple:
    """An entry and its lines, everything the database holds about them."""
    head = _db(window, "SELECT * FROM entry WHERE id = ?", entry_id)
    lines = _db(window, "SELECT * FROM entry_line WHERE entry_id = ? ORDER BY position",
                entry_id)
    return head, lines


def _id_of(window, label: str) -> int:
    """The 2025 entry labelled so (the demo's 2024 has the same labels)."""
    found = _db(window, "SELECT e.id FROM entry e JOIN fiscal_year f ON f.id = e.year_id "
                        "WHERE e.label = ? AND f.label = '2025'", label)
    assert len(found) == 1, (label, found)
    return found[0][0]


def _ledger(window):
    ledger = window.show_view("saisie")
    ledger.model.wait()
    return ledger


def _rows(ledger, entry_id: int) -> list[int]:
    model = ledger.model
    return [r for r in range(model.rowCount()) if model.index(r, 0).data(ENTRY_ROLE) == entry_id]


def _cell(ledger, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return ledger.model.index(row, ledger.model.column(key)).data(role)


def _select(ledger, entry_id: int) -> int:
    row = _rows(ledger, entry_id)[0]
    ledger.table.clearSelection()
    ledger.table.selectRow(row)
    return row


def _refusal_box(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: bool(_visible_boxes(window)), timeout=3000)
    return _visible_boxes(window)[-1]


def _visible_boxes(window) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox, "validated_refusal") if b.isVisible()]


def _button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


def _drafts(window) -> int:
    return _db(window, "SELECT count(*) FROM entry e JOIN fiscal_year f ON f.id = e.year_id "
                       "WHERE f.label = '2025' AND e.valid_date IS NULL")[0][0]


# -- the journal shows drafts -----------------------------------------------------------------
def test_the_etat_column_tells_drafts_from_validated_entries(qtbot, window):
    ledger = _ledger(window)
    model = ledger.model
    state = model.column("state")
    assert model.headerData(state, Qt.Orientation.Horizontal) == "État"
    opening = _rows(ledger, _id_of(window, "À-nouveaux de l'exercice 2024"))
    assert opening and {_cell(ledger, r, "state") for r in opening} == {"Validée le 15/03/2025"}
    assert _cell(ledger, opening[0], "state", VALID_ROLE) == "2025-03-15"
    loyer = _rows(ledger, _id_of(window, LOYER))
    assert {_cell(ledger, r, "state") for r in loyer} == {"Validée le 10/04/2025"}
    december = _rows(ledger, _id_of(window, DECEMBER))
    assert {_cell(ledger, r, "state") for r in december} == {"Brouillard"}
    # The discreet mark: « Brouillard » and the provisional number in grey italics.
    font = _cell(ledger, december[0], "state", Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    assert _cell(ledger, december[0], "number", Qt.ItemDataRole.FontRole).italic()
    assert _cell(ledger, loyer[0], "state", Qt.ItemDataRole.FontRole) is None
    assert _cell(ledger, loyer[0], "number", Qt.ItemDataRole.FontRole) is None
    assert "provisoire" in _cell(ledger, december[0], "state", Qt.ItemDataRole.ToolTipRole)
    assert "contre-passation" in _cell(ledger, loyer[0], "state", Qt.ItemDataRole.ToolTipRole)
    # The year's drafts counted beside the lines, whatever the filter.
    assert _drafts(window) == 23
    qtbot.waitUntil(lambda: ledger.drafts_label.text() == "23 brouillards")
    # Only the drafts: the à-nouveaux go, the count of entries says how many are left.
    ledger.filters.drafts_only.setChecked(True)
    ledger.filters.apply_now()
    ledger.model.wait()
    shown = {model.index(r, 0).data(ENTRY_ROLE) for r in range(model.rowCount())}
    assert len(shown) == 23
    assert all(model.index(r, state).data(VALID_ROLE) is None for r in range(model.rowCount()))
    qtbot.waitUntil(lambda: "chargement" not in ledger.count_label.text())
    assert ledger.count_label.text().endswith(" · 23 écritures")
    ledger.filters.clear()
    ledger.model.wait()
    assert opening[0] in range(model.rowCount()) and _rows(ledger, _id_of(
        window, "À-nouveaux de l'exercice 2024"))


def test_the_menus_name_what_the_refusal_names(window):
    from assocompta.ui.menus import describe
    assert describe(window.validate_action) == "Saisie › Valider les écritures…"
    assert describe(window.validate_selection_action) == "Saisie › Valider la sélection"
    assert describe(window.reverse_action) == "Saisie › Contre-passer et corriger…"
    refusal = validated_refusal(17, dt.date(2026, 12, 2))
    assert "(Saisie › Contre-passer et corriger…)" in refusal


# -- Valider les écritures… ----------------------------------------------------------------
def test_validating_through_a_date_numbers_the_drafts_and_the_ledger_follows(qtbot, window):
    ledger = _ledger(window)
    window.validate_action.trigger()
    dialog = next(d for d in window.findChildren(ValidateDialog) if d.isVisible())
    assert dialog.year.label == "2025"
    # 2025 is over: the default is its last day, every draft.
    assert dialog.through_edit.text() == "31/12/2025"
    assert dialog.draft_count == 23
    assert "art. 921-3" in dialog.warning.text() and "Ctrl+Z" in dialog.warning.text()
    assert dialog.number_pieces.text() == ("Numéroter automatiquement les pièces manquantes "
                                           "(BQ-2025-0001…)")
    dialog.through_edit.setText("15/12/2025")
    # The first half of December, the note de frais, its abandon and the mécénat (15/12).
    assert dialog.draft_count == 13
    assert "13 écritures en brouillard seront validées" in dialog.count_label.text()
    assert "du 01/12/2025 au 15/12/2025" in dialog.count_label.text()
    assert not dialog.pieces_label.isVisible() and not dialog.number_pieces.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    rows = _db(window, "SELECT number, date, valid_date FROM entry WHERE year_id = 2 "
                       "AND valid_date IS NOT NULL AND number > 280 ORDER BY number")
    today = dt.date.today().isoformat()
    assert [r[0] for r in rows] == list(range(281, 294))  # after n°280, in a row
    assert [r[1] for r in rows] == sorted(r[1] for r in rows) and rows[-1][1] <= "2025-12-15"
    assert {r[2] for r in rows} == {today}
    assert _drafts(window) == 10
    assert "13 écritures validées (n°281 à n°293, exercice 2025)" in \
        window.statusBar().currentMessage()
    # The journal says so at once.
    ledger.model.wait()
    december = _rows(ledger, _id_of(window, DECEMBER))
    assert {_cell(ledger, r, "state") for r in december} == {
        f"Validée le {locale.date(dt.date.today())}"}
    qtbot.waitUntil(lambda: ledger.drafts_label.text() == "10 brouillards")
    assert not window.session.undo_stack.canUndo()

    # The rest of December: three without a piece reference.
    window.validate_action.trigger()
    dialog = next(d for d in window.findChildren(ValidateDialog) if d.isVisible())
    assert dialog.draft_count == 10
    assert dialog.pieces_label.isVisible()
    assert dialog.pieces_label.text().startswith("Dont 3 sans référence de pièce : cochez")
    # Without automatic piece numbers the service refuses, and says which ones.
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "3 écritures sans référence de pièce (n°" in dialog.error_label.text()
    assert dialog.isVisible() and _drafts(window) == 10
    dialog.number_pieces.setChecked(True)
    assert dialog.pieces_label.text() == ("Dont 3 sans référence de pièce : elles recevront un "
                                          "numéro automatique.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _drafts(window) == 0
    pieces = _db(window, "SELECT e.piece_ref, j.code FROM entry e JOIN journal j "
                         "ON j.id = e.journal_id WHERE e.year_id = 2 AND e.date = '2025-12-28'")
    # One sequence per journal: the transfers on BQ, the volunteer hours on OD.
    assert sorted(code for _p, code in pieces) == ["BQ", "BQ", "OD"]
    assert all(p.startswith(f"{code}-2025-") and len(p) == 12 for p, code in pieces)
    assert "3 pièces numérotées automatiquement." in window.statusBar().currentMessage()
    ledger.model.wait()
    qtbot.waitUntil(lambda: ledger.drafts_label.text() == "")


def test_valider_la_selection_validates_the_chosen_drafts_only(qtbot, window):
    ledger = _ledger(window)
    chosen = [_id_of(window, DECEMBER), _id_of(window, "Salaire coordinatrice 12/2025")]
    ledger.table.clearSelection()
    for entry_id in chosen:
        for row in _rows(ledger, entry_id):
            ledger.table.selectionModel().select(
                ledger.model.index(row, 0), ledger.table.selectionModel().SelectionFlag.Select
                | ledger.table.selectionModel().SelectionFlag.Rows)
    assert sorted(ledger.selected_entries()) == sorted(chosen)
    window.validate_selection_action.trigger()
    dialog = next(d for d in window.findChildren(ValidateDialog) if d.isVisible())
    assert dialog.draft_count == 2 and not dialog.through_edit.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    # Numbered after n°280 in date order; the other drafts move up behind them.
    assert _db(window, "SELECT label, number FROM entry WHERE valid_date IS NOT NULL AND "
                       "year_id = 2 AND number > 280 ORDER BY number") == [
        (DECEMBER, 281), ("Salaire coordinatrice 12/2025", 282)]
    assert _db(window, "SELECT min(number), max(number) FROM entry WHERE year_id = 2 AND "
                       "valid_date IS NULL") == [(283, 303)]
    assert _drafts(window) == 21


# -- a validated entry cannot be changed ----------------------------------------------------
def test_deleting_or_editing_a_validated_entry_shows_the_refusal_and_changes_nothing(
        qtbot, window):
    ledger = _ledger(window)
    loyer = _id_of(window, LOYER)
    number = _db(window, "SELECT number FROM entry WHERE id = ?", loyer)[0][0]
    before = _entry(window, loyer)
    total = _db(window, "SELECT count(*) FROM entry")[0][0]
    expected = validated_refusal(number, dt.date(2025, 4, 10))

    _select(ledger, loyer)
    qtbot.mouseClick(ledger.delete_button, Qt.MouseButton.LeftButton)
    box = _refusal_box(qtbot, window)
    assert box.text() == expected
    assert box.windowTitle() == "Écriture validée"
    qtbot.mouseClick(_button(box, "Fermer"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not _visible_boxes(window))
    assert _entry(window, loyer) == before

    # « Modifier » and a double-click: the same refusal, never a form that fails at saving.
    qtbot.mouseClick(ledger.edit_button, Qt.MouseButton.LeftButton)
    box = _refusal_box(qtbot, window)
    assert box.text() == expected
    assert not [d for d in window.findChildren(EntryDialog) if d.isVisible()]
    qtbot.mouseClick(_button(box, "Fermer"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not _visible_boxes(window))
    row = _select(ledger, loyer)
    ledger.table.scrollTo(ledger.model.index(row, 4))
    rect = ledger.table.visualRect(ledger.model.index(row, 4))
    # A press first: the view emits doubleClicked only on the index the press was on.
    qtbot.mousePress(ledger.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(ledger.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    box = _refusal_box(qtbot, window)
    assert box.text() == expected
    assert not [d for d in window.findChildren(EntryDialog) if d.isVisible()]
    qtbot.mouseClick(_button(box, "Fermer"), Qt.MouseButton.LeftButton)
    assert _entry(window, loyer) == before
    assert _db(window, "SELECT count(*) FROM entry")[0][0] == total
    # A draft still opens its form as before.
    cotisation = _db(window, "SELECT id FROM entry WHERE valid_date IS NULL AND year_id = 2 "
                             "ORDER BY number LIMIT 1")[0][0]
    _select(ledger, cotisation)
    dialog = ledger.edit_selected()
    assert isinstance(dialog, EntryDialog) and not _visible_boxes(window)
    dialog.discard()


def test_the_ui_refusal_is_the_services_word_for_word():
    from assocompta.ui.dialogs.reversal_dialog import refusal_text
    day = dt.date(2026, 12, 2)
    assert refusal_text(17, day) == validated_refusal(17, day)


# -- contre-passer et corriger -----------------------------------------------------------------
def test_the_refusals_button_opens_the_reversal_which_posts_reversal_and_correction(
        qtbot, window):
    ledger = _ledger(window)
    loyer = _id_of(window, LOYER)
    number, date, valid = _db(window, "SELECT number, date, valid_date FROM entry "
                                      "WHERE id = ?", loyer)[0]
    before = _entry(window, loyer)
    _select(ledger, loyer)
    qtbot.mouseClick(ledger.delete_button, Qt.MouseButton.LeftButton)
    box = _refusal_box(qtbot, window)
    qtbot.mouseClick(_button(box, "Contre-passer et corriger…"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ReversalDialog)))
    dialog = next(d for d in window.findChildren(ReversalDialog) if d.isVisible())
    # The form holds the original: a dépense of 200 € on 613, paid by the bank.
    assert dialog.windowTitle() == f"Contre-passer et corriger l'écriture n° {number} (2025)"
    assert dialog.kind == "depense"
    assert dialog.ui.amount_edit.text() == "200,00"
    assert dialog.ui.label_edit.text() == LOYER
    assert dialog.ui.date_edit.text() == "04/01/2025"
    assert f"« Contre-passation n°{number} : {LOYER} »" in dialog.band.text()
    # The reversal is dated today, kept inside the entry's year (open: 2025).
    today = dt.date.today()
    on = min(max(today, dt.date(2025, 1, 1)), dt.date(2025, 12, 31))
    assert dialog.reversal_edit.text() == locale.date(on)
    # The treasurer types what it should have been: 240 €.
    dialog.ui.amount_edit.setText("240,00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text() == ""
    assert not dialog.isVisible()

    assert _entry(window, loyer) == before  # the original stays as it was validated
    reversal = _db(window, "SELECT id, number, date, label, piece_ref, valid_date FROM entry "
                           "WHERE reverses_id = ?", loyer)
    assert len(reversal) == 1
    rev_id, rev_number, rev_date, rev_label, rev_piece, rev_valid = reversal[0]
    assert (rev_date, rev_label, rev_piece, rev_valid) == (
        on.isoformat(), f"Contre-passation n°{number} : {LOYER}", "F0001", None)
    assert _db(window, "SELECT a.code, l.debit, l.credit FROM entry_line l JOIN account a "
                       "ON a.id = l.account_id WHERE l.entry_id = ? ORDER BY l.position",
               rev_id) == [("613", 0, 20000), ("512", 20000, 0)]
    fixed = _db(window, "SELECT id, number, date, valid_date FROM entry WHERE label = ? AND "
                        "id != ?", LOYER, loyer)
    assert len(fixed) == 1
    fixed_id, fixed_number, fixed_date, fixed_valid = fixed[0]
    assert (fixed_date, fixed_valid, fixed_number) == ("2025-01-04", None, rev_number + 1)
    assert _db(window, "SELECT a.code, l.debit, l.credit FROM entry_line l JOIN account a "
                       "ON a.id = l.account_id WHERE l.entry_id = ? ORDER BY l.position",
               fixed_id) == [("613", 24000, 0), ("512", 0, 24000)]
    assert (f"Écriture n° {number} contre-passée (n° {rev_number}) et corrigée "
            f"(n° {fixed_number})") in window.statusBar().currentMessage()

    # The journal: the original validated, its reversal and the correction as drafts.
    ledger.model.wait()
    shown = {}
    for entry_id in (loyer, rev_id, fixed_id):
        rows = _rows(ledger, entry_id)
        assert rows, entry_id
        shown[entry_id] = (_cell(ledger, rows[0], "number"), _cell(ledger, rows[0], "label"),
                           _cell(ledger, rows[0], "state"))
    validated_on = locale.date(dt.date.fromisoformat(valid))
    assert shown[loyer] == (str(number), LOYER, f"Validée le {validated_on}")
    assert shown[rev_id] == (str(rev_number), f"Contre-passation n°{number} : {LOYER}",
                             "Brouillard")
    assert shown[fixed_id] == (str(fixed_number), LOYER, "Brouillard")

    # Ctrl+Z takes both back (they are drafts), Ctrl+Shift+Z posts them again.
    window.session.undo_stack.undo()
    assert not _db(window, "SELECT id FROM entry WHERE reverses_id = ?", loyer)
    assert _db(window, "SELECT count(*) FROM entry WHERE label = ?", LOYER)[0][0] == 1
    assert _entry(window, loyer) == before
    window.session.undo_stack.redo()
    assert len(_db(window, "SELECT id FROM entry WHERE reverses_id = ?", loyer)) == 1
    assert _db(window, "SELECT count(*) FROM entry WHERE label = ?", LOYER)[0][0] == 2


def test_a_reversed_entry_is_not_reversed_twice_and_a_draft_is_just_edited(qtbot, window):
    ledger = _ledger(window)
    loyer = _id_of(window, LOYER)
    _select(ledger, loyer)
    window.reverse_action.trigger()
    dialog = next(d for d in window.findChildren(ReversalDialog) if d.isVisible())
    qtbot.mouseClick(dialog.only_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert len(_db(window, "SELECT id FROM entry WHERE reverses_id = ?", loyer)) == 1
    assert _db(window, "SELECT count(*) FROM entry WHERE label = ?", LOYER)[0][0] == 1
    ledger.model.wait()
    _select(ledger, loyer)
    assert ledger.reverse_selected() is None
    assert not [d for d in window.findChildren(ReversalDialog) if d.isVisible()]
    draft_id = _db(window, "SELECT id FROM entry WHERE valid_date IS NULL AND year_id = 2 "
                           "ORDER BY number DESC LIMIT 1")[0][0]
    _select(ledger, draft_id)
    form = ledger.reverse_selected()
    assert type(form) is EntryDialog  # a draft: its own form, no reversal
    form.discard()


# -- undo and validation ---------------------------------------------------------------------
def _post(window, day: dt.date, label: str) -> PostEntry:
    command = PostEntry(window.session, draft(day, ("6064", "12,50", ""), ("512", "", "12,50"),
                                              label=label))
    perform(window.session, command)
    return command


def test_a_validation_empties_the_undo_history_so_no_undo_hits_a_renumbered_entry(
        qtbot, window):
    ledger = _ledger(window)
    january = _post(window, dt.date(2025, 1, 10), "Timbres de janvier")
    assert january.number == 304 and window.session.undo_stack.canUndo()
    last_draft = _db(window, "SELECT id, label FROM entry WHERE year_id = 2 AND number = 303")[0]
    window.validate_action.trigger()
    dialog = next(d for d in window.findChildren(ValidateDialog) if d.isVisible())
    dialog.through_edit.setText("31/01/2025")
    dialog.number_pieces.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    # The January stamps are validated as n°281, after November; n°304 is now another draft,
    # the one that was n°303: an undo by number would have deleted it.
    assert _db(window, "SELECT number FROM entry WHERE id = ?", january.entry_id)[0][0] == 281
    assert _db(window, "SELECT id FROM entry WHERE year_id = 2 AND number = 304")[0][0] == \
        last_draft[0]
    assert not window.session.undo_stack.canUndo()
    assert not window.undo_action.isEnabled()
    total = _db(window, "SELECT count(*) FROM entry")[0][0]
    window.undo_action.trigger()
    assert _db(window, "SELECT count(*) FROM entry")[0][0] == total
    # Drafts undo as before once more: a new one posted, then taken back.
    later = _post(window, dt.date(2025, 12, 20), "Timbres de décembre")
    window.undo_action.trigger()
    assert not _db(window, "SELECT id FROM entry WHERE label = 'Timbres de décembre'")
    assert _db(window, "SELECT count(*) FROM entry")[0][0] == total
    assert later.number == 305
    ledger.model.wait()


def test_an_undo_that_finds_another_entry_under_its_number_refuses(qtbot, window,
                                                                   no_modal_boxes):
    """Belt and braces: even when something renumbered the drafts without emptying the
    history (another path, a shared book), a command checks the entry it finds."""
    january = _post(window, dt.date(2025, 1, 10), "Timbres de janvier")
    validate_entries(window.session.book, "2025", through=dt.date(2025, 1, 31),
                     number_pieces=True)  # behind the stack's back
    window.session.notify()
    other = _db(window, "SELECT id, label FROM entry WHERE year_id = 2 AND number = ?",
                january.number)[0]
    assert other[1] != "Timbres de janvier"
    total = _db(window, "SELECT count(*) FROM entry")[0][0]
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: any("n'est plus celle" in text for text in no_modal_boxes))
    assert _db(window, "SELECT count(*) FROM entry")[0][0] == total
    assert _db(window, "SELECT label FROM entry WHERE id = ?", other[0]) == [(other[1],)]
    assert window.session.undo_stack.canUndo()  # refused: the command stays done


# -- closing -------------------------------------------------------------------------------------
def test_the_closing_wizard_says_how_many_drafts_it_validates_then_did(qtbot, window):
    from tests.ui.test_closing_wizard import _open_wizard, _prepare_2025
    _prepare_2025(window.session.book)
    window.session.notify()
    _view, wizard = _open_wizard(qtbot, window)
    while wizard.currentPage() is not wizard.confirm_page:  # the year-end pages, skipped
        wizard.button(wizard.WizardButton.NextButton).click()
    page = wizard.confirm_page
    assert wizard.currentPage() is page
    assert ("La clôture valide les 23 écritures encore en brouillard : elles recevront leur "
            "numéro définitif et ne pourront plus être modifiées. Les 3 écritures sans "
            "référence de pièce recevront un numéro automatique (BQ-2025-0001…).") \
        in page.summary.text()
    page.confirm.setChecked(True)
    wizard.button(wizard.WizardButton.CommitButton).click()
    assert wizard.currentPage() is wizard.done_page
    assert (wizard.result.validated, wizard.result.pieces_numbered) == (23, 3)
    assert ("23 écritures en brouillard validées par la clôture. 3 pièces numérotées "
            "automatiquement.") in wizard.done_page.text.text()
    assert _drafts(window) == 0
    wizard.close()


def test_a_validated_entry_takes_more_justificatifs_but_keeps_its_own(qtbot, window, tmp_path):
    from assocompta.ui.dialogs.attachments_dialog import AttachmentsDialog
    loyer = _id_of(window, LOYER)
    dialog = AttachmentsDialog(window.session, loyer)
    qtbot.addWidget(dialog)
    scan = tmp_path / "quittance janvier.pdf"
    scan.write_bytes(b"%PDF-1.4\nquittance\n%%EOF\n")
    assert [a.new for a in dialog.add_files([scan])] == [True]
    assert dialog.model.rowCount() == 1
    assert not dialog.remove_button.isEnabled() and not dialog.remove_selected()
    assert dialog.closed_note.text() == ("Écriture validée le 10/04/2025 : on peut lui joindre "
                                         "d'autres justificatifs, non retirer ceux qu'elle a.")
    assert _db(window, "SELECT count(*) FROM attachment WHERE entry_id = ?", loyer) == [(1,)]
