"""The text columns of an exported table are as wide as what they hold: the journal printed
from LibreOffice showed « Arrêté 2026-11 » cut against its account, read « Arrêté 2026-115121 »
(review of issue 13, task « journal »)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from openpyxl import load_workbook

from assocompta.services.ledger import post_entry
from assocompta.services.reports import build, write
from assocompta.services.setup import Identity, create_book
from tests.helpers import draft

PIECE = "Arrêté préfectoral 2026-118"


def test_the_journal_piece_column_holds_its_longest_piece(tmp_path):
    book, _ = create_book(tmp_path / "jardin.assocompta", Identity("Les Amis du Jardin"),
                          dt.date(2026, 1, 1))
    try:
        entry = draft(dt.date(2026, 4, 2), ("512", "1500", ""), ("741", "", "1500"),
                      label="Subvention de fonctionnement 2026")
        post_entry(book, dataclasses.replace(entry, piece_ref=PIECE))
        path = write([("Journal", build(book, "journal", "2026"))], tmp_path / "journal.xlsx")
    finally:
        book.close()
    ws = load_workbook(path).active
    header = {cell.value: cell.column_letter for cell in ws[6] if cell.value}
    widths = {name: ws.column_dimensions[letter].width for name, letter in header.items()}
    assert widths["Pièce"] >= len(PIECE) + 1, widths
    # Short columns give their room to the label instead.
    assert widths["N°"] < 12 and widths["Journal"] < 12, widths
    assert widths["Libellé"] > 30, widths
