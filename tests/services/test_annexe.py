"""The annexe's figures as a treasurer reads them: each table's rows and amounts, computed
from books made as a treasurer makes them (entries, a closing, the AG's allocation)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from assocompta.domain.annexe import Paragraph, table_of
from assocompta.domain.entries import EntryDraft, LineDraft, Simple, contribution, recette
from assocompta.domain.errors import ValidationError
from assocompta.domain.money import Money
from assocompta.domain.parties import FunderCategory, TiersKind
from assocompta.services.annexe import annexe_texts, build_annexe, save_annexe_texts
from assocompta.services.closing import close_year, record_allocation
from assocompta.services.ledger import add_action, add_sub_account, add_tiers, post_entry
from assocompta.services.provisions import provision, reprise
from assocompta.services.setup import Identity, add_year, create_book
from tests.helpers import SIREN, m
from tests.services.test_closing import reconcile

D24, D25 = dt.date(2024, 6, 1), dt.date(2025, 6, 1)


def line(account, debit="", credit="", tiers=None, action=None):
    return LineDraft(account, m(debit) if debit else Money(0), m(credit) if credit else Money(0),
                     tiers=tiers, action=action)


def post(book, date, label, *lines, journal="OD"):
    post_entry(book, EntryDraft(date, journal, label, tuple(lines)))


def close(book, label="2024"):
    """The year's banks reconciled at its end (the closing asks it), then closed."""
    with book.transaction() as s:
        s.execute(text("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                       "closing_balance, finished_at) VALUES ('512', :d, 0, 0, :d)"),
                  {"d": f"{label}-12-31"})
    close_year(book, label, now=dt.datetime(int(label) + 1, 3, 1, 10, 0))


def rows(table) -> dict[str, tuple]:
    return {r.label: tuple(str(v) if v is not None else None for v in r.values)
            for r in table.rows}


@pytest.fixture
def book2024(book_path):
    """2024 on the 2018 chart: 8 150 of fonds propres at the opening, an excédent of
    1 800 (cotisations 3 000, EDF 1 200)."""
    book, _ = create_book(book_path, Identity("Les Amis", siren=SIREN), dt.date(2024, 1, 1))
    post(book, dt.date(2024, 1, 1), "Situation d'ouverture", line("512", "8 150"),
         line("1021", credit="8 150"), journal="AN")
    post(book, D24, "Cotisations", line("512", "3 000"), line("7561", credit="3 000"),
         journal="BQ")
    post(book, D24, "EDF", line("6061", "1 200"), line("512", credit="1 200"), journal="BQ")
    yield book
    book.close()


def test_fonds_propres_show_the_opening_the_ags_allocation_and_the_years_result(book2024):
    close(book2024)
    record_allocation(book2024, "2024", report=m("800"), reserves=m("1 000"),
                      date=dt.date(2025, 6, 14))
    post(book2024, D25, "Cotisations", line("512", "500"), line("7561", credit="500"),
         journal="BQ")
    annexe = build_annexe(book2024, "2025")
    table = table_of(annexe.note("fonds_propres"))
    assert table.columns == ("À l'ouverture", "Affectation du résultat", "Augmentation",
                             "Diminution ou consommation", "À la clôture")
    assert rows(table) == {
        "Fonds propres sans droit de reprise": ("8150,00", "0,00", "0,00", "0,00", "8150,00"),
        "Réserves": ("0,00", "1000,00", "0,00", "0,00", "1000,00"),
        "Report à nouveau": ("0,00", "800,00", "0,00", "0,00", "800,00"),
        "Excédent ou déficit de l'exercice": ("1800,00", "-1800,00", "500,00", "0,00",
                                              "500,00"),
        "Situation nette": ("9950,00", "0,00", "500,00", "0,00", "10450,00"),
        "TOTAL": ("9950,00", "0,00", "500,00", "0,00", "10450,00")}
    # Rows without any amount are not mentioned (art. 410-2).
    assert "Ecarts de réévaluation" not in rows(table)
    allocation = annexe.note("affectation")
    assert rows(table_of(allocation)) == {
        "Résultat de l'exercice 2024 (excédent)": ("1800,00",),
        "Affecté : 110 Report à nouveau - solde créditeur": ("800,00",),
        "Affecté : 1068 Réserves pour projet de l'entité": ("1000,00",)}
    said = [b.text for b in allocation.blocks if isinstance(b, Paragraph)]
    assert "Affectation du résultat de l'exercice 2024 : écriture du 14/06/2025." in said
    assert ("Il est proposé à l'assemblée générale d'affecter l'excédent de l'exercice, "
            "500,00 €, au report à nouveau.") in said


