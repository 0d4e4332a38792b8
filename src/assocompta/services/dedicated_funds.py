"""Fonds dédiés at the year end (ANC 2018-06 art. 132-2 ff.; the annexe's table, art. 431-6):
the year-end work's step 'fonds_dedies' and the end of an action.

For each action not finished at the year end and each funder of it (the tiers of the
resource's line, else of its entry; gifts without one are one « funder »): the dedicated
resources of the year (subsidies 74 but 747, contributions 755, gifts 754, on lines
carrying the action), the fonds dédiés at the opening (19x lines per tiers and action,
carried so by the à-nouveaux) and the action's charges of the year (class 6 but the
reports 689), shared between funders pro rata of what each made available
(domain/dedicated_funds.py). Two proposals follow, dated the year's last day:

* « Utilisation de fonds dédiés »: D 194/195/196, C 7894/7895/7896, per funder and action,
  the opening funds used up to the year's spending;
* « Report en fonds dédiés »: D 6894/6895/6896, C 194/195/196, the unspent part of the
  year's resources.

An action finished by the year end (:func:`finish_action`) releases what is left of its
funds and reports nothing. What is already booked in the year (these proposals booked
before, or the treasurer's own 689/789 entries on 19x) is taken off: asking again proposes
only what is missing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..domain.dedicated_funds import (Funder, FunderPlan, fund_kind, plan_action,
                                      report_account, use_account)
from ..domain.entries import EntryDraft, LineDraft
from ..domain.errors import ValidationError
from ..domain.money import Money
from ..formatting import euros
from ..storage.db import Book
from ..storage.orm import Action, FiscalYear
from .year_end import WORK_JOURNAL, Proposal, Step, booked_entries

KEY = "fonds_dedies"
STEP_KINDS = ("utilisation_fonds_dedies", "fonds_dedies")
TITLE = "Fonds dédiés"
EXPLANATION = (
    "Une subvention, une contribution ou un don reçu pour une action précise et pas encore "
    "dépensé à la clôture n'appartient pas au résultat de l'exercice : la part non utilisée "
    "est mise de côté en fonds dédiés (compte 689 au débit, 194 à 196 au crédit), par "
    "financeur et par action. L'exercice suivant, à mesure que l'action dépense, ces fonds "
    "reviennent au résultat (194 à 196 au débit, 789 au crédit). Quand plusieurs financeurs "
    "paient la même action, ses charges sont partagées entre eux au prorata de ce que "
    "chacun a apporté (règlement ANC 2018-06, art. 132-2 et suivants).")

# The year's dedicated resources per resource account, funder and action: the line's tiers,
# else the entry's first (a subsidy received in the bank journal names the funder on the
# bank line only). The opening (AN) carries no resource.
_RESOURCES = text("""
SELECT a.code, t.code, ac.code, SUM(l.credit - l.debit)
FROM entry e JOIN journal j ON j.id = e.journal_id JOIN entry_line l ON l.entry_id = e.id
JOIN account a ON a.id = l.account_id JOIN action ac ON ac.id = l.action_id
LEFT JOIN tiers t ON t.id = COALESCE(l.tiers_id, (SELECT MIN(l2.tiers_id) FROM entry_line l2
                                                  WHERE l2.entry_id = l.entry_id))
WHERE e.year_id = :year AND j.kind <> 'opening' AND j.code <> 'AN'
  AND (a.code LIKE '74%' OR a.code LIKE '754%' OR a.code LIKE '755%')
GROUP BY a.code, t.code, ac.code
""")
# The action's charges: class 6 but the reports to fonds dédiés themselves.
_CHARGES = text("""
SELECT ac.code, SUM(l.debit - l.credit)
FROM entry e JOIN journal j ON j.id = e.journal_id JOIN entry_line l ON l.entry_id = e.id
JOIN account a ON a.id = l.account_id JOIN action ac ON ac.id = l.action_id
WHERE e.year_id = :year AND j.kind <> 'opening' AND j.code <> 'AN'
  AND a.code LIKE '6%' AND a.code NOT LIKE '689%'
GROUP BY ac.code
""")
# Each 19x line of the year by what its entry is: the opening, a report (beside a 689), a
# use (beside a 789), or anything else (a repayment to the funder, a transfer), which
# changes what is available as the opening does.
_FUNDS = text("""
WITH partners AS (
  SELECT l.entry_id AS id,
    MAX(CASE WHEN a.code LIKE '689%' THEN 1 ELSE 0 END) AS reports,
    MAX(CASE WHEN a.code LIKE '789%' THEN 1 ELSE 0 END) AS uses
  FROM entry e JOIN entry_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id
  WHERE e.year_id = :year GROUP BY l.entry_id)
SELECT substr(a.code, 1, 3), t.code, ac.code,
  CASE WHEN j.kind = 'opening' OR j.code = 'AN' THEN 0 ELSE p.reports END,
  CASE WHEN j.kind = 'opening' OR j.code = 'AN' THEN 0 ELSE p.uses END,
  SUM(l.credit), SUM(l.debit)
