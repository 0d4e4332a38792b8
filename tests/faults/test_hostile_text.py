"""Text no file can carry (U+FFFE, U+FFFF, NUL and other control characters, lone
surrogates), labels of thousands of characters, emoji and right-to-left text: refused or
cleaned at the door, and every writer still writes a file that opens, saying so truthfully."""

import csv
import datetime as dt
import re
import subprocess

import openpyxl
import pytest

from tests.helpers import validated
from assocompta.bank.csv_statement import read_statement
from assocompta.bank.ofx_statement import read_ofx
from assocompta.bank.qif_statement import read_qif
from assocompta.cli import main
from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.errors import ImportFailed, ValidationError
from assocompta.domain.money import Money
from assocompta.fec import batches
from assocompta.reports.csv_writer import write_csv
from assocompta.reports.model import Report, Row, RowKind
from assocompta.reports.pdf import write_pdf
from assocompta.reports.receipt_pdf import write_receipts
from assocompta.reports.xlsx import write_xlsx
from assocompta.services.budget import import_budget
from assocompta.services.fec_export import export_fec
from assocompta.services.fec_import import import_fec
from assocompta.services.ledger import add_tiers, post_entry
from assocompta.services.receipts import Beneficiary, Receipt
from assocompta.services.setup import Identity, create_book
from tests.fec.test_fec import GOOD, row, write
from tests.faults.test_xml_safety import OFX_V2
from tests.reports.tools import need

LONG = "Facture " + "x" * 2992  # 3 000 characters, no space after the first word
HUGE = "mot " * 25_000  # 100 000 characters
HOSTILE = ["Loyer\ufffemars", "Loyer\uffffavril", "Don\x00Dupont", "Vir\x07Mairie",
           "Frais\x1b[31m rouges", LONG, HUGE, "Fête 🎉 des voisins", "תרומה تبرع"]
LAST = "Dernière écriture, après toutes les autres"
SURROGATE = "Don\ud800Martin"  # neither SQLite nor PostgreSQL can store it: see the services


def clean_text(text: str) -> str:
    """What the user is promised: control characters made spaces, non-characters « � »."""
    return re.sub("[\ud800-\udfff\ufffe\uffff]", "\ufffd",
                  re.sub("[\x00-\x1f\x7f]", " ", text))


@pytest.fixture
def hostile(book):
    """A book whose entries and lines already hold such labels, put there with plain SQL
    (as a book written before the cleaning, or by another tool)."""
    for n, _ in enumerate(HOSTILE + [LAST], start=1):
        post_entry(book, EntryDraft(dt.date(2025, 3, n), "BQ", f"E{n}", (
            LineDraft("6063", Money(100 * n)), LineDraft("512", credit=Money(100 * n)))))
    with book.transaction() as s:
        conn = book.raw_connection(s)
        for n, label in enumerate(HOSTILE + [LAST], start=1):
            conn.execute("UPDATE entry SET label = ? WHERE number = ?", (label, n))
            conn.execute("UPDATE entry_line SET label = ? WHERE entry_id = (SELECT id FROM "
                         "entry WHERE number = ?) AND position = 1", (label, n))
        conn.execute("UPDATE association SET name = ?", ("Les Amis\x07 du \ufffeQuartier",))
    assert book.scalar("SELECT count(*) FROM entry WHERE instr(label, char(0)) > 0") == 1
    return book


def _report(book_path, kind, dest, capsys):
    """The command line's report, and what it said."""
    code = main(["report", kind, str(book_path), "--year", "2025", "-o", str(dest)])
    out = capsys.readouterr().out
    assert code == 0 and f"Fichier écrit : {dest}" in out
    return dest


def _pdf_text(path):
    need("pdftotext")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.parametrize("kind", ["journal", "grand-livre"])
def test_the_workbook_opens_in_openpyxl_with_every_label(hostile, book_path, tmp_path,
                                                        capsys, kind):
    path = _report(book_path, kind, tmp_path / f"{kind}.xlsx", capsys)
    ws = openpyxl.load_workbook(path, read_only=True).active
    texts = {c for r in ws.iter_rows(values_only=True) for c in r if isinstance(c, str)}
    assert "Les Amis  du �Quartier" in texts
    for label in ["Loyer�mars", "Loyer�avril", "Don Dupont", "Vir Mairie",
                  "Frais [31m rouges", LONG, "Fête 🎉 des voisins", "תרומה تبرع", LAST]:
        assert label in texts, label
    # A cell holds 32 767 characters at most: the cut shows.
    assert HUGE[:32766] + "…" in texts


def test_libreoffice_reads_the_workbook_to_its_last_row(hostile, book_path, tmp_path, capsys):
    soffice = need("soffice")
    path = _report(book_path, "journal", tmp_path / "journal.xlsx", capsys)
    subprocess.run([soffice, "--headless", "--calc", "--convert-to", "csv:Text - txt - csv "
                    "(StarCalc):59,34,76,1,,0,false,true,false,false,false", "--outdir",
                    str(tmp_path / "lo"), str(path)], check=True, capture_output=True,
                   timeout=180, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin",
                                     "LANG": "C.UTF-8"})
    text = (tmp_path / "lo" / "journal.csv").read_text(encoding="utf-8")
    for label in ("Loyer�mars", "Don Dupont", "Vir Mairie", "Fête 🎉 des voisins", LAST):
        assert label in text, label
    assert text.rstrip().splitlines()[-1].split(";")[5] == "Totaux"  # the body's last row


