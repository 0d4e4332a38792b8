"""Posting entries, deleting them, and the look-ups they need.

Each public function is one user action, one transaction. It returns what changed so that
views can refresh just those rows.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain.accounts import (AccountKind, nearest_parent, short_account_message,
                               too_short_to_post, validate_code)
from ..domain.entries import EntryDraft, check_entry
from ..domain.errors import ClosedYearError, NoOpenYearError, ValidationError
from ..domain.fixes import YEAR_ADD, command
from ..domain.parties import FunderCategory, TiersKind, tiers_kind
from ..storage.db import Book
from ..storage.orm import Account, Action, Entry, EntryLine, FiscalYear, Journal, Tiers
from ..text import clean_text
from .parties import check_code, check_name
from .retry import once_more_on_conflict


SHIFT = 1_000_000_000  # numbers move through here so that (year, number) stays unique


@dataclass(frozen=True)
class Posted:
    entry_id: int
    year: str
    number: int


# -- look-ups ----------------------------------------------------------------------------
def lock_year(s: Session, year_id: int) -> None:
    """Hold the year's row to the end of the transaction, before numbering in it.

    PostgreSQL: ``FOR NO KEY UPDATE``, so that a second writer numbering in the same year
    waits for this one to commit and then reads the number it took; taken first, it also
    keeps two writers from deadlocking over the row. SQLite serialises writers already
    (BEGIN IMMEDIATE) and reads no ``FOR`` clause: there it is a plain read.
    """
    s.execute(select(FiscalYear.id).where(FiscalYear.id == year_id)
              .with_for_update(key_share=True))


def year_for_date(s: Session, date: dt.date) -> FiscalYear:
    """The open fiscal year that covers ``date``, locked for numbering (:func:`lock_year`)."""
    # Read after the lock, so that a close committed while we waited is seen.
    year = s.scalars(select(FiscalYear).where(FiscalYear.start_date <= date,
                                              FiscalYear.end_date >= date)
                     .with_for_update(key_share=True)
                     .execution_options(populate_existing=True)).first()
    if year is None:
        raise NoOpenYearError(f"aucun exercice ne couvre le {date:%d/%m/%Y} : créez l'exercice "
                              f"avec {command(YEAR_ADD)} ou corrigez la date")
    if year.is_closed:
        raise ClosedYearError(f"l'exercice {year.label} est clos : on n'y passe plus "
                              f"d'écriture (date {date:%d/%m/%Y})")
    return year


def year_by_label(s: Session, label: str | None) -> FiscalYear:
    """The year named ``label``; without a label, the latest open year (or the latest one)."""
    years = list(s.scalars(select(FiscalYear).order_by(FiscalYear.start_date)))
    if not years:
        raise ValidationError(f"ce livre n'a aucun exercice : créez-en un avec {command(YEAR_ADD)}")
    if label is None:
        open_years = [y for y in years if not y.is_closed]
        return (open_years or years)[-1]
    for y in years:
        if y.label == label:
            return y
    known = ", ".join(y.label for y in years)
    raise ValidationError(f"exercice « {label} » inconnu ; exercices du livre : {known}",
                          field="--year")


def accounts_of_chart(s: Session, chart_id: int) -> dict[str, Account]:
    return {a.code: a for a in s.scalars(select(Account).where(Account.chart_id == chart_id))}


def account_for(s: Session, year: FiscalYear, code: str) -> Account:
    acc = s.scalars(select(Account).where(Account.chart_id == year.chart_id,
                                          Account.code == code)).first()
    if acc is None:
        raise ValidationError(f"compte {code} absent du plan comptable de l'exercice "
                              f"{year.label} : choisissez un compte existant ou créez-le comme "
                              "sous-compte", field="compte")
    if too_short_to_post(acc.code):
        labels = {a.code: a.label for a in s.scalars(select(Account).where(
            Account.chart_id == year.chart_id, Account.code.like(f"{acc.code}%")))}
        raise ValidationError(short_account_message(acc.code, labels), field="compte")
    return acc


def _by_code(s: Session, model, code: str, unknown: str, field: str):
    found = s.scalars(select(model).where(model.code == code)).first()
    if found is None:
        raise ValidationError(unknown, field=field)
    return found


def journal_for(s: Session, code: str) -> Journal:
    return _by_code(s, Journal, code, f"journal {code} inconnu", "journal")


def tiers_for(s: Session, code: str) -> Tiers:
    return _by_code(s, Tiers, code, f"tiers « {code} » inconnu : créez-le d'abord", "tiers")


def action_for(s: Session, code: str) -> Action:
    return _by_code(s, Action, code, f"action « {code} » inconnue : créez-la d'abord", "action")


# -- posting -----------------------------------------------------------------------------
def keeps_first_for_opening(s: Session, year_id: int) -> bool:
    """Whether n°1 of the year waits for the à-nouveaux: while the year before it is open,
    its closing will write them there (so that no number ever moves, docs/validation.md)."""
    start = s.scalar(select(FiscalYear.start_date).where(FiscalYear.id == year_id))
    before = s.execute(select(FiscalYear.closed_at).where(
        FiscalYear.end_date == start - dt.timedelta(days=1))).first()
    return before is not None and before.closed_at is None


def last_validated(s: Session, year_id: int) -> int:
    """The year's last definitive number (0 when none), n°1 counted as taken while it waits
    for the à-nouveaux."""
    top = s.scalar(select(func.max(Entry.number)).where(
        Entry.year_id == year_id, Entry.valid_date.is_not(None))) or 0
    if top == 0 and keeps_first_for_opening(s, year_id):
        return 1
    return top


def next_number(s: Session, year_id: int) -> int:
    """The number of a new draft: after every entry of the year, read under the year's lock."""
    lock_year(s, year_id)
    top = s.scalar(select(func.max(Entry.number)).where(Entry.year_id == year_id)) or 0
    return max(top, last_validated(s, year_id)) + 1


