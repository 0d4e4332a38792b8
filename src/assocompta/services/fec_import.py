"""FEC import: all or nothing, every entry checked, fast enough for a million entries.

The file is read once, line by line. Lines are grouped into entries by (JournalCode,
EcritureNum); each entry is checked (balance, one date, an open fiscal year) and queued; rows
go to SQLite in batches through ``executemany`` inside a single transaction. Any problem rolls
the whole transaction back, so the book is exactly as before; the engine's own balance check
at COMMIT stands behind the importer's.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..domain.accounts import default_kind, resolve_foreign_code
from ..domain.errors import ImportFailed, ValidationError
from ..domain.money import Money
from ..domain.parties import kind_for_account
from ..fec.reader import FecLine, FecReader, sniff
from ..storage.bulk import BulkLoader
from ..storage.db import Book

MAX_PROBLEMS = 50


@dataclass(frozen=True)
class ImportResult:
    entries: int
    lines: int
    accounts_created: list[str]
    journals_created: list[str]
    tiers_created: int
    years: list[str]


@dataclass
class _Year:
    id: int
    label: str
    start: str
    end: str
    chart_id: int
    closed: bool
    next_number: int


class _Context:
    """Look-ups cached for the length of one import; created rows are part of its transaction."""

    def __init__(self, conn: sqlite3.Connection, batch_id: int) -> None:
        self.conn = conn
        self.batch_id = batch_id
        self.years = [_Year(*row[:6], next_number=row[6] + 1) for row in conn.execute(
            "SELECT f.id, f.label, f.start_date, f.end_date, f.chart_id, f.closed_at IS NOT NULL, "
            "COALESCE((SELECT max(number) FROM entry e WHERE e.year_id = f.id), 0) "
            "FROM fiscal_year f ORDER BY f.start_date")]
        self.year_by_date: dict[str, _Year | None] = {}
        self.accounts: dict[int, dict[str, tuple[int, str]]] = {}  # chart → code → (id, kind)
        self.account_map: dict[tuple[int, str], int] = {}  # (chart, code in file) → id
        self.journals = {code: jid for jid, code in conn.execute("SELECT id, code FROM journal")}
        self.tiers = {code: tid for tid, code in conn.execute("SELECT id, code FROM tiers")}
        self.created_accounts: list[str] = []
        self.created_journals: list[str] = []
        self.created_tiers = 0
        self.years_used: set[str] = set()

    def year(self, iso: str) -> _Year | None:
        if iso in self.year_by_date:
            return self.year_by_date[iso]
        found = next((y for y in self.years if y.start <= iso <= y.end), None)
        self.year_by_date[iso] = found
        return found

    def chart(self, chart_id: int) -> dict[str, tuple[int, str]]:
        if chart_id not in self.accounts:
            self.accounts[chart_id] = {code: (aid, kind) for aid, code, kind in self.conn.execute(
                "SELECT id, code, kind FROM account WHERE chart_id = ?", (chart_id,))}
        return self.accounts[chart_id]

    def account(self, chart_id: int, code: str, label: str) -> int:
        key = (chart_id, code)
        aid = self.account_map.get(key)
        if aid is not None:
            return aid
        known = self.chart(chart_id)
        mapped, exists = resolve_foreign_code(code, known)
        if not exists:
            parent = next((mapped[:k] for k in range(len(mapped) - 1, 1, -1)
                           if mapped[:k] in known), None)
            if parent:
                parent_id, kind = known[parent]
            else:
                parent_id, kind = None, default_kind(mapped).value
            cur = self.conn.execute(
                "INSERT INTO account (chart_id, code, label, kind, parent_id, is_custom) "
                "VALUES (?, ?, ?, ?, ?, 1)",
                (chart_id, mapped, label or f"Compte {mapped}", kind, parent_id))
            known[mapped] = (cur.lastrowid, kind)
            self.created_accounts.append(f"{mapped} {label}".strip())
        aid = known[mapped][0]
        self.account_map[key] = aid
        return aid

    def journal(self, code: str, label: str) -> int:
        jid = self.journals.get(code)
        if jid is None:
            if len(code) > 10:
                raise ValidationError(f"code journal « {code} » trop long (10 caractères au plus)")
            cur = self.conn.execute("INSERT INTO journal (code, label) VALUES (?, ?)",
                                    (code, label or code))
            jid = self.journals[code] = cur.lastrowid
            self.created_journals.append(code)
        return jid

    def tier(self, code: str, name: str, account: str) -> int:
        tid = self.tiers.get(code)
        if tid is None:
            cur = self.conn.execute("INSERT INTO tiers (code, name, kind) VALUES (?, ?, ?)",
                                    (code, name or code, kind_for_account(account).value))
            tid = self.tiers[code] = cur.lastrowid
            self.created_tiers += 1
        return tid


def import_fec(book: Book, source: Path | str) -> ImportResult:
    """Import a FEC file into the book's open fiscal years, or nothing at all."""
    source = Path(source)
    if not source.is_file():
        raise ValidationError("fichier introuvable", file=str(source))
    facts = sniff(source)
    reader = FecReader(source, facts)
    with book.transaction() as session:
        conn = book.raw_connection(session)
        already = conn.execute("SELECT imported_at FROM import_batch WHERE sha256 = ? "
                               "AND kind = 'fec'", (facts.sha256,)).fetchone()
        if already:
            raise ImportFailed([ValidationError(
                f"ce fichier a déjà été importé (le {already[0][:10]}) : rien n'a été importé "
                "une seconde fois", file=source.name)])
        batch_id = conn.execute(
            "INSERT INTO import_batch (kind, file_name, sha256, imported_at, entry_count, "
            "line_count) VALUES ('fec', ?, ?, ?, 0, 0)",
            (source.name, facts.sha256, dt.datetime.now().isoformat(timespec="seconds"))
        ).lastrowid
        ctx = _Context(conn, batch_id)
        loader = BulkLoader(conn, expected_lines=facts.size // 100)
        try:
            group: list[FecLine] = []
            seen: set[str] = set()
            for line in reader:
                if group and (line.journal, line.num) != (group[0].journal, group[0].num):
                    _finish(group, ctx, reader, loader, seen)
                    group = []
                group.append(line)
                if len(reader.problems) > 1000:
                    break
            if group:
                _finish(group, ctx, reader, loader, seen)
            if reader.problems:
                raise ImportFailed(reader.problems[:MAX_PROBLEMS],
                                   more=max(0, len(reader.problems) - MAX_PROBLEMS))
            if loader.entries == 0:
                raise ImportFailed([ValidationError("aucune écriture dans ce fichier",
                                                    file=source.name)])
            loader.end()
        except BaseException:
            loader.abandon()
            raise
        conn.execute("UPDATE import_batch SET entry_count = ?, line_count = ? WHERE id = ?",
                     (loader.entries, loader.lines, batch_id))
    return ImportResult(loader.entries, loader.lines, ctx.created_accounts,
                        ctx.created_journals, ctx.created_tiers, sorted(ctx.years_used))


def _finish(group: list[FecLine], ctx: _Context, reader: FecReader, loader: BulkLoader,
            seen: set[str]) -> None:
    first = group[0]
    key = f"{first.journal}\t{first.num}"  # one str, not a tuple: a million of them add up
    if key in seen:
        reader.problem(f"{_name(group)} : ses lignes ne se suivent pas dans le fichier (le même "
                       "JournalCode et EcritureNum apparaît plus haut) ; triez le fichier par "
                       "écriture", first.lineno, "EcritureNum")
        return
    seen.add(key)
    if len(group) < 2:
        reader.problem(f"{_name(group)} : une écriture a au moins deux lignes", first.lineno)
        return
    debit = credit = 0
    date = first.date
    class8 = False
    for ln in group:
        debit += ln.debit
        credit += ln.credit
        if ln.date != date:
            reader.problem(f"{_name(group)} : toutes ses lignes doivent avoir la même "
                           "EcritureDate", ln.lineno, "EcritureDate")
            return
        if ln.account[0] == "8":
            class8 = True
    if debit != credit:
        reader.problem(f"{_name(group)} déséquilibrée : débit {Money(debit)} ≠ crédit "
                       f"{Money(credit)} (écart {Money(debit - credit)})", first.lineno,
                       "Debit/Credit")
        return
    if class8 and any(ln.account[0] != "8" for ln in group):
        reader.problem(f"{_name(group)} : une contribution volontaire (classe 8) ne se mélange "
                       "pas avec d'autres classes", first.lineno, "CompteNum")
        return
    year = ctx.year(date)
    if year is None:
        reader.problem(f"{_name(group)} : aucun exercice ne couvre le "
                       f"{dt.date.fromisoformat(date):%d/%m/%Y} ; créez-le d'abord "
                       "(assocompta year add)", first.lineno, "EcritureDate")
        return
    if year.closed:
        reader.problem(f"{_name(group)} : l'exercice {year.label} est clos, on n'y importe "
                       "plus rien", first.lineno, "EcritureDate")
        return
    if reader.problems:
        return  # keep checking the rest of the file, but write nothing more
    chart_id = year.chart_id
    account_map = ctx.account_map
    label = first.label
    try:
        lines = [(
            account_map.get((chart_id, ln.account))
            or ctx.account(chart_id, ln.account, ln.account_lib),
            ln.debit, ln.credit,
            ctx.tier(ln.aux, ln.aux_lib, ln.account) if ln.aux else None,
            ln.label if ln.label != label else None, ln.letter or None, ln.letter_date,
            ln.currency_amount, ln.currency_code or None) for ln in group]
        journal_id = ctx.journals.get(first.journal) or ctx.journal(first.journal,
                                                                    first.journal_lib)
    except ValidationError as exc:
        reader.problem(f"{_name(group)} : {exc.message}", first.lineno, exc.field or "CompteNum")
        return
    ctx.years_used.add(year.label)
    loader.add((year.id, journal_id, year.next_number, date, label, first.piece_ref,
                first.piece_date, first.valid_date, ctx.batch_id), lines)
    year.next_number += 1


def _name(group: list[FecLine]) -> str:
    first = group[0]
    where = (f"lignes {first.lineno} à {group[-1].lineno}" if len(group) > 1
             else f"ligne {first.lineno}")
    return f"écriture {first.journal} {first.num} ({where})"