def test_a_result_the_ag_has_not_allocated_is_said_on_its_own(book2024):
    close(book2024)
    post(book2024, D25, "Loyer", line("613", "300"), line("512", credit="300"), journal="BQ")
    note = build_annexe(book2024, "2025").note("fonds_propres")
    # As on the bilan: the previous result on its own row, the year's alone on its own.
    table = rows(table_of(note))
    assert table["Résultat en instance d'affectation"] == (
        "1800,00", "0,00", "0,00", "0,00", "1800,00")
    assert table["Excédent ou déficit de l'exercice"] == (
        "0,00", "0,00", "0,00", "300,00", "-300,00")
    assert list(table).index("Résultat en instance d'affectation") < list(table).index(
        "Excédent ou déficit de l'exercice")
    pending = next(b for b in note.blocks if isinstance(b, Paragraph))
    assert pending.heading == "Résultat en instance d'affectation"
    assert "excédent de 1 800,00 €" in pending.text and "exercice 2024" not in pending.text


def test_autres_fonds_propres_ask_for_their_nature(book2024):
    add_sub_account(book2024, "2024", "1674", "Avances conditionnées")
    post(book2024, D24, "Avance de la fondation", line("512", "5 000"),
         line("1674", credit="5 000"), journal="BQ")
    note = build_annexe(book2024, "2024").note("fonds_propres")
    other = [b for b in note.blocks if isinstance(b, Paragraph)
             and b.heading == "Autres fonds propres"]
    assert len(other) == 1
    assert other[0].text.startswith("À compléter : nature des autres fonds propres (1674 ")
    assert "5 000,00 €" in other[0].text


def test_fonds_dedies_per_project_with_reports_utilisations_and_transfers(book2024):
    add_action(book2024, "FETE", "Fête de quartier")
    add_action(book2024, "AIDE", "Aide aux devoirs")
    post(book2024, dt.date(2024, 12, 31), "Fonds dédiés fête", line("6894", "1 500",
                                                                      action="FETE"),
         line("194", credit="1 500", action="FETE"))
    close(book2024)
    post(book2024, D25, "Utilisation fête", line("194", "1 000", action="FETE"),
         line("7894", credit="1 000", action="FETE"))
    post(book2024, D25, "Remboursement au financeur", line("194", "100", action="FETE"),
         line("512", credit="100"), journal="BQ")
    post(book2024, D25, "Transfert vers l'aide aux devoirs", line("194", "200", action="FETE"),
         line("194", credit="200", action="AIDE"))
    post(book2024, D25, "Fournitures", line("6064", "50", action="AIDE"),
         line("512", credit="50"), journal="BQ")
    post(book2024, dt.date(2025, 12, 31), "Fonds dédiés aide", line("6894", "800",
                                                                      action="AIDE"),
         line("194", credit="800", action="AIDE"))
    table = table_of(build_annexe(book2024, "2025").note("fonds_dedies"))
    assert table.columns == ("À l'ouverture", "Reports", "Utilisations", "dont remboursements",
                             "Transferts", "À la clôture",
                             "dont projets sans dépense depuis deux exercices")
    assert rows(table) == {
        "Subventions d'exploitation": ("1500,00", "800,00", "1100,00", "100,00", "0,00",
                                       "1200,00", "200,00"),
        "Aide aux devoirs": ("0,00", "800,00", "0,00", "0,00", "200,00", "1000,00", "0,00"),
        "Fête de quartier": ("1500,00", "0,00", "1100,00", "100,00", "-200,00", "200,00",
                             "200,00"),
        "TOTAL": ("1500,00", "800,00", "1100,00", "100,00", "0,00", "1200,00", "200,00")}
    assert [r.level for r in table.rows] == [0, 1, 1, 0]


