"""The command line as scripts use it: names, exit codes, messages, and no Qt."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from assocompta.cli import main
from tests.helpers import SIREN


def run(*args):
    """Run the real command in a fresh interpreter (what scripts see)."""
    return subprocess.run([sys.executable, "-m", "assocompta", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def test_init_year_accounts_check(tmp_path, capsys):
    book = tmp_path / "club.assocompta"
    assert main(["init", str(book), "--name", "Club de lecture", "--start", "2024-07-01",
                 "--siren", "732 829 320"]) == 0
    assert "2024-2025" in capsys.readouterr().out
    assert main(["year", "add", str(book), "--start", "2025-07-01"]) == 0
    assert "2025-2026" in capsys.readouterr().out
    assert main(["accounts", str(book), "--year", "2024-2025"]) == 0
    out = capsys.readouterr().out
    assert "ANC 2018-06" in out and "\n7754 " in out
    assert main(["accounts", str(book)]) == 0
    out = capsys.readouterr().out
    assert "2025-2026" in out and "\n7571 " in out and "\n7754 " not in out
    assert main(["check", str(book)]) == 0


@pytest.mark.parametrize("argv, code, fragment", [
    (["init", "{book}", "--name", "X", "--start", "2025-02-30"], 1, "AAAA-MM-JJ"),
    (["init", "{book}", "--name", "X", "--start", "2025-01-01", "--siren", "123456789"], 1,
     "SIREN"),
    (["init", "{book}", "--name", "X", "--start", "2025-01-01", "--end", "2024-12-31"], 1,
     "avant de commencer"),
    (["init", "{book}", "--start", "2025-01-01"], 2, "--name"),
    (["frobnicate"], 2, "'frobnicate' n'est pas un choix possible (choisissez parmi 'init',"),
    (["check", "{missing}"], 1, "n'existe pas"),
])
def test_errors_and_exit_codes(tmp_path, capsys, argv, code, fragment):
    argv = [a.format(book=tmp_path / "b.assocompta", missing=tmp_path / "none.assocompta")
            for a in argv]
    try:
        result = main(argv)
    except SystemExit as exc:
        result = exc.code
    assert result == code
    assert fragment in capsys.readouterr().err
    assert not (tmp_path / "b.assocompta").exists()


def test_fec_round_trip_and_check_failures_from_the_shell(tmp_path):
    book = tmp_path / "a.assocompta"
    assert run("init", book, "--name", "A", "--start", "2025-01-01", "--siren",
               SIREN).returncode == 0
    fec = tmp_path / "in.txt"
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from synthetic import generate
    generate(fec, 300, 2025)
    r = run("fec", "import", book, fec)
    assert r.returncode == 0, r.stderr
    assert "300 écritures" in r.stdout
    r = run("fec", "export", book, "--year", "2025", "-o", str(tmp_path) + "/")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / f"{SIREN}FEC20251231.txt").read_bytes() == fec.read_bytes()
    r = run("fec", "export", book, "--year", "2031", "-o", tmp_path / "x.txt")
    assert r.returncode == 1 and "2031" in r.stderr and "2025" in r.stderr
    assert run("check", book, "--year", "2025").returncode == 0

    # Tamper with the file behind AssoCompta's back: check must say what is wrong. A plain
    # sqlite3 connection (foreign keys off) is refused since schema 6; dropping the guards
    # for the time of the change still gets through.
    import sqlite3
    from tests.storage.test_check import _tamper
    conn = sqlite3.connect(book)
    # The imported entries carry a ValidDate: validated, their lines are frozen (schema 7),
    # which the engine may say before it says the connection lacks foreign keys.
    with pytest.raises(sqlite3.IntegrityError, match="foreign keys off|validated entry"):
        conn.execute("UPDATE entry_line SET debit = debit + 1 WHERE id = 1")
    conn.close()
    _tamper(book, "UPDATE entry_line SET debit = debit + 1 WHERE id = 1")
    r = run("check", book)
    assert r.returncode == 1
    assert "écriture n°1" in r.stdout and "≠" in r.stdout


def test_bad_fec_exits_1_and_names_the_line(tmp_path):
    book = tmp_path / "a.assocompta"
    run("init", book, "--name", "A", "--start", "2025-01-01")
    bad = tmp_path / "bad.txt"
    bad.write_text("JournalCode\tEcritureNum\tEcritureDate\tCompteNum\tEcritureLib\tDebit\tCredit"
                   "\nBQ\t1\t20250101\t626\tx\t10,00\t0,00\nBQ\t1\t20250101\t512\tx\t0,00\t1,00\n")
    r = run("fec", "import", book, bad)
    assert r.returncode == 1
    assert "bad.txt, ligne 2" in r.stderr and "déséquilibrée" in r.stderr


BANK_DATA = Path(__file__).parent / "bank" / "data"


def test_bank_import_twice_from_the_shell_and_bad_files_exit_1(tmp_path):
    book = tmp_path / "b.assocompta"
    run("init", book, "--name", "B", "--start", "2025-01-01")
    r = run("bank", "import", book, "--account", "512", BANK_DATA / "ca_mars_2025.csv")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "7 lignes ajoutées à catégoriser, 0 déjà importée"
    r = run("bank", "import", book, "--account", "512", BANK_DATA / "ca_avril_2025.csv",
            "--preset", "credit-agricole")
    assert r.stdout.strip() == "2 lignes ajoutées à catégoriser, 3 déjà importées"
    bad = tmp_path / "bad.qif"
    bad.write_text("!Type:Bank\nD03/03/2025\nT-1\nPA\n^\nD32/03/2025\nT-2\nPB\n^\n")
    r = run("bank", "import", book, "--account", "512", bad)
    assert r.returncode == 1
    assert "bad.qif, ligne 6, champ D" in r.stderr and "Rien n'a été importé" in r.stderr
    r = run("bank", "import", book, "--account", "626", BANK_DATA / "lcl_mars_2025.qif")
    assert r.returncode == 1 and "compte de banque" in r.stderr
    r = run("bank", "import", book, "--account", "512", BANK_DATA / "cm_mars_2025.csv",
            "--preset", "ma-banque")
    assert r.returncode == 1 and "credit-agricole" in r.stderr
    import sqlite3
    conn = sqlite3.connect(book)
    assert conn.execute("SELECT count(*) FROM bank_line").fetchone()[0] == 9
    conn.close()
    r = run("bank", "presets")
    assert r.returncode == 0 and "credit-mutuel" in r.stdout and "Date de valeur" in r.stdout


def test_help_lists_the_contract_commands():
    r = run("--help")
    for name in ("init", "year", "fec", "check", "accounts", "bank"):
        assert name in r.stdout
    r = run("fec", "import", "--help")
    assert "SOURCE" in r.stdout and r.returncode == 0
    r = run("bank", "import", "--help")
    assert "--account COMPTE" in r.stdout and "--preset" in r.stdout and r.returncode == 0


def test_headless_commands_never_import_qt(tmp_path):
    book = tmp_path / "q.assocompta"
    code = ("import sys; from assocompta.cli import main; "
            f"main(['init', r'{book}', '--name', 'Q', '--start', '2025-01-01']); "
            f"main(['check', r'{book}']); "
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))], "
            "'Qt was imported'")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


_WRITER = r"""
import datetime as dt, sys
from assocompta.storage.db import Book
from assocompta.services.ledger import post_entry
from assocompta.domain.entries import depense, Simple
from assocompta.domain.money import Money
book = Book.open(sys.argv[1], backup=False)
i = 0
while True:
    i += 1
    p = post_entry(book, depense(Simple(dt.date(2025, 1 + i % 12, 1), Money(100 + i),
                                        f"achat {i}"), account="6064", paid_from="512"))
    print(p.number, flush=True)
