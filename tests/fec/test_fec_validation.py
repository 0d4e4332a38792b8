"""The FEC tells only the truth (issue 14): ValidDate and PieceDate as stored, never made up;
no FEC of a year holding drafts; a FEC imported with or without ValidDate round-trips
honestly (validated entries first in the year's numbering, drafts after them)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from assocompta.cli import main
from assocompta.domain.errors import ValidationError
from assocompta.domain.fixes import for_app
from assocompta.fec.format import FIELDS
from assocompta.services.checks import check_book
from assocompta.services.closing import close_year
from assocompta.services.fec_export import export_fec, piece_ref_note, without_piece_ref
from assocompta.services.fec_import import import_fec
from assocompta.services.ledger import post_entry
from assocompta.services.setup import Identity, add_year, create_book
from tests.helpers import SIREN, as_draft, draft, sqlite_only, validated

HEADER = "\t".join(FIELDS)


#: The book's labels (chart 2025, usual journals), so that an export gives the file back;
#: 6257 is not in the chart: the import creates it with this label.
LABELS = {"BQ": "Banque", "CA": "Caisse", "OD": "Opérations diverses",
          "512": "Banques", "616": "Primes d'assurances", "641": "Rémunérations du personnel",
          "6063": "Fournitures d'entretien et de petit équipement", "6257": "Réceptions",
          "626": "Frais postaux et de télécommunications"}


def line(j, num, date, acc, lib, debit, credit, *, piece="F1", piece_date=None, valid=None,
         aux="", auxlib=""):
    """A FEC line as AssoCompta writes it; ``valid`` '' for none, None for the entry's date."""
    return "\t".join((j, LABELS[j], str(num), date, acc, LABELS[acc], aux, auxlib, piece,
                      date if piece_date is None else piece_date, lib, debit, credit, "", "",
                      date if valid is None else valid, "", ""))


def entry(j, num, date, acc, amount, lib="Opération", **kw):
    """An entry of two lines: ``acc`` against the bank."""
    return [line(j, num, date, acc, lib, amount, "0,00", **kw),
            line(j, num, date, "512", lib, "0,00", amount, **kw)]


def write(path: Path, lines, *, header=HEADER) -> Path:
    path.write_bytes(("\r\n".join([header, *lines]) + "\r\n").encode("utf-8"))
    return path


def rows(path: Path) -> list[dict[str, str]]:
    text_ = path.read_bytes().decode("utf-8")
    return [dict(zip(FIELDS, ln.split("\t"))) for ln in text_.split("\r\n")[1:-1]]


def entries(book, year="2025"):
    """(number, label, valid_date, piece_date) of the year's entries, by number."""
    with book.session() as s:
        return [tuple(r) for r in s.execute(text(
            "SELECT e.number, e.label, e.valid_date, e.piece_date FROM entry e "
            "JOIN fiscal_year f ON f.id = e.year_id WHERE f.label = :y ORDER BY e.number"),
            {"y": year})]


# A year of another tool's FEC, validated in three sittings: each ValidDate is a day after
# the entries' own dates, each piece dated before its entry.
VALIDATED = [
    *entry("BQ", 1, "20250115", "6063", "45,90", "Ampoules", piece="FA-101",
           piece_date="20250110", valid="20250205"),
    *entry("BQ", 2, "20250120", "626", "12,00", "Timbres", piece="FA-102",
           piece_date="20250118", valid="20250205"),
    *entry("CA", 3, "20250302", "6257", "30,00", "Réception", piece="T-7",
           piece_date="20250301", valid="20250410"),
    *entry("BQ", 4, "20250601", "616", "210,00", "Assurance", piece="MAIF-2025",
           piece_date="20250515", valid="20250704"),
]