def test_subsidies_by_nature_and_by_authority_naming_each_funder(book):
    funders = (("UE", "Fonds social européen", FunderCategory.FONDS_EUROPEENS),
               ("PREF", "Préfecture d'Ille-et-Vilaine", FunderCategory.ETAT),
               ("REGION", "Région Bretagne", FunderCategory.REGION),
               ("VILLE", "Ville de Rennes", FunderCategory.COMMUNE),
               ("CAF35", "CAF d'Ille-et-Vilaine", FunderCategory.ORGANISMES_SOCIAUX),
               ("MSA", "MSA Portes de Bretagne", FunderCategory.ORGANISMES_SOCIAUX))
    for code, name, category in funders:
        add_tiers(book, code, name, TiersKind.FUNDER, category)
    add_sub_account(book, "2025", "731", "Concours publics de l'État")
    for code, account, amount in (("UE", "741", "6 000"), ("PREF", "731", "2 000"),
                                  ("REGION", "741", "3 000"), ("VILLE", "741", "1 500"),
                                  ("CAF35", "741", "4 500"), ("MSA", "741", "700")):
        post_entry(book, recette(Simple(D25, m(amount), "Subvention", tiers=code),
                                 account=account, received_on="512"))
    # The region's investment subsidy: the tiers on the bank line only.
    post(book, D25, "Subvention d'équipement", line("512", "10 000", tiers="REGION"),
         line("131", credit="10 000"), journal="BQ")
    post(book, D25, "Subvention sans financeur", line("512", "250"), line("741", credit="250"),
         journal="BQ")
    table = table_of(build_annexe(book, "2025").note("subventions"))
    assert table.columns == ("Concours publics", "Subventions d'exploitation",
                             "Subventions d'investissement", "Total")
    assert [(r.label, r.level) for r in table.rows] == [
        ("Union européenne", 0), ("Fonds social européen", 1),
        ("État", 0), ("Préfecture d'Ille-et-Vilaine", 1),
        ("Collectivités territoriales", 0), ("Région Bretagne", 1), ("Ville de Rennes", 1),
        ("Caisse d'allocations familiales", 0), ("CAF d'Ille-et-Vilaine", 1),
        ("Autres", 0), ("Financeur non précisé", 1), ("MSA Portes de Bretagne", 1),
        ("TOTAL", 0)]
    got = rows(table)
    assert got["Région Bretagne"] == ("0,00", "3000,00", "10000,00", "13000,00")
    assert got["Collectivités territoriales"] == ("0,00", "4500,00", "10000,00", "14500,00")
    assert got["Préfecture d'Ille-et-Vilaine"] == ("2000,00", "0,00", "0,00", "2000,00")
    assert got["Autres"] == ("0,00", "950,00", "0,00", "950,00")
    assert got["TOTAL"] == ("2000,00", "15950,00", "10000,00", "27950,00")


def test_contributions_volontaires_per_account_and_how_they_are_valued(book):
    post_entry(book, contribution(Simple(D25, m("800"), "Bénévolat"), emploi="864",
                                  ressource="875"))
    post_entry(book, contribution(Simple(D25, m("2 400"), "Salle prêtée"), emploi="8611",
                                  ressource="871"))
    note = build_annexe(book, "2025").note("contributions")
    assert rows(table_of(note)) == {
        "Emplois (comptes 86)": ("3200,00",), "8611 Locaux": ("2400,00",),
        "864 Personnel bénévole": ("800,00",), "Ressources (comptes 87)": ("3200,00",),
        "871 Prestations en nature": ("2400,00",), "875 Bénévolat": ("800,00",)}
    # Nothing written yet: the note says what it lacks.
    assert note.blocks[0].text.startswith("À compléter : les modalités de recensement")
    save_annexe_texts(book, "2025", {"contributions": "Heures de bénévolat × SMIC horaire."})
    note = build_annexe(book, "2025").note("contributions")
    assert (note.blocks[0].heading, note.blocks[0].text, note.blocks[0].origin) == (
        "Recensement et valorisation", "Heures de bénévolat × SMIC horaire.", "ecrit")