"""


def test_entries_committed_before_a_kill_are_all_there(tmp_path):
    book = tmp_path / "k.assocompta"
    run("init", book, "--name", "K", "--start", "2025-01-01")
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(book)], stdout=subprocess.PIPE,
                            text=True)
    confirmed = 0
    for line in proc.stdout:
        confirmed = int(line)
        if confirmed >= 40:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    r = run("check", book)
    assert r.returncode == 0, r.stdout + r.stderr
    import sqlite3
    conn = sqlite3.connect(book)
    count, top = conn.execute("SELECT count(*), max(number) FROM entry").fetchone()
    conn.close()
    assert count >= confirmed and count == top


def test_app_arguments_are_told_apart_from_commands(tmp_path):
    from assocompta.cli import _wants_gui, build_parser
    parser = build_parser()
    assert _wants_gui([], parser)
    assert _wants_gui([str(tmp_path / "x.assocompta")], parser)
    assert _wants_gui(["--smoke", "x.assocompta"], parser)
    assert not _wants_gui(["frobnicate"], parser)
    assert not _wants_gui(["check", "x.assocompta"], parser)
    assert not _wants_gui(["--help"], parser)


def test_db_alone_opens_the_app_on_the_shared_book():
    from assocompta.cli import _wants_gui, build_parser
    parser = build_parser()
    url = "postgresql://tresorier@serveur/club"
    assert _wants_gui(["--db", url], parser)
    assert _wants_gui([f"--db={url}", "--lang", "fr"], parser)
    assert not _wants_gui(["--db", url, "check"], parser)


@pytest.mark.parametrize("argv, fragment", [
    (["--db", "postgresql://u:secret@hote/club", "check", "club.assocompta"], "deux fois"),
    (["check"], "il manque : BOOK"),
    (["fec", "import", "in.txt"], "BOOK vient en premier"),
    (["--db", "club.assocompta", "check"], "--db attend l'adresse d'une base PostgreSQL"),
    (["--db=postgresql://u:secret@hote/club", "copy", "a.assocompta", "b"], "SOURCE ou DEST"),
])
def test_db_and_book_both_or_neither_is_a_usage_error(capsys, argv, fragment):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    err = capsys.readouterr().err
    assert exc.value.code == 2 and fragment in err and "secret" not in err


def test_help_with_db_shows_commands_without_book():
    r = run("--db", "postgresql://u@hote/club", "fec", "import", "--help")
    assert r.returncode == 0 and "[-h] SOURCE" in r.stdout and "BOOK" not in r.stdout
    r = run("--help")
    assert "--db URL" in r.stdout and "PGPASSWORD" in r.stdout


def test_identity_fills_what_receipts_ask_for(tmp_path, capsys):
    from assocompta.services.demo import create_demo
    book = tmp_path / "demo.assocompta"
    create_demo(book).close()
    assert main(["identity", str(book), "--address", "", "--object", ""]) == 0
    capsys.readouterr()
    assert main(["receipts", str(book), "--year", "2025", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert ("un reçu fiscal indique l'adresse et l'objet de l'association bénéficiaire : "
            "complétez l'identité de l'association avec assocompta identity BOOK --address "
            '"…" --object "…" --receipt-category … --signatory "…" --signatory-title "…" '
            "(--help : toutes les options), puis recommencez") in err
    assert main(["identity", str(book), "--address", "1 place de la Mairie\n35000 Rennes",
                 "--object", "Entraide"]) == 0
    out = capsys.readouterr().out
    assert "Adresse : 1 place de la Mairie, 35000 Rennes" in out and "Objet : Entraide" in out
    assert main(["receipts", str(book), "--year", "2025", str(tmp_path)]) == 0
    assert (tmp_path / "recus-fiscaux-2025.pdf").exists()


def test_identity_receipt_settings_round_trip(tmp_path, capsys):
    book = tmp_path / "club.assocompta"
    assert main(["init", str(book), "--name", "Club", "--start", "2025-01-01"]) == 0
    capsys.readouterr()
    assert main(["identity", str(book), "--rna", "w352001234", "--receipt-category", "rup",
                 "--rup-decree", "1998-05-04", "--rup-journal", "1998-05-12",
                 "--signatory", "Claire Morel", "--signatory-title", "trésorière"]) == 0
    out = capsys.readouterr().out
    for line in ("RNA : W352001234",
                 "Catégorie (reçus) : Association ou fondation reconnue d'utilité publique",
                 "Utilité publique : décret du 04/05/1998, Journal officiel du 12/05/1998",
                 "Signataire des reçus : Claire Morel, trésorière"):
        assert line in out, out
    assert main(["identity", str(book)]) == 0  # read back, unchanged
    assert capsys.readouterr().out == out.replace("Identité de l'association enregistrée.\n", "")
    # Another category: the RUP dates go; the other box needs its detail.
    assert main(["identity", str(book), "--receipt-category", "interet_general_autre"]) == 1
    err = capsys.readouterr().err
    assert "précision de la catégorie" in err and "Autres (précisez)" in err
    assert main(["identity", str(book), "--receipt-category", "interet_general_autre",
                 "--receipt-category-detail", "Association sportive"]) == 0
    out = capsys.readouterr().out
    assert "Catégorie (reçus) : Autre organisme d'intérêt général (précisez) : Association " \
           "sportive" in out and "Utilité publique" not in out
    assert main(["identity", str(book), "--rna", "W12"]) == 1
    assert "W suivi de 9 chiffres" in capsys.readouterr().err
    assert main(["identity", str(book), "--receipt-category", "loi_1901",
                 "--rup-decree", "1998-05-04"]) == 1
    assert "catégorie rup seulement" in capsys.readouterr().err
    assert main(["identity", str(book), "--rup-decree", "04/05/1998"]) == 1
    assert "AAAA-MM-JJ" in capsys.readouterr().err
    assert main(["identity", str(book), "--rna", "", "--receipt-category", "",
                 "--signatory", "", "--signatory-title", ""]) == 0
    out = capsys.readouterr().out
    assert "RNA : —" in out and "Catégorie (reçus) : —" in out
    assert "Signataire des reçus : —" in out


def test_identity_help_lists_the_receipt_categories():
    r = run("identity", "--help")
    assert r.returncode == 0
    folded = " ".join(r.stdout.split())
    assert "loi_1901 = Association loi 1901 d'intérêt général" in folded
    assert "ue = Organisme d'un autre État de l'Union européenne" in folded
    assert "--receipt-category CATÉGORIE" in folded
