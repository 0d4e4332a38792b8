"""Which simplified form an entry fits, so that a correction reopens the form it was typed in;
and, for a volunteer contribution, its value (hours × rate) and the 87 ressource that goes with
its 86 emploi."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .errors import ValidationError

from .entries import EntryDraft, LineDraft
from .money import Money


@dataclass(frozen=True)
class Shape:
    """An entry as a simplified form shows it: ``kind`` is depense, recette, virement or
    contribution; ``treasury`` the bank or cash account (« De » of a virement); ``second`` the
    virement's « Vers » or the contribution's ressource."""

    kind: str
    amount: Money
    account: str = ""
    treasury: str = ""
    second: str = ""
    tiers: str | None = None
    action: str | None = None


def _is_treasury(code: str) -> bool:
    return code.startswith("5")


def shape_of(draft: EntryDraft) -> Shape | None:
    """The simplified form that writes exactly these lines again, or None (the grid then)."""
    if len(draft.lines) != 2 or any(ln.label for ln in draft.lines):
        return None
    debits = [ln for ln in draft.lines if ln.debit and not ln.credit]
    credits = [ln for ln in draft.lines if ln.credit and not ln.debit]
    if len(debits) != 1 or len(credits) != 1:
        return None
    d, c = debits[0], credits[0]
    if d.debit != c.credit:
        return None
    amount = d.debit
    if _is_treasury(d.account) and _is_treasury(c.account):
        if _plain(d) and _plain(c) and d.account != c.account:
            return Shape("virement", amount, treasury=c.account, second=d.account)
        return None
    if d.account.startswith("86") and c.account.startswith("87"):
        if (d.tiers, d.action) == (c.tiers, c.action):
            return Shape("contribution", amount, account=d.account, second=c.account,
                         tiers=d.tiers, action=d.action)
        return None
    # A dépense and a recette carry the tiers on both lines and the action on the charge or
    # produit only (domain.entries.depense and recette).
    if _is_treasury(c.account) and d.account[:1] in "246":
        if c.tiers == d.tiers and c.action is None:
            return Shape("depense", amount, account=d.account, treasury=c.account,
                         tiers=d.tiers, action=d.action)
        return None
    if _is_treasury(d.account) and c.account[:1] in "147":
        if c.tiers == d.tiers and d.action is None:
            return Shape("recette", amount, account=c.account, treasury=d.account,
                         tiers=c.tiers, action=c.action)
    return None


def _plain(line: LineDraft) -> bool:
    return line.tiers is None and line.action is None


# Plan comptable des associations (règlement ANC 2018-06, class 8): each use of a
# contribution (86x) has its resource (87x); 862 Prestations is met by 871 Prestations en
# nature, as the chart has no 872.
RESSOURCES = {"860": "870", "861": "871", "862": "871", "864": "875"}


def ressource_for(emploi: str) -> str | None:
    """The 87 account that goes with an 86 emploi (8601 → 870, 864 → 875), or None."""
    return RESSOURCES.get(emploi[:3])


def parse_hours(text: str) -> Decimal:
    """Hours as typed: « 12 », « 12,5 », « 3h30 »; ValidationError otherwise."""
    text = text.strip().replace(" ", "")
    found = re.fullmatch(r"(\d+)[hH](\d{1,2})?", text)
    try:
        if found:
            hours = Decimal(found.group(1)) + Decimal(found.group(2) or 0) / 60
        else:
            hours = Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise ValidationError(f"heures « {text} » : tapez un nombre (ex. 12,5 ou 3h30)",
                              field="heures") from None
    if not hours.is_finite() or hours <= 0:
        raise ValidationError(f"heures « {text} » : tapez un nombre positif", field="heures")
    return hours


def hours_value(hours: Decimal, rate: Money) -> Money:
    """Hours × hourly rate, rounded to the cent (half up, as a payslip rounds)."""
    cents = (hours * rate.cents).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return Money(int(cents))
