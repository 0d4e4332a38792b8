"""Two donors and a gift from each on the bank statement (issue 13's receipt mix-up)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.money import Money
from assocompta.domain.parties import TiersKind
from assocompta.services.bank_import import import_statement
from assocompta.services.ledger import add_tiers, post_entry
from assocompta.services.parties import update_tiers

ANNE_LINE = "VIR SEPA LE GOFF ANNE /MOTIF DON"
MARIE_LINE = "VIR SEPA DUPONT MARIE /MOTIF DON MENSUEL"


def two_donors(book, folder: Path, year: int) -> dict[str, int]:
    """Marie Dupont gave 500,00 and 75,83 (entries labelled « Don », her history); the
    statement then brings Anne Le Goff's 150,00 and Marie's 20,00. Returns the tiers ids."""
    ids = {}
    for code, name, address in (("MDUPONT", "Marie Dupont", "8 rue de la Paix, 35000 Rennes"),
                                ("ALEGOFF", "Anne Le Goff", "3 quai Duguay, 35000 Rennes")):
        ids[code] = add_tiers(book, code, name, TiersKind.MEMBER).id
        update_tiers(book, code, name, TiersKind.MEMBER, None, address)
    for month, amount in ((2, "500,00"), (5, "75,83")):
        post_entry(book, EntryDraft(dt.date(year, month, 10), "BQ", "Don", (
            LineDraft("512", debit=Money.parse(amount)),
            LineDraft("75411", credit=Money.parse(amount), tiers="MDUPONT"))))
    statement = folder / "dons.qif"
    statement.write_text(f"!Type:Bank\nD12/11/{year}\nT150,00\nP{ANNE_LINE}\n^\n"
                         f"D13/11/{year}\nT20,00\nP{MARIE_LINE}\n^\n", encoding="utf-8")
    import_statement(book, "512", statement)
    return ids
