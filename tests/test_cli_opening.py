"""assocompta init --opening: an association that already exists starts with its balances."""

from __future__ import annotations

import pytest

from assocompta.cli import main
from assocompta.storage.books import open_book
from tests.conftest import ENGINES


def _lines(target) -> list[tuple]:
    with open_book(target, readonly=True) as book, book.session() as s:
        return book.raw_connection(s).execute(
            "SELECT e.number, e.date, j.code, a.code, a.label, l.debit, l.credit "
            "FROM entry e JOIN journal j ON j.id = e.journal_id "
            "JOIN entry_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id "
            "ORDER BY l.position").fetchall()


@pytest.mark.parametrize("engine", ENGINES)
def test_init_with_bank_and_cash_books_one_opening_entry(book_path, capsys):
    assert main(["init", str(book_path), "--name", "Club", "--start", "2025-01-01",
                 "--opening", "512=1234,56", "--opening", "530=80"]) == 0
    out = capsys.readouterr().out.replace("\u202f", " ").replace("\u00a0", " ")
    assert ("Soldes d'ouverture : écriture n°1 au journal AN du 01/01/2025, 3 lignes, "
            "1 314,56 € au débit et au crédit") in out
    assert _lines(book_path) == [
        (1, "2025-01-01", "AN", "512", "Banques", 123456, 0),
        (1, "2025-01-01", "AN", "530", "Caisse", 8000, 0),
        (1, "2025-01-01", "AN", "1021", "Première situation nette établie", 0, 131456)]
    assert main(["check", str(book_path)]) == 0


def test_init_with_a_named_bank_and_the_previous_bilan(tmp_path, capsys):
    book = tmp_path / "club.assocompta"
    assert main(["init", str(book), "--name", "Club", "--start", "2025-01-01",
                 "--opening", "5121:Crédit Mutuel=2 345,67", "--opening", "530=120",
                 "--opening", "1021=2000", "--opening", "110=165,67",
                 "--opening", "401=300"]) == 0
    assert [(r[3], r[4], r[5], r[6]) for r in _lines(book)] == [
        ("5121", "Crédit Mutuel", 234567, 0), ("530", "Caisse", 12000, 0),
        ("1021", "Première situation nette établie", 0, 200000),
        ("110", "Report à nouveau - solde créditeur", 0, 16567),
        ("401", "Fournisseurs", 0, 30000)]
    capsys.readouterr()
    assert main(["report", "bilan", str(book), "--year", "2025",
                 "-o", str(tmp_path / "bilan.csv")]) == 0
    text = (tmp_path / "bilan.csv").read_text(encoding="utf-8-sig")
    total = "TOTAL GENERAL (I + II + III + IV + V + VI)"  # actif: Brut;Amort.;Net, passif: N
    assert f"{total};2465,67;0,00;2465,67" in text and f"{total};;;2465,67" in text


@pytest.mark.parametrize("opening, fragment", [
    (["5121:Crédit Mutuel=2 345,67", "530=120", "1021=2000", "401=300"],
     "il manque 165,67\u00a0€ au passif. Un bilan approuvé est équilibré"),
    (["512=2000", "102=2000"], "compte 102 : compte de regroupement ; choisissez l'un de "
     "ses sous-comptes (1021, 1022, 1023, 1024)"),
    (["512=2000", "4417=50", "1021=2050"], "compte 4417 absent du plan comptable"),
    (["5121=10"], "compte 5121 : donnez le nom de ce compte bancaire"),
    (["601=10"], "compte 601 : les soldes d'ouverture vont sur les comptes de bilan"),
    (["530=1,234"], "champ --opening 530 : montant « 1,234 » : plus de 2 décimales"),
    (["530=-5"], "champ Caisse : une caisse ne peut pas être négative"),
    (["530"], "écrivez COMPTE=MONTANT"),
])
def test_init_refuses_bad_openings_and_makes_no_book(tmp_path, capsys, opening, fragment):
    book = tmp_path / "club.assocompta"
    argv = ["init", str(book), "--name", "Club", "--start", "2025-01-01"]
    for item in opening:
        argv += ["--opening", item]
    assert main(argv) == 1
    err = capsys.readouterr().err.replace("\u202f", " ")
    assert fragment.replace("\u202f", " ") in err
    assert not book.exists()


