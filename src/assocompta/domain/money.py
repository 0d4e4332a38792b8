"""Exact amounts of money, held as integer cents.

Amounts never pass through ``float``: a float cannot hold 0,10 exactly, and a treasurer's
totals must be right to the cent. ``Decimal`` appears only at the edges (parsing, babel).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import total_ordering
from typing import Iterable

from .errors import ValidationError

#: Largest amount accepted, in cents (a thousand billion euros): far above any association's
#: books, far below SQLite's 64-bit integers even when summed over millions of lines.
MAX_CENTS = 100_000_000_000_000
#: Largest total one imported file may move (a thousand times MAX_CENTS): each amount under
#: the cap, a million of them would still pass SQLite's 64-bit integers once summed.
MAX_TOTAL_CENTS = MAX_CENTS * 1000
TOTAL_TOO_LARGE = ("avec cette ligne, les montants du fichier dépassent un million de "
                   "milliards d'euros au total, plus que le livre ne peut en additionner ; "
                   "vérifiez les montants du fichier")

# Every kind of space people and spreadsheets put between digit groups: ordinary, no-break,
# narrow no-break (babel's French group separator), thin, and the apostrophe used in Switzerland.
_GROUP_CHARS = " \u00a0\u202f\u2009\u2007'’"
_CURRENCY = re.compile(r"(€|eur(os?)?)", re.IGNORECASE)
_DIGITS = re.compile(r"[0-9]+")
_MINUS_SIGNS = "-\u2212\u2013"


@total_ordering
class Money:
    """An amount in euros as a whole number of cents. Immutable and hashable."""

    __slots__ = ("_cents",)

    def __init__(self, cents: int = 0) -> None:
        if isinstance(cents, bool) or not isinstance(cents, int):
            raise TypeError(
                f"Money takes integer cents, not {type(cents).__name__}; "
                "use Money.parse() or Money.from_decimal()"
            )
        object.__setattr__(self, "_cents", cents)

    def __setattr__(self, name, value):  # noqa: D105 - immutability
        raise AttributeError("Money is immutable")

    @classmethod
    def from_decimal(cls, value: Decimal | str | int) -> "Money":
        """Build from a Decimal (or its text); refuses more than two decimals and floats."""
        if isinstance(value, float):
            raise TypeError("Money never comes from a float: pass a Decimal or a string")
        if isinstance(value, int) and not isinstance(value, bool):
            return cls(value * 100)
        try:
            dec = Decimal(value)
        except (InvalidOperation, TypeError, ValueError):
            raise ValidationError(f"montant illisible : « {value} »") from None
        if not dec.is_finite():
            raise ValidationError(f"montant illisible : « {value} »")
        cents = dec * 100
        if cents != cents.to_integral_value():
            raise ValidationError(
                f"montant « {value} » : plus de 2 décimales ; arrondissez au centime"
            )
        return cls._checked(int(cents), value)

    @classmethod
    def _checked(cls, cents: int, shown) -> "Money":
        if abs(cents) >= MAX_CENTS:
            raise ValidationError(f"montant « {shown} » trop grand")
        return cls(cents)

    @classmethod
    def parse(cls, text: str) -> "Money":
        """Read an amount as people type it and as files hold it.

        Accepts ``1 234,56``, ``1234.56``, ``1.234,56``, ``-12,5``, ``12 €``, non-breaking
        spaces, a leading ``+``/``-`` (or a trailing ``-``). Refuses empty text, garbage and
        more than two decimals with a :class:`ValidationError` saying what to do.
        """
        if not isinstance(text, str):
            raise TypeError(f"Money.parse takes text, not {type(text).__name__}")
        original = text
        s = text.strip()
        if not s:
            raise ValidationError("montant vide : saisissez un montant, par exemple 12,50")
        s = _CURRENCY.sub("", s)
        for ch in _GROUP_CHARS:
            s = s.replace(ch, "")
        negative = False
        if s and s[0] in _MINUS_SIGNS + "+":
            negative = s[0] != "+"
            s = s[1:]
        elif s and s[-1] in _MINUS_SIGNS:
            negative, s = True, s[:-1]
        if s.startswith("(") and s.endswith(")") and not negative:
            negative, s = True, s[1:-1]
        if not s or not s[0].isdigit() and s[0] not in ",.":
            raise ValidationError(f"montant illisible : « {original.strip()} »")
        whole, frac = _split_decimal(s, original)
        if not _DIGITS.fullmatch(whole or "0") or (frac and not _DIGITS.fullmatch(frac)):
            raise ValidationError(f"montant illisible : « {original.strip()} »")
        if len(frac) > 2:
            raise ValidationError(
                f"montant « {original.strip()} » : plus de 2 décimales ; arrondissez au centime"
            )
        if len(whole.lstrip("0")) > len(str(MAX_CENTS)):
            # int() refuses thousands of digits with its own error: say it here.
            raise ValidationError(f"montant « {original.strip()[:30]}… » trop grand")
        cents = int(whole or "0") * 100 + int(frac.ljust(2, "0") or "0")
        return cls._checked(-cents if negative else cents, original.strip())

    @property
    def cents(self) -> int:
        return self._cents

    def to_decimal(self) -> Decimal:
        """The amount as a Decimal with two places, for babel, openpyxl and reportlab."""
        return Decimal(self._cents).scaleb(-2)

    def __int__(self) -> int:
        return self._cents

    def __add__(self, other: "Money") -> "Money":
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self._cents + other._cents)

    def __radd__(self, other):
        # sum() starts from the int 0.
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: "Money") -> "Money":
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self._cents - other._cents)

    def __neg__(self) -> "Money":
        return Money(-self._cents)

    def __abs__(self) -> "Money":
        return Money(abs(self._cents))

    def __mul__(self, factor: int) -> "Money":
        if isinstance(factor, bool) or not isinstance(factor, int):
            return NotImplemented
        return Money(self._cents * factor)

    __rmul__ = __mul__

    def __bool__(self) -> bool:
        return self._cents != 0

    def __eq__(self, other) -> bool:
        return isinstance(other, Money) and self._cents == other._cents

    def __lt__(self, other: "Money") -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return self._cents < other._cents

    def __hash__(self) -> int:
        return hash(("Money", self._cents))

    def __repr__(self) -> str:
        return f"Money({self._cents})"

    def __str__(self) -> str:
        """Plain French notation without grouping (``-1234,56``); use formatting for display."""
        sign = "-" if self._cents < 0 else ""
        whole, frac = divmod(abs(self._cents), 100)
        return f"{sign}{whole},{frac:02d}"

    @staticmethod
    def total(amounts: Iterable["Money"]) -> "Money":
        return Money(sum(m.cents for m in amounts))


ZERO = Money(0)


def _split_decimal(s: str, original: str) -> tuple[str, str]:
    """Split digits into whole and fractional parts, deciding which mark is the decimal one.

    With both marks present the last one is the decimal mark (``1.234,56`` and ``1,234.56``).
    A mark repeated is a group separator (``1.234.567``), and groups must have three digits.
    """
    has_comma, has_dot = "," in s, "." in s
    if has_comma and has_dot:
        dec_mark = "," if s.rfind(",") > s.rfind(".") else "."
        group_mark = "." if dec_mark == "," else ","
        if s.count(dec_mark) > 1:
            raise ValidationError(f"montant illisible : « {original.strip()} »")
        whole, frac = s.split(dec_mark)
        _check_groups(whole, group_mark, original)
        return whole.replace(group_mark, ""), frac
    mark = "," if has_comma else "." if has_dot else None
    if mark is None:
        return s, ""
    if s.count(mark) > 1:
        _check_groups(s, mark, original)
        return s.replace(mark, ""), ""
    whole, frac = s.split(mark)
    return whole, frac


def _check_groups(whole: str, mark: str, original: str) -> None:
    parts = whole.split(mark)
    if not (1 <= len(parts[0]) <= 3) or any(len(p) != 3 for p in parts[1:]):
        raise ValidationError(f"montant illisible : « {original.strip()} »")
