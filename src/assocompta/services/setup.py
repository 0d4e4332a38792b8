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
from ..domain.identity import clean_rna, clean_siren, clean_siret
from ..domain.opening import Opening, check_accounts, check_opening, for_chart
from ..domain.parties import split_address
from ..domain.receipts import Category
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
    """The association as the book keeps it, with what its donation receipts say of it."""

    name: str
    address: str = ""
    siren: str | None = None
    siret: str | None = None
    object: str = ""
    rna: str = ""                       #: W and 9 digits ('' : none)
    receipt_category: str = ""          #: a domain.receipts.Category value ('' : not chosen)
    receipt_category_detail: str = ""   #: « Autres (précisez) » (INTERET_GENERAL_AUTRE only)
    rup_decree_date: dt.date | None = None   #: RUP: the decree's date…
    rup_journal_date: dt.date | None = None  #: … and its publication in the Journal officiel
    signatory_name: str = ""            #: who signs the receipts
    signatory_title: str = ""           #: as what: président, trésorière…


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
    """The identity as the book keeps it: name required, SIREN/SIRET/RNA checked, the
    receipt category's dates or detail present when the category asks for them (and dropped
    when it does not), text cleaned. A refusal names its field."""
    if not identity.name.strip():
        raise ValidationError("nom de l'association vide", field="nom")
    siren = clean_siren(identity.siren)
    siret = clean_siret(identity.siret)
    if siren and siret and not siret.startswith(siren):
        raise ValidationError("le SIRET doit commencer par le SIREN", field="SIRET")
    category = _category(identity.receipt_category)
    detail = decree = journal = None
    if category is Category.INTERET_GENERAL_AUTRE:
        detail = clean_text(identity.receipt_category_detail).strip()
        if not detail:
            raise ValidationError(
                "catégorie « Autre organisme d'intérêt général » : précisez laquelle (le "
                "reçu l'écrit après « Autres (précisez) »)", field="précision de la catégorie")
    if category is Category.RUP:
        decree, journal = identity.rup_decree_date, identity.rup_journal_date
        if decree is None or journal is None:
            raise ValidationError(
                "reconnue d'utilité publique : le reçu indique la date du décret et celle de "
                "sa publication au Journal officiel ; indiquez les deux",
                field="date du décret" if decree is None else "date du Journal officiel")
        for day, field in ((decree, "date du décret"), (journal, "date du Journal officiel")):
            if day > dt.date.today():
                raise ValidationError(f"{field} : le {day:%d/%m/%Y} n'est pas encore passé",
                                      field=field)
        if journal < decree:
            raise ValidationError(
                f"le décret du {decree:%d/%m/%Y} ne peut pas avoir été publié au Journal "
                f"officiel avant, le {journal:%d/%m/%Y}", field="date du Journal officiel")
    signatory = clean_text(identity.signatory_name).strip()
    title = clean_text(identity.signatory_title).strip()
    if bool(signatory) != bool(title):
        raise ValidationError(
            "un reçu est signé par une personne habilitée, avec sa qualité (président, "
            "trésorière…) : indiquez " + ("sa qualité" if signatory else "son nom"),
            field="qualité du signataire" if signatory else "signataire")
    return Identity(clean_text(identity.name).strip(),
                    clean_text(identity.address, lines=True).strip(),
                    siren or (siret[:9] if siret else None), siret,
                    clean_text(identity.object, lines=True).strip(),
                    clean_rna(identity.rna), category.value if category else "", detail or "",
                    decree, journal, signatory, title)


def _category(value: Category | str | None) -> Category | None:
    if not value:
        return None
    try:
        return Category(value)
    except ValueError:
        raise ValidationError(f"catégorie de reçu « {value} » inconnue : "
                              f"{', '.join(c.value for c in Category)}",
                              field="catégorie") from None


_COLUMNS = ("name, address, siren, siret, object, rna, receipt_category, "
            "receipt_category_detail, rup_decree_date, rup_journal_date, signatory_name, "
            "signatory_title")


def identity_of(conn) -> Identity:
    """:func:`read_identity` on an open connection (inside a caller's transaction)."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM association").fetchone()
    return Identity(row[0], row[1] or "", row[2], row[3], row[4] or "", row[5] or "",
                    row[6] or "", row[7] or "", _day(row[8]), _day(row[9]), row[10] or "",
                    row[11] or "")


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def beneficiary_of(identity: Identity):
    """The association as a receipt names it (services.receipts.Beneficiary): the address's
    street lines apart from its postcode and commune, typed whole on its last line
    (« 35000 Rennes », or « 12 rue des Lilas, 35000 Rennes » on one line)."""
    from .receipts import Beneficiary  # receipts reads the identity through this module
    street, postcode, city = split_address(identity.address)
    return Beneficiary(
        identity.name, street, identity.object, identity.siren, rna=identity.rna,
        postcode=postcode, city=city, category=identity.receipt_category,
        category_detail=identity.receipt_category_detail,
        rup_decree_date=identity.rup_decree_date, rup_journal_date=identity.rup_journal_date,
        signatory_name=identity.signatory_name, signatory_title=identity.signatory_title)


def read_identity(book: Book) -> Identity:
    """The association's identity and receipt settings, as kept in the book."""
    with book.session() as s:
        return identity_of(book.raw_connection(s))


def update_identity(book: Book, identity: Identity) -> Identity:
    """Replace the association's identity (what receipts, reports and the FEC name) and its
    receipt settings; returns the identity as kept."""
    kept = checked_identity(identity)
    with book.transaction() as s:
        book.raw_connection(s).execute(
            "UPDATE association SET name = ?, address = ?, siren = ?, siret = ?, object = ?, "
            "rna = ?, receipt_category = ?, receipt_category_detail = ?, rup_decree_date = ?, "
            "rup_journal_date = ?, signatory_name = ?, signatory_title = ?",
            (kept.name, kept.address, kept.siren, kept.siret, kept.object, kept.rna,
             kept.receipt_category, kept.receipt_category_detail, _iso(kept.rup_decree_date),
             _iso(kept.rup_journal_date), kept.signatory_name, kept.signatory_title))
    return kept


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


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
            "INSERT INTO association (id, name, address, siren, siret, object, created_at, "
            "rna, receipt_category, receipt_category_detail, rup_decree_date, "
            "rup_journal_date, signatory_name, signatory_title) "
            "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (identity.name, identity.address, identity.siren, identity.siret, identity.object,
             dt.datetime.now().isoformat(timespec="seconds"), identity.rna,
             identity.receipt_category, identity.receipt_category_detail,
             _iso(identity.rup_decree_date), _iso(identity.rup_journal_date),
             identity.signatory_name, identity.signatory_title))
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
