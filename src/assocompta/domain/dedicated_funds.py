"""Fonds dédiés (ANC 2018-06 art. 132-2 ff., 431-6), the arithmetic of one action.

A dedicated resource (a subsidy, a contribution, a gift given for one action) that is not
spent by the year end stays owed to the action: its unspent part leaves the year's result
as a « report en fonds dédiés » (D 689x / C 19x). The next years, as the action spends,
the funds come back as « utilisations » (D 19x / C 789x). Pure: amounts in cents, no
database.

How the action's charges are shared between its funders, when it has several, is not
written in the règlement: we share them pro rata of what each funder made available for
the action in the year (its fonds dédiés at the opening plus its resources of the year),
in whole cents, the rounding cents going to the largest remainders so that the shares
add up to the charges.
"""

from __future__ import annotations

from dataclasses import dataclass

#: what a dedicated resource's account starts with → the fonds dédiés account it reports to
#: (the 689x and 789x accounts follow: 194 → 6894 / 7894)
RESOURCE_KINDS = (("754", "196"), ("755", "195"), ("74", "194"))
#: 74 accounts that are no dedicated resource: the quote-part of investment subsidies
#: (2025 chart), which follows a fixed asset's depreciation
NOT_DEDICATED = ("747",)
FUND_KINDS = ("194", "195", "196")


def fund_kind(resource_account: str) -> str | None:
    """The 19x account a resource account reports to (7411 → 194, 7541 → 196); None when
    the account holds no dedicated resource."""
    if resource_account.startswith(NOT_DEDICATED):
        return None
    for prefix, kind in RESOURCE_KINDS:
        if resource_account.startswith(prefix):
            return kind
    return None


def report_account(kind: str) -> str:
    """194 → 6894 (reports en fonds dédiés)."""
    return "689" + kind[2]


def use_account(kind: str) -> str:
    """194 → 7894 (utilisations des fonds dédiés)."""
    return "789" + kind[2]


@dataclass(frozen=True)
class Funder:
    """One funder's part of an action in the year, in cents."""

    kind: str            # '194', '195', '196'
    tiers: str | None    # the funder's tiers code; None: gifts of many donors
    opening: int         # fonds dédiés available at the opening (after repayments, transfers)
    resources: int       # dedicated resources of the year for the action


@dataclass(frozen=True)
class FunderPlan:
    """What the year-end work should have booked for one funder of an action."""

    funder: Funder
    charges: int         # its share of the action's charges
    used: int            # utilisation of its opening fonds dédiés (D 19x / C 789x)
    reported: int        # unspent part of its resources of the year (D 689x / C 19x)


def share(total: int, weights: list[int]) -> list[int]:
    """``total`` cents shared pro rata of ``weights`` (≥ 0), summing to ``total``: the
    rounding cents go to the largest remainders, the first one on a tie."""
    whole = sum(weights)
    if whole <= 0 or total == 0:
        return [0] * len(weights)
    parts = [total * w // whole for w in weights]
    left = total - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (-(total * weights[i] % whole), i))
    for i in order[:left]:
        parts[i] += 1
    return parts


def plan_action(funders: list[Funder], charges: int, *, finished: bool) -> list[FunderPlan]:
    """For one action: each funder's utilisation of its opening funds and report of its
    unspent resources, given the action's charges of the year.

    The charges use the oldest money first: a funder's fonds dédiés of earlier years, then
    its resources of the year; what is left of the latter is reported. A finished action
    releases all its opening funds and reports nothing (its resources stay in the result).
    """
    if finished:
        return [FunderPlan(f, 0, max(f.opening, 0), 0) for f in funders]
    weights = [max(f.opening, 0) + max(f.resources, 0) for f in funders]
    shares = share(max(charges, 0), weights)
    plans = []
    for f, spent in zip(funders, shares):
        used = min(max(f.opening, 0), spent)
        reported = max(0, f.resources - (spent - used))
        plans.append(FunderPlan(f, spent, used, reported))
    return plans
