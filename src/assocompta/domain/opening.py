"""Opening balances of an association that already exists when its first book is opened.

Its first year starts with money in the bank and in the cash box, perhaps with debts and
receivables known on that day, or with the figures of the previous year's approved bilan.
They make ONE à-nouveaux entry dated the year's first day. Without a bilan the counterpart
is 1021 « Première situation nette établie », the account of the règlement ANC 2018-06 for
the net position of a first bilan (art. 331-2, see docs/ouverture.md): what the association
holds less what it owes. With a bilan, its own passif lines are the counterpart and the
bilan must balance: an auditor refuses a balancing figure.
"""

from __future__ import annotations

import dataclasses
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
SIDES = ("actif", "passif")


@dataclass(frozen=True)
class BilanLine:
    """One line of the previous bilan the wizard asks for.

    ``code`` takes a positive amount on its usual side (débit at the actif, crédit at the
    passif); ``negative_code``, where a line may be negative (report à nouveau débiteur, a
    déficit), takes the other sign on the other side. ``deducted`` lines lessen the actif
    (amortissements, booked at the crédit). ``codes``: the accounts the line may go to,
    ``code`` first; the first one the chart holds as a leaf is used unless the treasurer
    chose one (``choice``).
    """

    key: str
    label: str
    side: str                    # "actif" or "passif"
    code: str
    negative_code: str | None = None
    deducted: bool = False
    alternatives: tuple[str, ...] = ()
    choice: bool = False

    @property
    def codes(self) -> tuple[str, ...]:
        return (self.code, *self.alternatives)


#: The usual lines of an association's bilan (ANC 2018-06 art. 421-1), the treasury apart.
BILAN_LINES = (
    # 218 is a grouping account (2181…2184): the treasurer says which, one more on « Autre
    # compte » if the bilan has several.
    BilanLine("immobilisations", "Immobilisations corporelles (valeur brute)", "actif", "2183",
              alternatives=("2184", "2181", "2182"), choice=True),
    BilanLine("amortissements", "Amortissements des immobilisations", "actif", "2818",
              deducted=True),
    BilanLine("depots", "Dépôts et cautionnements versés", "actif", "275"),
    BilanLine("stocks", "Stocks", "actif", "37"),
    BilanLine("creances_usagers", "Créances adhérents et usagers", "actif", "411"),
    # 441 is a grouping account in the 2018 chart (4411, 4417…), a leaf in the 2025 one.
    BilanLine("subventions_a_recevoir", "Subventions à recevoir", "actif", "4417",
              alternatives=("441",)),
    BilanLine("autres_creances", "Autres créances", "actif", "467"),
    BilanLine("charges_avance", "Charges constatées d'avance", "actif", "486"),
    BilanLine("fonds_propres", "Fonds propres", "passif", FIRST_NET_POSITION,
              alternatives=("1022", "1024", "1032", "1034"), choice=True),
    BilanLine("reserves", "Réserves", "passif", "1068"),
    BilanLine("report", "Report à nouveau", "passif", "110", negative_code="119"),
    BilanLine("resultat", "Résultat de l'exercice précédent", "passif", "120",
              negative_code="129"),
    BilanLine("subventions_invest", "Subventions d'investissement", "passif", "131"),
    BilanLine("provisions", "Provisions pour risques et charges", "passif", "151"),
    BilanLine("fonds_dedies", "Fonds dédiés", "passif", "194"),
    BilanLine("emprunts", "Emprunts bancaires", "passif", "164"),
    BilanLine("fournisseurs", "Dettes fournisseurs", "passif", "401"),
    BilanLine("dettes_sociales", "Dettes sociales (URSSAF…)", "passif", "431"),
    # Ordinary other debts: 467 at the crédit, apart from the other receivables at the débit
    # (no offsetting, PCG art. 112-4); 468 is for charges à payer, not asked here.
    BilanLine("autres_dettes", "Autres dettes", "passif", "467"),
    BilanLine("produits_avance", "Produits constatés d'avance", "passif", "487"),
)
BILAN_BY_KEY = {line.key: line for line in BILAN_LINES}
#: Without a bilan: the receivables and debts the treasurer may know of on the first day.
FIRST_DAY_KEYS = ("subventions_a_recevoir", "autres_creances", "fournisseurs", "autres_dettes")
#: Labels of these lines on the page without a bilan (the accounts follow the chart).
FIRST_DAY_LABELS = {
    "subventions_a_recevoir": "Subventions à recevoir",
    "autres_creances": "Autres créances",
    "fournisseurs": "Dettes envers les fournisseurs",
    "autres_dettes": "Autres dettes",
}
#: The accounts offered where the treasurer chooses, with the words of their choice.
CHOICES = {
    "2183": "Matériel de bureau, informatique (brut)",
    "2184": "Mobilier (brut)",
    "2181": "Installations, agencements (brut)",
    "2182": "Matériel de transport (brut)",
    "1021": "Fonds propres – première situation nette",
    "1022": "Fonds propres – fonds statutaires",
    "1024": "Autres fonds propres sans droit de reprise",
    "1032": "Fonds propres avec droit de reprise – statutaires",
    "1034": "Autres fonds propres avec droit de reprise",
}
FUNDS_CHOICES = {code: CHOICES[code] for code in ("1021", "1022", "1024", "1032", "1034")}


