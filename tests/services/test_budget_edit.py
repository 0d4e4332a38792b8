"""Editing a budget cell by cell: each change one transaction, refusals name the field."""

import datetime as dt

import pytest

from assocompta.domain.budget import balance
from assocompta.domain.errors import ClosedYearError, ValidationError
from assocompta.domain.money import Money
from assocompta.domain.parties import FunderCategory, TiersKind
from assocompta.services.budget_edit import (ALL, LineValues, add_budget_line, budget_line,
                                             budget_lines, delete_budget_line, set_budget_line)
from assocompta.services.ledger import add_action, add_tiers
from tests.helpers import m


@pytest.fixture
def year_id(book):
    return book.scalar("SELECT id FROM fiscal_year WHERE label = '2025'")


def test_add_set_delete_return_what_changed(book, year_id):
    change = add_budget_line(book, "2025", LineValues("6063", m("600"), "Petit matériel"))
    assert change.year_id == year_id and len(change.added) == 1
    line_id = change.added[0]
    assert set_budget_line(book, line_id, "montant", "1 234,50").changed == (line_id,)
    row = budget_line(book, line_id)
    assert row.values.amount == m("1234,50") and row.account_label
    set_budget_line(book, line_id, "compte", "60")
    set_budget_line(book, line_id, "libellé", "  Achats  ")
    assert budget_line(book, line_id).values == LineValues("60", m("1234,50"), "Achats")
    assert delete_budget_line(book, line_id).removed == (line_id,)
    assert budget_lines(book, year_id) == []


def test_action_and_funder_and_filter(book, year_id):
    add_action(book, "AIDE", "Aide aux devoirs")
    add_tiers(book, "VILLE", "Ville", TiersKind.FUNDER, FunderCategory.COMMUNE)
    add_budget_line(book, "2025", LineValues("741", m("9000"), "Subvention", "AIDE", "VILLE"))
    add_budget_line(book, "2025", LineValues("613", m("2400"), "Salle"))
    assert [r.values.code for r in budget_lines(book, year_id, "AIDE")] == ["741"]
    assert [r.values.code for r in budget_lines(book, year_id, None)] == ["613"]
    rows = budget_lines(book, year_id, ALL)
    assert [r.values.code for r in rows] == ["613", "741"]
    assert rows[1].funder_name == "Ville" and rows[1].funder_category is FunderCategory.COMMUNE
    set_budget_line(book, rows[1].id, "action", "")
    assert budget_line(book, rows[1].id).values.action is None


@pytest.mark.parametrize("field, value, words", [
    ("montant", "-5", "négatif"),
    ("montant", "12,345", "décimales"),
    ("montant", "", "vide"),
    ("compte", "512", "classes 6, 7 ou 8"),
    ("compte", "6999", "absent du plan"),
    ("action", "NOPE", "inconnue"),
    ("financeur", "NOPE", "inconnu"),
])
def test_refusals_name_the_field_and_write_nothing(book, year_id, field, value, words):
    line_id = add_budget_line(book, "2025", LineValues("6063", m("600"))).added[0]
    with pytest.raises(ValidationError) as info:
        set_budget_line(book, line_id, field, value)
    assert info.value.field == field and words in str(info.value)
    assert budget_line(book, line_id).values == LineValues("6063", m("600"))


def test_subsidy_needs_a_funder_with_a_category(book, year_id):
    add_tiers(book, "ASSO", "Une association", TiersKind.OTHER)
    line_id = add_budget_line(book, "2025", LineValues("741", m("100"))).added[0]
    with pytest.raises(ValidationError, match="type de financeur") as info:
        set_budget_line(book, line_id, "financeur", "ASSO")
    assert info.value.field == "financeur"
    # Fine on a non-subsidy line; then moving it to 74 is refused.
    other = add_budget_line(book, "2025", LineValues("756", m("100"), funder="ASSO")).added[0]
    with pytest.raises(ValidationError):
        set_budget_line(book, other, "compte", "741")
    assert budget_line(book, other).values.code == "756"


def test_closed_year_budget_cannot_change(book, year_id):
    line_id = add_budget_line(book, "2025", LineValues("6063", m("600"))).added[0]
    with book.transaction() as s:
        book.raw_connection(s).execute("UPDATE fiscal_year SET closed_at = ? WHERE id = ?",
                                       (dt.date.today().isoformat(), year_id))
    with pytest.raises(ClosedYearError):
        set_budget_line(book, line_id, "montant", "700")


def test_balance_as_the_cerfa_adds_it():
    b = balance([("6063", m("600")), ("741", m("500")), ("864", m("240")), ("875", m("200"))])
    assert (b.charges, b.produits, b.emplois, b.ressources) == (m("600"), m("500"), m("240"),
                                                                m("200"))
    assert b.result == Money(-10000) and not b.balanced and not b.contributions_balanced
