"""The fixed-asset register and an asset's depreciation plan as reports: the same model the
XLSX, PDF and CSV writers render for the statements."""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from ..domain.assets import PlanYear
from ..domain.money import Money
from ..formatting import euros
from .model import Check, Report, Row, RowKind, Sum

REGISTER_COLUMNS = ("Valeur brute", "Amortissements", "Valeur nette")
REGISTER_KEYS = ("N°", "Compte", "Bien", "Mise en service", "Durée")
PLAN_COLUMNS = ("Amortissements au début", "Dotation", "Amortissements à la fin",
                "Valeur nette", "Quote-part de subvention")
PLAN_KEYS = ("Exercice", "Du", "Au")


def _life(months: int | None) -> str:
    if months is None:
        return "non amortissable"
    if months % 12 == 0:
        years = months // 12
        return f"{years} an" + ("s" if years > 1 else "")
    return f"{months} mois"


def build_register(association: str, date: dt.date, lines: Sequence, *,
                   books: tuple[int, int] | None = None) -> Report:
    """The register at ``date``: one row per asset held (services.assets.AssetLine), then the
    total. ``books``: the 2x and 28x balances (gross, depreciation) the total must equal."""
    rows = [Row(RowKind.LINE, a.label,
                (Money(a.cost), Money(a.depreciation), Money(a.net)), code=a.account,
                texts=(str(a.id), a.account, a.label, f"{a.in_service_on:%d/%m/%Y}",
                       _life(a.life_months)))
            for a in lines]
    gross = sum(a.cost for a in lines)
    depreciation = sum(a.depreciation for a in lines)
    rows.append(Row(RowKind.TOTAL, "Total",
                    (Money(gross), Money(depreciation), Money(gross - depreciation)),
                    formula=Sum(range(0, len(rows))) if rows else None,
                    texts=("", "", "Total")))
    checks: tuple[Check, ...] = ()
    if books is not None:
        ok = books == (gross, depreciation)
        checks = (Check("registre = comptes 2 et 28", ok,
                        "Le registre et les comptes d'immobilisations et d'amortissements "
                        + ("concordent" if ok else
                           f"diffèrent : comptes {euros(Money(books[0]))} et "
                           f"{euros(Money(books[1]))}, registre {euros(Money(gross))} et "
                           f"{euros(Money(depreciation))}")),)
    return Report("Registre des immobilisations", association, f"Au {date:%d/%m/%Y}",
                  REGISTER_COLUMNS, tuple(rows), checks=checks, key_columns=REGISTER_KEYS,
                  notes=("Amortissement linéaire au prorata temporis, mois de 30 jours.",))


def build_plan(association: str, asset, plan: Sequence[PlanYear],
               labels: Sequence[str] = ()) -> Report:
    """An asset's depreciation plan, year by year (``labels``: the fiscal years' labels, the
    years after the book's last one labelled by their end)."""
    rows = []
    for i, p in enumerate(plan):
        label = labels[i] if i < len(labels) else str(p.end.year)
        rows.append(Row(RowKind.LINE, label,
                        (Money(p.opening), Money(p.dotation), Money(p.closing), Money(p.net),
                         Money(p.subsidy_release)),
                        texts=(label, f"{p.start:%d/%m/%Y}", f"{p.end:%d/%m/%Y}")))
    if rows:
        rows.append(Row(RowKind.TOTAL, "Total", (None, Money(sum(p.dotation for p in plan)),
                                                 None, None,
                                                 Money(sum(p.subsidy_release for p in plan))),
                        formula=Sum(range(0, len(rows))), formula_columns=(1, 4),
                        texts=("Total", "", "")))
    what = (f"{asset.label} (compte {asset.account}) : coût {euros(asset.cost)}, mis en "
            f"service le {asset.in_service_on:%d/%m/%Y}, {_life(asset.life_months)}")
    return Report("Plan d'amortissement", association, what, PLAN_COLUMNS, tuple(rows),
                  key_columns=PLAN_KEYS,
                  notes=("Amortissement linéaire au prorata temporis, mois de 30 jours.",))
