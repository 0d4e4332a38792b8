"""The to-categorise list: suggesting, choosing and booking the imported bank lines.

A line's suggestion comes first from the treasurer's rules (in position order), then from
history: entries already booked on the same bank account whose label, reduced to its stable
words (:func:`~assocompta.bank.labels.label_key`), is the same or close — the counterpart
most often used wins. Booking a line writes one entry in journal BQ.

A suggestion from history names a tiers only if the line names it (« VIR LE GOFF ANNE /MOTIF
DON » is not Marie Dupont's gift because both say « don »): a gift booked to the wrong donor
ends up on the wrong tax receipt. History resting on one shared word, or on someone the line
does not name, is weak: shown as such, never booked by « valider toutes les lignes ».
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from ..bank.labels import NOISE, label_key, matches, names, rule_pattern
from ..domain.entries import EntryDraft, LineDraft, check_entry
from ..domain.errors import ClosedYearError, DomainError, NoOpenYearError, ValidationError
from ..domain.money import Money
from ..storage.db import Book
from ..storage.orm import Action, BankLine, BankRule, Entry, FiscalYear, Tiers
from ..storage.sql import dialect_of, string_agg
from .ledger import delete_entry_in, insert_entry, next_number, year_for_date
from .retry import once_more_on_conflict

JOURNAL = "BQ"
SIMILAR = 0.6   # share of the shorter label's words the other must have to count as alike


@dataclass(frozen=True)
class Suggestion:
    counterpart: str
    tiers_id: int | None
    action_id: int | None
    source: str              # "règle", "historique" or "choix"
    rule_id: int | None = None
    strong: bool = True      # weak: to check line by line, never booked in bulk
    words: tuple[str, ...] = ()        # history: the label words it matched on
    unnamed_tiers: int | None = None   # history: its tiers, dropped as the line names them not


@dataclass(frozen=True)
class PendingLine:
    id: int
    account: str
    date: dt.date
    amount: Money
    label: str
    value_date: dt.date | None
    reference: str
    counterpart: str | None  # the treasurer's choice
    tiers_id: int | None
    action_id: int | None
    suggestion: Suggestion | None

    @property
    def proposal(self) -> Suggestion | None:
        """What validating would book: the choice, else the suggestion."""
        if self.counterpart:
            return Suggestion(self.counterpart, self.tiers_id, self.action_id, "choix")
        return self.suggestion


@dataclass(frozen=True)
class Rule:
    id: int
    position: int
    pattern: str
    account: str | None
    direction: str
    counterpart: str
    tiers_id: int | None
    action_id: int | None


@dataclass(frozen=True)
class Booked:
    line_id: int
    entry_id: int
    year: str
    number: int


# -- reading -----------------------------------------------------------------------------
def rules(conn: sqlite3.Connection, account: str | None = None) -> list[Rule]:
    """The rules, in the order they are tried (for ``account``: its own and the general)."""
    sql = ("SELECT id, position, pattern, account, direction, counterpart, tiers_id, action_id "
           "FROM bank_rule")
    args: tuple = ()
    if account is not None:
        sql += " WHERE account IS NULL OR account = ?"
        args = (account,)
    return [Rule(*row) for row in conn.execute(sql + " ORDER BY position, id", args)]


def _direction_ok(direction: str, cents: int) -> bool:
    return direction == "any" or (direction == "in") == (cents > 0)


#: Joins a booked entry's bank labels: none holds it (clean_label splits on it as on spaces).
_LABEL_SEP = "\x1f"


class History:
    """What was booked against each label key on one bank account, money in and out apart."""

    def __init__(self, conn: sqlite3.Connection, account: str) -> None:
        self.tiers_names: dict[int, str] = dict(conn.execute("SELECT id, name FROM tiers"))
        self.by_key: dict[tuple[bool, str], Counter] = defaultdict(Counter)
        self.last: dict[tuple[bool, str, tuple], str] = {}
        self.by_word: dict[tuple[bool, str], set[str]] = defaultdict(set)
        rows = conn.execute(
            "SELECT e.date, e.label, b.debit - b.credit, ca.code, c.tiers_id, c.action_id, "
            f"       (SELECT {string_agg(conn, 'bl.label', '?')} FROM bank_line bl "
            "         WHERE bl.entry_id = e.id) "
            "  FROM entry_line b JOIN account ba ON ba.id = b.account_id AND ba.code = ? "
            "  JOIN entry e ON e.id = b.entry_id "
            "  JOIN entry_line c ON c.entry_id = e.id AND c.id != b.id "
            "  JOIN account ca ON ca.id = c.account_id "
            " WHERE (SELECT count(*) FROM entry_line x WHERE x.entry_id = e.id) = 2 "
            " ORDER BY e.date, e.id, c.id",
            (_LABEL_SEP, account))
        for date, label, signed, code, tiers_id, action_id, bank_labels in rows:
            money_in = signed > 0
            labels = {label, *(bank_labels.split(_LABEL_SEP) if bank_labels else ())}
            for key in {label_key(text) for text in labels} - {""}:
                self.by_key[money_in, key][code, tiers_id, action_id] += 1
                self.last[money_in, key, (code, tiers_id, action_id)] = date
                for word in _words(key):
                    self.by_word[money_in, word].add(key)

    def suggest(self, label: str, cents: int) -> Suggestion | None:
        money_in = cents > 0
        key = label_key(label)
        if not key:
            return None
        counts = self.by_key.get((money_in, key))
        exact = counts is not None
        shared = _words(key)
        if counts is None:
            best = self._similar(key, money_in)
            if best is None:
                return None
            shared &= _words(best)
            key = best
            counts = self.by_key[money_in, key]
        # Someone the line names first; then the most used, between equals the latest (a new
        # chart renamed 74 to 741).
        named = [c for c in counts if c[1] is not None
                 and names(self.tiers_names.get(c[1], ""), label)]
        code, tiers_id, action_id = max(
            named or counts, key=lambda c: (counts[c], self.last[money_in, key, c]))
        words = tuple(sorted(shared))
        if tiers_id is not None and not named:
            return Suggestion(code, None, action_id, "historique", strong=False, words=words,
                              unnamed_tiers=tiers_id)
        # Without a tiers named, the same label with a word of its own, or two words shared.
        strong = bool(named) or len(shared) >= 2 or (exact and bool(shared))
        return Suggestion(code, tiers_id, action_id, "historique", strong=strong, words=words)

    def _similar(self, key: str, money_in: bool) -> str | None:
        """The known key sharing most of its distinctive words with ``key``, if one does."""
        words = _words(key)
        if not words:
            return None
        best, best_score = None, (SIMILAR, 0.0)
        candidates = set().union(*(self.by_word.get((money_in, w), set()) for w in words))
        for other in sorted(candidates):
            theirs = _words(other)
            common = len(words & theirs)
            if common < min(2, len(words), len(theirs)):
                continue
            score = (common / min(len(words), len(theirs)), common / len(words | theirs))
            if score > best_score or (best is None and score[0] >= SIMILAR):
                best, best_score = other, score
        return best


def _words(key: str) -> set[str]:
    """The words of a label key that name someone, not the kind of operation."""
    return {w for w in key.split() if w not in NOISE}


def suggest(conn: sqlite3.Connection, account: str, lines: list[tuple[str, int]],
            history: History | None = None) -> list[Suggestion | None]:
    """The suggestion for each (label, cents) of ``account``: a rule, else history."""
    found_rules = rules(conn, account)
    history = history or History(conn, account)
    out: list[Suggestion | None] = []
    for label, cents in lines:
        rule = next((r for r in found_rules if _direction_ok(r.direction, cents)
                     and matches(r.pattern, label)), None)
        if rule is not None:
            out.append(Suggestion(rule.counterpart, rule.tiers_id, rule.action_id, "règle",
                                  rule.id))
        else:
            out.append(history.suggest(label, cents))
    return out


def pending_lines(conn: sqlite3.Connection, account: str, *, start: dt.date | None = None,
                  end: dt.date | None = None) -> list[PendingLine]:
    """The account's lines still to categorise (between ``start`` and ``end``), by date."""
    sql = ("SELECT id, account, date, amount, label, value_date, reference, counterpart, "
           "tiers_id, action_id FROM bank_line WHERE account = ? AND entry_id IS NULL "
           "AND ignored = 0")
    args: list = [account]
    if start is not None:
        sql += " AND date >= ?"
        args.append(start.isoformat())
    if end is not None:
        sql += " AND date <= ?"
        args.append(end.isoformat())
    rows = conn.execute(sql + " ORDER BY date, id", args).fetchall()
    suggestions = suggest(conn, account, [(r[4], r[3]) for r in rows]) if rows else []
    return [PendingLine(r[0], r[1], dt.date.fromisoformat(r[2]), Money(r[3]), r[4],
                        dt.date.fromisoformat(r[5]) if r[5] else None, r[6], r[7], r[8], r[9],
                        sug) for r, sug in zip(rows, suggestions)]


