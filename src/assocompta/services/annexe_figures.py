"""The annexe's tables, each by one SQL aggregation over the year's lines (never by loading
entries): fonds propres (431-5), fonds dédiés (431-6), fonds reportés (431-7), subsidies
(431-9), fixed assets, provisions and dépréciations, the AG's allocation.

An entry of the AN journal (or of any journal of kind 'opening') is the year's opening; an
entry labelled as services/closing.py labels the allocation of a result is the AG's
decision; every other entry is a movement of the year.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain.annexe import (AUTHORITIES, SUBSIDY_NATURES, Table, TableRow, authority,
                             subsidy_nature)
from ..domain.money import Money
from ..reports.context import YearContext
from .closing import allocation_label

#: every allocation entry, whichever year's result it allocates
ALLOCATION_PATTERN = allocation_label("%")

_MOVEMENTS = """
SELECT a.code, a.label,
  SUM(CASE WHEN j.kind = 'opening' OR j.code = 'AN' THEN l.credit - l.debit ELSE 0 END),
  SUM(CASE WHEN j.kind <> 'opening' AND j.code <> 'AN' AND e.label LIKE ?
      THEN l.credit - l.debit ELSE 0 END),
  SUM(CASE WHEN j.kind <> 'opening' AND j.code <> 'AN' AND e.label NOT LIKE ?
      THEN l.credit ELSE 0 END),
  SUM(CASE WHEN j.kind <> 'opening' AND j.code <> 'AN' AND e.label NOT LIKE ?
      THEN l.debit ELSE 0 END)
FROM entry e JOIN journal j ON j.id = e.journal_id JOIN entry_line l ON l.entry_id = e.id
JOIN account a ON a.id = l.account_id
WHERE e.year_id = ? AND (? = 0 OR e.valid_date IS NOT NULL) AND substr(a.code, 1, 1) = ?
GROUP BY a.code, a.label ORDER BY a.code
"""


@dataclass(frozen=True)
class Movement:
    """An account's year, crédit side positive: opening, allocation (net), crédits, débits."""

    code: str
    label: str
    opening: int
    allocation: int
    credit: int
    debit: int


def movements(conn, ctx: YearContext, account_class: str) -> list[Movement]:
    """Every account of ``account_class`` ("1", "2") moved in the year, split as the annexe's
    tables split it."""
    pattern = ALLOCATION_PATTERN
    return [Movement(code, label, *(int(v or 0) for v in values))
            for code, label, *values in conn.execute(
                _MOVEMENTS, (pattern, pattern, pattern, ctx.year.id, int(ctx.validated_only),
                             account_class))]


def _longest(code: str, prefixes) -> str | None:
    best = None
    for p in prefixes:
        if code.startswith(p) and (best is None or len(p) > len(best)):
            best = p
    return best


def _money(values) -> tuple[Money, ...]:
    return tuple(Money(int(v)) for v in values)


# -- art. 431-5 -------------------------------------------------------------------------------
FONDS_PROPRES_COLUMNS = ("À l'ouverture", "Affectation du résultat", "Augmentation",
                         "Diminution ou consommation", "À la clôture")
#: (row, account prefixes): the model's rows; a 10 account no longer prefix names is of the
#: fonds propres sans droit de reprise (102), the common case of a small association.
_SITUATION = (("Fonds propres sans droit de reprise", ("10", "102")),
              ("Fonds propres avec droit de reprise", ("103",)),
              ("Ecarts de réévaluation", ("105",)),
              ("Réserves", ("106",)),
              ("Report à nouveau", ("11",)),
              ("Résultat en instance d'affectation", ()),
              ("Excédent ou déficit de l'exercice", ("12",)))
_BELOW = (("Fonds propres consomptibles", ("108",)),
          ("Subventions d'investissement", ("13",)),
          ("Provisions réglementées", ("14",)))
RESULT_ROW = "Excédent ou déficit de l'exercice"
PENDING_ROW = "Résultat en instance d'affectation"


@dataclass(frozen=True)
class FondsPropres:
    table: Table | None
    #: what 12 still holds at the end of the year besides the year's own result: a previous
    #: result the AG has not allocated yet
    unallocated: int


