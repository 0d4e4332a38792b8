"""Opening balances → one à-nouveaux entry (domain/opening.py), no Qt, no book."""

from __future__ import annotations

import datetime as dt

import pytest

from assocompta.domain.errors import ValidationError
from assocompta.domain.money import Money
from assocompta.domain.accounts import load_chart
from assocompta.domain.opening import (BankBalance, Opening, OtherBalance, check_accounts,
                                       for_chart, opening_draft, parse_opening, with_codes)


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
        ("512", "1000,00", "0,00"), ("2183", "1500,00", "0,00"), ("2818", "0,00", "500,00"),
        ("1021", "0,00", "2500,00"), ("119", "300,00", "0,00"), ("129", "200,00", "0,00")]


def test_an_unbalanced_bilan_is_refused_without_suggesting_a_balancing_figure():
    """An approved bilan balances: the refusal sends back to the bilan, or to the opening
    without a bilan (1021), never to a line that would absorb the gap."""
    opening = Opening((BankBalance("Banque", M("1000"), "512"),), M("50"),
                      {"fonds_propres": M("1000")})
    with pytest.raises(ValidationError) as exc:
        opening_draft(opening, dt.date(2025, 1, 1))
    text = str(exc.value).replace("\u202f", " ").replace("\u00a0", " ")
    assert "total de l'actif 1 050,00 €" in text and "total du passif 1 000,00 €" in text
    assert "il manque 50,00 € au passif" in text
    assert "Un bilan approuvé est équilibré : comparez chaque montant saisi avec le bilan" in text
    assert "Sans bilan fiable, ouvrez sans bilan" in text and "1021" in text
    assert "Report à nouveau" not in text and "corrigez" not in text


def test_other_receivables_and_other_debts_are_two_lines_on_467_never_netted():
    opening = Opening((BankBalance("Banque", M("1000"), "512"),), bilan={
        "fonds_propres": M("1100"), "autres_creances": M("200"), "autres_dettes": M("100")})
    assert _cells(opening_draft(opening, dt.date(2025, 1, 1))) == [
        ("512", "1000,00", "0,00"), ("467", "200,00", "0,00"), ("1021", "0,00", "1100,00"),
        ("467", "0,00", "100,00")]


def test_without_a_bilan_1021_is_what_is_held_less_what_is_owed():
    """The first day's receivables and debts, no bilan: 1021 = assets − debts."""
    opening = Opening((BankBalance("Banque", M("1000"), "512"),), M("50"), first_day={
        "subventions_a_recevoir": M("400"), "fournisseurs": M("300"),
        "autres_dettes": M("30")})
    chart = {a.code: a.kind.value for a in load_chart("pca2018")}
    opening = for_chart(opening, chart, set(chart))
    draft = opening_draft(opening, dt.date(2025, 1, 1))
    assert _cells(draft) == [
        ("512", "1000,00", "0,00"), ("530", "50,00", "0,00"), ("4417", "400,00", "0,00"),
        ("401", "0,00", "300,00"), ("467", "0,00", "30,00"), ("1021", "0,00", "1120,00")]
    assert draft.piece_ref == "Relevés, caisse, créances et dettes au 31/12/2024"
    chart = {a.code: a.kind.value for a in load_chart("pca2025")}
    assert for_chart(Opening(first_day={"subventions_a_recevoir": M("1")}), chart,
                     set(chart)).accounts == {"subventions_a_recevoir": "441"}


def test_the_piece_is_dated_the_day_before_and_named_for_its_documents():
    treasury = Opening((BankBalance("Banque", M("10"), "512"),))
    draft = opening_draft(treasury, dt.date(2025, 1, 1))
    assert (draft.date, draft.piece_date) == (dt.date(2025, 1, 1), dt.date(2024, 12, 31))
    assert draft.piece_ref == "Relevés et caisse au 31/12/2024"
    bilan = Opening((BankBalance("Banque", M("10"), "512"),), bilan={"fonds_propres": M("10")})
    draft = opening_draft(bilan, dt.date(2024, 9, 1))
    assert (draft.piece_ref, draft.piece_date) == ("Bilan au 31/08/2024", dt.date(2024, 8, 31))


def test_fonds_propres_go_to_a_leaf_account_never_to_the_grouping_102():
    chart = {a.code: a.kind.value for a in load_chart("pca2025")}
    opening = parse_opening(["512=900", "1022=800", "1024=100"])
    opening = for_chart(opening, chart, set(chart))
    check_accounts(opening, chart, set(chart))
    assert _cells(opening_draft(opening, dt.date(2025, 1, 1))) == [
        ("512", "900,00", "0,00"), ("1022", "0,00", "800,00"), ("1024", "0,00", "100,00")]
    for code, subs in (("102", "1021, 1022, 1023, 1024"), ("103", "1032, 1034")):
        grouped = for_chart(parse_opening(["512=900", f"{code}=900"]), chart, set(chart))
        with pytest.raises(ValidationError) as exc:
            check_accounts(grouped, chart, set(chart))
        assert str(exc.value).endswith(f"compte {code} : compte de regroupement ; choisissez "
                                       f"l'un de ses sous-comptes ({subs})")


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
                             "1021=1309,56", "467=20", "467=-15", "4386=-7"])
    assert opening.banks == (BankBalance("", M("1234,56"), "512"),
                             BankBalance("Livret A", M("10"), "5121"))
    assert opening.cash == M("80")
    assert opening.bilan == {"report": M("-5"), "fonds_propres": M("1309,56"),
                             "autres_creances": M("20"), "autres_dettes": M("15")}
    assert opening.others == (OtherBalance("4386", "", M("-7")),)


def test_command_line_without_fonds_propres_is_a_first_day_opening():
    opening = parse_opening(["512=1000", "401=300"])
    assert opening.bilan is None and opening.first_day == {"fournisseurs": M("300")}
