"""The year-end closing (clôture) and the AGM's decision on the result.

:func:`closing_checks` says what stands in the way, each failing check explained with where
to fix it. :func:`close_year` then, in one transaction, creates the next year if needed,
writes its à-nouveaux entry (journal AN, dated its first day) and locks the closed year for
good: once ``fiscal_year.closed_at`` is set, the engine's triggers refuse every change to the
year, its entries, lines, budget and attachments, and refuse to clear ``closed_at`` again.

The result is booked to 120 (excédent) or 129 (déficit) in that à-nouveaux entry, not by a
closing entry in the closed year: as in Paheko and most French association packages, the
closed year keeps its classes 6 and 7, so its compte de résultat (read from its own lines
through the per-month totals cache) stays as the AGM approved it. After the AGM,
:func:`record_allocation` (allocation.py) moves the result to report à nouveau (110/119)
and/or reserves (1068) with an OD entry of the first open year after it, whenever the AGM
decides: even after the next year's closing.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from sqlalchemy import func, select, update

from ..domain.accounts import chart_for_start, default_kind, nearest_parent
from ..domain.closing import (
    FIX_BANK,
    FIX_ENTRIES,
    FIX_RECONCILIATION,
    FIX_YEARS,
    AccountMapping,
    Balance,
    ClosingCheck,
    ClosingRefused,
    carried_code,
    opening_lines,
    year_result,
)
from ..domain.entries import EntryDraft, LineDraft, check_entry
from ..domain.fiscal_years import default_end, year_label
from ..domain.money import Money
from ..formatting import euros
from ..storage.db import Book
from ..storage.errors import unbalanced_entries
from ..storage.orm import Account, Chart, Entry, FiscalYear, YearEndEntry
# The AGM's decision lives in allocation.py; its callers know it as part of the closing.
from .allocation import (  # noqa: F401
    ALLOCATION_JOURNAL, AllocationProposal, allocation_label, allocation_proposal,
    how_to_allocate, record_allocation, unallocated)
from .ledger import (SHIFT, accounts_of_chart, insert_entry, lock_year)
from .retry import once_more_on_conflict
from .setup import insert_year
from .validation import validate_in
from .year_end import WORK_JOURNAL, Proposal, book_proposals_in
from .year_spans import YearSpan, account_balances, find_year, year_after

OPENING_JOURNAL = "AN"


def opening_label(closed_label: str) -> str:
    return f"À-nouveaux de l'exercice {closed_label}"


@dataclass(frozen=True)
class ClosingResult:
    """What the closing wrote."""

    year: str
    next_year: str
    next_year_created: bool
    result: Money                  # > 0 excédent, < 0 déficit
    entry_id: int | None           # the à-nouveaux entry (None: nothing to carry)
    entry_number: int | None
    line_count: int
    mappings: tuple[AccountMapping, ...]
    renumbered: int                # next-year drafts moved so the AN comes first
    closed_at: str
    warnings: tuple[str, ...]
    validated: int = 0             # drafts of the year validated by the closing
    pieces_numbered: int = 0       # of which given an automatic piece number
    reversals: int = 0             # régularisations reversed on the next year's first day


# -- reading the book ---------------------------------------------------------------------
def _with_conn(book_or_conn, fn):
    if not hasattr(book_or_conn, "session"):  # a connection of either engine
        return fn(book_or_conn)
    with book_or_conn.session() as s:
        return fn(book_or_conn.raw_connection(s))


# -- checks --------------------------------------------------------------------------------
def closing_checks(book_or_conn: Book | sqlite3.Connection, year_label: str
                   ) -> list[ClosingCheck]:
    """Every check the closing of ``year_label`` runs, passed or not, blocking ones first."""
    return _with_conn(book_or_conn, lambda conn: _checks(conn, year_label))


def _checks(conn: sqlite3.Connection, label: str) -> list[ClosingCheck]:
    year, years = find_year(conn, label)
    checks: list[ClosingCheck] = []
    if year.closed:
        checks.append(ClosingCheck("Exercice ouvert", False, f"l'exercice {label} est déjà "
                                   "clos : une clôture est définitive", FIX_YEARS))
    earlier = [y.label for y in years if y.end < year.start and not y.closed]
    checks.append(ClosingCheck(
        "Exercices précédents clos", not earlier,
        f"clôturez d'abord l'exercice {', '.join(earlier)}" if earlier
        else "tous les exercices précédents sont clos", FIX_YEARS))

    unbalanced = [r for r in unbalanced_entries(conn, 1000) if r[0] == label]
    checks.append(ClosingCheck(
        "Écritures équilibrées", not unbalanced,
        "écritures déséquilibrées : " + ", ".join(f"n°{r[1]}" for r in unbalanced[:10])
        if unbalanced else "chaque écriture a autant au débit qu'au crédit", FIX_ENTRIES))

    balances = account_balances(conn, year.id)
    used = sum(b for code, b in balances.items() if code.startswith("86"))
    given = -sum(b for code, b in balances.items() if code.startswith("87"))
    checks.append(ClosingCheck(
        "Contributions volontaires : 86 = 87", used == given,
        f"emplois (86) {euros(Money(used))} = ressources (87) {euros(Money(given))}"
        if used == given else
        f"emplois (86) {euros(Money(used))} ≠ ressources (87) {euros(Money(given))} : chaque "
        "contribution volontaire doit avoir le même montant en 86 et en 87", FIX_ENTRIES,
        account="86"))

    checks += _bank_checks(conn, year, sorted(c for c in balances if c.startswith("51")))
    checks.append(_next_year_check(conn, year, years))
    checks += _warnings(conn, balances, years, year)
    return sorted(checks, key=lambda c: not c.blocking)


def _bank_checks(conn: sqlite3.Connection, year: YearSpan, accounts: list[str]
                 ) -> list[ClosingCheck]:
    """Each bank account (51…) used in the year reconciled at its end; no line waiting."""
    end = year.end
    checks = []
    for code in accounts:
        done = conn.execute(
            "SELECT max(statement_date) FROM reconciliation WHERE account = ? "
            "AND finished_at IS NOT NULL", (code,)).fetchone()[0]
        ok = done is not None and done >= end.isoformat()
        if ok:
            text = f"compte {code} rapproché au {dt.date.fromisoformat(done):%d/%m/%Y}"
        elif done:
            text = (f"rapprochez le compte {code} au {end:%d/%m/%Y} (dernier relevé rapproché : "
                    f"{dt.date.fromisoformat(done):%d/%m/%Y})")
        else:
            text = f"rapprochez le compte {code} au {end:%d/%m/%Y}"
        checks.append(ClosingCheck(f"Rapprochement bancaire {code}", ok, text,
                                   FIX_RECONCILIATION, account=code, date=end))
    if not accounts:
        checks.append(ClosingCheck("Rapprochement bancaire", True,
                                   "aucun compte bancaire (51) utilisé sur l'exercice",
                                   FIX_RECONCILIATION))
    pending = conn.execute(
        "SELECT count(*) FROM bank_line WHERE entry_id IS NULL AND ignored = 0 AND date <= ?",
        (end.isoformat(),)).fetchone()[0]
    checks.append(ClosingCheck(
        "Opérations bancaires catégorisées", not pending,
        (f"{pending} opération bancaire reste à catégoriser" if pending == 1 else
         f"{pending} opérations bancaires restent à catégoriser") + f" (jusqu'au {end:%d/%m/%Y})"
        if pending else "aucune opération bancaire en attente", FIX_BANK, date=end))
    return checks


def _next_year_check(conn: sqlite3.Connection, year: YearSpan, years: list[YearSpan]
                     ) -> ClosingCheck:
    following = year_after(year, years)
    first_day = year.end + dt.timedelta(days=1)
    name = "Exercice suivant"
    if following is None:
        return ClosingCheck(name, True, f"l'exercice suivant sera créé (du {first_day:%d/%m/%Y}"
                            f" au {default_end(first_day):%d/%m/%Y})", FIX_YEARS)
    if following.start != first_day:
        return ClosingCheck(name, False, f"l'exercice {following.label} ne commence pas le "
                            f"lendemain de la clôture ({first_day:%d/%m/%Y}) : les à-nouveaux "
                            "n'auraient pas d'exercice où aller", FIX_YEARS)
    carried = conn.execute(
        "SELECT e.number, e.date, e.label FROM entry e JOIN journal j ON j.id = e.journal_id "
        "WHERE e.year_id = ? AND (j.code = ? OR j.kind = 'opening') ORDER BY e.number",
        (following.id, OPENING_JOURNAL)).fetchall()
    if carried:
        which = "; ".join(f"n°{n} du {dt.date.fromisoformat(d):%d/%m/%Y} « {lab} »"
                          for n, d, lab in carried)
        return ClosingCheck(
            "À-nouveaux", False, f"l'exercice {following.label} a déjà une écriture "
            f"d'à-nouveaux ({which}) : supprimez-la, la clôture l'écrit elle-même",
            FIX_ENTRIES, date=following.start)
    return ClosingCheck(name, True, f"les à-nouveaux iront dans l'exercice {following.label}",
                        FIX_YEARS)


def _warnings(conn: sqlite3.Connection, balances: dict[str, int], years: list[YearSpan],
              year: YearSpan) -> list[ClosingCheck]:
    checks = []
    waiting = sum(b for code, b in balances.items() if code.startswith("47"))
    if waiting:
        checks.append(ClosingCheck(
            "Compte d'attente", False, f"les comptes d'attente (47) ne sont pas soldés "
            f"({euros(Money(abs(waiting)))} au {'débit' if waiting > 0 else 'crédit'}) : "
            "reclassez ces montants sur leurs vrais comptes avant de clôturer",
            FIX_ENTRIES, account="47", blocking=False))
    # The régularisations booked as such are reversed by the closing itself: only what was
    # typed by hand on 486/487 is left for the treasurer to reverse.
    reversed_by_closing = dict(conn.execute(
        "SELECT substr(a.code, 1, 3), SUM(l.debit) - SUM(l.credit) FROM entry e "
        "JOIN year_end_entry y ON y.entry_id = e.id JOIN entry_line l ON l.entry_id = e.id "
        "JOIN account a ON a.id = l.account_id WHERE e.year_id = ? AND "
        "y.kind = 'regularisation' AND substr(a.code, 1, 3) IN ('486', '487') "
        "GROUP BY substr(a.code, 1, 3)", (year.id,)).fetchall())
    for prefix, what in (("486", "charges constatées d'avance"),
                         ("487", "produits constatés d'avance")):
        amount = sum(b for code, b in balances.items() if code.startswith(prefix))
        by_hand = amount - int(reversed_by_closing.get(prefix) or 0)
        if by_hand:
            checks.append(ClosingCheck(
                f"Compte {prefix}", False, f"{what} saisies à la main : "
                f"{euros(Money(abs(by_hand)))} passent à l'exercice suivant ; pensez à les "
                "extourner au début de cet exercice (la clôture n'extourne d'elle-même que "
                "les régularisations passées par Exercice › Régularisations de fin "
                "d'exercice…)", FIX_ENTRIES, account=prefix, blocking=False))
    if any(b for code, b in balances.items() if code.startswith("12")):
        checks += _unallocated_warnings(conn, balances, years, year)
    return checks


def _unallocated_warnings(conn: sqlite3.Connection, balances: dict[str, int],
                          years: list[YearSpan], year: YearSpan) -> list[ClosingCheck]:
    """An earlier result still on 120/129 does not block: its allocation stays recordable
    after this closing, in the first open year. Say so, and how."""
    pending = unallocated(conn, years, year)
    if not pending:  # on 12 since the opening balances: the year is not in the book
        held = sum(b for code, b in balances.items() if code.startswith("12"))
        return [ClosingCheck(
            "Résultat précédent", False, f"le résultat d'un exercice précédent "
            f"({euros(Money(abs(held)))}) est encore en 12 : enregistrez son affectation par "
            "une écriture d'opérations diverses (D 120 / C 110 ou 1068 ; déficit : C 129 / "
            "D 119 ou 1068)", FIX_YEARS, account="12", blocking=False)]
    return [ClosingCheck(
        "Résultat précédent", False,
        f"le résultat de l'exercice {label} ({'excédent' if result.cents > 0 else 'déficit'} "
        f"de {euros(abs(result))}) n'est pas encore affecté : la clôture reste possible, et "
        "la décision de l'AG s'enregistrera ensuite dans le premier exercice ouvert "
        f"({how_to_allocate(label)})", FIX_YEARS, account="12", blocking=False)
        for label, result in pending]


# -- closing -------------------------------------------------------------------------------
@once_more_on_conflict
def close_year(book: Book, label: str, *, now: dt.datetime | None = None) -> ClosingResult:
    """Close ``label`` for good, or refuse with :class:`ClosingRefused` and write nothing.

    One transaction: the year's remaining drafts validated (an automatic piece number for
    those without one), next year created if missing (chart chosen by its first day), its
    à-nouveaux entry written and validated as n°1, kept for it while this year was open
    (classes 1–5 per account, class 4 per tiers, the result on 120/129, accounts the new
    chart lacks mapped), then ``closed_at``.
    """
    now = now or dt.datetime.now()
    with book.transaction() as s:
        conn = book.raw_connection(s)
        _lock_with_next(s, label)
        checks = _checks(conn, label)
        failing = [c for c in checks if c.fails]
        if failing:
            raise ClosingRefused(label, failing)
        warnings = tuple(c.explanation for c in checks if not c.ok)
        year = s.scalars(select(FiscalYear).where(FiscalYear.label == label)).one()
        validated = validate_in(
            s, year, list(s.scalars(select(Entry).where(Entry.year_id == year.id,
                                                        Entry.valid_date.is_(None)))),
            now.date(), number_pieces=True)
        following = s.scalars(select(FiscalYear).where(
            FiscalYear.start_date == year.end_date + dt.timedelta(days=1))).first()
        created = following is None
        if created:
            following, _ = insert_year(s, year.end_date + dt.timedelta(days=1))
        result = year_result(account_balances(conn, year.id))
        balances, mappings = _carried(s, conn, year, following.chart_id)
        lines = opening_lines(balances, result, label)
        entry_id = number = None
        renumbered = 0
        if len(lines) >= 2:
            draft = EntryDraft(following.start_date, OPENING_JOURNAL, opening_label(label),
                               lines, piece_ref=f"Clôture {label}")
            check_entry(draft)
            number, renumbered = _opening_number(s, following.id)
            entry = insert_entry(s, following, number, draft, now.date())
            entry_id = entry.id
        else:
            renumbered = _settle_drafts(s, following.id)
        reversals = _reverse_regularisations(s, year, following)
        closed_at = now.isoformat(timespec="seconds")
        year.closed_at = closed_at
        s.flush()
        return ClosingResult(label, following.label, created, result, entry_id, number,
                             len(lines) if entry_id else 0, tuple(mappings), renumbered,
                             closed_at, warnings, validated.count, validated.pieces_numbered,
                             len(reversals))


def _to_reverse(s, year: FiscalYear) -> list[Entry]:
    """The régularisations of ``year`` no extourne names yet, in number order."""
    done = select(YearEndEntry.reverses_entry_id).where(
        YearEndEntry.reverses_entry_id.is_not(None))
    return list(s.scalars(
        select(Entry).join(YearEndEntry, YearEndEntry.entry_id == Entry.id)
        .where(Entry.year_id == year.id, YearEndEntry.kind == "regularisation",
               Entry.id.not_in(done)).order_by(Entry.number)))


def _reverse_regularisations(s, year: FiscalYear, following: FiscalYear) -> list[int]:
    """The extourne of each régularisation of ``year`` (kind 'regularisation'): its lines
    with debit and credit swapped, dated the next year's first day, so that the part of a
    charge or a product the closed year set aside (486/487) or anticipated (408, 4686/468…)
    comes back where the next year bears it. Drafts of the next year (journal OD, kind
    'extourne', naming the entry they reverse); accounts the next chart lacks take the code
    the à-nouveaux give them (4686 → 468). Already reversed entries are skipped."""
    entries = _to_reverse(s, year)
    if not entries:
        return []
    known = accounts_of_chart(s, following.chart_id)
    proposals = []
    for entry in entries:
        lines = []
        for line in entry.lines:
            account = line.account
            code, how = carried_code(account.code, known, custom=bool(account.is_custom))
            if how == "créé":
                _create_account(s, following.chart_id, code, account.label, known)
            lines.append(LineDraft(code, debit=line.credit, credit=line.debit,
                                   tiers=line.tiers.code if line.tiers else None,
                                   action=line.action.code if line.action else None,
                                   label=line.label))
        reason = (f"Extourne de la régularisation n°{entry.number} du {entry.date:%d/%m/%Y} "
                  f"(exercice {year.label}) : « {entry.label} ».")
        draft = EntryDraft(following.start_date, WORK_JOURNAL, f"Extourne : {entry.label}"[:200],
                           tuple(lines), piece_ref=entry.piece_ref)
        proposals.append(Proposal("extourne", draft, reason, reverses_entry_id=entry.id))
    return book_proposals_in(s, following, proposals)


def _lock_with_next(s, label: str) -> None:
    """Lock the year to close and the one after it (its numbering moves), in date order."""
    # Columns, not the ORM object: the year is read again after the lock.
    year = s.execute(select(FiscalYear.id, FiscalYear.end_date)
                     .where(FiscalYear.label == label)).first()
    if year is None:
        return  # _checks names the known years
    lock_year(s, year.id)
    following = s.scalar(select(FiscalYear.id).where(
        FiscalYear.start_date == year.end_date + dt.timedelta(days=1)))
    if following is not None:
        lock_year(s, following)


def _opening_number(s, year_id: int) -> tuple[int, int]:
    """Where the à-nouveaux go: n°1, kept for them while the year before was open (drafts
    there move up by one); after the validated entries when n°1 is validated already (a
    book whose years were made out of order). Returns (number, drafts moved)."""
    holder = s.scalar(select(Entry.valid_date.is_(None)).where(Entry.year_id == year_id,
                                                               Entry.number == 1))
    if holder is None:
        return 1, 0
    if holder:
        return 1, _make_room_for_first(s, year_id)
    top = s.scalar(select(func.max(Entry.number)).where(Entry.year_id == year_id,
                                                        Entry.valid_date.is_not(None)))
    return top + 1, _shift_drafts(s, year_id, above=top, by=1)


def _settle_drafts(s, year_id: int) -> int:
    """Nothing carried: n°1 no longer waits, the year's drafts move down into it when no
    entry was validated yet."""
    taken = s.scalar(select(func.count()).select_from(Entry).where(
        Entry.year_id == year_id, (Entry.number == 1) | Entry.valid_date.is_not(None)))
    if taken:
        return 0
    return _shift_drafts(s, year_id, above=0, by=-1)


def _shift_drafts(s, year_id: int, *, above: int, by: int) -> int:
    """Move the year's drafts numbered above ``above`` by ``by`` (validated ones never move)."""
    drafts = (Entry.year_id == year_id, Entry.valid_date.is_(None), Entry.number > above)
    moved = s.scalar(select(func.count()).select_from(Entry).where(*drafts))
    if moved:
        # Two steps so that the unique (year, number) index never sees a duplicate midway.
        s.execute(update(Entry).where(*drafts).values(number=Entry.number + SHIFT))
        s.execute(update(Entry).where(Entry.year_id == year_id, Entry.number > SHIFT)
                  .values(number=Entry.number - SHIFT + by))
    return moved


