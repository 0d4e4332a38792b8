"""Budget prévisionnel: lines on accounts or rubrics, optionally per action and funder."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from enum import Enum
from typing import Callable, Iterable

from ..text import NUL_MESSAGE, clean_text, nul_line
from .csv_rows import read_rows, refuse_unclosed_quotes
from .errors import ImportFailed, ValidationError
from .money import MAX_TOTAL_CENTS, TOTAL_TOO_LARGE, Money
from .parties import FunderCategory

#: 2018 chart → 2025 chart, for copying a budget or actuals across the 2025 reform
#: (shared/reference §8.2, "Migration 2018 → 2025 codes").
CODES_2018_TO_2025 = {
    "673": "6573", "675": "652", "6754": "6521", "775": "757", "7754": "7571", "757": "7583",
    "7714": "7583", "777": "747", "7715": "742", "6712": "6582", "4411": "441", "4417": "441",
}

COLUMNS = ("compte", "montant", "libelle", "action", "financeur", "type_financeur")
_ALIASES = {"libellé": "libelle", "libelle": "libelle", "compte": "compte",
            "montant": "montant", "action": "action", "financeur": "financeur",
            "type_financeur": "type_financeur", "type financeur": "type_financeur"}


@dataclass(frozen=True)
class BudgetRow:
    code: str
    amount: Money
    label: str = ""
    action: str | None = None
    funder: str | None = None
    funder_category: FunderCategory | None = None
    lineno: int = 0


def scale(amount: Money, percent: Decimal) -> Money:
    """``amount`` changed by ``percent`` (+3, -10…), rounded to the cent, half up."""
    value = (amount.to_decimal() * (Decimal(100) + percent) / Decimal(100)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP)
    return Money.from_decimal(value)


#: A copy changes a budget by a few percent; +1000 % (eleven times the amounts) is already
#: far past any real case, and the bound keeps every scaled amount within Decimal's precision.
MAX_PERCENT = Decimal(1000)


def parse_percent(text: str) -> Decimal:
    """A budget change in percent (``3``, ``-2,5``, ``4 %``): above -100, at most 1000."""
    shown = text.strip()[:30]
    try:
        value = Decimal(text.strip().replace(",", ".").rstrip("%").strip())
    except Exception:
        raise ValidationError(f"pourcentage « {shown} » illisible : écrivez un nombre, par "
                              "exemple 3 ou -2,5", field="--percent") from None
    if not value.is_finite() or not Decimal(-100) < value <= MAX_PERCENT:
        raise ValidationError(f"pourcentage « {shown} » impossible : choisissez un nombre "
                              f"au-dessus de -100 (à -100 le budget serait nul) et jusqu'à "
                              f"{MAX_PERCENT}", field="--percent")
    return value


def read_budget_csv(path: Path) -> list[BudgetRow]:
    """Rows of a budget CSV (``;``, UTF-8); every problem is reported, nothing half-read."""
    name = Path(path).name
    try:
        return _read_budget_csv(path, name)
    except csv.Error as exc:
        raise ImportFailed([ValidationError(
            f"fichier CSV illisible ({exc}) : enregistrez-le en « CSV UTF-8 » avec le "
            "point-virgule comme séparateur", file=name)]) from None


def _read_budget_csv(path: Path, name: str) -> list[BudgetRow]:
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed([ValidationError(
            f"le fichier n'est pas en UTF-8 (octet illisible en position {exc.start}) : "
            "enregistrez-le en « CSV UTF-8 »", file=name)]) from None
    except OSError as exc:
        raise ImportFailed([ValidationError(exc.strerror or str(exc), file=name)]) from None
    if (nul := nul_line(text)) is not None:
        raise ImportFailed([ValidationError(NUL_MESSAGE, file=name, line=nul)])
    try:
        rows = read_rows(text, ";", name)
    except ValidationError as exc:
        raise ImportFailed([exc]) from None
    problems: list[ValidationError] = []
    if not rows:
        raise ImportFailed([ValidationError("fichier vide", file=name, line=1)])
    header = rows[0]
    cols = {}
    for i, h in enumerate(header):
        key = _ALIASES.get(h.strip().lower())
        if key:
            cols[key] = i
        elif h.strip():
            problems.append(ValidationError(f"colonne « {h.strip()} » inconnue ; colonnes "
                                            f"possibles : {', '.join(COLUMNS)}", file=name,
                                            line=1))
    for needed in ("compte", "montant"):
        if needed not in cols:
            problems.append(ValidationError(f"colonne « {needed} » absente de l'en-tête",
                                            file=name, line=1))
    if problems:
        raise ImportFailed(problems)
    try:
        refuse_unclosed_quotes(rows, 0, ";", name, "refermez ou retirez ce guillemet dans "
                               "le fichier, puis importez-le à nouveau")
    except ValidationError as exc:
        raise ImportFailed([exc]) from None
    read, rows = rows, []
    total = 0
    for lineno, fields in zip(read.starts[1:], read[1:]):
        if not any(f.strip() for f in fields):
            continue

        def get(key: str) -> str:
            i = cols.get(key)
            return clean_text(fields[i]).strip() if i is not None and i < len(fields) else ""
        try:
            code = get("compte")
            if not (code.isdigit() and code.isascii() and code[:1] in "678" and len(code) >= 2):
                raise ValidationError(f"compte « {code} » : un budget porte sur les classes "
                                      "6, 7 ou 8 (ex. 60, 6063, 74, 864)", field="compte")
            try:
                amount = Money.parse(get("montant"))
            except ValidationError as exc:
                raise exc.located(field="montant") from None
            if amount.cents < 0:
                raise ValidationError("montant négatif : un budget s'écrit en montants "
                                      "positifs", field="montant")
            category = None
            if get("type_financeur"):
                try:
                    category = FunderCategory(get("type_financeur").lower())
                except ValueError:
                    raise ValidationError(
                        f"type_financeur « {get('type_financeur')} » inconnu ; valeurs : "
                        + ", ".join(c.value for c in FunderCategory),
                        field="type_financeur") from None
            total += amount.cents
            if total >= MAX_TOTAL_CENTS:
                raise ValidationError(TOTAL_TOO_LARGE, field="montant")
            rows.append(BudgetRow(code, amount, get("libelle"), get("action") or None,
                                  get("financeur") or None, category, lineno))
        except ValidationError as exc:
            problems.append(exc.located(file=name, line=lineno))
    if problems:
        raise ImportFailed(problems[:50], more=max(0, len(problems) - 50))
    if not rows:
        raise ImportFailed([ValidationError("aucune ligne de budget", file=name)])
    return rows


def side(code: str) -> str:
    """Where a budget or actual on account ``code`` (class 6, 7 or 8) goes in the CERFA
    12156: « charges », « produits », « emplois » (86) or « ressources » (87)."""
    if code.startswith("86"):
        return "emplois"
    if code.startswith("87"):
        return "ressources"
    return "charges" if code.startswith("6") else "produits"


@dataclass(frozen=True)
class BudgetBalance:
    """A budget's totals as the CERFA 12156 adds them. Charges (class 6) and produits (class 7)
    exclude the contributions volontaires (86, 87), which must match each other. The form
    balances with a line: an excédent prévisionnel under the charges, or an insuffisance
    prévisionnelle (autofinancement) under the produits; so TOTAL DES CHARGES and TOTAL DES
    PRODUITS include it and are equal."""

    charges: Money      # class 6, before the excédent line
    produits: Money     # class 7, before the insuffisance line
    emplois: Money      # 86: contributions volontaires employées
    ressources: Money   # 87: contributions volontaires reçues

    @property
    def result(self) -> Money:
        """Excédent (positive) or insuffisance (negative) prévisionnel."""
        return self.produits - self.charges

    @property
    def excedent(self) -> Money:
        return self.result if self.result.cents > 0 else Money(0)

    @property
    def insuffisance(self) -> Money:
        return -self.result if self.result.cents < 0 else Money(0)

    @property
    def total_charges(self) -> Money:
        """The CERFA's TOTAL DES CHARGES: class 6 and the excédent line."""
        return self.charges + self.excedent

    @property
    def total_produits(self) -> Money:
        """The CERFA's TOTAL DES PRODUITS: class 7 and the insuffisance line."""
        return self.produits + self.insuffisance

    @property
    def balanced(self) -> bool:
        """Charges equal produits without an excédent or insuffisance line."""
        return self.charges == self.produits

    @property
    def contributions_balanced(self) -> bool:
        return self.emplois == self.ressources