def test_a_fec_with_validdate_round_trips_exactly(book, tmp_path):
    source = write(tmp_path / "valides.txt", VALIDATED)
    result = import_fec(book, source)
    assert (result.entries, result.drafts, result.drafts_moved) == (4, 0, 0)
    assert entries(book) == [
        (1, "Ampoules", "2025-02-05", "2025-01-10"), (2, "Timbres", "2025-02-05", "2025-01-18"),
        (3, "Réception", "2025-04-10", "2025-03-01"), (4, "Assurance", "2025-07-04", "2025-05-15")]
    out, count = export_fec(book, "2025", tmp_path / "export.txt")
    assert count == 8
    assert out.read_bytes() == source.read_bytes()
    assert without_piece_ref(book, "2025") == []


def test_a_fec_without_validdate_comes_in_as_drafts_and_is_not_exported(book, tmp_path):
    drafts = [*entry("BQ", 1, "20251102", "626", "8,00", valid=""),
              *entry("BQ", 2, "20251215", "6063", "19,90", valid=""),
              *entry("OD", 3, "20251230", "616", "50,00", valid="")]
    source = write(tmp_path / "brouillard.txt", drafts)
    result = import_fec(book, source)
    assert (result.entries, result.drafts, result.drafts_by_year) == (3, 3, {"2025": 3})
    assert [(n, v) for n, _, v, _ in entries(book)] == [(1, None), (2, None), (3, None)]
    before = set(tmp_path.iterdir())
    with pytest.raises(ValidationError) as err:
        export_fec(book, "2025", tmp_path / "out" / "")
    assert err.value.message == (
        "l'exercice 2025 contient 3 écritures en brouillard (n°1 à n°3, du 02/11/2025 au "
        "30/12/2025) : un FEC ne montre que des écritures validées, avec leur date de "
        "validation. Validez-les d'abord avec assocompta entries validate LIVRE --year 2025, "
        "puis exportez à nouveau")
    assert "le menu Saisie › Valider les écritures…, puis" in for_app(err.value.message)
    assert set(tmp_path.iterdir()) == before  # no folder made, no file written

    validated(book, "2025", on=dt.date(2026, 1, 15))
    out, _ = export_fec(book, "2025", tmp_path / "export.txt")
    exported = rows(out)
    assert {r["ValidDate"] for r in exported} == {"20260115"}
    assert [r["EcritureNum"] for r in exported] == ["1", "1", "2", "2", "3", "3"]
    # Everything else is the file as it came.
    blank = [dict(r, ValidDate="") for r in exported]
    assert blank == rows(source)


def test_one_draft_is_named_with_its_number_and_day(book, tmp_path):
    import_fec(book, write(tmp_path / "a.txt", VALIDATED))
    posted = _post(book, dt.date(2025, 9, 3))
    as_draft(book, posted.entry_id)
    with pytest.raises(ValidationError) as err:
        export_fec(book, "2025", tmp_path / "x.txt")
    assert err.value.message.startswith(
        f"l'exercice 2025 contient 1 écriture en brouillard (n°{posted.number}, le 03/09/2025)")
    assert "Validez-la d'abord" in err.value.message


@pytest.mark.parametrize("variant", ["debit-credit", "montant-sens", "parallel"])
def test_validated_entries_take_the_first_numbers_drafts_follow(book, tmp_path, variant):
    """An interleaved file: validated entries are numbered first, in the file's order, then
    drafts, in the file's order — on the fast path, the exact one and in a second process."""
    lines = [*entry("BQ", 1, "20250110", "626", "1,00", "D1", valid=""),
             *entry("BQ", 2, "20250111", "626", "2,00", "V1", valid="20250301"),
             *entry("BQ", 3, "20250112", "626", "3,00", "D2", valid=""),
             *entry("BQ", 4, "20250113", "626", "4,00", "V2", valid="20250301"),
             *entry("BQ", 5, "20250114", "626", "5,00", "V3", valid="20250302")]
    header = HEADER
    if variant == "montant-sens":
        header = HEADER.replace("Debit\tCredit", "Montant\tSens")
        converted = []
        for ln in lines:
            f = ln.split("\t")
            f[11:13] = (f[11], "D") if f[11] != "0,00" else (f[12], "C")
            converted.append("\t".join(f))
        lines = converted
    result = import_fec(book, write(tmp_path / "mix.txt", lines, header=header),
                        parallel=variant == "parallel")
    assert (result.entries, result.drafts) == (5, 2)
    assert [(n, lib, v) for n, lib, v, _ in entries(book)] == [
        (1, "V1", "2025-03-01"), (2, "V2", "2025-03-01"), (3, "V3", "2025-03-02"),
        (4, "D1", None), (5, "D2", None)]
    assert check_book(book) == []


