"""What every statement reader returns: the operations, in the bank's own words."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain.money import Money
from ..text import clean_text


@dataclass(frozen=True)
class StatementLine:
    line: int                # line number in the file, 1-based
    date: dt.date
    amount: Money            # money in is positive, money out negative
    label: str
    value_date: dt.date | None = None
    reference: str = ""      # the bank's id for the operation (OFX FITID, cheque number)


@dataclass(frozen=True)
class Statement:
    """A statement read from an OFX or QIF file (CSV adds its layout: csv_statement)."""

    lines: tuple[StatementLine, ...]
    format: str              # "ofx" or "qif"
    bank_account: str = ""   # the account number the file names, when it does


def clean_label(text: str) -> str:
    """Spaces collapsed: banks pad their labels to fixed widths; control characters made
    spaces first (see text.clean_text)."""
    return " ".join(clean_text(text).split())


#: Years a bank date may carry: ``0001`` or ``9999`` is a typo or a broken export, never a
#: year to move to 2001 or to store as it is.
YEARS = range(1900, 3000)


def year_refused(date: dt.date, raw: str) -> str | None:
    """What to say about ``date`` (read from ``raw``) when its year is outside :data:`YEARS`."""
    if date.year in YEARS:
        return None
    return (f"« {raw.strip()} » : l'année {date.year:04d} est hors des années possibles "
            f"({YEARS.start} à {YEARS.stop - 1}) ; corrigez la date dans le fichier")
