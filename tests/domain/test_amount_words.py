"""Amounts in French words, as a donation receipt writes them."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assocompta.domain.amount_words import en_lettres, nombre_en_lettres
from assocompta.domain.money import Money


@pytest.mark.parametrize("n, words", [
    (0, "zéro"), (1, "un"), (10, "dix"), (11, "onze"), (16, "seize"), (17, "dix-sept"),
    (20, "vingt"), (21, "vingt et un"), (22, "vingt-deux"), (31, "trente et un"),
    (44, "quarante-quatre"), (61, "soixante et un"), (70, "soixante-dix"),
    (71, "soixante et onze"), (72, "soixante-douze"), (77, "soixante-dix-sept"),
    (80, "quatre-vingts"), (81, "quatre-vingt-un"), (88, "quatre-vingt-huit"),
    (90, "quatre-vingt-dix"), (91, "quatre-vingt-onze"), (99, "quatre-vingt-dix-neuf"),
    (100, "cent"), (101, "cent un"), (123, "cent vingt-trois"), (180, "cent quatre-vingts"),
    (200, "deux cents"), (201, "deux cent un"), (280, "deux cent quatre-vingts"),
    (999, "neuf cent quatre-vingt-dix-neuf"), (1000, "mille"), (1001, "mille un"),
    (1080, "mille quatre-vingts"), (2000, "deux mille"), (21000, "vingt et un mille"),
    (80000, "quatre-vingt mille"), (200000, "deux cent mille"),
    (250300, "deux cent cinquante mille trois cents"), (1_000_000, "un million"),
    (2_000_000, "deux millions"), (80_000_000, "quatre-vingts millions"),
    (200_000_000, "deux cents millions"), (1_001_000, "un million mille"),
    (3_200_081, "trois millions deux cent mille quatre-vingt-un"),
    (999_999_999, ("neuf cent quatre-vingt-dix-neuf millions neuf cent quatre-vingt-dix-neuf "
                  "mille neuf cent quatre-vingt-dix-neuf")),
])
def test_numbers(n, words):
    assert nombre_en_lettres(n) == words


@pytest.mark.parametrize("cents, words", [
    (12345, "cent vingt-trois euros et quarante-cinq centimes"),
    (50, "cinquante centimes"),
    (1, "un centime"),
    (100, "un euro"),
    (101, "un euro et un centime"),
    (15000, "cent cinquante euros"),
    (8000, "quatre-vingts euros"),
    (20000, "deux cents euros"),
    (100000, "mille euros"),
    (7199, "soixante et onze euros et quatre-vingt-dix-neuf centimes"),
    (100_000_000, "un million d'euros"),
    (300_000_000, "trois millions d'euros"),
    (100_000_100, "un million un euros"),
    (0, "zéro euro"),
])
def test_amounts(cents, words):
    assert en_lettres(Money(cents)) == words


@given(st.integers(min_value=0, max_value=99_999_999_999))
def test_any_receipt_amount_reads_as_words(cents):
    words = en_lettres(Money(cents))
    assert words and "  " not in words and words == words.strip()
    assert ("centime" in words) == (cents % 100 != 0)
    assert ("euro" in words) == (cents // 100 != 0 or cents == 0)
    assert not any(ch.isdigit() for ch in words)