def insert_entry(s: Session, year: FiscalYear, number: int, draft: EntryDraft,
                 valid_date: dt.date | None = None) -> Entry:
    """Write ``draft`` as entry ``number`` of ``year`` (inside the caller's transaction): a
    draft, validated on ``valid_date`` once its lines are in when one is given (the engine
    takes no line on a validated entry)."""
    entry = Entry(year_id=year.id, journal_id=journal_for(s, draft.journal).id, number=number,
                  date=draft.date, label=clean_text(draft.label).strip(),
                  piece_ref=clean_text(draft.piece_ref).strip(),
                  piece_date=draft.piece_date, valid_date=None)
    for pos, line in enumerate(draft.lines, start=1):
        entry.lines.append(EntryLine(
            position=pos, account_id=account_for(s, year, line.account).id,
            debit=line.debit, credit=line.credit,
            tiers_id=tiers_for(s, line.tiers).id if line.tiers else None,
            action_id=action_for(s, line.action).id if line.action else None,
            label=clean_text(line.label) if line.label else line.label))
    s.add(entry)
    s.flush()
    if valid_date is not None:
        entry.valid_date = valid_date
        s.flush()
    return entry


@once_more_on_conflict
def post_entry(book: Book, draft: EntryDraft) -> Posted:
    """Book an entry as a draft (brouillard): checked, numbered after the year's entries, one
    transaction. It is changed freely until validated (services/validation.py)."""
    check_entry(draft)
    with book.transaction() as s:
        year = year_for_date(s, draft.date)
        entry = insert_entry(s, year, next_number(s, year.id), draft)
        return Posted(entry.id, year.label, entry.number)


def validated_refusal(number: int, valid_date: dt.date) -> str:
    """What a treasurer reads on trying to change or delete a validated entry."""
    return (f"L'écriture n°{number} est validée depuis le {valid_date:%d/%m/%Y} : elle ne "
            "peut plus être modifiée ni supprimée. Corrigez-la par une contre-passation "
            "(Saisie › Contre-passer et corriger…), qui l'annule par une écriture de sens "
            "contraire et propose l'écriture corrigée.")


def refuse_validated(entry: Entry) -> None:
    if entry.valid_date is not None:
        raise ValidationError(validated_refusal(entry.number, entry.valid_date))


@once_more_on_conflict
def delete_entry(book: Book, entry_id: int) -> list[int]:
    """Delete a draft and close the gap in the year's drafts (a validated entry is refused).

    Returns the ids of the entries whose number changed.
    """
    with book.transaction() as s:
        return delete_entry_in(s, entry_id)


