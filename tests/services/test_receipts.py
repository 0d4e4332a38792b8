"""Donation receipts (CERFA 11580): what is receipted, numbering, and the PDF's text."""

import datetime as dt
import subprocess

import pytest
from sqlalchemy import text

from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.errors import ValidationError
from assocompta.domain.money import Money
from assocompta.domain.parties import TiersKind
from assocompta.reports.receipt_pdf import write_receipts
from assocompta.services import receipts
from assocompta.services.ledger import add_tiers, delete_entry, post_entry
from assocompta.services.parties import update_tiers


def _gift(book, day, cents, donor, *, account="75411", bank="512", label="Don"):
    return post_entry(book, EntryDraft(day, "BQ" if bank == "512" else "CA", label, (
        LineDraft(bank, debit=Money(cents)),
        LineDraft(account, credit=Money(cents), tiers=donor)))).entry_id


@pytest.fixture
def gifts(book):
    with book.transaction() as s:
        s.execute(text("UPDATE association SET address = '12 rue des Lilas, 35000 Rennes', "
                       "object = 'Entraide dans le quartier'"))
    for code, name, address in (("DUPONT", "Marie Dupont", "8 rue de la Paix\n35000 Rennes"),
                                ("MARTIN", "Jean Martin", "23 avenue Janvier, 35000 Rennes")):
        add_tiers(book, code, name, TiersKind.OTHER)
        update_tiers(book, code, name, TiersKind.OTHER, None, address)
    _gift(book, dt.date(2025, 2, 3), 15000, "DUPONT")
    _gift(book, dt.date(2025, 9, 8), 5025, "DUPONT", bank="530")
    _gift(book, dt.date(2025, 4, 1), 8000, "MARTIN", account="7541", label="Don chèque 12345")
    # Not donations: a fee on 7561, a gift without donor, a refund (debit on 754).
    post_entry(book, EntryDraft(dt.date(2025, 5, 1), "BQ", "Cotisation", (
        LineDraft("512", debit=Money(2000)), LineDraft("7561", credit=Money(2000),
                                                        tiers="MARTIN"))))
    _gift(book, dt.date(2025, 5, 2), 3000, None)
    return book


def _pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_donations_of_the_year_by_donor(gifts):
    with gifts.reading() as conn:
        donors = receipts.donations(conn, "2025")
    assert [(d.name, d.total, len(d.gifts), d.receipts) for d in donors] == [
        ("Jean Martin", Money(8000), 1, ()), ("Marie Dupont", Money(20025), 2, ())]
    assert [g.method for g in donors[1].gifts] == ["virement", "especes"]
    assert donors[0].gifts[0].method == "cheque"


def test_issue_yearly_summary_and_pdf(gifts, tmp_path):
    issued = receipts.issue(gifts, "2025", today=dt.date(2026, 1, 20))
    assert [(r.number, r.donor_name, r.amount, r.method) for r in issued] == [
        ("2025-0001", "Jean Martin", Money(8000), "cheque"),
        ("2025-0002", "Marie Dupont", Money(20025), "especes,virement")]
    dupont = issued[1]
    assert (dupont.first_date, dupont.last_date) == (dt.date(2025, 2, 3), dt.date(2025, 9, 8))
    with gifts.reading() as conn:
        who = receipts.beneficiary(conn)
        assert receipts.receipts(conn, "2025") == issued
    pdf = write_receipts(issued, who, tmp_path / "recus.pdf")
    pages = _pdf_text(pdf).split("\f")
    assert len([p for p in pages if p.strip()]) == 2
    page = " ".join(pages[1].split())
    for expected in ("Numéro d'ordre du reçu : 2025-0002", "Marie Dupont",
                     "8 rue de la Paix, 35000 Rennes", "*** 200,25 € ***",
                     "deux cents euros et vingt-cinq centimes", "du 03/02/2025 au 08/09/2025",
                     "200 du CGI", "Œuvre ou organisme d'intérêt général", "Les Amis du Quartier",
                     "12 rue des Lilas", "Entraide dans le quartier", "Le 20/01/2026",
                     "Reçu au titre des dons à certains organismes d'intérêt général",
                     "Articles 200, 238 bis et 978 du code général des impôts"):
        assert expected in page, expected
    assert "Duplicata" not in page
    reprint = write_receipts(issued[:1], who, tmp_path / "dup.pdf", duplicate=True)
    assert "Duplicata" in _pdf_text(reprint) and "quatre-vingts euros" in _pdf_text(reprint)


def test_numbering_continuous_and_gifts_receipted_once(gifts):
    first = receipts.issue(gifts, "2025", per="gift", method="virement")
    assert [r.number for r in first] == ["2025-0001", "2025-0002", "2025-0003"]
    assert receipts.issue(gifts, "2025") == []  # nothing left to receipt
    _gift(gifts, dt.date(2025, 11, 30), 10000, "DUPONT")
    second = receipts.issue(gifts, "2025")
    assert [(r.number, r.amount) for r in second] == [("2025-0004", Money(10000))]
    with gifts.reading() as conn:
        dupont = next(d for d in receipts.donations(conn, "2025") if d.name == "Marie Dupont")
    assert dupont.receipts == ("2025-0002", "2025-0003", "2025-0004") and not dupont.pending
    assert gifts.scalar("SELECT count(*) FROM donation_receipt_line") == 4


