"""Opening balances → one à-nouveaux entry (domain/opening.py), no Qt, no book."""

from __future__ import annotations

import datetime as dt

import pytest

from assocompta.domain.errors import ValidationError
from assocompta.domain.money import Money
from assocompta.domain.opening import (BankBalance, Opening, opening_draft, parse_opening,
                                       with_codes)


def M(text: str) -> Money:
    return Money.parse(text)


def _cells(draft):
    return [(ln.account, str(ln.debit), str(ln.credit)) for ln in draft.lines]


def test_without_a_bilan_the_treasury_opens_against_1021():
    banks = with_codes((BankBalance("Crédit Mutuel", M("2 345,67")),
                        BankBalance("Livret", M("-10"))), {"512", "5121"})
    assert [b.code for b in banks] == ["5122", "5123"]
    draft = opening_draft(Opening(banks, M("120")), dt.date(2025, 1, 1))
    assert draft.journal == "AN" and draft.date == dt.date(2025, 1, 1)
    assert _cells(draft) == [("5122", "2345,67", "0,00"), ("5123", "0,00", "10,00"),
                             ("530", "120,00", "0,00"), ("1021", "0,00", "2455,67")]


def test_a_bilan_books_its_lines_on_their_sides():
    opening = Opening((BankBalance("Banque", M("1000"), "512"),), M("0"), {
        "immobilisations": M("1500"), "amortissements": M("500"), "fonds_propres": M("2500"),
        "report": M("-300"), "resultat": M("-200")})
    assert _cells(opening_draft(opening, dt.date(2025, 1, 1))) == [
        ("512", "1000,00", "0,00"), ("218", "1500,00", "0,00"), ("2818", "0,00", "500,00"),
        ("102", "0,00", "2500,00"), ("119", "300,00", "0,00"), ("129", "200,00", "0,00")]


def test_an_unbalanced_bilan_names_the_totals_and_the_line_to_look_at():
    opening = Opening((BankBalance("Banque", M("1000"), "512"),), M("50"),
                      {"fonds_propres": M("1000")})
    with pytest.raises(ValidationError) as exc:
        opening_draft(opening, dt.date(2025, 1, 1))
    text = str(exc.value).replace("\u202f", " ").replace("\u00a0", " ")
    assert "total de l'actif 1 050,00 €" in text and "total du passif 1 000,00 €" in text
    assert "il manque 50,00 € au passif" in text and "« Report à nouveau »" in text


@pytest.mark.parametrize("opening, field", [
    (Opening((BankBalance("", M("10")),)), "compte bancaire 1"),
    (Opening((BankBalance("A", M("1")), BankBalance("a", M("2")))), "compte bancaire 2"),
    (Opening(cash=M("-1")), "Caisse"),
    (Opening(cash=M("1"), bilan={"fournisseurs": M("-1")}), "Dettes fournisseurs"),
])
def test_refusals_name_the_field(opening, field):
    with pytest.raises(ValidationError) as exc:
        opening_draft(opening, dt.date(2025, 1, 1))
    assert exc.value.field == field


def test_nothing_to_open_makes_no_entry():
    assert opening_draft(Opening(), dt.date(2025, 1, 1)) is None


def test_command_line_values():
    opening = parse_opening(["512=1 234,56", "5121:Livret A=10", "530=80", "119=5",
                             "102=1309,56"])
    assert opening.banks == (BankBalance("", M("1234,56"), "512"),
                             BankBalance("Livret A", M("10"), "5121"))
    assert opening.cash == M("80")
    assert opening.bilan == {"report": M("-5"), "fonds_propres": M("1309,56")}