def fonds_propres(moved: list[Movement], result: int) -> FondsPropres:
    """The 431-5 table from the 10–14 accounts and the year's result (produits − charges),
    which no entry of the year carries: it goes to « Augmentation » (excédent) or
    « Diminution » (déficit) of its row and closes there."""
    rubrics = _SITUATION + _BELOW
    prefixes = {p: label for label, ps in rubrics for p in ps}
    sums = {label: [0, 0, 0, 0] for label, _ in rubrics}
    for m in moved:
        if m.code[:2] not in ("10", "11", "12", "13", "14"):
            continue
        row = sums[prefixes[_longest(m.code, prefixes)]]
        for i, v in enumerate((m.opening, m.allocation, m.credit, m.debit)):
            row[i] += v
    res = sums[RESULT_ROW]
    unallocated = res[0] + res[1] + res[2] - res[3]
    if unallocated:
        # As on the bilan: a previous result still in 12 has its own row, the year's result
        # alone stays on « Excédent ou déficit de l'exercice ».
        sums[PENDING_ROW] = res[:]
        res[:] = [0, 0, 0, 0]
    res[2 if result >= 0 else 3] += abs(result)

    def closing(v: list[int]) -> list[int]:
        return v + [v[0] + v[1] + v[2] - v[3]]

    rows: list[TableRow] = []
    for label, _ in _SITUATION:
        if any(sums[label]) or label == RESULT_ROW and result:
            rows.append(TableRow(label, _money(closing(sums[label]))))
    net = len(rows)
    rows.append(TableRow("Situation nette", _money(closing(
        [sum(sums[label][i] for label, _ in _SITUATION) for i in range(4)])),
        kind="subtotal", adds=tuple((1, i) for i in range(net))))
    below = [net]
    for label, _ in _BELOW:
        if any(sums[label]):
            below.append(len(rows))
            rows.append(TableRow(label, _money(closing(sums[label]))))
    rows.append(TableRow("TOTAL", _money(closing(
        [sum(s[i] for s in sums.values()) for i in range(4)])), kind="total",
        adds=tuple((1, i) for i in below)))
    if not any(v for r in rows for v in r.values):
        return FondsPropres(None, unallocated)
    return FondsPropres(Table(FONDS_PROPRES_COLUMNS, tuple(rows)), unallocated)


# -- art. 431-7 -------------------------------------------------------------------------------
def fonds_reportes(moved: list[Movement]) -> Table | None:
    """191: opening balance, increases, decreases, closing balance."""
    rows = []
    for m in moved:
        if not m.code.startswith("191"):
            continue
        opening, up, down = m.opening, m.credit, m.debit
        rows.append(TableRow(f"{m.code} {m.label}", _money((opening, up, down,
                                                            opening + up - down))))
    if not rows:
        return None
    if len(rows) > 1:
        rows.append(TableRow("TOTAL", _money(
            sum(r.values[i].cents for r in rows) for i in range(4)), kind="total",
            adds=tuple((1, i) for i in range(len(rows)))))
    return Table(("Solde à l'ouverture", "Augmentation", "Diminution", "Solde à la clôture"),
                 tuple(rows))


# -- fixed assets -----------------------------------------------------------------------------
def immobilisations(moved: list[Movement]) -> Table | None:
    """Gross values (20–27, débit side) and depreciation (28–29, crédit side) per account:
    opening, increases, decreases, closing; then the net value."""
    gross, depreciation = [], []
    for m in moved:
        if m.code[:2] in ("28", "29"):
            depreciation.append((m, m.opening, m.credit, m.debit))
        else:  # a débit-side account: its opening is the AN's débit
            gross.append((m, -m.opening, m.debit, m.credit))
    if not gross and not depreciation:
        return None
    rows: list[TableRow] = []
    parts = []
    for title, items in (("Immobilisations (valeurs brutes)", gross),
                         ("Amortissements et dépréciations", depreciation)):
        if not items:
            continue
        at = len(rows)
        rows.append(TableRow(title, ()))
        for m, opening, up, down in items:
            rows.append(TableRow(f"{m.code} {m.label}", _money((opening, up, down,
                                                                opening + up - down)), level=1))
        totals = [sum(x[i] for x in items) for i in (1, 2, 3)]
        total = totals + [totals[0] + totals[1] - totals[2]]
        rows[at] = TableRow(title, _money(total), kind="subtotal",
                            adds=tuple((1, i) for i in range(at + 1, len(rows))))
        parts.append((at, title))
    if len(parts) == 2:
        # Net at the opening and at the closing only: the movements stay on their own rows.
        gross_row, depreciation_row = (rows[at].values for at, _ in parts)
        rows.append(TableRow("Valeurs nettes", (gross_row[0] - depreciation_row[0], None, None,
                                                gross_row[3] - depreciation_row[3]),
                             kind="total"))
    return Table(("À l'ouverture", "Augmentations", "Diminutions", "À la clôture"), tuple(rows))