def test_notes_without_amount_or_text_are_left_out(book):
    annexe = build_annexe(book, "2025")
    # Art. 431-2: the presentation is never left out; its empty headings ask for a text.
    assert [n.key for n in annexe.notes] == ["presentation", "methodes"]
    assert [(p.heading, p.text[:40]) for p in annexe.note("presentation").blocks] == [
        ("Objet social", "À compléter : ce que disent les statuts "),
        ("Nature et périmètre des activités ou missions sociales",
         "À compléter : les activités menées dans "),
        ("Moyens mis en œuvre", "À compléter : salariés, bénévoles, locau"),
        ("Faits caractéristiques de l'exercice", "À compléter : ce qui a marqué l'exercice")]
    save_annexe_texts(book, "2025", {"faits": "Déménagement du local en mars.",
                                     "engagements": "Caution de 5 000 € donnée au bailleur."})
    annexe = build_annexe(book, "2025")
    assert [n.key for n in annexe.notes] == ["presentation", "methodes", "engagements"]
    assert annexe.note("presentation").blocks[3] == Paragraph(
        "Faits caractéristiques de l'exercice", "Déménagement du local en mars.")
    assert annexe.note("presentation").article == "Règlement ANC n° 2018-06, art. 431-2"


def test_texts_are_written_read_and_a_blank_one_gives_the_proposal_back(book):
    written = {k: w for k, _t, w, _p in annexe_texts(book, "2025")}
    assert set(written) == {"objet", "activites", "moyens", "faits", "methodes",
                            "changement", "contributions", "engagements", "affectation", "autres"}
    assert not any(written.values())
    proposed = {k: p for k, _t, _w, p in annexe_texts(book, "2025")}
    assert proposed["methodes"].startswith("Les comptes annuels sont établis selon le "
                                           "règlement ANC n° 2018-06")
    assert save_annexe_texts(book, "2025", {"methodes": "Méthodes à nous."}) == ["methodes"]
    assert build_annexe(book, "2025").note("methodes").blocks[0].text == "Méthodes à nous."
    save_annexe_texts(book, "2025", {"methodes": "  "})
    assert build_annexe(book, "2025").note("methodes").blocks[0].text == proposed["methodes"]
    with pytest.raises(ValidationError, match="texte « objt » inconnu ; textes de l'annexe : "
                                              "objet, activites"):
        save_annexe_texts(book, "2025", {"objet": "Bien", "objt": "Mal"})
    assert not build_annexe(book, "2025").written  # all or none: « objet » not written


def test_the_association_object_is_the_proposed_objet(book_path):
    book, _ = create_book(book_path, Identity("Les Amis", siren=SIREN,
                                              object="Entraide dans le quartier"),
                          dt.date(2025, 1, 1))
    with book:
        para = build_annexe(book, "2025").note("presentation").blocks[0]
        assert (para.heading, para.text, para.origin) == (
            "Objet social", "Entraide dans le quartier", "propose")


def test_a_year_that_is_not_twelve_months_says_so(book_path):
    book, _ = create_book(book_path, Identity("Les Amis", siren=SIREN), dt.date(2024, 7, 1),
                          dt.date(2025, 12, 31))
    with book:
        add_year(book, dt.date(2026, 1, 1))
        said = {b.heading: b.text for b in build_annexe(book, "2026").note("methodes").blocks}
        assert said["Durée de l'exercice"] == (
            "L'exercice 2026 couvre 12 mois, du 01/01/2026 au 31/12/2026. L'exercice précédent "
            "(2024-2025) couvrait 18 mois : les montants des deux exercices ne sont pas "
            "directement comparables.")
        first = {b.heading: b.text for b in
                 build_annexe(book, "2024-2025").note("methodes").blocks}
        assert first["Durée de l'exercice"] == ("L'exercice 2024-2025 couvre 18 mois, du "
                                                "01/07/2024 au 31/12/2025.")


