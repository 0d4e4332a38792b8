"""Donation receipts: which gift gets which receipt, for which period, numbered how; the
receipt's life (cancelled, replaced, never changed); the yearly declaration's figures.

The PDF's text per kind of receipt: tests/reports/test_receipt_pdf.py and the end-to-end cases
in tests/services/test_receipt_kinds.py.
"""

import datetime as dt

import pytest
from sqlalchemy import text

from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.errors import ValidationError
from assocompta.domain.money import Money
from assocompta.domain.parties import TiersKind
from assocompta.services import receipts
from assocompta.services.ledger import add_tiers, delete_entry, post_entry
from assocompta.services.receipt_declaration import declaration
from assocompta.services.receipt_issue import cancel, issue, replace
from assocompta.services.setup import add_year
from tests.services.receipt_books import donor, gift, ready_for_receipts, set_detail


@pytest.fixture
def gifts(book):
    ready_for_receipts(book)
    donor(book, "DUPONT", "Marie Dupont", "8 rue de la Paix\n35000 Rennes")
    donor(book, "MARTIN", "Jean Martin", "23 avenue Janvier, 35000 Rennes")
    gift(book, dt.date(2025, 2, 3), 15000, "DUPONT")
    gift(book, dt.date(2025, 9, 8), 5025, "DUPONT", bank="530")
    gift(book, dt.date(2025, 4, 1), 8000, "MARTIN", account="7541", label="Don chèque 12345")
    # Not receipted: a fee on 7561, a gift without donor, an assurance-vie (75431).
    post_entry(book, EntryDraft(dt.date(2025, 5, 1), "BQ", "Cotisation", (
        LineDraft("512", debit=Money(2000)), LineDraft("7561", credit=Money(2000),
                                                        tiers="MARTIN"))))
    gift(book, dt.date(2025, 5, 2), 3000, None)
    gift(book, dt.date(2025, 6, 2), 900000, "MARTIN", account="75431",
         label="Assurance-vie")
    return book


def test_gifts_of_the_calendar_year_by_donor(gifts):
    with gifts.reading() as conn:
        donors = receipts.donations(conn, 2025)
    assert [(d.name, d.total, len(d.gifts), d.receipts) for d in donors] == [
        ("Jean Martin", Money(8000), 1, ()), ("Marie Dupont", Money(20025), 2, ())]
    assert [g.method for g in donors[1].gifts] == ["virement", "especes"]
    assert donors[0].gifts[0].method == "cheque"
    assert all(g.problem is None for d in donors for g in d.gifts)


def test_an_exercice_label_across_two_years_is_refused(gifts):
    with gifts.reading() as conn, pytest.raises(ValidationError, match="année civile"):
        receipts.donations(conn, "2024-2025")


def test_individuals_yearly_receipt_on_the_11580(gifts):
    issued = issue(gifts, 2025, today=dt.date(2026, 1, 20))
    assert [(r.number, r.donor_name, r.amount, r.method, r.model, r.articles, r.form,
             r.nature) for r in issued] == [
        ("2025-0001", "Jean Martin", Money(8000), "cheque", "11580*05", "200", "don_manuel",
         "numeraire"),
        ("2025-0002", "Marie Dupont", Money(20025), "especes,virement", "11580*05", "200",
         "don_manuel", "numeraire")]
    dupont = issued[1]
    assert (dupont.first_date, dupont.last_date) == (dt.date(2025, 2, 3), dt.date(2025, 9, 8))
    assert (dupont.donor_address, dupont.donor_postcode, dupont.donor_city) == (
        "8 rue de la Paix", "35000", "Rennes")
    assert dupont.signatory == "Claire Morel, trésorière"
    with gifts.reading() as conn:
        assert receipts.receipts(conn, 2025) == issued


def test_ifi_certifies_978_for_cash_gifts_of_people(gifts):
    made = issue(gifts, 2025, ifi=True)
    assert {r.articles for r in made} == {"978"}


def test_numbering_continuous_and_gifts_receipted_once(gifts):
    first = issue(gifts, 2025, per="gift", method="virement")
    assert [r.number for r in first] == ["2025-0001", "2025-0002", "2025-0003"]
    assert issue(gifts, 2025) == []  # nothing left to receipt
    gift(gifts, dt.date(2025, 11, 30), 10000, "DUPONT")
    second = issue(gifts, 2025)
    assert [(r.number, r.amount) for r in second] == [("2025-0004", Money(10000))]
    with gifts.reading() as conn:
        dupont = next(d for d in receipts.donations(conn, 2025) if d.name == "Marie Dupont")
    assert dupont.receipts == ("2025-0002", "2025-0003", "2025-0004") and not dupont.pending
    assert gifts.scalar("SELECT count(*) FROM donation_receipt_line") == 4