# -- provisions and dépréciations ---------------------------------------------------------------
_PROVISIONS = """
SELECT a.code, a.label, l.tiers_id, t.name,
  SUM(CASE WHEN j.kind = 'opening' OR j.code = 'AN' THEN l.credit - l.debit ELSE 0 END),
  SUM(CASE WHEN j.kind <> 'opening' AND j.code <> 'AN' THEN l.credit ELSE 0 END),
  SUM(CASE WHEN j.kind <> 'opening' AND j.code <> 'AN' THEN l.debit ELSE 0 END)
FROM entry e JOIN journal j ON j.id = e.journal_id JOIN entry_line l ON l.entry_id = e.id
JOIN account a ON a.id = l.account_id LEFT JOIN tiers t ON t.id = l.tiers_id
WHERE e.year_id = ? AND (? = 0 OR e.valid_date IS NOT NULL)
  AND substr(a.code, 1, 2) IN ('15', '29', '39', '49', '59')
GROUP BY a.code, a.label, l.tiers_id, t.name
"""
# The reasons of the provision entries (services/provisions.py) up to the year's end, by the
# account and tiers they credit: the closing carries the provision, not its entry.
_PROVISION_REASONS = """
SELECT a.code, l.tiers_id, y.reason, MIN(e.date) FROM year_end_entry y
JOIN entry e ON e.id = y.entry_id JOIN entry_line l ON l.entry_id = e.id
JOIN account a ON a.id = l.account_id
WHERE y.kind = 'provision' AND l.credit > 0 AND e.date <= ?
GROUP BY a.code, l.tiers_id, y.reason ORDER BY 4, 3
"""
PROVISIONS_COLUMNS = ("À l'ouverture", "Dotations", "Reprises", "À la clôture")
#: account prefix → the table's group (the PCG's provisions, then the dépréciations by the
#: asset they reduce)
PROVISION_GROUPS = {"15": "Provisions pour risques et charges",
                    "29": "Dépréciations des immobilisations",
                    "39": "Dépréciations des stocks et en-cours",
                    "49": "Dépréciations des créances",
                    "59": "Dépréciations des comptes financiers"}


def provisions(conn, ctx: YearContext) -> Table | None:
    """Provisions (15) and dépréciations (29, 39, 49, 59) per account and tiers, with the
    reasons their provision entries give: opening (à-nouveaux), dotations (crédits of the
    year), reprises (débits of the year), closing; a subtotal per group, a TOTAL when there
    are several."""
    found = conn.execute(_PROVISIONS, (ctx.year.id, int(ctx.validated_only))).fetchall()
    reasons: dict[tuple[str, int | None], list[str]] = {}
    for code, tiers_id, reason, _date in conn.execute(_PROVISION_REASONS,
                                                      (ctx.year.end.isoformat(),)):
        if reason and reason not in reasons.setdefault((code, tiers_id), []):
            reasons[(code, tiers_id)].append(reason)
    rows: list[TableRow] = []
    heads = []
    for prefix, title in PROVISION_GROUPS.items():
        items = sorted((r for r in found if r[0].startswith(prefix)
                        and any(int(v or 0) for v in r[4:])),
                       key=lambda r: (r[0], (r[3] or "").casefold()))
        if not items:
            continue
        at = len(rows)
        rows.append(TableRow(title))
        for code, label, tiers_id, name, opening, up, down in items:
            opening, up, down = int(opening or 0), int(up or 0), int(down or 0)
            said = "".join((f"{code} {label}", f" – {name}" if name else "",
                            f" : {' ; '.join(reasons[(code, tiers_id)])}"
                            if reasons.get((code, tiers_id)) else ""))
            rows.append(TableRow(said, _money((opening, up, down, opening + up - down)),
                                 level=1))
        members = range(at + 1, len(rows))
        rows[at] = TableRow(title, _money(sum(rows[i].values[c].cents for i in members)
                                          for c in range(4)),
                            kind="subtotal", adds=tuple((1, i) for i in members))
        heads.append(at)
    if not rows:
        return None
    if len(heads) > 1:
        rows.append(TableRow("TOTAL", _money(sum(rows[i].values[c].cents for i in heads)
                                             for c in range(4)),
                             kind="total", adds=tuple((1, i) for i in heads)))
    return Table(PROVISIONS_COLUMNS, tuple(rows),
                 footnote="Chaque provision est suivie de la raison donnée à sa dotation ; "
                          "les dépréciations viennent en déduction de l'actif du bilan.")


