"""Books ready for donation receipts: the association's receipt settings, donors, gifts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.money import Money
from assocompta.domain.parties import TiersKind
from assocompta.services.ledger import add_tiers, post_entry


def ready_for_receipts(book, category: str = "loi_1901") -> None:
    """What a receipt says of the association: address, object, category, signatory."""
    with book.transaction() as s:
        s.execute(text(
            "UPDATE association SET address = '12 rue des Lilas\n35000 Rennes', object = "
            "'Entraide dans le quartier', rna = 'W353012345', receipt_category = :c, "
            "signatory_name = 'Claire Morel', signatory_title = 'trésorière'"), {"c": category})


def donor(book, code: str, name: str, address: str, *, nature: str = "particulier",
          **fields) -> None:
    """A donor (a tiers) of ``nature`` with its address and any other field of the tiers."""
    add_tiers(book, code, name, TiersKind.OTHER)
    values = {"address": address, "nature": nature, **fields}
    with book.transaction() as s:
        s.execute(text(f"UPDATE tiers SET {', '.join(f'{k} = :{k}' for k in values)} "
                       "WHERE code = :code"), {**values, "code": code})


def gift(book, day: dt.date, cents: int, donor_code: str | None, *, account: str = "75411",
         bank: str = "512", label: str = "Don") -> int:
    """A gift of ``cents`` on ``account`` received on ``bank`` (530: cash); the entry's id."""
    return post_entry(book, EntryDraft(day, "CA" if bank.startswith("53") else "BQ", label, (
        LineDraft(bank, debit=Money(cents)),
        LineDraft(account, credit=Money(cents), tiers=donor_code)))).entry_id


def set_detail(book, line_id: int, **detail) -> None:
    """What the treasurer says of a gift (gift_detail), written as the app would keep it."""
    columns = ["line_id", *detail]
    with book.transaction() as s:
        s.execute(text(f"INSERT INTO gift_detail ({', '.join(columns)}) VALUES "
                       f"({', '.join(':' + c for c in columns)})"), {"line_id": line_id, **detail})


def gift_line(book, entry_id: int) -> int:
    """The gift line (the credit) of a gift's entry."""
    return book.scalar("SELECT id FROM entry_line WHERE entry_id = :e AND credit > 0",
                       e=entry_id)
