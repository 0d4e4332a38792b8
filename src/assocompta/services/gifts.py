"""What the treasurer says of a gift that its entry does not (gift_detail, schema 8).

An entry says who gave, how much and on which account; a receipt also says the form of the
gift (don manuel, acte authentique…), its nature (numéraire, en nature, frais engagés par un
bénévole…), how the money came (espèces, chèque, virement) and, for what is not money, what
was given. Whatever the treasurer does not say is inferred from the entry
(domain.receipts.gift_rule, the counter-account); once a receipt names the gift, what it
said stays (a trigger refuses, 'receipted donation').
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain.errors import ValidationError
from ..domain.money import Money
from ..domain.receipts import FORMS, GIFT_ACCOUNT_PATTERNS, METHODS, NATURES, gift_rule
from ..storage.db import Book
from ..text import clean_text

#: Natures whose receipt describes what was given (the gift in kind, the expenses).
DESCRIBED = frozenset({"en_nature", "frais_benevoles", "autres"})


@dataclass(frozen=True)
class GiftDetail:
    """What the treasurer said of one gift line; None in a field: inferred from the entry."""

    form: str | None = None          #: domain.receipts.FORMS key
    nature: str | None = None        #: NATURES key
    method: str | None = None        #: METHODS key (numéraire only)
    description: str = ""            #: what was given, the expenses given up
    renounced_on: dt.date | None = None  #: the volunteer's written renunciation (frais)

    @property
    def empty(self) -> bool:
        return self == GiftDetail()


@dataclass(frozen=True)
class GiftLine:
    """A gift of an exercice, as a list shows it."""

    line_id: int
    entry_number: int
    date: dt.date
    account: str
    donor: str | None                #: the tiers' name, None when the line names none
    amount: Money                    #: credit − debit (a debit corrects a gift)
    detail: GiftDetail | None        #: None: nothing said, all inferred
    receipt: str | None = None       #: number of the receipt that names it

    @property
    def rule_nature(self) -> str:
        """The nature the account says when the treasurer says none."""
        rule = gift_rule(self.account)
        return rule.nature if rule else "numeraire"

    @property
    def nature(self) -> str:
        return (self.detail.nature if self.detail and self.detail.nature
                else self.rule_nature)


_LINES = """
SELECT l.id, e.number, e.date, a.code, t.name, l.credit - l.debit,
       d.line_id, d.form, d.nature, d.method, d.description, d.renounced_on,
       (SELECT r.number FROM donation_receipt_line rl
          JOIN donation_receipt r ON r.id = rl.receipt_id WHERE rl.line_id = l.id)
  FROM entry_line l
  JOIN entry e ON e.id = l.entry_id
  JOIN account a ON a.id = l.account_id
  LEFT JOIN tiers t ON t.id = l.tiers_id
  LEFT JOIN gift_detail d ON d.line_id = l.id
