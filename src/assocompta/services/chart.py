"""The chart of accounts of a year as the Plan comptable view shows and changes it.

Chart accounts keep their official labels; only the association's own sub-accounts are
renamed. Hiding takes an unused account out of the lists offered when typing an entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select, text

from ..domain.accounts import AccountKind
from ..domain.errors import ClosedYearError, ValidationError
from ..reports.totals import account_totals
from ..storage.db import Book
from ..storage.orm import (Account, BankLayout, BankLine, BankRule, BudgetLine, Entry, EntryLine,
                           FiscalYear, Reconciliation)
from ..text import clean_text
from .ledger import year_by_label


@dataclass(frozen=True)
class ChartRow:
    code: str
    label: str
    kind: AccountKind
    is_custom: bool
    hidden: bool
    used: bool      # has lines in the year (its own, not its sub-accounts')
    balance: int    # débit − crédit of the year, cents, the account and its sub-accounts


def chart_rows(book: Book, year_id: int, *, show_hidden: bool = False) -> list[ChartRow]:
    """Accounts of the year's chart in code order, with the year's balances."""
    with book.session() as s:
        conn = book.raw_connection(s)
        totals = account_totals(conn, year_id)
        accounts = conn.execute(
            "SELECT a.code, a.label, a.kind, a.is_custom, a.hidden FROM account a "
            "JOIN fiscal_year f ON f.chart_id = a.chart_id WHERE f.id = ? ORDER BY a.code",
            (year_id,)).fetchall()
    rows = []
    for code, label, kind, custom, hidden in accounts:
        if hidden and not show_hidden:
            continue
        # A rubric shows what its accounts add up to (a few hundred prefixes: cheap).
        balance = sum(t.balance for c, t in totals.items() if c.startswith(code))
        rows.append(ChartRow(code, label, AccountKind(kind), bool(custom), bool(hidden),
                             code in totals, balance))
    return rows


def _account(s, year: FiscalYear, code: str) -> Account:
    acc = s.scalars(select(Account).where(Account.chart_id == year.chart_id,
                                          Account.code == code)).first()
    if acc is None:
        raise ValidationError(f"compte {code} absent du plan comptable de l'exercice "
                              f"{year.label}", field="compte")
    return acc


def rename_account(book: Book, year_label: str, code: str, label: str) -> str:
    """Rename a sub-account the association created; returns its code."""
    label = clean_text(label).strip()
    if not label:
        raise ValidationError("libellé vide : tapez le nom du compte", field="libellé")
    with book.transaction() as s:
        acc = _account(s, year_by_label(s, year_label), code)
        if not acc.is_custom:
            raise ValidationError(f"le compte {code} est un compte du plan comptable officiel : "
                                  "son libellé ne change pas. Créez un sous-compte à votre nom "
                                  f"(ex. {code}1)", field="libellé")
        closed = s.scalars(select(FiscalYear.label).join(Entry, Entry.year_id == FiscalYear.id)
                           .join(EntryLine, EntryLine.entry_id == Entry.id)
                           .where(EntryLine.account_id == acc.id,
                                  FiscalYear.closed_at.is_not(None)).limit(1)).first()
        if closed is not None:
            # Its label is printed in that year's books: they stay as they were closed.
            raise ClosedYearError(f"le compte {code} a des écritures dans l'exercice clos "
                                  f"{closed} : son libellé ne change plus")
        acc.label = label
        return acc.code


def set_account_hidden(book: Book, year_label: str, code: str, hidden: bool) -> str:
    """Hide an account the year does not use (or show it again); returns its code."""
    with book.transaction() as s:
        year = year_by_label(s, year_label)
        acc = _account(s, year, code)
        if hidden:
            used = s.scalars(select(EntryLine.id).join(Entry, Entry.id == EntryLine.entry_id)
                             .where(EntryLine.account_id == acc.id, Entry.year_id == year.id)
                             .limit(1)).first()
            if used is not None:
                raise ValidationError(f"le compte {code} a des écritures sur l'exercice "
                                      f"{year.label} : il reste visible", field="compte")
        acc.hidden = hidden
        return acc.code


def remove_sub_account(book: Book, year_label: str, code: str) -> None:
    """Remove a sub-account the association created (undoing its creation) while nothing in
    the book names it; refused, saying what uses it, once something does."""
    with book.transaction() as s:
        year = year_by_label(s, year_label)
        acc = s.scalars(select(Account).where(Account.chart_id == year.chart_id,
                                              Account.code == code)).first()
        if acc is None:
            return
        if not acc.is_custom:
            raise ValidationError(f"le compte {code} est un compte du plan comptable officiel : "
                                  "il reste dans le plan")
        uses = (
            ("écritures", select(EntryLine.id).where(EntryLine.account_id == acc.id)),
            ("sous-compte", select(Account.id).where(Account.parent_id == acc.id)),
            ("budget", select(BudgetLine.id).join(FiscalYear, FiscalYear.id ==
                                                     BudgetLine.year_id)
             .where(FiscalYear.chart_id == year.chart_id, BudgetLine.code == code)),
            ("lignes de relevé", select(BankLine.id).where(
                or_(BankLine.account == code, BankLine.counterpart == code))),
            ("règle de la banque", select(BankRule.id).where(
                or_(BankRule.account == code, BankRule.counterpart == code))),
            ("rapprochement", select(Reconciliation.id).where(Reconciliation.account == code)),
            ("relevés importés", select(BankLayout.account)
             .where(BankLayout.account == code)),
        )
        for what, query in uses:
            if s.scalars(query.limit(1)).first() is not None:
                raise ValidationError(f"le compte {code} ({acc.label}) sert déjà ({what}) : "
                                      "il reste dans le plan")
        # Totals kept per month: an entry typed then deleted leaves zero rows behind.
        s.execute(text("DELETE FROM account_month_total WHERE account_id = :id"), {"id": acc.id})
        s.delete(acc)
