"""The command line on a book in PostgreSQL: ``assocompta --db URL COMMAND`` (or the URL as
BOOK), with outcomes read back from the database and the password never printed."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from assocompta.cli import main
from assocompta.services.ledger import post_entry
from assocompta.storage.books import open_book
from tests.helpers import SIREN, draft
from tests.storage.pg_support import pg_connect, require_postgres

require_postgres()

BANK_DATA = Path(__file__).parent / "bank" / "data"


@pytest.fixture
def url(pg_url) -> str:
    """The empty test database's URL with a password in it (the test server ignores it)."""
    scheme, rest = pg_url.split("://", 1)
    user, host = rest.split("@", 1)
    return f"{scheme}://{user}:secret@{host}"


@pytest.fixture
def cli(capsys):
    """Run ``assocompta ARGS`` in this process: (exit code, stdout, stderr); no output may
    hold the password."""
    def run(*args) -> tuple[int, str, str]:
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # usage errors
            code = exc.code
        out, err = capsys.readouterr()
        assert "secret" not in out + err, out + err
        return code, out, err
    return run


def _rows(url: str, sql: str, params=()) -> list[tuple]:
    conn = pg_connect(url)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _init(cli, url, start="2025-01-01"):
    code, out, err = cli("--db", url, "init", "--name", "Club", "--start", start,
                         "--siren", SIREN)
    assert code == 0, err
    return out


def test_init_then_year_add_with_the_url_as_book(cli, url):
    out = _init(cli, url, "2024-07-01")
    assert "Livre créé : postgresql://postgres:***@" in out and "2024-2025" in out
    code, out, err = cli("year", "add", url, "--start", "2025-07-01")
    assert code == 0, err
    assert "Exercice 2025-2026 ajouté (01/07/2025 – 30/06/2026)" in out
    assert _rows(url, "SELECT label, start_date, end_date FROM fiscal_year ORDER BY start_date") \
        == [("2024-2025", "2024-07-01", "2025-06-30"), ("2025-2026", "2025-07-01", "2026-06-30")]
    assert _rows(url, "SELECT name, siren FROM association") == [("Club", SIREN)]
    code, out, _ = cli("--db", url, "accounts", "--year", "2025-2026")
    assert code == 0 and "\n7571 " in out
    code, _, err = cli("--db", url, "init", "--name", "Autre", "--start", "2025-01-01")
    assert code == 1 and "contient déjà un livre" in err and "postgres:***@" in err


def test_demo_then_report_xlsx_and_check(cli, url, tmp_path):
    from openpyxl import load_workbook
    code, out, err = cli("--db", url, "demo")
    assert code == 0, err
    assert "Livre d'exemple créé : postgresql://postgres:***@" in out
    assert _rows(url, "SELECT label, closed_at IS NOT NULL FROM fiscal_year ORDER BY label") \
        == [("2024", True), ("2025", False), ("2026", False)]
    assert _rows(url, "SELECT count(*) FROM bank_line WHERE entry_id IS NULL") == [(5,)]
    dest = tmp_path / "resultat.xlsx"
    code, out, err = cli("--db", url, "report", "resultat", "--year", "2025", "-o", dest)
    assert code == 0, err
    assert "✓ Exercice 2025 : charges 28 121,15 € + excédent 1 807,38 €" in out
    cells = [c for row in load_workbook(dest).active.iter_rows(values_only=True) for c in row]
    assert "Les Amis du Quartier" in " ".join(str(c) for c in cells if c)
    code, _, err = cli("demo", url)
    assert code == 1 and "contient déjà un livre" in err
    code, out, err = cli("--db", url, "check")
    assert (code, out.strip()) == (0, "Livre cohérent : aucun problème"), err


def test_fec_import_export_round_trip_and_a_second_import_refused(cli, url, tmp_path):
    _init(cli, url)
    fec = tmp_path / "in.txt"
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from synthetic import generate
    lines = generate(fec, 300, 2025)
    code, out, err = cli("--db", url, "fec", "import", fec)
    assert code == 0, err
    assert f"300 écritures ({lines} lignes) importées" in out
    assert _rows(url, "SELECT count(*), max(number) FROM entry") == [(300, 300)]
    code, out, err = cli("--db", url, "fec", "export", "--year", "2025", "-o",
                         tmp_path / "out.txt")
    assert code == 0, err
    assert (tmp_path / "out.txt").read_bytes() == fec.read_bytes()
    code, _, err = cli("--db", url, "fec", "import", fec)
    assert code == 1 and "déjà été importé" in err
    assert _rows(url, "SELECT count(*) FROM entry") == [(300,)]
    code, out, err = cli("--db", url, "check", "--year", "2025")
    assert code == 0, out + err


