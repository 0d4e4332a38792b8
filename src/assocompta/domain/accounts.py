"""Charts of accounts: the association chart (ANC 2018-06) before and from 2025.

The charts ship as CSV data in ``resources/charts`` (``code,label,class,kind``). Each fiscal
year records which chart it uses; a user's sub-account (``7401 Subvention Ville``) inherits
the kind of its parent, and therefore its place in the reports.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from importlib import resources

from .errors import ValidationError


class AccountKind(str, Enum):
    EQUITY = "equity"
    LIABILITY = "liability"
    ASSET = "asset"
    CHARGE = "charge"
    PRODUIT = "produit"
    CONTRIBUTION_EMPLOI = "contribution_emploi"  # 86x
    CONTRIBUTION_RESSOURCE = "contribution_ressource"  # 87x

    @property
    def in_result(self) -> bool:
        return self in (AccountKind.CHARGE, AccountKind.PRODUIT)

    @property
    def on_balance_sheet(self) -> bool:
        return self in (AccountKind.EQUITY, AccountKind.LIABILITY, AccountKind.ASSET)


@dataclass(frozen=True)
class ChartInfo:
    code: str
    label: str
    resource: str
    applies_from: dt.date | None  # first day of the fiscal years that use it


#: The chart of a fiscal year is chosen by the year's first day.
CHARTS: tuple[ChartInfo, ...] = (
    ChartInfo("pca2018", "Plan comptable des associations (règlement ANC 2018-06)",
              "pca2018.csv", None),
    ChartInfo("pca2025", "Plan comptable des associations (ANC 2018-06 modifié, exercices "
              "ouverts à partir du 1er janvier 2025)", "pca2025.csv", dt.date(2025, 1, 1)),
)


def chart_for_start(start: dt.date) -> ChartInfo:
    """The chart in force for a fiscal year opening on ``start``."""
    chosen = CHARTS[0]
    for info in CHARTS:
        if info.applies_from is None or start >= info.applies_from:
            chosen = info
    return chosen


def chart_info(code: str) -> ChartInfo:
    for info in CHARTS:
        if info.code == code:
            return info
    raise KeyError(code)


@dataclass(frozen=True)
class ChartAccount:
    code: str
    label: str
    kind: AccountKind


@lru_cache(maxsize=None)
def load_chart(code: str) -> tuple[ChartAccount, ...]:
    """The accounts of a shipped chart, in code order."""
    info = chart_info(code)
    text = resources.files("assocompta.resources").joinpath("charts", info.resource).read_text(
        encoding="utf-8")
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        rows.append(ChartAccount(row["code"], row["label"], AccountKind(row["kind"])))
    return tuple(sorted(rows, key=lambda a: a.code))


def validate_code(code: str) -> str:
    """An account number as the chart writes it: digits, classes 1 to 8."""
    code = code.strip()
    if not code.isdigit() or not code.isascii():
        raise ValidationError(f"numéro de compte « {code} » : des chiffres seulement")
    if code[0] not in "12345678":
        raise ValidationError(f"numéro de compte « {code} » : la classe doit aller de 1 à 8")
    if len(code) < 2 or len(code) > 20:
        raise ValidationError(f"numéro de compte « {code} » : de 2 à 20 chiffres")
    return code


#: Art. A47 A-1 LPF (BOI-CF-IOR-60-40-20 § 100): CompteNum holds « au minimum les trois
#: premiers caractères » of the PCG number; a class or group (« 74 ») is not a posting account.
MIN_POSTING_CODE = 3


def too_short_to_post(code: str) -> bool:
    return len(code.strip()) < MIN_POSTING_CODE


def posting_choices(code: str, labels: dict[str, str]) -> str:
    """What to post on instead of the group account ``code``: its 3-digit sub-accounts."""
    subs = [f"{c} {labels[c]}".strip() for c in sorted(labels)
            if len(c) == MIN_POSTING_CODE and c.startswith(code)]
    if subs:
        return "choisissez " + ", ".join(subs)
    return (f"créez d'abord un sous-compte de trois chiffres au moins (par exemple "
            f"{code.ljust(MIN_POSTING_CODE, '1')}) et choisissez-le")


def short_account_message(code: str, labels: dict[str, str]) -> str:
    """Why no line can be posted on ``code``, and what to choose."""
    return (f"{code} est un compte de regroupement, pas un compte d'écriture (le FEC exige "
            f"au moins trois chiffres) : {posting_choices(code, labels)}")


def nearest_parent(code: str, known: dict[str, object] | set[str]) -> str | None:
    """The longest strict prefix of ``code`` that is a known account."""
    for k in range(len(code) - 1, 1, -1):
        if code[:k] in known:
            return code[:k]
    return None


def default_kind(code: str) -> AccountKind:
    """The kind of an account with no known parent, from its class."""
    if code.startswith("86"):
        return AccountKind.CONTRIBUTION_EMPLOI
    if code.startswith("87"):
        return AccountKind.CONTRIBUTION_RESSOURCE
    return {
        "1": AccountKind.EQUITY, "2": AccountKind.ASSET, "3": AccountKind.ASSET,
        "4": AccountKind.ASSET, "5": AccountKind.ASSET, "6": AccountKind.CHARGE,
        "7": AccountKind.PRODUIT, "8": AccountKind.CONTRIBUTION_EMPLOI,
    }[code[0]]


def resolve_foreign_code(code: str, known: dict[str, object] | set[str]) -> tuple[str, bool]:
    """Map an account number written by another tool onto the chart.

    Other tools pad numbers with trailing zeros (``60630000`` for 6063, ``51200000`` for 512).
    Returns ``(code, exists)``: the chart account when one matches once padding is removed,
    otherwise the trimmed code to create as a sub-account.
    """
    code = validate_code(code)
    if code in known:
        return code, True
    trimmed = code.rstrip("0")
    # Try the shortest form first, then put zeros back: 530 and 580 are real accounts.
    candidate = trimmed
    while len(candidate) <= len(code):
        if len(candidate) >= MIN_POSTING_CODE and candidate in known:
            return candidate, True
        candidate += "0"
    if len(trimmed) < 3:
        trimmed = trimmed.ljust(3, "0")
    return trimmed, False
