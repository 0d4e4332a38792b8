"""What the FEC states must be true: 3-digit accounts, CompAuxNum on third parties, a real SIREN."""

import dataclasses
import datetime as dt

import pytest

from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.errors import ImportFailed, ValidationError
from assocompta.domain.money import Money
from assocompta.fec.format import FIELDS
from assocompta.services.checks import check_book
from assocompta.services.demo import create_demo
from assocompta.services.editing import replace_entry
from assocompta.services.fec_export import export_fec
from assocompta.services.fec_import import import_fec
from assocompta.services.ledger import add_tiers, post_entry
from tests.helpers import draft, validated

GROUP = "74 est un compte de regroupement"


def _fec_rows(path):
    lines = path.read_bytes().decode("utf-8").split("\r\n")[1:-1]
    return [dict(zip(FIELDS, ln.split("\t"))) for ln in lines]


def test_no_line_is_posted_on_a_two_digit_account(book, tmp_path):
    grant = draft(dt.date(2025, 3, 1), ("512", "1500", ""), ("74", "", "1500"))
    with pytest.raises(ValidationError) as err:
        post_entry(book, grant)
    assert GROUP in err.value.message and "741 Subventions d'exploitation" in err.value.message
    posted = post_entry(book, dataclasses.replace(
        grant, lines=(grant.lines[0], dataclasses.replace(grant.lines[1], account="741"))))
    with pytest.raises(ValidationError, match=GROUP):
        replace_entry(book, posted.entry_id, grant)
    fec = tmp_path / "in.txt"
    fec.write_text("\t".join(FIELDS) + "\n" + "\n".join(
        "\t".join(("BQ", "Banque", "1", "20250301", acc, "", "", "", "R1", "20250301", "Subv.",
                   debit, credit, "", "", "20250301", "", ""))
        for acc, debit, credit in (("512", "1500,00", "0,00"), ("74", "0,00", "1500,00")))
        + "\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match=GROUP):
        import_fec(book, fec)


def test_comp_aux_num_only_on_third_party_accounts(book, tmp_path):
    add_tiers(book, "EDF", "EDF")
    add_tiers(book, "VILLE", "Ville de Rennes")
    post_entry(book, EntryDraft(dt.date(2025, 4, 1), "OD", "Facture EDF", (
        LineDraft("6061", debit=Money(12040), tiers="EDF"),
        LineDraft("401", credit=Money(12040), tiers="EDF"))))
    post_entry(book, EntryDraft(dt.date(2025, 4, 2), "BQ", "Subvention", (
        LineDraft("512", debit=Money(50000), tiers="VILLE"),
        LineDraft("741", credit=Money(50000), tiers="VILLE"))))
    validated(book, "2025", number_pieces=True)
    out, _ = export_fec(book, "2025", tmp_path / "fec.txt")
    aux = {(r["CompteNum"], r["CompAuxNum"], r["CompAuxLib"]) for r in _fec_rows(out)}
    assert aux == {("6061", "", ""), ("401", "EDF", "EDF"), ("512", "", ""), ("741", "", "")}


def test_the_demo_posts_on_real_accounts_and_its_fec_says_no_false_auxiliary(tmp_path, engine):
    if engine != "sqlite":
        pytest.skip("the demo is built once, on a file")
    book = create_demo(tmp_path / "demo.assocompta")
    try:
        assert check_book(book) == []
        validated(book, "2025", number_pieces=True)  # the demo's December drafts
        rows = []
        for year in ("2024", "2025"):
            out, _ = export_fec(book, year, tmp_path / f"{year}.txt")
            rows += _fec_rows(out)
    finally:
        book.close()
    assert rows and min(len(r["CompteNum"]) for r in rows) >= 3
    assert {r["CompteNum"] for r in rows if r["CompAuxNum"]} <= {
        r["CompteNum"] for r in rows if r["CompteNum"][:2] in ("40", "41", "44", "45", "46")}
    assert not any(r["CompAuxNum"] for r in rows if r["CompteNum"][0] in "5678")


def test_cli_refuses_to_name_a_fec_after_a_fake_siren(tmp_path, engine, capsys):
    if engine != "sqlite":
        pytest.skip("the command line is the same on both engines")
    from assocompta.cli import main
    book = tmp_path / "b.assocompta"
    assert main(["init", str(book), "--name", "Sans SIREN", "--start", "2025-01-01"]) == 0
    capsys.readouterr()
    assert main(["fec", "export", str(book), "--year", "2025", "-o", str(tmp_path) + "/"]) == 1
    err = capsys.readouterr().err
    assert "ce livre n'a pas de numéro SIREN" in err
    assert "Fichier › Identité de l'association…" in err
    assert "assocompta identity LIVRE --siren NUMÉRO" in err
    assert "-o FEC-2025.txt" in err
    assert not list(tmp_path.glob("*FEC*.txt"))
    assert main(["fec", "export", str(book), "--year", "2025", "-o",
                 str(tmp_path / "FEC-2025.txt")]) == 0
    assert (tmp_path / "FEC-2025.txt").read_bytes().startswith(b"JournalCode\t")