def _make_room_for_first(s, year_id: int) -> int:
    """Move the year's drafts up by one (callers check none is validated), so that the
    à-nouveaux or the opening balances come first (FEC order)."""
    return _shift_drafts(s, year_id, above=0, by=1)


@dataclass(frozen=True)
class OpeningPreview:
    """What :func:`close_year` would write, read without writing (the wizard's summary)."""

    year: str
    next_year: str
    next_year_created: bool
    result: Money
    first_day: dt.date             # the à-nouveaux' date
    lines: tuple[LineDraft, ...]
    mappings: tuple[AccountMapping, ...]
    labels: dict[str, str]         # account labels of the lines
    reversals: tuple[str, ...] = ()  # « n°12 Charge constatée d'avance : … » to be reversed


def preview_opening(book: Book, label: str) -> OpeningPreview:
    """The result and the à-nouveaux lines the closing of ``label`` would write."""
    with book.session() as s:
        conn = book.raw_connection(s)
        year = s.scalars(select(FiscalYear).where(FiscalYear.label == label)).first()
        if year is None:
            find_year(conn, label)  # raises with the known labels
        first_day = year.end_date + dt.timedelta(days=1)
        following = s.scalars(select(FiscalYear).where(FiscalYear.start_date == first_day)
                              ).first()
        if following is None:
            chart = s.scalars(select(Chart).where(
                Chart.code == chart_for_start(first_day).code)).one()
            chart_id, next_label = chart.id, year_label(first_day, default_end(first_day))
        else:
            chart_id, next_label = following.chart_id, following.label
        result = year_result(account_balances(conn, year.id))
        balances, mappings = _carried(s, conn, year, chart_id, create=False)
        lines = opening_lines(balances, result, label)
        codes = {line.account for line in lines}
        labels = {m.new: m.label for m in mappings if m.how == "créé"}
        labels.update((a.code, a.label) for a in s.scalars(select(Account).where(
            Account.chart_id == chart_id, Account.code.in_(codes))))
        reversals = tuple(f"n°{e.number} {e.label}" for e in _to_reverse(s, year))
    return OpeningPreview(label, next_label, following is None, result, first_day, lines,
                          tuple(mappings), labels, reversals)


