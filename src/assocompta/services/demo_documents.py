"""Justificatifs and donors for the demo book: the demo's gifts (75411) get named donors
with postal addresses, and a few entries get a scanned invoice, so that the Justificatifs
dialog and the Reçus fiscaux view have something to show. In its open year, a company's
mécénat (7542, Cerfa 16216) and a volunteer's abandon de frais (625 / 4681, then 4681 /
75412, with the renunciation recorded) give the receipts one gift of each kind."""

from __future__ import annotations

import tempfile
import datetime as dt
from pathlib import Path

from reportlab.lib.pagesizes import A5
from reportlab.pdfgen import canvas as rl_canvas

from ..domain.entries import EntryDraft, LineDraft
from ..domain.money import Money
from ..domain.parties import TiersKind
from ..storage.db import Book
from . import attachments
from .gifts import set_gift_detail
from .ledger import add_tiers, post_entry
from .parties import update_tiers

DONORS = (
    ("DUPONT", "Marie Dupont", "8 rue de la Paix\n35000 Rennes"),
    ("MARTIN", "Jean Martin", "23 avenue Janvier\n35000 Rennes"),
    ("LEGOFF", "Anne Le Goff", "4 impasse des Mouettes\n35400 Saint-Malo"),
)
#: code, civility, first name, last name: the donors are private persons (Cerfa 11580).
PERSONS = (("DUPONT", "Mme", "Marie", "Dupont"), ("MARTIN", "M.", "Jean", "Martin"),
           ("LEGOFF", "Mme", "Anne", "Le Goff"), ("LEMOINE", "M.", "Paul", "Lemoine"))
#: A company giving in mécénat (Cerfa 16216): SIREN with its Luhn key, exercice ending 31/12.
COMPANY = ("BATIOUEST", "Bati-Ouest SARL", "ZA de la Janais, 3 rue des Artisans", "35131",
           "Chartres-de-Bretagne", "512345679", "SARL")
#: The volunteer who gives up the refund of his travel expenses.
VOLUNTEER = ("LEMOINE", "Paul Lemoine", "17 rue de Brest", "35000", "Rennes")
TRIPS = ("Trajets en voiture personnelle pour l'aide aux devoirs, de septembre à novembre "
         "2025 : 18 allers-retours Rennes – Cesson-Sévigné (432 km). Note de frais, "
         "justificatifs et renonciation écrite conservés.")
INVOICES = ("Affiches et programmes", "Assurance responsabilité civile", "Électricité local")


def _invoice(path: Path, title: str, ref: str) -> Path:
    c = rl_canvas.Canvas(str(path), pagesize=A5)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, 520, "FACTURE")
    c.setFont("Helvetica", 10)
    c.drawString(40, 495, title)
    c.drawString(40, 480, f"Référence {ref}")
    c.save()
    return path


def add_demo_documents(book: Book) -> None:
    """Donors with addresses on the demo's gifts, and invoices attached to a few entries.

    Run after each year's entries, before that year is closed: it names the donors of the
    open years' gifts that have none yet, and creates the donors the first time.
    """
    with book.reading() as conn:
        known = {r[0] for r in conn.execute("SELECT code FROM tiers")}
    for code, name, address in DONORS:
        if code not in known:
            add_tiers(book, code, name, TiersKind.OTHER)
            update_tiers(book, code, name, TiersKind.OTHER, None, address)
    with book.transaction() as s:
        conn = book.raw_connection(s)
        _as_persons(conn)
        lines = [r[0] for r in conn.execute(
            "SELECT l.id FROM entry_line l JOIN account a ON a.id = l.account_id "
            "JOIN entry e ON e.id = l.entry_id JOIN fiscal_year f ON f.id = e.year_id "
            "WHERE a.code LIKE '754%' AND l.credit > 0 AND l.tiers_id IS NULL "
            "AND f.closed_at IS NULL ORDER BY l.id")]
        donors = [r[0] for r in conn.execute(
            "SELECT id FROM tiers WHERE code IN (?, ?, ?) ORDER BY code",
            [d[0] for d in DONORS])]
        conn.executemany("UPDATE entry_line SET tiers_id = ? WHERE id = ?",
                         [(donors[i % len(donors)], line) for i, line in enumerate(lines)])
        found = conn.execute(
            "SELECT e.id, e.label, e.piece_ref FROM entry e JOIN fiscal_year f "
            "ON f.id = e.year_id WHERE f.label = '2025' AND e.label IN (?, ?, ?) ORDER BY e.id",
            INVOICES).fetchall()
    with tempfile.TemporaryDirectory() as tmp:
        for entry_id, label, ref in found:
            name = f"facture-{(ref or str(entry_id)).lower()}.pdf"
            attachments.add(book, entry_id, _invoice(Path(tmp) / name, label, ref))


