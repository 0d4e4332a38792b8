"""What the treasurer says of a gift that its entry does not (form, nature, mode de
versement, description, date of a volunteer's renunciation), and when it is refused."""

import datetime as dt

import pytest
from sqlalchemy import text

from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.errors import ValidationError
from assocompta.domain.money import Money
from assocompta.domain.parties import TiersKind
from assocompta.services import receipt_issue
from tests.services.receipt_books import ready_for_receipts
from assocompta.services.gifts import (GiftDetail, clear_gift_detail, gift_detail, gift_lines,
                                       set_gift_detail)
from assocompta.services.ledger import add_tiers, post_entry
from assocompta.services.parties import update_tiers


def _line(book, entry_id, account):
    with book.reading() as conn:
        return conn.execute(
            "SELECT l.id FROM entry_line l JOIN account a ON a.id = l.account_id "
            "WHERE l.entry_id = ? AND a.code = ?", (entry_id, account)).fetchone()[0]


@pytest.fixture
def gifts(book):
    """A cheque gift, a volunteer's abandon de frais (expense booked, then given up), a
    company's mécénat, and a fee (no gift)."""
    with book.transaction() as s:
        s.execute(text("UPDATE association SET address = '12 rue des Lilas, 35000 Rennes', "
                       "object = 'Entraide dans le quartier'"))
    for code, name in (("DUPONT", "Marie Dupont"), ("LEMOINE", "Paul Lemoine"),
                       ("BATI", "Bati-Ouest SARL")):
        add_tiers(book, code, name, TiersKind.OTHER)
        update_tiers(book, code, name, TiersKind.OTHER, None, "1 rue Haute\n35000 Rennes")
    ready_for_receipts(book)
    with book.transaction() as s:
        s.execute(text("UPDATE tiers SET nature = CASE code WHEN 'BATI' THEN 'entreprise' "
                       "ELSE 'particulier' END, siren = CASE code WHEN 'BATI' THEN "
                       "'512345679' ELSE '' END, legal_form = CASE code WHEN 'BATI' THEN "
                       "'SARL' ELSE '' END"))
    ids = {}
    for key, day, label, lines in (
            ("don", dt.date(2025, 2, 3), "Don chèque", (
                LineDraft("512", debit=Money(15000)),
                LineDraft("75411", credit=Money(15000), tiers="DUPONT"))),
            ("frais", dt.date(2025, 3, 1), "Note de frais", (
                LineDraft("625", debit=Money(14472)),
                LineDraft("4681", credit=Money(14472), tiers="LEMOINE"))),
            ("abandon", dt.date(2025, 3, 10), "Abandon de frais", (
                LineDraft("4681", debit=Money(14472), tiers="LEMOINE"),
                LineDraft("75412", credit=Money(14472), tiers="LEMOINE"))),
            ("mecenat", dt.date(2025, 4, 2), "Mécénat", (
                LineDraft("512", debit=Money(150000)),
                LineDraft("7542", credit=Money(150000), tiers="BATI"))),
            ("cotisation", dt.date(2025, 5, 1), "Cotisation", (
                LineDraft("512", debit=Money(2000)),
                LineDraft("7561", credit=Money(2000), tiers="DUPONT")))):
        ids[key] = post_entry(book, EntryDraft(day, "BQ" if key != "frais" else "OD", label,
                                               lines)).entry_id
    book.ids = {"don": _line(book, ids["don"], "75411"),
                "abandon": _line(book, ids["abandon"], "75412"),
                "mecenat": _line(book, ids["mecenat"], "7542"),
                "cotisation": _line(book, ids["cotisation"], "7561"),
                "frais": _line(book, ids["frais"], "625")}
    return book


def test_a_detail_is_set_read_back_and_cleared(gifts):
    line = gifts.ids["don"]
    with gifts.reading() as conn:
        assert gift_detail(conn, line) is None
    kept = set_gift_detail(gifts, line, form="acte_sous_seing_prive", nature="numeraire",
                           method="cheque")
    assert kept == GiftDetail("acte_sous_seing_prive", "numeraire", "cheque")
    with gifts.reading() as conn:
        assert gift_detail(conn, line) == kept
    set_gift_detail(gifts, line, method="especes")  # replaces what was said
    with gifts.reading() as conn:
        assert gift_detail(conn, line) == GiftDetail(method="especes")
    clear_gift_detail(gifts, line)
    with gifts.reading() as conn:
        assert gift_detail(conn, line) is None
    set_gift_detail(gifts, line, method="cheque")
    assert set_gift_detail(gifts, line) is None  # saying nothing clears it
    with gifts.reading() as conn:
        assert gift_detail(conn, line) is None


def test_the_abandon_de_frais_says_the_expenses_and_the_renunciation(gifts):
    line = gifts.ids["abandon"]
    with pytest.raises(ValidationError) as caught:
        set_gift_detail(gifts, line, renounced_on=dt.date(2025, 3, 8))
    assert caught.value.field == "description"  # the account says frais bénévoles
    kept = set_gift_detail(gifts, line, nature="frais_benevoles", description=" Trajets ",
                           renounced_on=dt.date(2025, 3, 8))
    assert (kept.description, kept.renounced_on) == ("Trajets", dt.date(2025, 3, 8))
    with pytest.raises(ValidationError) as caught:
        set_gift_detail(gifts, line, nature="frais_benevoles", description="Trajets",
                        method="virement")
    assert caught.value.field == "mode de versement" and "numéraire" in caught.value.message