def test_receipted_line_cannot_be_deleted_nor_changed(gifts):
    entry = gifts.scalar("SELECT e.id FROM entry e WHERE e.label = 'Don chèque 12345'")
    issue(gifts, 2025)
    with pytest.raises(ValidationError, match="reçu fiscal"):
        delete_entry(gifts, entry)
    with pytest.raises(ValidationError, match="donateur\\) ne change plus"), \
            gifts.transaction() as s:
        s.execute(text("UPDATE entry_line SET credit = 1, debit = 0 WHERE entry_id = :e "
                       "AND credit > 0"), {"e": entry})
    with pytest.raises(ValidationError, match="ne change plus"), gifts.transaction() as s:
        s.execute(text("DELETE FROM donation_receipt"))
    assert gifts.scalar("SELECT count(*) FROM entry WHERE id = :e", e=entry) == 1


def test_an_issued_receipt_changes_only_by_being_cancelled(gifts):
    made = issue(gifts, 2025)
    for change in ("amount = 1", "donor_name = 'X'", "cancelled_at = '2026-01-02'",
                   "cancelled_at = '2026-01-02', cancel_reason = 'x', amount = 5"):
        with pytest.raises(ValidationError, match="ne change plus"), gifts.transaction() as s:
            s.execute(text(f"UPDATE donation_receipt SET {change} WHERE number = :n"),
                      {"n": made[0].number})
    done = cancel(gifts, made[0].number, "Adresse erronée", today=dt.date(2026, 2, 1))
    assert (done.cancelled_at, done.cancel_reason, done.amount) == (
        dt.date(2026, 2, 1), "Adresse erronée", made[0].amount)
    with pytest.raises(ValidationError, match="déjà annulé"):
        cancel(gifts, made[0].number, "encore")
    with pytest.raises(ValidationError, match="motif"):
        cancel(gifts, made[1].number, "  ")
    with pytest.raises(ValidationError, match="ne change plus"), gifts.transaction() as s:
        s.execute(text("UPDATE donation_receipt SET cancel_reason = 'autre' "
                       "WHERE number = :n"), {"n": made[0].number})


def test_cancel_then_replace_keeps_both_and_the_gifts_once(gifts):
    made = issue(gifts, 2025, today=dt.date(2026, 1, 20))
    martin = made[0]
    # The donor had moved: the receipt is cancelled and replaced with the new address.
    gifts_before = gifts.scalar("SELECT count(*) FROM donation_receipt_line")
    with gifts.transaction() as s:
        s.execute(text("UPDATE tiers SET address = '1 rue Haute', postcode = '35500', "
                       "city = 'Vitré' WHERE code = 'MARTIN'"))
    with pytest.raises(ValidationError, match="motif"):
        replace(gifts, martin.number)
    new = replace(gifts, martin.number, reason="Déménagement", today=dt.date(2026, 2, 3))
    assert (new.number, new.replaces, new.amount, new.donor_city, new.method) == (
        "2025-0003", martin.number, martin.amount, "Vitré", "cheque")
    with gifts.reading() as conn:
        old = receipts.receipts(conn, numbers=[martin.number])[0]
        assert (old.cancelled, old.cancel_reason, old.donor_city) == (
            True, "Déménagement", "Rennes")
        donor_row = next(d for d in receipts.donations(conn, 2025) if d.name == "Jean Martin")
    assert donor_row.receipts == ("2025-0003",) and not donor_row.pending
    assert gifts.scalar("SELECT count(*) FROM donation_receipt_line") == gifts_before
    with pytest.raises(ValidationError, match="déjà remplacé"):
        replace(gifts, martin.number)
    assert issue(gifts, 2025) == []


def test_a_cancelled_receipt_not_replaced_keeps_its_gifts_out(gifts):
    made = issue(gifts, 2025)
    cancel(gifts, made[0].number, "Don remboursé au donateur")
    assert issue(gifts, 2025) == []
    with gifts.reading() as conn:
        martin = next(d for d in receipts.donations(conn, 2025) if d.name == "Jean Martin")
    assert [(g.receipt, g.cancelled) for g in martin.gifts] == [(made[0].number, True)]


def test_declaration_counts_the_receipts_and_their_gifts(gifts):
    made = issue(gifts, 2025)
    cancel(gifts, made[0].number, "Erreur")
    replace(gifts, made[0].number)
    issue(gifts, 2025)  # nothing new
    gift(gifts, dt.date(2025, 12, 1), 7000, "DUPONT")  # no receipt yet: not declared
    with gifts.reading() as conn:
        decl = declaration(conn, 2025, today=dt.date(2026, 3, 1))
    assert (decl.period.start, decl.period.end, decl.period.basis) == (
        dt.date(2025, 1, 1), dt.date(2025, 12, 31), "calendar")
    assert (decl.count, decl.total, decl.cancelled) == (2, Money(28025), 1)
    assert [r.number for r in decl.receipts] == ["2025-0002", "2025-0003"]
    assert decl.by_model == (("11580*05", 2, Money(28025)),)


