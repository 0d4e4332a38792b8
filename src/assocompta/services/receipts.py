"""Reçus au titre des dons (CERFA n°11580): the year's donations, and issuing receipts.

A donation is a credit line on a 754x account (dons manuels) naming its donor as tiers. A
receipt is numbered "<year>-0001" on, continuously per year: the number is computed in the
transaction that writes the receipt, and receipts are never deleted (triggers), so numbers are
never reused and leave no gap. What the receipt says (donor's name and address) is copied at
issue: the donor may move, the receipt does not.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import select

from ..domain.errors import ValidationError
from ..domain.fixes import IDENTITY, command
from ..domain.money import Money
from ..domain.receipts import DeclarationPeriod
from ..storage.db import Book
from ..storage.orm import DonationReceipt, DonationReceiptLine, FiscalYear, Tiers
from ..storage.sql import string_agg
from .ledger import lock_year
from .retry import once_more_on_conflict

#: Mode de versement, as the CERFA's boxes name them.
METHODS = {"especes": "Remise d'espèces", "cheque": "Chèque",
           "virement": "Virement, prélèvement, carte bancaire"}
FORMS = {"don_manuel": "Déclaration de don manuel", "acte_authentique": "Acte authentique",
         "acte_sous_seing_prive": "Acte sous seing privé", "autres": "Autres"}
NATURES = {"numeraire": "Numéraire", "titres": "Titres de sociétés cotés", "autres": "Autres"}


@dataclass(frozen=True)
class Gift:
    line_id: int
    entry_id: int
    date: dt.date
    amount: Money
    method: str          # inferred from the entry's other side (METHODS key)
    receipt: str | None  # number of the receipt that covers it


@dataclass(frozen=True)
class Donor:
    tiers_id: int
    code: str
    name: str
    address: str
    gifts: tuple[Gift, ...]

    @property
    def total(self) -> Money:
        return Money.total(g.amount for g in self.gifts)

    @property
    def pending(self) -> tuple[Gift, ...]:
        return tuple(g for g in self.gifts if g.receipt is None)

    @property
    def receipts(self) -> tuple[str, ...]:
        return tuple(sorted({g.receipt for g in self.gifts if g.receipt}))


@dataclass(frozen=True)
class Receipt:
    id: int
    number: str
    year: str
    tiers_id: int
    donor_name: str
    donor_address: str
    amount: Money
    first_date: dt.date
    last_date: dt.date
    form: str
    nature: str
    method: str          # METHODS keys joined by "," (a yearly summary may mix them)
    issued_at: dt.date
    model: str = "11580*05"          # domain.receipts.Model value
    articles: str = "200"            # ARTICLES keys joined by ","
    donor_first_name: str = ""
    donor_postcode: str = ""
    donor_city: str = ""
    donor_country: str = ""
    donor_siren: str = ""
    donor_legal_form: str = ""
    in_kind_amount: Money = Money(0)  # of ``amount``: gifts in kind (valued, not paid)
    description: str = ""            # gifts in kind, expenses given up: what and how much
    signatory: str = ""              # « Name, title » as signed
    replaces: str | None = None      # number of the cancelled receipt this one replaces
    cancelled_at: dt.date | None = None
    cancel_reason: str | None = None

    @property
    def methods(self) -> tuple[str, ...]:
        return tuple(m for m in self.method.split(",") if m)

    @property
    def natures(self) -> tuple[str, ...]:
        return tuple(n for n in self.nature.split(",") if n)

    @property
    def article_keys(self) -> tuple[str, ...]:
        return tuple(a for a in self.articles.split(",") if a)

    @property
    def is_company(self) -> bool:
        return self.model.startswith("16216")

    @property
    def cash_amount(self) -> Money:
        """The versements (numéraire) of ``amount``."""
        return self.amount - self.in_kind_amount

    @property
    def cancelled(self) -> bool:
        return self.cancelled_at is not None


@dataclass(frozen=True)
class Beneficiary:
    """The association as a receipt names it (identity, and its receipt settings)."""

    name: str
    address: str              # street lines
    object: str
    siren: str | None
    rna: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "France"
    category: str = ""        # domain.receipts.Category value
    category_detail: str = ""  # « Autres (précisez) »
    rup_decree_date: dt.date | None = None
    rup_journal_date: dt.date | None = None
    signatory_name: str = ""
    signatory_title: str = ""


@dataclass(frozen=True)
class Declaration:
    """The yearly declaration of receipts issued (CGI art. 222 bis): how many, for how much."""

    association: Beneficiary
    period: DeclarationPeriod
    count: int                      # receipts counted (not cancelled)
    total: Money                    # the period's gifts on those receipts
    by_model: tuple[tuple[str, int, Money], ...]  # (model, count, total) of the models present
    receipts: tuple[Receipt, ...]   # the counted receipts, in number order
    cancelled: int                  # cancelled receipts of the period (not counted)
    made_on: dt.date


def infer_method(other_codes: Iterable[str], label: str = "") -> str:
    """Cash (53x) or bank (51x: a cheque if the entry says so, else a transfer)."""
    codes = list(other_codes)
    if any(c.startswith("53") for c in codes):
        return "especes"
    folded = label.lower()
    if "chq" in folded or "chèque" in folded or "cheque" in folded:
        return "cheque"
    return "virement"


_GIFTS = """
SELECT l.id, l.entry_id, e.date, l.credit - l.debit, t.id, t.code, t.name, t.address,
       coalesce(e.label, '') || ' ' || coalesce(l.label, '') || ' ' || coalesce(e.piece_ref, ''),
       (SELECT {codes} FROM entry_line l2 JOIN account a2 ON a2.id = l2.account_id
         WHERE l2.entry_id = l.entry_id AND l2.id != l.id),
       r.number
  FROM entry_line l
  JOIN entry e ON e.id = l.entry_id
  JOIN fiscal_year f ON f.id = e.year_id
  JOIN account a ON a.id = l.account_id
  JOIN tiers t ON t.id = l.tiers_id
  LEFT JOIN donation_receipt_line rl ON rl.line_id = l.id
  LEFT JOIN donation_receipt r ON r.id = rl.receipt_id
 WHERE f.label = ? AND a.code LIKE '754%' AND l.credit != l.debit
 ORDER BY t.name, t.code, e.date, l.id
