"""The receipt rules that need no book: declaration periods, company periods."""

import datetime as dt

from assocompta.domain.receipts import company_period, declaration_period, gift_rule

D = dt.date


def test_a_calendar_book_declares_calendar_years_closed_once_over():
    years = [(D(2025, 1, 1), D(2025, 12, 31), False)]
    p = declaration_period(2025, years, today=D(2026, 3, 1))
    assert (p.start, p.end, p.basis, p.closed) == (D(2025, 1, 1), D(2025, 12, 31), "calendar",
                                                   True)
    assert not declaration_period(2025, years, today=D(2025, 12, 3)).closed


def test_a_july_june_book_declares_its_closed_exercice():
    years = [(D(2023, 7, 1), D(2024, 6, 30), True), (D(2024, 7, 1), D(2025, 6, 30), True),
             (D(2025, 7, 1), D(2026, 6, 30), False)]
    p = declaration_period(2025, years, today=D(2026, 1, 5))
    assert (p.start, p.end, p.basis, p.closed) == (D(2024, 7, 1), D(2025, 6, 30), "exercice",
                                                   True)
    assert not declaration_period(2026, years).closed
    # The first exercice: its gifts of the calendar year before were declared with it.
    first = declaration_period(2025, years[1:], today=D(2026, 1, 5))
    assert (first.start, first.end) == (D(2025, 1, 1), D(2025, 6, 30))


def test_gifts_are_declared_once_after_a_first_exercice_of_18_months():
    years = [(D(2025, 7, 1), D(2026, 12, 31), False)]
    first = declaration_period(2025, years, today=D(2026, 2, 1))
    second = declaration_period(2026, years, today=D(2027, 2, 1))
    assert (first.start, first.end, first.basis) == (D(2025, 1, 1), D(2025, 12, 31), "calendar")
    assert (second.start, second.end) == (D(2026, 1, 1), D(2026, 12, 31))


def test_a_company_period_ends_at_its_own_year_end():
    assert company_period(D(2025, 3, 10), "06-30") == (D(2024, 7, 1), D(2025, 6, 30))
    assert company_period(D(2025, 9, 15), "06-30") == (D(2025, 7, 1), D(2026, 6, 30))
    assert company_period(D(2024, 2, 10), "02-29") == (D(2023, 3, 1), D(2024, 2, 29))


def test_what_is_a_gift_to_receipt():
    assert gift_rule("75411").nature == "numeraire"
    assert gift_rule("75412").nature == "frais_benevoles"
    assert gift_rule("754111").nature == "numeraire"  # a sub-account of the treasurer's
    assert gift_rule("870").nature == "en_nature" and gift_rule("871").companies_only
    for never in ("875", "7543", "75431", "75433", "7561", "756"):
        assert gift_rule(never) is None
