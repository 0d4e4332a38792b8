"""``assocompta year funds`` and ``action finish`` as a treasurer's script runs them."""

import datetime as dt

from assocompta.cli import main
from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.parties import TiersKind
from assocompta.services.ledger import add_action, add_tiers, post_entry
from assocompta.storage.db import Book
from tests.helpers import m


def _book(tmp_path):
    path = tmp_path / "club.assocompta"
    assert main(["init", str(path), "--name", "Club", "--start", "2025-01-01"]) == 0
    with Book.open(path, backup=False) as book:
        add_tiers(book, "VILLE", "Ville de Rennes", TiersKind.FUNDER)
        add_action(book, "ETE", "Été au quartier")
        post_entry(book, EntryDraft(dt.date(2025, 3, 1), "BQ", "Subvention", (
            LineDraft("512", m("10 000"), tiers="VILLE"),
            LineDraft("741", credit=m("10 000"), tiers="VILLE", action="ETE"))))
        post_entry(book, EntryDraft(dt.date(2025, 7, 1), "BQ", "Animateurs", (
            LineDraft("6226", m("6 000"), action="ETE"), LineDraft("512", credit=m("6 000")))))
    return path


def test_funds_lists_then_books_and_proposes_nothing_twice(tmp_path, capsys):
    path = _book(tmp_path)
    assert main(["year", "funds", str(path), "--year", "2025"]) == 0
    out = capsys.readouterr().out
    assert "Report en fonds dédiés des ressources non utilisées (31/12/2025, journal OD) :" in out
    assert "D 6894 4 000,00 € VILLE ETE" in " ".join(out.split())
    assert "--book" in out
    with Book.open(path, readonly=True) as book:
        assert book.scalar("SELECT count(*) FROM year_end_entry") == 0
    assert main(["year", "funds", str(path), "--year", "2025", "--book"]) == 0
    assert "Passées en brouillard : écriture n°3 de l'exercice 2025." in capsys.readouterr().out
    assert main(["year", "funds", str(path), "--year", "2025"]) == 0
    out = capsys.readouterr().out
    assert "déjà passée : écriture n°3" in out and "Rien à proposer" in out


def test_action_finish_and_reopen(tmp_path, capsys):
    path = _book(tmp_path)
    assert main(["action", "finish", str(path), "ETE", "--date", "2025-10-01"]) == 0
    assert "Action ETE (Été au quartier) : terminée le 01/10/2025." in capsys.readouterr().out
    assert main(["year", "funds", str(path), "--year", "2025"]) == 0
    assert "Rien à proposer" in capsys.readouterr().out
    assert main(["action", "finish", str(path), "ETE", "--reopen"]) == 0
    assert "en cours à nouveau" in capsys.readouterr().out
    assert main(["action", "finish", str(path), "NOPE", "--date", "2025-10-01"]) == 1
    assert "action « NOPE » inconnue" in capsys.readouterr().err