def test_receipted_line_cannot_be_deleted_nor_changed(gifts):
    entry = gifts.scalar("SELECT e.id FROM entry e WHERE e.label = 'Don chèque 12345'")
    receipts.issue(gifts, "2025")
    with pytest.raises(ValidationError, match="reçu fiscal"):
        delete_entry(gifts, entry)
    with pytest.raises(ValidationError, match="donateur\\) ne change plus"), \
            gifts.transaction() as s:
        s.execute(text("UPDATE entry_line SET credit = 1, debit = 0 WHERE entry_id = :e "
                       "AND credit > 0"), {"e": entry})
    with pytest.raises(ValidationError, match="ne change plus"), gifts.transaction() as s:
        s.execute(text("DELETE FROM donation_receipt"))
    assert gifts.scalar("SELECT count(*) FROM entry WHERE id = :e", e=entry) == 1
    # Its date and its mode of payment (the other line: banque → caisse) are on the receipt.
    from assocompta.services.editing import read_entry, replace_entry
    booked = read_entry(gifts, entry).draft
    for changed in (EntryDraft(dt.date(2025, 2, 1), booked.journal, booked.label, booked.lines),
                    EntryDraft(booked.date, "CA", booked.label, (
                        LineDraft("530", debit=Money(8000)), booked.lines[1]))):
        with pytest.raises(ValidationError, match="reçu fiscal"):
            replace_entry(gifts, entry, changed)
    relabelled = EntryDraft(booked.date, booked.journal, "Don chèque 12345 (M. Martin)",
                            booked.lines)
    replace_entry(gifts, entry, relabelled)  # the wording may still be corrected
    assert read_entry(gifts, entry).draft.date == dt.date(2025, 4, 1)


def test_donors_without_address_named_and_nothing_issued(gifts):
    for code, name in (("DUPONT", "Marie Dupont"), ("MARTIN", "Jean Martin")):
        update_tiers(gifts, code, name, TiersKind.OTHER, None, "  ")
    with pytest.raises(ValidationError, match="Jean Martin, Marie Dupont"):
        receipts.issue(gifts, "2025")
    assert gifts.scalar("SELECT count(*) FROM donation_receipt") == 0
    # Only the chosen donors matter.
    update_tiers(gifts, "MARTIN", "Jean Martin", TiersKind.OTHER, None, "1 rue Haute, Vitré")
    martin = gifts.scalar("SELECT id FROM tiers WHERE code = 'MARTIN'")
    assert [r.donor_address for r in receipts.issue(gifts, "2025", [martin])] == [
        "1 rue Haute, Vitré"]


def test_association_needs_address_and_object(gifts):
    with gifts.transaction() as s:
        s.execute(text("UPDATE association SET address = '', object = ''"))
    with pytest.raises(ValidationError, match="l'adresse et l'objet de l'association"):
        receipts.issue(gifts, "2025")
    assert gifts.scalar("SELECT count(*) FROM donation_receipt") == 0


def test_cli_issues_then_reprints(gifts, book_path, tmp_path, capsys):
    from assocompta.cli import main
    gifts.close()
    assert main(["receipts", str(book_path), "--year", "2025", str(tmp_path),
                 "--donor", "DUPONT"]) == 0
    out = capsys.readouterr().out
    assert "1 reçu 2025-0001 (200,25 €) écrit dans" in out
    pdf = tmp_path / "recus-fiscaux-2025.pdf"
    assert "Marie Dupont" in _pdf_text(pdf) and "Jean Martin" not in _pdf_text(pdf)
    assert main(["receipts", str(book_path), "--year", "2025", str(tmp_path / "b.pdf")]) == 0
    assert "1 reçu 2025-0002 (" in capsys.readouterr().out
    assert main(["receipts", str(book_path), "--year", "2025", str(tmp_path / "c.pdf")]) == 0
    assert "Aucun reçu à émettre" in capsys.readouterr().out
    assert main(["receipts", str(book_path), "--year", "2025", str(tmp_path / "d.pdf"),
                 "--reprint"]) == 0
    reprint = _pdf_text(tmp_path / "d.pdf")
    assert reprint.count("Duplicata") == 2 and "2025-0002" in reprint
    assert main(["receipts", str(book_path), "--year", "2025", str(tmp_path / "e.pdf"),
                 "--donor", "NOBODY"]) == 1
    assert "NOBODY" in capsys.readouterr().err


def test_receipts_not_issued_when_their_pdf_cannot_be_written(gifts, tmp_path):
    def write(made, who):
        write_receipts(made, who, tmp_path / "absent" / "recus.pdf")

    with pytest.raises(OSError):
        receipts.issue(gifts, "2025", then=write)
    assert gifts.scalar("SELECT count(*) FROM donation_receipt") == 0
    made = receipts.issue(gifts, "2025", then=lambda made, who: write_receipts(
        made, who, tmp_path / "recus.pdf"))
    assert made[0].number == "2025-0001" and (tmp_path / "recus.pdf").stat().st_size > 1000


def test_a_corrected_gift_is_receipted_for_its_net_amount(gifts):
    # Marie Dupont's 150 € was booked wrongly: reversed (débit on 754), then 50 € booked.
    post_entry(gifts, EntryDraft(dt.date(2025, 2, 10), "BQ", "Annulation don", (
        LineDraft("75411", debit=Money(15000), tiers="DUPONT"),
        LineDraft("512", credit=Money(15000)))))
    _gift(gifts, dt.date(2025, 2, 10), 5000, "DUPONT")
    with pytest.raises(ValidationError, match="Marie Dupont"):
        receipts.issue(gifts, "2025", per="gift")
    issued = {r.donor_name: r for r in receipts.issue(gifts, "2025")}
    assert issued["Marie Dupont"].amount == Money(5000 + 5025)  # not 150 + 50 + 50,25
    assert issued["Jean Martin"].amount == Money(8000)
