"""``assocompta asset add|from-entry|list|plan|dispose`` as a treasurer's script runs them."""

import datetime as dt

from openpyxl import load_workbook
from sqlalchemy import text

from assocompta.cli import main
from assocompta.services.ledger import post_entry
from assocompta.storage.db import Book
from tests.helpers import draft


def _book(tmp_path):
    path = tmp_path / "club.assocompta"
    assert main(["init", str(path), "--name", "Club", "--start", "2025-01-01"]) == 0
    with Book.open(path, backup=False) as book:
        post_entry(book, draft(dt.date(2025, 1, 1), ("512", "3 000", ""), ("102", "", "3 000"),
                               journal="AN"))
        post_entry(book, draft(dt.date(2025, 7, 1), ("2183", "1 200", ""),
                               ("512", "", "1 200"), label="Ordinateur"))
    return path


def test_from_entry_list_plan_and_dispose(tmp_path, capsys):
    path = _book(tmp_path)
    assert main(["asset", "from-entry", str(path), "--year", "2025", "--number", "2",
                 "--life-months", "36"]) == 0
    assert "Bien n°1 inscrit au registre depuis l'écriture n°2 de 2025" in capsys.readouterr().out
    assert main(["asset", "add", str(path), "--label", "Table", "--account", "2184",
                 "--date", "2025-04-01", "--cost", "900", "--life-months", "60",
                 "--origin", "don", "--gift-account", "75432"]) == 0
    assert "Bien n°2 inscrit" in capsys.readouterr().out

    assert main(["asset", "plan", str(path), "1"]) == 0
    out = capsys.readouterr().out
    assert "Ordinateur (compte 2183)" in out
    assert "2025  01/01/2025  31/12/2025  0,00 €  200,00 €  200,00 €  1 000,00 €" in out.replace(
        "\u202f", " ").replace("\xa0", " ")

    # Before the dotations, the register shows nothing depreciated and ties to the books.
    assert main(["asset", "list", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1  2183  Ordinateur  01/07/2025  3 ans" in out
    assert "✓ Le registre et les comptes d'immobilisations et d'amortissements concordent" in out

    dest = tmp_path / "registre.xlsx"
    assert main(["asset", "list", str(path), "-o", str(dest)]) == 0
    sheet = load_workbook(dest).active
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert "Ordinateur" in values and "Table" in values

    assert main(["asset", "dispose", str(path), "1", "--date", "2025-12-31", "--price",
                 "1 000"]) == 0
    assert "passée en brouillard : Cession : Ordinateur" in capsys.readouterr().out
    with Book.open(path, readonly=True) as book, book.session() as s:
        lines = [tuple(r) for r in s.execute(text(
            "SELECT a.code, l.debit, l.credit FROM entry_line l JOIN account a ON "
            "a.id = l.account_id JOIN entry e ON e.id = l.entry_id WHERE e.label LIKE "
            "'Cession%' ORDER BY l.position"))]
    assert lines == [("6811", 20000, 0), ("2818", 0, 20000), ("2818", 20000, 0),
                     ("652", 100000, 0), ("2183", 0, 120000), ("512", 100000, 0),
                     ("757", 0, 100000)]
    assert main(["asset", "list", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Ordinateur" not in out and "Table" in out


def test_refusals_name_the_field(tmp_path, capsys):
    path = _book(tmp_path)
    assert main(["asset", "from-entry", str(path), "--year", "2025", "--number", "1",
                 "--life-months", "36"]) == 1
    assert "pas de ligne au débit d'un compte d'immobilisation" in capsys.readouterr().err
    assert main(["asset", "add", str(path), "--label", "X", "--account", "2183", "--date",
                 "2025-01-01", "--cost", "douze", "--life-months", "12"]) == 1
    assert "--cost « douze » illisible" in capsys.readouterr().err
    assert main(["asset", "dispose", str(path), "9", "--date", "2025-12-31"]) == 1
    assert "immobilisation n°9 inconnue" in capsys.readouterr().err