def test_drafts_stepping_aside_across_batches(book, tmp_path):
    """Drafts already written (several batches) move when validated entries follow them."""
    count = 9_000  # more than one batch each (fec.batches.BATCH_ENTRIES)
    lines = []
    for i in range(count):
        day = f"2025{1 + i % 12:02d}{1 + i % 28:02d}"
        lines += entry("BQ", i + 1, day, "626", "1,00", f"D{i}", valid="")
    for i in range(count):
        day = f"2025{1 + i % 12:02d}{1 + i % 28:02d}"
        lines += entry("BQ", count + i + 1, day, "626", "1,00", f"V{i}", valid="20251231")
    result = import_fec(book, write(tmp_path / "big.txt", lines))
    assert (result.entries, result.drafts) == (2 * count, count)
    got = entries(book)
    assert [lib for _, lib, _, _ in got] == ([f"V{i}" for i in range(count)]
                                            + [f"D{i}" for i in range(count)])
    assert [n for n, *_ in got] == list(range(1, 2 * count + 1))
    assert {v for _, lib, v, _ in got if lib[0] == "V"} == {"2025-12-31"}


def _post(book, day: dt.date, label: str = "Opération", piece: str = "R-1"):
    return post_entry(book, dataclasses.replace(
        draft(day, ("626", "5", ""), ("512", "", "5"), label=label), piece_ref=piece))


@pytest.mark.parametrize("way", ["fast", "exact", "parallel"])
def test_any_mix_across_small_blocks_and_batches(book, tmp_path, monkeypatch, way):
    """Validated entries and drafts in any order, read a few lines at a time and written a
    few entries at a time: the validated ones take the numbers after the book's validated
    entries, in the file's order, then the book's drafts, then the file's."""
    import random

    from assocompta.fec.batches import Producer
    defaults = Producer.__init__.__kwdefaults__
    monkeypatch.setitem(defaults, "block_size", 2048)
    monkeypatch.setitem(defaults, "batch_entries", 7)
    monkeypatch.setitem(defaults, "fast", way != "exact")
    kept = _post(book, dt.date(2025, 1, 2), "Validée")
    validated(book, "2025")
    mine = _post(book, dt.date(2025, 1, 3), "Brouillon")
    as_draft(book, mine.entry_id)
    rng = random.Random(14)
    kinds = [rng.random() < 0.4 for _ in range(300)]  # True: a draft
    lines = []
    for i, is_draft in enumerate(kinds):
        lines += entry("BQ", i + 1, f"2025{1 + i % 12:02d}{1 + i % 28:02d}", "626", "1,00",
                       f"{'D' if is_draft else 'V'}{i}", valid="" if is_draft else "20251231")
    result = import_fec(book, write(tmp_path / "mix.txt", lines), parallel=way == "parallel")
    assert (result.drafts, result.drafts_moved) == (sum(kinds), 1)
    expected = (["Validée"] + [f"V{i}" for i, d in enumerate(kinds) if not d]
                + ["Brouillon"] + [f"D{i}" for i, d in enumerate(kinds) if d])
    got = entries(book)
    assert [lib for _, lib, _, _ in got] == expected
    assert [n for n, *_ in got] == list(range(kept.number, kept.number + len(expected)))
    assert check_book(book) == []