@dataclass(frozen=True)
class OtherBalance:
    """A bilan amount on an account no line asks for: positive on its side's usual column
    (débit at the actif, crédit at the passif), negative on the other."""

    code: str
    side: str
    amount: Money


@dataclass(frozen=True)
class BankBalance:
    """A bank account the association holds: its name, its balance, its sub-account of 512."""

    name: str
    amount: Money
    code: str = ""  # chosen by :func:`with_codes` when empty


@dataclass(frozen=True)
class Opening:
    """What the association holds and owes on the first day.

    ``bilan`` None: no previous bilan; then ``first_day`` holds the receivables and debts
    known that day (keys of :data:`FIRST_DAY_KEYS`) and 1021 takes the difference.
    ``accounts``: the account chosen for a line (key → code) when not its first one;
    ``others``: amounts on accounts no line names.
    """

    banks: tuple[BankBalance, ...] = ()
    cash: Money = ZERO
    bilan: dict[str, Money] | None = field(default=None)
    first_day: dict[str, Money] = field(default_factory=dict)
    accounts: dict[str, str] = field(default_factory=dict)
    others: tuple[OtherBalance, ...] = ()

    @property
    def treasury(self) -> Money:
        return Money.total(b.amount for b in self.banks) + self.cash

    @property
    def amounts(self) -> dict[str, Money]:
        """The line amounts: the bilan's, or the first day's receivables and debts."""
        return self.bilan if self.bilan is not None else self.first_day

    @property
    def empty(self) -> bool:
        """Nothing to book and no bank account to create."""
        return (not self.banks and not self.cash and not any(self.amounts.values())
                and not any(o.amount for o in self.others))

    def account(self, line: BilanLine) -> str:
        """The account ``line`` goes to."""
        return self.accounts.get(line.key, line.code)


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


EQUITY_PREFIXES = ("10", "11", "12", "13", "14")
#: Accounts that lessen the actif: their balance is at the crédit.
DEDUCTED_PREFIXES = ("28", "29", "39", "49", "59")


def grouping(code: str, standard: set[str] | dict) -> bool:
    """Whether the chart divides ``code`` into sub-accounts (102 into 1021, 1022…)."""
    return any(c != code and c.startswith(code) for c in standard)


def _signed(line: BilanLine, amount: Money) -> Money:
    """The amount as the actif side counts it (a passif line: as the passif counts it)."""
    return -amount if line.deducted else amount


def bilan_totals(opening: Opening) -> tuple[Money, Money]:
    """(actif, passif) of the bilan, the treasury counted at the actif."""
    actif, passif = opening.treasury, ZERO
    for key, amount in opening.amounts.items():
        line = BILAN_BY_KEY[key]
        if line.side == "passif":
            passif += amount
        else:
            actif += _signed(line, amount)
    for other in opening.others:
        if other.side == "passif":
            passif += other.amount
        else:
            actif += other.amount
    return actif, passif


def net_position(opening: Opening) -> Money:
    """Without a bilan, the first net position (1021): what is held less what is owed."""
    actif, passif = bilan_totals(opening)
    return actif - passif


def _check_other(other: OtherBalance, n: int, with_bilan: bool) -> None:
    where = f"autre compte {n}"
    code = other.code.strip()
    if not (code.isdigit() and len(code) >= 2 and code[0] in "12345"):
        raise ValidationError(f"« {code} » : donnez un compte de bilan (classes 1 à 5), par "
                              "exemple 165 ou 4386", field=where)
    if code.startswith(("51", "53")):
        raise ValidationError(f"compte {code} : les banques et la caisse se saisissent à la "
                              "page des soldes bancaires", field=where)
    if other.side not in SIDES:
        raise ValueError("other balances need their side (for_chart) before the checks")
    if not with_bilan and code.startswith(EQUITY_PREFIXES):
        raise ValidationError(f"compte {code} : sans bilan, les fonds propres sont la "
                              f"première situation nette ({FIRST_NET_POSITION}), calculée ; "
                              "un montant de fonds propres vient d'un bilan", field=where)