def test_fixed_assets_legs_and_fonds_reportes(book):
    post(book, D25, "Ordinateur", line("2183", "1 200"), line("512", credit="1 200"),
         journal="BQ")
    post(book, dt.date(2025, 12, 31), "Amortissement", line("6811", "400"),
         line("2818", credit="400"))
    post(book, D25, "Legs de Mme Durand", line("512", "5 000"), line("75432", credit="5 000"),
         journal="BQ")
    post(book, dt.date(2025, 12, 31), "Legs non employé", line("6891", "3 000"),
         line("191", credit="3 000"))
    annexe = build_annexe(book, "2025")
    assert rows(table_of(annexe.note("immobilisations"))) == {
        "Immobilisations (valeurs brutes)": ("0,00", "1200,00", "0,00", "1200,00"),
        "2183 Matériel de bureau et matériel informatique": ("0,00", "1200,00", "0,00",
                                                             "1200,00"),
        "Amortissements et dépréciations": ("0,00", "400,00", "0,00", "400,00"),
        "2818 Amortissements des autres immobilisations corporelles": ("0,00", "400,00",
                                                                       "0,00", "400,00"),
        "Valeurs nettes": ("0,00", None, None, "800,00")}
    assert rows(table_of(annexe.note("fonds_reportes"))) == {
        "191 Fonds reportés liés aux legs ou donations": ("0,00", "3000,00", "0,00",
                                                          "3000,00")}
    assert rows(table_of(annexe.note("legs"))) == {
        "PRODUITS": (), "CHARGES": (),
        "Montant de la rubrique de produits « Legs ou donations » (art. 213-9)": ("5000,00",),
        "Report en fonds reportés liés aux legs ou donations": ("3000,00",),
        "SOLDE DE LA RUBRIQUE": ("2000,00",)}


def test_drafts_mark_the_annexe_provisional_or_are_left_out(book):
    add_tiers(book, "VILLE", "Ville de Rennes", TiersKind.FUNDER, FunderCategory.COMMUNE)
    post_entry(book, recette(Simple(D25, m("1 000"), "Subvention", tiers="VILLE"),
                             account="741", received_on="512"))
    annexe = build_annexe(book, "2025")  # the entry is a draft (brouillard)
    assert annexe.provisional == "Document provisoire : 1 écriture en brouillard incluse"
    assert rows(table_of(annexe.note("subventions")))["Ville de Rennes"] == ("1000,00",)
    validated = build_annexe(book, "2025", validated_only=True)
    assert validated.provisional == "Annexe provisoire – exercice non clos"
    assert "subventions" not in [n.key for n in validated.notes]


def test_one_entry_reporting_and_using_fonds_dedies_splits_by_line(book2024):
    """The year-end entry of many associations: a project's unused subsidy reported and
    another's funds used, in one entry; the 19x lines carry no project (the 689/789 do)."""
    add_action(book2024, "FETE", "Fête de quartier")
    add_action(book2024, "AIDE", "Aide aux devoirs")
    post(book2024, dt.date(2024, 12, 31), "Fonds dédiés fête", line("6894", "1 500",
                                                                      action="FETE"),
         line("194", credit="1 500", action="FETE"))
    close(book2024)
    post(book2024, dt.date(2025, 12, 31), "Fonds dédiés de l'exercice",
         line("6894", "800", action="AIDE"), line("194", credit="800"),
         line("194", "600"), line("7894", credit="600", action="FETE"))
    annexe = build_annexe(book2024, "2025")
    # New funds (Aide) are not « sans dépense depuis deux exercices »; the fête's are.
    assert rows(table_of(annexe.note("fonds_dedies"))) == {
        "Subventions d'exploitation": ("1500,00", "800,00", "600,00", "0,00", "0,00",
                                       "1700,00", "900,00"),
        "Aide aux devoirs": ("0,00", "800,00", "0,00", "0,00", "0,00", "800,00", "0,00"),
        "Fête de quartier": ("1500,00", "0,00", "600,00", "0,00", "0,00", "900,00", "900,00"),
        "TOTAL": ("1500,00", "800,00", "600,00", "0,00", "0,00", "1700,00", "900,00")}