_REPRISES = """
SELECT e.date, l.debit, y.reason FROM year_end_entry y JOIN entry e ON e.id = y.entry_id
JOIN entry_line l ON l.entry_id = e.id
WHERE y.kind = 'reprise_provision' AND e.year_id = ? AND (? = 0 OR e.valid_date IS NOT NULL)
  AND l.debit > 0
ORDER BY e.date, e.id
"""


def provision_reprises(conn, ctx: YearContext) -> list[tuple[dt.date, Money, str]]:
    """The year's reprises booked as such (services/provisions.py): date, amount and the
    reason given (which names the provision's account)."""
    return [(dt.date.fromisoformat(str(date)[:10]), Money(int(amount)), reason or "")
            for date, amount, reason in conn.execute(_REPRISES, (ctx.year.id,
                                                                 int(ctx.validated_only)))]


# -- art. 431-6 -------------------------------------------------------------------------------
# Each 19x line by its own side and its entry's partner, not the whole entry by its accounts:
# one entry may report a project's new funds (crédit 19x / 689x) and use another's (débit
# 19x / 789x). A crédit beside a 689 is a report, a débit beside a 789 a use (the other side
# reverses it when the entry has no partner for it); a débit beside class 4 or 5 is repaid to
# the funder; anything else moves funds between projects. A 19x line without a project
# takes its partner's (the 689 or 789 line carries the action the compte de résultat shows).
_DEDIES = """
WITH partners AS (
  SELECT l.entry_id AS id,
    MAX(CASE WHEN substr(a.code, 1, 3) = '689' THEN 1 ELSE 0 END) AS reports,
    MAX(CASE WHEN substr(a.code, 1, 3) = '789' THEN 1 ELSE 0 END) AS uses,
    MAX(CASE WHEN substr(a.code, 1, 1) IN ('4', '5') THEN 1 ELSE 0 END) AS paid,
    MIN(CASE WHEN substr(a.code, 1, 3) = '689' THEN l.action_id END) AS report_action,
    MIN(CASE WHEN substr(a.code, 1, 3) = '789' THEN l.action_id END) AS use_action
  FROM entry e JOIN entry_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id
  WHERE e.year_id = ? GROUP BY l.entry_id),
lines AS (
  SELECT substr(a.code, 1, 3) AS kind, l.debit, l.credit,
    CASE WHEN j.kind = 'opening' OR j.code = 'AN' THEN 1 ELSE 0 END AS opening,
    p.reports, p.uses, p.paid,
    COALESCE(l.action_id, CASE WHEN l.credit > l.debit
                               THEN COALESCE(p.report_action, p.use_action)
                               ELSE COALESCE(p.use_action, p.report_action) END) AS action_id
  FROM entry e JOIN journal j ON j.id = e.journal_id JOIN entry_line l ON l.entry_id = e.id
  JOIN account a ON a.id = l.account_id JOIN partners p ON p.id = e.id
  WHERE e.year_id = ? AND (? = 0 OR e.valid_date IS NOT NULL)
    AND substr(a.code, 1, 3) IN ('194', '195', '196'))
SELECT kind, ac.code, ac.name,
  SUM(CASE WHEN opening = 1 THEN credit - debit ELSE 0 END),
  SUM(CASE WHEN opening = 0 AND reports = 1
      THEN credit - CASE WHEN uses = 1 THEN 0 ELSE debit END ELSE 0 END),
  SUM(CASE WHEN opening = 0 AND uses = 1
      THEN debit - CASE WHEN reports = 1 THEN 0 ELSE credit END ELSE 0 END),
  SUM(CASE WHEN opening = 0 AND reports = 0 AND uses = 0 AND paid = 1
      THEN debit - credit ELSE 0 END),
  SUM(CASE WHEN opening = 0 AND reports = 0 AND uses = 0 AND paid = 0
      THEN credit - debit ELSE 0 END)
FROM lines LEFT JOIN action ac ON ac.id = lines.action_id
GROUP BY kind, ac.code, ac.name ORDER BY 1, 2
"""
# Projects with an expense (class 6 but the reports to fonds dédiés) in the year or the one before.
_SPENT = """
SELECT DISTINCT ac.code FROM entry e JOIN entry_line l ON l.entry_id = e.id
JOIN account a ON a.id = l.account_id JOIN action ac ON ac.id = l.action_id
WHERE e.year_id IN (?, ?) AND (? = 0 OR e.valid_date IS NOT NULL)
  AND substr(a.code, 1, 1) = '6' AND substr(a.code, 1, 3) <> '689'
"""
FONDS_DEDIES_COLUMNS = ("À l'ouverture", "Reports", "Utilisations", "dont remboursements",
                        "Transferts", "À la clôture",
                        "dont projets sans dépense depuis deux exercices")
