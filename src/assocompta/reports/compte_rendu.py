"""Compte rendu financier de subvention, CERFA n°15059*02 (arrêté du 11 octobre 2006, loi
n° 2000-321 du 12 avril 2000 art. 10): the table of figures (feuillet 2) for one action, or
the whole association, with Prévision | Réalisation | % per line.

The form is data (``resources/layouts/cerfa15059-v02.json``). Prévision comes from the budget
lines, réalisation from the entries, both read as the CERFA 12156 budget reads them
(reports/cerfa.py). What the 12156 has not: the indirect charges an action bears (a rate the
treasurer types, applied to the operating charges of no action: 60 to 64 and 66, never the
amortissements, provisions or fonds dédiés of 68), the ressources propres that balance
the action, and the unspent subsidy moved to fonds dédiés (689) on a line of its own, where
the funder sees it. Feuillets 1 and 3 (texts) are reports/compte_rendu_texts.py.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ..domain.budget import BudgetCheck, CheckKind
from ..domain.money import Money
from ..formatting import euros
from .cerfa import NO_ACTION, Item, _best, _Grid, _layout, _rows_for, actual_items, budget_items
from .context import YearContext
from .model import Check, Percent, Report, Row, RowKind

LAYOUT = "cerfa15059-v02"
#: A line whose réalisation is this far from its prévision is listed in the annexe for the
#: treasurer to explain. The form asks to explain « écarts significatifs » without a figure:
#: 20 % is the application's choice (the one public implementation's too).
GAP_THRESHOLD = Decimal("0.20")
#: After the name of the funder the compte rendu is for, on its subsidy line.
FUNDER_MARK = "(financeur destinataire)"


def layout() -> dict:
    return _layout(LAYOUT)


@dataclass(frozen=True)
class Scope:
    """Whose compte rendu: an action (None: the whole association) and a funder (optional)."""

    action_id: int | None = None
    action: str | None = None     # « AIDE – Aide aux devoirs », as the reader knows it
    funder: str | None = None     # the funder's name, as on its subsidy line
    rate: Decimal = Decimal(0)    # indirect charges, percent of the charges of no action

    def subtitle(self, ctx: YearContext) -> str:
        """The period only: the PDF footer repeats it, cut at 120 characters."""
        return ctx.period

    def named(self) -> str:
        """What the title says after the feuillet: the action and the funder."""
        return ((f" — action « {self.action} »" if self.action else " — toute l'association")
                + (f" — financeur : {self.funder}" if self.funder else ""))


def title(feuillet: dict, scope: Scope) -> str:
    """« N°15059*02 COMPTE-RENDU FINANCIER DE SUBVENTION — 2. Tableau … — action … »: the
    form's heading on every feuillet, as the funder files it."""
    return f"{layout()['heading']} — {feuillet['number']}. {feuillet['title']}{scope.named()}"


def french_percent(rate: Decimal) -> str:
    """12.5 → « 12,5 % »."""
    text = f"{rate.normalize():f}"
    return text.replace(".", ",") + " %"


def indirect(items: list[Item], rate: Decimal, rule: dict) -> dict[str, int]:
    """The share ``rate`` % of the charges in ``items`` that are the base (operating costs,
    ``rule["base"]``) by sub-line of « Charges indirectes affectées à l'action », in cents
    rounded half up."""
    children = rule["children"]
    sums = {c["label"]: 0 for c in children}
    for it in items:
        if not it.code.startswith(tuple(rule["base"])):
            continue
        child = _best(children, it.code) or children[-1]  # the last one is « Autres »
        sums[child["label"]] += it.cents
    return {label: int((Decimal(cents) * rate / 100).quantize(Decimal(1), ROUND_HALF_UP))
            for label, cents in sums.items()}


def base(items: list[Item], rule: dict) -> Money:
    """The charges in ``items`` the rate applies to."""
    return Money(sum(it.cents for it in items if it.code.startswith(tuple(rule["base"]))))


def indirect_base(conn: sqlite3.Connection, ctx: YearContext) -> tuple[Money, Money]:
    """(prévision, réalisation) of the base of the indirect charges: the operating charges
    of no action, for feuillet 3 to show."""
    rule = layout()["indirect"]
    return (base(budget_items(conn, ctx.year.id, NO_ACTION), rule),
            base(actual_items(conn, ctx.year.id, NO_ACTION, validated_only=ctx.validated_only),
                 rule))


