"""Budgets: import from CSV, copy from a previous year (budget or actuals, ± %)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.budget import CODES_2018_TO_2025, BudgetRow, read_budget_csv, scale
from ..domain.errors import ImportFailed, ValidationError
from ..domain.money import Money
from ..domain.parties import FunderCategory, TiersKind
from ..storage.db import Book
from ..storage.orm import Account, Action, BudgetLine, Chart, FiscalYear, Tiers
from .ledger import year_by_label
from .sources import BUDGET, refuse_book


@dataclass(frozen=True)
class BudgetResult:
    year: str
    lines: int
    charges: Money
    produits: Money


def _codes(s: Session, chart_id: int) -> set[str]:
    return set(s.scalars(select(Account.code).where(Account.chart_id == chart_id)))


def _valid_code(code: str, codes: set[str]) -> bool:
    """An account of the chart, or a rubric that accounts of the chart start with."""
    return code in codes or any(c.startswith(code) for c in codes)


def _funder(s: Session, name: str, category: FunderCategory | None) -> Tiers:
    t = s.scalars(select(Tiers).where((Tiers.name == name) | (Tiers.code == name))).first()
    if t is None:
        t = Tiers(code=name[:40], name=name, kind=TiersKind.FUNDER.value,
                  funder_category=category.value if category else None)
        s.add(t)
        s.flush()
    elif category is not None and t.funder_category != category.value:
        t.funder_category = category.value
        t.kind = TiersKind.FUNDER.value
    return t


def _action(s: Session, code: str) -> Action:
    a = s.scalars(select(Action).where((Action.code == code) | (Action.name == code))).first()
    if a is None:
        a = Action(code=code[:40], name=code)
        s.add(a)
        s.flush()
    return a


def _totals(s: Session, year_id: int) -> tuple[Money, Money]:
    lines = list(s.scalars(select(BudgetLine).where(BudgetLine.year_id == year_id)))
    charges = Money.total(b.amount for b in lines if b.code[0] == "6")
    produits = Money.total(b.amount for b in lines if b.code[0] == "7")
    return charges, produits


def _replace(s: Session, year: FiscalYear, rows: list[BudgetRow], source: str) -> int:
    codes = _codes(s, year.chart_id)
    problems = [ValidationError(f"compte {r.code} absent du plan comptable de l'exercice "
                                f"{year.label}", file=source, line=r.lineno or None,
                                field="compte")
                for r in rows if not _valid_code(r.code, codes)]
    problems += [ValidationError("subvention sans type_financeur : précisez etat, region, "
                                 "commune… pour la ranger dans le CERFA", file=source,
                                 line=r.lineno or None, field="type_financeur")
                 for r in rows if r.funder and r.code.startswith("74") and
                 r.funder_category is None and not _known_category(s, r.funder)]
    if problems:
        raise ImportFailed(problems[:50], more=max(0, len(problems) - 50))
    actions = {r.action for r in rows}
    action_ids = {a: (_action(s, a).id if a else None) for a in actions}
    for a, aid in action_ids.items():
        s.execute(delete(BudgetLine).where(
            BudgetLine.year_id == year.id,
            BudgetLine.action_id.is_(None) if aid is None else BudgetLine.action_id == aid))
    for r in rows:
        tiers = _funder(s, r.funder, r.funder_category) if r.funder else None
        s.add(BudgetLine(year_id=year.id, code=r.code, amount=r.amount, label=r.label,
                         action_id=action_ids[r.action], tiers_id=tiers.id if tiers else None))
    s.flush()
    return len(rows)


def _known_category(s: Session, funder: str) -> bool:
    t = s.scalars(select(Tiers).where((Tiers.name == funder) | (Tiers.code == funder))).first()
    return t is not None and t.funder_category is not None


def import_budget(book: Book, year_label: str, source: Path | str) -> BudgetResult:
    """Replace the year's budget (for the actions the file names) with the file's lines."""
    refuse_book(Path(source), BUDGET)
    rows = read_budget_csv(Path(source))
    with book.transaction() as s:
        year = year_by_label(s, year_label)
        n = _replace(s, year, rows, Path(source).name)
        charges, produits = _totals(s, year.id)
        return BudgetResult(year.label, n, charges, produits)


def copy_budget(book: Book, from_label: str, to_label: str, *, actuals: bool = False,
                percent: Decimal = Decimal(0)) -> BudgetResult:
    """The target year's budget from the source year's budget, or from its actuals, ± %."""
    with book.transaction() as s:
        src = year_by_label(s, from_label)
        dst = year_by_label(s, to_label)
        if src.id == dst.id:
            raise ValidationError("choisissez deux exercices différents", field="--to")
        src_chart = s.get(Chart, src.chart_id).code
        dst_chart = s.get(Chart, dst.chart_id).code
        if actuals:
            rows = _actual_rows(book, s, src.id)
        else:
            rows = [BudgetRow(b.code, b.amount, b.label,
                              s.get(Action, b.action_id).code if b.action_id else None,
                              s.get(Tiers, b.tiers_id).name if b.tiers_id else None)
                    for b in s.scalars(select(BudgetLine).where(BudgetLine.year_id == src.id)
                                       .order_by(BudgetLine.id))]
        if not rows:
            # A new association's first year has no budget: its réalisé is what to start from.
            raise ValidationError(
                f"rien à copier : l'exercice {src.label} n'a ni charges ni produits"
                if actuals else
                f"rien à copier : l'exercice {src.label} n'a pas de budget ; copiez plutôt son "
                f"réalisé (les comptes de l'exercice)")
        codes = _codes(s, dst.chart_id)
        moved = []
        for r in rows:
            code = r.code
            if src_chart == "pca2018" and dst_chart == "pca2025":
                code = CODES_2018_TO_2025.get(code, code)
            while not _valid_code(code, codes) and len(code) > 2:
                code = code[:-1]
            moved.append(BudgetRow(code, scale(r.amount, percent), r.label, r.action, r.funder))
        # A copy replaces the whole target budget.
        s.execute(delete(BudgetLine).where(BudgetLine.year_id == dst.id))
        n = _replace(s, dst, moved, f"budget {src.label}")
        charges, produits = _totals(s, dst.id)
        return BudgetResult(dst.label, n, charges, produits)


def _actual_rows(book: Book, s: Session, year_id: int) -> list[BudgetRow]:
    """Actuals of classes 6, 7, 8 per account, action and funder, on their natural side."""
    conn = book.raw_connection(s)
    rows = []
    for code, action, funder, debit, credit in conn.execute(
            "SELECT a.code, ac.code, t.name, SUM(l.debit), SUM(l.credit) FROM entry e "
            "JOIN entry_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id "
            "LEFT JOIN action ac ON ac.id = l.action_id "
            "LEFT JOIN tiers t ON t.id = l.tiers_id AND t.funder_category IS NOT NULL "
            "WHERE e.year_id = ? AND substr(a.code, 1, 1) IN ('6', '7', '8') "
            "GROUP BY a.code, ac.code, t.name ORDER BY a.code, "
            # Lines without action or funder first, in both engines (SQLite's NULL order).
            "CASE WHEN ac.code IS NULL THEN 0 ELSE 1 END, ac.code, "
            "CASE WHEN t.name IS NULL THEN 0 ELSE 1 END, t.name", (year_id,)):
        natural = debit - credit if code[0] == "6" or code.startswith("86") else credit - debit
        if natural > 0:
            rows.append(BudgetRow(code, Money(natural), "", action, funder))
    return rows
