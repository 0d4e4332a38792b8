"""Pure cut-off rules: the next year's share in days and exact cents, periods read in labels,
the accounts of each chart."""

import csv
import datetime as dt
from pathlib import Path

import pytest

from assocompta.domain.cutoff import (
    ACCRUED_CHARGES,
    ACCRUED_PRODUCTS,
    Period,
    accrual_account,
    months_from,
    period_named,
    share_after,
    split,
)
from assocompta.domain.errors import ValidationError
from assocompta.domain.money import Money

ROOT = Path(__file__).resolve().parents[2]
END25 = dt.date(2025, 12, 31)


def _codes(name):
    with open(ROOT / "resources" / "charts" / name, encoding="utf-8") as f:
        return {row["code"] for row in csv.DictReader(f)}


def test_insurance_paid_in_october_for_twelve_months():
    period = months_from(dt.date(2025, 10, 1), 12)
    assert (period.start, period.end, period.days) == (
        dt.date(2025, 10, 1), dt.date(2026, 9, 30), 365)
    assert period.days_after(END25) == 273
    # 1 200,00 × 273 / 365 = 897,534… → 897,53
    assert share_after(Money(120000), period, END25) == Money(89753)
    assert split(Money(120000), period, END25) == (Money(30247), Money(89753))


@pytest.mark.parametrize("cents", [1, 2, 99, 100001, 123457, 99999999])
def test_the_two_parts_always_add_up(cents):
    period = Period(dt.date(2025, 3, 17), dt.date(2027, 2, 3))
    before, after = split(Money(cents), period, END25)
    assert before + after == Money(cents)
    assert before.cents >= 0 and after.cents >= 0


def test_half_a_cent_rounds_up_and_a_negative_amount_mirrors():
    period = Period(dt.date(2025, 12, 31), dt.date(2026, 1, 1))  # 1 day of 2
    assert share_after(Money(1), period, END25) == Money(1)
    assert share_after(Money(-1), period, END25) == Money(-1)
    assert share_after(Money(3), period, END25) == Money(2)


def test_a_period_within_the_year_or_wholly_after_it():
    assert share_after(Money(5000), Period(dt.date(2025, 1, 1), END25), END25) == Money(0)
    assert share_after(Money(5000), Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
                       END25) == Money(5000)


def test_an_inverted_period_is_refused():
    with pytest.raises(ValidationError, match="la fin précède le début"):
        Period(dt.date(2026, 1, 1), dt.date(2025, 1, 1))


def test_months_from_a_month_end_clamps():
    assert months_from(dt.date(2025, 1, 31), 1).end == dt.date(2025, 2, 27)
    assert months_from(dt.date(2025, 11, 1), 3).end == dt.date(2026, 1, 31)


@pytest.mark.parametrize("text, start, end, how", [
    ("Assurance MAIF du 01/10/2025 au 30/09/2026", (2025, 10, 1), (2026, 9, 30), "dates"),
    ("Loyer 01/12/25-28/02/26", (2025, 12, 1), (2026, 2, 28), "dates"),
    ("Abonnement 2025-11-01 au 2026-10-31", (2025, 11, 1), (2026, 10, 31), "dates"),
    ("Entretien octobre 2025 à mars 2026", (2025, 10, 1), (2026, 3, 31), "mois"),
    ("Cotisations saison 2025-2026", (2025, 9, 1), (2026, 8, 31), "saison"),
    ("Cotisation 2026 Dupont", (2026, 1, 1), (2026, 12, 31), "année"),
])
def test_periods_named_in_labels(text, start, end, how):
    named = period_named(text, END25)
    assert (named.period, named.how) == (Period(dt.date(*start), dt.date(*end)), how)


@pytest.mark.parametrize("text", [
    "Cotisation 2025", "Cotisations 2025 et 2026", "Facture n°2026", "Loyer", "",
    "Assurance 01/10/2025"])
def test_labels_naming_no_later_period(text):
    assert period_named(text, END25) is None


def test_a_year_alone_names_the_next_fiscal_year_of_a_mid_year_book():
    named = period_named("cotisation 2026", dt.date(2025, 6, 30))
    assert named.period == Period(dt.date(2025, 7, 1), dt.date(2026, 6, 30))
    assert period_named("cotisation 2025", dt.date(2025, 6, 30)) is None


def test_accrual_accounts_exist_in_their_chart():
    for chart, name in (("pca2018", "pca2018.csv"), ("pca2025", "pca2025.csv")):
        codes = _codes(name)
        for table in (ACCRUED_CHARGES, ACCRUED_PRODUCTS):
            assert set(table[chart].values()) <= codes, chart
    assert accrual_account("pca2018", "charge", "divers") == "4686"
    assert accrual_account("pca2025", "charge", "divers") == "468"
    assert accrual_account("pca2018", "produit", "subvention") == "4417"
    assert accrual_account("pca2025", "produit", "subvention") == "441"
    with pytest.raises(ValidationError, match="choisissez parmi"):
        accrual_account("pca2025", "charge", "banque")