FROM entry e JOIN journal j ON j.id = e.journal_id JOIN entry_line l ON l.entry_id = e.id
JOIN account a ON a.id = l.account_id JOIN partners p ON p.id = e.id
LEFT JOIN tiers t ON t.id = l.tiers_id LEFT JOIN action ac ON ac.id = l.action_id
WHERE e.year_id = :year AND substr(a.code, 1, 3) IN ('194', '195', '196')
GROUP BY 1, 2, 3, 4, 5
""")

FundKey = tuple[str, str | None, str]   # (19x, tiers, action)


@dataclass(frozen=True)
class ActionFunds:
    """One action's fonds dédiés at the year end, funder by funder (what the step shows)."""

    action: str
    name: str
    finished_on: dt.date | None
    charges: int
    plans: tuple[FunderPlan, ...]
    booked_use: dict[tuple[str, str | None], int]
    booked_report: dict[tuple[str, str | None], int]


def _session_of(book_or_session, fn):
    if isinstance(book_or_session, Session):
        return fn(book_or_session)
    with book_or_session.session() as s:
        return fn(s)


def _year(s: Session, label: str) -> FiscalYear:
    year = s.scalars(select(FiscalYear).where(FiscalYear.label == label)).first()
    if year is None:
        known = ", ".join(s.scalars(select(FiscalYear.label).order_by(FiscalYear.start_date)))
        raise ValidationError(f"exercice « {label} » inconnu ; exercices du livre : "
                              f"{known or 'aucun'}", field="--year")
    return year


def action_funds(s: Session, year: FiscalYear) -> tuple[list[ActionFunds], list[str]]:
    """Every action with dedicated resources or fonds dédiés in ``year``, and notes on what
    the computation could not place (19x amounts without an action)."""
    params = {"year": year.id}
    resources: dict[FundKey, int] = {}
    for code, tiers, action, amount in s.execute(_RESOURCES, params):
        kind = fund_kind(code)
        if kind is not None and amount:
            key = (kind, tiers, action)
            resources[key] = resources.get(key, 0) + int(amount)
    charges = {code: int(amount or 0) for code, amount in s.execute(_CHARGES, params)}
    opening: dict[FundKey, int] = {}
    used: dict[FundKey, int] = {}
    reported: dict[FundKey, int] = {}
    notes = []
    for kind, tiers, action, reports, uses, credit, debit in s.execute(_FUNDS, params):
        credit, debit = int(credit or 0), int(debit or 0)
        if action is None:
            if credit != debit:
                notes.append(f"Le compte {kind} a des mouvements sans action "
                             f"({euros(Money(credit - debit))}) : indiquez l'action sur ces "
                             "lignes pour que les fonds soient suivis ; ils ne sont pas "
                             "comptés ici.")
            continue
        key = (kind, tiers, action)
        if reports:
            reported[key] = reported.get(key, 0) + credit - (0 if uses else debit)
        if uses:
            used[key] = used.get(key, 0) + debit - (0 if reports else credit)
        if not reports and not uses:
            opening[key] = opening.get(key, 0) + credit - debit
    _name_the_funder(resources, opening, used, reported)
    codes = sorted({k[2] for k in (*resources, *opening, *used, *reported)})
    if not codes:
        return [], notes
    actions = {a.code: a for a in s.scalars(select(Action).where(Action.code.in_(codes)))}
    out = []
    for code in codes:
        keys = sorted({k for k in (*resources, *opening, *used, *reported) if k[2] == code},
                      key=lambda k: (k[0], k[1] or ""))
        action = actions[code]
        finished = action.finished_on is not None and action.finished_on <= year.end_date
        funders = [Funder(k[0], k[1], opening.get(k, 0), resources.get(k, 0)) for k in keys]
        plans = plan_action(funders, charges.get(code, 0), finished=finished)
        out.append(ActionFunds(code, action.name, action.finished_on, charges.get(code, 0),
                               tuple(plans),
                               {k[:2]: used[k] for k in keys if k in used},
                               {k[:2]: reported[k] for k in keys if k in reported}))
    return out, notes


def _name_the_funder(*amounts: dict[FundKey, int]) -> None:
    """A 19x amount without tiers (an entry typed by hand, an opening balance) belongs to the
    action's funder when the action has only one of that kind: moved to it."""
    keys = {k for d in amounts for k in d}
    for d in amounts[1:]:
        for kind, tiers, action in [k for k in d if k[1] is None]:
            named = {k[1] for k in keys if k[0] == kind and k[2] == action and k[1]}
            if len(named) == 1:
                key = (kind, named.pop(), action)
                d[key] = d.get(key, 0) + d.pop((kind, None, action))


def _who(tiers: str | None) -> str:
    return tiers or "donateurs"


def funds_step(book_or_session: Book | Session, year_label: str) -> Step:
    """The year-end step 'fonds_dedies' of ``year_label``: utilisations then reports, each
    one entry with a pair of lines per funder and action; nothing already booked twice."""
    return _session_of(book_or_session, lambda s: _step(s, _year(s, year_label)))


