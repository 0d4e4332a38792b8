"""Fixed assets (immobilisations): the depreciation plan and the entries it calls for, pure.

Depreciation is linear, *prorata temporis* from the date of entry into service (PCG art.
214-13 ff.: depreciation spreads an asset's depreciable amount over its use; the linear mode
when no other suits the use better). Days are counted as French practice counts them: a year of 360
days, every month 30 days (the last day of a month counts as its 30th), so an asset put in
service on 1 July is depreciated for 180/360 of a year whatever the months' lengths.

Every figure is cumulative: what should be depreciated from the entry into service up to a
date, rounded to the cent. A year's dotation is the difference between two cumulative
figures, so the sum of the dotations is exactly the cost, and asking again after a part was
booked only proposes what is left (:func:`due`).

Accounts differ between the two charts (règlement ANC 2018-06, art. 320-2, and its 2025
version): the net book value of an asset that leaves goes to 675 (2018) or 652 (2025), the
price to 775 or 757, the quote-part of an investment subsidy to 777 or 747.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from .errors import ValidationError

METHODS = ("lineaire", "non_amortissable")
ORIGINS = ("achat", "don", "saisie", "reprise")
DISPOSALS = ("cession", "mise_au_rebut")
#: Days in a year and in a month under the 30/360 convention.
YEAR_DAYS = 360
MONTH_DAYS = 30
#: A subsidy financing a non-depreciable asset is taken to the result over ten years when no
#: clause says how long the asset may not be sold (PCG art. 312-1, 2°).
NON_DEPRECIABLE_SUBSIDY_MONTHS = 120

DOTATION_ACCOUNT = "6811"
SUBSIDY_RELEASED = "139"


@dataclass(frozen=True)
class ChartAccounts:
    """The accounts the register books on, per chart."""

    book_value: str       # valeur comptable des éléments cédés
    sale_price: str       # produit des cessions
    subsidy_release: str  # quote-part de subvention d'investissement virée au résultat


CHART_ACCOUNTS = {
    "pca2018": ChartAccounts("675", "775", "777"),
    "pca2025": ChartAccounts("652", "757", "747"),
}


def chart_accounts(chart_code: str) -> ChartAccounts:
    try:
        return CHART_ACCOUNTS[chart_code]
    except KeyError:
        raise ValidationError(f"plan comptable « {chart_code} » inconnu pour les "
                              "immobilisations") from None


@dataclass(frozen=True)
class AssetTerms:
    """What the plan of one asset depends on (amounts in cents)."""

    cost: int
    in_service_on: dt.date
    method: str = "lineaire"
    life_months: int | None = None
    subsidy: int = 0

    def __post_init__(self):
        check_terms(self.cost, self.method, self.life_months, self.subsidy)


def check_terms(cost: int, method: str, life_months: int | None, subsidy: int = 0) -> None:
    """A ValidationError naming the field when the terms cannot make a plan."""
    if cost <= 0:
        raise ValidationError("coût d'acquisition : un montant positif", field="cost")
    if method not in METHODS:
        raise ValidationError(f"mode d'amortissement « {method} » : « lineaire » ou "
                              "« non_amortissable »", field="method")
    if method == "lineaire" and (life_months is None or life_months <= 0):
        raise ValidationError("durée d'utilisation : un nombre de mois positif pour un bien "
                              "amorti (par exemple 36 pour un ordinateur)", field="life_months")
    if method == "non_amortissable" and life_months is not None:
        raise ValidationError("durée d'utilisation : aucune pour un bien non amortissable "
                              "(un terrain)", field="life_months")
    if subsidy < 0 or subsidy > cost:
        raise ValidationError("subvention d'investissement : entre 0 et le coût du bien",
                              field="subsidy")


def _day30(date: dt.date) -> int:
    """The day of month under the 30/360 convention: the last day of a month is its 30th."""
    if date.day == calendar.monthrange(date.year, date.month)[1]:
        return MONTH_DAYS
    return min(date.day, MONTH_DAYS)


def days360(start: dt.date, end: dt.date) -> int:
    """Days from ``start`` to ``end``, both included, months of 30 days; 0 if end < start."""
    if end < start:
        return 0
    d1, d2 = _day30(start), _day30(end)
    return max(0, (end.year - start.year) * YEAR_DAYS + (end.month - start.month) * MONTH_DAYS
               + d2 - d1 + 1)


def _share(amount: int, part: int, whole: int) -> int:
    """amount × part / whole, rounded to the nearest cent (half up), capped at amount."""
    if part >= whole:
        return amount
    return (2 * amount * part + whole) // (2 * whole)


def depreciated_at(terms: AssetTerms, date: dt.date) -> int:
    """Cumulative depreciation from the entry into service to ``date`` (included)."""
    if terms.method != "lineaire":
        return 0
    return _share(terms.cost, days360(terms.in_service_on, date),
                  terms.life_months * MONTH_DAYS)


def subsidy_released_at(terms: AssetTerms, date: dt.date) -> int:
    """Cumulative quote-part of the investment subsidy taken to the result at ``date``: it
    follows the asset's depreciation (PCG art. 312-1, 1°), or ten years for a
    non-depreciable asset (312-1, 2°)."""
    if not terms.subsidy:
        return 0
    if terms.method == "lineaire":
        return _share(terms.subsidy, depreciated_at(terms, date), terms.cost)
    return _share(terms.subsidy, days360(terms.in_service_on, date),
                  NON_DEPRECIABLE_SUBSIDY_MONTHS * MONTH_DAYS)


def due(planned: int, already: int) -> int:
    """What is left to book of a cumulative figure once ``already`` is booked (never < 0)."""
    return max(0, planned - already)


def net_value(cost: int, depreciation: int) -> int:
    return cost - depreciation


@dataclass(frozen=True)
class PlanYear:
    """One line of a depreciation plan."""

    start: dt.date
    end: dt.date
    opening: int       # depreciation at the start
    dotation: int
    closing: int       # depreciation at the end
    net: int           # net book value at the end
    subsidy_release: int = 0


def plan(terms: AssetTerms, periods: Iterable[tuple[dt.date, dt.date]]) -> list[PlanYear]:
    """The plan over ``periods`` (the fiscal years, in order, as (start, end)); periods are
    extended by whole years of the last one's shape until the asset is fully depreciated."""
    periods = list(periods)
    rows: list[PlanYear] = []
    if terms.method != "lineaire":
        return rows
    previous_dep, previous_sub = 0, 0
    if periods and periods[0][0] > terms.in_service_on:
        # An asset older than the book: its first year opens on what was done before.
        before = periods[0][0] - dt.timedelta(days=1)
        previous_dep = depreciated_at(terms, before)
        previous_sub = subsidy_released_at(terms, before)
    i = 0
    while True:
        if i < len(periods):
            start, end = periods[i]
        else:
            start = rows[-1].end + dt.timedelta(days=1) if rows else terms.in_service_on
            end = _add_years(start, 1) - dt.timedelta(days=1)
        i += 1
        if end < terms.in_service_on:
            continue
        closing = depreciated_at(terms, end)
        released = subsidy_released_at(terms, end)
        rows.append(PlanYear(start, end, previous_dep, closing - previous_dep, closing,
                             terms.cost - closing, released - previous_sub))
        previous_dep, previous_sub = closing, released
        if closing >= terms.cost or len(rows) > 200:
            break
    return rows


