"""Issuing donation receipts, cancelling and replacing them.

Receipts are numbered per calendar year, "2025-0001" on: the number is computed in the
transaction that writes the receipt, and receipts are never deleted nor changed (triggers),
only cancelled (date and reason) and replaced, so numbers are never reused and leave no gap.
What a receipt says (the donor's name and address, the signatory, what it certifies) is copied
at issue: the donor may move, the receipt does not.

All or nothing: a batch stops on the first donor or gift it cannot receipt as it stands,
naming every one with what to do; ``then(receipts, beneficiary)`` (writing the PDF) runs before
the commit, so receipts whose PDF could not be written are not issued either.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from sqlalchemy import select

from ..domain.errors import ValidationError
from ..domain.money import Money
from ..domain.parties import split_address
from ..domain.receipts import (METHODS, Model, calendar_period, company_period,
                               receipt_number)
from ..storage.db import Book
from ..storage.orm import DonationReceipt, DonationReceiptLine, FiscalYear, Tiers
from ..text import clean_text
from .ledger import lock_year
from .receipts import (Beneficiary, Donor, Gift, Receipt, beneficiary, calendar_year,
                       donations, effective_receipts, receipts)
from .retry import once_more_on_conflict


def _lock_years(s, start: dt.date, end: dt.date) -> list[FiscalYear]:
    """The exercices overlapping [start, end], locked in id order (services.ledger.lock_year):
    a second person issuing receipts at the same time waits, then sees what was issued."""
    years = list(s.scalars(select(FiscalYear).where(FiscalYear.start_date <= end,
                                                    FiscalYear.end_date >= start)
                           .order_by(FiscalYear.id)))
    for y in years:
        lock_year(s, y.id)
    return years


def _next_sequence(s, year: int) -> int:
    prefix = f"{year}-"
    numbers = s.scalars(select(DonationReceipt.number)
                        .where(DonationReceipt.number.like(f"{prefix}%")))
    tails = [n[len(prefix):] for n in numbers]
    return max((int(t) for t in tails if t.isdigit() and len(t) == 4), default=0) + 1


def _groups(donor: Donor, gifts: tuple[Gift, ...], per: str, year_end: str
            ) -> list[tuple[Gift, ...]]:
    """The gifts each receipt covers. One per gift; or, yearly: an individual's gifts of the
    calendar year, one receipt per form and nature (a receipt ticks one of each); a company's
    gifts of each of its own exercices within the year (16216 tells versements from gifts in
    kind on one receipt, and never spans two of the company's exercices)."""
    if per == "gift":
        return [(g,) for g in gifts]
    keyed: dict[tuple, list[Gift]] = {}
    for g in gifts:
        if donor.model is Model.COMPANY:
            key = company_period(g.date, year_end)
        else:
            key = (g.form, g.nature)
        keyed.setdefault(key, []).append(g)
    return [tuple(v) for v in keyed.values()]


def _due(donor: Donor, today: dt.date) -> tuple[Gift, ...]:
    """The gifts a receipt issued ``today`` may certify: received by then."""
    return tuple(g for g in donor.pending if g.date <= today)


def _refusals(donors: list[Donor], per: str, method: str | None,
              today: dt.date) -> list[str]:
    problems = []
    for d in donors:
        if d.problem:
            problems.append(d.problem)
            continue
        problems += [p for g in _due(d, today)
                     if (p := g.problem_if_method if method else g.problem)]
        # A débit naming the donor corrects a gift: a receipt per gift cannot say the net.
        if per == "gift" and any(g.amount.cents < 0 for g in _due(d, today)):
            problems.append(f"des corrections de dons (débits) concernent {d.name} : émettez "
                            "pour ce donateur un reçu annuel, du montant net")
    return problems


@once_more_on_conflict
def issue(book: Book, year: int | str, tiers_ids: Iterable[int] | None = None, *,
          per: str = "donor", method: str | None = None, ifi: bool = False,
          today: dt.date | None = None,
          then: Callable[[list[Receipt], Beneficiary], object] | None = None) -> list[Receipt]:
    """Receipts for the gifts of calendar year ``year`` not yet receipted, of the chosen
    donors (None: every donor).

    ``per="donor"``: a yearly receipt per donor (per form and nature for a person, per own
    exercice for a company); ``"gift"``: one per gift. ``method`` (a METHODS key) is the
    mode of payment of gifts in numéraire whose entry shows none (never overriding what the
    entry shows). Gifts dated after ``today`` wait: a receipt certifies gifts received. ``ifi``: the receipts
    certify article 978 (IFI) instead of 200 (cash and listed shares only).
    """
    if per not in ("donor", "gift"):
        raise ValueError(per)
    if method is not None and method not in METHODS:
        raise ValidationError(f"mode de versement « {method} » inconnu : "
                              f"{', '.join(METHODS)}", field="mode")
    calendar = calendar_year(year)
    today = today or dt.date.today()
    wanted = None if tiers_ids is None else set(tiers_ids)
    start, end = calendar_period(calendar)
    with book.transaction() as s:
        conn = book.raw_connection(s)
        years = _lock_years(s, start, end)
        if not years:
            raise ValidationError(f"aucun exercice ne couvre l'année {calendar}",
                                  field="année")
        who = beneficiary(conn)
        # A receipt certifies gifts received: one dated after the day of issue waits.
        donors = [d for d in donations(conn, calendar)
                  if _due(d, today) and (wanted is None or d.tiers_id in wanted)]
        problems = _refusals(donors, per, method, today)
        if ifi:
            problems += [f"{d.name} : la réduction d'IFI (art. 978) ne vaut que pour les dons "
                         "en numéraire et de titres cotés, et pour les particuliers"
                         for d in donors
                         if d.model is not Model.INDIVIDUAL
                         or any(g.nature not in ("numeraire", "titres")
                                for g in _due(d, today))]
        if problems:
            raise ValidationError("impossible d'émettre ces reçus fiscaux :\n– "
                                  + "\n– ".join(problems) + "\nAucun reçu n'a été émis.")
        sequence = _next_sequence(s, calendar)
        made: list[DonationReceipt] = []
        for donor in donors:
            tiers = s.get(Tiers, donor.tiers_id)
            for gifts in _groups(donor, _due(donor, today), per, tiers.year_end):
                if Money.total(g.amount for g in gifts).cents <= 0:
                    continue  # corrected down to nothing: no gift to receipt
                r = _new_receipt(s, years, tiers, donor, gifts, who, today, method, ifi,
                                 receipt_number(calendar, sequence))
                s.add_all(DonationReceiptLine(line_id=g.line_id, receipt_id=r.id)
                          for g in gifts)
                made.append(r)
                sequence += 1
        s.flush()
        issued = receipts(conn, numbers=[r.number for r in made]) if made else []
        if then is not None and issued:
            then(issued, who)
        return issued


def _new_receipt(s, years: list[FiscalYear], tiers: Tiers, donor: Donor,
                 gifts: Iterable[Gift], who: Beneficiary, today: dt.date, method: str | None,
                 ifi: bool, number: str, replaces: int | None = None) -> DonationReceipt:
    gifts = list(gifts)
    given = [g for g in gifts if g.amount.cents > 0]
    natures = sorted({g.nature for g in given})
    # The entry says how the money came; the batch's mode only fills where it does not.
    methods = sorted({g.method or method for g in given if g.nature == "numeraire"},
                     key=list(METHODS).index)
    last = max(g.date for g in given)
    year = next(y for y in years if y.start_date <= last <= y.end_date)
    company = donor.model is Model.COMPANY
    street, postcode, city = tiers.address.strip(), tiers.postcode, tiers.city
    if not (postcode or city):
        street, postcode, city = split_address(tiers.address)
    descriptions = []
    for g in gifts:
        if g.description.strip() and g.description.strip() not in descriptions:
            descriptions.append(g.description.strip())
    r = DonationReceipt(
        year_id=year.id, number=number, tiers_id=tiers.id,
        donor_name=(tiers.last_name or tiers.name) if not company else tiers.name,
        donor_first_name="" if company else tiers.first_name,
        donor_address=street, donor_postcode=postcode, donor_city=city,
        donor_country=tiers.country, donor_siren=tiers.siren if company else "",
        donor_legal_form=tiers.legal_form if company else "",
        amount=Money.total(g.amount for g in gifts),
        in_kind_amount=Money.total(g.amount for g in gifts if g.in_kind),
        first_date=min(g.date for g in given), last_date=last,
        form=",".join(sorted({g.form for g in given})), nature=",".join(natures),
        method=",".join(methods), model=(donor.model or Model.INDIVIDUAL).value,
        articles="238bis" if company else ("978" if ifi else "200"),
        description=clean_text("\n".join(descriptions), lines=True),
        signatory=f"{who.signatory_name}, {who.signatory_title}",
        issued_at=today.isoformat(), replaces_id=replaces)
    s.add(r)
    s.flush()
    return r


@once_more_on_conflict
def cancel(book: Book, number: str, reason: str, *, today: dt.date | None = None) -> Receipt:
    """Cancel receipt ``number``: it stays, marked « annulé » with the day and ``reason``;
    its gifts are not receipted again until it is replaced (:func:`replace`)."""
    reason = clean_text(reason).strip()
    if not reason:
        raise ValidationError("indiquez le motif de l'annulation (ex. « adresse erronée »)",
                              field="motif")
    today = today or dt.date.today()
    with book.transaction() as s:
        r = s.scalars(select(DonationReceipt).where(DonationReceipt.number == number)
                      .with_for_update()).first()
        if r is None:
            raise ValidationError(f"reçu « {number} » inconnu", field="numéro")
        if r.cancelled_at is not None:
            raise ValidationError(f"le reçu {number} est déjà annulé (le "
                                  f"{r.cancelled_at[:10]} : {r.cancel_reason})")
        r.cancelled_at, r.cancel_reason = today.isoformat(), reason
        s.flush()
        return receipts(book.raw_connection(s), numbers=[number])[0]


@once_more_on_conflict
def replace(book: Book, number: str, *, reason: str | None = None,
            today: dt.date | None = None, method: str | None = None,
            then: Callable[[list[Receipt], Beneficiary], object] | None = None) -> Receipt:
    """A new receipt for the gifts of receipt ``number``, with the donor's and the
    association's details as they are now; ``number`` is cancelled first if it is not
    already (``reason`` then required). The new one says « annule et remplace » and takes
    the next number of the gifts' calendar year."""
    today = today or dt.date.today()
    with book.transaction() as s:
        conn = book.raw_connection(s)
        old = s.scalars(select(DonationReceipt).where(DonationReceipt.number == number)
                        .with_for_update()).first()
        if old is None:
            raise ValidationError(f"reçu « {number} » inconnu", field="numéro")
        if s.scalar(select(DonationReceipt.number)
                    .where(DonationReceipt.replaces_id == old.id)):
            raise ValidationError(f"le reçu {number} est déjà remplacé")
        if old.cancelled_at is None:
            reason = clean_text(reason or "").strip()
            if not reason:
                raise ValidationError("indiquez le motif de l'annulation du reçu remplacé",
                                      field="motif")
            old.cancelled_at, old.cancel_reason = today.isoformat(), reason
            s.flush()
        calendar = old.last_date.year
        years = _lock_years(s, *calendar_period(calendar))
        chain = {rid for rid, (end, _, _) in effective_receipts(conn).items()
                 if end == old.id}
        lines = {line for (line,) in conn.execute(
            f"SELECT line_id FROM donation_receipt_line WHERE receipt_id IN "
            f"({','.join('?' * len(chain))})", sorted(chain))}
        donor = next(d for d in donations(conn, calendar) if d.tiers_id == old.tiers_id)
        gifts = [g for g in donor.gifts if g.line_id in lines]
        problems = ([donor.problem] if donor.problem else []) + [
            g.problem for g in gifts if g.problem]
        if problems:
            raise ValidationError("impossible de remplacer le reçu :\n– "
                                  + "\n– ".join(problems) + "\nAucun reçu n'a été émis.")
        who = beneficiary(conn)
        r = _new_receipt(s, years, s.get(Tiers, old.tiers_id), donor, gifts, who, today,
                         method, old.articles == "978",
                         receipt_number(calendar, _next_sequence(s, calendar)),
                         replaces=old.id)
        made = receipts(conn, numbers=[r.number])
        if then is not None:
            then(made, who)
        return made[0]

