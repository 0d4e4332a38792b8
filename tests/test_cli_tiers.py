"""``assocompta tiers import|list|export`` and ``assocompta members``, end to end."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from assocompta.cli import main
from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.money import Money
from assocompta.services.ledger import post_entry
from assocompta.storage.books import open_book
from tests.helpers import file_digest

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def book_file(tmp_path, capsys) -> Path:
    path = tmp_path / "amis.assocompta"
    assert main(["init", str(path), "--name", "Les Amis", "--start", "2025-01-01"]) == 0
    capsys.readouterr()
    return path


def test_import_list_and_members(book_file, capsys):
    assert main(["tiers", "import", str(book_file), str(DATA / "adherents_2025_cp1252.csv"),
                 "--year", "2025"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "adherents_2025_cp1252.csv : 5 tiers créés, 0 mis à jour ; 5 adhérents de l'exercice "
        "2025", "colonnes laissées de côté : Remarques"]
    assert main(["tiers", "import", str(book_file), str(DATA / "donateurs_utf8_bom.csv")]) == 0
    capsys.readouterr()

    assert main(["tiers", "list", str(book_file), "--nature", "entreprise"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("BOULANGERIEMARTI  Boulangerie Martin  [Entreprise]  35000 Rennes")
    assert "SIREN 512345679" in out[0] and out[-1] == "2 tiers"
    assert main(["tiers", "list", str(book_file), "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out), delimiter=";"))
    assert rows[0][:3] == ["Code", "Nom complet", "Nature"] and len(rows) == 11

    with open_book(book_file) as book:  # two cotisations come in
        for code, cents in (("A001", 2000), ("A002", 1000)):
            post_entry(book, EntryDraft(dt.date(2025, 3, 1), "BQ", "Cotisation", (
                LineDraft("512", debit=Money(cents)),
                LineDraft("7561", credit=Money(cents), tiers=code))))
    assert main(["members", str(book_file), "--year", "2025"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Cotisations de l'exercice 2025 :"
    assert "Anne Le Goff" in out[1] and out[1].endswith("à jour     le 01/03/2025")
    assert out[-1] == "5 adhérents : 2 à jour, 1 partiel, 2 non payées"
    assert main(["members", str(book_file), "--year", "2025", "--unpaid", "--format",
                 "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out), delimiter=";"))
    assert [(r[0], r[6]) for r in rows[1:]] == [("A003", "non payée"), ("A002", "partiel"),
                                                ("A004", "non payée")]


def test_a_bad_list_changes_nothing_and_says_where(book_file, tmp_path, capsys):
    bad = tmp_path / "dons.csv"
    bad.write_text("Nom;Prénom;Code postal;E-mail\nDupont;Marie;35000;marie@example.fr\n"
                   "Durand;Paul;35000;paul.durand@\n", encoding="utf-8")
    before = file_digest(book_file)
    assert main(["tiers", "import", str(book_file), str(bad)]) == 1
    err = capsys.readouterr().err
    assert "dons.csv, ligne 3, champ E-mail : adresse e-mail « paul.durand@ »" in err
    assert "Rien n'a été importé" in err
    assert file_digest(book_file) == before


def test_export_csv_and_xlsx_and_refusals(book_file, tmp_path, capsys):
    main(["tiers", "import", str(book_file), str(DATA / "membres_2025.xlsx"), "--year", "2025"])
    capsys.readouterr()
    dest = tmp_path / "tiers.csv"
    assert main(["tiers", "export", str(book_file), str(dest)]) == 0
    assert capsys.readouterr().out.strip() == f"Fichier écrit : {dest}"
    assert dest.read_bytes().startswith(b"\xef\xbb\xbfCode;")
    assert main(["tiers", "export", str(book_file), str(tmp_path / "tiers.xlsx")]) == 0
    assert main(["tiers", "import", str(book_file), str(tmp_path / "tiers.xlsx")]) == 0
    assert "0 tiers créé, 3 mis à jour" in capsys.readouterr().out

    assert main(["tiers", "export", str(book_file), str(tmp_path / "tiers.pdf")]) == 1
    assert "choisissez un fichier .csv ou .xlsx" in capsys.readouterr().err
    assert main(["tiers", "export", str(book_file), str(book_file)]) == 1
    assert main(["members", str(book_file), "--year", "2025", "-o",
                 str(tmp_path / "c.xlsx")]) == 0
    assert (tmp_path / "c.xlsx").exists()
    assert main(["members", str(book_file), "--year", "2031"]) == 1
    assert "exercice « 2031 » inconnu" in capsys.readouterr().err


def test_help_is_french(capsys):
    for argv in (["tiers", "import", "--help"], ["members", "--help"]):
        with pytest.raises(SystemExit):
            main(argv)
        out = capsys.readouterr().out
        assert out.startswith("utilisation : assocompta") and "options :" in out
