"""The report model: what every writer (XLSX, PDF, CSV, the app's tree) renders.

A report is built once, by SQL aggregation, into rows of labels and amounts. Rows that are
sums of other rows carry their formula (which rows, with which sign), so that a workbook can
hold live SUM formulas whose recalculated values are the model's own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Callable, Iterator, NamedTuple

from ..domain.money import Money


class Percent(Decimal):
    """A ratio (0.953 = 95,3 %) shown in a report's % column; never money."""

    def french(self) -> str:
        return f"{self * 100:.1f}".replace(".", ",") + " %"


class RowKind(str, Enum):
    HEADING = "heading"    # a section title, no amounts
    LINE = "line"          # an amount from the books
    DONT = "dont"          # "dont …": part of the line above, not added again
    DETAIL = "detail"      # one account under its line (--detail)
    SUBTOTAL = "subtotal"  # sum of the rows below it
    TOTAL = "total"        # a section total
    RESULT = "result"      # difference of totals (résultat, excédent ou déficit)
    #: The amount columns' headings from this row on, in ``texts`` (the bilan's passif:
    #: « Exercice N », « Exercice N-1 » under an actif of Brut | Amortissements | Net…).
    #: Printed, a level-0 one starts a new page (the passif), a deeper one a new table.
    COLUMNS = "columns"
    #: A paragraph the reader reads (an annexe note, a compte rendu's answer): ``label``
    #: spans the whole width, wrapped; no amounts.
    TEXT = "text"


@dataclass(frozen=True)
class Sum:
    """A formula adding consecutive rows (indexes in ``rows``): it iterates as (sign, index)
    pairs like any formula, without holding a pair for each of a ledger's million lines."""

    rows: range

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return ((1, i) for i in self.rows)

    def __len__(self) -> int:
        return len(self.rows)


class Row(NamedTuple):
    """One line of a report. A named tuple (as beancount's records): immutable, and made in
    a fifth of a frozen dataclass's time, for ledgers of millions of rows."""

    kind: RowKind
    label: str
    values: tuple[Money | Percent | None, ...] = ()
    code: str = ""
    level: int = 0
    #: ((sign, index of another row), ...): this row's values are that signed sum.
    formula: tuple[tuple[int, int], ...] | Sum | None = None
    #: Which amount columns the formula applies to (None: all of them).
    formula_columns: tuple[int, ...] | None = None
    #: Text columns for reports with several (date, journal, n°, pièce, libellé…).
    texts: tuple[str, ...] = ()

    def key_texts(self, n: int) -> list[str]:
        """The row's text cells for a report with ``n`` text columns."""
        if self.kind in (RowKind.COLUMNS, RowKind.TEXT):
            return [self.label] + [""] * (n - 1)
        if self.texts:
            return list(self.texts) + [""] * (n - len(self.texts))
        if n == 1:
            return [self.label]
        return [self.code, self.label] + [""] * (n - 2)

    def has_formula(self, column: int) -> bool:
        return bool(self.formula) and (self.formula_columns is None
                                       or column in self.formula_columns)

    @property
    def emphasis(self) -> bool:
        return self.kind in (RowKind.TOTAL, RowKind.RESULT)


@dataclass(frozen=True)
class Check:
    """A rule that holds on the report; a failing one is shown, never hidden."""

    label: str
    ok: bool
    detail: str = ""

    def sentence(self) -> str:
        return f"{'✓' if self.ok else '✗'} {self.detail or self.label}"


class RowStream:
    """Rows made again on each iteration instead of held: a grand livre of a million entries
    has two million rows, more memory than its workbook. Whatever ``produce`` reads (the
    book) must stay open while the report is used."""

    def __init__(self, produce: Callable[[], Iterator[Row]]):
        self._produce = produce

    def __iter__(self) -> Iterator[Row]:
        return self._produce()


@dataclass(frozen=True)
class Report:
    title: str
    association: str
    period: str  # "Exercice 2025 (01/01/2025 – 31/12/2025)"
    columns: tuple[str, ...]  # amount column headings
    rows: tuple[Row, ...] | RowStream  # a RowStream is iterated once per use, never indexed
    checks: tuple[Check, ...] = ()
    edited: dt.date = field(default_factory=dt.date.today)
    key_columns: tuple[str, ...] = ("Libellé",)  # text columns before the amounts
    notes: tuple[str, ...] = ()
    #: « Document provisoire : 12 écritures en brouillard incluses » when the figures include
    #: drafts (entries not yet validated, PCG art. 921-3); "" for a definitive document.
    provisional: str = ""
    #: Printed right after the report before it rather than on a new page (the annexe's
    #: notes: a page for each left most pages nearly empty).
    follows: bool = False
    #: A document for the general meeting or a funder (statements, annexe, CERFA): its
    #: printed form shows a check only when it fails; the app and the command line show
    #: them all. A ledger or an état de rapprochement prints its checks, part of its proof.
    quiet_checks: bool = False

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def row(self, label: str) -> Row:
        """The first row with this label (tests and the app look rows up by what users read)."""
        for r in self.rows:
            if r.label == label:
                return r
        raise KeyError(label)


def evaluate(rows: list[Row], index: int, column: int) -> Money:
    """The value a formula row must have, computed from the rows it names."""
    total = Money(0)
    for sign, other in rows[index].formula or ():
        value = rows[other].values[column]
        if value is not None:
            total = total + value if sign > 0 else total - value
    return total