def _step(s: Session, year: FiscalYear) -> Step:
    booked = tuple(r[0] for r in booked_entries(s, year.id, STEP_KINDS))
    actions, notes = action_funds(s, year)
    end = year.end_date
    uses: list[tuple[str, str | None, str, int]] = []
    reports: list[tuple[str, str | None, str, int]] = []
    for a in actions:
        if a.finished_on is not None and a.finished_on <= end:
            left = sum(max(p.funder.opening, 0) for p in a.plans)
            if left:
                notes.append(f"Action {a.action} terminée le {a.finished_on:%d/%m/%Y} : ce "
                             f"qui reste de ses fonds dédiés ({euros(Money(left))}) revient "
                             "au résultat. Si le financeur en demande le remboursement, "
                             "passez plutôt une écriture D 194 / C 4… (dette envers lui).")
        for p in a.plans:
            who = (p.funder.kind, p.funder.tiers)
            for target, done, into, what in (
                    (p.used, a.booked_use.get(who, 0), uses, "utilisés"),
                    (p.reported, a.booked_report.get(who, 0), reports, "reportés")):
                missing = target - done
                if missing > 0:
                    into.append((p.funder.kind, p.funder.tiers, a.action, missing))
                elif missing < 0:
                    notes.append(
                        f"Action {a.action}, {_who(p.funder.tiers)} : {euros(Money(done))} de "
                        f"fonds dédiés déjà {what} dans l'exercice, pour "
                        f"{euros(Money(target))} justifiés par ses charges et ses ressources "
                        f": vérifiez ces écritures (compte {p.funder.kind}).")
    before = s.scalars(select(FiscalYear).where(
        FiscalYear.end_date == year.start_date - dt.timedelta(days=1))).first()
    if before is not None and not before.is_closed:
        # Its reports reach this year with its à-nouveaux only: the utilisations proposed
        # now would leave them out.
        notes.append(f"L'exercice {before.label} n'est pas encore clos : les fonds dédiés "
                     f"qu'il reporte n'arriveront dans l'exercice {year.label} qu'avec ses "
                     "à-nouveaux. Clôturez-le d'abord, puis revenez à cette étape.")
    proposals = []
    if year.is_closed:
        notes.append(f"L'exercice {year.label} est clos : plus rien ne s'y passe.")
    else:
        if uses:
            proposals.append(_proposal("utilisation_fonds_dedies", end, uses, actions))
        if reports:
            proposals.append(_proposal("fonds_dedies", end, reports, actions))
    return Step(KEY, TITLE, EXPLANATION, tuple(proposals), booked, tuple(notes))


def _proposal(kind: str, date: dt.date, items, actions: list[ActionFunds]) -> Proposal:
    by_code = {a.action: a for a in actions}
    lines: list[LineDraft] = []
    said = []
    for fund, tiers, action, cents in items:
        amount = Money(cents)
        if kind == "fonds_dedies":
            lines += [LineDraft(report_account(fund), debit=amount, tiers=tiers, action=action),
                      LineDraft(fund, credit=amount, tiers=tiers, action=action)]
        else:
            lines += [LineDraft(fund, debit=amount, tiers=tiers, action=action),
                      LineDraft(use_account(fund), credit=amount, tiers=tiers, action=action)]
        a = by_code[action]
        said.append(f"{a.name} ({action}), {_who(tiers)} : {euros(amount)}")
    if kind == "fonds_dedies":
        label = "Report en fonds dédiés des ressources non utilisées"
        why = ("Part des ressources dédiées de l'exercice que les actions n'ont pas encore "
               "dépensée, mise de côté pour elles : ")
    else:
        label = "Utilisation des fonds dédiés"
        why = ("Fonds dédiés des exercices précédents dépensés cette année par leur action, "
               "ou libérés par une action terminée : ")
    return Proposal(kind, EntryDraft(date, WORK_JOURNAL, label, tuple(lines)),
                    why + " ; ".join(said) + ".")


def finish_action(book: Book, code: str, date: dt.date | None) -> Action:
    """Mark the action ``code`` finished on ``date`` (None: running again). From the year
    holding that date on, its fonds dédiés are released and nothing more is reported."""
    with book.transaction() as s:
        action = s.scalars(select(Action).where(Action.code == code)).first()
        if action is None:
            known = ", ".join(s.scalars(select(Action.code).order_by(Action.code)))
            raise ValidationError(f"action « {code} » inconnue ; actions du livre : "
                                  f"{known or 'aucune'}", field="action")
        if date is not None:
            holder = s.scalars(select(FiscalYear).where(FiscalYear.start_date <= date,
                                                        FiscalYear.end_date >= date)).first()
            later_open = s.scalars(select(FiscalYear).where(
                FiscalYear.end_date >= date, FiscalYear.closed_at.is_(None))).first()
            if holder is not None and holder.is_closed and later_open is None:
                raise ValidationError(
                    f"le {date:%d/%m/%Y} est dans l'exercice {holder.label}, clos, et aucun "
                    "exercice ouvert ne suit : ajoutez l'exercice suivant d'abord",
                    field="date")
        action.finished_on = date
        s.flush()
        return action

