"""The livre d'inventaire of a year under each chart: the register's assets (one taken over
with depreciation before the book, one disposed of, one bought after the year end), a
deposit outside the register, stocks, créances and dettes per tiers (a client in credit is a
debt), a provision and a dépréciation with their reasons, a fonds dédié per funder and
action, charges and produits constatés d'avance, a charge à payer and a produit à recevoir,
bank, cash and an overdrawn account; each section ties to the bilan."""

import datetime as dt
import subprocess

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from assocompta.cli import main
from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.money import Money
from assocompta.formatting import euros
from assocompta.reports.model import RowKind, evaluate
from assocompta.services.ledger import add_action, add_sub_account, add_tiers, post_entry
from assocompta.services.reports import build, build_pack, write
from assocompta.services.setup import Identity, create_book
from assocompta.services.year_end import AssetShare, Proposal, book_proposals
from tests.helpers import SIREN, m
from tests.reports.tools import need


def _line(account, debit="", credit="", **kw) -> LineDraft:
    return LineDraft(account, m(debit) if debit else Money(0),
                     m(credit) if credit else Money(0), **kw)


def _post(book, day, label, *lines, journal="OD"):
    return post_entry(book, EntryDraft(day, journal, label, tuple(lines)))


def _asset(book, label, account, acquired, cost, *, before="0", origin="achat",
           disposed=None) -> int:
    with book.transaction() as s:
        return s.execute(text(
            "INSERT INTO fixed_asset (label, account, acquired_on, in_service_on, cost, method, "
            "life_months, origin, depreciated_before, disposed_on, disposal) VALUES (:l, :a, "
            ":d, :d, :c, 'lineaire', 60, :o, :b, :x, :k) RETURNING id"),
            {"l": label, "a": account, "d": acquired.isoformat(), "c": m(cost).cents,
             "o": origin, "b": m(before).cents, "x": disposed and disposed.isoformat(),
             "k": "mise_au_rebut" if disposed else None}).scalar_one()


