"""The compte rendu financier (CERFA 15059*02) as the funder reads it: the unspent subsidy on
its own line, indirect charges at the treasurer's rate, ressources propres that balance the
table, the treasurer's texts in the PDF and the workbook, the gaps to explain."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess

import pytest
from openpyxl import load_workbook

from assocompta.domain.entries import EntryDraft, LineDraft, Simple, depense, recette
from assocompta.domain.errors import ValidationError
from assocompta.domain.money import Money
from assocompta.domain.parties import FunderCategory, TiersKind
from assocompta.reports.model import Percent, RowKind
from assocompta.services import compte_rendu as cr
from assocompta.services.budget import import_budget
from assocompta.services.ledger import add_action, add_tiers, post_entry
from assocompta.services.reports import build_budget_report
from tests.helpers import m

BUDGET = """compte;montant;libelle;action;financeur;type_financeur
6064;5 000;Fournitures;ECOLE;;
641;4 000;Animatrice;ECOLE;;
741;10 000;Subvention;ECOLE;Ville de Rennes;commune
613;2 400;Loyer;;;
7561;3 000;Cotisations;;;
"""
FONDS_DEDIES = "689 – Reports en fonds dédiés (part non utilisée de la subvention)"
INDIRECT = "Charges indirectes affectées à l'action"
OWN = "Ressources propres affectées à l'action"


@pytest.fixture
def school(book, tmp_path):
    """2025: the Ville gives 10 000 to the ECOLE action, which spends 8 000 and moves the
    2 000 left to fonds dédiés (6894); the association's own costs bear no action."""
    add_tiers(book, "VILLE", "Ville de Rennes", TiersKind.FUNDER, FunderCategory.COMMUNE)
    add_action(book, "ECOLE", "Aide aux devoirs")
    d = dt.date(2025, 3, 1)
    post_entry(book, recette(Simple(d, m("10 000"), "Subvention", tiers="VILLE",
                                    action="ECOLE"), account="741", received_on="512"))
    post_entry(book, depense(Simple(d, m("5 000"), "Fournitures", action="ECOLE"),
                             account="6064", paid_from="512"))
    post_entry(book, depense(Simple(d, m("3 000"), "Animatrice", action="ECOLE"),
                             account="641", paid_from="512"))
    post_entry(book, EntryDraft(dt.date(2025, 12, 31), "OD", "Subvention non utilisée", (
        LineDraft("6894", debit=m("2 000"), action="ECOLE"),
        LineDraft("194", credit=m("2 000")))))
    post_entry(book, depense(Simple(d, m("2 400"), "Loyer"), account="613", paid_from="512"))
    post_entry(book, depense(Simple(d, m("80"), "Intérêts"), account="661", paid_from="512"))
    post_entry(book, depense(Simple(d, m("400"), "Électricité"), account="6061",
                             paid_from="512"))
    post_entry(book, recette(Simple(d, m("3 000"), "Cotisations"), account="7561",
                             received_on="512"))
    source = tmp_path / "budget.csv"
    source.write_text(BUDGET, encoding="utf-8")
    import_budget(book, "2025", source)
    return book


def _table(book, action="ECOLE", funder="VILLE"):
    return dict(cr.build(book, "2025", action, funder))["2. Tableau"]


def values(report, label):
    return report.row(label).values


def test_the_unspent_subsidy_is_on_its_own_line_not_in_68(school):
    table = _table(school)
    assert values(table, FONDS_DEDIES)[:2] == (Money(0), m("2 000"))
    assert values(table, "68 – Dotation aux amortissements")[:2] == (Money(0), Money(0))
    # The funder finds its subsidy on its line, named.
    assert values(table, "Ville de Rennes (financeur destinataire)")[:2] == (m("10 000"),
                                                                           m("10 000"))


