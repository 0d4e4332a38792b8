"""FEC import (all or nothing, other tools' variants) and export (exact format, round trip)."""

import datetime as dt
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from assocompta.domain.errors import ImportFailed
from assocompta.fec.format import FIELDS
from assocompta.services.checks import check_book
from assocompta.services.fec_export import export_fec
from assocompta.services.fec_import import import_fec
from assocompta.services.setup import Identity, create_book
from assocompta.storage.orm import Account, Tiers
from tests.helpers import SIREN

ROOT = Path(__file__).resolve().parents[2]
HEADER = "\t".join(FIELDS)


def row(j, num, date, acc, lib, debit, credit, acclib="", aux="", auxlib="", piece="F1",
        jlib=""):
    return "\t".join((j, jlib or j, str(num), date, acc, acclib, aux, auxlib, piece, date, lib,
                      debit, credit, "", "", date, "", ""))


GOOD = [
    row("BQ", 1, "20250115", "60630000", "Ampoules", "45,90", "0,00", "Fournitures entretien"),
    row("BQ", 1, "20250115", "51200000", "Ampoules", "0,00", "45,90", "Banque"),
    row("BQ", 2, "20250120", "62680000", "Abonnement logiciel", "120,00", "0,00",
        "Logiciels en ligne"),
    row("BQ", 2, "20250120", "51200000", "Abonnement logiciel", "0,00", "120,00", "Banque"),
    row("BQ", 3, "20250201", "51200000", "Subvention", "1500,00", "0,00"),
    row("BQ", 3, "20250201", "74100000", "Subvention", "0,00", "1500,00", "Subv.", "VILLE",
        "Ville de Rennes"),
]


def write(path: Path, lines, *, sep="\t", encoding="utf-8", header=HEADER, eol="\r\n"):
    text = eol.join([header.replace("\t", sep)] + [ln.replace("\t", sep) for ln in lines]) + eol
    path.write_bytes(text.encode(encoding))
    return path


def _count(book, table):
    return book.scalar(f"SELECT count(*) FROM {table}")


def test_import_maps_padded_accounts_and_creates_sub_accounts(book, tmp_path):
    result = import_fec(book, write(tmp_path / "a.txt", GOOD))
    assert (result.entries, result.lines) == (3, 6)
    with book.session() as s:
        codes = {a.code: a for a in s.scalars(select(Account).where(Account.chart_id == 2))}
        tiers = s.scalars(select(Tiers)).one()
    assert "6268" in codes and codes["6268"].label == "Logiciels en ligne"
    assert codes["6268"].kind == "charge" and codes["6268"].parent_id == codes["626"].id
    assert "60630000" not in codes and "6063" in codes and "512" in codes
    assert (tiers.code, tiers.name) == ("VILLE", "Ville de Rennes")
    assert book.scalar("SELECT sum(debit) FROM entry_line l JOIN account a ON a.id = l.account_id"
                       " WHERE a.code = '512'") == 150000
    assert check_book(book) == []


@pytest.mark.parametrize("sep, encoding", [("\t", "utf-8-sig"), ("|", "cp1252"),
                                           ("|", "iso-8859-15"), ("\t", "utf-8")])
def test_separators_and_encodings(book, tmp_path, sep, encoding):
    lines = [row("OD", 1, "20250301", "625", "Réception œuvre € été", "10,00", "0,00"),
             row("OD", 1, "20250301", "530", "Réception œuvre € été", "0,00", "10,00")]
    import_fec(book, write(tmp_path / "e.txt", lines, sep=sep, encoding=encoding))
    assert book.scalar("SELECT label FROM entry") == "Réception œuvre € été"


def test_montant_sens_variant(book, tmp_path):
    header = HEADER.replace("Debit\tCredit", "Montant\tSens")
    lines = ["\t".join(("BQ", "Banque", "7", "20250310", "626", "", "", "", "P", "20250310",
                        "Timbres", m, s, "", "", "20250310", "", "")) for m, s in
             (("12,50", "D"), ("12,50", "C"))]
    import_fec(book, write(tmp_path / "ms.txt", lines, header=header))
    with book.session() as s:
        amounts = s.execute(text("SELECT debit, credit FROM entry_line ORDER BY id")).all()
    assert [tuple(a) for a in amounts] == [(1250, 0), (0, 1250)]


def _assert_nothing_written(book, before):
    assert (_count(book, "entry"), _count(book, "entry_line"), _count(book, "account"),
            _count(book, "tiers"), _count(book, "import_batch")) == before


def _state(book):
    return (_count(book, "entry"), _count(book, "entry_line"), _count(book, "account"),
            _count(book, "tiers"), _count(book, "import_batch"))


