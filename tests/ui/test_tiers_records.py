"""Donors and members in the app: the tiers record dialog for a person and a company, the
« Importer des tiers… » action (all or nothing, the line and column named), the Adhérents
view with who paid their cotisation, and its export. The real widgets throughout."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.money import Money
from assocompta.domain.parties import TiersNature
from assocompta.services.ledger import post_entry
from assocompta.services.parties import tiers_row
from assocompta.ui.dialogs.tiers_dialog import TiersDialog
from tests.ui.test_chart_undo import UNDO, _press

DATA = Path(__file__).resolve().parents[1] / "data"


def _when_dialog(act) -> None:
    """Run ``act(dialog)`` once the real tiers dialog is open."""
    def wait():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TiersDialog):
            QTimer.singleShot(50, wait)
            return
        act(dialog)
    QTimer.singleShot(0, wait)


def _choose(combo, text: str) -> None:
    at = combo.findText(text)
    assert at >= 0, text
    combo.setCurrentIndex(at)


def test_a_person_is_added_with_every_detail(qtbot, window, no_modal_boxes):
    view = window.show_view("tiers")
    seen = {}

    def fill(dialog: TiersDialog) -> None:
        _choose(dialog.nature_combo, "Particulier")
        seen["company shown"] = dialog.company_box.isVisible()
        seen["person shown"] = dialog.person_label.text() == "&Personne"
        _choose(dialog.civility_combo, "Mme")
        dialog.first_name_edit.setText("Élodie")
        dialog.last_name_edit.setText("Hervé")
        seen["name"], seen["code"] = dialog.name_edit.text(), dialog.code_edit.text()
        dialog.address_edit.setPlainText("Résidence Les Tilleuls\nBât. B")
        dialog.postcode_edit.setText("35 700")
        dialog.city_edit.setText("Rennes")
        dialog.email_edit.setText("elodie.herve@example.fr")
        dialog.phone_edit.setText("06 12 34 56 78")
        dialog.ok_button.click()
    _when_dialog(fill)
    view.add_tiers_button.click()
    assert no_modal_boxes == []
    assert seen == {"company shown": False, "person shown": True, "name": "Élodie Hervé",
                    "code": "ELODIEHERVE"}
    t = tiers_row(window.session.book, "ELODIEHERVE")
    assert (t.nature, t.civility, t.first_name, t.last_name, t.address, t.postcode, t.city,
            t.email, t.phone) == (TiersNature.PERSON, "Mme", "Élodie", "Hervé",
                                  "Résidence Les Tilleuls\nBât. B", "35700", "Rennes",
                                  "elodie.herve@example.fr", "06 12 34 56 78")
    at = view.tiers_model.row_of("ELODIEHERVE")
    assert view.tiers_model.index(at, 4).data() == "Résidence Les Tilleuls, Bât. B, 35700 Rennes"
    assert view.tiers_model.index(at, 5).data() == "Particulier"
    _press(qtbot, window, UNDO)
    assert view.tiers_model.row_of("ELODIEHERVE") is None


def test_a_company_gets_its_siren_and_a_wrong_one_is_said_in_the_dialog(qtbot, window,
                                                                      no_modal_boxes):
    view = window.show_view("tiers")
    view.tiers_table.selectRow(view.tiers_model.row_of("BRICO"))
    seen = {}

    def fill(dialog: TiersDialog) -> None:
        _choose(dialog.nature_combo, "Entreprise")
        seen["company"] = (dialog.company_box.isVisible(), dialog.year_end_edit.isVisible(),
                           dialog.person_label.text())  # a company's person: its contact
        dialog.siren_edit.setText("512 345 678")  # one digit wrong
        dialog.legal_form_edit.setText("SAS")
        dialog.year_end_edit.setText("30/06")
        dialog.postcode_edit.setText("35000")
        dialog.ok_button.click()
        seen["error"] = dialog.error_label.text()
        seen["still open"] = dialog.isVisible()
        seen["focus"] = dialog.focusWidget() is dialog.siren_edit
        dialog.siren_edit.setText("512 345 679")
        dialog.ok_button.click()
    _when_dialog(fill)
    view.edit_tiers_button.click()
    assert seen["company"] == (True, True, "&Interlocuteur")
    assert "la clé de contrôle est fausse" in seen["error"] and seen["still open"]
    assert seen["focus"]
    t = tiers_row(window.session.book, "BRICO")
    assert (t.nature, t.siren, t.legal_form, t.year_end, t.postcode) == (
        TiersNature.COMPANY, "512345679", "SAS", "06-30", "35000")
    assert no_modal_boxes == []
    _press(qtbot, window, UNDO)  # the record as it was
    t = tiers_row(window.session.book, "BRICO")
    assert (t.nature, t.siren, t.year_end) == (TiersNature.UNKNOWN, "", "12-31")


def _import(qtbot, window, source: Path, members: bool):
    task = window.task_menus.import_tiers(source, members=members)
    qtbot.waitUntil(lambda: not task.thread_.is_alive(), timeout=30_000)
    qtbot.wait(50)
    return task


def test_importing_a_members_list_then_who_paid(qtbot, window, no_modal_boxes):
    window.session.set_year("2025")
    _import(qtbot, window, DATA / "adherents_2025_cp1252.csv", members=True)
    assert no_modal_boxes == []
    assert "5 tiers créés, 0 mis à jour ; 5 adhérents de l'exercice 2025" in \
        window.statusBar().currentMessage()
    assert "adherents" in window.views  # the window shows the members just imported
    book = window.session.book
    for code, cents in (("A001", 2000), ("A002", 1000)):
        post_entry(book, EntryDraft(dt.date(2025, 3, 1), "BQ", "Cotisation", (
            LineDraft("512", debit=Money(cents)), LineDraft("7561", credit=Money(cents),
                                                            tiers=code))))
    window.session.notify()
    view = window.show_view("adherents")
    rows = {view.model.index(r, 0).data(): [view.model.index(r, c).data() for c in range(7)]
            for r in range(view.model.rowCount())}
    assert rows["A001"][6] == "à jour" and rows["A002"][6] == "partiel"
    assert rows["A003"][6] == "non payée"
    assert rows["A002"][4].replace("\u202f", " ").replace("\xa0", " ") == "10,00 €"
    assert "5 adhérents" in view.summary.text()
    view.unpaid_only.setChecked(True)
    assert {view.model.index(r, 0).data() for r in range(view.model.rowCount())} == {
        "A002", "A003", "A004"}


def test_a_bad_list_is_refused_line_and_column_named(qtbot, window, no_modal_boxes, tmp_path):
    before = window.session.conn.execute("SELECT count(*) FROM tiers").fetchone()[0]
    bad = tmp_path / "adherents.csv"
    bad.write_text("Nom;Prénom;CP;Courriel\nDupont;Marie;35000;marie@example.fr\n"
                   "Durand;Paul;350;paul@example.fr\n", encoding="utf-8")
    _import(qtbot, window, bad, members=True)
    qtbot.waitUntil(lambda: bool(no_modal_boxes), timeout=5000)
    assert "Import de adherents.csv refusé : rien n'a été écrit." in no_modal_boxes[-1]
    assert "adherents.csv, ligne 3, champ CP : code postal « 350 »" in no_modal_boxes[-1]
    assert window.session.conn.execute("SELECT count(*) FROM tiers").fetchone()[0] == before


def test_the_import_button_asks_for_the_file(qtbot, window, no_modal_boxes, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(DATA / "donateurs_utf8_bom.csv"), ""))
    view = window.show_view("tiers")
    view.import_tiers_button.click()  # the members question is answered « Ok »: donors only
    task = window.task_menus.last_task
    qtbot.waitUntil(lambda: not task.thread_.is_alive(), timeout=30_000)
    qtbot.waitUntil(lambda: view.tiers_model.row_of("BOULANGERIEMARTI") is not None,
                    timeout=5000)
    at = view.tiers_model.row_of("BOULANGERIEMARTI")
    assert view.tiers_model.index(at, 5).data() == "Entreprise"


def test_members_exported_and_inscribed(qtbot, window, no_modal_boxes, tmp_path):
    window.session.set_year("2025")
    _import(qtbot, window, DATA / "membres_2025.xlsx", members=True)
    view = window.show_view("adherents")
    assert view.add_member(["15,00", "01/02/2025", "EDF"]) == "EDF"
    assert view.selected().code == "EDF" and view.selected().fee == Money(1500)
    assert view.change_fee("12,50")
    assert view.selected().fee == Money(1250)
    dest = view.export_list(tmp_path / "cotisations.csv")
    lines = dest.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Code;Nom;Cotisation attendue;Payé;Reste dû")
    assert any(line.startswith("EDF;EDF;12,50;0,00;12,50;;non payée;01/02/2025") for line in lines)
    _press(qtbot, window, UNDO)
    _press(qtbot, window, UNDO)
    view.activate()
    assert "EDF" not in {r.code for r in view.listing.rows}


def test_the_members_model_passes_qt_model_tester(qtmodeltester, window, qtbot):
    window.session.set_year("2025")
    _import(qtbot, window, DATA / "adherents_2025_cp1252.csv", members=True)
    view = window.show_view("adherents")
    assert view.model.rowCount() > 0
    qtmodeltester.check(view.model)


def test_a_new_member_typed_in_an_entry_is_a_person(qtbot, window):
    from assocompta.domain.parties import TiersKind
    from assocompta.ui.dialogs.new_party_dialog import NewPartyDialog
    dialog = NewPartyDialog(window.session, "Paul Neveu", TiersKind.MEMBER)
    qtbot.addWidget(dialog)
    assert dialog.nature_combo.currentText() == "Particulier"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(TiersKind.SUPPLIER.value))
    assert dialog.nature_combo.currentText() == "Entreprise"  # follows the type until chosen
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(TiersKind.MEMBER.value))
    dialog.create()
    assert tiers_row(window.session.book, dialog.code).nature is TiersNature.PERSON