def test_indirect_charges_follow_the_rate_the_treasurer_typed(school):
    table = _table(school)
    assert values(table, INDIRECT)[:2] == (Money(0), Money(0))  # no rate typed yet
    cr.save(school, "2025", {"taux_indirect": "12,5"}, "ECOLE", "VILLE")
    table = _table(school)
    # Réalisation: 12,5 % of the charges of no action: 613 (2 400) fixed, 661 (80) financial,
    # 6061 (400) other. Prévision: of the budget lines of no action (613: 2 400).
    assert values(table, "Charges fixes de fonctionnement")[:2] == (m("300"), m("300"))
    assert values(table, "Frais financiers")[:2] == (Money(0), m("10"))
    assert values(table, "Autres")[:2] == (Money(0), m("50"))
    assert values(table, INDIRECT)[:2] == (m("300"), m("360"))
    annexe = dict(cr.build(school, "2025", "ECOLE", "VILLE"))["3. Annexe"]
    assert any("12,5 % des charges sans action des comptes 60 à 64 et 66" in r.label
               and "Base : prévision 2 400,00 €" in r.label
               and "réalisation 2 880,00 €" in r.label for r in annexe.rows)
    # The texts are per action and funder: the whole association's has no rate.
    assert cr.read(school, "2025", "ECOLE", None) == {}


def test_ressources_propres_balance_the_table(school):
    cr.save(school, "2025", {"taux_indirect": "12,5"}, "ECOLE", "VILLE")
    table = _table(school)
    # Réalisation: charges 5 000 + 3 000 + 2 000 + 360 = 10 360, subsidy 10 000.
    assert values(table, OWN)[1] == m("360")
    assert values(table, "TOTAL DES CHARGES")[:2] == values(table, "TOTAL DES PRODUITS")[:2]
    assert values(table, "TOTAL DES CHARGES")[1] == m("10 360")
    # Prévision: charges 9 300 below the 10 000 planned: the surplus balances, no own money.
    assert values(table, OWN)[0] == Money(0)
    assert values(table, "Excédent de l'action (produits supérieurs aux charges)")[0] == m("700")
    assert values(table, "TOTAL DES CHARGES")[0] == m("10 000")
    assert values(table, "TOTAL DES CHARGES")[2] == Percent("1.036")
    assert table.columns == ("Prévision", "Réalisation", "%") and table.ok


def test_a_gap_over_the_threshold_is_listed_in_the_annexe(school):
    annexe = dict(cr.build(school, "2025", "ECOLE", "VILLE"))["3. Annexe"]
    listed = [r.label for r in annexe.rows if r.kind is RowKind.LINE]
    # 641: 3 000 spent of 4 000 planned (−25 %); 689 not planned at all.
    assert "64 – Charges de personnel — Rémunération des personnels" in listed
    assert FONDS_DEDIES in listed
    assert not any(label.startswith("60 – Achats") for label in listed)  # as planned
    # The rubric whose gap is all in one sub-line is listed once, by its sub-line.
    assert "64 – Charges de personnel" not in listed
    texts = [r.label for r in annexe.rows if r.kind is RowKind.TEXT]
    assert any("plus de 20 %" in t for t in texts)
    assert not any("choisi par l'application" in t for t in texts)