"""


def donations(conn: sqlite3.Connection, year: str) -> list[Donor]:
    """The year's donors (by name), each with their gifts and the receipts already issued."""
    gifts: dict[int, list[Gift]] = defaultdict(list)
    who: dict[int, tuple[str, str, str]] = {}
    for (line_id, entry_id, date, amount, tiers_id, code, name, address, label, others,
         number) in conn.execute(
            _GIFTS.format(codes=string_agg(conn, "a2.code", "','")), (year,)):
        who[tiers_id] = (code, name, address)
        gifts[tiers_id].append(Gift(line_id, entry_id, dt.date.fromisoformat(date),
                                    Money(amount), infer_method((others or "").split(","),
                                                                label), number))
    return [Donor(t, *who[t], tuple(gifts[t])) for t in who]


def ended_year_to_receipt(conn: sqlite3.Connection, year: str,
                          today: dt.date | None = None) -> str | None:
    """The year before ``year``, once ended, if some of its gifts still lack a receipt.

    In January the year shown is the new one; the receipts due are the last year's."""
    rows = conn.execute("SELECT label, end_date FROM fiscal_year ORDER BY start_date").fetchall()
    labels = [label for label, _ in rows]
    if year not in labels or labels.index(year) == 0:
        return None
    label, end = rows[labels.index(year) - 1]
    if dt.date.fromisoformat(end) >= (today or dt.date.today()):
        return None
    return label if any(d.pending for d in donations(conn, label)) else None


def beneficiary(conn: sqlite3.Connection) -> Beneficiary:
    """The association as a receipt names it; its address and object are required."""
    row = conn.execute("SELECT name, address, object, siren FROM association").fetchone()
    missing = [what for what, value in (("l'adresse", row[1]), ("l'objet", row[2]))
               if not (value or "").strip()]
    if missing:
        raise ValidationError(f"un reçu fiscal indique {' et '.join(missing)} de l'association "
                              "bénéficiaire : complétez l'identité de l'association (adresse "
                              f"du siège, objet) avec {command(IDENTITY)}, puis recommencez")
    return Beneficiary(row[0], row[1].strip(), row[2].strip(), row[3])


def _next_sequence(s, year: FiscalYear) -> int:
    numbers = s.scalars(select(DonationReceipt.number)
                        .where(DonationReceipt.year_id == year.id))
    return max((int(n.rsplit("-", 1)[1]) for n in numbers), default=0) + 1


