"""Cut-off at the year end (régularisations): what was paid or received in the year for the
next one, and what the year owes or is owed without a document yet.

:func:`cutoff_step` reads the year's entries and proposes, dated the year's last day:

* **charges constatées d'avance** (486): a charge of the kinds usually paid ahead (rents,
  insurance, maintenance, subscriptions, telephone and internet, a federation's fee) whose
  label or piece names a period reaching past the year end, or an insurance premium or a
  yearly subscription without a period, taken as 12 months from the first day of the month
  it was paid (the reason says it is assumed: the treasurer checks the contract);
* **produits constatés d'avance** (487): cotisations and other income received in the year
  for the next one (« cotisation 2026 » cashed in December 2025), and the part of a
  multi-year subsidy relating to later years (ANC 2018-06 art. 142-8), when the label names
  the period.

What the treasurer knows and the book does not is stated by hand: :func:`charge_a_payer`
(an invoice not received yet, salaries, charges), :func:`produit_a_recevoir` (a subsidy
notified but not paid, a service rendered not invoiced) and :func:`prepaid` (a line's period
given by the treasurer). Each is an OD entry of kind 'regularisation'; the closing reverses
every one of them on the next year's first day (services/closing.py), so that the next year
bears its own part.

Proposals equal to a regularisation already booked in the year (same lines) are not proposed
again: asking twice books nothing twice, and deleting one brings it back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import or_, select

from ..domain.cutoff import (
    PREPAID_CHARGES,
    PREPAID_PRODUCTS,
    NamedPeriod,
    Period,
    accrual_account,
    months_from,
    period_named,
    share_after,
)
from ..domain.entries import EntryDraft, LineDraft
from ..domain.errors import ValidationError
from ..domain.money import ZERO, Money
from ..formatting import euros
from ..storage.orm import Account, Action, Entry, EntryLine, FiscalYear, Tiers, YearEndEntry
from .year_end import WORK_JOURNAL, Proposal, Step, booked_entries

KIND = "regularisation"

#: Charges usually paid ahead: services extérieurs (61: sous-traitance, crédit-bail, rents,
#: charges locatives, maintenance, insurance, études, documentation and subscriptions),
#: telephone and internet (626), a federation's yearly fee (6281).
PREPAID_CHARGE_ACCOUNTS = ("611", "612", "613", "614", "615", "616", "617", "618", "626",
                           "6281")
#: Words that say a charge without a period covers a year from its payment.
YEARLY_WORDS = ("annuel", "annuelle", "abonnement", "12 mois", "douze mois", "un an")
#: A charge paid this many times in the year under the same account and label (digits aside)
#: is a monthly or quarterly bill, not a year paid ahead: « Abonnement téléphone » every month.
RECURRING = 3
#: Income that can be received ahead: sales and services (70), subsidies (74), cotisations
#: (756), contributions of other bodies (7551), other income (758).
PREPAID_PRODUCT_ACCOUNTS = ("70", "74", "756", "7551", "758")

TITLE = "Régularisations (charges et produits de l'exercice)"
EXPLANATION = (
    "Le résultat d'un exercice ne compte que ce qui le concerne. Une assurance payée en "
    "octobre pour douze mois concerne pour neuf mois l'exercice suivant : cette part passe "
    "en charges constatées d'avance (486). Des cotisations de l'an prochain encaissées en "
    "décembre, ou la part d'une subvention pluriannuelle qui finance l'exercice suivant, "
    "passent en produits constatés d'avance (487). À l'inverse, une facture pas encore reçue "
    "pour une dépense de l'exercice est une charge à payer, une subvention notifiée pas "
    "encore versée un produit à recevoir. Ces écritures sont datées du dernier jour de "
    "l'exercice ; la clôture les extourne (les inverse) le premier jour de l'exercice suivant.")


# -- reading the book ---------------------------------------------------------------------
def _reading(book_or_session, fn):
    if hasattr(book_or_session, "transaction"):  # a Book
        with book_or_session.session() as s:
            return fn(s)
    return fn(book_or_session)


def _year(s, label: str) -> FiscalYear:
    year = s.scalars(select(FiscalYear).where(FiscalYear.label == label)).first()
    if year is None:
        known = ", ".join(s.scalars(select(FiscalYear.label).order_by(FiscalYear.start_date)))
        raise ValidationError(f"exercice « {label} » inconnu (exercices : {known})",
                              field="--year")
    return year


def _signature(lines) -> tuple:
    return tuple(sorted((ln.account, ln.debit.cents, ln.credit.cents, ln.tiers or "",
                         ln.action or "") for ln in lines))


def _booked_signatures(s, year_id: int) -> Counter:
    """The lines of each regularisation already in the year, as proposals would have them."""
    rows = s.execute(
        select(EntryLine.entry_id, Account.code, EntryLine.debit, EntryLine.credit,
               Tiers.code, Action.code)
        .join(Entry, Entry.id == EntryLine.entry_id)
        .join(YearEndEntry, YearEndEntry.entry_id == Entry.id)
        .join(Account, Account.id == EntryLine.account_id)
        .outerjoin(Tiers, Tiers.id == EntryLine.tiers_id)
        .outerjoin(Action, Action.id == EntryLine.action_id)
        .where(Entry.year_id == year_id, YearEndEntry.kind == KIND)).all()
    by_entry: dict[int, list[LineDraft]] = {}
    for entry_id, code, debit, credit, tiers, action in rows:
        by_entry.setdefault(entry_id, []).append(LineDraft(code, debit, credit, tiers, action))
    return Counter(_signature(lines) for lines in by_entry.values())


def _unbooked(proposals: list[Proposal], booked: Counter) -> list[Proposal]:
    left = Counter(booked)
    kept = []
    for p in proposals:
        sig = _signature(p.draft.lines)
        if left[sig]:
            left[sig] -= 1
        else:
            kept.append(p)
    return kept


# -- the step ------------------------------------------------------------------------------
def cutoff_step(book_or_session, year_label: str) -> Step:
    """The 'regularisations' step of closing ``year_label``: proposals from its entries."""
    return _reading(book_or_session, lambda s: _step(s, _year(s, year_label)))


def _step(s, year: FiscalYear) -> Step:
    candidates = _candidates(s, year)
    proposals = _unbooked(candidates, _booked_signatures(s, year.id))
    booked = tuple(entry_id for entry_id, *_ in booked_entries(s, year.id, (KIND,)))
    chart = year.chart.code
    notes = (
        "Factures de l'exercice pas encore reçues (électricité, téléphone, prestataire…) : "
        f"charge à payer (compte de charge / {accrual_account(chart, 'charge', 'fournisseur')}"
        f" ou {accrual_account(chart, 'charge', 'divers')}).",
        "Subvention notifiée pour l'exercice mais pas encore versée, prestation rendue pas "
        "encore facturée : produit à recevoir "
        f"({accrual_account(chart, 'produit', 'subvention')} ou "
        f"{accrual_account(chart, 'produit', 'client')} / compte de produit).",
        "Une charge payée d'avance dont le libellé ne dit pas la période : donnez-la "
        "(régularisation d'une ligne par sa période).",
    )
    return Step("regularisations", TITLE, EXPLANATION, tuple(proposals), booked, notes)


@dataclass(frozen=True)
class _Entry:
    date: dt.date
    label: str
    piece_ref: str


@dataclass(frozen=True)
class _Line:
    """What a candidate line's proposal reads: columns, not ORM objects (a year of 100 000
    entries has tens of thousands of rent, cotisation and sales lines to look at)."""

    debit: Money
    credit: Money
    label: str | None
    tiers_id: int | None
    tiers: str | None
    action: str | None


def _candidates(s, year: FiscalYear) -> list[Proposal]:
    work = select(YearEndEntry.entry_id)
    rows = s.execute(
        select(Account.code, EntryLine.debit, EntryLine.credit, EntryLine.label,
               EntryLine.tiers_id, Tiers.code, Action.code, Entry.date, Entry.label,
               Entry.piece_ref)
        .join(Entry, Entry.id == EntryLine.entry_id)
        .join(Account, Account.id == EntryLine.account_id)
        .outerjoin(Tiers, Tiers.id == EntryLine.tiers_id)
        .outerjoin(Action, Action.id == EntryLine.action_id)
        # Only the accounts that can be paid or received ahead: a year of 100 000 lines
        # loads its rents and cotisations, not its every purchase.
        .where(Entry.year_id == year.id, Entry.id.not_in(work),
               or_(*(Account.code.like(f"{p}%")
                     for p in PREPAID_CHARGE_ACCOUNTS + PREPAID_PRODUCT_ACCOUNTS)))
        .order_by(Entry.date, Entry.number, EntryLine.position)).all()
    found = [(code, _Line(debit, credit, label, tiers_id, tiers, action),
              _Entry(date, entry_label, piece or ""))
             for code, debit, credit, label, tiers_id, tiers, action, date, entry_label, piece
             in rows]
    charges = [(code, line, entry) for code, line, entry in found
               if code.startswith(PREPAID_CHARGE_ACCOUNTS) and line.debit > line.credit]
    times = Counter(_recurrence(entry, line, code) for code, line, entry in charges)
    proposals = []
    for code, line, entry in found:
        if code.startswith(PREPAID_CHARGE_ACCOUNTS) and line.debit > line.credit:
            recurring = times[_recurrence(entry, line, code)] >= RECURRING
            p = _prepaid_charge(year, entry, line, code, recurring=recurring)
        elif code.startswith(PREPAID_PRODUCT_ACCOUNTS) and line.credit > line.debit:
            p = _prepaid_product(year, entry, line, code)
        else:
            p = None
        if p is not None:
            proposals.append(p)
    return proposals


_DIGITS = re.compile(r"\d+")


def _recurrence(entry, line, code: str) -> tuple:
    """What repeats in a periodic bill: its account, tiers and label without the digits
    (« Facture 03/2025 » and « Facture 04/2025 » are the same bill)."""
    return code, line.tiers_id, " ".join(_DIGITS.sub("", _text(entry, line).lower()).split())


def _text(entry, line) -> str:
    return " ".join(t for t in (line.label, entry.label, entry.piece_ref) if t)


def _source(entry) -> str:
    # Named by date, label and piece, never by number: a draft's number changes when the
    # closing validates the year, and the reason is kept (and printed) as written.
    piece = f" (pièce {entry.piece_ref})" if entry.piece_ref else ""
    return f"écriture du {entry.date:%d/%m/%Y} « {entry.label} »{piece}"


def _how(named: NamedPeriod) -> str:
    return {"dates": "période lue dans le libellé",
            "mois": "mois lus dans le libellé",
            "saison": "saison supposée du 1er septembre au 31 août : vérifiez-la",
            "année": "le libellé nomme l'exercice suivant",
            "12 mois": "douze mois supposés à partir du mois du paiement : vérifiez le contrat",
            "donnée": "période donnée par le trésorier"}[named.how]


def _prepaid_charge(year: FiscalYear, entry, line, code: str, *,
                    recurring: bool = False) -> Proposal | None:
    text = _text(entry, line)
    named = period_named(text, year.end_date)
    if named is None and not recurring and (code.startswith("616") or
                                            any(w in text.lower() for w in YEARLY_WORDS)):
        named = NamedPeriod(months_from(entry.date.replace(day=1), 12), "12 mois")
    if named is None:
        return None
    return _prepaid_proposal(year, entry, line, code, named)


def _prepaid_product(year: FiscalYear, entry, line, code: str
                     ) -> Proposal | None:
    named = period_named(_text(entry, line), year.end_date)
    if named is None:
        return None
    return _prepaid_proposal(year, entry, line, code, named)


def _prepaid_proposal(year: FiscalYear, entry, line, code: str,
                      named: NamedPeriod) -> Proposal | None:
    charge = code.startswith("6")
    net = line.debit - line.credit if charge else line.credit - line.debit
    after = share_after(net, named.period, year.end_date)
    if after <= ZERO:
        return None
    tiers, action = line.tiers, line.action
    days, total = named.period.days_after(year.end_date), named.period.days
    if charge:
        what = "Charge constatée d'avance"
        lines = (LineDraft(PREPAID_CHARGES, debit=after, tiers=tiers, action=action),
                 LineDraft(code, credit=after, tiers=tiers, action=action))
    else:
        what = "Produit constaté d'avance"
        lines = (LineDraft(code, debit=after, tiers=tiers, action=action),
                 LineDraft(PREPAID_PRODUCTS, credit=after, tiers=tiers, action=action))
    reason = (f"{_source(entry)} : {euros(net)} pour la période {named.period} "
              f"({_how(named)}) ; {days} jours sur {total} tombent après le "
              f"{year.end_date:%d/%m/%Y}, soit {euros(after)} "
              f"{'à reporter en 486' if charge else 'à reporter en 487'}.")
    if code.startswith("74") and not charge:
        reason += (" Subvention couvrant une période à cheval sur plusieurs exercices : la "
                   "part des exercices futurs va en produits "
                   "constatés d'avance (ANC 2018-06 art. 142-8).")
    label = f"{what} : {entry.label}"[:200]
    return Proposal(KIND, EntryDraft(year.end_date, WORK_JOURNAL, label, lines,
                                     piece_ref=entry.piece_ref), reason)


# -- stated by hand ---------------------------------------------------------------------------
def _amount(amount: Money) -> Money:
    if not isinstance(amount, Money):
        raise TypeError("amount must be Money")
    if amount <= ZERO:
        raise ValidationError("le montant doit être positif", field="montant")
    return amount


def charge_a_payer(book_or_session, year_label: str, account: str, amount: Money, label: str,
                   *, who: str = "fournisseur", tiers: str | None = None,
                   action: str | None = None) -> Proposal:
    """A charge of the year not invoiced or not paid yet: D ``account`` (class 6) / C 408
    (fournisseur), 428 (personnel), 438, 448, or 4686 / 468 (divers) as the year's chart has
    them."""
    def build(s):
        year = _year(s, year_label)
        if not account.startswith("6"):
            raise ValidationError(f"compte {account} : une charge à payer débite un compte de "
                                  "charges (classe 6)", field="compte")
        debt = accrual_account(year.chart.code, "charge", who)
        cents = _amount(amount)
        lines = (LineDraft(account, debit=cents, action=action),
                 LineDraft(debt, credit=cents, tiers=tiers))
        reason = (f"Charge de l'exercice {year.label} sans facture ou non payée au "
                  f"{year.end_date:%d/%m/%Y} : {label} ({euros(cents)}, en {debt}).")
        return Proposal(KIND, EntryDraft(year.end_date, WORK_JOURNAL,
                                         f"Charge à payer : {label}", lines), reason)
    return _reading(book_or_session, build)


def produit_a_recevoir(book_or_session, year_label: str, account: str, amount: Money,
                       label: str, *, who: str = "client", tiers: str | None = None,
                       action: str | None = None) -> Proposal:
    """A product of the year not received yet: D 418 (client), 4417 / 441 (subvention), 448
    or 4687 / 468 (divers) / C ``account`` (class 7)."""
    def build(s):
        year = _year(s, year_label)
        if not account.startswith("7"):
            raise ValidationError(f"compte {account} : un produit à recevoir crédite un compte "
                                  "de produits (classe 7)", field="compte")
        claim = accrual_account(year.chart.code, "produit", who)
        cents = _amount(amount)
        lines = (LineDraft(claim, debit=cents, tiers=tiers),
                 LineDraft(account, credit=cents, tiers=tiers if account.startswith("74")
                           else None, action=action))
        reason = (f"Produit acquis à l'exercice {year.label} et non encore reçu au "
                  f"{year.end_date:%d/%m/%Y} : {label} ({euros(cents)}, en {claim}).")
        return Proposal(KIND, EntryDraft(year.end_date, WORK_JOURNAL,
                                         f"Produit à recevoir : {label}", lines), reason)
    return _reading(book_or_session, build)


def prepaid(book_or_session, year_label: str, line_id: int, period_start: dt.date,
            period_end: dt.date) -> Proposal:
    """The part of an entry line's charge (486) or product (487) covering the days of
    ``period_start``–``period_end`` after the year end, the period given by the treasurer."""
    def build(s):
        year = _year(s, year_label)
        line = s.get(EntryLine, line_id)
        if line is None or line.entry.year_id != year.id:
            raise ValidationError(f"ligne {line_id} : pas une ligne de l'exercice {year.label}",
                                  field="ligne")
        code = line.account.code
        if code[:1] not in "67":
            raise ValidationError(f"compte {code} : seule une charge (6) ou un produit (7) se "
                                  "reporte en 486 / 487", field="ligne")
        named = NamedPeriod(Period(period_start, period_end), "donnée")
        read = _Line(line.debit, line.credit, line.label, line.tiers_id,
                     line.tiers.code if line.tiers else None,
                     line.action.code if line.action else None)
        entry = _Entry(line.entry.date, line.entry.label, line.entry.piece_ref or "")
        p = _prepaid_proposal(year, entry, read, code, named)
        if p is None:
            raise ValidationError(f"la période {named.period} ne dépasse pas la fin de "
                                  f"l'exercice ({year.end_date:%d/%m/%Y}) : rien à reporter",
                                  field="période")
        return p
    return _reading(book_or_session, build)
