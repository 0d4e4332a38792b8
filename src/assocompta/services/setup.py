"""Creating a book and adding fiscal years."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, text

from ..domain.accounts import CHARTS, chart_for_start, load_chart, nearest_parent
from ..domain.errors import ValidationError
from ..domain.fiscal_years import default_end, validate_span, year_label
from ..domain.identity import clean_siren, clean_siret
from ..domain.opening import Opening, check_accounts, check_opening, for_chart
from ..domain.plural import plural
from ..storage.books import create_store
from ..storage.db import Book
from ..storage.orm import Chart, FiscalYear
from ..text import clean_text

DEFAULT_JOURNALS = (
    ("BQ", "Banque", "bank"),
    ("CA", "Caisse", "cash"),
    ("OD", "Opérations diverses", "misc"),
    ("AN", "À-nouveaux", "opening"),
)


@dataclass(frozen=True)
class Identity:
    name: str
    address: str = ""
    siren: str | None = None
    siret: str | None = None
    object: str = ""


def seed_charts(conn: sqlite3.Connection) -> None:
    """Copy every shipped chart into the book, with parent links by number."""
    for info in CHARTS:
        cur = conn.execute("INSERT INTO chart (code, label, applies_from) VALUES (?, ?, ?)",
                           (info.code, info.label,
                            info.applies_from.isoformat() if info.applies_from else None))
        chart_id = cur.lastrowid
        accounts = load_chart(info.code)  # sorted by code: parents come first
        # In batches, not a round trip per account: a new PostgreSQL book is made in a blink.
        conn.executemany(
            "INSERT INTO account (chart_id, code, label, kind) VALUES (?, ?, ?, ?)",
            [(chart_id, a.code, a.label, a.kind.value) for a in accounts])
        ids = dict(conn.execute("SELECT code, id FROM account WHERE chart_id = ?",
                                (chart_id,)).fetchall())
        known: dict[str, int] = {}
        links = []
        for acc in accounts:
            parent = nearest_parent(acc.code, known)
            if parent is not None:
                links.append((known[parent], ids[acc.code]))
            known[acc.code] = ids[acc.code]
        conn.executemany("UPDATE account SET parent_id = ? WHERE id = ?", links)


def checked_identity(identity: Identity) -> Identity:
    """The identity as the book keeps it: name required, SIREN/SIRET checked, text cleaned."""
    if not identity.name.strip():
        raise ValidationError("nom de l'association vide", field="nom")
    siren = clean_siren(identity.siren)
    siret = clean_siret(identity.siret)
    if siren and siret and not siret.startswith(siren):
        raise ValidationError("le SIRET doit commencer par le SIREN", field="SIRET")
    return Identity(clean_text(identity.name).strip(),
                    clean_text(identity.address, lines=True).strip(),
                    siren or (siret[:9] if siret else None), siret,
                    clean_text(identity.object, lines=True).strip())


def read_identity(book: Book) -> Identity:
    """The association's name, address, SIREN, SIRET and object, as kept in the book."""
    with book.session() as s:
        row = book.raw_connection(s).execute(
            "SELECT name, address, siren, siret, object FROM association").fetchone()
    return Identity(row[0], row[1] or "", row[2], row[3], row[4] or "")


def update_identity(book: Book, identity: Identity) -> Identity:
    """Replace the association's identity (what receipts, reports and the FEC name); returns
    the identity as kept."""
    kept = checked_identity(identity)
    with book.transaction() as s:
        book.raw_connection(s).execute(
            "UPDATE association SET name = ?, address = ?, siren = ?, siret = ?, object = ?",
            (kept.name, kept.address, kept.siren, kept.siret, kept.object))
    return kept