def test_the_books_drafts_move_after_the_validated_entries_imported(book, tmp_path):
    kept = _post(book, dt.date(2025, 1, 5), "Validée")
    validated(book, "2025")
    mine = [_post(book, dt.date(2025, 1, d), f"Brouillon {d}") for d in (6, 7)]
    as_draft(book, *(p.entry_id for p in mine))
    result = import_fec(book, write(tmp_path / "a.txt", VALIDATED[:4]))
    assert (result.drafts, result.drafts_moved) == (0, 2)
    assert [(n, lib, v is None) for n, lib, v, _ in entries(book)] == [
        (kept.number, "Validée", False), (2, "Ampoules", False), (3, "Timbres", False),
        (4, "Brouillon 6", True), (5, "Brouillon 7", True)]
    # Drafts the file brings come after the book's.
    more = [*entry("OD", 9, "20250201", "626", "3,00", "Du fichier", valid=""),
            *entry("OD", 10, "20250202", "626", "3,00", "Validée aussi", valid="20250301")]
    result = import_fec(book, write(tmp_path / "b.txt", more))
    assert (result.drafts, result.drafts_moved) == (1, 2)
    assert [lib for _, lib, _, _ in entries(book)] == [
        "Validée", "Ampoules", "Timbres", "Validée aussi", "Brouillon 6", "Brouillon 7",
        "Du fichier"]
    assert check_book(book) == []


def test_number_one_stays_for_the_opening_entry_while_the_year_before_is_open(book, tmp_path):
    add_year(book, dt.date(2026, 1, 1))
    lines = [*entry("BQ", 1, "20260110", "626", "1,00", "V", valid="20260201"),
             *entry("BQ", 2, "20260111", "626", "1,00", "D", valid="")]
    import_fec(book, write(tmp_path / "a.txt", lines))
    assert [(n, lib) for n, lib, _, _ in entries(book, "2026")] == [(2, "V"), (3, "D")]


def test_the_fec_shows_no_date_the_book_does_not_hold(book, tmp_path):
    """PieceDate: a FEC entry's own (none if it gave none); an entry typed in the app has one
    date, its piece's. ValidDate: the stored one. Nothing else."""
    lines = [*entry("BQ", 1, "20250115", "626", "1,00", "Sans date de pièce", piece_date="",
                    valid="20250120")]
    import_fec(book, write(tmp_path / "a.txt", lines))
    typed = _post(book, dt.date(2025, 2, 3))
    validated(book, "2025")
    out, _ = export_fec(book, "2025", tmp_path / "export.txt")
    with book.session() as s:
        stored = {str(n): (d, p, v) for n, d, p, v in s.execute(text(
            "SELECT number, date, piece_date, valid_date FROM entry"))}
    for r in rows(out):
        date, piece_date, valid = stored[r["EcritureNum"]]
        assert r["ValidDate"] == valid.replace("-", "")
        assert r["PieceDate"] in ((piece_date or "").replace("-", ""), date.replace("-", ""))
    by_num = {r["EcritureNum"]: r for r in rows(out)}
    assert by_num["1"]["PieceDate"] == ""  # the file gave none: none is made up
    assert by_num[str(typed.number)]["PieceDate"] == "20250203"  # the entry form's one date
    # A second import of that export keeps them so.
    other, _ = create_book(tmp_path / "b.assocompta", Identity("B", siren=SIREN),
                           dt.date(2025, 1, 1))
    with other:
        import_fec(other, out)
        again, _ = export_fec(other, "2025", tmp_path / "again.txt")
    assert again.read_bytes() == out.read_bytes()


def test_validated_entries_without_piece_ref_are_kept_and_named(book, tmp_path):
    lines = [*entry("OD", 1, "20250131", "641", "900,00", "Salaires", piece="",
                    valid="20250205"),
             *entry("OD", 2, "20250228", "641", "900,00", "Salaires", piece="PAIE-02",
                    valid="20250305")]
    source = write(tmp_path / "a.txt", lines)
    import_fec(book, source)
    out, _ = export_fec(book, "2025", tmp_path / "export.txt")
    assert out.read_bytes() == source.read_bytes()
    assert without_piece_ref(book, "2025") == [1]
    assert piece_ref_note([1]) == (
        "1 écriture validée sans référence de pièce (n°1) : leur PieceRef est vide dans le "
        "FEC, telle qu'elle a été validée")