def test_no_project_is_idle_in_a_books_first_year(book2024):
    add_action(book2024, "FETE", "Fête de quartier")
    post(book2024, dt.date(2024, 1, 1), "Reprise des fonds dédiés", line("512", "700"),
         line("194", credit="700", action="FETE"), journal="AN")
    idle = rows(table_of(build_annexe(book2024, "2024").note("fonds_dedies")))["TOTAL"][-1]
    assert idle == "0,00"


def test_the_annexes_funds_meet_the_bilan_and_the_compte_de_resultat(book2024):
    add_action(book2024, "FETE", "Fête de quartier")
    add_action(book2024, "AIDE", "Aide aux devoirs")
    post(book2024, dt.date(2024, 12, 31), "Fonds dédiés fête", line("6894", "1 500",
                                                                      action="FETE"),
         line("194", credit="1 500", action="FETE"))
    close(book2024)
    post(book2024, dt.date(2025, 12, 31), "Fonds dédiés de l'exercice",
         line("6894", "800", action="AIDE"), line("194", credit="800"),
         line("194", "600"), line("7894", credit="600", action="FETE"))
    post(book2024, D25, "Remboursement au financeur", line("194", "100", action="FETE"),
         line("512", credit="100"), journal="BQ")
    annexe = build_annexe(book2024, "2025")
    assert [c[2] for c in annexe.note("fonds_dedies").checks] == [
        "Fonds dédiés à la clôture : 1 600,00 € = bilan, fonds dédiés (194–196) 1 600,00 €",
        "Reports de l'exercice : 800,00 € = compte de résultat, reports en fonds dédiés (689) "
        "800,00 €",
        "Utilisations hors remboursements : 600,00 € = compte de résultat, utilisations des "
        "fonds dédiés (789) 600,00 €"]
    (fp,) = annexe.note("fonds_propres").checks
    assert fp[1] and fp[2].startswith("Fonds propres à la clôture : ")


def test_provisions_and_depreciations_with_their_reasons_across_two_years(book):
    """A dispute provided for, a member's receivable depreciated, the next year a part of
    the provision taken back: the note lists each with its reason and meets the bilan."""
    add_tiers(book, "CLUB", "Club voisin", TiersKind.OTHER)
    post(book, D25, "Prestation au club voisin", line("411", "800", tiers="CLUB"),
         line("706", credit="800"))
    assert "provisions" not in [n.key for n in build_annexe(book, "2025").notes]
    risk = provision(book, "2025", "risques", None, m("2 000"), "Litige prud'homal X")
    provision(book, "2025", "creances", None, m("300"), "Club voisin en difficulté",
              tiers="CLUB")
    note = build_annexe(book, "2025").note("provisions")
    assert note.title == "Provisions et dépréciations"
    table = table_of(note)
    assert table.columns == ("À l'ouverture", "Dotations", "Reprises", "À la clôture")
    assert rows(table) == {
        "Provisions pour risques et charges": ("0,00", "2000,00", "0,00", "2000,00"),
        "151 Provisions pour risques : Litige prud'homal X": ("0,00", "2000,00", "0,00",
                                                             "2000,00"),
        "Dépréciations des créances": ("0,00", "300,00", "0,00", "300,00"),
        "491 Dépréciations des comptes de clients – Club voisin : Club voisin en "
        "difficulté": ("0,00", "300,00", "0,00", "300,00"),
        "TOTAL": ("0,00", "2300,00", "0,00", "2300,00")}
    assert [(r.kind, r.level) for r in table.rows] == [
        ("subtotal", 0), ("line", 1), ("subtotal", 0), ("line", 1), ("total", 0)]
    assert [c[1:] for c in note.checks] == [
        (True, "Provisions pour risques et charges à la clôture : 2 000,00 € = bilan, "
               "provisions (15) 2 000,00 €"),
        (True, "Dépréciations des créances à la clôture : 300,00 € = bilan, dépréciations "
               "des créances à déduire (49) 300,00 €")]

    reconcile(book, "512", "2025-12-31")
    close_year(book, "2025")
    reprise(book, "2026", risk, m("500"), "Transaction signée : risque réduit",
            date=dt.date(2026, 6, 30))
    note = build_annexe(book, "2026").note("provisions")
    assert rows(table_of(note)) == {
        "Provisions pour risques et charges": ("2000,00", "0,00", "500,00", "1500,00"),
        "151 Provisions pour risques : Litige prud'homal X": ("2000,00", "0,00", "500,00",
                                                             "1500,00"),
        "Dépréciations des créances": ("300,00", "0,00", "0,00", "300,00"),
        "491 Dépréciations des comptes de clients – Club voisin : Club voisin en "
        "difficulté": ("300,00", "0,00", "0,00", "300,00"),
        "TOTAL": ("2300,00", "0,00", "500,00", "1800,00")}
    assert all(ok for _label, ok, _said in note.checks)
    # The reprise says why, after the table; 2025 had none.
    (taken,) = [b for b in note.blocks if isinstance(b, Paragraph)]
    assert (taken.heading, taken.text, taken.origin) == (
        "Reprises de l'exercice", "30/06/2026 : 500,00 € – Transaction signée : risque réduit "
        "(reprise sur 151 Provisions pour risques)", "calcule")
    assert not [b for b in build_annexe(book, "2025").note("provisions").blocks
                if isinstance(b, Paragraph)]
    # Drafts left out: the reprise is a draft, the à-nouveaux are not.
    validated = build_annexe(book, "2026", validated_only=True).note("provisions")
    assert rows(table_of(validated))["TOTAL"] == ("2300,00", "0,00", "0,00", "2300,00")