_DEDIES_KINDS = {"194": "Subventions d'exploitation",
                 "195": "Contributions financières d'autres organismes",
                 "196": "Ressources liées à la générosité du public"}
NO_PROJECT = "Sans projet désigné"


def fonds_dedies(conn, ctx: YearContext) -> Table | None:
    """194–196 per type and per project (the line's action, else its 689/789 partner's):
    opening, reports (crédits beside a 689), utilisations (débits beside a 789; a repayment
    to a bank or tiers, 4 or 5 without 789, is one too and shown as « dont
    remboursements »), transfers (between fonds dédiés, anything else), closing."""
    only = int(ctx.validated_only)
    found = conn.execute(_DEDIES, (ctx.year.id, ctx.year.id, only)).fetchall()
    if not found:
        return None
    before = ctx.previous.id if ctx.previous else ctx.year.id
    spent = {code for (code,) in conn.execute(_SPENT, (ctx.year.id, before, only))}
    rows: list[TableRow] = []
    heads = []
    for kind, label in _DEDIES_KINDS.items():
        projects = [r for r in found if r[0] == kind]
        if not projects:
            continue
        at = len(rows)
        rows.append(TableRow(label, ()))
        for _k, code, name, opening, reports, uses, repaid, moved in projects:
            opening, reports, uses, repaid, moved = (int(v or 0) for v in
                                                     (opening, reports, uses, repaid, moved))
            closing = opening + reports - uses - repaid + moved
            # New funds (none at the opening) and a book's first year (no previous year to
            # look at) cannot have gone two years without an expense.
            idle = (closing if code is not None and code not in spent and opening > 0
                    and ctx.previous is not None else 0)
            rows.append(TableRow(name or NO_PROJECT, _money(
                (opening, reports, uses + repaid, repaid, moved, closing, idle)), level=1))
        members = range(at + 1, len(rows))
        rows[at] = TableRow(label, _money(sum(rows[i].values[c].cents for i in members)
                                          for c in range(7)),
                            kind="subtotal", adds=tuple((1, i) for i in members))
        heads.append(at)
    rows.append(TableRow("TOTAL", _money(sum(rows[i].values[c].cents for i in heads)
                                         for c in range(7)),
                         kind="total", adds=tuple((1, i) for i in heads)))
    if not any(v for r in rows for v in r.values):
        return None
    return Table(FONDS_DEDIES_COLUMNS, tuple(rows),
                 footnote="Les lignes sont ventilées par projet (les actions du livre) ; "
                          "« dont projets sans dépense » : fonds d'un projet sans charge "
                          "dans l'exercice ni dans le précédent, déjà dédiés à l'ouverture.")


# -- art. 431-9 -------------------------------------------------------------------------------
_SUBSIDIES = """
SELECT a.code, t.id, t.name, t.funder_category, SUM(l.credit - l.debit)
FROM entry e JOIN journal j ON j.id = e.journal_id JOIN entry_line l ON l.entry_id = e.id
JOIN account a ON a.id = l.account_id
LEFT JOIN tiers t ON t.id = COALESCE(l.tiers_id, (SELECT MIN(l2.tiers_id) FROM entry_line l2
                                                  WHERE l2.entry_id = l.entry_id))
WHERE e.year_id = ? AND (? = 0 OR e.valid_date IS NOT NULL)
  AND j.kind <> 'opening' AND j.code <> 'AN'
  AND (a.code LIKE '73%' OR a.code LIKE '74%' OR a.code LIKE '7715%' OR a.code LIKE '13%')
  AND e.id NOT IN (SELECT w.entry_id FROM year_end_entry w
                   WHERE w.kind IN ('regularisation', 'extourne'))
GROUP BY a.code, t.id, t.name, t.funder_category
"""
UNNAMED_FUNDER = "Financeur non précisé"


