"""The bilan of a book as a treasurer and an auditor read it: the art. 421-1 model of the year's
chart, Brut | Amortissements et dépréciations | Net | Net N-1 on the actif, no compensation
between tiers, the year's own result apart from a previous one not yet allocated."""

import datetime as dt

from assocompta.domain.entries import EntryDraft, LineDraft, Simple, depense
from assocompta.domain.money import Money
from assocompta.formatting import euros
from assocompta.reports.model import RowKind
from assocompta.services.ledger import add_tiers, post_entry
from assocompta.services.reports import build
from assocompta.services.setup import Identity, create_book
from tests.helpers import SIREN, draft, m

BRUT, AMORT, NET, NET_1 = range(4)
CLIENTS = "Créances clients, usagers et comptes rattachés"


def _line(account, debit="", credit="", tiers=None):
    return LineDraft(account, m(debit) if debit else Money(0),
                     m(credit) if credit else Money(0), tiers=tiers)


def _book(book_path, start=dt.date(2025, 1, 1)):
    book, _ = create_book(book_path, Identity("Les Amis", siren=SIREN), start)
    return book


def _passif(report):
    """The passif's rows (after the COLUMNS row), by label."""
    at = next(i for i, r in enumerate(report.rows) if r.kind is RowKind.COLUMNS)
    return {r.label: r for r in report.rows[at + 1:]}


def _actif(report):
    at = next(i for i, r in enumerate(report.rows) if r.kind is RowKind.COLUMNS)
    return {r.label: r for r in report.rows[:at]}


def test_opposite_tiers_balances_are_not_netted(book_path):
    """Client A owes 300, client B paid 50 in advance: créances 300 and a debt of 50 (not
    « créances 250 »); a supplier owed 200 and another paid 80 in advance likewise."""
    book = _book(book_path)
    for code, name in (("A", "Client A"), ("B", "Client B"), ("X", "Fournisseur X"),
                       ("Y", "Fournisseur Y")):
        add_tiers(book, code, name)
    d = dt.date(2025, 3, 1)
    for lines in ((_line("411", "300", tiers="A"), _line("706", credit="300")),
                  (_line("512", "50"), _line("411", credit="50", tiers="B")),
                  (_line("6063", "200"), _line("401", credit="200", tiers="X")),
                  (_line("401", "80", tiers="Y"), _line("512", credit="80"))):
        post_entry(book, EntryDraft(d, "OD", "Opération", lines))
    r = build(book, "bilan", "2025", detail=True)
    actif, passif = _actif(r), _passif(r)
    assert actif[CLIENTS].values[NET] == m("300")
    assert actif["Autres créances"].values[NET] == m("80")
    assert passif["Dettes fournisseurs et comptes rattachés"].values[NET] == m("200")
    assert passif["Autres dettes"].values[NET] == m("50")
    # 411 sits under both postes, each with its part.
    details = [(r.label, r.values[NET]) for r in r.rows if r.code == "411"]
    assert details == [("411 Clients", m("300")), ("411 Clients", m("50"))]
    # The overdraft (50 in, 80 out) is a debt too: 300 + 80 = 200 + 50 + 30 + result 100.
    assert passif["Emprunts et dettes auprès des établissements de crédit"].values[NET] == m("30")
    assert r.ok and r.checks[0].detail == (f"Exercice 2025 : total actif {euros(m('380'))} = "
                                           f"total passif {euros(m('380'))}")
    # The notes say where the advances went (both kinds here), citing L123-19 al. 2.
    assert r.notes[2:4] == (
        "Avances reçues des clients (un client au solde créditeur) portées en « Autres "
        "dettes », non compensées avec les créances clients.",
        "Avances versées aux fournisseurs (un fournisseur au solde débiteur) portées en "
        "« Autres créances », non compensées avec les dettes fournisseurs.")
    assert "sans compensation (C. com. art. L123-19 al. 2, PCG art. 112-2)" in r.notes[0]


