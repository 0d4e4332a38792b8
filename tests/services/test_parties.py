"""Tiers and actions: adding, editing, deactivating, and the refusals."""

import pytest

from assocompta.domain.errors import ValidationError
from assocompta.domain.parties import FunderCategory, TiersKind
from assocompta.services.ledger import add_action, add_tiers
from assocompta.services.parties import (action_rows, delete_action, tiers_rows, update_action,
                                         update_tiers)


def test_edit_tiers_and_category_makes_it_a_funder(book):
    add_tiers(book, "VILLE", "Ville")
    update_tiers(book, "VILLE", "Ville de Rennes", TiersKind.OTHER, FunderCategory.COMMUNE)
    (row,) = tiers_rows(book)
    assert (row.name, row.kind, row.funder_category) == ("Ville de Rennes", TiersKind.FUNDER,
                                                         FunderCategory.COMMUNE)
    update_tiers(book, "VILLE", "Ville", TiersKind.SUPPLIER, None)
    assert tiers_rows(book)[0].funder_category is None


def test_action_deactivated_and_renamed(book):
    add_action(book, "FETE", "Fête")
    update_action(book, "FETE", "Fête de quartier", False)
    assert action_rows(book)[0].name == "Fête de quartier" and not action_rows(book)[0].active


@pytest.mark.parametrize("call, field", [
    (lambda b: add_tiers(b, "", "x"), "code"),
    (lambda b: add_tiers(b, "A B", "x"), "code"),
    (lambda b: add_tiers(b, "AB", "  "), "nom"),
    (lambda b: add_action(b, "", "x"), "code"),
    (lambda b: update_action(b, "NOPE", "x", True), "code"),
    (lambda b: update_tiers(b, "NOPE", "x", TiersKind.OTHER, None), "code"),
])
def test_refusals_name_the_field(book, call, field):
    with pytest.raises(ValidationError) as info:
        call(book)
    assert info.value.field == field
    assert tiers_rows(book) == [] and action_rows(book) == []


def test_duplicate_codes_refused(book):
    add_tiers(book, "EDF", "EDF")
    add_action(book, "AIDE", "Aide")
    with pytest.raises(ValidationError, match="existe déjà"):
        add_tiers(book, "EDF", "Autre")
    with pytest.raises(ValidationError, match="existe déjà"):
        add_action(book, "AIDE", "Autre")


def test_an_unused_action_is_removed_and_a_used_one_stays(book):
    """Undoing an action's creation: gone while nothing names it, refused once a rule does."""
    from assocompta.services import bank_categorise as cat
    add_action(book, "FETE", "Fête")
    expo = add_action(book, "EXPO", "Exposition").id
    delete_action(book, "FETE")
    assert [a.code for a in action_rows(book)] == ["EXPO"]
    delete_action(book, "FETE")  # already gone: nothing to do
    cat.add_rule(book, "expo", "706", action_id=expo)
    with pytest.raises(ValidationError, match="« Exposition » sert déjà"):
        delete_action(book, "EXPO")
    assert [a.code for a in action_rows(book)] == ["EXPO"]
