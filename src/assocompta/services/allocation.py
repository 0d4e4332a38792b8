"""The AGM's decision on a closed year's result (affectation du résultat).

The closing leaves the result on 120 (excédent) or 129 (déficit) through the à-nouveaux, and
each later closing carries it on. :func:`record_allocation` moves it to report à nouveau
(110/119) and/or reserves (1068) by an OD entry of the first OPEN year after the closed one:
the next year, or a later one when the AG met after the next closing (an association may
close two years before the AG approves the first: the decision must stay recordable).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from ..domain.closing import allocation_lines, year_result
from ..domain.entries import EntryDraft, check_entry
from ..domain.errors import ValidationError
from ..domain.money import ZERO, Money
from ..formatting import euros
from ..storage.db import Book
from .ledger import Posted, insert_entry, next_number, year_by_label
from .retry import once_more_on_conflict
from .year_spans import YearSpan, account_balances, find_year

ALLOCATION_JOURNAL = "OD"


def allocation_label(closed_label: str) -> str:
    return f"Affectation du résultat de l'exercice {closed_label}"


def how_to_allocate(closed_label: str) -> str:
    """Where a treasurer records the decision, in the app and on the command line."""
    return ("menu Exercice › Affecter le résultat (après l'AG)…, ou assocompta year allocate "
            f"BOOK --year {closed_label} --report … --reserves …")


@dataclass(frozen=True)
class AllocationProposal:
    """The result to allocate and the default split (everything to report à nouveau)."""

    year: str
    next_year: str | None  # where the entry goes: the first open year after ``year``
    result: Money
    report: Money
    reserves: Money
    closed: bool
    recorded: bool


def _target(year: YearSpan, years: list[YearSpan]) -> YearSpan | None:
    """The first open year after ``year``: the result still sits on 120/129 there."""
    return next((y for y in years if y.start > year.end and not y.closed), None)


def recorded_in(conn: sqlite3.Connection, year: YearSpan) -> tuple[int, str] | None:
    """(number, year label) of ``year``'s allocation entry in any later year, or None."""
    row = conn.execute(
        "SELECT e.number, f.label FROM entry e JOIN fiscal_year f ON f.id = e.year_id "
        "WHERE e.label = ? AND f.start_date > ? ORDER BY f.start_date LIMIT 1",
        (allocation_label(year.label), year.end.isoformat())).fetchone()
    return (row[0], row[1]) if row else None


def unallocated(conn: sqlite3.Connection, years: list[YearSpan], before: YearSpan
                ) -> list[tuple[str, Money]]:
    """(label, result) of each closed year before ``before`` whose result has no allocation
    entry yet."""
    out = []
    for y in years:
        if y.closed and y.end < before.start and recorded_in(conn, y) is None:
            result = year_result(account_balances(conn, y.id))
            if result:
                out.append((y.label, result))
    return out


def allocation_proposal(book: Book, closed_label: str) -> AllocationProposal:
    """The closed year's result and the default split: everything to report à nouveau."""
    with book.session() as s:
        conn = book.raw_connection(s)
        year, years = find_year(conn, closed_label)
        target = _target(year, years)
        result = year_result(account_balances(conn, year.id))
        recorded = recorded_in(conn, year) is not None
    return AllocationProposal(closed_label, target.label if target else None, result,
                              abs(result), ZERO, year.closed, recorded)


@once_more_on_conflict
def record_allocation(book: Book, closed_label: str, *, report: Money, reserves: Money,
                      date: dt.date | None = None) -> Posted:
    """Book the AGM's decision on the closed year's result as an OD entry of the first open
    year after it.

    Excédent: D 120 / C 110 (report à nouveau) and/or C 1068 (réserves). Déficit: C 129 /
    D 119 and/or D 1068 (imputation sur les réserves). The two amounts add up to the result.
    """
    with book.transaction() as s:
        conn = book.raw_connection(s)
        year, years = find_year(conn, closed_label)
        if not year.closed:
            raise ValidationError(f"l'exercice {closed_label} n'est pas clos : clôturez-le avant "
                                  "d'enregistrer l'affectation de son résultat")
        done = recorded_in(conn, year)
        if done is not None:
            raise ValidationError(f"l'affectation du résultat {closed_label} est déjà "
                                  f"enregistrée (écriture n°{done[0]} de l'exercice {done[1]})")
        target = _target(year, years)
        if target is None:
            raise ValidationError(f"aucun exercice ouvert après {closed_label} pour y "
                                  "enregistrer l'affectation : ajoutez l'exercice suivant "
                                  "(Exercice › Ajouter un exercice…, ou assocompta year add)")
        result = year_result(account_balances(conn, year.id))
        lines = allocation_lines(result, report, reserves)
        _still_there(conn, closed_label, result, target)
        if date is None:
            date = min(max(dt.date.today(), target.start), target.end)
        if not target.start <= date <= target.end:
            raise ValidationError(f"le {date:%d/%m/%Y} n'est pas dans l'exercice "
                                  f"{target.label}, où l'affectation s'enregistre",
                                  field="date")
        draft = EntryDraft(date, ALLOCATION_JOURNAL, allocation_label(closed_label), lines,
                           piece_ref=f"AG {closed_label}")
        check_entry(draft)
        entry = insert_entry(s, year_by_label(s, target.label),
                             next_number(s, target.id), draft)
        return Posted(entry.id, target.label, entry.number)


def _still_there(conn: sqlite3.Connection, closed_label: str, result: Money,
                 target: YearSpan) -> None:
    """Refuse when the target year's 120 (or 129) no longer holds the result: its allocation
    was typed by hand, and a second one would drive the account to the wrong side."""
    account = "120" if result > ZERO else "129"
    held = sum(b for code, b in account_balances(conn, target.id).items()
               if code.startswith(account))
    held = -held if result > ZERO else held  # 120 is a crédit, 129 a débit
    if held < abs(result.cents):
        raise ValidationError(
            f"le résultat {closed_label} ({euros(abs(result))}) n'est plus en {account} dans "
            f"l'exercice {target.label} ({euros(Money(max(held, 0)))}) : son affectation "
            "a-t-elle été saisie à la main ? Rien n'a été écrit.")