def _as_persons(conn) -> None:
    """The donors as records (schema 8): private persons, names apart, the address's street
    lines apart from its postcode and commune."""
    from ..domain.parties import split_address
    for code, civility, first, last in PERSONS:
        row = conn.execute("SELECT address, postcode FROM tiers WHERE code = ?",
                           (code,)).fetchone()
        if row is None:
            continue
        street, postcode, city = split_address(row[0]) if not row[1] else (row[0], row[1], None)
        conn.execute(
            "UPDATE tiers SET nature = 'particulier', civility = ?, first_name = ?, "
            "last_name = ?, address = ?, postcode = ?, city = coalesce(?, city), "
            "country = 'France' WHERE code = ?",
            (civility, first, last, street, postcode, city, code))


def add_demo_gifts(book: Book, year: int) -> None:
    """A volunteer's abandon de frais and a company's mécénat in ``year`` (December, still in
    drafts): the expenses booked (625 / 4681), then given up (4681 / 75412) with the date of
    the volunteer's written renunciation and what the trips were; 1 500 € of mécénat by
    transfer (7542)."""
    code, name, street, postcode, city, siren, legal_form = COMPANY
    add_tiers(book, code, name, TiersKind.OTHER)
    vcode, vname, vstreet, vpostcode, vcity = VOLUNTEER
    add_tiers(book, vcode, vname, TiersKind.MEMBER)
    with book.transaction() as s:
        conn = book.raw_connection(s)
        conn.execute(
            "UPDATE tiers SET nature = 'entreprise', address = ?, postcode = ?, city = ?, "
            "country = 'France', siren = ?, legal_form = ?, year_end = '12-31', "
            "email = 'contact@bati-ouest.example' WHERE code = ?",
            (street, postcode, city, siren, legal_form, code))
        conn.execute("UPDATE tiers SET address = ?, postcode = ?, city = ? WHERE code = ?",
                     (vstreet, vpostcode, vcity, vcode))
        _as_persons(conn)
    expenses = Money(14472)
    post_entry(book, EntryDraft(dt.date(year, 12, 5), "OD",
                                "Note de frais P. Lemoine, trajets sept.-nov.", (
        LineDraft("625", debit=expenses, action="AIDE"),
        LineDraft("4681", credit=expenses, tiers=vcode)), piece_ref="NDF-2025-07"))
    given = post_entry(book, EntryDraft(dt.date(year, 12, 10), "OD",
                                        "Abandon de frais P. Lemoine", (
        LineDraft("4681", debit=expenses, tiers=vcode),
        LineDraft("75412", credit=expenses, tiers=vcode)), piece_ref="NDF-2025-07"))
    post_entry(book, EntryDraft(dt.date(year, 12, 15), "BQ", "Mécénat Bati-Ouest", (
        LineDraft("512", debit=Money(150000)),
        LineDraft("7542", credit=Money(150000), tiers=code)), piece_ref="VIR-BATIOUEST"))
    with book.reading() as conn:
        line = conn.execute(
            "SELECT l.id FROM entry_line l JOIN account a ON a.id = l.account_id "
            "WHERE l.entry_id = ? AND a.code = '75412'", (given.entry_id,)).fetchone()[0]
    set_gift_detail(book, line, nature="frais_benevoles", form="autres", description=TRIPS,
                    renounced_on=dt.date(year, 12, 8))