def delete_entry_in(s: Session, entry_id: int) -> list[int]:
    """:func:`delete_entry` inside a transaction of the caller's (several as one action)."""
    year_id = s.scalar(select(Entry.year_id).where(Entry.id == entry_id))
    if year_id is not None:
        lock_year(s, year_id)
    # Read under the lock: a delete committed while we waited may have moved its number.
    entry = s.get(Entry, entry_id, populate_existing=True)
    if entry is None:
        raise ValidationError("cette écriture n'existe plus")
    year = s.get(FiscalYear, entry.year_id)
    if year.is_closed:
        raise ClosedYearError(f"l'exercice {year.label} est clos : on n'y supprime plus "
                              f"d'écriture (n°{entry.number})")
    refuse_validated(entry)
    year_id, number = entry.year_id, entry.number
    # Lines first, while their entry still says which month their totals are in.
    s.execute(delete(EntryLine).where(EntryLine.entry_id == entry_id))
    s.expire(entry, ["lines"])
    s.delete(entry)
    s.flush()
    # Only drafts follow a draft: validated numbers never move.
    moved = list(s.scalars(select(Entry.id).where(Entry.year_id == year_id,
                                                  Entry.number > number)))
    # Two steps so that the unique (year, number) index never sees a duplicate midway.
    s.execute(update(Entry).where(Entry.year_id == year_id, Entry.number > number)
              .values(number=Entry.number + SHIFT))
    s.execute(update(Entry).where(Entry.year_id == year_id, Entry.number > SHIFT)
              .values(number=Entry.number - SHIFT - 1))
    return moved


# -- chart and parties ---------------------------------------------------------------------
@contextlib.contextmanager
def _unless_taken_meanwhile(message: str, field: str | None = None) -> Iterator[None]:
    """Refuse as the check before the insert would have, when another person created the same
    code between that check and this insert (PostgreSQL's UNIQUE, SQLSTATE 23505; SQLite
    has one writer at a time, so its check is never overtaken)."""
    try:
        yield
    except IntegrityError as exc:
        if getattr(exc.orig, "sqlstate", None) != "23505":
            raise
        raise ValidationError(message, field=field) from None


def add_sub_account(book: Book, year_label: str | None, code: str, label: str) -> Account:
    """A user sub-account (``7401 Subvention Ville``) under its nearest chart parent."""
    code = validate_code(code)
    label = clean_text(label)
    if not label.strip():
        raise ValidationError("libellé du compte vide", field="libellé")
    with book.transaction() as s:
        year = year_by_label(s, year_label)
        known = accounts_of_chart(s, year.chart_id)
        if code in known:
            raise ValidationError(f"le compte {code} existe déjà ({known[code].label})")
        parent_code = nearest_parent(code, known)
        if parent_code is None:
            raise ValidationError(f"compte {code} : aucun compte parent dans le plan ; "
                                  "commencez par un numéro du plan (ex. 6063…)", field="compte")
        parent = known[parent_code]
        acc = Account(chart_id=year.chart_id, code=code, label=label.strip(), kind=parent.kind,
                      parent_id=parent.id, is_custom=True)
        s.add(acc)
        with _unless_taken_meanwhile(f"le compte {code} existe déjà"):
            s.flush()
        return acc


def add_tiers(book: Book, code: str, name: str, kind: TiersKind = TiersKind.OTHER,
              funder_category: FunderCategory | None = None) -> Tiers:
    code, name = check_code(code), check_name(name)
    kind, funder_category = tiers_kind(kind, funder_category)
    with book.transaction() as s:
        if s.scalars(select(Tiers).where(Tiers.code == code)).first():
            raise ValidationError(f"le tiers « {code} » existe déjà", field="code")
        t = Tiers(code=code, name=name, kind=kind.value,
                  funder_category=funder_category.value if funder_category else None)
        s.add(t)
        with _unless_taken_meanwhile(f"le tiers « {code} » existe déjà", "code"):
            s.flush()
        return t


def add_journal(book: Book, code: str, label: str, kind: str = "other") -> Journal:
    """A journal of the association's own (a second bank account, a fair's till…)."""
    code = code.strip().upper()
    if not (1 <= len(code) <= 10) or not code.isalnum():
        raise ValidationError(f"code journal « {code} » : 1 à 10 lettres ou chiffres",
                              field="code")
    with book.transaction() as s:
        if s.scalars(select(Journal).where(Journal.code == code)).first():
            raise ValidationError(f"le journal {code} existe déjà", field="code")
        j = Journal(code=code, label=clean_text(label).strip() or code, kind=kind)
        s.add(j)
        with _unless_taken_meanwhile(f"le journal {code} existe déjà", "code"):
            s.flush()
        return j


def add_action(book: Book, code: str, name: str) -> Action:
    code, name = check_code(code), check_name(name)
    with book.transaction() as s:
        if s.scalars(select(Action).where(Action.code == code)).first():
            raise ValidationError(f"l'action « {code} » existe déjà", field="code")
        a = Action(code=code, name=name)
        s.add(a)
        with _unless_taken_meanwhile(f"l'action « {code} » existe déjà", "code"):
            s.flush()
        return a


def kind_of(account: Account) -> AccountKind:
    return AccountKind(account.kind)
