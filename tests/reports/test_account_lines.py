"""Every account a treasurer can post on (classes 6, 7, 8 of both charts, parents included,
since the chart lets users post on them) lands on its own line of the compte de résultat and
of the CERFA 12156 budget (issue 16). Where the models leave room, the choice is written here
and in docs/account-lines.md."""

from __future__ import annotations

import csv
import datetime as dt
import io
from importlib import resources

import pytest
from sqlalchemy import text

from assocompta.reports.cerfa import place
from assocompta.reports.layouts import load_layout
from assocompta.reports.model import RowKind
from assocompta.services.ledger import post_entry
from assocompta.services.reports import build
from assocompta.services.setup import Identity, add_year, create_book
from tests.helpers import SIREN, draft

CHARTS = ("pca2018", "pca2025")
AUTRES = ("autres_produits", "autres_charges")

# Accounts whose own line is « Autres produits » / « Autres charges »: the model gives them no
# other (71/72 have no line in an association's model; 75 and 65 are « autres … de gestion
# courante » by their very name).
OWN_AUTRES = {
    "pca2018": {"71", "72", "75", "751", "757", "758",
                "65", "651", "653", "6531", "654", "655", "658"},
    "pca2025": {"71", "72", "75", "751", "758", "7583", "7587",
                "65", "651", "653", "6531", "654", "655", "656", "658", "6582"},
}

# A parent whose sub-accounts feed several lines, or one line that is not the parent's own,
# goes to the line of its own meaning:
_COMMON = {
    "60": "autres_achats",  # « Achats (sauf 603) »: supplies, not goods bought for resale
    "609": "autres_achats",  # rebates on purchases; only 6097 is on goods for resale
    "64": "salaires",  # « Charges de personnel »: the pay itself
    "65": "autres_charges",  # « Autres charges de gestion courante »
    "66": "cf_interets",  # « Charges financières »: the block's general line
    "68": "dotations_amortissements",  # operating dotations, the usual ones
    "681": "dotations_amortissements",
    "6816": "dotations_amortissements",  # 68164 (legs) is the exception
    "689": "reports_fonds_dedies",  # 6891 (fonds reportés, legs) is the exception
    "69": "impot_benefices",
    "70": "ventes_prestations",  # what an association sells is mostly services (706)
    "75": "autres_produits",  # « Autres produits de gestion courante »
    "754": "dons_manuels",  # « Ressources liées à la générosité du public »: gifts first
    "76": "pf_interets",  # « Produits financiers »: the block's general line
    "78": "reprises",  # « Reprises sur amortissements… »: the operating reprises
    "781": "reprises",
    "7816": "reprises",  # 78164 (legs) is the exception
    "789": "utilisations_fonds_dedies",  # 7891 (fonds reportés, legs) is the exception
    "86": "cvn_secours",  # first line of the model's block
    "87": "cvn_dons",  # first line of the model's block
}
PARENT_CHOICE = {
    "pca2018": _COMMON | {
        "67": "ce_gestion", "675": "ce_capital",  # 6754 (legs) is the exception
        "77": "pe_gestion", "775": "pe_capital",  # 7754 (legs) is the exception
        "79": "reprises",  # « Transferts de charges »: the operating line names them
    },
    "pca2025": _COMMON | {
        "652": "vnc_cedees",  # 6521 (legs) is the exception
        "757": "cessions_immo",  # 7571 (legs) is the exception
        "667": "cf_vnc_fin", "767": "pf_cessions_immo_fin",  # « … cession d'éléments financiers »
    },
}
# Charges on goods received by legs or donations are netted on the legs line (art. 431-8).
NETTED_ON_LEGS = {"6754", "6521", "68164", "6891"}


def chart_accounts(chart: str) -> list[tuple[str, str]]:
    """(code, label) of the chart's accounts of classes 6, 7 and 8, as a new book gets them."""
    text = resources.files("assocompta.resources").joinpath("charts", f"{chart}.csv").read_text(
        encoding="utf-8")
    return [(r["code"], r["label"]) for r in csv.DictReader(io.StringIO(text))
            if r["code"][0] in "678"]


def _sides(layout) -> dict[str, str]:
    from assocompta.reports.layouts import leaves
    return {leaf.key: s.side for s in layout.sections for leaf in leaves(s.lines)}


