"""Year-end closing rules that need no book: the result, the à-nouveaux lines, the accounts
carried into a new chart, and the AGM's allocation of the result.

The result is not booked in the closed year. Like Paheko and most French association
packages, AssoCompta carries it to 120 (excédent) or 129 (déficit) inside the next year's
à-nouveaux entry: a closing entry zeroing classes 6 and 7 in the closed year would empty its
compte de résultat, which the reports read from the year's own lines.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .accounts import too_short_to_post
from .entries import LineDraft
from .errors import DomainError, ValidationError
from .money import ZERO, Money

#: Where to fix a failing check: the main window's view keys.
FIX_ENTRIES = "saisie"
FIX_RECONCILIATION = "rapprochement"
FIX_BANK = "banque"
FIX_YEARS = "exercices"

#: Standard codes of the 2018 chart gone from the 2025 chart, and where their balances go
#: (reference §8.2: "opening à-nouveaux on removed codes need a mapping").
SUCCESSORS = {
    # Autres provisions pour charges: 152 is only for legs and donations, and 15 takes no
    # line: carried_code creates 158 under 15 in the new chart.
    "158": "15",
    "4411": "441", "4417": "441", "4418": "441", "4419": "441",
    "4686": "468", "4687": "468",
    "514": "512",    # chèques postaux: La Banque Postale is a bank like the others
    "531": "530",
}


@dataclass(frozen=True)
class ClosingCheck:
    """One check before closing; ``fix`` names the view where the treasurer fixes it."""

    name: str
    ok: bool
    explanation: str
    fix: str | None = None
    account: str | None = None
    date: dt.date | None = None
    blocking: bool = True  # False: a warning the treasurer may close past

    @property
    def fails(self) -> bool:
        return self.blocking and not self.ok


class ClosingRefused(DomainError):
    """The closing checks failed; nothing was written. ``checks`` holds the failing ones."""

    def __init__(self, label: str, checks: list[ClosingCheck]) -> None:
        self.checks = checks
        lines = [f"l'exercice {label} ne peut pas être clôturé :"]
        lines += [f"  ✗ {c.name} : {c.explanation}" for c in checks]
        super().__init__("\n".join(lines))


@dataclass(frozen=True)
class Balance:
    """What an account (and tiers) of classes 1–5 holds at the year's end, débit − crédit."""

    code: str
    tiers: str | None
    cents: int
    action: str | None = None  # fonds dédiés (19…) keep the action they are dedicated to


@dataclass(frozen=True)
class AccountMapping:
    """An account of the closed year carried under another code, or created, in the next."""

    old: str
    new: str
    label: str
    how: str  # "créé", "remplacé" (successor) or "compte parent"

    def __str__(self) -> str:
        if self.how == "créé":
            return f"{self.old} « {self.label} » créé dans le plan de l'exercice suivant"
        return f"{self.old} → {self.new} ({self.how})"


def year_result(balances: dict[str, int]) -> Money:
    """Classes 7 − 6 from débit − crédit balances per code: > 0 excédent, < 0 déficit.

    Class 8 (contributions volontaires) is outside the result.
    """
    return Money(-sum(b for code, b in balances.items() if code[:1] in "67"))


def carried_code(code: str, known: set[str] | dict, *, custom: bool) -> tuple[str, str | None]:
    """The code an account takes in the next year's chart (``known``), and how.

    Returns ``(code, None)`` when it exists there, ``(code, "créé")`` for a custom
    sub-account to create, ``(successor, "remplacé")`` or ``(parent, "compte parent")`` for a
    standard account the new chart dropped.
    """
    if code in known:
        return code, None
    if custom:
        return code, "créé"
    successor = SUCCESSORS.get(code)
    if successor in known and not too_short_to_post(successor):
        return successor, "remplacé"
    for k in range(len(code) - 1, 1, -1):
        if code[:k] in known:
            # A group account (15) takes no line: the old account is created under it
            # (158 « Autres provisions pour charges » keeps its code and label in 2025).
            if too_short_to_post(code[:k]):
                return code, "créé"
            return code[:k], "compte parent"
    raise ValidationError(f"le compte {code} n'a pas d'équivalent dans le plan comptable de "
                          "l'exercice suivant")


def opening_lines(balances: list[Balance], result: Money, closed_label: str
                  ) -> tuple[LineDraft, ...]:
    """The à-nouveaux: each non-zero balance on its side, then the result on 120 or 129."""
    lines = [LineDraft(b.code, debit=Money(max(b.cents, 0)), credit=Money(max(-b.cents, 0)),
                       tiers=b.tiers, action=b.action) for b in balances if b.cents]
    if result:
        label = f"Résultat de l'exercice {closed_label}"
        lines.append(LineDraft("120", credit=result, label=label) if result > ZERO
                     else LineDraft("129", debit=-result, label=label))
    return tuple(lines)


def allocation_lines(result: Money, report: Money, reserves: Money) -> tuple[LineDraft, ...]:
    """The AGM's decision: an excédent leaves 120 for 110 and/or 1068; a déficit leaves 129
    for 119 and/or is charged to the reserves (1068)."""
    if not result:
        raise ValidationError("le résultat est nul : il n'y a rien à affecter")
    for name, amount in (("report à nouveau", report), ("réserves", reserves)):
        if amount < ZERO:
            raise ValidationError(f"montant négatif pour {name}", field=name)
    whole = abs(result)
    if report + reserves != whole:
        raise ValidationError(
            f"report à nouveau ({report} €) + réserves ({reserves} €) = {report + reserves} € : "
            f"la somme doit être égale au résultat ({whole} €)", field="montants")
    if result > ZERO:
        lines = [LineDraft("120", debit=whole)]
        if report:
            lines.append(LineDraft("110", credit=report))
        if reserves:
            lines.append(LineDraft("1068", credit=reserves))
    else:
        lines = [LineDraft("129", credit=whole)]
        if report:
            lines.append(LineDraft("119", debit=report))
        if reserves:
            lines.append(LineDraft("1068", debit=reserves))
    return tuple(lines)
