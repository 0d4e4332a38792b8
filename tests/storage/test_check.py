"""``assocompta check`` finds a book changed behind AssoCompta's back, in SQLite and PostgreSQL.

The tampering is done as another program could: straight in SQL with the engine's guards
off (SQLite: triggers dropped for the transaction, foreign keys off; PostgreSQL: a superuser
with ``session_replication_role = replica``, which fires no trigger).
"""

import datetime as dt
import sqlite3

import pytest

from assocompta.cli import main
from assocompta.services.checks import check_book
from assocompta.services.ledger import post_entry

from tests.conftest import ENGINES
from tests.helpers import draft
from tests.storage.meanwhile import interrupt, post_elsewhere

#: For what only a PostgreSQL book can suffer (none without a server).
postgresql_only = pytest.mark.parametrize("engine", [e for e in ENGINES if e == "postgresql"])

_CHART = "(SELECT chart_id FROM fiscal_year WHERE label = '2025')"
_LINE = "(SELECT min(l.id) FROM entry_line l JOIN entry e ON e.id = l.entry_id WHERE e.number = {})"


def _tamper(target, sql: str) -> None:
    """Run ``sql`` on the book and commit it, with no trigger to refuse or follow it."""
    if isinstance(target, str):
        import psycopg
        with psycopg.connect(target) as conn:
            conn.execute("SET session_replication_role = replica")
            conn.execute(sql)
        return
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("BEGIN")
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                                ).fetchall()
        for name, _ in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute(sql)
        for _, create in triggers:
            conn.execute(create)
        conn.execute("COMMIT")
    finally:
        conn.close()


#: What a sentence of check says was changed, and what to do about it, per engine.
_WORDS = {"sqlite": {"changed": "le fichier a été modifié hors d'AssoCompta",
                     "restore": "restaurez une copie de sauvegarde avec assocompta backups "
                                "puis assocompta restore"},
          "postgresql": {"changed": "la base a été modifiée hors d'AssoCompta",
                         "restore": "faites restaurer une sauvegarde de la base par son "
                                    "administrateur"}}


@pytest.fixture
def posted(book):
    """Two entries of 2025, checked clean."""
    post_entry(book, draft(dt.date(2025, 3, 14), ("626", "12,50", ""), ("512", "", "12,50"),
                           label="Téléphone"))
    post_entry(book, draft(dt.date(2025, 4, 2), ("512", "250", ""), ("7561", "", "250"),
                           label="Cotisations"))
    assert check_book(book) == []
    return book


@pytest.mark.parametrize("sql, expected", [
    (f"UPDATE entry_line SET debit = debit + 1 WHERE id = {_LINE.format(1)}",
     "exercice 2025, écriture n°1 « Téléphone » : débit 12,51 € ≠ crédit 12,50 €"),
    ("UPDATE entry SET imbalance = 7 WHERE number = 2",
     "exercice 2025, écriture n°2 « Cotisations » : écart enregistré (0,07 €) faux, {changed}"),
    (f"DELETE FROM entry_line WHERE id = {_LINE.format(2)}",
     "exercice 2025, écriture n°2 « Cotisations » : 1 ligne, il en faut au moins deux"),
    ("UPDATE entry SET number = 3 WHERE number = 2",
     "exercice 2025 : numérotation avec des trous (2 écritures numérotées de 1 à 3)"),
    ("UPDATE entry SET date = '2026-01-05' WHERE number = 1",
     "exercice 2025, écriture n°1 : datée du 2026-01-05, hors de l'exercice "
     "(2025-01-01 – 2025-12-31)"),
    (f"UPDATE entry_line SET account_id = (SELECT id FROM account WHERE code = '626' AND "
     f"chart_id != {_CHART}) WHERE id = {_LINE.format(1)}",
     "exercice 2025, écriture n°1 : le compte 626 n'est pas du plan comptable de l'exercice"),
    (f"UPDATE entry_line SET account_id = (SELECT id FROM account WHERE code = '864' AND "
     f"chart_id = {_CHART}) WHERE id = {_LINE.format(1)}",
     "exercice 2025, écriture n°1 : une contribution volontaire (classe 8) est mêlée à "
     "d'autres comptes"),
    ("UPDATE account_month_total SET debit = debit + 1 WHERE debit > 0",
     "exercice 2025 : les totaux des rapports ne correspondent plus aux écritures (2 écarts) "
     ": {changed} ; {restore}"),
    (f"UPDATE entry_line SET account_id = 999999 WHERE id = {_LINE.format(1)}",
     "lien rompu : entry_line n°1 renvoie vers account absent"),
], ids=["line", "imbalance", "one-line", "numbering", "date", "chart", "class-8", "totals",
        "link"])