@pytest.mark.parametrize("chart", CHARTS)
def test_every_account_has_its_own_line_of_the_compte_de_resultat(chart):
    layout = load_layout(f"resultat-{chart}")
    sides = _sides(layout)
    codes = [code for code, _ in chart_accounts(chart)]
    line = {code: layout.line_for(code) for code in codes}
    assert [c for c in codes if line[c] is None] == []
    wrong_side = []
    for code in codes:
        expected = ("emploi" if code.startswith("86") else "ressource" if code.startswith("87")
                    else "charge" if code[0] == "6" else "produit")
        if code in NETTED_ON_LEGS:
            expected = "produit"
        if sides[line[code]] != expected:
            wrong_side.append(code)
    assert wrong_side == []
    autres = {c for c in codes if line[c] in AUTRES}
    assert autres == OWN_AUTRES[chart]
    # A parent goes where its sub-accounts go, or where the choice above says.
    wrong_parent = {}
    for parent in codes:
        below = {line[c] for c in codes if c != parent and c.startswith(parent)}
        if not below:
            continue
        expected = PARENT_CHOICE[chart].get(parent, below.pop() if len(below) == 1 else None)
        if line[parent] != expected:
            wrong_parent[parent] = (line[parent], expected)
    assert wrong_parent == {}
    assert set(PARENT_CHOICE[chart]) <= set(codes)


def _book_with_every_account(target):
    """2024 (chart of 2018) and 2025 (chart of 2025), each with one posting on every account of
    classes 6, 7, 8: charges and produits against the bank, the contributions paired."""
    book, _ = create_book(target, Identity("Les Amis", siren=SIREN), dt.date(2024, 1, 1))
    add_year(book, dt.date(2025, 1, 1))
    for year, chart in ((2024, "pca2018"), (2025, "pca2025")):
        d = dt.date(year, 6, 1)
        codes = [code for code, _ in chart_accounts(chart)]
        for group in ([c for c in codes if c[0] in "67" and len(c) > 2],
                      [c for c in codes if c[0] in "67" and len(c) == 2]):
            lines = [(c, "1", "") if c[0] == "6" else (c, "", "1") for c in group]
            net = sum(1 if c[0] == "7" else -1 for c in group)
            if net:
                lines.append(("512", str(net), "") if net > 0 else ("512", "", str(-net)))
            _post(book, chart, d, lines)
        emplois = [c for c in codes if c.startswith("86")]
        ressources = [c for c in codes if c.startswith("87")]
        _post(book, chart, d, [(c, str(len(ressources)), "") for c in emplois]
              + [(c, "", str(len(emplois))) for c in ressources])
    return book


def _post(book, chart: str, d: dt.date, lines: list[tuple[str, str, str]]) -> None:
    """Post ``lines``. The ledger refuses two-digit accounts since the FEC rule, but a book
    kept before it may hold some: such a line is posted on a sub-account, then moved."""
    stand_in = {c: {"6": "658", "7": "758"}.get(c[0], c + "0") for c, *_ in lines
                if len(c) == 2}
    posted = post_entry(book, draft(d, *[(stand_in.get(c, c), dr, cr) for c, dr, cr in lines],
                                    journal="OD"))
    if not stand_in:
        return
    with book.transaction() as s:
        ids = s.execute(text("SELECT id FROM entry_line WHERE entry_id = :e ORDER BY position"),
                        {"e": posted.entry_id}).scalars().all()
        for line_id, (code, *_) in zip(ids, lines):
            if code in stand_in:
                s.execute(text(
                    "UPDATE entry_line SET account_id = (SELECT a.id FROM account a "
                    "JOIN chart c ON c.id = a.chart_id WHERE a.code = :code AND c.code = :chart) "
                    "WHERE id = :id"), {"code": code, "chart": chart, "id": line_id})


@pytest.fixture
def every_account(book_path):
    book = _book_with_every_account(book_path)
    yield book
    book.close()


