"""Entries (écritures) as the treasurer drafts them, and the rules they must obey.

A draft is plain data: account numbers, tiers and action codes, :class:`Money` amounts. The
services turn a valid draft into rows; the storage layer enforces balance once more, so that
nothing that bypasses this module can commit an unbalanced entry either.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .errors import UnbalancedEntryError, ValidationError
from .money import ZERO, Money


@dataclass(frozen=True)
class LineDraft:
    account: str
    debit: Money = ZERO
    credit: Money = ZERO
    tiers: str | None = None
    action: str | None = None
    label: str | None = None  # only when the line's wording differs from the entry's


@dataclass(frozen=True)
class EntryDraft:
    date: dt.date
    journal: str
    label: str
    lines: tuple[LineDraft, ...]
    piece_ref: str = ""
    piece_date: dt.date | None = None

    @property
    def total_debit(self) -> Money:
        return Money.total(line.debit for line in self.lines)

    @property
    def total_credit(self) -> Money:
        return Money.total(line.credit for line in self.lines)


def check_entry(draft: EntryDraft, *, allow_empty_lines: bool = False) -> None:
    """Raise if the draft cannot be booked: fewer than two lines, bad amounts, unbalanced."""
    if not isinstance(draft.date, dt.date):
        raise ValidationError("date de l'écriture manquante", field="date")
    if not draft.label.strip():
        raise ValidationError("libellé vide : décrivez l'opération", field="libellé")
    if len(draft.lines) < 2:
        raise ValidationError("une écriture a au moins deux lignes (un débit et un crédit)")
    for n, line in enumerate(draft.lines, start=1):
        for name, amount in (("débit", line.debit), ("crédit", line.credit)):
            if not isinstance(amount, Money):
                raise TypeError(f"line {n} {name} must be Money, not {type(amount).__name__}")
            if amount.cents < 0:
                raise ValidationError(f"ligne {n} : {name} négatif ; passez le montant dans "
                                      "l'autre colonne", field=name)
        if line.debit and line.credit:
            raise ValidationError(f"ligne {n} : une ligne est au débit ou au crédit, pas les deux")
        if not allow_empty_lines and not line.debit and not line.credit:
            raise ValidationError(f"ligne {n} : montant nul")
    debit, credit = draft.total_debit, draft.total_credit
    if debit != credit:
        raise UnbalancedEntryError(
            f"écriture « {draft.label} » déséquilibrée : débit {debit} ≠ crédit {credit} "
            f"(écart {debit - credit})")
    classes = {line.account[:1] for line in draft.lines}
    if "8" in classes and classes != {"8"}:
        raise ValidationError("une contribution volontaire (classe 8) ne se mélange pas avec "
                              "d'autres classes : passez-la dans une écriture à part")
    if classes == {"8"}:
        used = sum(ln.debit.cents - ln.credit.cents for ln in draft.lines
                   if ln.account.startswith("86"))
        if used <= 0 or not any(ln.account.startswith("87") for ln in draft.lines):
            raise ValidationError("une contribution volontaire débite un compte 86 (emploi) et "
                                  "crédite un compte 87 (ressource) du même montant")


def _positive(amount: Money) -> Money:
    if not isinstance(amount, Money):
        raise TypeError("amount must be Money")
    if amount.cents <= 0:
        raise ValidationError("le montant doit être positif", field="montant")
    return amount


def _treasury(code: str) -> str:
    if not code.startswith("5"):
        raise ValidationError(f"compte {code} : choisissez un compte de banque ou de caisse "
                              "(classe 5)", field="compte de trésorerie")
    return code


def _journal_for(treasury: str) -> str:
    return "CA" if treasury.startswith("53") else "BQ"


@dataclass(frozen=True)
class Simple:
    """What the simplified forms ask: one amount, two accounts and the context."""

    date: dt.date
    amount: Money
    label: str
    piece_ref: str = ""
    tiers: str | None = None
    action: str | None = None
    journal: str | None = None
    extra: dict = field(default_factory=dict)


def depense(s: Simple, *, account: str, paid_from: str) -> EntryDraft:
    """An expense: débit the charge (or supplier, or asset), crédit the bank or cash."""
    amount = _positive(s.amount)
    _treasury(paid_from)
    if account[:1] not in "246":
        raise ValidationError(f"compte {account} : une dépense va sur un compte de charges "
                              "(classe 6), de fournisseur (40) ou d'immobilisation (classe 2)",
                              field="compte")
    return EntryDraft(s.date, s.journal or _journal_for(paid_from), s.label, (
        LineDraft(account, debit=amount, tiers=s.tiers, action=s.action),
        LineDraft(paid_from, credit=amount, tiers=s.tiers),
    ), s.piece_ref)


def recette(s: Simple, *, account: str, received_on: str) -> EntryDraft:
    """A receipt: débit the bank or cash, crédit the produit (or member, or funds)."""
    amount = _positive(s.amount)
    _treasury(received_on)
    if account[:1] not in "147":
        raise ValidationError(f"compte {account} : une recette va sur un compte de produits "
                              "(classe 7), de tiers (classe 4) ou de fonds (classe 1)",
                              field="compte")
    return EntryDraft(s.date, s.journal or _journal_for(received_on), s.label, (
        LineDraft(received_on, debit=amount, tiers=s.tiers),
        LineDraft(account, credit=amount, tiers=s.tiers, action=s.action),
    ), s.piece_ref)


def virement(s: Simple, *, from_account: str, to_account: str) -> EntryDraft:
    """An internal transfer between two treasury accounts (bank to cash, bank to savings)."""
    amount = _positive(s.amount)
    _treasury(from_account)
    _treasury(to_account)
    if from_account == to_account:
        raise ValidationError("virement vers le même compte", field="compte destinataire")
    journal = s.journal or ("BQ" if "51" in (from_account[:2], to_account[:2]) else "OD")
    return EntryDraft(s.date, journal, s.label, (
        LineDraft(to_account, debit=amount),
        LineDraft(from_account, credit=amount),
    ), s.piece_ref)


def contribution(s: Simple, *, emploi: str, ressource: str) -> EntryDraft:
    """A volunteer contribution in kind: the same amount on 86x (use) and 87x (resource)."""
    amount = _positive(s.amount)
    if not emploi.startswith("86"):
        raise ValidationError(f"compte {emploi} : l'emploi d'une contribution volontaire est "
                              "un compte 86", field="emploi")
    if not ressource.startswith("87"):
        raise ValidationError(f"compte {ressource} : la ressource d'une contribution "
                              "volontaire est un compte 87", field="ressource")
    return EntryDraft(s.date, s.journal or "OD", s.label, (
        LineDraft(emploi, debit=amount, action=s.action, tiers=s.tiers),
        LineDraft(ressource, credit=amount, action=s.action, tiers=s.tiers),
    ), s.piece_ref)
