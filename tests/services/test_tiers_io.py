"""Donor and member lists as associations keep them, imported all or nothing, re-imported
without duplicates, exported and read back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from assocompta.domain.errors import ImportFailed
from assocompta.domain.money import Money
from assocompta.domain.parties import TiersKind, TiersNature
from assocompta.services.ledger import add_tiers
from assocompta.services.members import members
from assocompta.services.parties import tiers_row, tiers_rows, update_tiers
from assocompta.services.tiers_io import export_tiers, import_tiers

DATA = Path(__file__).resolve().parents[1] / "data"


def _snapshot(book) -> list:
    with book.reading() as conn:
        return [tuple(r) for table in ("tiers", "membership")
                for r in conn.execute(f"SELECT * FROM {table} ORDER BY id")]


def test_a_secretarys_cp1252_members_list(book):
    r = import_tiers(book, DATA / "adherents_2025_cp1252.csv", "2025")
    assert r.created == ("A001", "A002", "A003", "A004", "A005") and r.updated == ()
    assert r.members == 5 and r.ignored_columns == ("Remarques",)
    anne = tiers_row(book, "A001")
    assert (anne.name, anne.civility, anne.nature, anne.postcode, anne.city, anne.email,
            anne.kind) == ("Anne Le Goff", "Mme", TiersNature.PERSON, "29000", "Quimper",
                           "anne.legoff@example.fr", TiersKind.MEMBER)
    elodie = tiers_row(book, "A003")
    assert (elodie.name, elodie.civility, elodie.address, elodie.postcode) == (
        "Élodie Hervé", "Mme", "Résidence Les Tilleuls\nBât. B, appt 12", "35700")
    jurgen = tiers_row(book, "A004")
    assert (jurgen.name, jurgen.civility, jurgen.postcode, jurgen.country) == (
        "Jürgen Müller", "M.", "10115", "Allemagne")  # abroad: the postcode as written
    assert tiers_row(book, "A005").postcode == "01000"  # Excel's lost leading zero
    fees = {m.code: (m.fee, m.joined_on.isoformat()) for m in members(book, "2025").rows}
    assert fees["A001"] == (Money(2000), "2024-09-14") and fees["A005"][0] == Money(0)
    assert fees["A003"][0] == Money(1000)
    assert "TOTAL" not in {t.name.upper() for t in tiers_rows(book)}


def test_a_donors_list_with_companies_utf8_bom_and_commas(book):
    r = import_tiers(book, DATA / "donateurs_utf8_bom.csv")
    assert r.members == 0 and len(r.created) == 5
    rows = {t.name: t for t in tiers_rows(book)}
    bakery = rows["Boulangerie Martin"]
    assert (bakery.nature, bakery.siren, bakery.legal_form, bakery.year_end, bakery.address,
            bakery.first_name) == (TiersNature.COMPANY, "512345679", "SARL", "06-30",
                                   "18, rue Saint-Malo\nZA des Longs Champs", "Paul")
    assert rows["Imprimerie du Centre"].nature is TiersNature.COMPANY
    assert rows["Comité des fêtes de Cesson"].nature is TiersNature.ASSOCIATION
    assert rows["Aïssatou N'Diaye"].nature is TiersNature.PERSON
    assert all(t.kind is TiersKind.OTHER for t in rows.values())  # donors, not members


def test_an_excel_sheet_with_numbers_dates_and_a_member_column(book):
    r = import_tiers(book, DATA / "membres_2025.xlsx", "2025")
    assert len(r.created) == 3 and r.members == 2  # Camille Petit: « Membre : non »
    rows = {t.name: t for t in tiers_rows(book)}
    assert rows["Anne Le Goff"].phone == "0612345678"
    assert rows["Luc Bernard"].postcode == "01000" and rows["Luc Bernard"].civility == "M."
    assert rows["Camille Petit"].kind is TiersKind.OTHER
    listed = {m.name: m for m in members(book, "2025").rows}
    assert listed["Luc Bernard"].fee == Money(2550)
    assert listed["Luc Bernard"].joined_on.isoformat() == "2025-01-08"
    assert "Camille Petit" not in listed


def test_a_bad_line_writes_nothing_and_names_line_and_column(book, tmp_path):
    add_tiers(book, "EDF", "EDF")
    before = _snapshot(book)
    bad = tmp_path / "dons.csv"
    bad.write_text("Nom;Prénom;CP;Courriel;SIREN;Cotisation\n"
                   "Dupont;Marie;35000;marie@example.fr;;20\n"
                   "\n"
                   "Durand;Paul;3500;paul@example.fr;;20\n"  # 4 digits: a lost 0, accepted
                   "Garage Ouest;;35000;garage(at)example.fr;;\n"
                   "Simon;Léa;Rennes;;;vingt\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failed:
        import_tiers(book, bad, "2025")
    text_ = str(failed.value)
    assert "dons.csv, ligne 5, champ Courriel : adresse e-mail « garage(at)example.fr »" in text_
    assert "dons.csv, ligne 6, champ CP : code postal « Rennes » : 5 chiffres" in text_ \
        or "dons.csv, ligne 6, champ Cotisation" in text_
    assert "Rien n'a été importé" in text_
    assert _snapshot(book) == before


def test_every_bad_line_is_named_at_once(book, tmp_path):
    bad = tmp_path / "liste.csv"
    bad.write_text("Nom;Prénom;SIREN;Civilité;Date d'adhésion\n"
                   "Dupont;Marie;;Dr;\n"
                   "Entreprise X;;123 456 789;;\n"
                   ";;;;\n"
                   ";Jean;;;31/02/2025\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failed:
        import_tiers(book, bad)
    lines = [(p.line, p.field) for p in failed.value.problems]
    assert lines == [(2, "Civilité"), (3, "SIREN"), (5, "Date d'adhésion")]
    assert tiers_rows(book) == []


def test_reimport_updates_rather_than_duplicates(book, tmp_path):
    import_tiers(book, DATA / "adherents_2025_cp1252.csv", "2025")
    count = len(tiers_rows(book))
    # The same people again, without codes: found by name and postcode; a new e-mail kept.
    again = tmp_path / "maj.csv"
    again.write_text("Nom;Prénom;Code postal;E-mail;Téléphone\n"
                     "Le Goff;Anne;29000;anne@nouvelle.example;\n"
                     "Dupont;Jean-François;35000;;02 99 00 00 00\n", encoding="utf-8")
    r = import_tiers(book, again)
    assert r.created == () and r.updated == ("A001", "A002")
    assert len(tiers_rows(book)) == count
    assert tiers_row(book, "A001").email == "anne@nouvelle.example"
    jf = tiers_row(book, "A002")
    assert (jf.email, jf.phone) == ("jf.dupont@example.org", "02 99 00 00 00")  # kept + added


def test_an_older_tiers_without_postcode_is_found_and_its_address_split(book, tmp_path):
    add_tiers(book, "DUPONT", "Marie Dupont")
    update_tiers(book, "DUPONT", "Marie Dupont", TiersKind.OTHER, None,
                 "8 rue de la Paix\n35000 Rennes")
    src = tmp_path / "l.csv"
    src.write_text("Nom complet;CP;Ville;Courriel\nMarie Dupont;35000;Rennes;m@example.fr\n",
                   encoding="utf-8")
    assert import_tiers(book, src).updated == ("DUPONT",)
    t = tiers_row(book, "DUPONT")
    assert (t.address, t.postcode, t.city, t.email) == ("8 rue de la Paix", "35000", "Rennes",
                                                        "m@example.fr")


def test_the_same_person_twice_in_a_file_is_named(book, tmp_path):
    src = tmp_path / "l.csv"
    src.write_text("Nom;Prénom;CP\nDupont;Marie;35000\nDUPONT;Marie;35000\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="ligne 3.*même tiers que la ligne 2"):
        import_tiers(book, src)
    assert tiers_rows(book) == []


@pytest.mark.parametrize("ext", [".csv", ".xlsx"])
def test_export_round_trip(book, tmp_path, ext):
    import_tiers(book, DATA / "adherents_2025_cp1252.csv", "2025")
    import_tiers(book, DATA / "donateurs_utf8_bom.csv")
    before = tiers_rows(book)
    dest = export_tiers(book, tmp_path / f"tiers{ext}")
    if ext == ".csv":
        raw = dest.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbfCode;Nom complet;Nature;")  # Excel's French CSV
    r = import_tiers(book, dest)
    assert r.created == () and len(r.updated) == len(before)
    assert tiers_rows(book) == before
    # Into another book, the copy is the same tiers.
    other_path = tmp_path / "autre.assocompta"
    from assocompta.services.setup import Identity, create_book
    import datetime as dt
    other, _ = create_book(other_path, Identity("Autre"), dt.date(2025, 1, 1))
    try:
        import_tiers(other, dest)
        strip = [(t.code, t.name, t.nature, t.civility, t.address, t.postcode, t.city,
                  t.country, t.email, t.phone, t.siren, t.legal_form, t.year_end)
                 for t in before]
        assert [(t.code, t.name, t.nature, t.civility, t.address, t.postcode, t.city,
                 t.country, t.email, t.phone, t.siren, t.legal_form, t.year_end)
                for t in tiers_rows(other)] == strip
    finally:
        other.close()


def test_a_file_without_a_names_header_is_refused(book, tmp_path):
    src = tmp_path / "x.csv"
    src.write_text("Date;Libellé;Montant\n01/02/2025;Don;20\n", encoding="utf-8")
    with pytest.raises(Exception, match="aucune ligne d'en-tête reconnue"):
        import_tiers(book, src)


def test_an_old_excel_file_is_named(book, tmp_path):
    src = tmp_path / "liste.xls"
    shutil.copy(DATA / "adherents_2025_cp1252.csv", src)
    with pytest.raises(Exception, match="enregistrez le classeur au format .xlsx"):
        import_tiers(book, src)


def test_formula_text_is_neutralised_on_export(book, tmp_path):
    add_tiers(book, "X", "=HYPERLINK(\"http://x\")")
    dest = export_tiers(book, tmp_path / "t.csv")
    assert "X;\"'=HYPERLINK" in dest.read_text(encoding="utf-8-sig")
    assert import_tiers(book, dest).updated == ("X",)
    assert tiers_row(book, "X").name == "=HYPERLINK(\"http://x\")"
