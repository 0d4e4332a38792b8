"""Compte de résultat in the official association layout, exercice N beside N-1."""

from __future__ import annotations

import sqlite3

from ..domain.money import Money
from ..formatting import euros
from .context import YearContext
from .layouts import Layout, LayoutLine, leaves, load_layout
from .model import Check, Report, Row, RowKind
from .totals import AccountTotal, account_totals


def _signed(total: AccountTotal, side: str) -> int:
    """Amount shown on a line: produits and 87 are crédits, charges and 86 are débits."""
    return -total.balance if side in ("produit", "ressource") else total.balance


def _section_side(layout: Layout) -> dict[str, str]:
    """Leaf key → side of its section."""
    sides = {}
    for section in layout.sections:
        for leaf in leaves(section.lines):
            sides[leaf.key] = section.side
    return sides


def _by_line(layout: Layout, totals: dict[str, AccountTotal], target: Layout
             ) -> tuple[dict[str, int], dict[str, list[AccountTotal]], list[str]]:
    """Amounts per leaf key of ``target`` from accounts placed with ``layout`` (the year's own
    layout; keys or aliases carry them to the target's lines). Also the accounts per line and
    any account of classes 6, 7, 8 that found no line."""
    sides = _section_side(layout)
    target_keys = {leaf.key for leaf in target.leaves()}
    amounts: dict[str, int] = {}
    accounts: dict[str, list[AccountTotal]] = {}
    lost: list[str] = []
    aliases = {leaf.key: leaf.alias for leaf in layout.leaves() if leaf.alias}
    for code, total in sorted(totals.items()):
        if code[0] not in "678":
            continue
        key = layout.line_for(code)
        if key is None:
            lost.append(code)
            continue
        side = sides[key]
        if key not in target_keys:
            key = aliases.get(key, key)
        if key not in target_keys:
            lost.append(code)
            continue
        amounts[key] = amounts.get(key, 0) + _signed(total, side)
        accounts.setdefault(key, []).append(total)
    for leaf_key, dont in layout.dont_lines():
        value = sum(_signed(t, sides[leaf_key]) for code, t in totals.items()
                    if any(code.startswith(p) for p in dont.accounts))
        amounts[dont.key] = value
    return amounts, accounts, lost