def check_opening(opening: Opening) -> None:
    """Refuse, naming the field, what no bilan can hold; then an unbalanced bilan."""
    check_banks(opening.banks)
    if opening.cash < ZERO:
        raise ValidationError("une caisse ne peut pas être négative : saisissez l'argent "
                              "présent dans la caisse", field="Caisse")
    with_bilan = opening.bilan is not None
    for key, amount in opening.amounts.items():
        line = BILAN_BY_KEY.get(key)
        if line is None:
            raise ValidationError(f"ligne de bilan inconnue : {key}", field="bilan")
        if amount < ZERO and line.negative_code is None:
            raise ValidationError("montant négatif : saisissez le montant tel qu'il figure au "
                                  "bilan, sans signe", field=line.label)
        if not with_bilan and amount and line.code.startswith(EQUITY_PREFIXES):
            raise ValidationError(f"sans bilan, les fonds propres sont la première situation "
                                  f"nette ({FIRST_NET_POSITION}), calculée ; « {line.label} » "
                                  "vient d'un bilan", field=line.label)
    for key, code in opening.accounts.items():
        line = BILAN_BY_KEY.get(key)
        if line is None or code not in line.codes:
            raise ValidationError(f"compte {code} : pas un compte de la ligne "
                                  f"« {line.label if line else key} »", field="bilan")
    for n, other in enumerate(opening.others, start=1):
        _check_other(other, n, with_bilan)
    if not with_bilan:
        return
    actif, passif = bilan_totals(opening)
    if actif != passif:
        gap = actif - passif
        where = "au passif" if gap > ZERO else "à l'actif"
        raise ValidationError(
            f"le bilan n'est pas équilibré : total de l'actif {shown(actif)} (dont banques et "
            f"caisse {shown(opening.treasury)}), total du passif {shown(passif)} ; il manque "
            f"{shown(abs(gap))} {where}. Un bilan approuvé est équilibré : comparez chaque "
            "montant saisi avec le bilan (ligne oubliée, chiffres inversés, amortissements "
            "à déduire). Sans bilan fiable, ouvrez sans bilan : banques, caisse, créances et "
            f"dettes connues, contrepartie {FIRST_NET_POSITION} « Première situation nette "
            "établie »")


def for_chart(opening: Opening, chart: dict[str, str], standard: set[str]) -> Opening:
    """``opening`` with each line's account found in the year's chart, and each other
    account's side.

    ``chart``: code → kind of every account of the chart; ``standard``: the codes of the
    chart as published (the association's own sub-accounts do not make a grouping account).
    """
    accounts = dict(opening.accounts)
    for key, amount in opening.amounts.items():
        line = BILAN_BY_KEY.get(key)
        if line is None or key in accounts or not amount:
            continue
        leaf = next((c for c in line.codes if c in chart and not grouping(c, standard)), None)
        if leaf is not None and leaf != line.code:
            accounts[key] = leaf
    others = []
    for other in opening.others:
        code = other.code.strip()
        side, amount = other.side, other.amount
        if side not in SIDES:
            kind = chart.get(code, "")
            side = "actif" if kind == "asset" or (not kind and code[:1] in "235") else "passif"
            if code.startswith(DEDUCTED_PREFIXES):  # amortissements, dépréciations
                side, amount = "actif", -amount
        others.append(OtherBalance(code, side, amount))
    return dataclasses.replace(opening, accounts=accounts, others=tuple(others))