def make_book(target, year: int):
    """One year ``year`` (2024: the 2018 chart; 2025: the 2025 chart), its inventory work
    booked through the year-end service as the closing wizard books it."""
    book, _ = create_book(target, Identity("Les Amis", siren=SIREN), dt.date(year, 1, 1))
    label = str(year)
    d = lambda month, day: dt.date(year, month, day)  # noqa: E731
    add_sub_account(book, label, "370", "Stock de livres")
    add_sub_account(book, label, "5122", "Banque – compte projets")
    if year < 2025:
        add_sub_account(book, label, "741", "Subventions d'exploitation")
    add_tiers(book, "MAIRIE", "Mairie de Lyon")
    add_tiers(book, "DUPONT", "Martin Dupont")
    add_tiers(book, "CLUB", "Club des aînés")
    add_tiers(book, "IMPRIM", "Imprimerie Rapide")
    add_action(book, "ATELIER", "Ateliers d'été")
    receivable = "4687" if year < 2025 else "468"

    _post(book, d(1, 2), "Mobilier repris à la création du livre",
          _line("2184", "2 000"), _line("2818", credit="600"), _line("102", credit="1 400"))
    _post(book, d(1, 15), "Cotisations", _line("512", "5 000"), _line("7561", credit="5 000"),
          journal="BQ")
    _post(book, d(3, 1), "Ordinateur", _line("2183", "1 200"), _line("512", credit="1 200"),
          journal="BQ")
    _post(book, d(3, 2), "Dépôt de garantie du local", _line("275", "500"),
          _line("512", credit="500"), journal="BQ")
    _post(book, d(4, 1), "Facture Dupont", _line("411", "300", tiers="DUPONT"),
          _line("706", credit="300"))
    _post(book, d(4, 2), "Facture Club", _line("411", "200", tiers="CLUB"),
          _line("706", credit="200"))
    _post(book, d(4, 20), "Règlement Club (trop versé)", _line("512", "250"),
          _line("411", credit="250", tiers="CLUB"), journal="BQ")
    _post(book, d(5, 1), "Facture imprimerie", _line("6064", "450"),
          _line("401", credit="450", tiers="IMPRIM"))
    _post(book, d(5, 10), "Subvention ateliers", _line("512", "10 000"),
          _line("741", credit="10 000", tiers="MAIRIE", action="ATELIER"), journal="BQ")
    _post(book, d(7, 10), "Dépenses des ateliers", _line("6064", "6 000", action="ATELIER"),
          _line("512", credit="6 000"), journal="BQ")
    _post(book, d(10, 1), "Assurance annuelle", _line("616", "1 200"),
          _line("512", credit="1 200"), journal="BQ")
    _post(book, d(12, 10), f"Cotisations {year + 1}", _line("512", "600"),
          _line("7561", credit="600"), journal="BQ")
    _post(book, d(12, 12), "Dons en espèces", _line("530", "180"),
          _line("7561", credit="180"), journal="CA")
    _post(book, d(12, 20), "Frais bancaires", _line("627", "75"), _line("5122", credit="75"),
          journal="BQ")
    _post(book, d(12, 31), "Stock de livres", _line("370", "400"), _line("603", credit="400"))

    computer = _asset(book, "Ordinateur portable", "2183", d(3, 1), "1 200")
    furniture = _asset(book, "Mobilier de la salle", "2184", dt.date(year - 3, 1, 1), "2 000",
                       before="600", origin="reprise")
    _asset(book, "Vieille imprimante", "2183", dt.date(year - 5, 1, 1), "500",
           disposed=d(6, 30))
    _asset(book, "Vidéoprojecteur", "2183", dt.date(year + 1, 2, 1), "700")
    end = d(12, 31)

    def proposal(kind, reason, *lines, assets=()):
        return Proposal(kind, EntryDraft(end, "OD", reason[:60], tuple(lines)), reason,
                        assets=assets)

    book_proposals(book, label, [
        proposal("amortissements", "Dotation aux amortissements",
                 _line("6811", "733,33"), _line("2818", credit="733,33"),
                 assets=(AssetShare(computer, "amortissement", 33333),
                         AssetShare(furniture, "amortissement", 40000))),
        proposal("provision", "Litige prud'homal avec un ancien animateur",
                 _line("6815", "1 000"), _line("151", credit="1 000")),
        proposal("provision", "Client Dupont en difficulté : la moitié de sa dette",
                 _line("6817", "150"), _line("491", credit="150", tiers="DUPONT")),
        proposal("fonds_dedies", "Subvention des ateliers pas encore employée",
                 _line("6894", "4 000"),
                 _line("194", credit="4 000", tiers="MAIRIE", action="ATELIER")),
        proposal("regularisation", "Assurance payée le 1er octobre pour un an : 9 mois à "
                                   "l'exercice suivant", _line("486", "900"),
                 _line("616", credit="900")),
        proposal("regularisation", f"Cotisations {year + 1} reçues en décembre",
                 _line("7561", "600"), _line("487", credit="600")),
        proposal("regularisation", "Facture d'électricité de décembre non parvenue",
                 _line("6061", "120"), _line("408", credit="120")),
        proposal("regularisation", "Intérêts du livret à recevoir",
                 _line(receivable, "250"), _line("708", credit="250")),
    ])
    return book


@pytest.fixture(params=[2024, 2025], ids=["pca2018", "pca2025"])
def year(request) -> int:
    return request.param


@pytest.fixture
def stocked(book_path, year):
    book = make_book(book_path, year)
    yield book
    book.close()


def _amounts(row):
    """The row's amounts as the reader reads them (« 1 200,00 »)."""
    return [None if v is None else euros(v).removesuffix(" €") for v in row.values]