def test_a_previous_result_not_yet_allocated_is_on_its_own_line(book_path):
    """1 700,01 still on 120 (the AG has not met), a deficit of 300,00 this year: the
    result line shows −300,00, not 1 400,01."""
    book = _book(book_path)
    post_entry(book, draft(dt.date(2025, 1, 1), ("512", "1 700,01", ""),
                           ("120", "", "1 700,01"), journal="OD"))
    post_entry(book, depense(Simple(dt.date(2025, 5, 1), m("300"), "Loyer"), account="613",
                             paid_from="512"))
    r = build(book, "bilan", "2025")
    passif = _passif(r)
    assert passif["Excédent ou déficit de l'exercice"].values == (None, None, m("-300"))
    assert passif["Résultat en instance d'affectation"].values == (None, None, m("1 700,01"))
    labels = [row.label for row in r.rows]
    assert labels.index("Résultat en instance d'affectation") < labels.index(
        "Excédent ou déficit de l'exercice") < labels.index("Situation nette (sous total)")
    assert passif["Situation nette (sous total)"].values[NET] == m("1 400,01")
    assert r.ok
    assert r.notes[-1] == (
        "Un résultat antérieur que l'assemblée générale n'a pas encore affecté reste en "
        "120/129 : il figure à part, sur la ligne « Résultat en instance d'affectation ».")
    assert build(book, "resultat", "2025").row("EXCÉDENT OU DÉFICIT").values[0] == m("-300")


def test_fonds_reportes_apart_from_fonds_dedies_and_the_totals_numbered(book_path):
    book = _book(book_path)
    post_entry(book, draft(dt.date(2025, 1, 1), ("512", "80", ""), ("1911", "", "50"),
                           ("194", "", "30"), journal="OD"))
    r = build(book, "bilan", "2025")
    passif = _passif(r)
    assert passif["Fonds reportés liés aux legs ou donations"].values[NET] == m("50")
    assert passif["Fonds dédiés"].values[NET] == m("30")
    assert passif["Total III"].values[NET] == m("80")  # 2025: II is AUTRES FONDS PROPRES
    # Art. 410-2: a rubrique without amounts is not mentioned, heading nor total; the others
    # keep their numbers and the TOTAL GENERAL its label.
    # Nothing in the fonds propres either: no FONDS PROPRES, Situation nette nor Total I.
    assert [row.label for row in r.rows if row.kind is RowKind.HEADING] == [
        "ACTIF CIRCULANT", "FONDS REPORTES ET DEDIES"]
    assert [row.label for row in r.rows if row.kind is RowKind.TOTAL] == [
        "Total III", "TOTAL GENERAL (I + II + III + IV + V + VI)",
        "Total III", "TOTAL GENERAL (I + II + III + IV + V + VI)"]
    assert "Situation nette (sous total)" not in passif
    assert "Report à nouveau" not in passif  # empty in N and N-1 (art. 410-2)


def test_a_group_of_postes_without_amounts_is_not_mentioned(book_path):
    """Only a computer under the immobilisations: « Immobilisations corporelles : » and its
    line, not « Immobilisations incorporelles : » nor « Immobilisations financières : »."""
    book = _book(book_path)
    post_entry(book, draft(dt.date(2025, 1, 1), ("2183", "900", ""), ("1021", "", "900"),
                           journal="OD"))
    r = build(book, "bilan", "2025")
    labels = [row.label for row in r.rows]
    assert labels[:4] == ["ACTIF IMMOBILISE", "Immobilisations corporelles :",
                          "Autres immobilisations corporelles", "Total II"]
    assert not any(label.startswith(("Immobilisations incorporelles",
                                     "Immobilisations financières", "ACTIF CIRCULANT"))
                   for label in labels)
    assert _actif(r)["Total II"].values == (m("900"), m("0"), m("900"))


