"""``assocompta year cutoff`` and ``provision add|reverse|list`` as a treasurer's script
runs them: proposals listed with their reasons, booked by number, stated by hand; the
closing's extournes said; provisions with their reasons."""

import datetime as dt

from sqlalchemy import text

from assocompta.cli import main
from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.services.ledger import add_tiers, post_entry
from assocompta.storage.db import Book
from tests.helpers import m


def _book(tmp_path):
    path = tmp_path / "club.assocompta"
    assert main(["init", str(path), "--name", "Club", "--start", "2025-01-01"]) == 0
    with Book.open(path, backup=False) as book:
        add_tiers(book, "EDF", "EDF")
        post_entry(book, EntryDraft(dt.date(2025, 10, 1), "BQ", "Assurance MAIF", (
            LineDraft("616", debit=m("1 200")), LineDraft("512", credit=m("1 200")))))
        post_entry(book, EntryDraft(dt.date(2025, 12, 12), "BQ", "Cotisations 2026", (
            LineDraft("512", debit=m("600")), LineDraft("7561", credit=m("600")))))
        post_entry(book, EntryDraft(dt.date(2025, 11, 15), "BQ", "Location salle", (
            LineDraft("613", debit=m("900")), LineDraft("512", credit=m("900")))))
    return path


def _entries(path, year):
    with Book.open(path, readonly=True, backup=False) as book, book.session() as s:
        return s.execute(text(
            "SELECT e.number, e.label, y.kind FROM entry e JOIN fiscal_year f "
            "ON f.id = e.year_id LEFT JOIN year_end_entry y ON y.entry_id = e.id "
            "WHERE f.label = :y ORDER BY e.number"), {"y": year}).all()


def test_cutoff_lists_books_by_number_and_by_hand_then_the_closing_reverses(tmp_path, capsys):
    path = _book(tmp_path)
    assert main(["year", "cutoff", str(path), "--year", "2025"]) == 0
    out = capsys.readouterr().out
    assert "1. Charge constatée d'avance : Assurance MAIF" in out
    assert "486      D 897,53 €" in out
    assert "2. Produit constaté d'avance : Cotisations 2026" in out
    assert "Factures de l'exercice pas encore reçues" in out
    assert len(_entries(path, "2025")) == 3  # listing writes nothing

    assert main(["year", "cutoff", str(path), "--year", "2025", "--book", "3"]) == 1
    assert "choisissez un numéro de 1 à 2" in capsys.readouterr().err
    assert main(["year", "cutoff", str(path), "--year", "2025", "--book", "2", "2"]) == 0
    assert ("1 régularisation passée en brouillard (journal OD, écriture n°4)"
            in capsys.readouterr().out)
    assert main(["year", "cutoff", str(path), "--year", "2025", "--book", "all"]) == 0
    assert "1 régularisation passée" in capsys.readouterr().out
    assert main(["year", "cutoff", str(path), "--year", "2025"]) == 0
    assert "Aucune proposition" in capsys.readouterr().out
    assert main(["year", "cutoff", str(path), "--year", "2025", "--book", "all"]) == 0
    assert "rien n'a été passé" in capsys.readouterr().out

    assert main(["year", "cutoff", str(path), "--year", "2025", "--charge-a-payer",
                 "6061=230,50", "--label", "Électricité décembre", "--tiers", "EDF"]) == 0
    out = capsys.readouterr().out
    assert "Régularisation passée : écriture n°6 de l'exercice 2025" in out
    assert "408      C 230,50 € (EDF)" in out
    assert main(["year", "cutoff", str(path), "--year", "2025", "--line", "3:1",
                 "--from", "2025-11-01", "--to", "2026-01-31"]) == 0
    assert "486      D 303,26 €" in capsys.readouterr().out
    kinds = [k for *_, k in _entries(path, "2025")]
    assert kinds.count("regularisation") == 4

    with Book.open(path, backup=False) as book, book.transaction() as s:
        s.execute(text("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                       "closing_balance, finished_at) VALUES ('512', '2025-12-31', 0, 0, "
                       "'2026-01-08')"))
    assert main(["year", "close", str(path), "--year", "2025"]) == 0
    assert ("Extournes : 4 régularisations de l'exercice 2025 inversées au premier jour de "
            "l'exercice 2026") in capsys.readouterr().out
    assert [k for *_, k in _entries(path, "2026")] == [None] + ["extourne"] * 4


def test_provisions_add_list_reverse(tmp_path, capsys):
    path = _book(tmp_path)
    assert main(["provision", "add", str(path), "--year", "2025", "--kind", "risques",
                 "--amount", "3 000", "--reason", "Litige avec un fournisseur"]) == 0
    out = capsys.readouterr().out
    assert "--entry 2025:4" in out
    assert main(["provision", "list", str(path), "--year", "2025"]) == 0
    out = capsys.readouterr().out
    assert "151 Provisions pour risques : 3 000,00 €" in out
    assert "Litige avec un fournisseur" in out
    assert main(["provision", "reverse", str(path), "--year", "2025", "--entry", "2025:4",
                 "--amount", "3 000,01", "--reason", "Trop"]) == 1
    assert "ne tient que 3 000,00 €" in capsys.readouterr().err
    assert main(["provision", "reverse", str(path), "--year", "2025", "--account", "151",
                 "--amount", "1 000", "--reason", "Accord amiable",
                 "--date", "2025-12-31"]) == 0
    assert "Reprise passée (brouillard OD n°5" in capsys.readouterr().out
    assert main(["provision", "list", str(path), "--date", "2025-12-31"]) == 0
    assert "2 000,00 €" in capsys.readouterr().out
    assert main(["provision", "add", str(path), "--year", "2025", "--kind", "charges",
                 "--amount", "10", "--reason", "Travaux"]) == 1
    assert "pas de compte 158" in capsys.readouterr().err
