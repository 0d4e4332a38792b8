"""Budget prévisionnel in the CERFA n°12156 layout, and budget against actuals in the same
layout (the compte rendu financier, CERFA 15059, is reports/compte_rendu.py).

The form's line list is data (``resources/layouts/cerfa12156-v06.json``): a new version of the
form is a new file. Subsidies (74) are broken down by funder category, each funder named.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from ..domain.budget import BudgetBalance, budget_checks, side
from ..domain.money import Money
from ..formatting import euros
from ..domain.parties import FunderCategory
from ..storage.totals import is_fresh
from .context import YearContext
from .model import Check, Percent, Report, Row, RowKind
from .totals import account_totals

LAYOUT = "cerfa12156-v06"
#: ``action_id`` of budget_items / actual_items for the lines of no action (the indirect
#: charges of a compte rendu); ids start at 1, and report_text also says 0 for none.
NO_ACTION = 0


@dataclass(frozen=True)
class Item:
    code: str
    cents: int
    funder: str | None = None
    category: str | None = None


@lru_cache(maxsize=None)
def _layout(name: str = LAYOUT) -> dict:
    return json.loads(resources.files("assocompta.resources").joinpath(
        "layouts", f"{name}.json").read_text(encoding="utf-8"))


def _match(entry: dict, code: str) -> int:
    """Length of the longest prefix of ``entry`` that ``code`` starts with (0: none)."""
    return max((len(p) for p in entry["accounts"] if code.startswith(p)), default=0)


def _best(entries: list[dict], code: str) -> dict | None:
    best, length = None, 0
    for e in entries:
        if (n := _match(e, code)) > length:
            best, length = e, n
    return best


def place(code: str, layout: dict | None = None) -> tuple[str, dict, dict | None]:
    """Where account ``code`` goes in the form (the 12156's unless ``layout`` says): its
    side, its rubric, and its sub-line (None: the rubric's remainder, shown as « Autres »
    under a rubric that has sub-lines)."""
    layout = layout or _layout()
    group = side(code)
    rubrics = layout[group] if group in ("charges", "produits") else [layout[group]]
    rubric = _best(rubrics, code) or rubrics[-1]
    child = _best(rubric.get("children", []), code)
    # The longest prefix wins against the rubric's own list too: legs (7543, on 75 itself)
    # stay out of the gifts' sub-line that « 754 » feeds.
    if child is not None and _match(child, code) < _match(rubric, code):
        child = None
    return group, rubric, child


def budget_items(conn: sqlite3.Connection, year_id: int, action_id: int | None) -> list[Item]:
    """Budget lines of the year: all (None), one action's, or those of no action
    (:data:`NO_ACTION`)."""
    sql = ("SELECT b.code, b.amount, t.name, t.funder_category FROM budget_line b "
           "LEFT JOIN tiers t ON t.id = b.tiers_id WHERE b.year_id = ?")
    params: list = [year_id]
    if action_id == NO_ACTION:
        sql += " AND b.action_id IS NULL"
    elif action_id is not None:
        sql += " AND b.action_id = ?"
        params.append(action_id)
    return [Item(*row) for row in conn.execute(sql, params)]


_FUNDED = ("74", "7551")  # subsidies and contributions shown per funder in the CERFA


def _item(code: str, balance: int, funder: str | None, category: str | None) -> Item:
    natural = balance if code[0] == "6" or code.startswith("86") else -balance
    if not code.startswith(_FUNDED):
        return Item(code, natural)
    return Item(code, natural, funder, category)


def actual_items(conn: sqlite3.Connection, year_id: int, action_id: int | None, *,
                 validated_only: bool = False) -> list[Item]:
    """Actuals on their natural side, subsidies with the funder named on the line
    (``validated_only``: drafts left out); ``action_id`` as in :func:`budget_items`.

    For the whole association with fresh totals, every account but the funded ones comes
    from the per-month totals and only the subsidy lines are read (through their accounts):
    the cost does not grow with the entries. An action, or stale totals, aggregates lines.
    """
    validated = " AND e.valid_date IS NOT NULL" if validated_only else ""
    if action_id is None and is_fresh(conn, year_id):
        items = [_item(code, t.balance, None, None)
                 for code, t in account_totals(conn, year_id,
                                               validated_only=validated_only).items()
                 if code[0] in "678" and not code.startswith(_FUNDED)]
        funded = conn.execute(
            "SELECT a.code, SUM(l.debit) - SUM(l.credit), t.name, t.funder_category "
            "FROM fiscal_year f CROSS JOIN account a CROSS JOIN entry_line l "
            "JOIN entry e ON e.id = l.entry_id LEFT JOIN tiers t ON t.id = l.tiers_id "
            "WHERE f.id = ? AND a.chart_id = f.chart_id "
            "AND (a.code LIKE '74%' OR a.code LIKE '7551%') "
            f"AND l.account_id = a.id AND e.year_id = f.id{validated} GROUP BY a.code, t.id",
            (year_id,))
        return items + [_item(*row) for row in funded]
    sql = ("SELECT a.code, SUM(l.debit) - SUM(l.credit), t.name, t.funder_category "
           "FROM entry e JOIN entry_line l ON l.entry_id = e.id "
           "JOIN account a ON a.id = l.account_id LEFT JOIN tiers t ON t.id = l.tiers_id "
           f"WHERE e.year_id = ? AND substr(a.code, 1, 1) IN ('6', '7', '8'){validated}")
    params: list = [year_id]
    if action_id == NO_ACTION:
        sql += " AND l.action_id IS NULL"
    elif action_id is not None:
        sql += " AND l.action_id = ?"
        params.append(action_id)
    sql += " GROUP BY a.code, t.id"
    return [_item(*row) for row in conn.execute(sql, params)]


class _Grid:
    """Amounts per CERFA line for several columns (prévision, réalisation…)."""

    def __init__(self, columns: list[list[Item]], layout: dict | None = None) -> None:
        self.n = len(columns)
        self.cells: dict[tuple, list[int]] = {}
        self.layout = layout = layout or _layout()
        for c, items in enumerate(columns):
            for it in items:
                group, rubric, child = place(it.code, layout)
                if rubric.get("by_funder"):
                    category = it.category or ("aides_privees" if it.code.startswith("7551")
                                               else "")
                    sub = (category, it.funder or "")
                else:
                    sub = (child["label"],) if child else ("",)
                self.add((group, rubric["label"]) + sub, c, it.cents)

    def add(self, key: tuple, column: int, cents: int) -> None:
        self.cells.setdefault(key, [0] * self.n)[column] += cents

    def sum(self, prefix: tuple) -> list[int]:
        out = [0] * self.n
        for key, values in self.cells.items():
            if key[:len(prefix)] == prefix:
                out = [a + b for a, b in zip(out, values)]
        return out


def _rows_for(grid: _Grid, group: str, rubrics: list[dict], rows: list[Row]) -> list[int]:
    """Rubric rows (with their sub-lines) of one side; returns the rubric row indexes."""
    tops = []
    for rubric in rubrics:
        total = grid.sum((group, rubric["label"]))
        at = len(rows)
        tops.append(at)
        rows.append(Row(RowKind.LINE, rubric["label"], tuple(Money(v) for v in total)))
        subs: list[int] = []
        names = grid.layout.get("funder_labels", {})

        def category_label(category: str) -> str:
            return names.get(category) or FunderCategory(category).label

        if rubric.get("by_funder"):
            for category in grid.layout["funder_order"] + [""]:
                amount = grid.sum((group, rubric["label"], category))
                funders = sorted({k[3] for k in grid.cells if k[:3] == (group, rubric["label"],
                                                                         category)})
                if not any(amount) and category != "":
                    subs.append(len(rows))
                    rows.append(Row(RowKind.LINE, category_label(category),
                                    tuple(Money(0) for _ in amount), level=1))
                    continue
                if category == "" and not any(amount):
                    continue
                cat_at = len(rows)
                subs.append(cat_at)
                label = category_label(category) if category else "Financeur non précisé"
                rows.append(Row(RowKind.SUBTOTAL, label, tuple(Money(v) for v in amount),
                                level=1))
                named = []
                for funder in funders:
                    named.append(len(rows))
                    rows.append(Row(RowKind.DETAIL, funder or "(sans nom)", tuple(
                        Money(v) for v in grid.sum((group, rubric["label"], category, funder))),
                        level=2))
                rows[cat_at] = Row(RowKind.SUBTOTAL, label, rows[cat_at].values, level=1,
                                   formula=tuple((1, i) for i in named))
        elif rubric.get("dont"):
            # « Dont … »: part of the rubric shown under it, never added to it again.
            for child in rubric["children"]:
                rows.append(Row(RowKind.DONT, child["label"], tuple(
                    Money(v) for v in grid.sum((group, rubric["label"], child["label"]))),
                    level=1))
        else:
            children = [c["label"] for c in rubric.get("children", [])]
            for label in (children + [""]) if children else []:
                amount = grid.sum((group, rubric["label"], label))
                if label == "" and not any(amount):
                    continue
                subs.append(len(rows))
                rows.append(Row(RowKind.LINE, label or "Autres", tuple(Money(v) for v in amount),
                                level=1))
        if subs:
            rows[at] = Row(RowKind.SUBTOTAL, rubric["label"], rows[at].values,
                           formula=tuple((1, i) for i in subs))
    return tops


def _build(ctx: YearContext, title: str, columns: list[str], grids: list[list[Item]],
           action: str | None, *, suivi: bool) -> Report:
    grid = _Grid(grids)
    layout = _layout()
    n = grid.n
    rows: list[Row] = []
    sums = {group: grid.sum((group,)) for group in ("charges", "produits", "emplois",
                                                     "ressources")}
    balances = [BudgetBalance(**{group: Money(v[c]) for group, v in sums.items()})
                for c in range(n)]
    # The line that makes both totals equal is always shown, on the side that needs it.
    excedent = [b.excedent.cents for b in balances]
    insuffisance = [b.insuffisance.cents for b in balances]

    def block(title: str, group: str, balancing: str, extra: list[int], total: str,
              cvn: str) -> None:
        rows.append(Row(RowKind.HEADING, title))
        tops = _rows_for(grid, group, layout[group], rows)
        tops.append(len(rows))
        rows.append(Row(RowKind.LINE, balancing, tuple(Money(v) for v in extra)))
        total_at = len(rows)
        rows.append(Row(RowKind.TOTAL, total, tuple(
            Money.total(rows[i].values[c] for i in tops) for c in range(n)),
            formula=tuple((1, i) for i in tops)))
        cvn_at = _rows_for(grid, cvn, [layout[cvn]], rows)[0]
        rows.append(Row(RowKind.TOTAL, "TOTAL", tuple(
            rows[total_at].values[c] + rows[cvn_at].values[c] for c in range(n)),
            formula=((1, total_at), (1, cvn_at))))

    # A budget's balancing lines are forecasts; in budget vs réalisé the same line holds the
    # actual figure too, so it must not call the réalisation "prévisionnel".
    surplus, shortfall = (("Excédent (bénéfice)", "Insuffisance (autofinancement)") if suivi
                          else ("Excédent prévisionnel (bénéfice)",
                                "Insuffisance prévisionnelle (autofinancement)"))
    block("CHARGES", "charges", surplus, excedent, "TOTAL DES CHARGES", "emplois")
    block("PRODUITS", "produits", shortfall, insuffisance, "TOTAL DES PRODUITS", "ressources")

    # The budget view judges a budget by the same checks (domain.budget).
    checks = []
    for c, (name, b) in enumerate(zip(columns, balances)):
        forecast = not (suivi and c == 1)  # the second column of a suivi is the réalisation
        checks += [Check(check.kind.value, check.ok,
                         check.sentence(name, euros, forecast=forecast))
                   for check in budget_checks(b)]
    if suivi:
        rows = _with_gaps(rows)
        columns = columns + ["Écart", "%"]
    subtitle = ctx.period + (f" — action « {action} »" if action else " — association")
    # A suivi is budget and réalisé in the budget's layout: it must not pass for the compte
    # rendu financier (CERFA 15059), which has a layout and a legal basis of its own.
    notes = (("Budget et réalisé, présentation du " if suivi else "")
             + layout["form"] + " : " + layout["source"],)
    return Report(title, ctx.association, subtitle, tuple(columns), tuple(rows), tuple(checks),
                  notes=notes, quiet_checks=True)


def _with_gaps(rows: list[Row]) -> list[Row]:
    """Add Écart (réalisation − prévision) and % (réalisation / prévision) columns."""
    out = []
    for row in rows:
        if not row.values:
            out.append(row)
            continue
        plan, real = row.values[0], row.values[1]
        pct = Percent((Decimal(real.cents) / Decimal(plan.cents)).quantize(Decimal("0.0001"))) \
            if plan.cents else None
        out.append(Row(row.kind, row.label, (plan, real, real - plan, pct), row.code, row.level,
                       row.formula, (0, 1, 2) if row.formula else None, row.texts))
    return out


def build_budget(conn: sqlite3.Connection, ctx: YearContext, action_id: int | None = None,
                 action: str | None = None) -> Report:
    items = budget_items(conn, ctx.year.id, action_id)
    return _build(ctx, f"Budget prévisionnel {ctx.year.label}", [f"Budget {ctx.year.label}"],
                  [items], action, suivi=False)


def build_suivi(conn: sqlite3.Connection, ctx: YearContext, action_id: int | None = None,
                action: str | None = None) -> Report:
    plan = budget_items(conn, ctx.year.id, action_id)
    real = actual_items(conn, ctx.year.id, action_id, validated_only=ctx.validated_only)
    return _build(ctx, f"Budget et réalisé {ctx.year.label}",
                  ["Prévision", "Réalisation"], [plan, real], action, suivi=True)