def balance(lines: Iterable[tuple[str, Money]]) -> BudgetBalance:
    """Totals of (code, amount) budget lines, as the CERFA 12156 adds them."""
    sums = {"charges": Money(0), "produits": Money(0), "emplois": Money(0),
            "ressources": Money(0)}
    for code, amount in lines:
        sums[side(code)] += amount
    return BudgetBalance(**sums)


class CheckKind(str, Enum):
    TOTALS = "totaux"
    EXCEDENT = "excédent"
    INSUFFISANCE = "insuffisance"
    CONTRIBUTIONS = "contributions"


@dataclass(frozen=True)
class BudgetCheck:
    """One verdict on a budget, with the amounts it is about; the budget view and every
    export (CERFA 12156, budget vs réalisé) judge a budget by these, and only these."""

    kind: CheckKind
    ok: bool
    amounts: tuple[Money, ...]

    def sentence(self, name: str, euros: Callable[[Money], str], *,
                 forecast: bool = True) -> str:
        """The verdict in a funder's words, for the column ``name`` (« Budget 2026 »,
        « Réalisation »); ``forecast``: a budget, not actual figures."""
        a = [euros(x) for x in self.amounts]
        if self.kind is CheckKind.TOTALS:
            return (f"{name} : total des charges {a[0]} {'=' if self.ok else '≠'} "
                    f"total des produits {a[1]}")
        if self.kind is CheckKind.EXCEDENT:
            word = "excédent prévisionnel" if forecast else "excédent"
            return f"{name} : {word} de {a[0]} (produits {a[1]} − charges {a[2]})"
        if self.kind is CheckKind.INSUFFISANCE:
            word = "insuffisance prévisionnelle" if forecast else "insuffisance"
            return (f"{name} : {word} de {a[0]} (charges {a[1]} − produits {a[2]}), "
                    "en autofinancement")
        return (f"{name} : contributions volontaires : emplois {a[0]} "
                f"{'=' if self.ok else '≠'} ressources {a[1]}")


def budget_checks(b: BudgetBalance) -> tuple[BudgetCheck, ...]:
    """The checks of a budget (or of actuals in the budget's layout): TOTAL DES CHARGES =
    TOTAL DES PRODUITS, the excédent or insuffisance that balances them (a line of the form,
    not an error), and contributions volontaires employées = reçues."""
    checks = [BudgetCheck(CheckKind.TOTALS, b.total_charges == b.total_produits,
                          (b.total_charges, b.total_produits))]
    if b.excedent:
        checks.append(BudgetCheck(CheckKind.EXCEDENT, True, (b.excedent, b.produits,
                                                              b.charges)))
    if b.insuffisance:
        checks.append(BudgetCheck(CheckKind.INSUFFISANCE, True, (b.insuffisance, b.charges,
                                                                  b.produits)))
    checks.append(BudgetCheck(CheckKind.CONTRIBUTIONS, b.contributions_balanced,
                              (b.emplois, b.ressources)))
    return tuple(checks)