@pytest.mark.parametrize("bad, where, fragment", [
    (row("BQ", 4, "20250301", "626", "x", "10,00", "0,00") + "\n" +
     row("BQ", 4, "20250301", "512", "x", "0,00", "9,99"), "ligne 8", "déséquilibrée"),
    (row("BQ", 4, "20250301", "626", "x", "12,3a", "0,00") + "\n" +
     row("BQ", 4, "20250301", "512", "x", "0,00", "12,30"), "ligne 8, champ Debit", "illisible"),
    (row("BQ", 4, "20240301", "626", "x", "1,00", "0,00") + "\n" +
     row("BQ", 4, "20240301", "512", "x", "0,00", "1,00"), "ligne 8, champ EcritureDate",
     "aucun exercice"),
    (row("BQ", 4, "20251301", "626", "x", "1,00", "0,00"), "ligne 8, champ EcritureDate",
     "date"),
    (row("BQ", 4, "20250301", "626", "x", "1,00", "0,00") + "\textra", "ligne 8", "colonnes"),
    (row("BQ", 1, "20250301", "626", "x", "1,00", "0,00") + "\n" +
     row("BQ", 1, "20250301", "512", "x", "0,00", "1,00"), "ligne 8", "ne se suivent pas"),
    (row("OD", 9, "20250301", "864", "x", "1,00", "0,00") + "\n" +
     row("OD", 9, "20250301", "512", "x", "0,00", "1,00"), "ligne 8", "classe 8"),
])
def test_any_problem_means_nothing_is_imported(book, tmp_path, bad, where, fragment):
    before = _state(book)
    path = write(tmp_path / "bad.txt", GOOD + bad.split("\n"))
    with pytest.raises(ImportFailed) as err:
        import_fec(book, path)
    message = str(err.value)
    assert f"bad.txt, {where}" in message, message
    assert fragment in message
    assert "Rien n'a été importé" in message
    _assert_nothing_written(book, before)


def test_missing_columns_are_named(book, tmp_path):
    with pytest.raises(ImportFailed) as err:
        import_fec(book, write(tmp_path / "h.txt", GOOD,
                               header=HEADER.replace("CompteNum", "Compte")))
    assert "h.txt, ligne 1" in str(err.value) and "CompteNum" in str(err.value)


def test_the_same_file_twice_is_refused(book, tmp_path):
    path = write(tmp_path / "a.txt", GOOD)
    import_fec(book, path)
    state = _state(book)
    with pytest.raises(ImportFailed) as err:
        import_fec(book, path)
    assert "déjà été importé" in str(err.value)
    _assert_nothing_written(book, state)


def test_closed_year_refuses_import(book, tmp_path):
    with book.transaction() as s:
        s.execute(text("UPDATE fiscal_year SET closed_at = '2026-01-10'"))
    with pytest.raises(ImportFailed) as err:
        import_fec(book, write(tmp_path / "a.txt", GOOD))
    assert "clos" in str(err.value)


def test_export_format_and_name(book, tmp_path):
    import_fec(book, write(tmp_path / "a.txt", GOOD))
    out, count = export_fec(book, "2025", str(tmp_path / "out") + "/")
    assert out.name == f"{SIREN}FEC20251231.txt" and count == 6
    raw = out.read_bytes()
    assert raw.endswith(b"\r\n") and not raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8").split("\r\n")[:-1]
    assert lines[0].split("\t") == list(FIELDS)
    assert all(len(ln.split("\t")) == 18 for ln in lines)
    first = lines[1].split("\t")
    assert first[:6] == ["BQ", "Banque", "1", "20250115", "6063",
                         "Fournitures d'entretien et de petit équipement"]
    assert first[11:13] == ["45,90", "0,00"]
    # BOI-CF-IOR-60-40-20: CompAuxNum only on third-party accounts; VILLE's 741 line has none.
    assert lines[6].split("\t")[4] == "741" and lines[6].split("\t")[6:8] == ["", ""]


def _round_trip(book, tmp_path, source: Path) -> None:
    import_fec(book, source)
    first, _ = export_fec(book, "2025", tmp_path / "first.txt")
    other, _ = create_book(tmp_path / "other.assocompta", Identity("Autre", siren=SIREN),
                           dt.date(2025, 1, 1))
    with other:
        import_fec(other, first)
        second, _ = export_fec(other, "2025", tmp_path / "second.txt")
        assert check_book(other) == []
    assert first.read_bytes() == second.read_bytes()


def test_round_trip_is_identical(book, tmp_path):
    _round_trip(book, tmp_path, write(tmp_path / "a.txt", GOOD))


def test_synthetic_100k_book_passes_check_and_exports_what_was_imported(book, tmp_path):
    """The issue's acceptance run: init, FEC import of 100 000 entries, check, export."""
    sys.path.insert(0, str(ROOT / "bench"))
    from synthetic import generate
    source = tmp_path / "big.txt"
    lines = generate(source, 100_000, 2025, seed=7)
    result = import_fec(book, source)
    assert (result.entries, result.lines) == (100_000, lines)
    assert check_book(book) == []
    out, count = export_fec(book, "2025", tmp_path / "export.txt")
    assert count == lines
    assert out.read_bytes() == source.read_bytes()
