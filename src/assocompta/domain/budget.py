"""Budget prévisionnel: lines on accounts or rubrics, optionally per action and funder."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Iterable

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


@dataclass(frozen=True)
class BudgetBalance:
    """The totals a budget is judged on: charges against produits, 86 against 87."""

    charges: Money      # class 6 (the CERFA's TOTAL DES CHARGES, before 86)
    produits: Money     # class 7 (TOTAL DES PRODUITS, before 87)
    emplois: Money      # 86: contributions volontaires employées
    ressources: Money   # 87: contributions volontaires reçues

    @property
    def result(self) -> Money:
        """Excédent (positive) or insuffisance (negative) prévisionnel."""
        return self.produits - self.charges

    @property
    def balanced(self) -> bool:
        return self.charges == self.produits

    @property
    def contributions_balanced(self) -> bool:
        return self.emplois == self.ressources


def balance(lines: Iterable[tuple[str, Money]]) -> BudgetBalance:
    """Totals of (code, amount) budget lines, as the CERFA 12156 adds them: charges and
    produits apart from the contributions volontaires, which must match each other."""
    charges = produits = emplois = ressources = Money(0)
    for code, amount in lines:
        if code.startswith("86"):
            emplois += amount
        elif code.startswith("87"):
            ressources += amount
        elif code.startswith("6"):
            charges += amount
        elif code.startswith("7"):
            produits += amount
    return BudgetBalance(charges, produits, emplois, ressources)