@once_more_on_conflict
def issue(book: Book, year: str, tiers_ids: Iterable[int] | None = None, *,
          per: str = "donor", method: str | None = None, today: dt.date | None = None,
          then: Callable[[list[Receipt], Beneficiary], object] | None = None) -> list[Receipt]:
    """Receipts for the gifts not yet receipted of the chosen donors (None: every donor).

    ``per="donor"``: one receipt per donor for the year (a yearly summary); ``"gift"``: one
    per gift. ``method`` (a METHODS key) replaces the inferred mode de versement. All or
    nothing: a donor without an address stops the whole batch, naming every such donor;
    ``then(receipts, beneficiary)`` (writing the PDF) runs before the commit, so that receipts
    whose PDF could not be written are not issued either.
    """
    if per not in ("donor", "gift"):
        raise ValueError(per)
    if method is not None and method not in METHODS:
        raise ValidationError(f"mode de versement « {method} » inconnu : "
                              f"{', '.join(METHODS)}", field="mode")
    today = today or dt.date.today()
    wanted = None if tiers_ids is None else set(tiers_ids)
    with book.transaction() as s:
        conn = book.raw_connection(s)
        fiscal = s.scalars(select(FiscalYear).where(FiscalYear.label == year)).first()
        if fiscal is None:
            raise ValidationError(f"exercice « {year} » inconnu", field="exercice")
        # Receipt numbers follow on without a gap, and a gift is receipted once: a second
        # person issuing at the same time waits here, then sees what the first issued.
        lock_year(s, fiscal.id)
        who = beneficiary(conn)
        donors = [d for d in donations(conn, year)
                  if d.pending and (wanted is None or d.tiers_id in wanted)]
        homeless = [d.name for d in donors if not d.address.strip()]
        if homeless:
            raise ValidationError(
                "un reçu fiscal indique l'adresse du donateur ; adresse manquante pour : "
                f"{', '.join(homeless)}. Complétez-la dans Tiers et actions, puis recommencez. "
                "Aucun reçu n'a été émis.")
        # A débit on 754 naming the donor corrects a gift (a reversal): the receipt is for
        # the net amount, which a receipt per gift cannot express.
        corrected = [d for d in donors if any(g.amount.cents < 0 for g in d.pending)]
        if per == "gift" and corrected:
            raise ValidationError(
                "des corrections de dons (débits sur 754) concernent : "
                f"{', '.join(d.name for d in corrected)}. Émettez pour eux un reçu annuel, "
                "du montant net. Aucun reçu n'a été émis.")
        sequence = _next_sequence(s, fiscal)
        made: list[DonationReceipt] = []
        for donor in donors:
            tiers = s.get(Tiers, donor.tiers_id)
            groups = [donor.pending] if per == "donor" else [(g,) for g in donor.pending]
            for gifts in groups:
                if Money.total(g.amount for g in gifts).cents <= 0:
                    continue  # corrected down to nothing: no gift to receipt
                given = [g for g in gifts if g.amount.cents > 0]
                methods = [method] if method else sorted({g.method for g in given},
                                                         key=list(METHODS).index)
                r = DonationReceipt(
                    year_id=fiscal.id, number=f"{year}-{sequence:04d}", tiers_id=tiers.id,
                    donor_name=tiers.name, donor_address=tiers.address.strip(),
                    amount=Money.total(g.amount for g in gifts),
                    first_date=min(g.date for g in given), last_date=max(g.date for g in given),
                    form="don_manuel", nature="numeraire", method=",".join(methods),
                    issued_at=today.isoformat())
                s.add(r)
                s.flush()
                s.add_all(DonationReceiptLine(line_id=g.line_id, receipt_id=r.id) for g in gifts)
                made.append(r)
                sequence += 1
        s.flush()
        issued = [_receipt(r, year) for r in made]
        if then is not None and issued:
            then(issued, who)
        return issued


def _receipt(r: DonationReceipt, year: str) -> Receipt:
    return Receipt(r.id, r.number, year, r.tiers_id, r.donor_name, r.donor_address, r.amount,
                   r.first_date, r.last_date, r.form, r.nature, r.method,
                   dt.date.fromisoformat(r.issued_at))


def receipts(conn: sqlite3.Connection, year: str | None = None,
             numbers: Iterable[str] | None = None) -> list[Receipt]:
    """Issued receipts of a year (or those numbered ``numbers``), in number order."""
    sql = ("SELECT r.id, r.number, f.label, r.tiers_id, r.donor_name, r.donor_address, r.amount, "
           "r.first_date, r.last_date, r.form, r.nature, r.method, r.issued_at "
           "FROM donation_receipt r JOIN fiscal_year f ON f.id = r.year_id")
    where, params = [], []
    if year is not None:
        where.append("f.label = ?")
        params.append(year)
    if numbers is not None:
        numbers = list(numbers)
        where.append(f"r.number IN ({','.join('?' * len(numbers))})")
        params += numbers
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [Receipt(i, n, y, t, dn, da, Money(a), dt.date.fromisoformat(fd),
                    dt.date.fromisoformat(ld), fo, na, me, dt.date.fromisoformat(ia[:10]))
            for i, n, y, t, dn, da, a, fd, ld, fo, na, me, ia
            in conn.execute(sql + " ORDER BY r.number", params)]

