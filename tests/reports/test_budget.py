"""Budgets: CSV import (all or nothing), copy ± %, CERFA 12156 layout, budget vs réalisé, pack."""

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from assocompta.cli import main
from assocompta.domain.budget import scale
from assocompta.domain.entries import Simple, recette
from assocompta.domain.errors import ImportFailed
from assocompta.domain.money import Money
from assocompta.reports.model import Percent
from assocompta.services.budget import copy_budget, import_budget
from assocompta.services.checks import check_book
from assocompta.services.ledger import add_tiers, post_entry
from assocompta.domain.parties import FunderCategory
from assocompta.services.reports import build_budget_report, build_pack, write
from tests.helpers import m

BUDGET = """compte;montant;libelle;action;financeur;type_financeur
6063;1 400;Petit matériel;;;
613;2 400,00;Loyer salle;;;
626;360;Téléphone;;;
641;12 000;Salaire animateur;;;
645;5 000;Charges;;;
7561;2 600;Cotisations;;;
741;6 000;Subvention Ville;;Ville de Rennes;commune
741;4 000;Subvention Département;;Département 35;departement
7551;1 500;Fondation;;Fondation de France;aides_privees
706;3 000;Stages;;;
864;9 600;Bénévolat;;;
875;9 600;Bénévolat;;;
6064;300;Fournitures;ECOLE;;
741;800;Aide aux devoirs;ECOLE;Ville de Rennes;commune
"""


