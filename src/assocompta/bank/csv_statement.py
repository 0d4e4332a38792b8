"""Reading a bank statement exported as CSV by a French bank.

What banks do, and what is handled: cp1252 or UTF-8 (with or without BOM); ``;``, ``,`` or
tab separators; a few lines of account details before the header; dates ``dd/mm/yyyy``
(also ``dd/mm/yy``, ``dd.mm.yyyy``, ISO); decimal commas and spaces between thousands; one
signed amount column or separate débit and crédit columns (débits sometimes written
negative); a balance or total line after the rows. The columns are found by their names;
a layout can also be given explicitly (the app's column-mapping dialog will).

Reading is all-or-nothing: every problem is listed with its line and column, nothing is
returned unless the whole file reads.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import ImportFailed, ValidationError
from ..domain.money import Money
from ..text import fold

MAX_PROBLEMS = 50

# Column names as banks write them, folded (lower case, no accents); first match wins, and
# "date de valeur" is looked at before "date".
NAMES = {
    "value_date": ("date de valeur", "date valeur", "valeur"),
    "date": ("date operation", "date d'operation", "date comptable", "date"),
    "label": ("libelle", "libelle operation", "libelle de l'operation", "description",
              "intitule", "nature de l'operation", "operation", "detail"),
    "amount": ("montant", "montant (eur)", "montant eur", "montant en euros", "somme"),
    "debit": ("debit", "debit euros", "debit (eur)", "montant debit"),
    "credit": ("credit", "credit euros", "credit (eur)", "montant credit"),
}
FOOTER_WORDS = ("total", "solde", "nouveau solde", "ancien solde")


@dataclass(frozen=True)
class Layout:
    """Which column (0-based) holds what; either ``amount`` or ``debit`` and ``credit``."""

    date: int
    label: int
    amount: int | None = None
    debit: int | None = None
    credit: int | None = None
    value_date: int | None = None

    def __post_init__(self) -> None:
        if self.amount is None and (self.debit is None or self.credit is None):
            raise ValueError("a layout needs an amount column, or débit and crédit columns")


@dataclass(frozen=True)
class StatementLine:
    line: int                # line number in the file, 1-based
    date: dt.date
    amount: Money            # money in is positive, money out negative
    label: str
    value_date: dt.date | None = None


@dataclass(frozen=True)
class Statement:
    lines: tuple[StatementLine, ...]
    encoding: str
    delimiter: str
    header_line: int         # 1-based
    columns: tuple[str, ...]
    layout: Layout


def parse_date(text: str) -> dt.date:
    raw = text.strip()
    try:
        if len(raw) == 10 and raw[4] == "-":
            return dt.date.fromisoformat(raw)
        parts = raw.replace(".", "/").replace("-", "/").split("/")
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            raise ValueError
        day, month, year = (int(p) for p in parts)
        return dt.date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        raise ValueError(f"« {raw} » n'est pas une date (jj/mm/aaaa)") from None


def _is_date(text: str) -> bool:
    try:
        parse_date(text)
    except ValueError:
        return False
    return True


def _decode(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _find(header: list[str], key: str, taken: set[int]) -> int | None:
    folded = [fold(h) for h in header]
    for name in NAMES[key]:
        for i, h in enumerate(folded):
            # "Montant", "Montant(EUROS)", "Débit euros" — not "Datesomething".
            if i not in taken and h.startswith(name) and not h[len(name):len(name) + 1].isalpha():
                return i
    return None


def detect_layout(header: list[str]) -> Layout | None:
    """The layout a header row names, or None when it is not a statement's header."""
    taken: set[int] = set()
    found: dict[str, int | None] = {}
    for key in ("value_date", "date", "label", "debit", "credit", "amount"):
        found[key] = _find(header, key, taken)
        if found[key] is not None:
            taken.add(found[key])
    if found["date"] is None or found["label"] is None:
        return None
    if found["debit"] is not None and found["credit"] is not None:
        return Layout(found["date"], found["label"], debit=found["debit"],
                      credit=found["credit"], value_date=found["value_date"])
    if found["amount"] is not None:
        return Layout(found["date"], found["label"], amount=found["amount"],
                      value_date=found["value_date"])
    return None