def test_a_computer_shows_brut_amortissement_and_net(book_path):
    """Bought 1 200, depreciated 400: Brut 1 200 | Amortissements 400 | Net 800."""
    book = _book(book_path)
    post_entry(book, draft(dt.date(2025, 1, 1), ("512", "1 500", ""), ("1021", "", "1 500"),
                           journal="OD"))
    post_entry(book, depense(Simple(dt.date(2025, 2, 1), m("1 200"), "Ordinateur"),
                             account="2183", paid_from="512"))
    post_entry(book, draft(dt.date(2025, 12, 31), ("6811", "400", ""), ("2818", "", "400"),
                           journal="OD"))
    r = build(book, "bilan", "2025", detail=True)
    actif = _actif(r)
    line = actif["Autres immobilisations corporelles"]
    assert line.values == (m("1 200"), m("400"), m("800"))
    assert actif["Total II"].values == (m("1 200"), m("400"), m("800"))
    assert actif["Disponibilités"].values == (m("300"), None, m("300"))
    assert r.columns == ("Brut", "Amortissements et dépréciations (à déduire)", "Net 2025")
    details = {row.code: row.values for row in r.rows if row.kind is RowKind.DETAIL}
    assert details["2183"] == (m("1 200"), None, m("1 200"))
    assert details["2818"] == (None, m("400"), m("-400"))
    assert r.ok


def test_each_year_its_own_model_and_n_minus_1_placed_with_n(two_years):
    old = build(two_years, "bilan", "2024")
    new = build(two_years, "bilan", "2025")
    assert [r.label for r in old.rows if r.kind is RowKind.TOTAL][-1] == (
        "TOTAL GENERAL (I + II + III + IV + V)")
    assert [r.label for r in new.rows if r.kind is RowKind.TOTAL][-1] == (
        "TOTAL GENERAL (I + II + III + IV + V + VI)")
    assert "version d'origine" in old.notes[0] and "1er janvier 2025" in new.notes[0]
    assert all("simplifié" not in n for n in old.notes + new.notes)
    assert "art. 421-1" in new.notes[0] and "art. 410-2" in new.notes[0]
    assert new.columns == ("Brut", "Amortissements et dépréciations (à déduire)",
                           "Net 2025", "Net 2024")
    passif = [r for r in new.rows if r.kind is RowKind.COLUMNS]
    assert [(r.label, r.level, r.texts) for r in passif] == [
        ("PASSIF", 0, ("", "", "Exercice 2025", "Exercice 2024"))]  # level 0: a page of its own
    # A situation at the year's end date (both years still open here).
    assert (old.title, new.title) == ("Bilan provisoire au 31/12/2024 – exercice non clos",
                                      "Bilan provisoire au 31/12/2025 – exercice non clos")
    # The actif's totals run I–V in 2024, II–III (then IV–VI) in 2025.
    assert _actif(old)["Total II"].values[NET] == _actif(new)["Total III"].values[NET_1]
    assert _actif(new)["Disponibilités"].values == (
        m("5 199,50"), None, m("5 199,50"), m("5 099,50"))
    assert new.ok and old.ok


def test_every_account_of_both_charts_on_a_poste_in_a_book(two_years):
    """A posting on each class 1–5 account a user can post on (three digits at least: the
    others group them) of 2024 (chart 2018) and 2025 (chart 2025): no « comptes sans
    ligne », and the bilan still balances."""
    with two_years.session() as s:
        charts = {y: [c for (c,) in s.execute(__import__("sqlalchemy").text(
            "SELECT a.code FROM account a JOIN fiscal_year f ON f.chart_id = a.chart_id "
            "WHERE f.label = :y AND substr(a.code, 1, 1) IN ('1','2','3','4','5') "
            "AND length(a.code) >= 3 AND a.code <> '512' ORDER BY a.code"), {"y": y})]
                  for y in ("2024", "2025")}
    for year, codes in charts.items():
        d = dt.date(int(year), 6, 1)
        for i, code in enumerate(codes):
            debit = i % 2 == 0  # both sides of the balance
            post_entry(two_years, draft(d, (code, "1" if debit else "", "" if debit else "1"),
                                        ("512", "" if debit else "1", "1" if debit else ""),
                                        journal="OD"))
    r = build(two_years, "bilan", "2025", detail=True)
    assert [c.sentence() for c in r.checks if not c.ok] == []
    assert not any("sans ligne" in c.detail for c in r.checks)