@sqlite_only
def test_the_command_line_says_how_many_drafts_and_how_to_validate(book, book_path, tmp_path,
                                                                   capsys):
    book.close()
    lines = [*VALIDATED[:2], *entry("BQ", 7, "20251102", "626", "8,00", valid=""),
             *entry("BQ", 8, "20251230", "626", "8,00", valid="")]
    assert main(["fec", "import", str(book_path), str(write(tmp_path / "a.txt", lines))]) == 0
    out = capsys.readouterr().out
    assert "3 écritures (6 lignes) importées en " in out
    assert "dans l'exercice 2025, dont 2 en brouillard, à valider (totaux" in out
    assert (f"Validez-les avec assocompta entries validate {book_path} --year 2025 (le "
            "fichier ne leur donne pas de ValidDate)") in out
    assert main(["fec", "export", str(book_path), "--year", "2025", "-o",
                 str(tmp_path / "fec.txt")]) == 1
    err = capsys.readouterr().err
    assert ("2 écritures en brouillard (n°2 à n°3, du 02/11/2025 au 30/12/2025)" in err
            and "assocompta entries validate LIVRE --year 2025" in err)
    assert not (tmp_path / "fec.txt").exists()


def _reconcile(book, account="512", date="2024-12-31"):
    with book.transaction() as s:
        s.execute(text("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                       "closing_balance, finished_at) VALUES (:a, :d, 0, 0, '2025-01-10')"),
                  {"a": account, "d": date})


def test_two_exports_of_a_year_before_and_after_closing_the_year_before_are_identical(
        book_path, tmp_path):
    book, _ = create_book(book_path, Identity("Les Amis", siren=SIREN), dt.date(2024, 1, 1))
    with book:
        post_entry(book, draft(dt.date(2024, 3, 1), ("512", "300", ""), ("7561", "", "300")))
        add_year(book, dt.date(2025, 1, 1))
        posted = _post(book, dt.date(2025, 1, 15), "Timbres", "FA-1")
        as_draft(book, posted.entry_id)
        validated(book, "2025", on=dt.date(2025, 1, 20))
        before, _ = export_fec(book, "2025", tmp_path / "before.txt")
        _reconcile(book, "512")
        close_year(book, "2024")
        after, _ = export_fec(book, "2025", tmp_path / "after.txt")
    # What the first export said is said again, byte for byte: only the à-nouveaux the
    # closing wrote are new, in the place kept for them (n°1, first).
    header, *first = before.read_bytes().split(b"\r\n")
    header_again, *second = after.read_bytes().split(b"\r\n")
    opening = [ln for ln in second if ln.startswith(b"AN\t")]
    assert opening and all(ln.split(b"\t")[2] == b"1" for ln in opening)
    assert header_again == header and second == opening + first


