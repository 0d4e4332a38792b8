"""What each poste of the bilan holds for one year, by SQL aggregation.

Three rules decide where a balance goes:

- No compensation between tiers (C. com. L123-19 al. 2, PCG art. 112-2): a class-4 account
  is read tiers by tiers, and each tiers' balance goes to the actif or the passif by its own
  sign (client A owes 300, client B paid 50 in advance: créances 300 and a debt of 50).
  Treasury (class 5) goes by the sign of the account's balance (an overdraft is a debt).
- Amortissements and dépréciations (28, 29, 39, 49, 59) go into the second column of the
  asset they reduce, whose number is theirs without the 8 or 9 (2813 → 213, 491 → 41).
- Anything else (classes 1 to 3) has one side; where both sides list a prefix, the longer
  prefix wins (229 « Droits du concédant » on the passif, 22 on the actif).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from .bilan_layout import BilanLayout
from .totals import account_totals

BRUT, AMORT = 0, 1  # the two figures of an actif poste; a passif poste uses BRUT only


def is_reduction(code: str) -> bool:
    """An amortissement or dépréciation account (28x, 29x, 39x, 49x, 59x)."""
    return code[:2] == "28" or (code[0] in "2345" and code[1:2] == "9")


@dataclass
class YearAmounts:
    """One year's figures: per poste key [brut, amortissements] (a passif poste: [amount,
    0]), the same per account under each poste, the year's result (classes 7 − 6), and the
    accounts that found no poste."""

    posts: dict[str, list[int]] = field(default_factory=dict)
    accounts: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    result: int = 0
    lost: list[str] = field(default_factory=list)
    #: "received" (a client in credit, 41x) and/or "paid" (a supplier in debit, 40x): the
    #: advances the notes must explain, as the model has no poste of their own.
    advances: set[str] = field(default_factory=set)

    def add(self, key: str, code: str, column: int, amount: int) -> None:
        self.posts.setdefault(key, [0, 0])[column] += amount
        self.accounts.setdefault(key, {}).setdefault(code, [0, 0])[column] += amount


def tiers_balances(conn: sqlite3.Connection, year_id: int, validated_only: bool
                   ) -> dict[str, list[int]]:
    """Class-4 balances (débit − crédit) per account and tiers; the lines without a tiers
    make one balance of their account. One GROUP BY over the year's lines."""
    sql = ("SELECT a.code, SUM(l.debit) - SUM(l.credit) FROM entry e "
           "JOIN entry_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id "
           "WHERE e.year_id = ? AND a.code LIKE '4%'"
           + (" AND e.valid_date IS NOT NULL" if validated_only else "")
           + " GROUP BY a.code, l.tiers_id HAVING SUM(l.debit) <> SUM(l.credit)")
    out: dict[str, list[int]] = {}
    for code, balance in conn.execute(sql, (year_id,)):
        out.setdefault(code, []).append(int(balance))
    return out


def place(layout: BilanLayout, code: str, balance: int) -> tuple[str, int, int] | None:
    """(poste key, column, amount shown) of a balance (débit − crédit) of this account."""
    if is_reduction(code):
        found = layout.actif.match(code[0] + code[2:])
        return (found[0], AMORT, -balance) if found else None
    actif, passif = layout.actif.match(code), layout.passif.match(code)
    if actif and passif:
        if code[0] in "45":
            on_actif = balance > 0
        else:
            on_actif = actif[1] > passif[1] or (actif[1] == passif[1] and code[0] != "1")
    elif actif or passif:
        on_actif = actif is not None
    else:
        return None
    return (actif[0], BRUT, balance) if on_actif else (passif[0], BRUT, -balance)


def year_amounts(conn: sqlite3.Connection, year_id: int, layout: BilanLayout,
                 validated_only: bool = False) -> YearAmounts:
    """The year's figures placed on ``layout`` (the report's year's own model, also for the
    N-1 column)."""
    totals = account_totals(conn, year_id, validated_only=validated_only)
    tiers = tiers_balances(conn, year_id, validated_only)
    out = YearAmounts()
    for code, total in sorted(totals.items()):
        if code[0] in "67":
            out.result -= total.balance
            continue
        if code[0] not in "12345":
            continue  # class 8: the contributions volontaires stay off the bilan
        out.labels[code] = total.label
        for balance in tiers.get(code, []) if code[0] == "4" else [total.balance]:
            if not balance:
                continue
            placed = place(layout, code, balance)
            if placed is None:
                if code not in out.lost:
                    out.lost.append(code)
                continue
            key, column, amount = placed
            out.add(key, code, column, amount)
            if code[:2] == "41" and balance < 0:
                out.advances.add("received")
            elif code[:2] == "40" and balance > 0:
                out.advances.add("paid")
    return out
