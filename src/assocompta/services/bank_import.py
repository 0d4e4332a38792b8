"""Importing a bank statement into the to-categorise list (never straight into the books).

A statement is read whole (CSV, OFX or QIF) before anything is written; its lines then go
in one transaction. Lines the book already holds (same account, date, amount and label, the
label compared without its spaces) are skipped, counting same-day twins: a statement holding
two identical 5 € lines adds the second only if the book has one, so overlapping statements
import once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..bank.csv_statement import ColumnMapping, mapping_of, read_mapped, read_statement
from ..bank.labels import duplicate_key
from ..bank.ofx_statement import read_ofx
from ..bank.presets import preset_named
from ..bank.qif_statement import read_qif
from ..bank.statement import StatementLine
from ..domain.errors import ImportFailed, ValidationError
from ..domain.money import MAX_TOTAL_CENTS, TOTAL_TOO_LARGE
from ..storage.db import Book
from ..storage.sql import dialect_of
from .sources import STATEMENT, refuse_book, require_file


@dataclass(frozen=True)
class BankImportResult:
    added: int
    skipped: int                 # already in the book
    batch_id: int | None         # None when nothing was added
    added_ids: tuple[int, ...]
    format: str                  # "csv", "ofx" or "qif"


@dataclass(frozen=True)
class ReadStatement:
    lines: tuple[StatementLine, ...]
    format: str
    mapping: ColumnMapping | None   # the CSV columns used (to remember)


def detect_format(path: Path | str) -> str:
    """"ofx", "qif" or "csv", from the file's first bytes, then its extension."""
    path = Path(path)
    refuse_book(path, STATEMENT)
    try:
        with path.open("rb") as f:
            head = f.read(2048).lstrip(b"\xef\xbb\xbf \r\n\t").upper()
    except OSError as exc:
        raise ValidationError(f"lecture impossible ({exc.strerror})", file=path.name) from None
    if head.startswith((b"OFXHEADER", b"<?XML")) or b"<OFX>" in head:
        return "ofx"
    if head.startswith((b"!TYPE:", b"!OPTION", b"!ACCOUNT")):
        return "qif"
    suffix = path.suffix.lower()
    if suffix in (".ofx", ".qfx"):
        return "ofx"
    if suffix == ".qif":
        return "qif"
    return "csv"


def read_any(path: Path | str, *, preset: str | None = None,
             mapping: ColumnMapping | None = None,
             remembered: ColumnMapping | None = None) -> ReadStatement:
    """The statement's lines, whatever its format; ImportFailed or ValidationError if not.

    For CSV, an explicit ``mapping`` wins, then ``preset``, then ``remembered`` (the account's
    last mapping, when the file still has those columns), then the columns' names.
    """
    path = Path(path)
    require_file(path, STATEMENT)
    kind = detect_format(path)
    if kind == "ofx":
        return ReadStatement(read_ofx(path).lines, "ofx", None)
    if kind == "qif":
        return ReadStatement(read_qif(path).lines, "qif", None)
    if mapping is None and preset:
        mapping = preset_named(preset).mapping
    if mapping is not None:
        st = read_mapped(path, mapping)
        return ReadStatement(st.lines, "csv", mapping)
    if remembered is not None:
        try:
            st = read_mapped(path, remembered)
            return ReadStatement(st.lines, "csv", remembered)
        except ValidationError as exc:
            if "introuvables" not in exc.message:
                raise
    st = read_statement(path)
    return ReadStatement(st.lines, "csv", mapping_of(st.columns, st.layout))


def check_bank_account(conn: sqlite3.Connection, code: str) -> str:
    """``code`` when it is a bank account (51…) of some year's chart; a clear refusal if not."""
    code = (code or "").strip()
    if not code.isdigit() or not code.startswith("51"):
        raise ValidationError(f"compte {code or '(vide)'} : un relevé s'importe sur un compte "
                              "de banque (512, 5121…)", field="--account")
    # In the chart of the latest year: an account only older charts knew (514 in 2018) would
    # take lines that can never be booked.
    if conn.execute("SELECT 1 FROM account a JOIN fiscal_year f ON f.chart_id = a.chart_id "
                    "WHERE a.code = ? AND f.start_date = (SELECT max(start_date) FROM "
                    "fiscal_year) LIMIT 1", (code,)).fetchone() is None:
        raise ValidationError(f"compte {code} absent du plan comptable du dernier exercice : "
                              "créez-le d'abord (sous-compte de 512)", field="--account")
    return code