def _entry(target) -> tuple:
    with open_book(target, readonly=True) as book, book.session() as s:
        return book.raw_connection(s).execute(
            "SELECT date, piece_ref, piece_date FROM entry").fetchone()


def test_init_accepts_any_leaf_account_and_keeps_467_receivable_and_debt_apart(tmp_path):
    """1022 and 1024 (no longer the grouping 102), 275, 37, 131, 151, another receivable and
    another debt on 467 as two lines; the piece is the bilan, dated the day before."""
    book = tmp_path / "club.assocompta"
    assert main(["init", str(book), "--name", "Club", "--start", "2025-01-01",
                 "--opening", "512=1000", "--opening", "1022=800", "--opening", "1024=200",
                 "--opening", "275=150", "--opening", "37=60", "--opening", "131=100",
                 "--opening", "151=40", "--opening", "467=90", "--opening", "467=-160",
                 ]) == 0
    assert [(r[3], r[5], r[6]) for r in _lines(book)] == [
        ("512", 100000, 0), ("275", 15000, 0), ("37", 6000, 0), ("467", 9000, 0),
        ("1022", 0, 80000), ("131", 0, 10000), ("151", 0, 4000), ("467", 0, 16000),
        ("1024", 0, 20000)]
    assert _entry(book) == ("2025-01-01", "Bilan au 31/12/2024", "2024-12-31")
    fec = tmp_path / "fec.txt"
    # « 37 » is a leaf of the chart but has two characters, which the FEC refuses: the
    # opening entry stays a draft until the line is moved to a sub-account (370…).
    assert main(["entries", "validate", str(book), "--year", "2025"]) == 1
    assert not fec.exists()


def test_init_without_a_bilan_takes_first_day_debts_and_receivables(tmp_path):
    """No fonds propres given: 1021 is what is held less what is owed (2018 chart: 4417)."""
    book = tmp_path / "club.assocompta"
    assert main(["init", str(book), "--name", "Club", "--start", "2024-01-01",
                 "--opening", "512=1000", "--opening", "4417=500",
                 "--opening", "401=300"]) == 0
    assert [(r[3], r[5], r[6]) for r in _lines(book)] == [
        ("512", 100000, 0), ("4417", 50000, 0), ("401", 0, 30000), ("1021", 0, 120000)]
    assert _entry(book) == ("2024-01-01", "Relevés, caisse, créances et dettes au 31/12/2023",
                            "2023-12-31")


def test_init_help_names_the_opening_option(capsys):
    with pytest.raises(SystemExit):
        main(["init", "--help"])
    out = capsys.readouterr().out
    assert "--opening COMPTE=MONTANT" in out and "1021" in out


def test_a_result_opened_from_the_bilan_shows_as_waiting_for_its_allocation(tmp_path):
    """Opened from a bilan whose result is not yet allocated: the bilan shows it on its own
    line, « Résultat en instance d'affectation », apart from the open year's result."""
    from assocompta.services.reports import build
    book = tmp_path / "club.assocompta"
    assert main(["init", str(book), "--name", "Club", "--start", "2025-01-01",
                 "--opening", "512=1000", "--opening", "1021=800", "--opening", "120=120",
                 "--opening", "1911=50", "--opening", "194=30"]) == 0
    with open_book(book, readonly=True) as b:
        report = build(b, "bilan", "2025", detail=True)
    rows = [(r.label, [str(v) for v in r.values if v is not None]) for r in report.rows]
    at = rows.index(("Résultat en instance d'affectation", ["120,00"]))
    assert rows[at + 1] == ("120 Résultat de l'exercice (excédent)", ["120,00"])
    # Nothing earned or spent yet: no « Excédent ou déficit » line (art. 410-2).
    assert "Excédent ou déficit de l'exercice" not in [label for label, _ in rows]
    assert report.title == "Bilan provisoire au 31/12/2025 – exercice non clos"
    dedicated = rows.index(("FONDS REPORTES ET DEDIES", []))
    assert rows[dedicated + 1:dedicated + 6:2] == [
        ("Fonds reportés liés aux legs ou donations", ["50,00"]),
        ("Fonds dédiés", ["30,00"]), ("Total III", ["80,00"])]
