"""The numbers a treasurer reads on the compte de résultat, bilan, balance, grand livre."""

import csv
import datetime as dt
import subprocess

from openpyxl import load_workbook
from sqlalchemy import text

from assocompta.domain.entries import Simple, depense
from assocompta.domain.money import Money
from assocompta.reports.model import RowKind
from assocompta.services.ledger import post_entry
from assocompta.services.reports import SHEETS, build, write
from tests.helpers import m
from tests.reports.tools import need


def v(report, label, col=0):
    return report.row(label).values[col]


def test_compte_de_resultat_n_and_n_minus_1(two_years):
    r = build(two_years, "resultat", "2025")
    assert r.columns == ("Exercice 2025", "Exercice 2024")
    assert v(r, "Cotisations") == m("2 500") and v(r, "Cotisations", 1) == m("2 400")
    # 74 (2018 chart) and 741 (2025 chart) land on the same line.
    assert v(r, "Concours publics et subventions d'exploitation") == m("4 000")
    assert v(r, "Concours publics et subventions d'exploitation", 1) == m("4 000")
    assert v(r, "Ventes de biens") == m("150")
    assert v(r, "dont ventes de dons en nature") == m("150")
    assert v(r, "Total des produits d'exploitation (I)") == m("6 700")
    assert v(r, "Autres achats et charges externes") == m("1 500,50")
    assert v(r, "EXCÉDENT OU DÉFICIT") == m("5 199,50")
    assert v(r, "EXCÉDENT OU DÉFICIT", 1) == m("5 099,50")
    totals = [row for row in r.rows if row.label == "TOTAL"]
    assert [t.values[0] for t in totals] == [m("800"), m("800")]
    assert v(r, "Bénévolat") == m("800") and v(r, "Personnel bénévole") == m("800")
    assert r.ok
    labels = [row.label for row in r.rows]
    assert "Mécénats" not in labels  # empty in N and N-1: left out (art. 410-2)
    assert labels.index("EXCÉDENT OU DÉFICIT") < labels.index("CONTRIBUTIONS VOLONTAIRES EN NATURE")


def test_resultat_detail_lists_accounts_under_their_line(two_years):
    r = build(two_years, "resultat", "2025", detail=True)
    details = [(row.code, row.values) for row in r.rows if row.kind is RowKind.DETAIL]
    assert ("613", (m("1 200"), m("1 200"))) in details
    assert ("741", (m("4 000"), m("4 000"))) in details  # 2024 too: no posting on « 74 »


def test_deficit_and_failing_checks_are_stated(two_years):
    post_entry(two_years, depense(Simple(dt.date(2025, 6, 1), m("10 000"), "Travaux"),
                                  account="615", paid_from="512"))
    with two_years.transaction() as s:  # a mixed 86/512 entry: balanced, but breaks 86 = 87
        s.execute(text("INSERT INTO entry (year_id, journal_id, number, date, label) "
                       "VALUES (2, 3, 99, '2025-06-02', 'mauvaise saisie')"))
        eid = s.execute(text("SELECT max(id) FROM entry")).scalar()
        for pos, code, d, c in ((1, "864", 16600, 0), (2, "512", 0, 16600)):
            s.execute(text("INSERT INTO entry_line (entry_id, position, account_id, debit, "
                           "credit) SELECT :e, :p, id, :d, :c FROM account WHERE code = :code "
                           "AND chart_id = 2"), dict(e=eid, p=pos, d=d, c=c, code=code))
    r = build(two_years, "resultat", "2025")
    assert v(r, "EXCÉDENT OU DÉFICIT") == m("-4 800,50")
    failing = [c.detail for c in r.checks if not c.ok]
    assert failing == ["Exercice 2025 : contributions volontaires : emplois 966,00 € ≠ "
                       "ressources 800,00 €"]


def test_bilan_balances_with_the_result_of_the_year(two_years):
    r = build(two_years, "bilan", "2025")
    assert v(r, "Disponibilités") == m("5 199,50")  # Brut
    assert v(r, "Excédent ou déficit de l'exercice", 2) == m("5 199,50")  # Exercice N
    actif, passif = (row for row in r.rows if row.label.startswith("TOTAL GENERAL"))
    assert actif.values[2] == passif.values[2] == m("5 199,50")  # Net N, Exercice N
    assert r.ok


def test_overdraft_goes_to_the_passif(two_years):
    post_entry(two_years, depense(Simple(dt.date(2025, 7, 1), m("9 000"), "Matériel"),
                                  account="6063", paid_from="512"))
    r = build(two_years, "bilan", "2025")
    assert v(r, "Emprunts et dettes auprès des établissements de crédit", 2) == m("4 000,50")
    assert v(r, "Disponibilités") == m("200")
    assert r.ok



def test_bilan_detail_lists_accounts_under_their_line(two_years, tmp_path):
    post_entry(two_years, depense(Simple(dt.date(2025, 7, 1), m("9 000"), "Matériel"),
                                  account="6063", paid_from="512"))
    r = build(two_years, "bilan", "2025", detail=True)
    plain = build(two_years, "bilan", "2025")
    lines = [row for row in r.rows if row.kind is not RowKind.DETAIL]
    assert [(x.label, x.values) for x in lines] == [(x.label, x.values) for x in plain.rows]
    details = {row.code: row.values[2] for row in r.rows if row.kind is RowKind.DETAIL}
    at = [row.label for row in r.rows].index("Emprunts et dettes auprès des établissements de crédit")
    assert r.rows[at + 1].code == "512" and details["512"] == m("4 000,50")  # overdrawn
    assert r.ok
    path = write([("Bilan", r)], tmp_path / "bilan.csv")
    assert any(row and row[0].startswith("512 ") for row in
               csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))