def test_texts_in_the_pdf_the_workbook_and_the_csv(school, tmp_path):
    cr.save(school, "2025", {"bilan_qualitatif": "Quarante enfants suivis.\nQuatre soirs.",
                             "ecarts": "L'animatrice a été recrutée en mars.",
                             "taux_indirect": "10"}, "ECOLE", "VILLE")
    reports = cr.build(school, "2025", "ECOLE", "VILLE")
    pdf = cr.write(reports, tmp_path / "cr.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Quarante enfants suivis." in text and "Quatre soirs." in text
    assert "L'animatrice a été recrutée en mars." in text
    assert "15059*02" in text and "11 octobre 2006" in text and "12156" not in text
    assert "(à compléter par l'association)" in text  # the questions left open
    wb = load_workbook(cr.write(reports, tmp_path / "cr.xlsx"))
    assert wb.sheetnames == ["1. Bilan qualitatif", "2. Tableau", "3. Annexe",
                             "Contrôles"]  # the checks, apart from the form (issue 16)
    cells = [c.value for row in wb["1. Bilan qualitatif"].iter_rows() for c in row]
    assert "Quarante enfants suivis.\nQuatre soirs." in cells
    table = {row[0].value: row for row in wb["2. Tableau"].iter_rows()}
    assert table[FONDS_DEDIES][2].value == 2000
    lines = list(csv.reader(cr.write(reports, tmp_path / "cr.csv").open(encoding="utf-8-sig"),
                            delimiter=";"))
    assert ["L'animatrice a été recrutée en mars.", "", "", ""] in lines
    assert [FONDS_DEDIES, "0,00", "2000,00", ""] in lines


def test_bad_rate_unknown_key_action_and_funder_are_refused_by_name(school):
    with pytest.raises(ValidationError, match="taux « douze » illisible.*12,5") as err:
        cr.save(school, "2025", {"taux_indirect": "douze", "ecarts": "x"}, "ECOLE")
    assert err.value.field == "taux_indirect"
    assert cr.read(school, "2025", "ECOLE") == {}  # all or nothing
    with pytest.raises(ValidationError, match="texte « bilan » inconnu.*bilan_qualitatif"):
        cr.save(school, "2025", {"bilan": "x"})
    with pytest.raises(ValidationError, match="action « NOPE » inconnue.*ECOLE"):
        cr.build(school, "2025", "NOPE")
    with pytest.raises(ValidationError, match=r"financeur « Mairie » inconnu.*Ville de Rennes "
                                              r"\(VILLE\)"):
        cr.build(school, "2025", "ECOLE", "Mairie")


def test_the_whole_association_bears_no_indirect_charge(school):
    cr.save(school, "2025", {"taux_indirect": "50"})
    table = _table(school, None, None)
    assert values(table, INDIRECT)[:2] == (Money(0), Money(0))
    assert values(table, "61 – Services extérieurs")[1] == m("2 400")
    assert "toute l'association" in table.title and table.period == \
        "Exercice 2025 (du 01/01/2025 au 31/12/2025)"


def test_a_funder_without_subsidy_on_the_action_is_said(school):
    add_tiers(school, "DEPT", "Département 35", TiersKind.FUNDER, FunderCategory.DEPARTEMENT)
    table = _table(school, "ECOLE", "DEPT")
    failing = [c.detail for c in table.checks if not c.ok]
    assert failing == ["Département 35 : aucune subvention sur cette action en 2025, ni "
                       "prévue ni reçue"]


def test_the_budget_suivi_still_works_and_no_longer_passes_for_the_15059(school):
    suivi = build_budget_report(school, "2025", "ECOLE", suivi=True)
    assert suivi.columns == ("Prévision", "Réalisation", "Écart", "%")
    assert suivi.row("Rémunération des personnels").values[:2] == (m("4 000"), m("3 000"))
    assert "compte rendu" not in suivi.title
    assert suivi.notes[0].startswith("Budget et réalisé, présentation du CERFA n°12156*06")
    assert not any("15059" in note for note in suivi.notes)


def test_the_commands_write_the_feuillets_and_the_texts(school, book_path, tmp_path, capsys):
    from assocompta.cli import main
    school.close()
    book = str(book_path)
    common = ["--year", "2025", "--action", "ECOLE", "--funder", "Ville de Rennes"]
    note = tmp_path / "bilan.txt"
    note.write_text("Quarante enfants suivis.\nQuatre soirs par semaine.\n", encoding="utf-8")
    assert main(["budget", "compte-rendu-text", book, *common, "--key", "bilan_qualitatif",
                 "--file", str(note)]) == 0
    assert main(["budget", "compte-rendu-text", book, *common, "--key", "taux_indirect",
                 "--text", "12,5"]) == 0
    assert capsys.readouterr().out.splitlines() == ["Texte « bilan_qualitatif » enregistré",
                                                    "Texte « taux_indirect » enregistré"]
    assert main(["budget", "compte-rendu-text", book, *common]) == 0
    listed = capsys.readouterr().out
    assert "bilan_qualitatif — Bilan qualitatif de l'action" in listed
    assert "  Quatre soirs par semaine." in listed and "  12,5" in listed
    assert "ecarts — Explication et justification des écarts" in listed
    out = tmp_path / "cr.xlsx"
    assert main(["budget", "compte-rendu", book, *common, "-o", str(out)]) == 0
    assert "Fichier écrit" in capsys.readouterr().out
    rows = {r[0].value: r for r in load_workbook(out)["2. Tableau"].iter_rows()}
    assert rows[INDIRECT][2].value.startswith("=SUM(")  # live, over its three sub-lines
    assert [rows[k][2].value for k in ("Charges fixes de fonctionnement", "Frais financiers",
                                       "Autres")] == [300, 10, 50]
    assert rows[FONDS_DEDIES][2].value == 2000

    assert main(["budget", "compte-rendu", book, "--year", "2025", "--action", "NOPE",
                 "-o", str(tmp_path / "x.pdf")]) == 1
    assert "action « NOPE » inconnue ; actions du livre : ECOLE" in capsys.readouterr().err
    assert main(["budget", "compte-rendu-text", book, "--year", "2025", "--funder", "Mairie"]) \
        == 1
    assert "financeur « Mairie » inconnu ; financeurs du livre : Ville de Rennes (VILLE)" in \
        capsys.readouterr().err
    assert main(["budget", "compte-rendu-text", book, "--year", "2025", "--key", "taux_indirect",
                 "--text", "120"]) == 1
    assert "taux « 120 » illisible" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    assert main(["budget", "compte-rendu-text", book, *common, "--key", "montant_accorde",
                 "--text", "dix"]) == 1
    assert "montant accordé « dix » illisible" in capsys.readouterr().err
    assert main(["budget", "compte-rendu-text", book, *common, "--key", "montant_accorde",
                 "--text", "10 000"]) == 0
    assert main(["budget", "compte-rendu", book, *common, "-o", str(out)]) == 0
    cells = [c.value for row in load_workbook(out)["1. Bilan qualitatif"].iter_rows()
             for c in row if c.value]
    assert any("Montant de la subvention accordée : 10 000,00 €" in v for v in cells)


def _pdf_text(reports, path) -> str:
    pdf = cr.write(reports, path)
    return " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())


def test_feuillet_1_identifies_the_subsidy_and_feuillet_3_is_signed(school, tmp_path):
    from assocompta.services.setup import read_identity, update_identity
    from dataclasses import replace
    update_identity(school, replace(read_identity(school), rna="W353001234",
                                    signatory_name="Anne Martin",
                                    signatory_title="présidente"))
    cr.save(school, "2025", {"montant_accorde": "10 000", "decision": "Convention n° 2025-14 "
                             "du 12/02/2025"}, "ECOLE", "VILLE")
    reports = cr.build(school, "2025", "ECOLE", "VILLE")
    text = _pdf_text(reports, tmp_path / "cr.pdf")
    siren = read_identity(school).siren
    first, rest = text.split("2. Tableau de données chiffrées", 1)
    assert "N°15059*02 COMPTE-RENDU FINANCIER DE SUBVENTION — 1. Bilan qualitatif" in first
    assert f"N° SIREN : {siren}" in first and "N° RNA : W353001234" in first
    assert "Financeur : Ville de Rennes" in first
    assert "Montant de la subvention accordée : 10 000,00 €" in first
    assert "Date et référence de la décision ou de la convention : Convention n° 2025-14 du " \
           "12/02/2025" in first
    assert ("Je soussigné(e), Anne Martin, représentant(e) légal(e) de l'association, "
            "certifie exactes les informations du présent compte rendu.") in rest
    assert "Fait le" in rest and "Signature" in rest
    assert text.index("Signature") > text.index("Observations sur le compte-rendu")
    cells = [c.value for row in load_workbook(cr.write(reports, tmp_path / "cr.xlsx"))[
        "1. Bilan qualitatif"].iter_rows() for c in row]
    assert any(v and "Montant de la subvention accordée : 10 000,00 €" in v for v in cells)


def test_without_signatory_the_name_is_left_blank_and_a_bad_amount_is_refused(school,
                                                                              tmp_path):
    text = _pdf_text(cr.build(school, "2025", "ECOLE", "VILLE"), tmp_path / "cr.pdf")
    assert "Je soussigné(e), ……………………………………, représentant(e) légal(e)" in text
    assert "Montant de la subvention accordée : (à compléter par l'association)" in text
    with pytest.raises(ValidationError, match="montant accordé « dix mille » illisible") as err:
        cr.save(school, "2025", {"montant_accorde": "dix mille", "decision": "x"}, "ECOLE",
                "VILLE")
    assert err.value.field == "montant_accorde"
    assert cr.read(school, "2025", "ECOLE", "VILLE") == {}


def test_feuillet_1_carries_the_forms_header(school, tmp_path):
    text = _pdf_text(cr.build(school, "2025", "ECOLE", "VILLE"), tmp_path / "cr.pdf")
    first = text.split("2. Tableau de données chiffrées", 1)[0]
    for sentence in (
            "(arrêté du Premier ministre du 11 octobre 2006 portant fixation des modalités de "
            "présentation du compte rendu financier prévu par le quatrième alinéa de l'article "
            "10 de la loi du 12 avril 2000",
            "Le compte-rendu a pour objet la description des opérations comptables qui "
            "attestent de la conformité des dépenses effectuées à l'objet de la subvention.",
            "dans les 6 mois suivant la fin de l'exercice au cours duquel la subvention a été "
            "accordée.",
            "Il doit obligatoirement être établi, avant toute nouvelle demande de subvention.",
            "Il doit être accompagné du dernier rapport annuel d'activité et des comptes "
            "approuvés du dernier exercice clos",
            "Le compte rendu financier est composé de trois feuillets : 1. un bilan qualitatif "
            "de l'action 2. un tableau de données chiffrées 3. l'annexe explicative du tableau",
            "Ces fiches peuvent être adaptées par les autorités publiques"):
        assert sentence in first


def test_the_indirect_base_leaves_out_amortissements_provisions_and_exceptional(school):
    d = dt.date(2025, 6, 1)
    for account, amount in (("6811", "1 000"), ("6817", "500"), ("658", "300"),
                            ("678", "200")):
        post_entry(school, EntryDraft(d, "OD", "Hors base", (
            LineDraft(account, debit=m(amount)), LineDraft("512", credit=m(amount)))))
    cr.save(school, "2025", {"taux_indirect": "10"}, "ECOLE", "VILLE")
    table = _table(school)
    # 10 % of 613 (2 400) + 661 (80) + 6061 (400) only.
    assert values(table, INDIRECT)[1] == m("288")


def test_what_the_funder_reads_has_no_app_caveat_nor_passing_check(school, tmp_path):
    reports = cr.build(school, "2025", "ECOLE", "VILLE")
    assert reports[1][1].ok and reports[1][1].checks  # the app still knows they hold
    text = _pdf_text(reports, tmp_path / "cr.pdf")
    assert "✓" not in text and "non confirmés" not in text and "ajoutées par" not in text
    assert "choisi par l'application" not in text
    assert "11 octobre 2006" in text and "2000-321" in text and "15059*02" in text
    wb = load_workbook(cr.write(reports, tmp_path / "cr.xlsx"))
    cells = " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row
                     if c.value is not None)
    assert "✓" not in cells and "non confirmés" not in cells
    # Excédent and ressources propres balance the table: no ratio printed for them.
    table = reports[1][1]
    assert values(table, "Excédent de l'action (produits supérieurs aux charges)")[2] is None
    assert values(table, OWN)[2] is None