def test_sections_list_each_item_and_tie_to_the_bilan(stocked, year):
    r = build(stocked, "inventaire", str(year))
    assert r.title == f"Livre d'inventaire provisoire au 31/12/{year} – exercice non clos"
    assert r.ok, [c.sentence() for c in r.checks if not c.ok]
    assert [c.detail for c in r.checks][0] == (
        "Immobilisations : brut 3 700,00 €, amortissements 1 333,33 €, net 2 366,67 € = "
        "bilan 2 366,67 € (comptes 2 et 28)")
    rows = list(r.rows)
    headings = [row.label for row in rows if row.kind is RowKind.HEADING]
    assert headings == ["Immobilisations", "Stocks et en-cours", "Créances", "Dettes",
                        "Provisions et dépréciations", "Fonds dédiés et fonds reportés",
                        "Régularisations à l'actif", "Régularisations au passif",
                        "Trésorerie", "Trésorerie au passif (découverts)"]
    # The register: the disposed printer and the projector bought next year are not there.
    assert _amounts(r.row("Ordinateur portable – acquis le 01/03/" + str(year))) == [
        "1 200,00", "333,33", "866,67"]
    assert _amounts(r.row(f"Mobilier de la salle – acquis le 01/01/{year - 3}, repris à "
                          "l'ouverture du livre")) == ["2 000,00", "1 000,00", "1 000,00"]
    assert not any("imprimante" in row.label or "projecteur" in row.label for row in rows)
    assert r.row("Dépôts et cautionnements versés").code == "275"
    assert _amounts(r.row("Total immobilisations")) == ["3 700,00", "1 333,33", "2 366,67"]
    assert _amounts(r.row("Total stocks et en-cours")) == [None, None, "400,00"]
    # Per tiers, no compensation: the club paid 50 too much, a debt.
    assert _amounts(r.row("Martin Dupont")) == [None, None, "300,00"]
    assert _amounts(r.row("Total créances")) == [None, None, "300,00"]
    assert _amounts(r.row("Club des aînés")) == [None, None, "50,00"]
    assert _amounts(r.row("Imprimerie Rapide")) == [None, None, "450,00"]
    assert _amounts(r.row("Total dettes")) == [None, None, "500,00"]
    # Provisions with the reason given when booked.
    assert _amounts(r.row("Provisions pour risques : Litige prud'homal avec un ancien "
                          "animateur")) == [None, None, "1 000,00"]
    assert _amounts(r.row("Dépréciations des comptes de clients, Martin Dupont : Client "
                          "Dupont en difficulté : la moitié de sa dette")) == [
        None, None, "150,00"]
    assert _amounts(r.row("Total provisions et dépréciations")) == [None, None, "1 150,00"]
    assert _amounts(r.row("Mairie de Lyon – Ateliers d'été")) == [None, None, "4 000,00"]
    assert r.row("Mairie de Lyon – Ateliers d'été").code == "194"
    assert _amounts(r.row("Total fonds dédiés et fonds reportés")) == [None, None, "4 000,00"]
    assert _amounts(r.row("Assurance payée le 1er octobre pour un an : 9 mois à "
                          "l'exercice suivant")) == [None, None, "900,00"]
    receivable = "4687" if year < 2025 else "468"
    assert r.row("Intérêts du livret à recevoir").code == receivable
    assert _amounts(r.row("Total régularisations à l'actif")) == [None, None, "1 150,00"]
    assert r.row(f"Cotisations {year + 1} reçues en décembre").code == "487"
    assert _amounts(r.row("Total régularisations au passif")) == [None, None, "720,00"]
    assert _amounts(r.row("Banques")) == [None, None, "6 950,00"]
    assert _amounts(r.row("Caisse")) == [None, None, "180,00"]
    assert _amounts(r.row("Total trésorerie")) == [None, None, "7 130,00"]
    assert _amounts(r.row("Banque – compte projets")) == [None, None, "75,00"]
    # Every sum is the formula it names (live SUMs in the workbook).
    checked = [(i, k) for i, row in enumerate(rows) for k in range(3) if row.has_formula(k)]
    assert len(checked) > 20
    assert all(evaluate(rows, i, k) == rows[i].values[k] for i, k in checked)


