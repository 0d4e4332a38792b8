"""A tiers' details as a treasurer types them: each refusal names its field and says what
to write; what people write in several ways (civility, postcode, year end) comes out one way."""

import pytest

from assocompta.domain.errors import ValidationError
from assocompta.domain.parties import (TiersDetails, TiersNature, check_postcode, check_siren,
                                       check_year_end, normalise_civility, parse_nature)


def test_siren_with_spaces_and_its_luhn_key():
    assert check_siren("732 829 320") == "732829320"
    assert check_siren(" ") == ""
    with pytest.raises(ValidationError, match="clé de contrôle") as bad:
        check_siren("732 829 321")
    assert bad.value.field == "SIREN"


def test_a_siret_is_refused_with_the_siren_it_holds():
    with pytest.raises(ValidationError, match="SIRET.*732829320"):
        check_siren("732 829 320 00074")


@pytest.mark.parametrize("typed, kept", [("M", "M."), ("Monsieur", "M."), ("mr", "M."),
                                         ("Madame", "Mme"), ("Mlle", "Mme"), ("MME", "Mme"),
                                         ("", "")])
def test_civility_normalised(typed, kept):
    assert normalise_civility(typed) == kept


def test_an_unknown_civility_is_refused_naming_the_field():
    with pytest.raises(ValidationError) as bad:
        normalise_civility("M. et Mme")
    assert bad.value.field == "civilité" and "M., Mme" in bad.value.message


@pytest.mark.parametrize("typed, country, kept", [("35000", "", "35000"),
                                                  ("35 700", "France", "35700"),
                                                  ("1000", "", "01000"),
                                                  ("SW1A 1AA", "Royaume-Uni", "SW1A 1AA")])
def test_postcodes(typed, country, kept):
    assert check_postcode(typed, country) == kept


def test_a_french_postcode_of_letters_is_refused():
    with pytest.raises(ValidationError, match="5 chiffres") as bad:
        check_postcode("Rennes")
    assert bad.value.field == "code postal"


@pytest.mark.parametrize("typed, kept", [("", "12-31"), ("30/06", "06-30"), ("06-30", "06-30"),
                                         ("29/02", "02-29")])
def test_year_end(typed, kept):
    assert check_year_end(typed) == kept


@pytest.mark.parametrize("typed", ["31/06", "13-01", "fin juin"])
def test_a_year_end_that_is_no_day_is_refused(typed):
    with pytest.raises(ValidationError) as bad:
        check_year_end(typed)
    assert bad.value.field == "fin d'exercice"


def test_natures_from_values_labels_and_usual_words():
    assert parse_nature("Société") is TiersNature.COMPANY
    assert parse_nature("Collectivité, organisme public") is TiersNature.PUBLIC_BODY
    assert parse_nature("PARTICULIER") is TiersNature.PERSON
    with pytest.raises(ValidationError, match="particulier, entreprise"):
        parse_nature("client")


def test_details_checked_together():
    d = TiersDetails(nature="entreprise", civility="", postcode="35 000", siren="512 345 679",
                     email=" contact@example.fr ", address="  18 rue X \n\n ZA Nord ",
                     year_end="30/06").checked()
    assert (d.nature, d.postcode, d.siren, d.email, d.address, d.year_end) == (
        TiersNature.COMPANY, "35000", "512345679", "contact@example.fr", "18 rue X\nZA Nord",
        "06-30")
    with pytest.raises(ValidationError, match="particulier n'a pas de SIREN"):
        TiersDetails(nature="particulier", siren="512345679").checked()
    with pytest.raises(ValidationError) as bad:
        TiersDetails(email="marie.dupont@").checked()
    assert bad.value.field == "e-mail"
