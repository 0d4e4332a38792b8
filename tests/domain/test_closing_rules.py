"""Pure closing rules: the result, where removed 2018 codes open in 2025, the AGM's lines."""

import csv
from pathlib import Path

import pytest

from assocompta.domain.closing import SUCCESSORS, allocation_lines, carried_code, year_result
from assocompta.domain.errors import ValidationError
from assocompta.domain.money import Money

ROOT = Path(__file__).resolve().parents[2]


def _codes(name):
    with open(ROOT / "resources" / "charts" / name, encoding="utf-8") as f:
        return {row["code"] for row in csv.DictReader(f)}


def test_result_is_class_7_minus_class_6_without_class_8():
    assert year_result({"512": 500, "606": 12000, "7561": -20000, "864": 9000,
                        "875": -9000}) == Money(8000)
    assert year_result({"641": 30000, "741": -10000}) == Money(-20000)


def test_every_balance_sheet_code_of_2018_opens_somewhere_in_2025():
    old, new = _codes("pca2018.csv"), _codes("pca2025.csv")
    for code in sorted(c for c in old if c[0] in "12345"):
        carried, how = carried_code(code, new, custom=False)
        assert carried in new or how == "créé", code
        assert (how is None) == (code in new)
    assert carried_code("4417", new, custom=False) == ("441", "remplacé")
    assert carried_code("514", new, custom=False) == ("512", "remplacé")
    assert carried_code("531", new, custom=False) == ("530", "remplacé")
    # 15 takes no line (3 digits at least): 158 is created under it.
    assert carried_code("158", new, custom=False) == ("158", "créé")
    assert carried_code("44171", new, custom=True) == ("44171", "créé")
    assert carried_code("4459", new, custom=False) == ("445", "compte parent")
    assert set(SUCCESSORS) == {c for c in old - new if c[0] in "12345"}


def test_allocation_lines_for_each_side():
    assert [(ln.account, ln.debit.cents, ln.credit.cents) for ln in allocation_lines(
        Money(10000), Money(7000), Money(3000))] == [
        ("120", 10000, 0), ("110", 0, 7000), ("1068", 0, 3000)]
    assert [(ln.account, ln.debit.cents, ln.credit.cents) for ln in allocation_lines(
        Money(-10000), Money(10000), Money(0))] == [("129", 0, 10000), ("119", 10000, 0)]
    with pytest.raises(ValidationError, match="égale au résultat"):
        allocation_lines(Money(10000), Money(7000), Money(0))
    with pytest.raises(ValidationError, match="rien à affecter"):
        allocation_lines(Money(0), Money(0), Money(0))