@pytest.mark.parametrize("year, chart", [("2024", "pca2018"), ("2025", "pca2025")])
def test_the_compte_de_resultat_shows_every_account_under_its_line(every_account, year, chart):
    layout = load_layout(f"resultat-{chart}")
    labels = {leaf.key: leaf.label for leaf in layout.leaves()}
    r = build(every_account, "resultat", year, detail=True)
    assert all(c.ok for c in r.checks), [c.detail for c in r.checks if not c.ok]
    under, shown = None, {}
    for row in r.rows:
        if row.kind is RowKind.LINE:
            under = row.label
        elif row.kind is RowKind.DETAIL and row.values[0].cents:  # N, not N-1's chart
            shown[row.code] = under
    codes = [code for code, _ in chart_accounts(chart)]
    assert {c: shown.get(c) for c in codes} == {c: labels[layout.line_for(c)] for c in codes}
    # What the issue saw: parents 70 and 78 (and 79 in 2018) on « Autres produits ».
    assert shown["70"] == "Ventes de prestations de service"
    assert shown["78"].startswith("Reprises sur amortissements")
    if chart == "pca2018":
        assert shown["79"] == shown["781"]
    assert shown["754"] == "Dons manuels"


# CERFA 12156: the rubric a line is numbered for, by number unless the meaning says otherwise.
CERFA_BY_MEANING = {
    "71": "70", "72": "70",  # production: the form's 70 names « produits finis »
    "7551": "74",  # contributions of other bodies: « Aides privées (fondation) »
    "747": "75",  # the release of an investment subsidy is no grant of the year
}
# Accounts the form names no sub-line for, under a rubric that has some: they count in the
# rubric and show as its « Autres ».
CERFA_REMAINDER = {
    "61", "611", "617", "619",  # « 61 – Services extérieurs » lists 4 examples, no « autres »
    "75", "751", "752", "753", "7531", "7532", "755", "7552", "757", "7571", "758", "7583",
    "7587", "747",  # « 75 » names only 756 and 758 (gifts)
    "7543", "75431", "75432", "75433",  # legs are no « Dons manuels - Mécénat »
}


@pytest.mark.parametrize("chart", CHARTS)
def test_every_account_has_its_line_of_the_cerfa_budget(chart):
    codes = [code for code, _ in chart_accounts(chart)]
    where = {}
    for code in codes:
        group, rubric, child = place(code)
        explicit = max(len(p) for p in rubric["accounts"] + sum(
            (c["accounts"] for c in rubric.get("children", [])), []) if code.startswith(p))
        assert explicit >= 2, f"{code} reaches « {rubric['label']} » by a catch-all"
        number = rubric["label"].split(" ")[0]
        assert number == CERFA_BY_MEANING.get(code, code[:2]), code
        if rubric.get("children"):
            assert (child is None) == (code in CERFA_REMAINDER), code
        where[code] = (rubric["label"], child and child["label"])
    # A parent goes where one of its sub-accounts goes.
    for parent in codes:
        below = {where[c] for c in codes if c != parent and c.startswith(parent)}
        assert not below or where[parent] in below, (parent, where[parent], below)


def test_the_cerfa_budget_shows_parents_and_legs_on_their_lines(two_years, tmp_path):
    from assocompta.services.budget import import_budget
    from assocompta.services.reports import build_budget_report
    path = tmp_path / "budget.csv"
    path.write_text("compte;montant;libelle;action;financeur;type_financeur\n"
                    "60;100;Achats;;;\n7543;1 000;Legs;;;\n754;200;Dons;;;\n"
                    "864;50;Bénévolat;;;\n87;50;Contributions;;;\n", encoding="utf-8")
    import_budget(two_years, "2025", path)
    b = build_budget_report(two_years, "2025")
    labels = [row.label for row in b.rows]
    assert b.row("Autres fournitures").values[0].cents == 10000
    assert b.row("758 Dons manuels - Mécénat").values[0].cents == 20000  # legs not in there
    rubric = labels.index("75 – Autres produits de gestion courante")
    assert [(r.label, r.values[0].cents) for r in b.rows[rubric + 1:rubric + 4]] == [
        ("756 Cotisations", 0), ("758 Dons manuels - Mécénat", 20000), ("Autres", 100000)]
    assert b.row("875 – Dons en nature").values[0].cents == 5000  # CERFA 875 = ANC 870
    assert labels.count("Autres") == 1