def test_check_names_what_was_changed_behind_its_back(posted, book_path, engine, sql, expected):
    expected = expected.format(**_WORDS[engine])
    _tamper(book_path, sql)
    problems = check_book(posted)
    assert any(p.startswith(expected) for p in problems), problems
    assert check_book(posted, "2025") == problems


def test_check_command_fails_on_a_tampered_book(posted, book_path, capsys):
    assert main(["check", str(book_path)]) == 0
    _tamper(book_path, "UPDATE entry_line SET credit = credit + 100 WHERE id = "
                       "(SELECT max(id) FROM entry_line)")
    capsys.readouterr()
    assert main(["check", str(book_path)]) == 1
    assert "écriture n°2 « Cotisations » : débit 250,00 € ≠ crédit 251,00 €" in \
        capsys.readouterr().out


@postgresql_only
def test_check_names_a_guard_switched_off_in_postgresql(posted, book_path):
    import psycopg
    with psycopg.connect(book_path, autocommit=True) as conn:
        conn.execute("ALTER TABLE entry_line DISABLE TRIGGER line_insert_guard")
        conn.execute("ALTER TABLE donation_receipt_line DISABLE TRIGGER ALL")
    problems = check_book(posted)
    assert problems[0] == ("la protection « donation_receipt_line_line_id_fkey » de la table "
                           "donation_receipt_line est désactivée : rétablissez-la (ALTER TABLE "
                           "donation_receipt_line ENABLE TRIGGER ALL) puis relancez la "
                           "vérification")
    named = {p.split("« ")[1].split(" »")[0] for p in problems}
    assert {"line_insert_guard", "receipt_line_guard"} <= named
    with psycopg.connect(book_path, autocommit=True) as conn:
        conn.execute("ALTER TABLE entry_line ENABLE TRIGGER ALL")
        conn.execute("ALTER TABLE donation_receipt_line ENABLE TRIGGER ALL")
    assert check_book(posted) == []


def test_check_is_not_fooled_by_a_post_made_while_it_reads(posted, book_path, monkeypatch):
    # The totals cache is read, then 10 € are posted, then the lines are added up.
    made = interrupt(monkeypatch, posted, "FROM account_month_total WHERE year_id",
                     lambda: post_elsewhere(book_path, "2025"))
    assert check_book(posted) == []
    assert made and made[0].acted
    monkeypatch.undo()
    assert check_book(posted) == []
    assert posted.scalar("SELECT count(*) FROM entry") == 3


@postgresql_only
def test_check_names_an_id_sequence_left_behind_in_postgresql(posted, book_path):
    import psycopg
    with psycopg.connect(book_path, autocommit=True) as conn:
        conn.execute("SELECT setval(pg_get_serial_sequence('entry', 'id'), 1)")
    assert check_book(posted) == [
        "table entry : les prochains ajouts seront refusés, sa séquence donnerait le n°2, déjà "
        "pris (le plus grand est 2) ; l'administrateur de la base doit la rétablir (SELECT "
        "setval('public.entry_id_seq', 2))"]
    with psycopg.connect(book_path, autocommit=True) as conn:
        conn.execute("SELECT setval('public.entry_id_seq', 2)")
    assert check_book(posted) == []
    post_entry(posted, draft(dt.date(2025, 5, 2), ("626", "1", ""), ("512", "", "1")))
