"""Editing a budget line by line, as the budget grid does: one cell, one transaction.

Each function returns a :class:`BudgetChange` naming the lines written, added or removed, so
that the grid refreshes just those rows. A refused value raises a ValidationError naming the
field; nothing is written then.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.errors import ValidationError
from ..domain.money import Money
from ..domain.parties import FunderCategory
from ..storage.db import Book
from ..storage.orm import Account, Action, BudgetLine, FiscalYear, Tiers
from ..text import clean_text
from .budget import _codes, _valid_code
from .ledger import year_by_label

#: action filter meaning "every line, with or without an action"
ALL = "*"
#: the fields a cell edit may change, as the grid names them
FIELDS = ("compte", "montant", "libellé", "action", "financeur")


@dataclass(frozen=True)
class LineValues:
    """What a budget line says; action and financeur are codes (None: none)."""

    code: str
    amount: Money = Money(0)  # Money is immutable: one shared zero is safe
    label: str = ""
    action: str | None = None
    funder: str | None = None


@dataclass(frozen=True)
class BudgetLineRow:
    """One line as the grid shows it."""

    id: int
    values: LineValues
    account_label: str
    funder_name: str | None
    funder_category: FunderCategory | None


@dataclass(frozen=True)
class BudgetChange:
    year_id: int
    changed: tuple[int, ...] = ()
    added: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()


# -- reading -----------------------------------------------------------------------------
def _row(s: Session, b: BudgetLine, labels: dict[str, str]) -> BudgetLineRow:
    action = s.get(Action, b.action_id) if b.action_id else None
    tiers = s.get(Tiers, b.tiers_id) if b.tiers_id else None
    category = FunderCategory(tiers.funder_category) if tiers and tiers.funder_category else None
    return BudgetLineRow(
        b.id, LineValues(b.code, b.amount, b.label, action.code if action else None,
                         tiers.code if tiers else None),
        labels.get(b.code, ""), tiers.name if tiers else None, category)


def _labels(s: Session, chart_id: int) -> dict[str, str]:
    return dict(s.execute(select(Account.code, Account.label)
                          .where(Account.chart_id == chart_id)).all())


def budget_lines(book: Book, year_id: int, action: str | None = ALL) -> list[BudgetLineRow]:
    """The year's lines in account order; ``action``: a code, None (lines without action) or
    ALL."""
    with book.session() as s:
        year = s.get(FiscalYear, year_id)
        query = select(BudgetLine).where(BudgetLine.year_id == year_id)
        if action is None:
            query = query.where(BudgetLine.action_id.is_(None))
        elif action != ALL:
            query = query.join(Action, Action.id == BudgetLine.action_id).where(
                Action.code == action)
        labels = _labels(s, year.chart_id)
        lines = s.scalars(query.order_by(BudgetLine.code, BudgetLine.id)).all()
        return [_row(s, b, labels) for b in lines]


def budget_line(book: Book, line_id: int) -> BudgetLineRow | None:
    with book.session() as s:
        b = s.get(BudgetLine, line_id)
        if b is None:
            return None
        return _row(s, b, _labels(s, s.get(FiscalYear, b.year_id).chart_id))


def funders(book: Book) -> list[tuple[str, str, FunderCategory | None]]:
    """Every tiers as (code, name, funder category), funders first."""
    with book.session() as s:
        rows = s.execute(select(Tiers.code, Tiers.name, Tiers.funder_category)
                         .order_by(Tiers.funder_category.is_(None), Tiers.name)).all()
    return [(c, n, FunderCategory(f) if f else None) for c, n, f in rows]


# -- checking ----------------------------------------------------------------------------
def parse_amount(value: Money | str) -> Money:
    if isinstance(value, str):
        if not value.strip():
            raise ValidationError("montant vide : tapez un montant, 0 si besoin",
                                  field="montant")
        try:
            value = Money.parse(value)
        except ValidationError as exc:
            raise exc.located(field="montant") from None
    if value.cents < 0:
        raise ValidationError("montant négatif : un budget s'écrit en montants positifs "
                              "(une recette va en classe 7)", field="montant")
    return value


def _resolved(s: Session, year: FiscalYear, v: LineValues) -> tuple[int | None, int | None]:
    """Check a whole line against the year's chart; (action id, tiers id)."""
    code = v.code.strip()
    if not (code.isdigit() and code.isascii() and code[:1] in "678" and len(code) >= 2):
        raise ValidationError(f"« {code} » : un budget porte sur un compte ou une rubrique des "
                              "classes 6, 7 ou 8 (ex. 60, 6063, 74, 864)", field="compte")
    if not _valid_code(code, _codes(s, year.chart_id)):
        raise ValidationError(f"compte {code} absent du plan comptable de l'exercice "
                              f"{year.label} : choisissez un compte de la liste", field="compte")
    parse_amount(v.amount)
    action_id = tiers_id = None
    if v.action:
        action = s.scalars(select(Action).where(Action.code == v.action)).first()
        if action is None:
            raise ValidationError(f"action « {v.action} » inconnue : créez-la dans Tiers et "
                                  "actions", field="action")
        action_id = action.id
    if v.funder:
        tiers = s.scalars(select(Tiers).where(Tiers.code == v.funder)).first()
        if tiers is None:
            raise ValidationError(f"financeur « {v.funder} » inconnu : créez-le dans Tiers et "
                                  "actions", field="financeur")
        if code.startswith("74") and tiers.funder_category is None:
            # The CERFA sorts subsidies by funder category: a 74 line needs one.
            raise ValidationError(f"{tiers.name} n'a pas de type de financeur (État, "
                                  "commune…) : précisez-le dans Tiers et actions pour le "
                                  "ranger dans le CERFA", field="financeur")
        tiers_id = tiers.id
    return action_id, tiers_id