def remembered_mapping(conn: sqlite3.Connection, account: str) -> ColumnMapping | None:
    """The CSV columns last used for this bank account, if any."""
    row = conn.execute("SELECT mapping FROM bank_layout WHERE account = ?", (account,)).fetchone()
    if row is None:
        return None
    try:
        return ColumnMapping.from_json(json.loads(row[0]))
    except (TypeError, ValueError):
        return None


def _key(line: StatementLine) -> tuple[str, int, str]:
    return line.date.isoformat(), line.amount.cents, duplicate_key(line.label)


def _refuse_huge_total(lines: tuple[StatementLine, ...], name: str) -> None:
    """ImportFailed at the line where the file's amounts, each under the cap, add up past
    what the book's sums can hold (see MAX_TOTAL_CENTS)."""
    total = 0
    for line in lines:
        total += abs(line.amount.cents)
        if total >= MAX_TOTAL_CENTS:
            raise ImportFailed([ValidationError(TOTAL_TOO_LARGE, file=name, line=line.line,
                                                field="Montant")])


def _held(conn: sqlite3.Connection, account: str, wanted: Counter) -> Counter:
    """How many lines the book holds for each key: labels compared without whitespace."""
    held: Counter = Counter()
    for date, cents in {(date, cents) for date, cents, _label in wanted}:
        for (label,) in conn.execute("SELECT label FROM bank_line WHERE account = ? AND "
                                     "date = ? AND amount = ?", (account, date, cents)):
            held[date, cents, duplicate_key(label)] += 1
    return held


def import_statement(book: Book, account_code: str, path: Path | str, *,
                     preset: str | None = None,
                     layout: ColumnMapping | None = None) -> BankImportResult:
    """Add the statement's new lines to the to-categorise list of ``account_code``."""
    path = Path(path)
    with book.transaction() as s:
        conn = book.raw_connection(s)
        if dialect_of(conn) == "postgresql":
            # Two people importing the same statement at once: the second waits, then counts
            # the lines the first added and skips them (SQLite's book lock does the same).
            conn.execute("LOCK TABLE bank_line IN SHARE ROW EXCLUSIVE MODE")
        account = check_bank_account(conn, account_code)
        read = read_any(path, preset=preset, mapping=layout,
                        remembered=remembered_mapping(conn, account))
        _refuse_huge_total(read.lines, path.name)
        wanted = Counter(_key(line) for line in read.lines)
        held = _held(conn, account, wanted)
        to_add: list[tuple[StatementLine, int]] = []
        seen: Counter = Counter()
        for line in read.lines:
            key = _key(line)
            seen[key] += 1
            if seen[key] > held[key]:
                to_add.append((line, seen[key]))
        skipped = len(read.lines) - len(to_add)
        if read.mapping is not None:
            conn.execute("INSERT INTO bank_layout (account, mapping) VALUES (?, ?) "
                         "ON CONFLICT (account) DO UPDATE SET mapping = excluded.mapping",
                         (account, json.dumps(_remembered(read.mapping, preset),
                                              ensure_ascii=False)))
        if not to_add:
            return BankImportResult(0, skipped, None, (), read.format)
        batch_id = conn.execute(
            "INSERT INTO import_batch (kind, file_name, sha256, imported_at, entry_count, "
            "line_count) VALUES ('bank', ?, ?, ?, 0, ?)",
            (path.name, hashlib.sha256(path.read_bytes()).hexdigest(),
             dt.datetime.now().isoformat(timespec="seconds"), len(to_add))).lastrowid
        ids = []
        for line, occurrence in to_add:
            ids.append(conn.execute(
                "INSERT INTO bank_line (account, date, amount, label, occurrence, value_date, "
                "reference, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (account, line.date.isoformat(), line.amount.cents, line.label, occurrence,
                 line.value_date.isoformat() if line.value_date else None, line.reference,
                 batch_id)).lastrowid)
        return BankImportResult(len(ids), skipped, batch_id, tuple(ids), read.format)


def _remembered(mapping: ColumnMapping, preset: str | None) -> dict:
    data = mapping.to_json()
    if preset:
        data["preset"] = preset
    return data


def remember_mapping(book: Book, account: str, mapping: ColumnMapping,
                     preset: str | None = None) -> None:
    """Keep ``mapping`` as the account's CSV columns (the dialog does, before importing)."""
    with book.transaction() as s:
        book.raw_connection(s).execute(
            "INSERT INTO bank_layout (account, mapping) VALUES (?, ?) ON CONFLICT (account) "
            "DO UPDATE SET mapping = excluded.mapping",
            (account, json.dumps(_remembered(mapping, preset), ensure_ascii=False)))
