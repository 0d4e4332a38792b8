"""An entry's simplified form recognised from its lines; hours × rate of a contribution."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assocompta.domain.entries import (EntryDraft, LineDraft, Simple, contribution, depense,
                                       recette, virement)
from assocompta.domain.entry_shapes import hours_value, parse_hours, ressource_for, shape_of
from assocompta.domain.errors import ValidationError
from assocompta.domain.money import Money

S = Simple(dt.date(2025, 3, 1), Money(4590), "Papier", "F12", "BUREAU", "FETE")


@pytest.mark.parametrize("draft, kind, fields", [
    (depense(S, account="6064", paid_from="512"), "depense", ("6064", "512", "")),
    (recette(S, account="7541", received_on="530"), "recette", ("7541", "530", "")),
    (virement(Simple(S.date, S.amount, "Fond"), from_account="512", to_account="530"),
     "virement", ("", "512", "530")),
    (contribution(S, emploi="864", ressource="875"), "contribution", ("864", "", "875")),
])
def test_each_simple_form_is_recognised_from_what_it_wrote(draft, kind, fields):
    shape = shape_of(draft)
    assert (shape.kind, shape.amount, (shape.account, shape.treasury, shape.second)) == (
        kind, Money(4590), fields)


def test_entries_no_simple_form_writes_again_are_not_recognised():
    three = EntryDraft(S.date, "BQ", "x", (LineDraft("6064", debit=Money(30)),
                                            LineDraft("623", debit=Money(20)),
                                            LineDraft("512", credit=Money(50))))
    other_tiers = EntryDraft(S.date, "BQ", "x", (LineDraft("6064", Money(5), tiers="A"),
                                                  LineDraft("512", credit=Money(5), tiers="B")))
    od = EntryDraft(S.date, "OD", "x", (LineDraft("6064", Money(5)),
                                         LineDraft("401", credit=Money(5))))
    assert shape_of(three) is shape_of(other_tiers) is shape_of(od) is None


def test_ressource_of_each_emploi():
    assert [ressource_for(c) for c in ("860", "8601", "861", "862", "864", "6064")] == [
        "870", "870", "871", "871", "875", None]


def test_hours_as_typed_and_their_value():
    assert [parse_hours(t) for t in ("12", "12,5", "3h30", "2h")] == [
        Decimal(12), Decimal("12.5"), Decimal("3.5"), Decimal(2)]
    assert hours_value(Decimal("3.5"), Money(1188)) == Money(4158)
    for bad in ("", "-2", "beaucoup", "0"):
        with pytest.raises(ValidationError):
            parse_hours(bad)
