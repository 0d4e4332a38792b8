"""Opening balances of an association that already exists when its first book is opened.

Its first year starts with money in the bank and in the cash box, and perhaps with the
figures of the previous year's bilan. They make ONE à-nouveaux entry dated the year's first
day. Without a bilan the counterpart of the treasury is 1021 « Première situation nette
établie », the account of the règlement ANC 2018-06 for the net position of a first bilan
(art. 331-2, see docs/ouverture.md); with one, the bilan's own passif lines are the
counterpart and the bilan must balance.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .entries import EntryDraft, LineDraft, check_entry
from .errors import ValidationError
from .money import ZERO, Money

FIRST_NET_POSITION = "1021"   # Première situation nette établie
CASH = "530"
BANK_PARENT = "512"
OPENING_JOURNAL = "AN"
OPENING_LABEL = "Soldes d'ouverture"


@dataclass(frozen=True)
class BilanLine:
    """One line of the previous bilan the wizard asks for.

    ``code`` takes a positive amount on its usual side (débit at the actif, crédit at the
    passif); ``negative_code``, where a line may be negative (report à nouveau débiteur, a
    déficit), takes the other sign on the other side. ``deducted`` lines lessen the actif
    (amortissements, booked at the crédit).
    """

    key: str
    label: str
    side: str                    # "actif" or "passif"
    code: str
    negative_code: str | None = None
    deducted: bool = False


#: The main lines of an association's bilan (ANC 2018-06 art. 421-1), the treasury apart.
BILAN_LINES = (
    BilanLine("immobilisations", "Immobilisations (valeur brute)", "actif", "218"),
    BilanLine("amortissements", "Amortissements des immobilisations", "actif", "2818",
              deducted=True),
    BilanLine("creances_usagers", "Créances adhérents et usagers", "actif", "411"),
    BilanLine("subventions_a_recevoir", "Subventions à recevoir", "actif", "441"),
    BilanLine("autres_creances", "Autres créances", "actif", "467"),
    BilanLine("charges_avance", "Charges constatées d'avance", "actif", "486"),
    BilanLine("fonds_propres", "Fonds propres sans droit de reprise", "passif", "102"),
    BilanLine("reserves", "Réserves", "passif", "1068"),
    BilanLine("report", "Report à nouveau", "passif", "110", negative_code="119"),
    BilanLine("resultat", "Résultat de l'exercice précédent", "passif", "120",
              negative_code="129"),
    BilanLine("fonds_dedies", "Fonds dédiés", "passif", "194"),
    BilanLine("emprunts", "Emprunts bancaires", "passif", "164"),
    BilanLine("fournisseurs", "Dettes fournisseurs", "passif", "401"),
    BilanLine("dettes_sociales", "Dettes sociales (URSSAF…)", "passif", "431"),
    BilanLine("autres_dettes", "Autres dettes", "passif", "468"),
    BilanLine("produits_avance", "Produits constatés d'avance", "passif", "487"),
)
BILAN_BY_KEY = {line.key: line for line in BILAN_LINES}
#: The line the refusal of an unbalanced bilan points to: where an unallocated gap often is.
GAP_LINE = BILAN_BY_KEY["report"]


@dataclass(frozen=True)
class BankBalance:
    """A bank account the association holds: its name, its balance, its sub-account of 512."""

    name: str
    amount: Money
    code: str = ""  # chosen by :func:`with_codes` when empty


@dataclass(frozen=True)
class Opening:
    """What the association holds on the first day; ``bilan`` None: no previous bilan."""

    banks: tuple[BankBalance, ...] = ()
    cash: Money = ZERO
    bilan: dict[str, Money] | None = field(default=None)

    @property
    def treasury(self) -> Money:
        return Money.total(b.amount for b in self.banks) + self.cash

    @property
    def empty(self) -> bool:
        """Nothing to book and no bank account to create."""
        return not self.banks and not self.cash and not any((self.bilan or {}).values())


def shown(amount: Money) -> str:
    """« 2 345,67 € », grouped as the treasurer types it (no babel in the domain)."""
    sign = "-" if amount.cents < 0 else ""
    whole, frac = divmod(abs(amount.cents), 100)
    return f"{sign}{whole:,}".replace(",", "\u202f") + f",{frac:02d}\u00a0€"


def with_codes(banks: tuple[BankBalance, ...], taken: set[str] | dict) -> tuple[BankBalance, ...]:
    """The banks with a code each: theirs, or the next free sub-account 5121, 5122…"""
    used = set(taken) | {b.code for b in banks if b.code}
    out = []
    n = 1
    for bank in banks:
        code = bank.code
        if not code:
            while f"{BANK_PARENT}{n}" in used:
                n += 1
            code = f"{BANK_PARENT}{n}"
            used.add(code)
        out.append(BankBalance(bank.name, bank.amount, code))
    return tuple(out)


def check_banks(banks: tuple[BankBalance, ...]) -> None:
    """Each new bank named (an account of the chart, such as 512, has its name); no two
    with the same name or number."""
    seen: set[str] = set()
    codes: set[str] = set()
    for n, bank in enumerate(banks, start=1):
        name = bank.name.strip()
        if bank.code:
            if not (bank.code.isdigit() and bank.code.startswith("51")):
                raise ValidationError(f"{bank.code} n'est pas un compte bancaire (512, 5121…)",
                                      field=f"compte bancaire {n}")
            if bank.code in codes:
                raise ValidationError(f"le compte {bank.code} est donné deux fois",
                                      field=f"compte bancaire {n}")
            codes.add(bank.code)
            if not name:
                continue
        if not name:
            raise ValidationError("donnez le nom du compte (par exemple « Crédit Mutuel – "
                                  "compte courant »)", field=f"compte bancaire {n}")
        if name.casefold() in seen:
            raise ValidationError(f"deux comptes bancaires s'appellent « {name} » : "
                                  "distinguez-les (compte courant, livret…)",
                                  field=f"compte bancaire {n}")
        seen.add(name.casefold())


def bilan_totals(opening: Opening) -> tuple[Money, Money]:
    """(actif, passif) of the previous bilan, the treasury counted at the actif."""
    actif, passif = opening.treasury, ZERO
    for key, amount in (opening.bilan or {}).items():
        line = BILAN_BY_KEY[key]
        if line.side == "passif":
            passif += amount
        else:
            actif += -amount if line.deducted else amount
    return actif, passif


def check_opening(opening: Opening) -> None:
    """Refuse, naming the field, what no bilan can hold; then an unbalanced bilan."""
    check_banks(opening.banks)
    if opening.cash < ZERO:
        raise ValidationError("une caisse ne peut pas être négative : saisissez l'argent "
                              "présent dans la caisse", field="Caisse")
    for key, amount in (opening.bilan or {}).items():
        line = BILAN_BY_KEY.get(key)
        if line is None:
            raise ValidationError(f"ligne de bilan inconnue : {key}", field="bilan")
        if amount < ZERO and line.negative_code is None:
            raise ValidationError("montant négatif : saisissez le montant tel qu'il figure au "
                                  "bilan, sans signe", field=line.label)
    if opening.bilan is None:
        return
    actif, passif = bilan_totals(opening)
    if actif != passif:
        gap = actif - passif
        where = "au passif" if gap > ZERO else "à l'actif"
        raise ValidationError(
            f"le bilan n'est pas équilibré : total de l'actif {shown(actif)} (dont banques et "
            f"caisse {shown(opening.treasury)}), total du passif {shown(passif)} ; il manque "
            f"{shown(abs(gap))} {where}. Vérifiez chaque montant du bilan ; si l'écart vient "
            f"d'un résultat non reporté, corrigez la ligne « {GAP_LINE.label} »")


def opening_lines(opening: Opening) -> tuple[LineDraft, ...]:
    """The entry's lines: each bank, the cash, the bilan lines, then the counterpart."""
    check_opening(opening)
    lines: list[LineDraft] = []

    def add(code: str, debit: Money, label: str | None = None) -> None:
        """Debit when positive, credit when negative; nothing for zero."""
        if debit > ZERO:
            lines.append(LineDraft(code, debit=debit, label=label))
        elif debit < ZERO:
            lines.append(LineDraft(code, credit=-debit, label=label))

    for bank in opening.banks:
        if not bank.code:
            raise ValueError("banks need their codes (with_codes) before the lines")
        add(bank.code, bank.amount)
    add(CASH, opening.cash)
    if opening.bilan is None:
        add(FIRST_NET_POSITION, -opening.treasury)
        return tuple(lines)
    for line in BILAN_LINES:
        amount = opening.bilan.get(line.key, ZERO)
        if not amount:
            continue
        if line.side == "actif":
            add(line.code, -amount if line.deducted else amount)
        elif amount > ZERO:
            add(line.code, -amount)
        else:
            add(line.negative_code or line.code, -amount)
    return tuple(lines)