def test_a_failing_check_is_still_printed(school, tmp_path):
    add_tiers(school, "DEPT", "Département 35", TiersKind.FUNDER, FunderCategory.DEPARTEMENT)
    text = _pdf_text(cr.build(school, "2025", "ECOLE", "DEPT"), tmp_path / "cr.pdf")
    assert "✗ Département 35 : aucune subvention sur cette action" in text


def test_the_unspent_subsidy_is_explained_unless_the_treasurer_did(school, tmp_path):
    text = _pdf_text(cr.build(school, "2025", "ECOLE", "VILLE"), tmp_path / "cr.pdf")
    assert ("Part non utilisée de la subvention : 2 000,00 € reportée en fonds dédiés "
            "(compte 194) au 31/12/2025") in text
    assert "remboursée au financeur, selon son accord" in text
    cr.save(school, "2025", {"observations": "Reliquat rendu à la Ville."}, "ECOLE", "VILLE")
    text = _pdf_text(cr.build(school, "2025", "ECOLE", "VILLE"), tmp_path / "cr.pdf")
    assert "Reliquat rendu à la Ville." in text and "Part non utilisée" not in text


def test_fonds_dedies_without_action_are_warned(school):
    assert _table(school).ok  # the 6894 line names the action
    post_entry(school, EntryDraft(dt.date(2025, 12, 31), "OD", "Reliquat sans action", (
        LineDraft("6894", debit=m("500")), LineDraft("194", credit=m("500")))))
    failing = [c.detail for c in _table(school).checks if not c.ok]
    assert len(failing) == 1 and failing[0].startswith("Fonds dédiés sans action (écriture n° ")
    assert "du 31/12/2025" in failing[0]
