"""The association's receipt settings, set once in the book: RNA, category (with its detail
or the RUP decree's dates), who signs; and the Beneficiary a receipt names from them."""

import datetime as dt
from dataclasses import replace

import pytest

from assocompta.domain.errors import ValidationError
from assocompta.domain.receipts import Category
from assocompta.services.setup import (Identity, beneficiary_of, checked_identity,
                                       read_identity, update_identity)

BASE = Identity("Les Amis du Quartier", "12 rue des Lilas\n35000 Rennes", "732829320",
                object="Animation du quartier")


def _refused(identity: Identity) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        checked_identity(identity)
    return caught.value


def test_settings_are_kept_and_read_back(book):
    kept = update_identity(book, replace(
        BASE, rna=" w35 2001 234 ", receipt_category=Category.RUP,
        rup_decree_date=dt.date(1998, 5, 4), rup_journal_date=dt.date(1998, 5, 12),
        signatory_name=" Claire Morel ", signatory_title="trésorière"))
    assert kept.rna == "W352001234" and kept.receipt_category == "rup"
    assert (kept.signatory_name, kept.signatory_title) == ("Claire Morel", "trésorière")
    assert read_identity(book) == kept
    assert (kept.rup_decree_date, kept.rup_journal_date) == (dt.date(1998, 5, 4),
                                                             dt.date(1998, 5, 12))


def test_an_rna_is_w_and_nine_digits():
    for wrong in ("W12345678", "X352001234", "W3520012345", "W35200123A", "352001234"):
        error = _refused(replace(BASE, rna=wrong))
        assert error.field == "RNA" and "W suivi de 9 chiffres" in error.message, wrong
    assert checked_identity(replace(BASE, rna="")).rna == ""


def test_rup_without_its_dates_is_refused():
    error = _refused(replace(BASE, receipt_category="rup"))
    assert error.field == "date du décret"
    assert "date du décret et celle de sa publication au Journal officiel" in error.message
    error = _refused(replace(BASE, receipt_category="rup", rup_decree_date=dt.date(2001, 3, 4)))
    assert error.field == "date du Journal officiel"
    error = _refused(replace(BASE, receipt_category="rup", rup_decree_date=dt.date(2001, 3, 4),
                             rup_journal_date=dt.date(2001, 3, 1)))
    assert error.field == "date du Journal officiel" and "avant" in error.message


def test_dates_and_detail_go_with_their_category_only():
    kept = checked_identity(replace(BASE, receipt_category="loi_1901",
                                    receipt_category_detail="sportive",
                                    rup_decree_date=dt.date(2001, 3, 4)))
    assert (kept.receipt_category_detail, kept.rup_decree_date) == ("", None)


def test_the_other_category_needs_its_detail():
    error = _refused(replace(BASE, receipt_category="interet_general_autre"))
    assert error.field == "précision de la catégorie" and "Autres (précisez)" in error.message
    kept = checked_identity(replace(BASE, receipt_category="interet_general_autre",
                                    receipt_category_detail=" Association sportive "))
    assert kept.receipt_category_detail == "Association sportive"


def test_an_unknown_category_is_refused_naming_the_known_ones():
    error = _refused(replace(BASE, receipt_category="cultuel"))
    assert error.field == "catégorie" and "loi_1901, rup" in error.message


def test_a_signatory_has_a_name_and_a_title():
    assert _refused(replace(BASE, signatory_name="Claire Morel")).field == (
        "qualité du signataire")
    assert _refused(replace(BASE, signatory_title="trésorière")).field == "signataire"


def test_the_beneficiary_splits_the_address_typed_whole():
    who = beneficiary_of(checked_identity(replace(
        BASE, rna="W352001234", receipt_category="loi_1901", signatory_name="Claire Morel",
        signatory_title="trésorière")))
    assert (who.name, who.address, who.postcode, who.city, who.country) == (
        "Les Amis du Quartier", "12 rue des Lilas", "35000", "Rennes", "France")
    assert (who.siren, who.rna, who.category, who.signatory_name, who.signatory_title) == (
        "732829320", "W352001234", "loi_1901", "Claire Morel", "trésorière")
    one_line = beneficiary_of(replace(BASE, address="Bât. B, 12 rue des Lilas, 35000 Rennes"))
    assert (one_line.address, one_line.postcode, one_line.city) == (
        "Bât. B, 12 rue des Lilas", "35000", "Rennes")
    abroad = beneficiary_of(replace(BASE, address="Rue du Lac 3\nCH-1200 Genève"))
    assert (abroad.address, abroad.postcode, abroad.city) == (
        "Rue du Lac 3\nCH-1200 Genève", "", "")


def test_existing_callers_still_build_an_identity_positionally():
    identity = Identity("Club", "1 rue", "732829320", None, "Sport")
    assert checked_identity(identity).receipt_category == ""
