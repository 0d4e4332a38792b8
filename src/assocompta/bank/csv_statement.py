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

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..domain.csv_rows import Rows, read_rows, refuse_unclosed_quotes
from ..domain.errors import ImportFailed, ValidationError
from ..domain.money import Money
from ..text import fold, refuse_nul
from .statement import StatementLine, clean_label, year_refused

__all__ = ["ColumnMapping", "Layout", "Peek", "Statement", "StatementLine", "detect_layout",
           "mapping_of", "peek", "read_mapped", "read_statement"]

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
_QUOTE_ADVICE = ("refermez ou retirez ce guillemet dans le fichier, ou réexportez le relevé "
                 "depuis le site de la banque")


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
class Statement:
    lines: tuple[StatementLine, ...]
    encoding: str
    delimiter: str
    header_line: int         # 1-based
    columns: tuple[str, ...]
    layout: Layout
    format: str = "csv"


def parse_date(text: str) -> dt.date:
    raw = text.strip()
    try:
        if len(raw) == 10 and raw[4] == "-":
            date = dt.date.fromisoformat(raw)
        else:
            parts = raw.replace(".", "/").replace("-", "/").split("/")
            if len(parts) != 3 or not all(p.isdigit() for p in parts):
                raise ValueError
            day, month, year = (int(p) for p in parts)
            # Only a two-digit year is a short one: « 0001 » is no 2001.
            date = dt.date(year + 2000 if len(parts[2]) <= 2 else year, month, day)
    except (ValueError, OverflowError):  # OverflowError: twenty-digit days or years
        raise ValueError(f"« {raw} » n'est pas une date (jj/mm/aaaa)") from None
    return _sane_year(date, raw)


def _sane_year(date: dt.date, raw: str) -> dt.date:
    refused = year_refused(date, raw)
    if refused:
        raise ValueError(refused)
    return date


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


def _rows(text: str, delimiter: str, name: str) -> Rows:
    # A quoted label may hold a line break (the Crédit Agricole puts one in most labels):
    # the rows remember the line each starts on, and keep the break (see domain.csv_rows).
    return read_rows(text, delimiter, name)


def _header(text: str, name: str) -> tuple[str, int, Rows, Layout]:
    """(delimiter, header index, rows, layout) for the first row that names the columns."""
    for delimiter in (";", "\t", ","):
        rows = _rows(text, delimiter, name)
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


def _load(path: Path) -> tuple[str, str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"lecture impossible ({exc.strerror})", file=path.name) from None
    text, encoding = _decode(data)
    refuse_nul(text, path.name)
    return text, encoding


def read_statement(path: Path | str, layout: Layout | None = None,
                   header_line: int | None = None) -> Statement:
    """Every operation of the statement, or ImportFailed listing each problem.

    Without ``layout`` the header row and its columns are found by their names; with it,
    ``header_line`` (1-based) says which row is the header.
    """
    path = Path(path)
    text, encoding = _load(path)
    if layout is not None:
        if header_line is None:
            raise ValueError("an explicit layout needs its header_line")
        delimiter = _sniff_delimiter(text)
        rows, at = _rows(text, delimiter, path.name), header_line - 1
    else:
        try:
            delimiter, at, rows, layout = _header(text, path.name)
        except ValidationError as exc:
            raise exc.located(file=path.name) from None
    return _read_rows(path.name, rows, at, layout, encoding, delimiter)


@dataclass(frozen=True)
class ColumnMapping:
    """Columns named as the bank's header row writes them (what is remembered per account).

    ``header_line`` (1-based) pins the header row; without it the first row holding every
    named column is the header.
    """

    date: str
    label: str
    amount: str | None = None
    debit: str | None = None
    credit: str | None = None
    value_date: str | None = None
    header_line: int | None = None

    def to_json(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None}

    @classmethod
    def from_json(cls, data: dict) -> ColumnMapping:
        known = {k: data[k] for k in cls.__dataclass_fields__ if data.get(k) is not None}
        return cls(**known)

    def names(self) -> dict[str, str]:
        return {k: v for k, v in self.to_json().items() if k != "header_line"}

    def layout_for(self, header: list[str]) -> Layout | None:
        """The column indices in ``header``, or None when a named column is missing."""
        folded = [fold(h) for h in header]
        found: dict[str, int] = {}
        for key, name in self.names().items():
            want = fold(name)
            if want not in folded:
                return None
            found[key] = folded.index(want)
        try:
            return Layout(**found)
        except ValueError:
            return None