"""


def _line(row) -> GiftLine:
    (line_id, number, date, code, donor, amount, has_detail, form, nature, method,
     description, renounced, receipt) = row
    detail = (GiftDetail(form, nature, method, description or "", _day(renounced))
              if has_detail is not None else None)
    return GiftLine(line_id, number, _day(date), code, donor, Money(amount), detail, receipt)


def _day(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])


def gift_lines(conn, year_label: str) -> list[GiftLine]:
    """The gift lines of an exercice (accounts that carry a tax reduction, per
    domain.receipts.gift_rule), in date order, each with what the treasurer said of it."""
    accounts = " OR ".join("a.code LIKE ?" for _ in GIFT_ACCOUNT_PATTERNS)
    rows = conn.execute(
        _LINES + f" JOIN fiscal_year f ON f.id = e.year_id WHERE f.label = ? AND ({accounts}) "
        "AND l.credit != l.debit ORDER BY e.date, e.number, l.id",
        (year_label, *GIFT_ACCOUNT_PATTERNS)).fetchall()
    return [_line(r) for r in rows if gift_rule(r[3]) is not None]


def gift_line(conn, line_id: int) -> GiftLine | None:
    """One entry line as a gift line (whatever its account; None when there is no such
    line)."""
    row = conn.execute(_LINES + " WHERE l.id = ?", (line_id,)).fetchone()
    return _line(row) if row else None


def gift_detail(conn, line_id: int) -> GiftDetail | None:
    """What the treasurer said of the gift on line ``line_id``; None: nothing."""
    line = gift_line(conn, line_id)
    return line.detail if line else None


def checked_detail(line: GiftLine, detail: GiftDetail) -> GiftDetail:
    """``detail`` as kept for ``line``: keys known, a mode de versement only for money, a
    description for what is not money, a renunciation date only for a volunteer's expenses.
    A refusal names its field."""
    for value, known, field in ((detail.form, FORMS, "forme du don"),
                                (detail.nature, NATURES, "nature du don"),
                                (detail.method, METHODS, "mode de versement")):
        if value is not None and value not in known:
            raise ValidationError(f"{field} « {value} » inconnue : {', '.join(known)}",
                                  field=field)
    nature = detail.nature or line.rule_nature
    description = clean_text(detail.description, lines=True).strip()
    if detail.method is not None and nature != "numeraire":
        raise ValidationError(
            f"un don « {NATURES[nature]} » n'a pas de mode de versement : seul un don en "
            "numéraire en a un", field="mode de versement")
    if nature in DESCRIBED and not description:
        raise ValidationError(
            f"un don « {NATURES[nature]} » est décrit sur le reçu (ce qui a été donné, "
            "ou les frais engagés : dates, trajets, montants) : décrivez-le",
            field="description")
    if detail.renounced_on is not None and nature != "frais_benevoles":
        raise ValidationError(
            "la date de renonciation ne concerne que les frais engagés par un bénévole qui "
            "renonce à leur remboursement", field="date de renonciation")
    return GiftDetail(detail.form, detail.nature, detail.method, description,
                      detail.renounced_on)


def _writable_line(conn, line_id: int) -> GiftLine:
    line = gift_line(conn, line_id)
    if line is None:
        raise ValidationError(f"ligne d'écriture n°{line_id} introuvable (supprimée entre-"
                              "temps ?)", field="ligne")
    if gift_rule(line.account) is None:
        raise ValidationError(
            f"la ligne du compte {line.account} (écriture n°{line.entry_number}) n'est pas un "
            "don ouvrant droit à réduction d'impôt (comptes 7541 dons manuels, 75412 "
            "abandons de frais, 7542 mécénat, 75432 donations, 870 dons en nature) : elle n'a "
            "pas de détail de don", field="compte")
    if line.receipt is not None:
        raise ValidationError(
            f"ce don figure sur le reçu fiscal n° {line.receipt} : ce que le reçu en dit ne "
            "change plus. Annulez le reçu (avec un motif) pour en émettre un autre.",
            field="reçu")
    return line


def set_gift_detail(book: Book, line_id: int, *, form: str | None = None,
                    nature: str | None = None, method: str | None = None,
                    description: str = "", renounced_on: dt.date | None = None
                    ) -> GiftDetail | None:
    """Say what the gift on line ``line_id`` is (replacing what was said). Refused on a line
    that is not a gift carrying a reduction and on a gift already receipted. Saying nothing
    (every field empty) clears the detail. Returns the detail as kept (None: cleared)."""
    detail = GiftDetail(form or None, nature or None, method or None, description or "",
                        renounced_on)
    with book.transaction() as s:
        conn = book.raw_connection(s)
        line = _writable_line(conn, line_id)
        kept = checked_detail(line, detail)
        if kept.empty:
            conn.execute("DELETE FROM gift_detail WHERE line_id = ?", (line_id,))
            return None
        conn.execute("DELETE FROM gift_detail WHERE line_id = ?", (line_id,))
        conn.execute(
            "INSERT INTO gift_detail (line_id, form, nature, method, description, "
            "renounced_on) VALUES (?, ?, ?, ?, ?, ?)",
            (line_id, kept.form, kept.nature, kept.method, kept.description,
             kept.renounced_on.isoformat() if kept.renounced_on else None))
        return kept


def clear_gift_detail(book: Book, line_id: int) -> None:
    """Forget what was said of the gift on line ``line_id`` (back to what the entry says);
    refused once the gift is receipted."""
    with book.transaction() as s:
        conn = book.raw_connection(s)
        _writable_line(conn, line_id)
        conn.execute("DELETE FROM gift_detail WHERE line_id = ?", (line_id,))