@pytest.mark.parametrize("kind", ["journal", "grand-livre"])
def test_the_pdf_is_written_with_long_labels_cut_visibly(hostile, book_path, tmp_path,
                                                        capsys, kind):
    path = _report(book_path, kind, tmp_path / f"{kind}.pdf", capsys)
    text = _pdf_text(path)
    for label in ("Don Dupont", "Vir Mairie", "Fête", "Dernière écriture"):
        assert label in text, label
    assert "Facture" in text and "x…" in text and "mot…" in text
    assert "total débit" in text  # the check after the table: nothing was lost after


def test_the_csv_keeps_every_label_whole(hostile, book_path, tmp_path, capsys):
    path = _report(book_path, "journal", tmp_path / "journal.csv", capsys)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        cells = {c for r in csv.reader(fh, delimiter=";") for c in r}
    for label in HOSTILE + [LAST]:
        assert clean_text(label) in cells, label[:20]
    assert clean_text(HUGE) in cells and len(clean_text(HUGE)) == 100_000


def test_the_fec_keeps_its_columns_and_reads_back(hostile, tmp_path):
    validated(hostile, "2025", number_pieces=True)
    path, count = export_fec(hostile, "2025", tmp_path / "fec.txt")
    lines = path.read_bytes().decode("utf-8").split("\r\n")[:-1]
    assert count == 20 and len(lines) == 21
    assert all(line.count("\t") == 17 for line in lines)
    assert "\x00" not in path.read_text(encoding="utf-8")
    other, _ = create_book(tmp_path / "autre.assocompta", Identity("Autre"), dt.date(2025, 1, 1))
    with other:
        assert import_fec(other, path).entries == 10
        with other.reading() as conn:
            labels = {r[0] for r in conn.execute("SELECT label FROM entry")}
    assert {"Don Dupont", "Vir Mairie", "Loyer�mars", LONG, clean_text(HUGE).strip()} <= labels


def test_writers_take_a_lone_surrogate(tmp_path):
    report = Report("Journal", "Les Amis\ud800", "Exercice 2025", ("Débit",), (
        Row(RowKind.LINE, SURROGATE, (Money(100),)),
        Row(RowKind.LINE, "\ud83d fin", (Money(100),))))
    book = openpyxl.load_workbook(write_xlsx([("Journal", report)], tmp_path / "j.xlsx"))
    assert book.active["A7"].value == "Don�Martin"
    # The PDF's standard fonts draw « � » as a box: the words around it are read.
    text = _pdf_text(write_pdf([report], tmp_path / "j.pdf"))
    assert "Don" in text and "Martin" in text and "fin" in text
    assert "Don�Martin" in write_csv(report, tmp_path / "j.csv").read_text(encoding="utf-8-sig")


def test_receipts_of_long_names_and_addresses_fit_their_page(tmp_path):
    who = Beneficiary("Les Amis du Quartier " * 50, "12 rue des Lilas\n35000 Rennes " * 100,
                      "Entraide " * 300, None)
    receipt = Receipt(1, "2025-001", "2025", 1, "Marie\x00 " + "Dupont" * 500,
                      "8 rue de la Paix " * 200 + "\ufffe", Money(15000), dt.date(2025, 2, 3),
                      dt.date(2025, 2, 3), "declaration", "numeraire", "virement",
                      dt.date(2026, 1, 20))
    path = write_receipts([receipt], who, tmp_path / "recus.pdf")
    text = _pdf_text(path)
    assert text.count("\f") == 1  # one page
    for shown in ("Marie", "DupontDupont", "8 rue de la Paix", "…", "Somme en toutes lettres",
                  "cent cinquante euros", "Date et signature", "Le 20/01/2026"):
        assert shown in text, shown


# -- at the door ---------------------------------------------------------------------------
def _nul_refused(call, name, line):
    with pytest.raises((ValidationError, ImportFailed)) as err:
        call()
    message = str(err.value)
    assert f"{name}, ligne {line}" in message and "caractère nul" in message, message
    return message


@pytest.mark.parametrize("way", ["fast", "exact", "parallel"])
def test_a_fec_with_a_nul_is_refused_naming_its_line_on_both_paths(book, tmp_path,
                                                                  monkeypatch, way):
    if way == "exact":
        monkeypatch.setattr(batches.Producer, "_fast", lambda *a, **k: None)
    lines = list(GOOD)
    lines[3] = lines[3].replace("Abonnement", "Abonne\x00ment")
    path = write(tmp_path / "nul.txt", lines)
    _nul_refused(lambda: import_fec(book, path, parallel=way == "parallel"), "nul.txt", 5)
    assert book.scalar("SELECT count(*) FROM entry") == 0