def _csv(tmp_path, text=BUDGET, name="budget.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def v(report, label, col=0):
    return report.row(label).values[col]


def test_import_and_cerfa_layout(two_years, tmp_path):
    r = import_budget(two_years, "2025", _csv(tmp_path))
    assert r.lines == 14 and r.charges == m("21 460") and r.produits == m("17 900")
    b = build_budget_report(two_years, "2025")
    assert v(b, "60 – Achats") == m("1 700")
    assert v(b, "Achats matières et fournitures") == m("1 700")
    assert v(b, "64 – Charges de personnel") == m("17 000")
    assert v(b, "74 – Subventions d'exploitation") == m("12 300")
    assert v(b, "Commune(s)") == m("6 800") and v(b, "Ville de Rennes") == m("6 800")
    assert v(b, "Département(s)") == m("4 000") and v(b, "État") == Money(0)
    assert v(b, "Aides privées (fondation)") == m("1 500")
    assert v(b, "756 Cotisations") == m("2 600")
    # Charges 21 460 > produits 17 900: the insuffisance balances, stated and never hidden.
    assert v(b, "Insuffisance prévisionnelle (autofinancement)") == m("3 560")
    assert v(b, "Excédent prévisionnel (bénéfice)") == Money(0)
    assert v(b, "TOTAL DES CHARGES") == v(b, "TOTAL DES PRODUITS") == m("21 460")
    assert v(b, "86 – Emplois des contributions volontaires en nature") == m("9 600")
    assert v(b, "870 – Bénévolat") == m("9 600")  # CERFA 870 Bénévolat = ANC 875
    assert b.ok
    assert any("insuffisance prévisionnelle de 3 560,00 €" in c.detail for c in b.checks)


def test_budget_of_one_action(two_years, tmp_path):
    import_budget(two_years, "2025", _csv(tmp_path))
    b = build_budget_report(two_years, "2025", "ECOLE")
    assert v(b, "60 – Achats") == m("300")
    assert v(b, "74 – Subventions d'exploitation") == m("800")
    assert v(b, "Excédent prévisionnel (bénéfice)") == m("500")
    assert "action « ECOLE »" in b.period


def test_import_replaces_and_is_all_or_nothing(two_years, tmp_path):
    import_budget(two_years, "2025", _csv(tmp_path))
    before = two_years.scalar("SELECT count(*) || '/' || sum(amount) FROM budget_line")
    bad = _csv(tmp_path, "compte;montant;type_financeur\n6063;12,345;\n9999;10;\n741;5;mairie\n"
                         "626;-4;\n", "bad.csv")
    with pytest.raises(ImportFailed) as err:
        import_budget(two_years, "2025", bad)
    text = str(err.value)
    assert "bad.csv, ligne 2, champ montant" in text
    assert "bad.csv, ligne 3, champ compte" in text
    assert "bad.csv, ligne 4, champ type_financeur" in text
    assert "bad.csv, ligne 5, champ montant" in text
    assert two_years.scalar("SELECT count(*) || '/' || sum(amount) FROM budget_line") == before
    # A file with only the ECOLE action replaces that action's lines, not the others.
    import_budget(two_years, "2025", _csv(tmp_path, "compte;montant;action\n6064;450;ECOLE\n",
                                          "ecole.csv"))
    b = build_budget_report(two_years, "2025", "ECOLE")
    assert v(b, "60 – Achats") == m("450")
    assert two_years.scalar("SELECT count(*) FROM budget_line") == 13


def test_copy_with_percent_and_from_actuals(two_years, tmp_path):
    import_budget(two_years, "2025", _csv(tmp_path))
    r = copy_budget(two_years, "2025", "2024", percent=Decimal("-3"))
    assert r.charges == scale(m("21 460"), Decimal(-3)) == m("20 816,20")
    b = build_budget_report(two_years, "2024")
    # 741 does not exist in the 2018 chart of 2024: the line moves to its rubric 74.
    assert v(b, "74 – Subventions d'exploitation") == scale(m("12 300"), Decimal(-3))
    r = copy_budget(two_years, "2024", "2025", actuals=True, percent=Decimal("10"))
    b = build_budget_report(two_years, "2025")
    assert v(b, "756 Cotisations") == m("2 640")  # 2 400 cotisations in 2024, + 10 %
    assert v(b, "Financeur non précisé") == m("4 400")  # the 2024 subsidy had no funder
    assert b.ok


def test_suivi_compares_budget_and_actuals(two_years, tmp_path):
    add_tiers(two_years, "VILLE", "Ville de Rennes", funder_category=FunderCategory.COMMUNE)
    post_entry(two_years, recette(Simple(dt.date(2025, 9, 1), m("6 500"), "Subvention Ville",
                                         tiers="VILLE"), account="741", received_on="512"))
    import_budget(two_years, "2025", _csv(tmp_path))
    s = build_budget_report(two_years, "2025", suivi=True)
    assert s.columns == ("Prévision", "Réalisation", "Écart", "%")
    row = s.row("Ville de Rennes")
    assert row.values[:3] == (m("6 800"), m("6 500"), m("-300"))
    assert row.values[3] == Percent("0.9559")
    loyer = s.row("Locations")
    assert loyer.values[:3] == (m("2 400"), m("1 200"), m("-1 200"))
    path = write([("Suivi", s)], tmp_path / "suivi.xlsx")
    ws = load_workbook(path).active
    pct = [c for row in ws.iter_rows() for c in row if c.number_format == "0.0%"]
    assert pct and all(isinstance(c.value, (int, float)) for c in pct)



def test_suivi_does_not_call_the_realisation_a_forecast(two_years, tmp_path):
    import_budget(two_years, "2025", _csv(tmp_path))
    s = build_budget_report(two_years, "2025", suivi=True)
    labels = [r.label for r in s.rows]
    assert "Insuffisance (autofinancement)" in labels and "Excédent (bénéfice)" in labels
    assert not any("prévisionnel" in label for label in labels)
    realised = [c.detail for c in s.checks if c.detail.startswith("Réalisation")]
    assert realised and not any("prévisionnel" in d for d in realised)
    planned = [c.detail for c in s.checks if c.detail.startswith("Prévision")]
    assert any("insuffisance prévisionnelle de 3 560,00 €" in d for d in planned)
    # The budget alone keeps its forecast wording.
    b = build_budget_report(two_years, "2025")
    assert "Insuffisance prévisionnelle (autofinancement)" in [r.label for r in b.rows]

def test_check_reports_an_unbalanced_cvn_budget(two_years, tmp_path):
    import_budget(two_years, "2025", _csv(tmp_path, "compte;montant\n864;100\n875;90\n"))
    problems = check_book(two_years, "2025")
    assert problems == ["budget 2025 : Budget 2025 : contributions volontaires : emplois "
                        "100,00 € ≠ ressources 90,00 €"]


def test_pack_holds_the_agm_reports(two_years, book_path, tmp_path):
    import_budget(two_years, "2025", _csv(tmp_path))
    pack = build_pack(two_years, "2024")
    annexe = ["Annexe 1 Présentation", "Annexe 2 Méthodes", "Annexe 3 Fonds propres",
              "Annexe 4 Subventions", "Annexe 5 Contributions",
              "Annexe 6 Affectation"]  # a sheet per note; 431-2 always
    assert [name for name, _ in pack] == ["Compte de résultat", "Bilan", *annexe,
                                          "Livre d'inventaire", "Budget et réalisé",
                                          "Budget 2025"]
    two_years.close()
    out = tmp_path / "ag.xlsx"
    assert main(["pack", str(book_path), "--year", "2024", "-o", str(out)]) == 0
    assert load_workbook(out).sheetnames == ["Compte de résultat", "Bilan", *annexe,
                                             "Livre d'inventaire", "Budget et réalisé",
                                             "Budget 2025",
                                             "Contrôles"]  # their checks
    assert main(["pack", str(book_path), "--year", "2024", "-o",
                 str(tmp_path / "ag.pdf")]) == 0
    assert main(["budget", "export", str(book_path), "--year", "2025", "--action",
                 "NOPE", "-o", str(tmp_path / "b.pdf")]) == 1


def test_suivi_actuals_from_the_totals_cache_equal_those_from_the_lines(tmp_path, book_path,
                                                                       engine):
    """The whole association's actuals come from the per-month totals (and the subsidy lines
    only); they must be what aggregating every line gives."""
    from collections import Counter
    from assocompta.reports.cerfa import actual_items
    from assocompta.services.demo import create_demo
    from assocompta.storage.book_copy import copy_book
    from assocompta.storage.books import open_book
    path = tmp_path / "demo.assocompta"
    create_demo(path).close()
    if engine == "postgresql":
        copy_book(path, book_path)
    with open_book(book_path if engine == "postgresql" else path) as book, \
            book.transaction() as s:
        conn = book.raw_connection(s)
        year_id = conn.execute("SELECT id FROM fiscal_year WHERE label = '2025'").fetchone()[0]

        def totals() -> Counter:
            out = Counter()
            for it in actual_items(conn, year_id, None):
                out[(it.code, it.funder, it.category)] += it.cents
            return +out

        fresh = totals()
        assert any(funder for _, funder, _ in fresh)  # subsidies named by funder
        conn.execute("UPDATE account_total_state SET stale = 1 WHERE year_id = ?", (year_id,))
        assert totals() == fresh