def test_the_methods_say_how_the_year_end_work_was_done(book):
    """A laptop depreciated over 3 years, an insurance paid ahead: the proposed « Règles et
    méthodes » say the depreciation and cut-off methods; without them, it says neither."""
    from assocompta.services.assets import asset_from_entry
    from assocompta.services.year_end_steps import year_end_step
    from assocompta.services.year_end import book_proposals

    def methods():
        return {k: p for k, _t, _w, p in annexe_texts(book, "2025")}["methodes"]

    assert "linéaire" not in methods() and "constatés d'avance" not in methods()
    bought = post_entry(book, EntryDraft(dt.date(2025, 3, 15), "BQ", "Ordinateur portable", (
        line("2183", "1 200"), line("512", credit="1 200"))))
    asset_from_entry(book, bought.entry_id, life_months=36)
    post(book, dt.date(2025, 10, 1), "Assurance multirisque MAIF", line("616", "600"),
         line("512", credit="600"), journal="BQ")
    for key in ("immobilisations", "regularisations"):
        book_proposals(book, "2025", year_end_step(book, "2025", key).proposals)
    said = methods()
    assert "amorties selon le mode linéaire sur leur durée d'utilisation (3 ans)" in said
    assert "charges ou en produits constatés d'avance" in said and "art. 142-8" in said
    assert "fonds dédiés" not in said


def test_a_multi_year_subsidy_is_granted_once_whatever_the_cut_off(book):
    """3 000 € for 2025-2026 granted in September 2025: 1 997,26 € of it put in 487 at the
    closing; the annexe's table of subsidies granted says 3 000 € in 2025 and nothing in
    2026, where the extourne brings the 487 back to income."""
    from assocompta.services.year_end import book_proposals
    from assocompta.services.year_end_steps import year_end_step
    add_tiers(book, "VILLE", "Ville de Rennes", TiersKind.FUNDER, FunderCategory.COMMUNE)
    post(book, dt.date(2025, 9, 1), "Subvention ateliers 2025-2026",
         line("512", "3 000"), line("741", credit="3 000", tiers="VILLE"), journal="BQ")
    book_proposals(book, "2025", year_end_step(book, "2025", "regularisations").proposals)
    assert rows(table_of(build_annexe(book, "2025").note("subventions")))[
        "Ville de Rennes"] == ("3000,00",)
    close(book, "2025")
    assert "subventions" not in [n.key for n in build_annexe(book, "2026").notes]
