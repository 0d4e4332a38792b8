"""``assocompta entries validate|reverse|list``: the treasurer's headless brouillard, its
validation (PCG art. 921-3) and the contre-passation of a validated entry; ``check``'s
warnings; ``report``, ``pack`` and ``budget suivi`` with or without drafts."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import os

import pytest
from sqlalchemy import text

from assocompta.cli import main
from assocompta.services.ledger import post_entry
from assocompta.storage.books import open_book
from assocompta.storage.db import Book
from tests.helpers import draft


def _post(book, day: dt.date, amount: str, label: str, piece: str = "F1",
          accounts=("606", "512")):
    d = draft(day, (accounts[0], amount, ""), (accounts[1], "", amount), label=label)
    return post_entry(book, dataclasses.replace(d, piece_ref=piece))


def _init(target, capsys, *prefix: str) -> None:
    book = [] if prefix else [str(target)]
    assert main([*prefix, "init", *book, "--name", "Club", "--start", "2025-01-01"]) == 0
    capsys.readouterr()


def _fill(target) -> None:
    """Four drafts of 2025: February, March, April; the March one has no piece reference."""
    with open_book(target, backup=False) as book:
        _post(book, dt.date(2025, 4, 10), "40", "Avril", "F3")
        _post(book, dt.date(2025, 2, 1), "10", "Février", "F1")
        _post(book, dt.date(2025, 3, 5), "20,50", "Mars sans pièce", "")
        _post(book, dt.date(2025, 3, 20), "30", "Mars", "F2")


@pytest.fixture
def club(tmp_path, capsys):
    path = tmp_path / "club.assocompta"
    _init(path, capsys)
    _fill(path)
    return path


def _rows(target) -> list[tuple]:
    with open_book(target, readonly=True) as book, book.session() as s:
        return [tuple(r) for r in s.execute(text(
            "SELECT number, label, valid_date IS NOT NULL, piece_ref FROM entry "
            "ORDER BY number")).all()]


def cli(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_through_a_date_refused_without_piece_then_numbered(club, capsys):
    code, out, err = cli(capsys, "entries", "validate", club, "--year", "2025", "--through",
                         "2025-03-31")
    assert code == 1 and out == ""
    assert "sans référence de pièce (n°3 du 05/03/2025)" in err
    assert "relancez avec --number-pieces" in err
    assert not any(validated for _n, _l, validated, _p in _rows(club))  # all or nothing

    code, out, err = cli(capsys, "entries", "validate", club, "--year", "2025", "--through",
                         "2025-03-31", "--number-pieces")
    assert code == 0, err
    assert out.splitlines() == [
        "3 écritures validées (n°1 à n°3) de l'exercice 2025 ; 1 pièce numérotée "
        "automatiquement",
        "Reste 1 écriture en brouillard (n°4, du 10/04/2025)."]
    assert _rows(club) == [(1, "Février", 1, "F1"), (2, "Mars sans pièce", 1, "BQ-2025-0001"),
                           (3, "Mars", 1, "F2"), (4, "Avril", 0, "F3")]

    code, out, _ = cli(capsys, "entries", "validate", club, "--through", "2025-03-31")
    assert (code, out) == (0, "Aucun brouillard à valider dans l'exercice 2025 jusqu'au "
                              "31/03/2025.\nReste 1 écriture en brouillard (n°4, du "
                              "10/04/2025).\n")
    code, out, _ = cli(capsys, "entries", "validate", club)
    assert (code, out) == (0, "1 écriture validée (n°4) de l'exercice 2025\n")
    code, _, err = cli(capsys, "entries", "validate", club, "--through", "2025-02-30")
    assert code == 1 and "AAAA-MM-JJ" in err


def test_list_shows_number_date_journal_piece_label_debit_and_state(club, capsys):
    cli(capsys, "entries", "validate", club, "--through", "2025-02-28")
    code, out, err = cli(capsys, "entries", "list", club, "--year", "2025")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Écritures de l'exercice 2025 :"
    assert lines[1].split() == ["n°", "date", "jnl", "pièce", "libellé", "débit", "état"]
    today = dt.date.today()
    assert lines[2].split() == ["1", "01/02/2025", "BQ", "F1", "Février", "10,00", "€",
                                "validée", "le", f"{today:%d/%m/%Y}"]
    # Drafts keep the order they were typed in (April first): their numbers are provisional.
    assert lines[3].split() == ["2", "10/04/2025", "BQ", "F3", "Avril", "40,00", "€",
                                "brouillard"]
    assert lines[-1] == ("4 écritures : 1 validée, 3 en brouillard (n°2 à n°4, du 05/03/2025 "
                         f"au 10/04/2025) ; pour les valider : assocompta entries validate "
                         f"{club} --year 2025")
    code, out, _ = cli(capsys, "entries", "list", club, "--drafts")
    assert code == 0 and out.splitlines()[0] == "Écritures de l'exercice 2025 en brouillard :"
    assert [ln.split()[0] for ln in out.splitlines()[2:-1]] == ["2", "3", "4"]
    cli(capsys, "entries", "validate", club, "--number-pieces")
    code, out, _ = cli(capsys, "entries", "list", club, "--drafts")
    assert (code, out) == (0, "Aucune écriture en brouillard dans l'exercice 2025.\n")


def test_reverse_posts_the_contre_passation_as_a_draft(club, capsys):
    cli(capsys, "entries", "validate", club, "--through", "2025-03-31", "--number-pieces")
    code, out, err = cli(capsys, "entries", "reverse", club, "--year", "2025", "--number", "3",
                         "--date", "2025-06-30")
    assert code == 0, err
    assert out == ("Écriture n°3 de l'exercice 2025 contre-passée par l'écriture n°5 de "
                   "l'exercice 2025, du 30/06/2025, en brouillard (à valider : assocompta "
                   f"entries validate {club} --year 2025).\n")
    assert _rows(club)[-1] == (5, "Contre-passation n°3 : Mars", 0, "F2")
    with Book.open(club, readonly=True) as book:
        assert book.scalar("SELECT sum(l.debit) - sum(l.credit) FROM entry_line l JOIN "
                           "account a ON a.id = l.account_id WHERE a.code = '606'") == 7050  # 100,50 − 30
    code, _, err = cli(capsys, "entries", "reverse", club, "--year", "2025", "--number", "3")
    assert code == 1 and "déjà contre-passée (écriture n°5)" in err
    code, _, err = cli(capsys, "entries", "reverse", club, "--year", "2025", "--number", "4")
    assert code == 1 and "l'écriture n°4 est un brouillard : modifiez-la directement" in err
    code, _, err = cli(capsys, "entries", "reverse", club, "--year", "2025", "--number", "99")
    assert code == 1 and "l'exercice 2025 n'a pas d'écriture n°99" in err
    assert "entries list" in err
    code, _, err = cli(capsys, "entries", "reverse", club, "--number", "3")
    assert code == 2 and "--year" in err


def test_help_names_the_three_actions(capsys):
    code, out, _ = cli(capsys, "entries", "--help")
    assert code == 0
    for action in ("validate", "reverse", "list"):
        assert action in out
    code, out, _ = cli(capsys, "entries", "validate", "--help")
    assert "--through" in out and "--number-pieces" in out and "BQ-2025-0042" in out
    code, out, _ = cli(capsys, "report", "--help")
    assert "--validated-only" in out and "Document provisoire" in " ".join(out.split())


def test_reports_with_and_without_drafts_from_the_command_line(club, tmp_path, capsys):
    cli(capsys, "entries", "validate", club, "--through", "2025-03-31", "--number-pieces")
    code, out, err = cli(capsys, "report", "balance", club, "--year", "2025", "-o",
                         tmp_path / "b.csv")
    assert code == 0, err
    assert "Balance : Document provisoire : 1 écriture en brouillard incluse" in out
    rows = list(csv.reader((tmp_path / "b.csv").read_text(encoding="utf-8-sig").splitlines(),
                           delimiter=";"))
    assert next(r for r in rows if r[0] == "606")[2] == "100,50"
    assert rows[-1][1] == "Totaux"  # the mark is printed above, never a row of the data

    code, out, err = cli(capsys, "report", "balance", club, "--year", "2025", "-o",
                         tmp_path / "v.csv", "--validated-only")
    assert code == 0 and "provisoire" not in out
    rows = list(csv.reader((tmp_path / "v.csv").read_text(encoding="utf-8-sig").splitlines(),
                           delimiter=";"))
    assert next(r for r in rows if r[0] == "606")[2] == "60,50"
    assert not any("provisoire" in r[0] for r in rows)

    budget = tmp_path / "budget.csv"
    budget.write_text("compte;montant\n606;200\n7561;200\n", encoding="utf-8")
    assert cli(capsys, "budget", "import", club, "--year", "2025", budget)[0] == 0
    code, out, _ = cli(capsys, "budget", "suivi", club, "--year", "2025", "-o",
                       tmp_path / "s.csv", "--validated-only")
    assert code == 0 and "provisoire" not in out
    code, out, _ = cli(capsys, "budget", "suivi", club, "--year", "2025", "-o",
                       tmp_path / "s2.csv")
    assert "Budget et réalisé : Document provisoire" in out
    code, out, _ = cli(capsys, "pack", club, "--year", "2025", "-o", tmp_path / "ag.xlsx",
                       "--validated-only")
    # No drafts left in; the open year's annexe stays provisional, as its bilan's title says.
    assert "Document provisoire" not in out
    assert "\nAnnexe : Annexe provisoire – exercice non clos\n" in out
    code, out, _ = cli(capsys, "pack", club, "--year", "2025", "-o", tmp_path / "ag2.xlsx")
    # résultat, bilan, annexe (said once for all its notes), livre d'inventaire, budget et
    # réalisé
    assert out.count("Document provisoire") == 5 and "\nAnnexe : Document provisoire" in out
    assert "\nLivre d'inventaire : Document provisoire" in out


def test_year_close_says_how_many_drafts_it_validated(tmp_path, capsys):
    from tests.test_cli_closing import _book, _reconcile
    path = _book(tmp_path)
    _reconcile(path)
    code, out, _ = cli(capsys, "year", "close", path, "--year", "2024", "--check")
    assert code == 0
    assert ("La clôture validera 3 écritures en brouillard (n°1 à n°3, du 01/01/2024 au "
            "01/04/2024)") in out
    code, out, err = cli(capsys, "year", "close", path, "--year", "2024")
    assert code == 0, err
    assert ("Brouillard validé par la clôture : 3 écritures validées ; 3 pièces numérotées "
            "automatiquement") in out


def test_check_warns_of_late_drafts_and_exits_0(club, capsys):
    code, out, err = cli(capsys, "check", club)
    assert (code, out) == (0, "Livre cohérent : aucun problème\n")
    # Dated in 2025, checked in 2026 or later: each month's deadline is long past.
    if dt.date.today() >= dt.date(2025, 6, 1):
        assert err.startswith("attention : exercice 2025 : 4 écritures en brouillard "
                              "(entre n°1 et n°4, du 01/02/2025 au 10/04/2025) ont passé le "
                              "délai de validation")
        assert "(assocompta entries validate BOOK --year 2025 --through" in err
    cli(capsys, "entries", "validate", club, "--number-pieces")
    assert cli(capsys, "check", club) == (0, "Livre cohérent : aucun problème\n", "")


@pytest.mark.skipif(not os.environ.get("ASSOCOMPTA_PG_URL", "").strip(),
                    reason="PostgreSQL tests need ASSOCOMPTA_PG_URL")
def test_entries_commands_with_db_on_postgresql(pg_url, capsys):
    _init(pg_url, capsys, "--db", pg_url)
    _fill(pg_url)
    code, out, err = cli(capsys, "--db", pg_url, "entries", "validate", "--year", "2025",
                         "--through", "2025-03-31", "--number-pieces")
    assert code == 0, err
    assert out.startswith("3 écritures validées (n°1 à n°3) de l'exercice 2025 ; 1 pièce "
                          "numérotée automatiquement")
    code, out, err = cli(capsys, "--db", pg_url, "entries", "reverse", "--year", "2025",
                         "--number", "1", "--date", "2025-06-30")
    assert code == 0, err
    assert "contre-passée par l'écriture n°5" in out
    code, out, err = cli(capsys, "--db", pg_url, "entries", "list", "--drafts")
    assert code == 0, err
    assert [ln.split()[0] for ln in out.splitlines()[2:-1]] == ["4", "5"]
    assert "validée" not in "".join(out.splitlines()[2:-1])
    code, _, err = cli(capsys, "--db", pg_url, "entries", "list", pg_url)
    assert code == 2 and "donné deux fois" in err
