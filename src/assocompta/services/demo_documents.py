"""Justificatifs and donors for the demo book: the demo's gifts (75411) get named donors
with postal addresses, and a few entries get a scanned invoice, so that the Justificatifs
dialog and the Reçus fiscaux view have something to show."""

from __future__ import annotations

import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A5
from reportlab.pdfgen import canvas as rl_canvas

from ..domain.parties import TiersKind
from ..storage.db import Book
from . import attachments
from .ledger import add_tiers
from .parties import update_tiers

DONORS = (
    ("DUPONT", "Marie Dupont", "8 rue de la Paix\n35000 Rennes"),
    ("MARTIN", "Jean Martin", "23 avenue Janvier\n35000 Rennes"),
    ("LEGOFF", "Anne Le Goff", "4 impasse des Mouettes\n35400 Saint-Malo"),
)
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
