"""The livre d'inventaire's figures at a year's end (C. com. art. L123-12, R123-177): what
the association owns and owes, item by item, read from the book by SQL aggregation.

Each section lists items (an asset of the register, a tiers' balance, an account's balance)
and carries the bilan's own figures for the same accounts (``reports.bilan_amounts``), so
that the report can check that the inventory and the bilan say the same thing. Balances are
placed as the bilan places them: a class-4 account tiers by tiers, by the sign of each
tiers' balance (no compensation, C. com. L123-19), treasury by the sign of the account's
balance, anything else on its one side.

The fixed assets come from the register (schema 10, ``fixed_asset``) when it holds any,
read by :func:`register_lines` (the register service may replace it: same figures); the
2x accounts it has no asset on are listed from their balances, with their 28x.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from ..reports.bilan_amounts import AMORT, BRUT, YearAmounts, is_reduction, year_amounts
from ..reports.bilan_layout import BilanLayout, bilan_layout
from ..reports.context import YearContext
from .setup import identity_of

_VALIDATED = " AND e.valid_date IS NOT NULL"


@dataclass(frozen=True)
class Item:
    """One line of the inventory: ``value`` is the amount at the year's end (for a fixed
    asset the net book value, ``brut`` − ``amort``)."""

    code: str
    label: str
    value: int
    brut: int | None = None   # fixed assets only
    amort: int | None = None


@dataclass(frozen=True)
class Group:
    """Items under one heading of a section (an account, « À l'actif »…)."""

    title: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Section:
    """One part of the inventory and the bilan's figures for the same accounts."""

    key: str
    title: str
    groups: tuple[Group, ...]
    #: (brut, amortissements, net) the bilan shows for these accounts; brut and amort
    #: None for a section of one amount.
    bilan: tuple[int | None, int | None, int]
    #: what the section takes, for the check's sentence (« comptes 2 et 28 »)
    accounts: str
    note: str = ""
    #: shown only when it holds something (overdrafts, régularisations au passif)
    optional: bool = False

    @property
    def items(self) -> list[Item]:
        return [i for g in self.groups for i in g.items]

    @property
    def has_columns(self) -> bool:
        return self.bilan[0] is not None


@dataclass(frozen=True)
class AssetLine:
    """A fixed asset in service at a date: cost, depreciation booked up to that date."""

    id: int
    label: str
    account: str
    acquired_on: dt.date
    cost: int
    depreciated: int
    origin: str
    method: str

    @property
    def net(self) -> int:
        return self.cost - self.depreciated


@dataclass(frozen=True)
class Inventory:
    association: str
    year: str
    end: dt.date
    closed: bool
    sections: tuple[Section, ...]
    register_used: bool
    #: « SIREN … – RNA … – address »: whose book it is ('' when the identity says none)
    identified: str = ""


def register_lines(conn, end: dt.date, validated_only: bool = False) -> list[AssetLine]:
    """The register at ``end``: assets acquired by then and not disposed of by then, each
    with its depreciation = what was depreciated before the book + the 'amortissement'
    movements of entries dated up to ``end`` (``validated_only``: of validated entries)."""
    validated = _VALIDATED if validated_only else ""
    moved = dict(conn.execute(
        "SELECT m.asset_id, SUM(m.amount) FROM asset_movement m "
        "JOIN entry e ON e.id = m.entry_id WHERE m.kind = 'amortissement' AND e.date <= ?"
        + validated + " GROUP BY m.asset_id", (end.isoformat(),)).fetchall())
    out = []
    for (asset_id, label, account, acquired, cost, before, origin, method) in conn.execute(
            "SELECT id, label, account, acquired_on, cost, depreciated_before, origin, method "
            "FROM fixed_asset WHERE acquired_on <= ? AND (disposed_on IS NULL "
            "OR disposed_on > ?) ORDER BY account, acquired_on, id",
            (end.isoformat(), end.isoformat())):
        out.append(AssetLine(asset_id, label, account, dt.date.fromisoformat(acquired),
                             int(cost), int(before) + int(moved.get(asset_id) or 0), origin,
                             method))
    return out


def is_regularisation(code: str) -> bool:
    """Charges and produits of the year settled in another one: 486, 487, 408 (factures non
    parvenues), 418 (produits non encore facturés), and the « charges à payer et produits à
    recevoir » of 42x, 43x, 44x, 46x (428, 4286/4287 … 468, 4686/4687; not 4681, the
    volunteers' expenses, a debt like any other)."""
    if code[:3] in ("486", "487", "408", "418"):
        return True
    return code[:2] in ("42", "43", "44", "46") and (
        code == code[:2] + "8" or code[:4] in (code[:2] + "86", code[:2] + "87"))


def _bilan_sum(data: YearAmounts, keys: set[str], column: int,
               take: Callable[[str], bool]) -> int:
    """What the bilan shows on postes ``keys`` in ``column`` for the accounts ``take``s."""
    return sum(figures[column] for key in keys for code, figures in
               data.accounts.get(key, {}).items() if take(code))


class _Reader:
    def __init__(self, conn, ctx: YearContext):
        self.conn = conn
        self.ctx = ctx
        self.end = ctx.year.end
        self.layout: BilanLayout = bilan_layout(ctx.year.chart)
        self.actif = {leaf.key for leaf in self.layout.actif.leaves()}
        self.passif = {leaf.key for leaf in self.layout.passif.leaves()}
        self.data = year_amounts(conn, ctx.year.id, self.layout, ctx.validated_only)
        self.labels = dict(conn.execute(
            "SELECT a.code, a.label FROM account a JOIN fiscal_year f ON f.chart_id = a.chart_id "
            "WHERE f.id = ?", (ctx.year.id,)).fetchall())
        self.tiers = {i: name for i, name in conn.execute("SELECT id, name FROM tiers")}
        self.actions = {i: name for i, name in conn.execute("SELECT id, name FROM action")}
        validated = _VALIDATED if ctx.validated_only else ""
        # (code, tiers, action) → balance (débit − crédit) of the classes 1 to 5
        self.balances: dict[tuple[str, int | None, int | None], int] = {}
        for code, tiers, action, balance in conn.execute(
                "SELECT a.code, l.tiers_id, l.action_id, SUM(l.debit) - SUM(l.credit) "
                "FROM entry e JOIN entry_line l ON l.entry_id = e.id "
                "JOIN account a ON a.id = l.account_id WHERE e.year_id = ? "
                "AND substr(a.code, 1, 1) IN ('1', '2', '3', '4', '5')" + validated
                + " GROUP BY a.code, l.tiers_id, l.action_id", (ctx.year.id,)):
            if balance:
                self.balances[(code, tiers, action)] = int(balance)

    # -- balances ------------------------------------------------------------------------
    def per_account(self, take: Callable[[str], bool]) -> dict[str, int]:
        out: dict[str, int] = {}
        for (code, _t, _a), b in self.balances.items():
            if take(code):
                out[code] = out.get(code, 0) + b
        return {c: b for c, b in sorted(out.items()) if b}

    def per_tiers(self, take: Callable[[str], bool]) -> dict[tuple[str, int | None], int]:
        out: dict[tuple[str, int | None], int] = {}
        for (code, tiers, _a), b in self.balances.items():
            if take(code):
                out[(code, tiers)] = out.get((code, tiers), 0) + b
        return {k: b for k, b in sorted(out.items(), key=lambda kv: (
            kv[0][0], self.tiers.get(kv[0][1], ""))) if b}

    def label(self, code: str) -> str:
        return self.labels.get(code, code)

    def bilan(self, side: str, column: int, take: Callable[[str], bool]) -> int:
        return _bilan_sum(self.data, self.actif if side == "actif" else self.passif, column,
                          take)

    def reasons(self, kinds: tuple[str, ...]) -> dict[tuple[str, int | None], list[str]]:
        """The reasons given to the year-end entries of ``kinds`` dated up to the year's end
        (any year: a provision booked in 2024 is still there in 2026), by account and tiers
        of their lines; not those an extourne dated up to the year's end has undone (last
        year's charge constatée d'avance, reversed on 1 January)."""
        out: dict[tuple[str, int | None], list[str]] = {}
        marks = ", ".join("?" * len(kinds))
        end = self.end.isoformat()
        for code, tiers, reason in self.conn.execute(
                "SELECT DISTINCT a.code, l.tiers_id, y.reason FROM year_end_entry y "
                "JOIN entry e ON e.id = y.entry_id JOIN entry_line l ON l.entry_id = e.id "
                "JOIN account a ON a.id = l.account_id WHERE y.kind IN (" + marks + ") "
                "AND e.date <= ? AND y.reason <> '' AND NOT EXISTS (SELECT 1 FROM "
                "year_end_entry x JOIN entry xe ON xe.id = x.entry_id WHERE x.kind = 'extourne' "
                "AND x.reverses_entry_id = y.entry_id AND xe.date <= ?) ORDER BY y.reason",
                (*kinds, end, end)):
            found = out.setdefault((code, tiers), [])
            if reason not in found:
                found.append(reason)
        return out

    # -- sections ------------------------------------------------------------------------
    def immobilisations(self) -> tuple[Section, bool]:
        assets = register_lines(self.conn, self.end, self.ctx.validated_only)
        gross = self.per_account(lambda c: c[0] == "2" and not is_reduction(c))
        amort = {c: -b for c, b in self.per_account(lambda c: c[:2] == "28").items()}
        registered = {a.account for a in assets}

        def covered(prefix: str) -> bool:
            return any(a.startswith(prefix) or prefix.startswith(a) for a in registered)

        groups = []
        if assets:
            groups.append(Group("Registre des immobilisations", tuple(
                Item(a.account, _asset_label(a), a.net, a.cost, a.depreciated)
                for a in assets)))
        # The accounts the register says nothing of (or no register): their balances, each
        # with the 28x that depreciates it (2818 → 218…, the bilan's own rule).
        free_amort = {c: v for c, v in amort.items() if not covered("2" + c[2:])}
        lines = []
        for code, brut in gross.items():
            if covered(code):
                continue
            mine = [c for c in free_amort if code.startswith("2" + c[2:])]
            depreciation = sum(free_amort.pop(c) for c in mine)
            lines.append(Item(code, self.label(code), brut - depreciation, brut, depreciation))
        lines += [Item(c, self.label(c), -v, 0, v) for c, v in free_amort.items()]
        if lines:
            groups.append(Group("Comptes d'immobilisations hors registre" if assets
                                else "Comptes d'immobilisations", tuple(lines)))
        brut = self.bilan("actif", BRUT, lambda c: c[0] == "2" and not is_reduction(c))
        depreciation = self.bilan("actif", AMORT, lambda c: c[:2] == "28")
        note = ("Immobilisations lues au registre (coût d'entrée, amortissements "
                "comptabilisés jusqu'à la clôture)." if assets else
                "Aucune immobilisation au registre : les soldes des comptes 2 et 28.")
        return Section("immobilisations", "Immobilisations", tuple(groups),
                       (brut, depreciation, brut - depreciation), "comptes 2 et 28", note
                       ), bool(assets)

    def accounts_section(self, key: str, title: str, take: Callable[[str], bool],
                         side: str, accounts: str, *, sign: int = 1, optional=False,
                         note: str = "") -> Section:
        """One item per account, on ``side`` by the sign of its balance."""
        balances = {c: b for c, b in self.per_account(take).items()
                    if c[0] != "5" or (b > 0) == (side == "actif")}
        items = tuple(Item(c, self.label(c), sign * b) for c, b in balances.items())
        figure = self.bilan(side, BRUT, take)
        return Section(key, title, (Group("", items),) if items else (),
                       (None, None, figure), accounts, note, optional)

    def tiers_section(self, key: str, title: str, take: Callable[[str], bool], side: str,
                      accounts: str, *, optional=False, note: str = "",
                      reasons: dict | None = None) -> Section:
        """One group per account, one item per tiers whose balance is on ``side``."""
        debit = side == "actif"
        by_account: dict[str, list[Item]] = {}
        for (code, tiers), b in self.per_tiers(take).items():
            if (b > 0) != debit:
                continue
            name = self.tiers.get(tiers, "")
            said = (reasons or {}).get((code, tiers)) or (reasons or {}).get((code, None))
            # A régularisation is told by its reason; a tiers' balance by the tiers.
            label = " : ".join(filter(None, (name, " ; ".join(said or ())))) or "Sans tiers"
            by_account.setdefault(code, []).append(Item(code, label, b if debit else -b))
        groups = tuple(Group(f"{code} {self.label(code)}", tuple(items))
                       for code, items in by_account.items())
        return Section(key, title, groups, (None, None, self.bilan(side, BRUT, take)),
                       accounts, note, optional)

    def provisions(self) -> Section:
        reasons = self.reasons(("provision",))
        risks = []
        for (code, tiers), b in self.per_tiers(lambda c: c[:2] == "15").items():
            risks.append(Item(code, self._with_reason(code, tiers, reasons), -b))
        reductions = []
        for (code, tiers), b in self.per_tiers(
                lambda c: is_reduction(c) and c[:2] != "28").items():
            reductions.append(Item(code, self._with_reason(code, tiers, reasons), -b))
        groups = []
        if risks:
            groups.append(Group("Provisions pour risques et charges (15)", tuple(risks)))
        if reductions:
            groups.append(Group("Dépréciations (29, 39, 49, 59)", tuple(reductions)))
        figure = (self.bilan("passif", BRUT, lambda c: c[:2] == "15")
                  + self.bilan("actif", AMORT, lambda c: is_reduction(c) and c[:2] != "28"))
        return Section("provisions", "Provisions et dépréciations", tuple(groups),
                       (None, None, figure), "comptes 15, 29, 39, 49 et 59",
                       "Chaque provision avec le motif donné quand elle a été constituée. "
                       "Les dépréciations viennent en déduction des biens et créances qu'elles "
                       "concernent, comme au bilan.")

    def _with_reason(self, code: str, tiers: int | None, reasons: dict) -> str:
        label = self.label(code)
        if tiers is not None:
            label += f", {self.tiers.get(tiers, '')}"
        said = reasons.get((code, tiers)) or reasons.get((code, None))
        return label + (" : " + " ; ".join(said) if said else " : motif non renseigné")

    def fonds_dedies(self) -> Section:
        by_account: dict[str, list[Item]] = {}
        for (code, tiers, action), b in sorted(
                self.balances.items(), key=lambda kv: (kv[0][0], self.tiers.get(kv[0][1], ""),
                                                       self.actions.get(kv[0][2], ""))):
            if code[:2] != "19":
                continue
            funder = self.tiers.get(tiers) or "financeur non précisé"
            what = self.actions.get(action) or "sans action"
            by_account.setdefault(code, []).append(Item(code, f"{funder} – {what}", -b))
        groups = tuple(Group(f"{c} {self.label(c)}", tuple(items))
                       for c, items in by_account.items())
        return Section("fonds_dedies", "Fonds dédiés et fonds reportés", groups,
                       (None, None, self.bilan("passif", BRUT, lambda c: c[:2] == "19")),
                       "comptes 19",
                       "Par financeur et par action : la part des ressources affectées pas "
                       "encore employée à la clôture.")


def _asset_label(a: AssetLine) -> str:
    how = {"don": ", reçu en don", "reprise": ", repris à l'ouverture du livre"}.get(
        a.origin, "")
    plan = " (non amortissable)" if a.method == "non_amortissable" else ""
    return f"{a.label} – acquis le {a.acquired_on:%d/%m/%Y}{how}{plan}"


def _plain_4(code: str) -> bool:
    """A class-4 account of créances and dettes: not a régularisation, not a dépréciation."""
    return code[0] == "4" and not is_regularisation(code) and not is_reduction(code)


def inventory_of(conn, ctx: YearContext) -> Inventory:
    """The livre d'inventaire of ``ctx.year`` at its last day."""
    r = _Reader(conn, ctx)
    immobilisations, register_used = r.immobilisations()
    stocks = r.accounts_section("stocks", "Stocks et en-cours",
                                lambda c: c[0] == "3" and not is_reduction(c), "actif",
                                "comptes 3")
    creances = r.tiers_section("creances", "Créances", _plain_4, "actif",
                               "comptes 4 débiteurs")
    dettes = r.tiers_section("dettes", "Dettes", _plain_4, "passif", "comptes 4 créditeurs")
    emprunts = r.accounts_section("emprunts", "Emprunts et dettes financières",
                                  lambda c: c[:2] in ("16", "17"), "passif",
                                  "comptes 16 et 17", sign=-1, optional=True)
    reasons = r.reasons(("regularisation",))
    # The 2025 chart has one 468 for both where the 2018 chart had 4686 and 4687.
    divers = ("4687", "4686") if ctx.year.chart == "pca2018" else ("468", "468")
    reg_actif = r.tiers_section("regularisations_actif", "Régularisations à l'actif",
                                is_regularisation, "actif",
                                "comptes 486, 418, 4x87… débiteurs", reasons=reasons,
                                note="Charges constatées d'avance (486) et produits à "
                                     f"recevoir (418, {divers[0]}…).", optional=True)
    reg_passif = r.tiers_section("regularisations_passif", "Régularisations au passif",
                                 is_regularisation, "passif",
                                 "comptes 487, 408, 4x86… créditeurs", reasons=reasons,
                                 note="Produits constatés d'avance (487) et charges à payer "
                                      f"(408, {divers[1]}…).", optional=True)
    tresorerie = r.accounts_section("tresorerie", "Trésorerie",
                                    lambda c: c[0] == "5" and not is_reduction(c), "actif",
                                    "comptes 5 débiteurs")
    decouverts = r.accounts_section("decouverts", "Trésorerie au passif (découverts)",
                                    lambda c: c[0] == "5" and not is_reduction(c), "passif",
                                    "comptes 5 créditeurs", sign=-1, optional=True)
    sections = (immobilisations, stocks, creances, dettes, emprunts, r.provisions(),
                r.fonds_dedies(), reg_actif, reg_passif, tresorerie, decouverts)
    return Inventory(ctx.association, ctx.year.label, ctx.year.end, ctx.year.closed,
                     sections, register_used, _identified(conn))


def _identified(conn) -> str:
    """Whose book it is, by its numbers and address as well as its name: a book kept ten
    years (C. com. L123-22) outlives the people who know the association."""
    who = identity_of(conn)
    ids = [f"SIREN {who.siren}" if who.siren else "", f"RNA {who.rna}" if who.rna else "",
           who.address.replace("\n", ", ").strip()]
    return " – ".join(i for i in ids if i)