@dataclass(frozen=True)
class Peek:
    """The first rows of a file as the mapping dialog shows them."""

    encoding: str
    delimiter: str
    rows: tuple[tuple[str, ...], ...]
    header_line: int | None      # 1-based, as detected by column names
    detected: ColumnMapping | None


def peek(path: Path | str, limit: int = 40) -> Peek:
    """The file's first rows, its separator and, when the names say it, its columns."""
    path = Path(path)
    text, encoding = _load(path)
    try:
        delimiter, at, rows, layout = _header(text, path.name)
    except ValidationError:
        delimiter = _sniff_delimiter(text)
        rows = _rows(text, delimiter, path.name)
        return Peek(encoding, delimiter, tuple(tuple(r) for r in rows[:limit]), None, None)
    return Peek(encoding, delimiter, tuple(tuple(r) for r in rows[:limit]), at + 1,
                mapping_of(rows[at], layout, at + 1))


def mapping_of(header: list[str] | tuple[str, ...], layout: Layout,
               header_line: int | None = None) -> ColumnMapping:
    """The mapping naming the columns ``layout`` points at in ``header``."""
    def name(i: int | None) -> str | None:
        return header[i].strip() if i is not None and i < len(header) else None
    return ColumnMapping(date=name(layout.date), label=name(layout.label),
                         amount=name(layout.amount), debit=name(layout.debit),
                         credit=name(layout.credit), value_date=name(layout.value_date),
                         header_line=header_line)


def read_mapped(path: Path | str, mapping: ColumnMapping) -> Statement:
    """The statement read with columns chosen by name (a preset, or the remembered mapping)."""
    path = Path(path)
    text, encoding = _load(path)
    delimiter = _sniff_delimiter(text)
    for d in dict.fromkeys((delimiter, ";", ",", "\t")):
        rows = _rows(text, d, path.name)
        candidates = ([mapping.header_line - 1] if mapping.header_line
                      else range(min(len(rows), 40)))
        for at in candidates:
            if 0 <= at < len(rows):
                layout = mapping.layout_for(rows[at])
                if layout is not None:
                    return _read_rows(path.name, rows, at, layout, encoding, d)
    wanted = ", ".join(f"« {n} »" for n in mapping.names().values())
    where = f"à la ligne {mapping.header_line}" if mapping.header_line else "dans l'en-tête"
    raise ValidationError(f"colonnes {wanted} introuvables {where} : ce fichier n'a pas "
                          "cette présentation ; choisissez les colonnes à la main",
                          file=path.name)


def _read_rows(name: str, rows: Rows, at: int, layout: Layout, encoding: str,
               delimiter: str) -> Statement:
    refuse_unclosed_quotes(rows, at, delimiter, name, _QUOTE_ADVICE)
    lines: list[StatementLine] = []
    problems: list[ValidationError] = []
    more = 0
    starts = rows.starts
    for i, row in enumerate(rows[at + 1:], start=at + 1):
        n = starts[i]
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
            label = clean_label(_cell(row, layout.label))
            lines.append(StatementLine(n, date, amount, label, value_date))
        except ValidationError as exc:
            if len(problems) < MAX_PROBLEMS:
                problems.append(exc.located(file=name, line=n))
            else:
                more += 1
    if problems:
        raise ImportFailed(problems, more)
    if not lines:
        raise ValidationError("aucune opération après l'en-tête", file=name, line=starts[at])
    return Statement(tuple(lines), encoding, delimiter, at + 1, tuple(rows[at]), layout)