@pytest.mark.parametrize("exact", [False, True])
def test_fec_control_characters_become_spaces_on_both_paths(book, tmp_path, monkeypatch,
                                                             exact):
    used = []
    fast = batches.Producer._fast

    def spy(self, *args, **kwargs):
        done = None if exact else fast(self, *args, **kwargs)
        used.append(done is not None)
        return done
    monkeypatch.setattr(batches.Producer, "_fast", spy)
    path = write(tmp_path / "ctl.txt", [
        row("BQ", 1, "20250115", "60630000", "Vir\x07Mairie\ufffe", "45,90", "0,00",
            "Fournitures\x1b"),
        row("BQ", 1, "20250115", "51200000", "Vir\x07Mairie\ufffe", "0,00", "45,90")],
        sep="|")
    import_fec(book, path, parallel=False)
    assert used and all(used) is not exact  # the path the test meant to take
    assert book.scalar("SELECT DISTINCT label FROM entry") == "Vir Mairie�"
    assert book.scalar("SELECT label FROM account WHERE code = '6063'") is not None


def test_bank_statements_with_a_nul_are_refused_naming_the_line(tmp_path):
    path = tmp_path / "releve.csv"
    path.write_bytes("Date;Libellé;Montant\n01/03/2025;VIR MAIRIE;12,00\n"
                     "02/03/2025;CB BOU\x00LANGERIE;-3,50\n".encode())
    _nul_refused(lambda: read_statement(path), "releve.csv", 3)
    qif = tmp_path / "releve.qif"
    qif.write_bytes(b"!Type:Bank\nD03/15/2025\nT-12.00\nPBoulan\x00gerie\n^\n")
    _nul_refused(lambda: read_qif(qif), "releve.qif", 4)
    ofx = tmp_path / "releve.ofx"
    ofx.write_text(OFX_V2.format(doctype="", name="Boulan\x00gerie"), encoding="utf-8")
    line = OFX_V2.format(doctype="", name="\x00").split("\n").index("<FITID>1</FITID><NAME>"
                                                                   "\x00</NAME></STMTTRN>")
    _nul_refused(lambda: read_ofx(ofx), "releve.ofx", line + 1)


def test_bank_control_characters_become_spaces(tmp_path):
    path = tmp_path / "releve.csv"
    path.write_text("Date;Libellé;Montant\n01/03/2025;VIR\x07MAIRIE\x1b;12,00\n",
                    encoding="utf-8")
    [line] = read_statement(path).lines
    assert line.label == "VIR MAIRIE"
    qif = tmp_path / "releve.qif"
    qif.write_bytes(b"!Type:Bank\nD03/15/2025\nT-12.00\nPVIR\x07MAIRIE\x1b\n^\n")
    assert [ln.label for ln in read_qif(qif).lines] == ["VIR MAIRIE"]
    ofx = tmp_path / "releve.ofx"
    ofx.write_text(OFX_V2.format(doctype="", name="VIR\x07MAIRIE\x1b"), encoding="utf-8")
    assert [ln.label for ln in read_ofx(ofx).lines] == ["VIR MAIRIE"]


def test_a_budget_with_a_nul_is_refused_naming_the_line(book, tmp_path):
    path = tmp_path / "budget.csv"
    path.write_text("compte;montant;libelle\n6063;100;Fournitures\n606\x004;50;x\n",
                    encoding="utf-8")
    _nul_refused(lambda: import_budget(book, "2025", path), "budget.csv", 3)
    path.write_text("compte;montant;libelle\n6063;100;Fourni\x07tures\n", encoding="utf-8")
    import_budget(book, "2025", path)
    assert book.scalar("SELECT label FROM budget_line") == "Fourni tures"


def test_services_clean_what_they_store(book):
    add_tiers(book, "DUP", "Marie\x00Dupont\ufffe")
    assert book.scalar("SELECT name FROM tiers WHERE code = 'DUP'") == "Marie Dupont�"
    post_entry(book, EntryDraft(dt.date(2025, 3, 1), "BQ", SURROGATE, (
        LineDraft("6063", Money(100), label="Vir\tMairie\n"), LineDraft("512", credit=Money(100))),
        piece_ref="F\x001"))
    assert book.scalar("SELECT label || '|' || piece_ref FROM entry") == "Don�Martin|F 1"
    assert book.scalar("SELECT label FROM entry_line WHERE position = 1") == "Vir Mairie "


def test_a_code_holding_a_control_character_is_refused(book):
    with pytest.raises(ValidationError) as err:
        add_tiers(book, "DUP\x00ONT", "Marie Dupont")
    assert "sans espace" in str(err.value)
    assert book.scalar("SELECT count(*) FROM tiers WHERE code LIKE 'DUP%'") == 0


def test_a_sheet_named_after_an_action_code_is_written(tmp_path):
    # « Budget prévisionnel » + the action's code: a code may hold « / ».
    report = Report("Budget", "Les Amis", "2025", ("Montant",),
                    (Row(RowKind.LINE, "Fournitures", (Money(100),)),))
    path = write_xlsx([("Budget prévisionnel FETE/2025\x07", report)], tmp_path / "b.xlsx")
    assert openpyxl.load_workbook(path).sheetnames == ["Budget prévisionnel FETE-2025 "]
