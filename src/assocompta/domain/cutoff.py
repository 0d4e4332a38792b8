"""Cut-off (régularisations) rules that need no book: the part of an amount that belongs to
the next year, the period a label names, and the accounts each chart uses.

A charge or a product covers a period; what falls after the year end belongs to the next
year: 486 / 487, debited or credited at the year end and reversed when the next one opens
(PCG art. 944-48, applied to associations by ANC 2018-06 art. 111-2). The share is
counted in days, both ends included: the exact period, whatever the months' lengths, as the
treasurer reads it on the invoice (« du 01/10/2025 au 30/09/2026 »). Amounts are integer
cents, rounded half up once; the year's part is what is left, so the two parts always add up
to the amount paid.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .errors import ValidationError
from .money import Money


@dataclass(frozen=True)
class Period:
    """A covered period, both ends included."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(f"période du {self.start:%d/%m/%Y} au {self.end:%d/%m/%Y} : "
                                  "la fin précède le début ; inversez les dates", field="période")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def days_after(self, year_end: dt.date) -> int:
        """Days of the period after ``year_end`` (0 when it ends by then)."""
        first = max(self.start, year_end + dt.timedelta(days=1))
        return max((self.end - first).days + 1, 0)

    def __str__(self) -> str:
        return f"du {self.start:%d/%m/%Y} au {self.end:%d/%m/%Y}"


def share_after(amount: Money, period: Period, year_end: dt.date) -> Money:
    """The part of ``amount`` covering the days of ``period`` after ``year_end``.

    Exact cents: amount × days after ÷ days, rounded half up (away from zero for a negative
    amount). The year's part is ``amount - share_after(...)``.
    """
    after, days = period.days_after(year_end), period.days
    cents = abs(amount.cents)
    share = (2 * cents * after + days) // (2 * days)
    return Money(share if amount.cents >= 0 else -share)


def split(amount: Money, period: Period, year_end: dt.date) -> tuple[Money, Money]:
    """(the year's part, the next years' part) of ``amount``: they add up to it."""
    after = share_after(amount, period, year_end)
    return amount - after, after


def months_from(start: dt.date, months: int) -> Period:
    """The period of ``months`` whole months from ``start`` (12 months from 1 October:
    1 October to 30 September)."""
    y, m = divmod(start.month - 1 + months, 12)
    following = _clamped(start.year + y, m + 1, start.day)
    return Period(start, following - dt.timedelta(days=1))


def _clamped(year: int, month: int, day: int) -> dt.date:
    while True:
        try:
            return dt.date(year, month, day)
        except ValueError:
            day -= 1


# -- the period a label names ---------------------------------------------------------------
_DATE = r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})"
_ISO = r"(\d{4})-(\d{2})-(\d{2})"
_RANGE = re.compile(rf"(?:du\s+)?{_DATE}\s*(?:au|à|a|-|–|/)\s*{_DATE}", re.IGNORECASE)
_ISO_RANGE = re.compile(rf"{_ISO}\s*(?:au|à|a|–|/|\s-\s)\s*{_ISO}", re.IGNORECASE)
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")
_MONTH_NAMES = {name: n for n, name in enumerate(MONTHS, start=1)}
_MONTH_NAMES.update({"fevrier": 2, "aout": 8, "decembre": 12})
_MONTH = r"(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)"
_MONTH_RANGE = re.compile(rf"{_MONTH}\s+(\d{{4}})\s*(?:au|à|a|-|–)\s*{_MONTH}\s+(\d{{4}})",
                          re.IGNORECASE)
_SEASON = re.compile(r"(?<!\d)(\d{4})\s*[-/]\s*(\d{4})(?!\d)")
_YEAR = re.compile(r"(?<![\d/.°-])(\d{4})(?![\d/.-])")  # not a piece number n°2026


@dataclass(frozen=True)
class NamedPeriod:
    """A period read in a label, and how it was read (said in the proposal's reason)."""

    period: Period
    how: str  # 'dates', 'mois', 'saison', 'année'


def _year4(text: str) -> int:
    return int(text) + 2000 if len(text) == 2 else int(text)


