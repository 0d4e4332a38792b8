"""The depreciation plan: 360-day prorata, cumulative figures whose dotations sum to the
cost, the accounts of each chart."""

import datetime as dt

import pytest

from assocompta.domain.accounts import load_chart
from assocompta.domain.assets import (
    AssetTerms,
    Line,
    days360,
    depreciated_at,
    depreciation_account,
    disposal_lines,
    due,
    plan,
    subsidy_released_at,
)
from assocompta.domain.errors import ValidationError

D = dt.date


def _years(first, last):
    return [(D(y, 1, 1), D(y, 12, 31)) for y in range(first, last + 1)]


def test_days_count_thirty_per_month():
    assert days360(D(2024, 7, 1), D(2024, 12, 31)) == 180
    assert days360(D(2024, 1, 1), D(2024, 12, 31)) == 360
    assert days360(D(2025, 2, 15), D(2025, 2, 28)) == 16   # the 28th ends February
    assert days360(D(2024, 3, 16), D(2024, 12, 31)) == 285
    assert days360(D(2025, 1, 1), D(2024, 12, 31)) == 0


def test_mid_year_computer_over_three_years():
    terms = AssetTerms(120000, D(2024, 7, 1), life_months=36)
    rows = plan(terms, _years(2024, 2025))
    assert [(r.end.year, r.dotation, r.closing, r.net) for r in rows] == [
        (2024, 20000, 20000, 100000), (2025, 40000, 60000, 60000),
        (2026, 40000, 100000, 20000), (2027, 20000, 120000, 0)]
    assert sum(r.dotation for r in rows) == terms.cost
    assert depreciated_at(terms, D(2026, 6, 30)) == 80000


def test_dotations_sum_to_the_cost_whatever_the_rounding():
    terms = AssetTerms(100001, D(2024, 3, 17), life_months=7 * 12)
    rows = plan(terms, _years(2024, 2024))
    assert sum(r.dotation for r in rows) == 100001
    assert rows[-1].net == 0 and all(r.dotation >= 0 for r in rows)


def test_non_depreciable_land_has_no_plan_and_its_subsidy_takes_ten_years():
    land = AssetTerms(5_000_000, D(2024, 1, 1), method="non_amortissable",
                      subsidy=1_000_000)
    assert plan(land, _years(2024, 2030)) == []
    assert depreciated_at(land, D(2030, 12, 31)) == 0
    assert subsidy_released_at(land, D(2024, 12, 31)) == 100_000


def test_subsidy_follows_the_depreciation():
    terms = AssetTerms(120000, D(2024, 7, 1), life_months=36, subsidy=60000)
    assert subsidy_released_at(terms, D(2024, 12, 31)) == 10000
    assert [r.subsidy_release for r in plan(terms, _years(2024, 2027))] == [
        10000, 20000, 20000, 10000]


def test_what_is_due_leaves_out_what_is_booked():
    assert due(60000, 20000) == 40000
    assert due(60000, 70000) == 0


def test_terms_are_checked_naming_the_field():
    with pytest.raises(ValidationError, match="durée d'utilisation"):
        AssetTerms(1000, D(2024, 1, 1))
    with pytest.raises(ValidationError, match="non amortissable"):
        AssetTerms(1000, D(2024, 1, 1), method="non_amortissable", life_months=12)
    with pytest.raises(ValidationError, match="subvention"):
        AssetTerms(1000, D(2024, 1, 1), life_months=12, subsidy=2000)


@pytest.mark.parametrize("chart", ["pca2018", "pca2025"])
def test_depreciation_account_cut_to_the_chart(chart):
    codes = [a.code for a in load_chart(chart)]
    assert depreciation_account("2183", codes) == "2818"
    assert depreciation_account("2184", codes) == "2818"
    assert depreciation_account("205", codes) == "280"
    assert depreciation_account("2135", codes) == "281"
    assert depreciation_account("21831", codes + ["28183"]) == "28183"
    with pytest.raises(ValidationError, match="classe 2"):
        depreciation_account("2818", codes)


@pytest.mark.parametrize("chart, vnc, price", [("pca2018", "675", "775"),
                                               ("pca2025", "652", "757")])
def test_disposal_lines_per_chart(chart, vnc, price):
    lines = disposal_lines(chart_code=chart, asset_account="2183",
                           depreciation_account_code="2818", cost=120000, depreciation=80000,
                           dotation=20000, price=50000, received_on="512")
    assert lines == [Line("6811", debit=20000), Line("2818", credit=20000),
                     Line("2818", debit=80000), Line(vnc, debit=40000),
                     Line("2183", credit=120000), Line("512", debit=50000),
                     Line(price, credit=50000)]
    assert sum(x.debit for x in lines) == sum(x.credit for x in lines)


def test_disposal_releases_what_is_left_of_the_subsidy():
    lines = disposal_lines(chart_code="pca2025", asset_account="2183",
                           depreciation_account_code="2818", cost=120000, depreciation=120000,
                           dotation=0, price=0, received_on="512", subsidy_left=5000,
                           subsidy=60000, subsidy_account="131")
    assert Line("747", credit=5000) in lines and Line("131", debit=60000) in lines
    assert sum(x.debit for x in lines) == sum(x.credit for x in lines)


def test_an_asset_older_than_the_book_opens_on_its_past_depreciation():
    terms = AssetTerms(100000, D(2023, 1, 1), life_months=48)
    rows = plan(terms, _years(2025, 2026))
    assert [(r.end.year, r.opening, r.dotation, r.net) for r in rows] == [
        (2025, 50000, 25000, 25000), (2026, 75000, 25000, 0)]