@pytest.mark.parametrize("detail, field", [
    ({"form": "oral"}, "forme du don"),
    ({"nature": "crypto"}, "nature du don"),
    ({"method": "paypal"}, "mode de versement"),
    ({"nature": "en_nature"}, "description"),
    ({"nature": "autres", "description": "  "}, "description"),
    ({"nature": "titres", "method": "cheque"}, "mode de versement"),
    ({"renounced_on": dt.date(2025, 2, 1)}, "date de renonciation"),
])
def test_a_wrong_detail_is_refused_naming_its_field(gifts, detail, field):
    with pytest.raises(ValidationError) as caught:
        set_gift_detail(gifts, gifts.ids["don"], **detail)
    assert caught.value.field == field, caught.value.message
    with gifts.reading() as conn:
        assert gift_detail(conn, gifts.ids["don"]) is None


def test_a_line_that_is_no_gift_has_no_detail(gifts):
    for key in ("cotisation", "frais"):
        with pytest.raises(ValidationError) as caught:
            set_gift_detail(gifts, gifts.ids[key], method="cheque")
        assert caught.value.field == "compte"
        assert "n'est pas un don ouvrant droit à réduction d'impôt" in caught.value.message
    with pytest.raises(ValidationError, match="introuvable"):
        set_gift_detail(gifts, 999_999, method="cheque")


def _id(book, code: str) -> int:
    return book.scalar("SELECT id FROM tiers WHERE code = :c", c=code)


def test_a_receipted_gift_keeps_what_its_receipt_said(gifts):
    line = gifts.ids["don"]
    set_gift_detail(gifts, line, method="cheque")
    issued = receipt_issue.issue(gifts, "2025", [_id(gifts, "DUPONT")],
                                 today=dt.date(2026, 1, 20))
    number = next(r.number for r in issued if r.donor_name == "Marie Dupont")
    for attempt in (lambda: set_gift_detail(gifts, line, method="especes"),
                    lambda: clear_gift_detail(gifts, line)):
        with pytest.raises(ValidationError) as caught:
            attempt()
        assert f"reçu fiscal n° {number}" in caught.value.message
        assert "Annulez le reçu" in caught.value.message
    with gifts.reading() as conn:
        assert gift_detail(conn, line) == GiftDetail(method="cheque")


def test_the_trigger_refuses_what_the_service_would_have(gifts):
    """Past the service's own check (another window, another user): the engine refuses."""
    from assocompta.storage.errors import translate
    line = gifts.ids["don"]
    set_gift_detail(gifts, line, method="cheque")
    receipt_issue.issue(gifts, "2025", [_id(gifts, "DUPONT")],
                                 today=dt.date(2026, 1, 20))
    with pytest.raises(Exception) as caught:
        with gifts.transaction() as s:
            gifts.raw_connection(s).execute(
                "UPDATE gift_detail SET method = 'especes' WHERE line_id = ?", (line,))
    refused = caught.value if isinstance(caught.value, ValidationError) else translate(
        caught.value)
    assert "reçu fiscal" in str(refused)


def test_the_gift_lines_of_an_exercice(gifts):
    set_gift_detail(gifts, gifts.ids["abandon"], description="Trajets",
                    renounced_on=dt.date(2025, 3, 8))
    with gifts.reading() as conn:
        lines = gift_lines(conn, "2025")
    assert [(g.line_id, g.account, g.donor, g.amount, g.nature, g.receipt) for g in lines] == [
        (gifts.ids["don"], "75411", "Marie Dupont", Money(15000), "numeraire", None),
        (gifts.ids["abandon"], "75412", "Paul Lemoine", Money(14472), "frais_benevoles", None),
        (gifts.ids["mecenat"], "7542", "Bati-Ouest SARL", Money(150000), "numeraire", None)]
    assert [g.date for g in lines] == [dt.date(2025, 2, 3), dt.date(2025, 3, 10),
                                       dt.date(2025, 4, 2)]
    assert lines[1].detail == GiftDetail(description="Trajets",
                                         renounced_on=dt.date(2025, 3, 8))
    assert lines[0].detail is None and lines[0].entry_number > 0


def test_a_gifts_detail_follows_its_amount_corrected(gifts):
    """The treasurer said how a gift was paid, then corrects its amount on the draft: what
    was said of the gift is kept, on the corrected line."""
    from assocompta.services.editing import read_entry, replace_entry
    line = gifts.ids["don"]
    set_gift_detail(gifts, line, method="cheque", description="")
    entry = gifts.scalar("SELECT entry_id FROM entry_line WHERE id = :l", l=line)
    booked = read_entry(gifts, entry).draft
    corrected = tuple(LineDraft(ln.account, ln.debit and Money(ln.debit.cents + 500),
                                ln.credit and Money(ln.credit.cents + 500), ln.tiers,
                                ln.action, ln.label) for ln in booked.lines)
    replace_entry(gifts, entry, EntryDraft(booked.date, booked.journal, booked.label,
                                           corrected))
    new_line = gifts.scalar("SELECT l.id FROM entry_line l JOIN account a ON a.id = "
                            "l.account_id WHERE l.entry_id = :e AND l.credit > 0", e=entry)
    assert new_line != line
    with gifts.reading() as conn:
        assert gift_detail(conn, new_line) == GiftDetail(method="cheque")
        assert gift_detail(conn, line) is None
