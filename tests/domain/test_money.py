from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assocompta.domain.errors import ValidationError
from assocompta.domain.money import MAX_CENTS, Money
from assocompta.formatting import format_money


@pytest.mark.parametrize("text, cents", [
    ("1 234,56", 123456),
    ("1234.56", 123456),
    ("1.234,56", 123456),
    ("1,234.56", 123456),
    ("-12,5", -1250),
    ("12 €", 1200),
    ("12€", 1200),
    ("1\u00a0234,56\u00a0€", 123456),
    ("1\u202f234,56", 123456),
    ("  +7,05 ", 705),
    ("0,1", 10),
    (",5", 50),
    ("1.234.567", 123456700),
    ("12,50-", -1250),
    ("\u22123,00", -300),
    ("1 400", 140000),
    ("1400,00", 140000),
    ("12 EUR", 1200),
])
def test_parse_accepts_what_people_type(text, cents):
    assert Money.parse(text) == Money(cents)


@pytest.mark.parametrize("text, fragment", [
    ("", "vide"),
    ("   ", "vide"),
    ("12,345", "2 décimales"),
    ("0,001", "2 décimales"),
    ("abc", "illisible"),
    ("12,3a", "illisible"),
    ("1,2,3", "illisible"),
    ("1.23.4", "illisible"),
    ("--5", "illisible"),
    ("１２", "illisible"),
    ("1e5", "illisible"),
    ("99999999999999999999", "trop grand"),
])
def test_parse_refuses_with_a_clear_message(text, fragment):
    with pytest.raises(ValidationError) as err:
        Money.parse(text)
    assert fragment in str(err.value)


def test_float_is_refused_everywhere():
    with pytest.raises(TypeError):
        Money(12.5)
    with pytest.raises(TypeError):
        Money.from_decimal(0.1)
    with pytest.raises(TypeError):
        Money(1) * 1.5
    with pytest.raises(TypeError):
        Money.parse(12.5)


def test_arithmetic_is_exact():
    assert sum([Money.parse("0,10")] * 3) == Money.parse("0,30")
    assert Money.parse("10") - Money.parse("0,01") == Money(999)
    assert Money.from_decimal(Decimal("19.99")).cents == 1999
    assert str(Money(-123456)) == "-1234,56"


def test_french_format():
    assert format_money(Money(123456)) == "1\u202f234,56\u00a0€"
    assert format_money(Money(-5)) == "-0,05\u00a0€"
    assert format_money(Money(123456), locale="en_GB") == "€1,234.56"


cents = st.integers(min_value=-MAX_CENTS + 1, max_value=MAX_CENTS - 1)


@given(cents)
def test_format_then_parse_round_trips(c):
    assert Money.parse(format_money(Money(c))) == Money(c)
    assert Money.parse(str(Money(c))) == Money(c)


@given(cents, st.sampled_from(["fr_FR", "en_GB", "de_DE", "fr_CH"]))
def test_round_trip_in_other_locales(c, locale):
    assert Money.parse(format_money(Money(c), locale=locale)) == Money(c)


@given(st.lists(cents, max_size=50))
def test_sums_equal_integer_sums(values):
    assert Money.total(Money(v) for v in values).cents == sum(values)
    assert sum((Money(v) for v in values), Money(0)).cents == sum(values)


@given(st.text(max_size=20))
def test_parse_never_crashes_on_garbage(text):
    try:
        Money.parse(text)
    except ValidationError:
        pass