def subsidies(conn, ctx: YearContext) -> Table | None:
    """Subsidies and concours publics granted in the year (crédits of 73, 74, 7715 and of
    13 but 139, less their débits), by authority then funder (the line's tiers, else the
    entry's), one column per nature that has an amount. A multi-year subsidy's share put in
    487 at the closing, and its extourne the next year, move no grant: both are left out."""
    per: dict[tuple[str, int | None, str], list[int]] = {}
    for code, tiers_id, name, category, amount in conn.execute(
            _SUBSIDIES, (ctx.year.id, int(ctx.validated_only))):
        nature = subsidy_nature(code)
        if nature is None or not amount:
            continue
        who = authority(category, name or "")
        key = (who, tiers_id, name or UNNAMED_FUNDER)
        per.setdefault(key, [0, 0, 0])[nature] += int(amount)
    per = {k: v for k, v in per.items() if any(v)}
    if not per:
        return None
    natures = [i for i in range(3) if any(v[i] for v in per.values())]
    with_total = len(natures) > 1
    columns = tuple(SUBSIDY_NATURES[i] for i in natures) + (("Total",) if with_total else ())

    def values(v: list[int]) -> tuple[Money, ...]:
        picked = [v[i] for i in natures]
        return _money(picked + ([sum(picked)] if with_total else []))

    rows: list[TableRow] = []
    heads = []
    for who in AUTHORITIES:
        funders = sorted((k for k in per if k[0] == who), key=lambda k: k[2].casefold())
        if not funders:
            continue
        at = len(rows)
        rows.append(TableRow(who))
        for k in funders:
            rows.append(TableRow(k[2], values(per[k]), level=1))
        rows[at] = TableRow(who, values([sum(per[k][i] for k in funders) for i in range(3)]),
                            kind="subtotal", adds=tuple((1, i) for i in range(at + 1,
                                                                              len(rows))))
        heads.append(at)
    rows.append(TableRow("TOTAL", values([sum(v[i] for v in per.values()) for i in range(3)]),
                         kind="total", adds=tuple((1, i) for i in heads)))
    return Table(columns, tuple(rows))


# -- the AG's decision on the previous result -------------------------------------------------
_ALLOCATION = """
SELECT e.date, e.label, a.code, a.label, SUM(l.credit - l.debit)
FROM entry e JOIN entry_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id
WHERE e.year_id = ? AND (? = 0 OR e.valid_date IS NOT NULL) AND e.label LIKE ?
GROUP BY e.id, e.date, e.label, a.code, a.label ORDER BY e.date, e.id, a.code
"""


@dataclass(frozen=True)
class Allocation:
    date: dt.date
    label: str
    table: Table


def allocations(conn, ctx: YearContext) -> list[Allocation]:
    """Each allocation entry of the year: the result allocated (what left 12), then where it
    went (report à nouveau, réserves…), signed as the fonds propres move."""
    entries: dict[tuple[str, str], list[tuple[str, str, int]]] = {}
    for date, label, code, name, amount in conn.execute(
            _ALLOCATION, (ctx.year.id, int(ctx.validated_only), ALLOCATION_PATTERN)):
        entries.setdefault((str(date), label), []).append((code, name, int(amount)))
    out = []
    for (date, label), lines in entries.items():
        result = -sum(amount for code, _, amount in lines if code.startswith("12"))
        rows = [TableRow(label.replace("Affectation du résultat", "Résultat", 1)
                         + (" (excédent)" if result >= 0 else " (déficit)"),
                         (Money(result),), kind="subtotal")]
        rows += [TableRow(f"Affecté : {code} {name}", (Money(amount),), level=1)
                 for code, name, amount in lines if not code.startswith("12")]
        rows[0] = TableRow(rows[0].label, rows[0].values, kind="subtotal",
                           adds=tuple((1, i) for i in range(1, len(rows))))
        out.append(Allocation(dt.date.fromisoformat(date[:10]), label,
                              Table(("Montant",), tuple(rows))))
    return out