def opening_draft(opening: Opening, first_day: dt.date) -> EntryDraft | None:
    """The à-nouveaux entry of the first year, or None when there is nothing to open."""
    lines = opening_lines(opening)
    if not lines:
        return None
    piece = "Bilan de l'exercice précédent" if opening.bilan is not None else "Relevés bancaires"
    draft = EntryDraft(first_day, OPENING_JOURNAL, OPENING_LABEL, lines, piece_ref=piece)
    check_entry(draft)
    return draft


def parse_opening(items: list[str]) -> Opening:
    """``--opening`` values of the command line: ``530=80``, ``512=1234,56``,
    ``5121:Crédit Mutuel=2345,67`` (a new bank sub-account and its name), and the previous
    bilan's lines by account (``102=2000``, ``110=-150`` or ``119=150``, ``401=300``…)."""
    banks: list[BankBalance] = []
    cash = ZERO
    bilan: dict[str, Money] = {}
    by_code = {line.code: (line, 1) for line in BILAN_LINES}
    by_code.update({line.negative_code: (line, -1) for line in BILAN_LINES
                    if line.negative_code})
    for item in items:
        account, sep, text = item.partition("=")
        code, _, name = account.partition(":")
        code = code.strip()
        if not sep or not code:
            raise ValidationError(f"« {item} » : écrivez COMPTE=MONTANT, par exemple 530=80 "
                                  "ou 5121:Crédit Mutuel=2345,67", field="--opening")
        try:
            amount = Money.parse(text)
        except ValidationError as exc:
            raise exc.located(field=f"--opening {code}") from None
        if code.startswith("51"):
            banks.append(BankBalance(name.strip(), amount, code))
        elif code == CASH:
            cash += amount
        elif code in by_code:
            line, sign = by_code[code]
            bilan[line.key] = bilan.get(line.key, ZERO) + amount * sign
        else:
            known = ", ".join(sorted(by_code))
            raise ValidationError(f"compte {code} : les soldes d'ouverture vont sur une banque "
                                  f"(512, 5121…), la caisse (530) ou une ligne du bilan "
                                  f"({known})", field="--opening")
    return Opening(tuple(banks), cash, bilan or None)