def bank_accounts(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(code, label) of the accounts statements come from (512…, 514, 517) in the latest
    chart, and of any account holding imported lines."""
    found = dict(conn.execute(
        "SELECT a.code, a.label FROM account a WHERE (a.code LIKE '512%' OR a.code IN "
        "('514', '517')) AND a.chart_id = "
        "(SELECT chart_id FROM fiscal_year ORDER BY start_date DESC LIMIT 1) ORDER BY a.code"))
    for (code,) in conn.execute("SELECT DISTINCT account FROM bank_line"):
        found.setdefault(code, code)
    return sorted(found.items())


# -- choosing ----------------------------------------------------------------------------
def _check_counterpart(conn: sqlite3.Connection, account: str, code: str) -> str:
    code = (code or "").strip()
    if not code.isdigit() or code[0] not in "12345678":
        raise ValidationError(f"compte « {code} » : un numéro du plan comptable (ex. 626)",
                              field="compte")
    if code == account:
        raise ValidationError(f"compte {code} : c'est le compte de banque lui-même ; choisissez "
                              "la contrepartie (charge, produit, tiers…)", field="compte")
    if conn.execute("SELECT 1 FROM account WHERE code = ? LIMIT 1", (code,)).fetchone() is None:
        raise ValidationError(f"compte {code} absent du plan comptable", field="compte")
    return code


def set_choice(book: Book, line_ids: list[int], counterpart: str | None,
               tiers_id: int | None = None, action_id: int | None = None) -> list[int]:
    """Set (or with ``counterpart`` None, clear) the account to book these lines to."""
    with book.transaction() as s:
        conn = book.raw_connection(s)
        for line in _lines(s, line_ids):
            code = (_check_counterpart(conn, line.account, counterpart)
                    if counterpart else None)
            line.counterpart, line.tiers_id, line.action_id = code, tiers_id, action_id
        return list(line_ids)


def choices_of(book: Book, line_ids: list[int]) -> list[tuple[int, str | None, int | None,
                                                             int | None]]:
    """Each line's (id, account, tiers id, action id) as chosen now: what undoing
    :func:`set_choice` puts back, with :func:`restore_choices`."""
    with book.session() as s:
        return [(ln.id, ln.counterpart, ln.tiers_id, ln.action_id) for ln in _lines(s, line_ids)]


def restore_choices(book: Book, kept: list[tuple[int, str | None, int | None, int | None]]
                    ) -> None:
    """Put back the choices :func:`choices_of` read, unchecked: they were valid then."""
    with book.transaction() as s:
        lines = _lines(s, [k[0] for k in kept])
        for line, (_id, code, tiers_id, action_id) in zip(lines, kept):
            line.counterpart, line.tiers_id, line.action_id = code, tiers_id, action_id


def ignore(book: Book, line_ids: list[int], ignored: bool = True) -> list[int]:
    """Set lines aside (a transfer already booked by hand…), or bring them back."""
    with book.transaction() as s:
        for line in _lines(s, line_ids):
            line.ignored = ignored
        return list(line_ids)


def _lines(s, line_ids: list[int], *, lock: bool = False) -> list[BankLine]:
    query = select(BankLine).where(BankLine.id.in_(line_ids))
    if lock:
        # PostgreSQL: a second person booking the same lines waits here, then sees them
        # booked (SQLite's book lock already serialises; SQLAlchemy drops FOR UPDATE there).
        query = query.with_for_update().execution_options(populate_existing=True)
    found = {ln.id: ln for ln in s.scalars(query)}
    missing = [i for i in line_ids if i not in found]
    if missing:
        raise ValidationError("ligne de relevé introuvable (supprimée entre-temps ?)")
    return [found[i] for i in line_ids]


# -- rules -------------------------------------------------------------------------------
def add_rule(book: Book, pattern: str, counterpart: str, *, account: str | None = None,
             direction: str = "any", tiers_id: int | None = None,
             action_id: int | None = None) -> int:
    """A rule tried after the existing ones; returns its id."""
    from ..text import fold
    words = fold(pattern)
    if not words:
        raise ValidationError("motif vide : écrivez les mots que le libellé contient",
                              field="motif")
    if direction not in ("any", "in", "out"):
        raise ValueError(direction)
    with book.transaction() as s:
        conn = book.raw_connection(s)
        code = _check_counterpart(conn, account or "", counterpart)
        position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM bank_rule"
                                ).fetchone()[0]
        rule = BankRule(position=position, pattern=words, account=account,
                        direction=direction, counterpart=code, tiers_id=tiers_id,
                        action_id=action_id)
        s.add(rule)
        s.flush()
        return rule.id


def delete_rule(book: Book, rule_id: int) -> None:
    with book.transaction() as s:
        rule = s.get(BankRule, rule_id)
        if rule is not None:
            s.delete(rule)


def move_rule(book: Book, rule_id: int, step: int) -> list[int]:
    """Move a rule ``step`` places earlier (negative) or later; returns the ids in order."""
    with book.transaction() as s:
        ordered = list(s.scalars(select(BankRule).order_by(BankRule.position, BankRule.id)))
        at = next((i for i, r in enumerate(ordered) if r.id == rule_id), None)
        if at is None:
            raise ValidationError("cette règle n'existe plus")
        rule = ordered.pop(at)
        ordered.insert(max(0, min(len(ordered), at + step)), rule)
        for position, r in enumerate(ordered, start=1):
            r.position = position
        return [r.id for r in ordered]


def rule(conn: sqlite3.Connection, rule_id: int) -> Rule | None:
    row = conn.execute("SELECT id, position, pattern, account, direction, counterpart, "
                       "tiers_id, action_id FROM bank_rule WHERE id = ?", (rule_id,)).fetchone()
    return Rule(*row) if row else None


def restore_rule(book: Book, kept: Rule) -> None:
    """Put a removed rule back (undo): the same id, before the rules that came after it."""
    with book.transaction() as s:
        for later in s.scalars(select(BankRule).where(BankRule.position >= kept.position)):
            later.position += 1
        s.add(BankRule(id=kept.id, position=kept.position, pattern=kept.pattern,
                       account=kept.account, direction=kept.direction,
                       counterpart=kept.counterpart, tiers_id=kept.tiers_id,
                       action_id=kept.action_id))


def order_rules(book: Book, ids: list[int]) -> None:
    """Try the rules in this order (undoing a move)."""
    with book.transaction() as s:
        for position, rule_id in enumerate(ids, start=1):
            kept = s.get(BankRule, rule_id)
            if kept is not None:
                kept.position = position


def pattern_for(label: str) -> str:
    """The words a new rule made from this label starts with (the treasurer edits them)."""
    return rule_pattern(label)


# -- booking -----------------------------------------------------------------------------
def _located(line: BankLine, exc: DomainError) -> DomainError:
    where = f"opération du {line.date:%d/%m/%Y} « {line.label} » ({line.amount} €)"
    text = exc.message if isinstance(exc, ValidationError) else str(exc)
    if isinstance(exc, (ClosedYearError, NoOpenYearError)):
        return type(exc)(f"{where} : {text}")
    return ValidationError(f"{where} : {text}")


def draft_for(line: BankLine, counterpart: str, tiers: str | None,
              action: str | None) -> EntryDraft:
    """The entry booking a bank line: bank and counterpart, money in débits the bank."""
    amount = abs(line.amount)
    money_in = line.amount.cents > 0
    bank = LineDraft(line.account, debit=amount if money_in else Money(0),
                     credit=Money(0) if money_in else amount)
    other = LineDraft(counterpart, debit=Money(0) if money_in else amount,
                      credit=amount if money_in else Money(0), tiers=tiers, action=action)
    return EntryDraft(line.date, JOURNAL, line.label[:200] or "Opération bancaire",
                      (bank, other), piece_ref=line.reference[:40])


def validate(book: Book, line_ids: list[int]) -> list[Booked]:
    """Book each line (its choice, else its suggestion), all or none; one entry each."""
    if not line_ids:
        return []
    with book.transaction() as s:
        conn = book.raw_connection(s)
        _lock_years(conn, _lines(s, line_ids))
        lines = _lines(s, line_ids, lock=True)
        histories: dict[str, History] = {}
        booked: list[Booked] = []
        for line in lines:
            if line.entry_id is not None:
                raise _located(line, ValidationError("déjà passée en écriture"))
            if line.counterpart:
                choice = Suggestion(line.counterpart, line.tiers_id, line.action_id, "choix")
            else:
                history = histories.setdefault(line.account, History(conn, line.account))
                choice = suggest(conn, line.account, [(line.label, line.amount.cents)],
                                 history)[0]
            if choice is None:
                raise _located(line, ValidationError("aucun compte choisi ni proposé : "
                                                     "choisissez la contrepartie"))
            tiers = s.get(Tiers, choice.tiers_id).code if choice.tiers_id else None
            action = s.get(Action, choice.action_id).code if choice.action_id else None
            draft = draft_for(line, choice.counterpart, tiers, action)
            try:
                check_entry(draft)
                year = year_for_date(s, line.date)
                entry = insert_entry(s, year, next_number(s, year.id), draft)
            except DomainError as exc:
                raise _located(line, exc) from None
            line.entry_id = entry.id
            line.ignored = False
            booked.append(Booked(line.id, entry.id, year.label, entry.number))
        return booked


@once_more_on_conflict
def unbook(book: Book, entries: list[tuple[str, int]]) -> list[int]:
    """Undo a validation: delete the entries (year label, number) it wrote, all or none, and
    so put their lines back to categorise; returns those lines' ids.

    Refused while a tax receipt covers one of the gifts: the receipt has been given out.
    """
    with book.transaction() as s:
        ids = []
        for year, number in entries:
            found = s.scalar(select(Entry.id).join(FiscalYear, FiscalYear.id == Entry.year_id)
                             .where(FiscalYear.label == year, Entry.number == number))
            if found is None:
                raise ValidationError(f"l'écriture n°{number} de l'exercice {year} n'existe "
                                      "plus : rien n'a été annulé")
            ids.append(found)
        if not ids:
            return []
        conn = book.raw_connection(s)
        marks = ",".join("?" * len(ids))
        receipted = conn.execute(
            "SELECT r.number, trim(r.donor_first_name || ' ' || r.donor_name), e.date, e.label "
            "FROM donation_receipt_line rl "
            "JOIN donation_receipt r ON r.id = rl.receipt_id "
            "JOIN entry_line l ON l.id = rl.line_id JOIN entry e ON e.id = l.entry_id "
            f"WHERE l.entry_id IN ({marks}) ORDER BY r.number, e.date", ids).fetchall()
        if receipted:
            number, donor, date, label = receipted[0]
            raise ValidationError(
                f"le reçu fiscal n° {number} ({donor}) est émis et couvre le don du "
                f"{dt.date.fromisoformat(date):%d/%m/%Y} « {label} » : cette validation ne "
                "peut plus être annulée. Rien n'a été annulé ; pour corriger, passez une "
                "écriture de correction (Saisie).")
        lines = [i for (i,) in conn.execute(
            f"SELECT id FROM bank_line WHERE entry_id IN ({marks}) ORDER BY id", ids)]
        # Latest number first: each deletion renumbers only the entries after it.
        numbers = dict(s.execute(select(Entry.id, Entry.number).where(Entry.id.in_(ids))).all())
        for entry_id in sorted(ids, key=lambda i: numbers[i], reverse=True):
            delete_entry_in(s, entry_id)
        return lines


def _lock_years(conn, lines: list[BankLine]) -> None:
    """PostgreSQL: the years the lines fall in, locked before the lines themselves, as every
    transaction that posts does (docs/postgresql.md, "Deadlocks"): someone restoring an entry
    holds its year, then relinks its bank line."""
    if dialect_of(conn) != "postgresql" or not lines:
        return
    conn.execute("SELECT id FROM fiscal_year WHERE start_date <= ? AND end_date >= ? "
                 "ORDER BY id FOR NO KEY UPDATE",
                 (max(ln.date for ln in lines).isoformat(),
                  min(ln.date for ln in lines).isoformat()))


def validate_proposed(book: Book, account: str, *, start: dt.date | None = None,
                      end: dt.date | None = None) -> list[Booked]:
    """Book every pending line of ``account`` that has a choice or a strong suggestion."""
    with book.reading() as conn:
        ids = [p.id for p in pending_lines(conn, account, start=start, end=end)
               if p.proposal and p.proposal.strong]
    return validate(book, ids)