def test_the_demo_book_balances(tmp_path):
    from assocompta.services.demo import create_demo
    book = create_demo(tmp_path / "demo.assocompta")
    try:
        for year in ("2024", "2025"):
            r = build(book, "bilan", year, detail=True)
            assert r.ok, [c.sentence() for c in r.checks]
            totals = [row for row in r.rows if row.label.startswith("TOTAL GENERAL")]
            assert totals[0].values[NET] == totals[1].values[NET] > Money(0)
        # The demo has only a bank account and fonds propres: no « ACTIF IMMOBILISE … Total
        # II 0,00 », no FONDS REPORTES ET DEDIES, PROVISIONS nor DETTES (art. 410-2).
        r = build(book, "bilan", "2025")
        shown = [(row.label, [str(v) for v in row.values if v is not None])
                 for row in r.rows if row.kind in (RowKind.HEADING, RowKind.TOTAL)]
        # Its notes: the model, FONDS PROPRES' footnote, the result rule; no advance, no
        # result waiting for the AG's allocation, so nothing about them.
        assert r.notes[1:] == (
            "* Pour l'application des dispositions de l'article 315-1 du règlement n° 2014-03 "
            "du 5 juin 2014 modifié relatif au plan comptable général, la rubrique « Fonds "
            "propres » du présent règlement est considérée équivalente à celle des capitaux "
            "propres.",
            "« Excédent ou déficit de l'exercice » : produits − charges de l'exercice (classes "
            "7 − 6), porté en 120/129 à la clôture.")
        assert shown == [
            ("ACTIF CIRCULANT", []),
            ("Total III", ["10773,40", "0,00", "10773,40", "8966,02"]),
            ("TOTAL GENERAL (I + II + III + IV + V + VI)",
             ["10773,40", "0,00", "10773,40", "8966,02"]),
            ("FONDS PROPRES *", []),
            ("Total I", ["10773,40", "8966,02"]),
            ("TOTAL GENERAL (I + II + III + IV + V + VI)", ["10773,40", "8966,02"])]
    finally:
        book.close()


def test_totals_are_their_formulas_in_the_model_and_the_workbook(book_path, tmp_path):
    """Every total and subtotal is the sum it names, column by column, blanks left out; the
    workbook holds them as formulas and the passif under its own headings."""
    from openpyxl import load_workbook

    from assocompta.reports.model import evaluate
    from assocompta.services.reports import write
    book = _book(book_path)
    add_tiers(book, "A", "Client A")
    post_entry(book, draft(dt.date(2025, 1, 2), ("512", "2 000", ""), ("1021", "", "2 000"),
                           journal="OD"))
    post_entry(book, depense(Simple(dt.date(2025, 2, 1), m("1 200"), "Ordinateur"),
                             account="2183", paid_from="512"))
    post_entry(book, draft(dt.date(2025, 12, 31), ("6811", "400", ""), ("2818", "", "400"),
                           journal="OD"))
    post_entry(book, EntryDraft(dt.date(2025, 3, 1), "OD", "Facture", (
        _line("411", "300", tiers="A"), _line("706", credit="300"))))
    for detail in (False, True):
        r = build(book, "bilan", "2025", detail=detail)
        rows = list(r.rows)
        checked = [(i, k) for i, row in enumerate(rows) for k in range(len(r.columns))
                   if row.has_formula(k)]
        assert len(checked) > 10
        assert all(evaluate(rows, i, k) == rows[i].values[k] for i, k in checked)
    ws = load_workbook(write([("Bilan", r)], tmp_path / "bilan.xlsx")).active
    cells = {ws.cell(n, 1).value: [ws.cell(n, c).value for c in range(2, 6)]
             for n in range(1, ws.max_row + 1)}
    assert cells["ACTIF"][:3] == ["Brut", "Amortissements et dépréciations (à déduire)",
                                  "Net 2025"]
    assert cells["PASSIF"][:3] == [None, None, "Exercice 2025"]
    # In detail: the line adds its accounts (2183 in Brut, 2818 in Amortissements).
    assert [str(v)[:5] for v in cells["Autres immobilisations corporelles"][:3]] == [
        "=SUM("] * 3
    assert cells["2183 Matériel de bureau et matériel informatique"][:3] == [1200, None, 1200]
    assert cells["2818 Amortissements des autres immobilisations corporelles"][:3] == [
        None, 400, -400]
    assert cells["Total II"][0].startswith("=SUM(")
