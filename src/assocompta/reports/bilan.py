"""Bilan (simplified association layout), exercice N beside N-1."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from functools import lru_cache
from importlib import resources

from ..domain.money import Money
from ..formatting import euros
from .context import YearContext
from .model import Check, Report, Row, RowKind
from .totals import AccountTotal, account_totals


@lru_cache(maxsize=None)
def _layout() -> dict:
    return json.loads(resources.files("assocompta.resources").joinpath(
        "layouts", "bilan.json").read_text(encoding="utf-8"))


def _match(side: dict, code: str) -> tuple[str, int, bool] | None:
    best = None
    for group in side["groups"]:
        for line in group["lines"]:
            for prefix in line["accounts"]:
                if code.startswith(prefix) and (best is None or len(prefix) > best[1]):
                    best = (line["key"], len(prefix), bool(line.get("dual")))
    return best


def _place(code: str, balance: int) -> tuple[str, str] | None:
    """(side, line key) of an account with this balance (débit − crédit)."""
    actif, passif = _layout()["sides"]
    a, p = _match(actif, code), _match(passif, code)
    if a is None and p is None:
        return None
    if a is None or p is None:
        return ("ACTIF", a[0]) if a else ("PASSIF", p[0])
    if a[2] and p[2]:  # both sides take it: the sign of the balance decides
        return ("ACTIF", a[0]) if balance >= 0 else ("PASSIF", p[0])
    if a[1] != p[1]:
        return ("ACTIF", a[0]) if a[1] > p[1] else ("PASSIF", p[0])
    return ("ACTIF", a[0]) if not a[2] else ("PASSIF", p[0])


def _amounts(totals: dict[str, AccountTotal]
             ) -> tuple[dict[str, int], list[str], int, dict[str, dict[str, int]]]:
    """Per line: amount; accounts without a line; the year's result; per line, per account."""
    amounts: dict[str, int] = {}
    accounts: dict[str, dict[str, int]] = {}
    lost = []
    result = 0
    for code, t in totals.items():
        if code[0] in "67":
            result -= t.balance
            continue
        if code[0] == "8":
            continue
        placed = _place(code, t.balance)
        if placed is None:
            lost.append(code)
            continue
        side, key = placed
        signed = t.balance if side == "ACTIF" else -t.balance
        amounts[key] = amounts.get(key, 0) + signed
        accounts.setdefault(key, {})[code] = signed
    return amounts, lost, result, accounts


def build_bilan(conn: sqlite3.Connection, ctx: YearContext, *, detail: bool = False) -> Report:
    """The bilan of ``ctx.year`` beside its previous year; ``detail``: accounts under lines."""
    years = [ctx.year] + ([ctx.previous] if ctx.previous else [])
    data = []
    labels: dict[str, str] = {}
    for y in years:
        totals = account_totals(conn, y.id, validated_only=ctx.validated_only)
        labels.update((code, t.label) for code, t in totals.items())
        amounts, lost, result, accounts = _amounts(totals)
        for side in _layout()["sides"]:
            for group in side["groups"]:
                for line in group["lines"]:
                    if line.get("with_result"):
                        amounts[line["key"]] = amounts.get(line["key"], 0) + result
        data.append((amounts, lost, accounts, result))
    ncol = len(years)
    rows: list[Row] = []
    side_totals = []
    for side in _layout()["sides"]:
        rows.append(Row(RowKind.HEADING, side["title"]))
        group_rows = []
        for group in side["groups"]:
            at = len(rows)
            rows.append(Row(RowKind.SUBTOTAL, group["label"]))
            lines = []
            for line in group["lines"]:
                values = tuple(Money(d[0].get(line["key"], 0)) for d in data)
                if not any(values) and not line.get("with_result"):
                    continue
                lines.append(len(rows))
                rows.append(Row(RowKind.LINE, line["label"], values, level=1))
                if detail:
                    _details(rows, line, data, labels, ctx)
            rows[at] = Row(RowKind.SUBTOTAL, group["label"], tuple(
                Money.total(rows[i].values[c] for i in lines) for c in range(ncol)),
                formula=tuple((1, i) for i in lines))
            group_rows.append(at)
        side_totals.append(len(rows))
        rows.append(Row(RowKind.TOTAL, side["total"], tuple(
            Money.total(rows[i].values[c] for i in group_rows) for c in range(ncol)),
            formula=tuple((1, i) for i in group_rows)))
    checks = []
    for c, y in enumerate(years):
        actif, passif = (rows[i].values[c] for i in side_totals)
        lost = data[c][1]
        ok = actif == passif and not lost
        detail = (f"Exercice {y.label} : total actif {euros(actif)} {'=' if actif == passif else '≠'}"
                  f" total passif {euros(passif)}")
        if lost:
            detail += f" ; comptes sans ligne : {', '.join(lost)}"
        checks.append(Check("actif = passif", ok, detail))
    # An open year's result is not yet the bilan's: until the closing it is only computed.
    title = "Bilan" if ctx.year.closed else "Bilan provisoire – exercice non clos"
    return Report(title, ctx.association, ctx.period,
                  tuple(f"Exercice {y.label}" for y in years), tuple(rows), tuple(checks),
                  notes=(_layout()["source"],))


def _result_label(results: tuple[Money, ...], open_year: bool) -> str:
    """The year's own result (produits − charges), named for its sign when it has one."""
    if all(r.cents > 0 for r in results):
        word = "Excédent"
    elif all(r.cents < 0 for r in results):
        word = "Déficit"
    else:
        word = "Résultat"
    if open_year:
        return f"{word} de l'exercice en cours (produits − charges, porté en 120/129 à la clôture)"
    return f"{word} de l'exercice (produits − charges)"


def _pending_label(ctx: YearContext) -> str:
    """The row of a previous result still in 120/129, waiting for the general meeting."""
    before = ctx.previous.label if ctx.previous else str(
        (ctx.year.start - dt.timedelta(days=1)).year)
    return f"Résultat {before} en instance d'affectation"


def _details(rows: list[Row], line: dict, data: list, labels: dict[str, str],
             ctx: YearContext) -> None:
    """Account rows under the line just added. The result line also holds the year's result,
    which no account carries until the year is closed: it gets a row of its own; what 120
    and 129 still hold is a previous result not yet allocated, on one row of its own."""
    at = len(rows) - 1
    codes = sorted(set().union(*(d[2].get(line["key"], {}) for d in data)))
    if line.get("with_result"):
        pending = tuple(Money(sum(d[2].get(line["key"], {}).values())) for d in data)
        if any(pending):  # « 120 … 0,00 » once the result is allocated says nothing
            rows.append(Row(RowKind.DETAIL, _pending_label(ctx), pending, level=2))
        codes = []
    for code in codes:
        values = tuple(Money(d[2].get(line["key"], {}).get(code, 0)) for d in data)
        rows.append(Row(RowKind.DETAIL, f"{code} {labels[code]}", values, code=code, level=2))
    if line.get("with_result"):
        results = tuple(Money(d[3]) for d in data)
        rows.append(Row(RowKind.DETAIL, _result_label(results, not ctx.year.closed), results,
                        level=2))
    if len(rows) - 1 > at:
        r = rows[at]
        rows[at] = Row(r.kind, r.label, r.values, level=r.level,
                       formula=tuple((1, i) for i in range(at + 1, len(rows))))