def _rows(text: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(text.splitlines(), delimiter=delimiter))


def _header(text: str) -> tuple[str, int, list[list[str]], Layout]:
    """(delimiter, header index, rows, layout) for the first row that names the columns."""
    for delimiter in (";", "\t", ","):
        rows = _rows(text, delimiter)
        for i, row in enumerate(rows[:40]):
            found = detect_layout(row) if len(row) >= 3 else None
            if found is not None:
                return delimiter, i, rows, found
    raise ValidationError("aucune ligne d'en-tête reconnue (il faut au moins une colonne "
                          "Date, une colonne Libellé et une colonne Montant, ou Débit et "
                          "Crédit) : choisissez les colonnes à la main")


def _sniff_delimiter(text: str) -> str:
    sample = text.splitlines()[:40]
    return max((";", "\t", ","), key=lambda d: sum(line.count(d) for line in sample))


def _cell(row: list[str], column: int | None) -> str:
    return row[column].strip() if column is not None and column < len(row) else ""


def _amount(row: list[str], layout: Layout) -> Money:
    if layout.amount is not None:
        text = _cell(row, layout.amount)
        if not text:
            raise ValidationError("montant vide", field="Montant")
        return Money.parse(text)
    debit, credit = _cell(row, layout.debit), _cell(row, layout.credit)
    if debit and credit and Money.parse(debit) and Money.parse(credit):
        raise ValidationError("débit et crédit remplis tous les deux", field="Débit")
    if debit and Money.parse(debit):
        return -abs(Money.parse(debit))
    if credit:
        return abs(Money.parse(credit))
    raise ValidationError("ni débit ni crédit", field="Débit")


def read_statement(path: Path | str, layout: Layout | None = None,
                   header_line: int | None = None) -> Statement:
    """Every operation of the statement, or ImportFailed listing each problem.

    Without ``layout`` the header row and its columns are found by their names; with it,
    ``header_line`` (1-based) says which row is the header.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"lecture impossible ({exc.strerror})", file=path.name) from None
    text, encoding = _decode(data)
    if layout is not None:
        if header_line is None:
            raise ValueError("an explicit layout needs its header_line")
        delimiter = _sniff_delimiter(text)
        rows, at = _rows(text, delimiter), header_line - 1
    else:
        try:
            delimiter, at, rows, layout = _header(text)
        except ValidationError as exc:
            raise exc.located(file=path.name) from None
    lines: list[StatementLine] = []
    problems: list[ValidationError] = []
    more = 0
    for n, row in enumerate(rows[at + 1:], start=at + 2):
        if not any(cell.strip() for cell in row):
            continue
        date_text = _cell(row, layout.date)
        first = fold(next(cell for cell in row if cell.strip()))
        if first.startswith(FOOTER_WORDS) and not _is_date(date_text):
            continue  # a balance or total line, before or after the operations
        try:
            try:
                date = parse_date(date_text)
            except ValueError as exc:
                raise ValidationError(str(exc), field="Date") from None
            value_date = None
            if _cell(row, layout.value_date):
                try:
                    value_date = parse_date(_cell(row, layout.value_date))
                except ValueError as exc:
                    raise ValidationError(str(exc), field="Date de valeur") from None
            try:
                amount = _amount(row, layout)
            except ValidationError as exc:
                raise exc.located(field=exc.field or "Montant") from None
            if not amount:
                raise ValidationError("montant nul", field="Montant")
            label = " ".join(_cell(row, layout.label).split())
            lines.append(StatementLine(n, date, amount, label, value_date))
        except ValidationError as exc:
            if len(problems) < MAX_PROBLEMS:
                problems.append(exc.located(file=path.name, line=n))
            else:
                more += 1
    if problems:
        raise ImportFailed(problems, more)
    if not lines:
        raise ValidationError("aucune opération après l'en-tête", file=path.name,
                              line=at + 1)
    return Statement(tuple(lines), encoding, delimiter, at + 1, tuple(rows[at]), layout)
