"""A bank statement being reconciled and the book's bank lines it ticks (pure values)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .money import Money


@dataclass(frozen=True)
class Statement:
    """A bank statement being (or once) reconciled; money as the bank sees it (in > 0)."""

    id: int
    account: str
    date: dt.date
    opening: Money
    closing: Money
    finished_at: str | None

    @property
    def finished(self) -> bool:
        return self.finished_at is not None


@dataclass(frozen=True)
class BankLine:
    """A line of the book on a bank account, as the reconciliation shows it."""

    line_id: int
    entry_id: int
    date: dt.date
    journal: str
    year: str
    number: int
    piece: str
    label: str
    amount: Money  # débit − crédit: money in > 0, as on the statement
    ticked: bool = False