def fonds_dedies_without_action(conn: sqlite3.Connection, ctx: YearContext) -> list[str]:
    """« n° 12 du 31/12/2025 » of the entries moving fonds dédiés (194–196, 689x) where no
    such line names an action: their part non utilisée is in no action's compte rendu."""
    moved = ("(a.code LIKE '194%' OR a.code LIKE '195%' OR a.code LIKE '196%' "
             "OR a.code = '689' OR a.code LIKE '6894%' "
             "OR a.code LIKE '6895%' OR a.code LIKE '6896%')")
    validated = " AND e.valid_date IS NOT NULL" if ctx.validated_only else ""
    rows = conn.execute(
        "SELECT e.number, e.date FROM entry e WHERE e.year_id = ?" + validated +
        " AND EXISTS (SELECT 1 FROM entry_line l JOIN account a ON a.id = l.account_id "
        f"WHERE l.entry_id = e.id AND {moved}) "
        "AND NOT EXISTS (SELECT 1 FROM entry_line l JOIN account a ON a.id = l.account_id "
        f"WHERE l.entry_id = e.id AND {moved} AND l.action_id IS NOT NULL) "
        "ORDER BY e.number", (ctx.year.id,)).fetchall()
    return [f"n° {number} du {dt.date.fromisoformat(day):%d/%m/%Y}" for number, day in rows]


def _funds_used(conn: sqlite3.Connection, ctx: YearContext, scope: Scope) -> bool:
    """Whether the action used fonds dédiés of the funder (a 789 line naming both) in the
    year."""
    return conn.execute(
        "SELECT count(*) FROM entry e JOIN entry_line l ON l.entry_id = e.id "
        "JOIN account a ON a.id = l.account_id JOIN tiers t ON t.id = l.tiers_id "
        "WHERE e.year_id = ? AND (? = 0 OR e.valid_date IS NOT NULL) AND a.code LIKE '789%' "
        "AND l.action_id = ? AND t.name = ?",
        (ctx.year.id, int(ctx.validated_only), scope.action_id, scope.funder)).fetchone()[0] > 0


def _shown(grid: _Grid, group: str, rubrics: list[dict]) -> list[dict]:
    """The form's lines, and the application's own lines (``optional``) only with an amount."""
    return [r for r in rubrics if not r.get("optional") or any(grid.sum((group, r["label"])))]


def _computed() -> tuple[str, str]:
    """The lines that balance the table: a ratio of them says nothing (« Excédent 0,0 % »)."""
    lay = layout()
    return lay["own_resources"]["label"], lay["surplus"]["label"]


def _with_percent(rows: list[Row]) -> list[Row]:
    """(prévision, réalisation) → (prévision, réalisation, réalisation / prévision)."""
    out = []
    computed = _computed()
    for row in rows:
        if not row.values:
            out.append(row)
            continue
        plan, real = row.values
        pct = (Percent((Decimal(real.cents) / Decimal(plan.cents)).quantize(Decimal("0.0001")))
               if plan.cents and row.label not in computed else None)
        out.append(row._replace(values=(plan, real, pct),
                                formula_columns=(0, 1) if row.formula else None))
    return out


def build_table(conn: sqlite3.Connection, ctx: YearContext, scope: Scope) -> Report:
    """Feuillet 2: charges then produits, TOTAL DES CHARGES = TOTAL DES PRODUITS in each
    column, then the contributions volontaires (86, 87)."""
    lay = layout()
    year_id = ctx.year.id
    grid = _Grid([budget_items(conn, year_id, scope.action_id),
                  actual_items(conn, year_id, scope.action_id,
                               validated_only=ctx.validated_only)], lay)
    rule = lay["indirect"]
    # The whole association bears all its charges directly: nothing is indirect to it.
    if scope.action_id is not None and scope.rate:
        bases = (budget_items(conn, year_id, NO_ACTION),
                 actual_items(conn, year_id, NO_ACTION, validated_only=ctx.validated_only))
        for column, base in enumerate(bases):
            for label, cents in indirect(base, scope.rate, rule).items():
                grid.add(("charges", rule["label"], label), column, cents)
    charges, produits = grid.sum(("charges",)), grid.sum(("produits",))
    own = [max(c - p, 0) for c, p in zip(charges, produits)]
    surplus = [max(p - c, 0) for c, p in zip(charges, produits)]

    rows: list[Row] = [Row(RowKind.HEADING, "CHARGES")]
    tops = _rows_for(grid, "charges", _shown(grid, "charges", lay["charges"]) + [rule], rows)
    if any(surplus):  # produits above charges: the line that balances stands on this side
        tops.append(len(rows))
        rows.append(Row(RowKind.LINE, lay["surplus"]["label"], tuple(map(Money, surplus))))
    _total(rows, "TOTAL DES CHARGES", tops)
    total_charges = len(rows) - 1
    rows.append(Row(RowKind.HEADING, "PRODUITS"))
    tops = _rows_for(grid, "produits", _shown(grid, "produits", lay["produits"]), rows)
    tops.append(len(rows))
    rows.append(Row(RowKind.LINE, lay["own_resources"]["label"], tuple(map(Money, own))))
    _total(rows, "TOTAL DES PRODUITS", tops)
    total_produits = len(rows) - 1
    emplois = _rows_for(grid, "emplois", [lay["emplois"]], rows)[0]
    ressources = _rows_for(grid, "ressources", [lay["ressources"]], rows)[0]
    for name, total, cvn in (("TOTAL DES CHARGES ET DES EMPLOIS", total_charges, emplois),
                             ("TOTAL DES PRODUITS ET DES RESSOURCES", total_produits,
                              ressources)):
        _total(rows, name, [total, cvn])

    checks = []
    for c, name in enumerate(lay["columns"][:2]):
        for check in (BudgetCheck(CheckKind.TOTALS, rows[total_charges].values[c]
                                  == rows[total_produits].values[c],
                                  (rows[total_charges].values[c],
                                   rows[total_produits].values[c])),
                      BudgetCheck(CheckKind.CONTRIBUTIONS,
                                  rows[emplois].values[c] == rows[ressources].values[c],
                                  (rows[emplois].values[c], rows[ressources].values[c]))):
            checks.append(Check(check.kind.value, check.ok, check.sentence(name, euros)))
    # Subsidy cells are keyed (side, rubric, funder category, funder).
    if scope.funder and not any(len(k) == 4 and k[3] == scope.funder for k in grid.cells):
        # A subsidy of an earlier year spent this year comes back through 789 (fonds dédiés
        # used), its line naming the funder: the compte rendu of that year is the funder's.
        if _funds_used(conn, ctx, scope):
            checks.append(Check("financeur", True, f"{scope.funder} : pas de nouvelle "
                                f"subvention en {ctx.year.label}, ses fonds dédiés des "
                                "exercices précédents utilisés (789)"))
        else:
            checks.append(Check("financeur", False, f"{scope.funder} : aucune subvention sur "
                                f"cette action en {ctx.year.label}, ni prévue ni reçue"))
    if scope.action_id is not None:
        for entry in fonds_dedies_without_action(conn, ctx):
            checks.append(Check("fonds dédiés", False, f"Fonds dédiés sans action (écriture "
                                f"{entry}) : la part non utilisée n'est dans le compte rendu "
                                "d'aucune action ; indiquez l'action sur la ligne 689 ou 194"))
    if scope.funder:  # the funder reads its own line first: in plain type, named so
        rows = [r._replace(kind=RowKind.LINE, label=f"{r.label} {FUNDER_MARK}")
                if r.kind is RowKind.DETAIL and r.label == scope.funder else r for r in rows]
    return Report(title(lay["feuillets"][1], scope), ctx.association,
                  scope.subtitle(ctx), tuple(lay["columns"]), tuple(_with_percent(rows)),
                  tuple(checks), notes=(legal_note(),))