def _date(d: str, m: str, y: str) -> dt.date | None:
    try:
        return dt.date(_year4(y), int(m), int(d))
    except ValueError:
        return None


def _month_end(year: int, month: int) -> dt.date:
    return _clamped(year, month, 31)


def period_named(text: str, year_end: dt.date) -> NamedPeriod | None:
    """The period ``text`` names, or None: explicit dates (« du 01/10/2025 au 30/09/2026 »,
    « 2025-10-01 au 2026-09-30 »), months (« octobre 2025 à septembre 2026 »), a season
    (« saison 2025-2026 », taken as 1 September to 31 August: say so to the treasurer), or
    the next year alone (« cotisation 2026 » in a year ending 31/12/2025: that whole year).

    A year alone names the period of the fiscal year after ``year_end`` only when it is that
    year's number (the year in which the next fiscal year mostly falls).
    """
    text = text or ""
    for match in _RANGE.finditer(text):
        start, end = _date(*match.group(1, 2, 3)), _date(*match.group(4, 5, 6))
        if start and end and start <= end:
            return NamedPeriod(Period(start, end), "dates")
    for match in _ISO_RANGE.finditer(text):
        start = _date(match.group(3), match.group(2), match.group(1))
        end = _date(match.group(6), match.group(5), match.group(4))
        if start and end and start <= end:
            return NamedPeriod(Period(start, end), "dates")
    match = _MONTH_RANGE.search(text)
    if match:
        m1, y1, m2, y2 = match.groups()
        start = dt.date(int(y1), _MONTH_NAMES[m1.lower()], 1)
        end = _month_end(int(y2), _MONTH_NAMES[m2.lower()])
        if start <= end:
            return NamedPeriod(Period(start, end), "mois")
    match = _SEASON.search(text)
    if match and int(match.group(2)) == int(match.group(1)) + 1:
        first = int(match.group(1))
        return NamedPeriod(Period(dt.date(first, 9, 1), dt.date(first + 1, 8, 31)), "saison")
    next_start = year_end + dt.timedelta(days=1)
    next_end = _clamped(next_start.year + 1, next_start.month, next_start.day) - dt.timedelta(days=1)
    # The next fiscal year's number: 2026 for 2026 or for 1/7/2025–30/6/2026.
    number = next_end.year
    years = {int(y) for y in _YEAR.findall(text)}
    if number in years and (number - 1) not in years:
        return NamedPeriod(Period(next_start, next_end), "année")
    return None


# -- accounts per chart --------------------------------------------------------------------
PREPAID_CHARGES = "486"
PREPAID_PRODUCTS = "487"

#: Charges à payer: the counterpart per kind of creditor, per chart. The 2025 chart dropped
#: 4686 (divers) for 468; 428 (personnel) is in both charts without a 4286.
ACCRUED_CHARGES = {
    "pca2018": {"fournisseur": "408", "personnel": "428", "social": "438", "etat": "448",
                "divers": "4686"},
    "pca2025": {"fournisseur": "408", "personnel": "428", "social": "438", "etat": "448",
                "divers": "468"},
}
#: Produits à recevoir: 418 (clients, usagers), 4417 / 441 (a subsidy notified, not yet
#: received), 4687 / 468 (divers).
ACCRUED_PRODUCTS = {
    "pca2018": {"client": "418", "subvention": "4417", "etat": "448", "divers": "4687"},
    "pca2025": {"client": "418", "subvention": "441", "etat": "448", "divers": "468"},
}


def accrual_account(chart: str, side: str, who: str) -> str:
    """The 4x account of a charge à payer (``side`` 'charge') or a produit à recevoir
    ('produit') for ``who`` under ``chart``."""
    table = (ACCRUED_CHARGES if side == "charge" else ACCRUED_PRODUCTS).get(chart)
    if table is None:
        raise ValueError(f"unknown chart {chart!r}")
    if who not in table:
        raise ValidationError(f"« {who} » : choisissez parmi {', '.join(table)}",
                              field="contrepartie")
    return table[who]
