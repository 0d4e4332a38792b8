"""Plan comptable, Tiers et actions, Exercices as a treasurer uses them."""

from __future__ import annotations

import datetime as dt

from assocompta.domain.parties import FunderCategory, TiersKind
from assocompta.services.lookups import choices
from assocompta.ui.dialogs.text_fields_dialog import TextFieldsDialog
from assocompta.ui.models.rows_model import KEY_ROLE


def _keys(model) -> list:
    return [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())]


def _answer(monkeypatch, *values):
    """The next TextFieldsDialog.ask returns ``values`` (as if typed and confirmed)."""
    asked = []

    def ask(cls, parent, title, fields, note="", combos=()):
        asked.append((title, fields))
        return list(values)
    monkeypatch.setattr(TextFieldsDialog, "ask", classmethod(ask))
    return asked


# -- Plan comptable ----------------------------------------------------------------------
def test_chart_shows_balances_and_adds_a_sub_account(qtbot, window, monkeypatch):
    view = window.show_view("plan")
    codes = _keys(view.model)
    assert "6063" in codes and "741" in codes
    row = codes.index("626")
    assert view.model.index(row, 3).data().endswith(" D")  # phone bills: débiteur
    view.table.selectRow(codes.index("741"))
    asked = _answer(monkeypatch, "74101", "Subvention Ville de Rennes")
    view.add_sub_account()
    assert asked[0][1][0][1] == "741"  # the selected account is offered as the start
    codes = _keys(view.model)
    assert "74101" in codes
    assert view.model.index(codes.index("74101"), 1).data() == "Subvention Ville de Rennes"
    assert view.selected_code() == "74101"
    assert ("74101", "Subvention Ville de Rennes") in choices(
        window.session.book, window.session.year.id).accounts_for("741")


def test_chart_rename_only_own_accounts_and_refusals_are_explained(qtbot, window,
                                                                   no_modal_boxes):
    view = window.show_view("plan")
    assert view.add_sub_account("6", "Trop court") is None
    assert "Sous-compte refusé" in no_modal_boxes[-1]
    view.add_sub_account("62601", "Box internet")
    assert view.rename_button.isEnabled()
    assert view.rename_selected("Box et téléphone du local")
    assert view.model.index(view.model.row_of("62601"), 1).data() == "Box et téléphone du local"
    view.table.selectRow(view.model.row_of("626"))
    assert not view.rename_button.isEnabled()
    assert not view.rename_selected("Téléphone")
    assert "plan comptable officiel" in no_modal_boxes[-1]


def test_chart_hides_unused_accounts_and_refuses_used_ones(qtbot, window, no_modal_boxes):
    view = window.show_view("plan")
    view.table.selectRow(view.model.row_of("6068"))
    assert view.toggle_hidden()
    assert "6068" not in _keys(view.model)
    view.show_hidden.setChecked(True)
    at = view.model.row_of("6068")
    assert at is not None and view.model.index(at, 0).data(KEY_ROLE) == "6068"
    view.table.selectRow(at)
    assert view.hide_button.text().replace("&", "") == "Réafficher"
    assert view.toggle_hidden()
    view.table.selectRow(view.model.row_of("626"))
    assert not view.toggle_hidden()
    assert "a des écritures" in no_modal_boxes[-1]
    assert "626" in _keys(view.model)


# -- Tiers et actions --------------------------------------------------------------------
def test_add_and_edit_tiers_and_action(qtbot, window, monkeypatch, no_modal_boxes):
    view = window.show_view("tiers")
    assert "VILLE" in _keys(view.tiers_model) and "FETE" in _keys(view.actions_model)
    assert view.add_tiers(["REGION", "Région Bretagne", TiersKind.OTHER,
                           FunderCategory.REGION]) == "REGION"
    at = view.tiers_model.row_of("REGION")
    assert [view.tiers_model.index(at, c).data() for c in range(4)] == [
        "REGION", "Région Bretagne", "Financeur", "Région(s)"]
    view.tiers_table.selectRow(at)
    assert view.edit_tiers(["REGION", "Conseil régional de Bretagne", TiersKind.FUNDER,
                            FunderCategory.REGION])
    assert view.tiers_model.index(view.tiers_model.row_of("REGION"), 1).data() == \
        "Conseil régional de Bretagne"

    _answer(monkeypatch, "JARDIN", "Jardin partagé")
    assert view.add_action() == "JARDIN"
    view.actions_table.selectRow(view.actions_model.row_of("JARDIN"))
    assert view.toggle_action()
    at = view.actions_model.row_of("JARDIN")
    assert view.actions_model.index(at, 2).data() == "non"
    assert "JARDIN" not in [code for code, _ in choices(window.session.book,
                                                         window.session.year.id).actions]

    assert view.add_action(["FETE", "Doublon"]) is None
    assert "existe déjà" in no_modal_boxes[-1]
    assert view.add_tiers(["", "Sans code", TiersKind.OTHER, None]) is None
    assert "champ code" in no_modal_boxes[-1]