def test_balance_grand_livre_journal_balance(two_years):
    bal = build(two_years, "balance", "2025")
    assert v(bal, "Totaux") == v(bal, "Totaux", 1) == m("9 000,50")
    assert bal.ok
    gl = build(two_years, "grand-livre", "2025")
    rows = list(gl.rows)
    assert list(gl.rows) == rows  # read again from the book, the same
    assert gl.columns == ("Débit", "Crédit", "Solde débiteur", "Solde créditeur")
    heading = [r.label for r in rows].index("512 Banques")
    # The balance after each line, on its side (issue 16: it was a signed number).
    running = [r.values[2:] for r in rows[heading + 1: heading + 6]]
    assert running == [(None, m("1 200")), (None, m("1 500,50")), (m("999,50"), None),
                       (m("4 999,50"), None),
                       (m("4 999,50"), None)]  # the last one is the account's total line
    total_512 = gl.row("Total 512")
    assert total_512.values == (m("6 500"), m("1 500,50"), m("4 999,50"), None)
    # As on the balance: the accounts' soldes débiteurs = soldes créditeurs.
    assert gl.row("Total général").values == (m("9 000,50"), m("9 000,50"), m("7 500"),
                                              m("7 500"))
    assert gl.ok and "9 000,50 € = total crédit 9 000,50 €" in gl.checks[0].sentence()
    jr = build(two_years, "journal", "2025")
    assert jr.row("Totaux").values == (m("9 000,50"), m("9 000,50"))
    assert len([r for r in jr.rows if r.kind is RowKind.LINE]) == 14


def test_xlsx_cells_are_numbers_and_totals_are_formulas(two_years, tmp_path):
    r = build(two_years, "resultat", "2025")
    path = write([(SHEETS["resultat"], r)], tmp_path / "cr.xlsx")
    ws = load_workbook(path)["Compte de résultat"]
    assert ws["A1"].value == "Les Amis"
    assert ws["A2"].value == "Compte de résultat"
    assert ws.freeze_panes == "B7"
    cells = {ws.cell(row, 1).value: (ws.cell(row, 2), ws.cell(row, 3))
             for row in range(7, ws.max_row + 1)}
    cot = cells["Cotisations"][0]
    assert cot.data_type == "n" and float(cot.value) == 2500 and "€" in cot.number_format
    total = cells["Total des produits d'exploitation (I)"][0]
    assert total.value.startswith("=SUM(")
    assert cells["EXCÉDENT OU DÉFICIT"][0].value.startswith("=")
    assert int(ws.page_setup.paperSize) == 9 and int(ws.page_setup.fitToWidth) == 1  # A4


def test_csv_rereads_to_the_same_numbers(two_years, tmp_path):
    r = build(two_years, "balance", "2025")
    path = write([("Balance", r)], tmp_path / "b.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["Compte", "Intitulé", "Débit", "Crédit", "Solde débiteur",
                       "Solde créditeur"]
    by_code = {row[0]: row for row in rows[1:]}
    assert by_code["512"][2:4] == ["6500,00", "1500,50"]
    assert Money.parse(by_code["512"][4]) == m("4 999,50")
    total = next(row for row in rows if row[1] == "Totaux")
    assert total[2] == total[3] == "9000,50"


def test_formula_injection_is_neutralised(two_years, tmp_path):
    post_entry(two_years, depense(Simple(dt.date(2025, 8, 1), m("1"), "=HYPERLINK(\"x\")"),
                                  account="626", paid_from="512"))
    jr = build(two_years, "journal", "2025")
    xlsx = write([("Journal", jr)], tmp_path / "j.xlsx")
    ws = load_workbook(xlsx).active
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "'=HYPERLINK(\"x\")" in texts
    assert not any(t.startswith("=HYPERLINK") for t in texts)
    path = write([("Journal", jr)], tmp_path / "j.csv")
    assert ";'=HYPERLINK" in path.read_text(encoding="utf-8-sig").replace('"', "")


def test_pdf_holds_the_totals(two_years, tmp_path):
    pdftotext = need("pdftotext")
    r = build(two_years, "resultat", "2025")
    path = write([("x", r)], tmp_path / "cr.pdf")
    out = subprocess.run([pdftotext, "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    assert "Les Amis" in out and "page 1 / 1" in out
    assert "EXCÉDENT OU DÉFICIT" in out
    assert "5 199,50 €" in out.replace("\u202f", " ").replace("\xa0", " ")


def test_cli_report_exit_codes(two_years, book_path, tmp_path):
    from assocompta.cli import main
    two_years.close()
    book = str(book_path)
    assert main(["report", "resultat", book, "--year", "2025", "-o",
                 str(tmp_path / "x.xlsx")]) == 0
    assert main(["report", "bilan", book, "--year", "2025", "-o", str(tmp_path / "x.odt")]) == 1
    assert main(["report", "journal", book, "--year", "2031", "-o",
                 str(tmp_path / "j.pdf")]) == 1