def _carried(s, conn: sqlite3.Connection, year: FiscalYear, chart_id: int, *,
             create: bool = True) -> tuple[list[Balance], list[AccountMapping]]:
    """Balances of classes 1–5 per account, under their codes in the next chart.

    Third-party accounts (class 4) keep one line per tiers, so that what each supplier,
    member or funder owes or is owed opens the next year; fonds dédiés and reportés (19…)
    keep one line per funder and action, as the annexe follows them until used; elsewhere a
    tiers named on a line (the bank line of a supplier's payment) is no sub-ledger, and the
    account opens whole.
    """
    # Accounts' own lines (no tiers) first, as SQLite orders NULLs and PostgreSQL does not.
    rows = conn.execute(
        "SELECT code, label, is_custom, who, what, SUM(debit) - SUM(credit) FROM ("
        " SELECT a.code, a.label, a.is_custom, l.debit, l.credit,"
        " CASE WHEN a.code LIKE '4%' OR a.code LIKE '19%' THEN t.code END AS who,"
        " CASE WHEN a.code LIKE '19%' THEN ac.code END AS what"
        " FROM entry e JOIN entry_line l ON l.entry_id = e.id"
        " JOIN account a ON a.id = l.account_id LEFT JOIN tiers t ON t.id = l.tiers_id"
        " LEFT JOIN action ac ON ac.id = l.action_id"
        " WHERE e.year_id = ? AND substr(a.code, 1, 1) IN ('1','2','3','4','5')) AS c "
        "GROUP BY code, label, is_custom, who, what HAVING SUM(debit) != SUM(credit) "
        "ORDER BY code, CASE WHEN who IS NULL THEN 0 ELSE 1 END, who, "
        "CASE WHEN what IS NULL THEN 0 ELSE 1 END, what", (year.id,)).fetchall()
    known = accounts_of_chart(s, chart_id)
    mappings: dict[str, AccountMapping] = {}
    merged: dict[tuple[str, str | None, str | None], int] = {}
    for code, label, custom, tiers, action, cents in rows:
        new, how = carried_code(code, known, custom=bool(custom))
        if how == "créé" and create:
            _create_account(s, chart_id, code, label, known)
        if how:
            mappings[code] = AccountMapping(code, new, label, how)
        merged[(new, tiers, action)] = merged.get((new, tiers, action), 0) + cents
    balances = [Balance(code, tiers, cents, action)
                for (code, tiers, action), cents in merged.items()]
    return balances, list(mappings.values())


def _create_account(s, chart_id: int, code: str, label: str, known: dict[str, Account]) -> None:
    parent = known.get(nearest_parent(code, known) or "")
    acc = Account(chart_id=chart_id, code=code, label=label,
                  kind=parent.kind if parent else default_kind(code).value,
                  parent_id=parent.id if parent else None, is_custom=True)
    s.add(acc)
    s.flush()
    known[code] = acc