def build_resultat(conn: sqlite3.Connection, ctx: YearContext, *, detail: bool = False) -> Report:
    """The compte de résultat of ``ctx.year`` (and its previous year when there is one)."""
    layout = load_layout(f"resultat-{ctx.year.chart}")
    years = [ctx.year] + ([ctx.previous] if ctx.previous else [])
    columns = []
    per_year = []
    for y in years:
        totals = account_totals(conn, y.id, validated_only=ctx.validated_only)
        amounts, accounts, lost = _by_line(load_layout(f"resultat-{y.chart}"), totals, layout)
        per_year.append((totals, amounts, accounts, lost))
        columns.append(f"Exercice {y.label}")
    ncol = len(years)

    rows: list[Row] = []
    section_total: dict[str, int] = {}

    def money(v: int | None) -> Money | None:
        return None if v is None else Money(v)

    def has_amounts(line: LayoutLine) -> bool:
        if line.children:
            return any(has_amounts(c) for c in line.children)
        return any(p[1].get(line.key) for p in per_year)

    def emit_line(line: LayoutLine, level: int) -> int | None:
        if not has_amounts(line):
            return None  # art. 410-2: a line empty in N and N-1 is left out
        if line.children:
            at = len(rows)
            rows.append(Row(RowKind.SUBTOTAL, line.label, (), level=level))
            children = [i for c in line.children if (i := emit_line(c, level + 1)) is not None]
            values = tuple(Money.total(rows[i].values[k] or Money(0) for i in children)
                           for k in range(ncol))
            rows[at] = Row(RowKind.SUBTOTAL, line.label, values, level=level,
                           formula=tuple((1, i) for i in children))
            return at
        values = tuple(money(p[1].get(line.key, 0)) for p in per_year)
        at = len(rows)
        if detail:
            rows.append(Row(RowKind.LINE, line.label, values, level=level))
            sides = _section_side(layout)
            per_code = [{t.code: t for t in p[2].get(line.key, ())} for p in per_year]
            details = []
            for code in sorted(set().union(*per_code)):
                found = [pc.get(code) for pc in per_code]
                label = next(f"{code} {t.label}" for t in found if t is not None)
                details.append(len(rows))
                rows.append(Row(RowKind.DETAIL, label, tuple(
                    Money(_signed(t, sides[line.key]) if t is not None else 0) for t in found),
                    code=code, level=level + 1))
            rows[at] = Row(RowKind.LINE, line.label, values, level=level,
                           formula=tuple((1, i) for i in details) if details else None)
        else:
            rows.append(Row(RowKind.LINE, line.label, values, level=level))
        if line.dont is not None and any(p[1].get(line.dont.key) for p in per_year):
            rows.append(Row(RowKind.DONT, line.dont.label,
                            tuple(money(p[1].get(line.dont.key, 0)) for p in per_year),
                            level=level + 1))
        return at

    for section in layout.sections:
        if section.result:
            formula = tuple([(1, section_total[k]) for k in section.plus if k in section_total]
                            + [(-1, section_total[k]) for k in section.minus
                               if k in section_total])
            values = tuple(
                Money.total((rows[i].values[c] if s > 0 else -rows[i].values[c])
                            for s, i in formula) for c in range(ncol))
            rows.append(Row(RowKind.RESULT, section.result, values, formula=formula))
            continue
        if section.title:
            rows.append(Row(RowKind.HEADING, section.title))
        tops = [i for line in section.lines if (i := emit_line(line, 1)) is not None]
        if section.total:
            values = tuple(Money.total(rows[i].values[c] for i in tops) for c in range(ncol))
            section_total[section.key] = len(rows)
            rows.append(Row(RowKind.TOTAL, section.total, values,
                            formula=tuple((1, i) for i in tops)))
        elif tops:
            section_total[section.key] = tops[0]
        else:  # an empty one-line section (participation, impôts): zero, still counted
            section_total[section.key] = len(rows)
            rows.append(Row(RowKind.LINE, section.lines[0].label,
                            tuple(Money(0) for _ in range(ncol)), level=1))

    checks = _checks(rows, per_year, years)
    return Report(layout.title, ctx.association, ctx.period, tuple(columns), tuple(rows),
                  tuple(checks), notes=(layout.source,), quiet_checks=True)


def _checks(rows, per_year, years) -> list[Check]:
    result_row = next(r for r in rows if r.kind is RowKind.RESULT
                      and r.label == "EXCÉDENT OU DÉFICIT")
    checks = []
    for c, (y, (totals, _, _, lost)) in enumerate(zip(years, per_year)):
        produits = sum(-t.balance for t in totals.values() if t.code[0] == "7")
        charges = sum(t.balance for t in totals.values() if t.code[0] == "6")
        result = result_row.values[c]
        ok = result.cents == produits - charges and not lost
        excedent = max(result.cents, 0)
        deficit = max(-result.cents, 0)
        detail = (f"Exercice {y.label} : charges {euros(Money(charges))} + excédent {euros(Money(excedent))} "
                  f"= produits {euros(Money(produits))} + déficit {euros(Money(deficit))}")
        if lost:
            detail += f" ; comptes sans ligne : {', '.join(lost)}"
        elif not ok:
            detail += f" ; le résultat affiché ({euros(result)}) ne correspond pas"
        checks.append(Check("charges + excédent = produits + déficit", ok, detail))
        emplois = sum(t.balance for t in totals.values() if t.code.startswith("86"))
        ressources = sum(-t.balance for t in totals.values() if t.code.startswith("87"))
        checks.append(Check(
            "contributions volontaires : emplois = ressources", emplois == ressources,
            f"Exercice {y.label} : contributions volontaires : emplois {euros(Money(emplois))} "
            f"{'=' if emplois == ressources else '≠'} ressources {euros(Money(ressources))}"))
    return checks
