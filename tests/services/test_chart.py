"""The chart as the Plan comptable view changes it: renames and hiding, with their refusals."""

import datetime as dt

import pytest

from assocompta.domain.errors import ValidationError
from assocompta.services.chart import (chart_rows, remove_sub_account, rename_account,
                                       set_account_hidden)
from assocompta.services.ledger import add_sub_account, post_entry
from tests.helpers import draft


@pytest.fixture
def year_id(book):
    return book.scalar("SELECT id FROM fiscal_year WHERE label = '2025'")


def test_rows_carry_balances_rolled_up_to_rubrics(book, year_id):
    post_entry(book, draft(dt.date(2025, 3, 1), ("6063", "45,90", ""), ("512", "", "45,90")))
    rows = {r.code: r for r in chart_rows(book, year_id)}
    assert rows["6063"].balance == 4590 and rows["6063"].used
    assert rows["60"].balance == 4590 and not rows["60"].used
    assert rows["512"].balance == -4590


def test_only_own_sub_accounts_are_renamed(book, year_id):
    add_sub_account(book, "2025", "74101", "Subvention Ville")
    assert rename_account(book, "2025", "74101", " Subvention Ville de Rennes ") == "74101"
    rows = {r.code: r for r in chart_rows(book, year_id)}
    assert rows["74101"].label == "Subvention Ville de Rennes" and rows["74101"].is_custom
    with pytest.raises(ValidationError, match="officiel") as info:
        rename_account(book, "2025", "6063", "Mon compte")
    assert info.value.field == "libellé"
    with pytest.raises(ValidationError, match="vide"):
        rename_account(book, "2025", "74101", "  ")


def test_hide_unused_account_only(book, year_id):
    post_entry(book, draft(dt.date(2025, 3, 1), ("6063", "10", ""), ("512", "", "10")))
    set_account_hidden(book, "2025", "6064", True)
    assert "6064" not in {r.code for r in chart_rows(book, year_id)}
    assert {r.code: r.hidden for r in chart_rows(book, year_id, show_hidden=True)}["6064"]
    with pytest.raises(ValidationError, match="a des écritures"):
        set_account_hidden(book, "2025", "6063", True)
    set_account_hidden(book, "2025", "6064", False)
    assert "6064" in {r.code for r in chart_rows(book, year_id)}
    with pytest.raises(ValidationError, match="absent"):
        set_account_hidden(book, "2025", "99", True)


def test_an_unused_sub_account_is_removed_a_used_one_stays(book, year_id):
    """Undoing a sub-account's creation: gone while unused, even after an entry typed on it
    was deleted; refused, saying why, once an entry, a sub-account or a rule names it."""
    from assocompta.services import bank_categorise as cat
    from assocompta.services.ledger import delete_entry
    add_sub_account(book, "2025", "74101", "Subvention Ville")
    posted = post_entry(book, draft(dt.date(2025, 3, 1), ("512", "50", ""),
                                    ("74101", "", "50")))
    with pytest.raises(ValidationError, match=r"74101 \(Subvention Ville\) sert déjà "
                                              r"\(écritures\) : il reste dans le plan"):
        remove_sub_account(book, "2025", "74101")
    delete_entry(book, posted.entry_id)
    remove_sub_account(book, "2025", "74101")
    assert "74101" not in {r.code for r in chart_rows(book, year_id, show_hidden=True)}
    remove_sub_account(book, "2025", "74101")  # already gone: nothing to do

    add_sub_account(book, "2025", "6261", "Box internet")
    add_sub_account(book, "2025", "62611", "Box du local")
    with pytest.raises(ValidationError, match=r"sert déjà \(sous-compte\)"):
        remove_sub_account(book, "2025", "6261")
    cat.add_rule(book, "free", "62611")
    with pytest.raises(ValidationError, match=r"sert déjà \(règle de la banque\)"):
        remove_sub_account(book, "2025", "62611")
    with pytest.raises(ValidationError, match="officiel"):
        remove_sub_account(book, "2025", "626")
    assert {"6261", "62611", "626"} <= {r.code for r in chart_rows(book, year_id)}