def _total(rows: list[Row], label: str, of: list[int]) -> None:
    rows.append(Row(RowKind.TOTAL, label, tuple(
        Money.total(rows[i].values[c] for i in of) for c in range(2)),
        formula=tuple((1, i) for i in of)))


def rule_texts(scope: Scope, bases: tuple[Money, Money]) -> list[str]:
    """How the computed lines are made, for feuillet 3: the indirect charges (their base,
    its amounts, the rate, the split) and the ressources propres."""
    rule = layout()["indirect"]
    split = " ; ".join(f"{', '.join(c['accounts'])} en {c['label'].lower()}"
                       for c in rule["children"])
    indirect_rule = (
        f"Charges indirectes affectées à l'action : {french_percent(scope.rate)} des "
        f"{rule['base_rule']}. Base : prévision {euros(bases[0])} (lignes du budget sans "
        f"action), réalisation {euros(bases[1])} (écritures sans action) ; répartition par "
        f"compte : {split}." if scope.action_id is not None else
        "Toute l'association : aucune charge indirecte, toutes ses charges sont dans le "
        "tableau.")
    return [indirect_rule,
            "Ressources propres affectées à l'action : ce qui équilibre l'action (charges, "
            "charges indirectes comprises, moins les autres produits), quand c'est positif."]


def legal_note() -> str:
    """The form and its legal basis, as every feuillet ends: nothing else is for the funder
    (where the labels come from is in docs/compte-rendu.md and the window)."""
    lay = layout()
    return f"{lay['form']} — {lay['title'].capitalize()} : {lay['legal_basis']}."


def gaps(report: Report) -> list[Row]:
    """The table's lines whose réalisation is more than :data:`GAP_THRESHOLD` away from
    their prévision (or with no prévision at all), for the annexe to explain."""
    computed = _computed()
    out: list[Row] = []
    path: list[str] = []  # the row's rubric above it: « Autres » alone says nothing
    for row in report.rows:
        path = path[:row.level] + [row.label]
        # A « dont » is part of the line above, which is listed if it moved.
        if row.kind not in (RowKind.LINE, RowKind.SUBTOTAL, RowKind.DETAIL) \
                or row.label in computed:
            continue
        plan, real = row.values[0].cents, row.values[1].cents
        if plan == real:
            continue
        if not plan or abs(Decimal(real - plan)) > GAP_THRESHOLD * abs(Decimal(plan)):
            label = " — ".join(path)
            # A rubric whose gap is all in one sub-line: the sub-line says it, once.
            if out and label.startswith(out[-1].label + " — ") \
                    and out[-1].values[:2] == row.values[:2]:
                out.pop()
            out.append(Row(RowKind.LINE, label, row.values, level=1))
    return out