# -- Exercices ---------------------------------------------------------------------------
def test_add_year_proposes_the_next_one_and_the_window_lists_it(qtbot, window, monkeypatch):
    view = window.show_view("exercices")
    assert _keys(view.model) == ["2024", "2025", "2026"]
    assert view.close_button.isEnabled() and "Clôture guidée" in view.close_button.toolTip()
    asked = _answer(monkeypatch, "01/01/2027", "31/12/2027")
    assert view.add_year() == "2027"
    assert [f[1] for f in asked[0][1]] == ["01/01/2027", "31/12/2027"]
    assert _keys(view.model)[-1] == "2027"
    combo = [window.year_combo.itemData(i) for i in range(window.year_combo.count())]
    assert "2027" in combo
    assert window.session.year.label == "2025"  # the year shown stays the same


def test_add_year_warnings_and_refusals(qtbot, window, no_modal_boxes, monkeypatch):
    view = window.show_view("exercices")
    assert view.add_year(dt.date(2026, 6, 1), dt.date(2027, 5, 31)) is None
    assert "chevauche" in no_modal_boxes[-1]
    assert view.add_year(dt.date(2027, 1, 1), dt.date(2028, 6, 30)) == "2027-2028"
    assert "18 mois" in no_modal_boxes[-1]
    _answer(monkeypatch, "31/02/2029", "31/12/2029")
    assert view.add_year() is None
    assert "Début" in no_modal_boxes[-1] and "n'est pas une date" in no_modal_boxes[-1]


def test_management_models_pass_qt_model_tester(qtmodeltester, window):
    for key, models in (("plan", ("model",)), ("tiers", ("tiers_model", "actions_model")),
                        ("exercices", ("model",))):
        view = window.show_view(key)
        for name in models:
            model = getattr(view, name)
            assert model.rowCount() > 0
            qtmodeltester.check(model)



def _fill_next_dialog(code: str, name: str, kind_label: str, category_label: str) -> None:
    """When the tiers dialog opens: type its code (when adding) and name, choose its role and
    category, click Enregistrer. The real dialog and combos, whose item data PySide6 hands
    back as plain strings, not as the enums they were given."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from assocompta.ui.dialogs.tiers_dialog import TiersDialog

    def fill():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TiersDialog):
            QTimer.singleShot(50, fill)
            return
        dialog.name_edit.setText(name)
        if not dialog.code_edit.isReadOnly():
            dialog.code_edit.setText(code)
        kind, category = dialog.kind_combo, dialog.category_combo
        kind.setCurrentIndex(kind.findText(kind_label))
        category.setCurrentIndex(category.findText(category_label))
        dialog.ok_button.click()
    QTimer.singleShot(0, fill)


def test_a_tiers_is_added_and_edited_through_its_real_dialog(qtbot, window, no_modal_boxes):
    view = window.show_view("tiers")
    _fill_next_dialog("DON1", "Anne Le Goff", "Adhérent", "(aucune : pas une subvention)")
    view.add_tiers_button.click()
    assert no_modal_boxes == []
    at = view.tiers_model.row_of("DON1")
    assert at is not None
    assert [view.tiers_model.index(at, c).data() for c in range(3)] == [
        "DON1", "Anne Le Goff", "Adhérent"]
    view.tiers_table.selectRow(at)
    _fill_next_dialog("", "Mairie de Quimper", "Financeur (subvention)", "Commune(s)")
    view.edit_tiers_button.click()
    assert no_modal_boxes == []
    at = view.tiers_model.row_of("DON1")
    assert [view.tiers_model.index(at, c).data() for c in range(4)] == [
        "DON1", "Mairie de Quimper", "Financeur", "Commune(s)"]