def _add_years(date: dt.date, years: int) -> dt.date:
    try:
        return date.replace(year=date.year + years)
    except ValueError:  # 29 February
        return date.replace(year=date.year + years, day=28)


def depreciation_account(code: str, existing: Iterable[str]) -> str:
    """The 28x account of a 2x asset account: « 28 » + the code without its 2, cut to the
    longest one that exists (2183 → 28183 → 2818; 205 → 2805 → 280)."""
    if not code.startswith("2") or code.startswith("28") or code.startswith("29"):
        raise ValidationError(f"compte {code} : un compte d'immobilisation (classe 2, hors 28 "
                              "et 29)", field="compte")
    known = set(existing)
    candidate = "28" + code[1:]
    while len(candidate) > 2:
        if candidate in known:
            return candidate
        candidate = candidate[:-1]
    return "28"


@dataclass(frozen=True)
class Line:
    """One line of an entry the register proposes: account, débit, crédit in cents."""

    account: str
    debit: int = 0
    credit: int = 0


def disposal_lines(*, chart_code: str, asset_account: str, depreciation_account_code: str,
                   cost: int, depreciation: int, dotation: int, price: int,
                   received_on: str, subsidy_left: int = 0, subsidy: int = 0,
                   subsidy_account: str | None = None) -> list[Line]:
    """The lines of an asset's exit: the dotation up to the exit date (6811 / 28x), the
    reversal of its whole depreciation (28x / 2x), its net book value as a charge (675 or
    652), the price as a product (775 or 757) against ``received_on``, and what is left of
    an investment subsidy taken to the result and the 13x accounts cleared.

    ``depreciation`` is the depreciation at the exit date, ``dotation`` included.
    """
    acc = chart_accounts(chart_code)
    lines = []
    if dotation:
        lines += [Line(DOTATION_ACCOUNT, debit=dotation),
                  Line(depreciation_account_code, credit=dotation)]
    if depreciation:
        lines.append(Line(depreciation_account_code, debit=depreciation))
    vnc = cost - depreciation
    if vnc:
        lines.append(Line(acc.book_value, debit=vnc))
    lines.append(Line(asset_account, credit=cost))
    if price:
        lines += [Line(received_on, debit=price), Line(acc.sale_price, credit=price)]
    if subsidy_left:
        lines += [Line(SUBSIDY_RELEASED, debit=subsidy_left),
                  Line(acc.subsidy_release, credit=subsidy_left)]
    if subsidy and subsidy_account:
        # The subsidy is now all in the result: 131 and 139 cancel out.
        lines += [Line(SUBSIDY_RELEASED, credit=subsidy), Line(subsidy_account, debit=subsidy)]
    return lines