def check_accounts(opening: Opening, chart: dict[str, str] | set[str],
                   standard: set[str]) -> None:
    """Each account the entry uses, banks apart, is in the chart and not a grouping one."""
    codes = [(opening.account(BILAN_BY_KEY[k]), BILAN_BY_KEY[k].label)
             for k, a in opening.amounts.items() if a]
    codes += [(o.code, None) for o in opening.others if o.amount]
    for code, where in codes:
        if code not in chart:
            raise ValidationError(f"compte {code} absent du plan comptable de l'exercice : "
                                  "créez-le dans le plan comptable ou choisissez un compte "
                                  "existant", field=where)
        if grouping(code, standard):
            below = [c for c in standard if c != code and c.startswith(code)]
            subs = sorted(c for c in below if not any(c != b and c.startswith(b)
                                                      for b in below))
            shown_subs = ", ".join(subs[:4]) + ("…" if len(subs) > 4 else "")
            raise ValidationError(f"compte {code} : compte de regroupement ; choisissez l'un "
                                  f"de ses sous-comptes ({shown_subs})", field=where)


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
    # One line per bilan line: a receivable and a debt on the same account (467) stay two
    # lines, never netted (PCG art. 112-4).
    for line in BILAN_LINES:
        amount = opening.amounts.get(line.key, ZERO)
        if not amount:
            continue
        code = opening.account(line)
        if line.side == "actif":
            add(code, _signed(line, amount))
        elif amount > ZERO:
            add(code, -amount)
        else:
            add(line.negative_code or code, -amount)
    for other in opening.others:
        add(other.code, other.amount if other.side == "actif" else -other.amount)
    if opening.bilan is None:
        add(FIRST_NET_POSITION, -net_position(opening))
    return tuple(lines)


def piece_ref(opening: Opening, first_day: dt.date) -> str:
    """The documents the entry rests on, dated the day before the year starts."""
    eve = f"{first_day - dt.timedelta(days=1):%d/%m/%Y}"
    if opening.bilan is not None:
        return f"Bilan au {eve}"
    if any(opening.first_day.values()) or opening.others:
        return f"Relevés, caisse, créances et dettes au {eve}"
    return f"Relevés et caisse au {eve}"


def opening_draft(opening: Opening, first_day: dt.date) -> EntryDraft | None:
    """The à-nouveaux entry of the first year, or None when there is nothing to open. It is
    dated the first day; its piece (statements, bilan) the day before."""
    lines = opening_lines(opening)
    if not lines:
        return None
    draft = EntryDraft(first_day, OPENING_JOURNAL, OPENING_LABEL, lines,
                       piece_ref=piece_ref(opening, first_day),
                       piece_date=first_day - dt.timedelta(days=1))
    check_entry(draft)
    return draft


def parse_opening(items: list[str]) -> Opening:
    """``--opening`` values of the command line: ``530=80``, ``512=1234,56``,
    ``5121:Crédit Mutuel=2345,67`` (a new bank sub-account and its name), and other balance
    sheet accounts as the bilan shows them (``1021=2000``, ``110=-150`` or ``119=150``,
    ``401=300``, ``2813=400``…); ``467=120`` is another receivable, ``467=-80`` another debt.
    With an amount of fonds propres (classes 10 to 14) it is a whole bilan, which must
    balance; without, 1021 takes what is held less what is owed."""
    banks: list[BankBalance] = []
    cash = ZERO
    amounts: dict[str, Money] = {}
    accounts: dict[str, str] = {}
    others: list[OtherBalance] = []
    by_code: dict[str, list[tuple[BilanLine, int]]] = {}
    for line in BILAN_LINES:
        for code in line.codes:
            by_code.setdefault(code, []).append((line, 1))
        if line.negative_code:
            by_code.setdefault(line.negative_code, []).append((line, -1))
    equity = False
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
            continue
        if code == CASH:
            cash += amount
            continue
        if not (code.isdigit() and code[0] in "12345"):
            raise ValidationError(f"compte {code} : les soldes d'ouverture vont sur les "
                                  "comptes de bilan (classes 1 à 5) : banque (512, 5121…), "
                                  "caisse (530), fonds propres, créances, dettes…",
                                  field="--opening")
        equity = equity or code.startswith(EQUITY_PREFIXES)
        targets = by_code.get(code, [])
        if len(targets) > 1:  # 467: a receivable when positive, a debt when negative
            targets = [t for t in targets if (t[0].side == "actif") == (amount >= ZERO)]
            amount = abs(amount)
        if targets:
            line, sign = targets[0]
            chosen = accounts.get(line.key, line.code)
            if sign > 0 and line.key in amounts and code != chosen:
                # A second account of the same line (1022 beside 1021): a line of its own.
                others.append(OtherBalance(code, "", amount))
                continue
            if sign > 0:
                accounts[line.key] = code   # as typed: the chart must hold it as a leaf
            amounts[line.key] = amounts.get(line.key, ZERO) + amount * sign
            continue
        others.append(OtherBalance(code, "", amount))
    if equity:
        return Opening(tuple(banks), cash, amounts, accounts=accounts, others=tuple(others))
    return Opening(tuple(banks), cash, None, first_day=amounts, accounts=accounts,
                   others=tuple(others))