def create_book(path: Path, identity: Identity, start: dt.date,
                end: dt.date | None = None, opening: Opening | None = None
                ) -> tuple[Book, list[str]]:
    """A new book with the association's identity, both charts, the usual journals and a
    first fiscal year, opened with ``opening`` (one à-nouveaux entry) when given: the book is
    made whole, its opening entry included, or not at all. Returns the open book and any
    warning about the year."""
    identity = checked_identity(identity)
    end = end or default_end(start)
    warnings = validate_span(start, end)
    chart = chart_for_start(start)
    if opening is not None:
        # Before any file is made: the refusal names the field.
        shipped = {a.code: a.kind.value for a in load_chart(chart.code)}
        opening = for_chart(opening, shipped, set(shipped))
        check_opening(opening)
        check_accounts(opening, shipped, set(shipped))

    def seed(conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO association (id, name, address, siren, siret, object, created_at) "
            "VALUES (1, ?, ?, ?, ?, ?, ?)",
            (identity.name, identity.address, identity.siren, identity.siret, identity.object,
             dt.datetime.now().isoformat(timespec="seconds")))
        seed_charts(conn)
        conn.executemany("INSERT INTO journal (code, label, kind) VALUES (?, ?, ?)",
                         DEFAULT_JOURNALS)
        cur = conn.execute(
            "INSERT INTO fiscal_year (label, start_date, end_date, chart_id) "
            "SELECT ?, ?, ?, id FROM chart WHERE code = ?",
            (year_label(start, end), start.isoformat(), end.isoformat(), chart.code))
        if opening is not None:
            from .opening import write_opening  # it reads the closing, which adds years here
            write_opening(conn, cur.lastrowid, opening)

    return create_store(path, seed), warnings


def add_year(book: Book, start: dt.date, end: dt.date | None = None) -> tuple[FiscalYear, list[str]]:
    """Add a fiscal year; its chart follows from its first day."""
    with book.transaction() as s:
        return insert_year(s, start, end)


def insert_year(s, start: dt.date, end: dt.date | None = None) -> tuple[FiscalYear, list[str]]:
    """:func:`add_year` inside the caller's transaction (the closing adds the next year)."""
    end = end or default_end(start)
    warnings = validate_span(start, end)
    label = year_label(start, end)
    # In date order, so the refusal names the earliest year overlapped on either engine.
    for other in s.scalars(select(FiscalYear).order_by(FiscalYear.start_date)):
        if start <= other.end_date and end >= other.start_date:
            raise ValidationError(
                f"l'exercice du {start:%d/%m/%Y} au {end:%d/%m/%Y} chevauche l'exercice "
                f"{other.label} ({other.start_date:%d/%m/%Y} – {other.end_date:%d/%m/%Y})")
        if other.label == label:
            raise ValidationError(f"un exercice s'appelle déjà {label}")
    chart = s.scalars(select(Chart).where(Chart.code == chart_for_start(start).code)).one()
    year = FiscalYear(label=label, start_date=start, end_date=end, chart_id=chart.id)
    s.add(year)
    s.flush()
    gap = _gap_warning(s, start, end)
    if gap:
        warnings.append(gap)
    return year, warnings


def remove_year(book: Book, label: str) -> None:
    """Remove a year added by mistake (undo of :func:`add_year`): refused once anything is
    in it (an entry, a budget line, a receipt), and for a closed year."""
    with book.transaction() as s:
        year = s.scalars(select(FiscalYear).where(FiscalYear.label == label)).first()
        if year is None:
            return  # already gone (removed from another window)
        if year.is_closed:
            raise ValidationError(f"l'exercice {label} est clos : il reste dans le livre")
        held = [plural(n, one, many) for n, one, many in (
            (_count(s, "entry", year.id), "écriture", "écritures"),
            (_count(s, "budget_line", year.id), "ligne de budget", "lignes de budget"),
            (_count(s, "donation_receipt", year.id), "reçu fiscal", "reçus fiscaux")) if n]
        if held:
            raise ValidationError(
                f"l'exercice {label} n'est plus vide ({', '.join(held)}) : il reste dans le "
                "livre")
        for table in ("account_month_total", "account_total_state"):
            s.execute(text(f"DELETE FROM {table} WHERE year_id = :y"), {"y": year.id})
        s.delete(year)


def _count(s, table: str, year_id: int) -> int:
    return s.execute(text(f"SELECT count(*) FROM {table} WHERE year_id = :y"),
                     {"y": year_id}).scalar_one()


def _gap_warning(s, start: dt.date, end: dt.date) -> str | None:
    before = s.scalars(select(FiscalYear).where(FiscalYear.end_date < start)
                       .order_by(FiscalYear.end_date.desc())).first()
    if before and before.end_date + dt.timedelta(days=1) != start:
        return (f"il y a un trou entre l'exercice {before.label} (fin le "
                f"{before.end_date:%d/%m/%Y}) et celui-ci : vérifiez les dates")
    return None
