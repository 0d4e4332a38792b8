"""One receipt per kind of donor, gift and exercice shape, as the treasurer issues it and as
the PDF reads (pdftotext): a person's gifts of each calendar year whatever the exercice
(calendar, July–June, a first exercice of 18 months); a company on its own model, never
across its exercice end; an abandon de frais; a gift in kind; a legs and a notarial donation.
"""

import datetime as dt
import shutil
import subprocess

import pytest
from sqlalchemy import text

from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.errors import ValidationError
from assocompta.domain.money import Money
from assocompta.domain.parties import TiersKind
from assocompta.reports.receipt_pdf import write_receipts
from assocompta.services import receipts
from assocompta.services.ledger import add_tiers, post_entry
from assocompta.services.receipt_issue import issue
from assocompta.services.setup import Identity, create_book
from tests.helpers import SIREN
from tests.services.receipt_books import (donor, gift, gift_line, ready_for_receipts,
                                          set_detail)


def _book(path, start: dt.date, end: dt.date | None = None):
    book, _ = create_book(path, Identity("Les Amis du Quartier", siren=SIREN), start, end)
    ready_for_receipts(book)
    return book


@pytest.fixture
def pdf_text(tmp_path):
    """The text of the receipts as a PDF reader shows it, one string per page."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) needed")

    def read(made, book):
        with book.reading() as conn:
            who = receipts.beneficiary(conn)
        path = write_receipts(made, who, tmp_path / f"r{len(list(tmp_path.iterdir()))}.pdf")
        out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                             text=True, check=True).stdout
        return [" ".join(page.split()) for page in out.split("\f") if page.strip()]
    return read


@pytest.mark.parametrize("end", [dt.date(2026, 6, 30), dt.date(2026, 12, 31)],
                         ids=["juillet-juin", "18 mois"])
def test_a_persons_yearly_receipt_covers_one_calendar_year(book_path, end, pdf_text):
    book = _book(book_path, dt.date(2025, 7, 1), end)
    donor(book, "DUPONT", "Marie Dupont", "8 rue de la Paix", postcode="35000",
          city="Rennes", last_name="Dupont", first_name="Marie", civility="Mme")
    gift(book, dt.date(2025, 12, 20), 10000, "DUPONT")
    gift(book, dt.date(2026, 1, 20), 5000, "DUPONT")
    first = issue(book, 2025, today=dt.date(2026, 1, 15))
    assert [(r.number, r.amount, r.first_date, r.last_date) for r in first] == [
        ("2025-0001", Money(10000), dt.date(2025, 12, 20), dt.date(2025, 12, 20))]
    second = issue(book, 2026, today=dt.date(2026, 1, 25))
    assert [(r.number, r.amount) for r in second] == [("2026-0001", Money(5000))]
    page = pdf_text(first, book)[0]
    assert "2025-0001" in page and "100,00" in page and "150,00" not in page
    assert "20/12/2025" in page and "20/01/2026" not in page
    assert "11580*05" in page and "Dupont" in page and "Marie" in page
    assert "238 bis" not in page
    book.close()


def test_a_company_gets_the_16216_never_across_its_exercice_end(book_path, pdf_text):
    book = _book(book_path, dt.date(2025, 1, 1))
    donor(book, "BOULANGE", "Boulangerie Martin", "3 place du Marché", nature="entreprise",
          postcode="35000", city="Rennes", siren="732829320", legal_form="SARL",
          year_end="06-30")
    gift(book, dt.date(2025, 3, 10), 100000, "BOULANGE", account="7542",
         label="Mécénat virement")
    gift(book, dt.date(2025, 5, 2), 20000, "BOULANGE", account="7542", label="Mécénat")
    kind = post_entry(book, EntryDraft(dt.date(2025, 9, 15), "OD", "Don de pain", (
        LineDraft("8601", debit=Money(50000)),
        LineDraft("870", credit=Money(50000), tiers="BOULANGE")))).entry_id
    with pytest.raises(ValidationError, match="décrivez le don"):
        issue(book, 2025)
    set_detail(book, gift_line(book, kind), description="200 kg de pain (valeur déclarée par "
               "l'entreprise)")
    made = issue(book, 2025, today=dt.date(2026, 1, 10))
    assert [(r.model, r.articles, r.first_date, r.last_date, r.amount, r.in_kind_amount)
            for r in made] == [
        ("16216*03", "238bis", dt.date(2025, 3, 10), dt.date(2025, 5, 2), Money(120000),
         Money(0)),
        ("16216*03", "238bis", dt.date(2025, 9, 15), dt.date(2025, 9, 15), Money(50000),
         Money(50000))]
    assert made[0].donor_siren == "732829320" and made[0].donor_legal_form == "SARL"
    assert made[1].description.startswith("200 kg de pain")
    cash, in_kind = pdf_text(made, book)
    assert "16216*03" in cash and "238 bis" in cash and "Boulangerie Martin" in cash
    assert "732829320" in cash and "1 200,00" in cash and "11580" not in cash
    assert "200 kg de pain" in in_kind and "500,00" in in_kind
    book.close()


def test_an_abandon_de_frais_needs_the_expense_and_the_renunciation(book_path, pdf_text):
    book = _book(book_path, dt.date(2025, 1, 1))
    donor(book, "LEGOFF", "Anne Le Goff", "4 impasse des Mouettes\n35400 Saint-Malo")
    abandon = post_entry(book, EntryDraft(dt.date(2025, 6, 30), "OD", "Abandon de frais", (
        LineDraft("4681", debit=Money(12000), tiers="LEGOFF"),
        LineDraft("75412", credit=Money(12000), tiers="LEGOFF")))).entry_id
    with pytest.raises(ValidationError, match="passez la note de frais"):
        issue(book, 2025)
    post_entry(book, EntryDraft(dt.date(2025, 6, 20), "OD", "Note de frais juin", (
        LineDraft("625", debit=Money(12000)),
        LineDraft("4681", credit=Money(12000), tiers="LEGOFF"))))
    with pytest.raises(ValidationError, match="renoncé par écrit"):
        issue(book, 2025)
    set_detail(book, gift_line(book, abandon), renounced_on="2025-06-30",
               description="Trajets Saint-Malo – Rennes pour les ateliers, 400 km")
    made = issue(book, 2025)
    assert [(r.nature, r.form, r.method, r.in_kind_amount) for r in made] == [
        ("frais_benevoles", "autres", "", Money(12000))]
    page = pdf_text(made, book)[0]
    assert "Frais engagés par les bénévoles" in page and "Virement, prélèvement" in page
    book.close()


def test_a_legs_gets_no_receipt_a_notarial_donation_does(book_path):
    book = _book(book_path, dt.date(2025, 1, 1))
    donor(book, "SUCC", "Succession Bernard", "Étude Me Roux\n35000 Rennes")
    legs = gift(book, dt.date(2025, 4, 1), 5000000, "SUCC", account="75432", label="Legs")
    assert issue(book, 2025) == []
    with book.reading() as conn:
        (succ,) = receipts.donations(conn, 2025)
    assert succ.gifts[0].excluded and "un legs n'a pas de reçu" in succ.gifts[0].problem
    set_detail(book, gift_line(book, legs), form="acte_authentique")
    made = issue(book, 2025)
    assert [(r.form, r.nature, r.amount) for r in made] == [
        ("acte_authentique", "numeraire", Money(5000000))]
    book.close()


def test_volunteer_time_and_a_persons_services_are_never_receipted(book_path):
    book = _book(book_path, dt.date(2025, 1, 1))
    donor(book, "DUPONT", "Marie Dupont", "8 rue de la Paix\n35000 Rennes")
    for account in ("875", "871"):
        post_entry(book, EntryDraft(dt.date(2025, 5, 1), "OD", "Bénévolat", (
            LineDraft("864", debit=Money(30000)),
            LineDraft(account, credit=Money(30000), tiers="DUPONT"))))
    assert issue(book, 2025) == []
    with book.reading() as conn:
        listed = [(g.account, g.excluded) for d in receipts.donations(conn, 2025)
                  for g in d.gifts]
    assert listed == [("871", True)]  # 875 (bénévolat) is not even a gift
    book.close()


def test_a_persons_gift_in_kind_states_its_value_and_description(book_path, pdf_text):
    book = _book(book_path, dt.date(2025, 1, 1))
    donor(book, "MARTIN", "Jean Martin", "23 avenue Janvier, 35000 Rennes")
    add_tiers(book, "X", "X", TiersKind.OTHER)
    entry = post_entry(book, EntryDraft(dt.date(2025, 11, 5), "OD", "Don d'ordinateurs", (
        LineDraft("8612", debit=Money(60000)),
        LineDraft("870", credit=Money(60000), tiers="MARTIN")))).entry_id
    set_detail(book, gift_line(book, entry),
               description="3 ordinateurs portables, valeur de revente estimée 200 € pièce")
    made = issue(book, 2025)
    assert [(r.nature, r.method, r.in_kind_amount) for r in made] == [
        ("en_nature", "", Money(60000))]
    page = pdf_text(made, book)[0]
    assert "3 ordinateurs portables" in page and "600,00" in page
    book.close()


# -- what a tax inspector tried (review of issue 15): receipts the association must not give
def _abandon(book, day, cents, *, renounced="2025-06-01"):
    entry = post_entry(book, EntryDraft(day, "OD", "Abandon de frais", (
        LineDraft("4681", debit=Money(cents), tiers="LEGOFF"),
        LineDraft("75412", credit=Money(cents), tiers="LEGOFF")))).entry_id
    set_detail(book, gift_line(book, entry), renounced_on=renounced, description="Trajets")
    return entry


def test_expenses_repaid_or_already_given_up_are_not_receipted_again(book_path):
    book = _book(book_path, dt.date(2025, 1, 1))
    donor(book, "LEGOFF", "Anne Le Goff", "4 impasse des Mouettes\n35400 Saint-Malo")
    post_entry(book, EntryDraft(dt.date(2025, 5, 20), "OD", "Note de frais", (
        LineDraft("625", debit=Money(12000)),
        LineDraft("4681", credit=Money(12000), tiers="LEGOFF"))))
    post_entry(book, EntryDraft(dt.date(2025, 5, 25), "BQ", "Remboursement", (
        LineDraft("4681", debit=Money(12000), tiers="LEGOFF"),
        LineDraft("512", credit=Money(12000)))))
    _abandon(book, dt.date(2025, 6, 2), 12000)
    with pytest.raises(ValidationError, match="ni remboursés ni déjà abandonnés"):
        issue(book, 2025)
    book.close()


def test_the_same_expenses_are_given_up_once(book_path):
    book = _book(book_path, dt.date(2025, 1, 1))
    donor(book, "LEGOFF", "Anne Le Goff", "4 impasse des Mouettes\n35400 Saint-Malo")
    post_entry(book, EntryDraft(dt.date(2025, 5, 20), "OD", "Note de frais", (
        LineDraft("625", debit=Money(12000)),
        LineDraft("4681", credit=Money(12000), tiers="LEGOFF"))))
    _abandon(book, dt.date(2025, 6, 2), 12000)
    assert [r.amount for r in issue(book, 2025)] == [Money(12000)]
    _abandon(book, dt.date(2025, 7, 2), 12000)
    with pytest.raises(ValidationError, match="ni remboursés ni déjà abandonnés"):
        issue(book, 2025)
    book.close()


def test_a_company_gives_no_abandon_de_frais_and_names_its_siren(book_path):
    book = _book(book_path, dt.date(2025, 1, 1))
    donor(book, "SAS", "Bati-Ouest", "3 rue du Port, 35000 Rennes", nature="entreprise",
          legal_form="SAS")
    gift(book, dt.date(2025, 3, 1), 50000, "SAS", account="7542")
    with pytest.raises(ValidationError, match="SIREN et sa forme juridique"):
        issue(book, 2025)
    with book.transaction() as s:
        s.execute(text("UPDATE tiers SET siren = '512345679' WHERE code = 'SAS'"))
    post_entry(book, EntryDraft(dt.date(2025, 4, 1), "OD", "Abandon", (
        LineDraft("4681", debit=Money(5000), tiers="SAS"),
        LineDraft("75412", credit=Money(5000), tiers="SAS"))))
    with pytest.raises(ValidationError, match="pas à celle des entreprises"):
        issue(book, 2025)
    book.close()


def test_a_receipt_never_certifies_a_gift_not_received(book_path):
    book = _book(book_path, dt.date(2025, 1, 1))
    donor(book, "DUPONT", "Marie Dupont", "8 rue de la Paix\n35000 Rennes")
    gift(book, dt.date(2025, 12, 20), 10000, "DUPONT")
    assert issue(book, 2025, today=dt.date(2025, 12, 1)) == []  # dated after the issue
    # Promised (467), not paid: no receipt, even with a mode of payment typed.
    promise = post_entry(book, EntryDraft(dt.date(2025, 11, 2), "OD", "Don promis", (
        LineDraft("467", debit=Money(30000), tiers="DUPONT"),
        LineDraft("75411", credit=Money(30000), tiers="DUPONT")))).entry_id
    set_detail(book, gift_line(book, promise), method="cheque")
    with pytest.raises(ValidationError, match="pas encore versé"):
        issue(book, 2025, today=dt.date(2026, 1, 5))
    with pytest.raises(ValidationError, match="pas encore versé"):
        issue(book, 2025, today=dt.date(2026, 1, 5), method="cheque")
    post_entry(book, EntryDraft(dt.date(2025, 11, 20), "BQ", "Chèque reçu", (
        LineDraft("512", debit=Money(30000)),
        LineDraft("467", credit=Money(30000), tiers="DUPONT"))))
    made = issue(book, 2025, today=dt.date(2026, 1, 5))
    assert [(r.amount, r.method) for r in made] == [(Money(40000), "cheque,virement")]
    book.close()


def test_the_batch_mode_of_payment_never_overrides_the_entry(book_path):
    book = _book(book_path, dt.date(2025, 1, 1))
    donor(book, "DUPONT", "Marie Dupont", "8 rue de la Paix\n35000 Rennes")
    gift(book, dt.date(2025, 2, 1), 5000, "DUPONT", bank="530")
    assert [r.method for r in issue(book, 2025, method="virement")] == ["especes"]
    book.close()


def test_the_other_category_says_what_it_is(book_path):
    book = _book(book_path, dt.date(2025, 1, 1), )
    with book.transaction() as s:
        s.execute(text("UPDATE association SET receipt_category = 'interet_general_autre', "
                       "receipt_category_detail = ''"))
    donor(book, "DUPONT", "Marie Dupont", "8 rue de la Paix\n35000 Rennes")
    gift(book, dt.date(2025, 2, 1), 5000, "DUPONT")
    with pytest.raises(ValidationError, match="précision de la catégorie"):
        issue(book, 2025)
    book.close()