# Other tools write the same fields their own way. These files follow the shapes such tools
# publish (no file of theirs is copied here): « | » and Windows-1252, EcritureNum per
# journal with letters, padded accounts and auxiliary accounts, Montant/Sens, no ValidDate
# column at all, or entries still in brouillard at the end with an empty ValidDate.
PIPE_HEADER = HEADER.replace("\t", "|")
PER_JOURNAL = [  # validated in one sitting, at the closing of the year
    "VT|Ventes|VT000001|20250105|41100000|Clients|C0001|Mairie de Rennes|FA0001|20250103|"
    "Prestation été|120,00|0,00|||20251231||",
    "VT|Ventes|VT000001|20250105|70600000|Prestations de services|||FA0001|20250103|"
    "Prestation été|0,00|120,00|||20251231||",
    "BQ|Banque|BQ000001|20250210|51200000|Banque|||RB-0210|20250210|Règlement FA0001|"
    "120,00|0,00|A|20250210|20251231||",
    "BQ|Banque|BQ000001|20250210|41100000|Clients|C0001|Mairie de Rennes|RB-0210|20250210|"
    "Règlement FA0001|0,00|120,00|A|20250210|20251231||",
]
SENS_HEADER = HEADER.replace("Debit\tCredit", "Montant\tSens")
BROUILLARD_AT_THE_END = [
    "\t".join(("AC", "Achats", str(n), day, acc, "", "", "", f"F{n}", day, lib, amount, sens,
               "", "", valid, "", ""))
    for n, day, valid, lib in ((1, "20250301", "20250331", "Papeterie"),
                               (2, "20250412", "20250430", "Papeterie"),
                               (3, "20250520", "", "Papeterie"),
                               (4, "20250521", "", "Papeterie"))
    for acc, amount, sens in (("606400", "15,00", "D"), ("401000", "15,00", "C"))]


def test_a_pipe_file_numbered_per_journal_validated_at_the_closing(book, tmp_path):
    source = tmp_path / "ventes.txt"
    source.write_bytes(("\r\n".join([PIPE_HEADER, *PER_JOURNAL]) + "\r\n").encode("cp1252"))
    result = import_fec(book, source)
    assert (result.entries, result.drafts) == (2, 0)
    assert [(n, v, p) for n, _, v, p in entries(book)] == [
        (1, "2025-12-31", "2025-01-03"), (2, "2025-12-31", "2025-02-10")]
    out, _ = export_fec(book, "2025", tmp_path / "export.txt")
    exported = rows(out)
    assert [(r["EcritureNum"], r["PieceRef"], r["PieceDate"], r["ValidDate"], r["EcritureLet"],
             r["DateLet"]) for r in exported] == [
        ("1", "FA0001", "20250103", "20251231", "", ""),
        ("1", "FA0001", "20250103", "20251231", "", ""),
        ("2", "RB-0210", "20250210", "20251231", "A", "20250210"),
        ("2", "RB-0210", "20250210", "20251231", "A", "20250210")]


def test_a_file_without_a_validdate_column_is_all_drafts(book, tmp_path):
    names = [f for f in FIELDS if f != "ValidDate"]
    lines = []
    for ln in VALIDATED:
        fields = dict(zip(FIELDS, ln.split("\t")))
        lines.append("\t".join(fields[f] for f in names))
    result = import_fec(book, write(tmp_path / "sans.txt", lines, header="\t".join(names)))
    assert (result.entries, result.drafts) == (4, 4)
    with pytest.raises(ValidationError, match=r"4 écritures en brouillard \(n°1 à n°4, du "
                                              r"15/01/2025 au 01/06/2025\)"):
        export_fec(book, "2025", tmp_path / "x.txt")


def test_entries_left_in_brouillard_at_the_end_of_a_montant_sens_file(book, tmp_path):
    source = write(tmp_path / "achats.txt", BROUILLARD_AT_THE_END, header=SENS_HEADER)
    result = import_fec(book, source)
    assert (result.entries, result.drafts) == (4, 2)
    assert [(n, v) for n, _, v, _ in entries(book)] == [
        (1, "2025-03-31"), (2, "2025-04-30"), (3, None), (4, None)]
    with pytest.raises(ValidationError, match=r"2 écritures en brouillard \(n°3 à n°4, du "
                                              r"20/05/2025 au 21/05/2025\)"):
        export_fec(book, "2025", tmp_path / "x.txt")
    validated(book, "2025", on=dt.date(2025, 6, 2))
    out, _ = export_fec(book, "2025", tmp_path / "export.txt")
    assert [r["ValidDate"] for r in rows(out)] == [
        "20250331", "20250331", "20250430", "20250430"] + ["20250602"] * 4