def test_a_register_that_differs_from_the_books_fails_its_check(stocked, year):
    _asset(stocked, "Ordinateur oublié au bilan", "2183", dt.date(year, 6, 1), "800")
    r = build(stocked, "inventaire", str(year))
    failed = [c.detail for c in r.checks if not c.ok]
    assert failed == ["Immobilisations : brut 4 500,00 € / bilan 3 700,00 €, amortissements "
                      "1 333,33 € / bilan 1 333,33 €, net 3 166,67 € ≠ bilan 2 366,67 € "
                      "(comptes 2 et 28)"]


def test_without_register_the_accounts_are_listed(book_path):
    book, _ = create_book(book_path, Identity("Les Amis", siren=SIREN), dt.date(2025, 1, 1))
    _post(book, dt.date(2025, 2, 1), "Ordinateur", _line("2183", "1 200"),
          _line("512", credit="1 200"), journal="BQ")
    _post(book, dt.date(2025, 12, 31), "Dotation", _line("6811", "400"),
          _line("2818", credit="400"))
    r = build(book, "inventaire", "2025")
    book.close()
    assert r.ok
    assert _amounts(r.row("Matériel de bureau et matériel informatique")) == [
        "1 200,00", "400,00", "800,00"]
    assert r.row("Aucune immobilisation au registre : les soldes des comptes 2 et "
                 "28.").kind is RowKind.TEXT


