"""The command line's counts agree with their number (« 0 déjà importée », « 1 problème »),
and no message outside the window writes « ligne(s) »."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest

from assocompta.cli import main
from assocompta.services.ledger import post_entry
from tests.helpers import draft
from tests.storage.test_check import _tamper

SRC = Path(__file__).resolve().parents[1] / "src" / "assocompta"

#: Texts that keep a « (s) » on purpose: the CERFA 15059 names its funders so.
CERFA = {"Région(s)", "Département(s)", "Intercommunalité(s) : EPCI", "Commune(s)"}


def test_bank_import_of_one_line_twice(tmp_path, capsys):
    book = tmp_path / "b.assocompta"
    assert main(["init", str(book), "--name", "B", "--start", "2025-01-01"]) == 0
    qif = tmp_path / "un.qif"
    qif.write_text("!Type:Bank\nD03/03/2025\nT-12,50\nPLA POSTE TIMBRES\n^\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["bank", "import", str(book), "--account", "512", str(qif)]) == 0
    assert capsys.readouterr().out.strip() == (
        "1 ligne ajoutée à catégoriser, 0 déjà importée")
    assert main(["bank", "import", str(book), "--account", "512", str(qif)]) == 0
    assert capsys.readouterr().out.strip() == (
        "0 ligne ajoutée à catégoriser, 1 déjà importée")


def test_check_counts_one_problem_and_one_line(book, book_path, capsys):
    post_entry(book, draft(dt.date(2025, 3, 14), ("626", "12,50", ""), ("512", "", "12,50"),
                           label="Téléphone"))
    book.close()
    _tamper(book_path, "INSERT INTO entry (year_id, journal_id, number, date, label) "
                       "SELECT year_id, journal_id, 2, date, 'Seule' FROM entry")
    _tamper(book_path, "INSERT INTO entry_line (entry_id, position, account_id, debit, credit) "
                       "SELECT e.id, 1, l.account_id, 0, 0 FROM entry e, entry_line l "
                       "WHERE e.number = 2 AND l.id = (SELECT min(id) FROM entry_line)")
    assert main(["check", str(book_path)]) == 1
    out, err = capsys.readouterr()
    assert "« Seule » : 1 ligne, il en faut au moins deux" in out
    assert err.strip().splitlines()[-1] == "1 problème"


def test_arguments_in_excess_one_or_two(tmp_path, capsys):
    for extra, said in ((["--oups"], "argument en trop : --oups"),
                        (["--oups", "--zut"], "arguments en trop : --oups --zut")):
        with pytest.raises(SystemExit) as exit_:
            main(["check", str(tmp_path / "b.assocompta"), *extra])
        assert exit_.value.code == 2
        assert f"erreur : {said}\n" in capsys.readouterr().err


def _messages(path: Path):
    """The string pieces of ``path`` (f-strings included), docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body and isinstance(node.body[0], ast.Expr)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and id(node) not in docs:
            yield node.lineno, node.value


def test_no_message_outside_the_window_says_s_in_brackets():
    found = [f"{path.relative_to(SRC)}:{line}: {text}"
             for path in sorted(SRC.rglob("*.py")) if "ui" not in path.relative_to(SRC).parts
             for line, text in _messages(path)
             if re.search(r"\w\((s|x|e|es|aux)\)", text) and text not in CERFA]
    assert found == []