def _write(s: Session, line: BudgetLine, year: FiscalYear, v: LineValues) -> None:
    line.action_id, line.tiers_id = _resolved(s, year, v)
    line.code, line.amount, line.label = v.code.strip(), parse_amount(v.amount), clean_text(v.label).strip()


# -- writing -----------------------------------------------------------------------------
def add_budget_line(book: Book, year_label: str, values: LineValues) -> BudgetChange:
    """A new line in the year's budget."""
    with book.transaction() as s:
        year = year_by_label(s, year_label)
        line = BudgetLine(year_id=year.id, code="", amount=Money(0))
        _write(s, line, year, values)
        s.add(line)
        s.flush()
        return BudgetChange(year.id, added=(line.id,))


def set_budget_line(book: Book, line_id: int, field: str, value: object) -> BudgetChange:
    """Change one field of a line (``field`` one of FIELDS)."""
    if field not in FIELDS:
        raise ValueError(f"unknown budget field {field!r}")
    with book.transaction() as s:
        line = s.get(BudgetLine, line_id)
        if line is None:
            raise ValidationError("cette ligne de budget n'existe plus")
        year = s.get(FiscalYear, line.year_id)
        current = _row(s, line, {}).values
        if field == "montant":
            value = parse_amount(value)  # type: ignore[arg-type]
        elif isinstance(value, str):
            value = value.strip() or (None if field in ("action", "financeur") else "")
        key = {"compte": "code", "montant": "amount", "libellé": "label", "action": "action",
               "financeur": "funder"}[field]
        _write(s, line, year, replace(current, **{key: value}))
        s.flush()
        return BudgetChange(year.id, changed=(line.id,))


def delete_budget_line(book: Book, line_id: int) -> BudgetChange:
    with book.transaction() as s:
        line = s.get(BudgetLine, line_id)
        if line is None:
            raise ValidationError("cette ligne de budget n'existe plus")
        year_id = line.year_id
        s.delete(line)
        s.flush()
        return BudgetChange(year_id, removed=(line_id,))


def replace_budget_lines(book: Book, year_label: str, lines: list[LineValues]) -> BudgetChange:
    """Put back a whole budget as it was (undo of a copy): every line checked first."""
    with book.transaction() as s:
        year = year_by_label(s, year_label)
        removed = tuple(s.scalars(select(BudgetLine.id).where(BudgetLine.year_id == year.id)))
        s.execute(delete(BudgetLine).where(BudgetLine.year_id == year.id))
        added = []
        for v in lines:
            line = BudgetLine(year_id=year.id, code="", amount=Money(0))
            _write(s, line, year, v)
            s.add(line)
            s.flush()
            added.append(line.id)
        return BudgetChange(year.id, added=tuple(added), removed=removed)
