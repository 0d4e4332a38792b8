"""``assocompta year close`` and ``year allocate`` as a treasurer's script runs them."""

import datetime as dt

from sqlalchemy import text

from assocompta.cli import main
from assocompta.services.ledger import post_entry
from assocompta.storage.db import Book
from tests.helpers import draft
from tests.test_cli import run


def _book(tmp_path):
    path = tmp_path / "club.assocompta"
    assert main(["init", str(path), "--name", "Club", "--start", "2024-01-01"]) == 0
    with Book.open(path, backup=False) as book:
        post_entry(book, draft(dt.date(2024, 1, 1), ("512", "1 000", ""), ("102", "", "1 000"),
                               journal="AN"))
        post_entry(book, draft(dt.date(2024, 3, 1), ("512", "250", ""), ("7561", "", "250")))
        post_entry(book, draft(dt.date(2024, 4, 1), ("626", "50,50", ""), ("512", "", "50,50")))
    return path


def _reconcile(path):
    with Book.open(path, backup=False) as book, book.transaction() as s:
        s.execute(text("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                       "closing_balance, finished_at) VALUES ('512', '2024-12-31', 0, 119950, "
                       "'2025-01-08')"))


def test_close_refuses_with_explanations_and_writes_nothing(tmp_path):
    path = _book(tmp_path)
    r = run("year", "close", path, "--year", "2024")
    assert r.returncode == 1
    assert "✗ Rapprochement bancaire 512 : rapprochez le compte 512 au 31/12/2024" in r.stdout
    assert "✓ Écritures équilibrées" in r.stdout
    assert "rien n'a été écrit" in r.stdout
    with Book.open(path, readonly=True) as book:
        assert book.scalar("SELECT count(*) FROM fiscal_year") == 1
        assert book.scalar("SELECT closed_at FROM fiscal_year") is None


def test_check_only_then_close_then_allocate(tmp_path, capsys):
    path = _book(tmp_path)
    _reconcile(path)
    assert main(["year", "close", str(path), "--year", "2024", "--check"]) == 0
    out = capsys.readouterr().out
    assert "✓ Rapprochement bancaire 512 : compte 512 rapproché au 31/12/2024" in out
    assert "la clôture est possible" in out
    with Book.open(path, readonly=True) as book:
        assert book.scalar("SELECT closed_at FROM fiscal_year") is None

    assert main(["year", "close", str(path), "--year", "2024"]) == 0
    out = capsys.readouterr().out
    assert "Résultat de l'exercice 2024 : excédent de 199,50 € (compte 120)" in out
    assert "Exercice 2025 créé." in out
    assert "À-nouveaux : écriture n°1 de l'exercice 2025 (journal AN, 3 lignes)" in out
    assert "ne pourra plus jamais être modifié ni rouvert" in out

    r = run("year", "close", path, "--year", "2024")
    assert r.returncode == 1 and "déjà clos" in r.stdout

    r = run("year", "allocate", path, "--year", "2024", "--report", "100", "--reserves", "50")
    assert r.returncode == 1 and "égale au résultat (199,50 €)" in r.stderr
    r = run("year", "allocate", path, "--year", "2024", "--report", "149,50", "--reserves",
            "50", "--date", "2025-06-01")
    assert r.returncode == 0, r.stderr
    assert "écriture n°2 de l'exercice 2025" in r.stdout
    with Book.open(path, readonly=True) as book:
        assert book.scalar("SELECT SUM(l.credit) FROM entry_line l JOIN account a "
                           "ON a.id = l.account_id WHERE a.code = '1068'") == 5000


def test_help_says_check_only_and_definitive():
    r = run("year", "close", "--help")
    assert r.returncode == 0
    assert "--check" in r.stdout and "seulement lister les vérifications" in r.stdout
    assert "définitive" in r.stdout


def test_close_the_next_year_before_the_ag_then_allocate(tmp_path, capsys):
    """The closing of 2025 says how to record 2024's allocation later; it goes to 2026."""
    path = _book(tmp_path)
    _reconcile(path)
    assert main(["year", "close", str(path), "--year", "2024"]) == 0
    with Book.open(path, backup=False) as book, book.transaction() as s:
        s.execute(text("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                       "closing_balance, finished_at) VALUES ('512', '2025-12-31', 119950, "
                       "119950, '2026-01-08')"))
    capsys.readouterr()
    assert main(["year", "close", str(path), "--year", "2025"]) == 0
    out = capsys.readouterr().out
    assert ("! Résultat précédent : le résultat de l'exercice 2024 (excédent de 199,50 €) "
            "n'est pas encore affecté") in out.replace("\u202f", " ").replace("\xa0", " ")
    assert "assocompta year allocate BOOK --year 2024 --report … --reserves …" in out
    r = run("year", "allocate", path, "--year", "2024", "--report", "199,50")
    assert r.returncode == 0, r.stderr
    assert "Affectation du résultat 2024 enregistrée : écriture n°2 de l'exercice 2026" \
        in r.stdout
    r = run("year", "allocate", path, "--year", "2024", "--report", "199,50")
    assert r.returncode == 1 and "déjà enregistrée (écriture n°2 de l'exercice 2026)" in r.stderr
