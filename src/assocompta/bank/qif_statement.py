"""Reading a QIF statement (``!Type:Bank``), by hand: the format is a few letters a line.

Each operation is a run of lines ``D`` date, ``T`` (or ``U``) amount, ``P`` payee, ``M``
memo, ``N`` number, ended by ``^``. Dates are French (``03/04/2025``) or American
(``4/3'25``, ``04/03/2025``): the order is decided over the whole file by trying both, and a
file that reads both ways is refused rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..domain.errors import ImportFailed, ValidationError
from ..domain.money import Money
from ..text import refuse_nul
from .statement import YEARS, Statement, StatementLine, clean_label

MAX_PROBLEMS = 50
ACCEPTED_TYPES = ("bank", "cash", "ccard", "oth a", "oth l")
_DATE = re.compile(r"^\s*(\d{1,4})\s*[/.\-]\s*(\d{1,2})\s*(['/.\-])\s*(\d{1,4})\s*$")


def _split(text: str) -> tuple[int, int, int, bool] | None:
    """(first, second, year, apostrophe) of a date, or None when it is no date at all."""
    m = _DATE.match(text)
    if m is None:
        return None
    a, b, sep, y = m.groups()
    if len(a) == 4:  # ISO order, 2025-03-04
        return -1, 0, 0, False
    year = int(y)
    if len(y) <= 2:
        # Quicken writes 4/3'25 for 2025 and 4/3/99 for 1999.
        year += 2000 if sep == "'" or year < 70 else 1900
    return int(a), int(b), year, sep == "'"


def _as(parts: tuple[int, int, int, bool], text: str, day_first: bool) -> dt.date | None:
    if parts[0] == -1:
        try:
            year, month, day = (int(p) for p in re.split(r"[-/.]", text.strip()))
            return _sane(dt.date(year, month, day))
        except ValueError:
            return None
    first, second, year, _ = parts
    day, month = (first, second) if day_first else (second, first)
    try:
        return _sane(dt.date(year, month, day))
    except ValueError:
        return None


def _sane(date: dt.date) -> dt.date | None:
    # « 1/3/0001 » is no date to import (no bank writes it): the line is named as unreadable.
    return date if date.year in YEARS else None


def _decide_order(dates: list[tuple[int, str]], name: str) -> bool:
    """True when the file's dates are day first (French), False for month first (US)."""
    parts = [(n, text, _split(text)) for n, text in dates]
    if any(p and p[3] for _, _, p in parts):
        return False  # the apostrophe is Quicken's American style
    fr = all(p and _as(p, t, True) for _, t, p in parts)
    us = all(p and _as(p, t, False) for _, t, p in parts)
    if fr and us:
        ordered = {}
        for day_first in (True, False):
            seq = [_as(p, t, day_first) for _, t, p in parts]
            ordered[day_first] = seq == sorted(seq) or seq == sorted(seq, reverse=True)
        if ordered[True] != ordered[False]:
            return ordered[True]
        if all(p[0] == -1 or p[0] == p[1] for _, _, p in parts):
            return True
        raise ValidationError("dates ambiguës : chacune se lit en jour/mois comme en "
                              "mois/jour (ex. « " + parts[0][1] + " ») ; réexportez le relevé "
                              "avec des dates jj/mm/aaaa ou utilisez l'export CSV ou OFX",
                              file=name)
    if fr or us:
        return fr
    return True  # some dates are wrong either way: report them day first, as French banks do


def read_qif(path: Path | str) -> Statement:
    """Every operation of the QIF file, or ImportFailed naming the line of each problem."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"lecture impossible ({exc.strerror})", file=path.name) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    refuse_nul(text, path.name)
    records: list[dict] = []
    current: dict = {}
    problems: list[ValidationError] = []
    seen_type = False
    in_account = False  # Quicken and GnuCash name the account first: !Account … ^
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if in_account:
            in_account = line != "^"
            continue
        if line.startswith("!"):
            kind = line[1:].lower()
            if kind == "account" and not seen_type:
                in_account = True
            elif kind.startswith("type:"):
                seen_type = True
                if kind[5:].strip() not in ACCEPTED_TYPES:
                    raise ValidationError(f"section « {line} » : seuls les relevés de compte "
                                          "(!Type:Bank) s'importent", file=path.name, line=n)
            continue
        if not seen_type:
            raise ValidationError("ce n'est pas un fichier QIF (il commence par !Type:Bank)",
                                  file=path.name, line=n)
        code, value = line[0], line[1:].strip()
        if code == "^":
            if current:
                records.append(current)
            current = {}
            continue
        current.setdefault("line", n)
        if code in "DTUPMN" and code not in current:
            current[code] = (n, value)
    if current:
        records.append(current)
    if not records:
        raise ValidationError("aucune opération dans ce fichier QIF", file=path.name)
    dates = [r["D"] for r in records if "D" in r]
    day_first = _decide_order(dates, path.name)
    lines: list[StatementLine] = []
    for r in records:
        start = r["line"]
        try:
            if "D" not in r:
                raise ValidationError("opération sans date (ligne D)", line=start, field="D")
            n, value = r["D"]
            parts = _split(value)
            date = _as(parts, value, day_first) if parts else None
            if date is None:
                order = "jj/mm/aaaa" if day_first else "mm/jj/aaaa"
                if parts and parts[0] != -1 and parts[2] not in YEARS:
                    order += f" ; l'année {parts[2]:04d} est hors de {YEARS.start} à " \
                             f"{YEARS.stop - 1}"
                raise ValidationError(f"« {value} » n'est pas une date ({order})", line=n,
                                      field="D")
            amount_field = r.get("T") or r.get("U")
            if amount_field is None:
                raise ValidationError("opération sans montant (ligne T)", line=start, field="T")
            n, value = amount_field
            try:
                amount = Money.parse(value) if value else None
            except ValidationError as exc:
                raise exc.located(line=n, field="T") from None
            if not amount:
                raise ValidationError(f"montant « {value} » nul ou vide", line=n, field="T")
            payee = clean_label(r.get("P", (0, ""))[1])
            memo = clean_label(r.get("M", (0, ""))[1])
            label = payee if not memo or memo in payee else f"{payee} {memo}".strip()
            lines.append(StatementLine(start, date, amount, label or "(sans libellé)",
                                       reference=r.get("N", (0, ""))[1]))
        except ValidationError as exc:
            if len(problems) < MAX_PROBLEMS:
                line = exc.line if exc.line is not None else start
                problems.append(exc.located(file=path.name, line=line))
    if problems:
        raise ImportFailed(problems)
    return Statement(tuple(lines), "qif")