def test_workbook_pdf_and_pack(stocked, year, book_path, tmp_path):
    label = str(year)
    out = write([("Livre d'inventaire", build(stocked, "inventaire", label))],
                tmp_path / "inventaire.xlsx")
    ws = load_workbook(out)["Livre d'inventaire"]
    cells = {(ws.cell(n, 1).value, ws.cell(n, 2).value): [ws.cell(n, c).value
                                                          for c in range(3, 6)]
             for n in range(1, ws.max_row + 1)}
    assert cells[("Compte", "Désignation")] == ["Valeur brute", "Amortissements",
                                                "Valeur nette"]
    assert cells[("2183", f"Ordinateur portable – acquis le 01/03/{year}")] == [
        1200, 333.33, 866.67]
    assert cells[("411", "Martin Dupont")] == [None, None, 300]
    assert cells[("194", "Mairie de Lyon – Ateliers d'été")] == [None, None, 4000]
    assert cells[("487", f"Cotisations {year + 1} reçues en décembre")] == [
        None, None, 600]
    total = cells[(None, "Total immobilisations")]
    assert all(str(v).startswith("=") for v in total)
    assert str(cells[(None, "Total trésorerie")][2]).startswith("=")

    pdf = write([("Livre d'inventaire", build(stocked, "inventaire", label))],
                tmp_path / "inventaire.pdf")
    page = subprocess.run([need("pdftotext"), "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert f"Livre d'inventaire provisoire au 31/12/{year}" in page
    assert "Mairie de Lyon – Ateliers d'été" in page
    assert "Litige prud'homal" in page
    assert "≠" not in page  # quiet checks: only a failing one prints
    png = tmp_path / "page"
    subprocess.run([need("pdftoppm"), "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf),
                    str(png)], check=True)
    assert list(tmp_path.glob("page*.png"))

    pack = build_pack(stocked, label)
    names = [name for name, _ in pack]
    assert names.index("Livre d'inventaire") == names.index("Bilan") + 1 + sum(
        n.startswith("Annexe ") for n in names)
    stocked.close()
    assert main(["pack", str(book_path), "--year", label, "-o",
                 str(tmp_path / "ag.xlsx")]) == 0
    assert "Livre d'inventaire" in load_workbook(tmp_path / "ag.xlsx").sheetnames
    assert main(["report", "inventaire", str(book_path), "--year", label, "-o",
                 str(tmp_path / "inv.csv")]) == 0
    assert "Martin Dupont;;;300,00" in (tmp_path / "inv.csv").read_text(encoding="utf-8-sig")


def _reconciled(book, year: int, *accounts: str) -> None:
    """The year's banks reconciled at its end: the closing asks it."""
    with book.transaction() as s:
        for account in accounts:
            s.execute(text("INSERT INTO reconciliation (account, statement_date, "
                           "opening_balance, closing_balance, finished_at) VALUES (:a, :d, 0, "
                           "0, :d)"), {"a": account, "d": f"{year}-12-31"})


def test_across_the_2018_to_2025_change(book_path):
    """2024 (2018 chart) closed: its inventory is final; 2025 (2025 chart) opens with its
    balances, the register keeps the 2024 depreciation, the provision keeps its reason, the
    fonds dédié its funder and action; the closing's extournes leave no régularisation."""
    from assocompta.services.closing import close_year
    book = make_book(book_path, 2024)
    _reconciled(book, 2024, "512", "5122")
    close_year(book, "2024", now=dt.datetime(2025, 3, 1, 10, 0))
    closed = build(book, "inventaire", "2024")
    assert closed.title == "Livre d'inventaire au 31/12/2024" and closed.ok
    assert closed.notes[0] == f"Les Amis – SIREN {SIREN}"  # whose book it is
    assert not closed.provisional
    _post(book, dt.date(2025, 2, 1), "Vidéoprojecteur", _line("2183", "700"),
          _line("512", credit="700"), journal="BQ")
    r = build(book, "inventaire", "2025")
    assert r.ok, [c.sentence() for c in r.checks if not c.ok]
    assert _amounts(r.row("Ordinateur portable – acquis le 01/03/2024")) == [
        "1 200,00", "333,33", "866,67"]
    assert _amounts(r.row("Vidéoprojecteur – acquis le 01/02/2025")) == [
        "700,00", "0,00", "700,00"]
    assert _amounts(r.row("Provisions pour risques : Litige prud'homal avec un ancien "
                          "animateur")) == [None, None, "1 000,00"]
    assert _amounts(r.row("Mairie de Lyon – Ateliers d'été")) == [None, None, "4 000,00"]
    assert _amounts(r.row("Banques")) == [None, None, "6 250,00"]
    # The closing reversed 2024's four régularisations on 1 January 2025 (its 4687 carried
    # to 468, then reversed there): 2025's inventory has none left, nor their reasons.
    labels = [row.label for row in r.rows]
    assert "Total régularisations à l'actif" not in labels
    assert not any("Assurance payée" in label for label in labels)
    assert book.scalar("SELECT count(*) FROM year_end_entry w JOIN entry e ON e.id = "
                       "w.entry_id WHERE w.kind = 'extourne' AND e.date = '2025-01-01'") == 4
    book.close()


def test_validated_only_leaves_a_draft_dotation_out_of_register_and_bilan(stocked, year):
    """The register's depreciation counts the movements of the entries the report counts:
    with --validated-only a draft dotation is out of both, and both still agree."""
    from tests.helpers import validated
    label = str(year)
    validated(stocked, label, on=dt.date(year + 1, 1, 15), number_pieces=True)
    with stocked.session() as s:
        computer = s.execute(text("SELECT id FROM fixed_asset WHERE label = "
                                  "'Ordinateur portable'")).scalar_one()
    book_proposals(stocked, label, [Proposal(
        "amortissements", EntryDraft(dt.date(year, 12, 31), "OD", "Complément de dotation", (
            _line("6811", "100"), _line("2818", credit="100"))), "Complément de dotation",
        assets=(AssetShare(computer, "amortissement", 10000),))])
    row = f"Ordinateur portable – acquis le 01/03/{year}"
    everything = build(stocked, "inventaire", label)
    assert everything.ok
    assert everything.provisional == "Document provisoire : 1 écriture en brouillard incluse"
    assert _amounts(everything.row(row)) == ["1 200,00", "433,33", "766,67"]
    only = build(stocked, "inventaire", label, validated_only=True)
    assert only.ok and not only.provisional
    assert _amounts(only.row(row)) == ["1 200,00", "333,33", "866,67"]