def test_a_donor_or_gift_that_cannot_be_receipted_stops_the_batch(gifts):
    add_tiers(gifts, "ASSO", "Club de foot", TiersKind.OTHER)
    with gifts.transaction() as s:
        s.execute(text("UPDATE tiers SET nature = 'association', address = '1 rue' "
                       "WHERE code = 'ASSO'"))
    gift(gifts, dt.date(2025, 3, 3), 10000, "ASSO")
    add_tiers(gifts, "INCONNU", "Paul Durand", TiersKind.OTHER)
    gift(gifts, dt.date(2025, 3, 4), 10000, "INCONNU")
    with pytest.raises(ValidationError) as err:
        issue(gifts, 2025)
    said = str(err.value)
    assert "Club de foot est une association" in said
    assert "Paul Durand : précisez" in said and "particulier" in said
    assert "Aucun reçu n'a été émis" in said
    assert gifts.scalar("SELECT count(*) FROM donation_receipt") == 0
    dupont = gifts.scalar("SELECT id FROM tiers WHERE code = 'DUPONT'")
    assert [r.donor_name for r in issue(gifts, 2025, [dupont])] == ["Marie Dupont"]


def test_the_association_says_its_category_and_signatory(gifts):
    with gifts.transaction() as s:
        s.execute(text("UPDATE association SET receipt_category = '', signatory_name = ''"))
    with pytest.raises(ValidationError) as err:
        issue(gifts, 2025)
    assert "catégorie d'organisme" in str(err.value) and "signataire" in str(err.value)
    with gifts.transaction() as s:
        s.execute(text("UPDATE association SET receipt_category = 'rup', "
                       "signatory_name = 'Claire Morel'"))
    with pytest.raises(ValidationError, match="décret de reconnaissance"):
        issue(gifts, 2025)
    assert gifts.scalar("SELECT count(*) FROM donation_receipt") == 0


def test_a_gift_whose_payment_the_entry_does_not_show_waits_for_the_treasurer(gifts):
    # A gift promised (467) then paid: the gift's entry shows no treasury account.
    post_entry(gifts, EntryDraft(dt.date(2025, 10, 1), "OD", "Don promis", (
        LineDraft("467", debit=Money(30000), tiers="DUPONT"),
        LineDraft("75411", credit=Money(30000), tiers="DUPONT"))))
    with pytest.raises(ValidationError, match="pas encore versé"):
        issue(gifts, 2025)
    post_entry(gifts, EntryDraft(dt.date(2025, 10, 20), "BQ", "Don reçu", (
        LineDraft("512", debit=Money(30000)), LineDraft("467", credit=Money(30000),
                                                         tiers="DUPONT"))))
    with pytest.raises(ValidationError, match="mode de versement"):
        issue(gifts, 2025)
    line = gifts.scalar("SELECT l.id FROM entry_line l JOIN account a ON a.id = l.account_id "
                        "WHERE a.code = '75411' AND l.credit = 30000")
    set_detail(gifts, line, method="cheque")
    made = {r.donor_name: r for r in issue(gifts, 2025)}
    assert made["Marie Dupont"].method == "especes,cheque,virement"


def test_a_receipt_not_issued_when_its_pdf_cannot_be_written(gifts, tmp_path):
    def write(made, who):
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        issue(gifts, 2025, then=write)
    assert gifts.scalar("SELECT count(*) FROM donation_receipt") == 0


def test_a_corrected_gift_is_receipted_for_its_net_amount(gifts):
    post_entry(gifts, EntryDraft(dt.date(2025, 2, 10), "BQ", "Annulation don", (
        LineDraft("75411", debit=Money(15000), tiers="DUPONT"),
        LineDraft("512", credit=Money(15000)))))
    gift(gifts, dt.date(2025, 2, 10), 5000, "DUPONT")
    with pytest.raises(ValidationError, match="Marie Dupont"):
        issue(gifts, 2025, per="gift")
    issued = {r.donor_name: r for r in issue(gifts, 2025)}
    assert issued["Marie Dupont"].amount == Money(5000 + 5025)


def test_january_reminds_of_last_years_receipts(gifts):
    add_year(gifts, dt.date(2026, 1, 1))
    with gifts.reading() as conn:
        assert receipts.ended_year_to_receipt(conn, today=dt.date(2026, 1, 10)) == "2025"
        assert receipts.ended_year_to_receipt(conn, today=dt.date(2025, 6, 10)) is None
    issue(gifts, 2025)
    with gifts.reading() as conn:
        assert receipts.ended_year_to_receipt(conn, today=dt.date(2026, 1, 10)) is None