def test_bank_import_twice(cli, url):
    _init(cli, url)
    code, out, err = cli("--db", url, "bank", "import", "--account", "512",
                         BANK_DATA / "ca_mars_2025.csv")
    assert code == 0, err
    assert out.strip() == "7 lignes ajoutées à catégoriser, 0 déjà importée"
    code, out, _ = cli("--db", url, "bank", "import", "--account", "512",
                       BANK_DATA / "ca_avril_2025.csv", "--preset", "credit-agricole")
    assert out.strip() == "2 lignes ajoutées à catégoriser, 3 déjà importées"
    assert _rows(url, "SELECT count(*), sum(amount) FROM bank_line WHERE account = '512'")[0][0] \
        == 9
    code, _, err = cli("--db", url, "bank", "import", "--account", "626",
                       BANK_DATA / "lcl_mars_2025.qif")
    assert code == 1 and "compte de banque" in err


def test_year_close_then_allocate(cli, url):
    _init(cli, url, "2024-01-01")
    with open_book(url) as book:
        post_entry(book, draft(dt.date(2024, 1, 1), ("512", "1 000", ""), ("102", "", "1 000"),
                               journal="AN"))
        post_entry(book, draft(dt.date(2024, 3, 1), ("512", "250", ""), ("7561", "", "250")))
        post_entry(book, draft(dt.date(2024, 4, 1), ("626", "50,50", ""), ("512", "", "50,50")))
    code, out, _ = cli("--db", url, "year", "close", "--year", "2024")
    assert code == 1 and "rien n'a été écrit" in out
    conn = pg_connect(url)
    conn.execute("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                 "closing_balance, finished_at) VALUES ('512', '2024-12-31', 0, 119950, "
                 "'2025-01-08')")
    conn.commit()
    conn.close()
    code, out, err = cli("--db", url, "year", "close", "--year", "2024")
    assert code == 0, out + err
    assert "Résultat de l'exercice 2024 : excédent de 199,50 € (compte 120)" in out
    assert "À-nouveaux : écriture n°1 de l'exercice 2025 (journal AN, 3 lignes)" in out
    assert "assocompta year allocate postgresql://postgres:***@" in out
    assert _rows(url, "SELECT label, closed_at IS NOT NULL FROM fiscal_year ORDER BY label") \
        == [("2024", True), ("2025", False)]
    code, out, err = cli("--db", url, "year", "allocate", "--year", "2024", "--report",
                         "149,50", "--reserves", "50", "--date", "2025-06-01")
    assert code == 0, err
    assert _rows(url, "SELECT SUM(l.credit) FROM entry_line l JOIN account a "
                      "ON a.id = l.account_id WHERE a.code = '1068'") == [(5000,)]


@pytest.mark.parametrize("args, fragment", [
    (["--db", "{url}", "check", "{url}"], "donné deux fois"),
    (["check"], "il manque : BOOK"),
    (["--db", "{url}", "copy", "a.assocompta", "b.assocompta"], "ne prend pas de livre"),
    (["--db", "club.assocompta", "check"], "--db attend l'adresse"),
    (["--db", "postgresql:/postgres:secret@hote/club", "check"], "--db attend l'adresse"),
    (["--db", "{url}", "bank", "presets"], "« bank presets » ne prend pas de livre"),
])
def test_book_given_twice_or_not_at_all_is_a_usage_error(cli, url, args, fragment):
    code, out, err = cli(*[a.format(url=url) for a in args])
    assert code == 2 and fragment in err
    assert _rows(url, "SELECT count(*) FROM pg_tables WHERE tablename = 'entry'") == [(0,)]


def test_a_wrong_database_is_named_without_its_password(cli, url):
    code, _, err = cli("--db", url + "_absent", "check")
    assert code == 1
    assert "connexion impossible à postgresql://postgres:***@" in err and "_absent" in err
