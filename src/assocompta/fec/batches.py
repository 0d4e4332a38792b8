"""FEC lines → checked entries → batches of rows ready for the book, without touching it.

:class:`Producer` reads a FEC file, groups its lines into entries by (JournalCode,
EcritureNum), checks each entry (balance, one date, an open fiscal year, a usable account…)
and hands out :class:`Batch` es of rows with their final ids. It works from a
:class:`Snapshot` of the book's look-up tables taken inside the import's transaction, so it
can run in another process (no SQLAlchemy, no book connection here): the rows it wants
created (sub-accounts, journals, tiers) travel with the batch that first uses them.

Two paths give the same rows and the same problems:

* the *exact* path is the historical one, line by line (:meth:`FecReader.parse_line`) and
  entry by entry (:meth:`Producer._finish`); it says what is wrong, where;
* the *fast* path (:meth:`Producer._fast`) takes a few megabytes of lines at once and works
  column by column with C-level loops (``map``, ``accumulate``, ``set``…). It only accepts a
  block of lines that it can prove clean — every amount ``1234,56``, entries balanced,
  dated in one open year, known or creatable accounts, no EcritureNum seen before — and
  otherwise leaves the whole block, untouched, to the exact path. It never reports a problem
  itself, so every message still comes from the exact path.

Numbers (schema 7; docs/guarantees.md, « What the FEC states »): in a year, validated
entries hold the first numbers and drafts the ones after. An entry that carries a ValidDate
comes in validated, numbered after the year's validated entries in the file's order; one
without comes in as a draft, after them. The drafts' numbers are provisional: while the file
only adds drafts after validated entries (the usual file: all validated, all drafts, or
validated then drafts), each entry gets its final number at once. When a validated entry
comes into a year that already has drafts (the book's, or the file's), those drafts move out
of the way to ``DRAFT_SHIFT`` and up (:meth:`Producer._shift`), the year's later drafts go
there too, and the importer numbers them back after the validated ones once the file is in
(:data:`RENUMBER_DRAFTS_SQL`).
"""

from __future__ import annotations

import datetime as dt
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate, chain, compress, islice, repeat
from operator import eq, gt, lt, mul, ne, or_, sub

from ..domain.accounts import (default_kind, resolve_foreign_code, short_account_message,
                               too_short_to_post)
from ..domain.errors import ValidationError
from ..domain.fixes import YEAR_ADD, command
from ..domain.money import MAX_CENTS, MAX_TOTAL_CENTS, Money
from ..domain.parties import kind_for_account
from .format import parse_amount, parse_date
from .reader import FecLine, FecReader

MAX_PROBLEMS_KEPT = 1000
#: The most a file's debits may add up to: each amount is below MAX_CENTS, yet a million of
#: them would pass SQLite's 64-bit integers in the totals (per entry, per account and month).
MAX_MOVED_CENTS = MAX_TOTAL_CENTS
#: Entries per batch and bytes per block read: about one block per batch. Small enough that
#: the writer starts soon and finishes soon after the reader, and that both processes hold
#: little (1M entries: 300 + 105 MB at peak, against 335 + 160 MB with 25 000 and 4 MB).
BATCH_ENTRIES = 8_000
BLOCK_BYTES = 1 << 21

_ACCOUNT_SQL = ("INSERT INTO account (id, chart_id, code, label, kind, parent_id, is_custom) "
                "VALUES (?, ?, ?, ?, ?, ?, 1)")
_JOURNAL_SQL = "INSERT INTO journal (id, code, label) VALUES (?, ?, ?)"
_TIERS_SQL = "INSERT INTO tiers (id, code, name, kind) VALUES (?, ?, ?, ?)"
_DIGITS_TO_ZERO = bytes.maketrans(b"0123456789", b"0000000000")
#: Drafts step aside to numbers above this while validated entries take theirs (far above
#: any year's count, far below PostgreSQL's BIGINT and SQLite's INTEGER).
DRAFT_SHIFT = 1_000_000_000
_SHIFT_DRAFTS_SQL = "UPDATE entry SET number = number + ? WHERE year_id = ? AND valid_date IS NULL"
#: The drafts of a year, numbered from ``?`` + 1 on in their order (the book's, then the
#: file's): each one takes a number no entry holds, all drafts being at DRAFT_SHIFT and up.
RENUMBER_DRAFTS_SQL = (
    "UPDATE entry SET number = r.n FROM (SELECT id, ? + row_number() OVER (ORDER BY number) "
    "AS n FROM entry WHERE year_id = ? AND valid_date IS NULL) AS r WHERE entry.id = r.id")


def _plain_amounts(joined: str, count: int) -> bool:
    """Whether ``joined`` is ``count`` amounts written 1234,56 (ASCII digits, a comma, two
    digits), separated by tabs — the regular expression ``([0-9]+,[0-9]{2}\\t)*[0-9]+,[0-9]{2}``
    checked with byte counts, five times faster. With digits all read as 0: every comma is
    followed by two digits then a tab (or the end), none follows a tab or starts the text,
    and nothing but digits, ``count`` commas and ``count - 1`` tabs is left."""
    try:
        text = joined.encode("ascii").translate(_DIGITS_TO_ZERO)
    except UnicodeEncodeError:
        return False
    return (text.count(b",") == count and text.count(b",00\t") == count - 1
            and text.endswith(b",00") and not text.startswith(b",") and b"\t," not in text
            and len(text) == text.count(b"0") + 2 * count - 1)


@dataclass(eq=False)  # one object per fiscal year: hashed by identity
class Year:
    id: int
    label: str
    start: str
    end: str
    chart_id: int
    closed: bool
    #: the number of the next validated entry
    next_valid: int
    #: the number of the next draft (before DRAFT_SHIFT, once the year's drafts moved there)
    next_draft: int
    #: whether the year holds drafts: the book's, or the file's so far
    has_drafts: bool = False
    #: whether its drafts stepped aside to DRAFT_SHIFT and up (see the module's docstring)
    shifted: bool = False
    #: the entries the file brought in as drafts
    drafts: int = 0


@dataclass
class Snapshot:
    """What the producer needs to know of the book (taken inside the import's transaction)."""

    file_name: str
    batch_id: int
    years: list[Year]
    accounts: dict[int, dict[str, tuple[int, str]]]  # chart → code → (id, kind)
    journals: dict[str, int]
    tiers: dict[str, int]
    next_entry_id: int
    next_line_id: int
    next_account_id: int
    next_journal_id: int
    next_tiers_id: int


@dataclass
class Batch:
    """Rows to write, in this order: ``creations`` (sql, params), then entries and lines."""

    creations: list[tuple[str, tuple]]
    entries: list[tuple]
    short_lines: list[tuple]  # (id, entry_id, position, account_id, debit, credit)
    full_lines: list[tuple]   # the same + tiers_id, label, letter, letter_date, currency…
    line_count: int
    #: What the batch's lines add up to: (year_id, account_id, "YYYY-MM", debit, credit).
    totals: list[tuple] = field(default_factory=list)


@dataclass
class Outcome:
    """What the whole file gave: problems (nothing may be written if any) and counts."""

    problems: list[ValidationError]
    entries: int = 0
    lines: int = 0
    accounts_created: list[str] = field(default_factory=list)
    journals_created: list[str] = field(default_factory=list)
    tiers_created: int = 0
    years: list[str] = field(default_factory=list)
    #: entries that came in as drafts (no ValidDate), per year label
    drafts: dict[str, int] = field(default_factory=dict)
    #: (year id, number of its last validated entry): years whose drafts stepped aside and
    #: are to be numbered back after the validated ones (RENUMBER_DRAFTS_SQL)
    renumber: list[tuple[int, int]] = field(default_factory=list)


class _Lookups:
    """The book's look-ups for one import; rows to create are queued with their ids."""

    def __init__(self, snap: Snapshot) -> None:
        self.years = snap.years
        self.year_by_date: dict[str, Year | None] = {}
        self.accounts = snap.accounts
        self.account_map: dict[tuple[int, str], int] = {}  # (chart, code in file) → id
        self.journals = dict(snap.journals)
        self.tiers = dict(snap.tiers)
        self.next_account_id = snap.next_account_id
        self.next_journal_id = snap.next_journal_id
        self.next_tiers_id = snap.next_tiers_id
        self.creations: list[tuple[str, tuple]] = []
        self.created_accounts: list[str] = []
        self.created_journals: list[str] = []
        self.created_tiers = 0
        self.years_used: set[str] = set()

    def year(self, iso: str) -> Year | None:
        if iso in self.year_by_date:
            return self.year_by_date[iso]
        found = next((y for y in self.years if y.start <= iso <= y.end), None)
        self.year_by_date[iso] = found
        return found

    def resolve(self, chart_id: int, code: str) -> tuple[str, bool]:
        """The chart code for a file's account code, and whether it exists (may raise)."""
        known = self.accounts.setdefault(chart_id, {})
        mapped, exists = resolve_foreign_code(code, known)
        if too_short_to_post(mapped):
            raise ValidationError(short_account_message(mapped, {c: "" for c in known}),
                                  field="CompteNum")
        return mapped, exists

    def account(self, chart_id: int, code: str, label: str) -> int:
        key = (chart_id, code)
        aid = self.account_map.get(key)
        if aid is not None:
            return aid
        known = self.accounts.setdefault(chart_id, {})
        mapped, exists = self.resolve(chart_id, code)
        if not exists:
            parent = next((mapped[:k] for k in range(len(mapped) - 1, 1, -1)
                           if mapped[:k] in known), None)
            if parent:
                parent_id, kind = known[parent]
            else:
                parent_id, kind = None, default_kind(mapped).value
            aid = self.next_account_id
            self.next_account_id += 1
            self.creations.append((_ACCOUNT_SQL, (aid, chart_id, mapped, label or
                                                  f"Compte {mapped}", kind, parent_id)))
            known[mapped] = (aid, kind)
            self.created_accounts.append(f"{mapped} {label}".strip())
        aid = known[mapped][0]
        self.account_map[key] = aid
        return aid

    def journal(self, code: str, label: str) -> int:
        jid = self.journals.get(code)
        if jid is None:
            if len(code) > 10:
                raise ValidationError(f"code journal « {code} » trop long (10 caractères au plus)")
            jid = self.journals[code] = self.next_journal_id
            self.next_journal_id += 1
            self.creations.append((_JOURNAL_SQL, (jid, code, label or code)))
            self.created_journals.append(code)
        return jid

    def tier(self, code: str, name: str, account: str) -> int:
        tid = self.tiers.get(code)
        if tid is None:
            tid = self.tiers[code] = self.next_tiers_id
            self.next_tiers_id += 1
            self.creations.append((_TIERS_SQL, (tid, code, name or code,
                                                kind_for_account(account).value)))
            self.created_tiers += 1
        return tid


def _canonical(num: str) -> bool:
    """An EcritureNum that is the decimal writing of a (not too large) integer."""
    return num.isascii() and num.isdigit() and len(num) <= 18 and (num[0] != "0" or num == "0")


class _SeenKeys:
    """Every (JournalCode, EcritureNum) met so far, in little memory.

    Numbers written as plain increasing integers (the usual case) are kept as 8-byte integers
    in a sorted array per journal; any other number is kept as a string in a set. A number
    is seen if its string is in the set or, being an integer's plain writing, its value is
    in the array — the two forms cannot hide a repeat from each other.
    """

    def __init__(self) -> None:
        self.ints: dict[str, array] = {}
        self.strs: dict[str, set[str]] = {}

    def _in_ints(self, journal: str, num: str) -> bool:
        ints = self.ints.get(journal)
        if not ints or not _canonical(num):
            return False
        value = int(num)
        if value > ints[-1]:
            return False
        i = bisect_left(ints, value)
        return i < len(ints) and ints[i] == value

    def add(self, journal: str, num: str) -> bool:
        """Note one key; True if it had been met before."""
        strs = self.strs.get(journal)
        if (strs and num in strs) or self._in_ints(journal, num):
            return True
        self._store(journal, num)
        return False

    def _store(self, journal: str, num: str) -> None:
        ints = self.ints.setdefault(journal, array("q"))
        if _canonical(num) and (not ints or int(num) > ints[-1]):
            ints.append(int(num))
        else:
            self.strs.setdefault(journal, set()).add(num)

    def fresh(self, journal: str, nums: list[str]) -> list[int] | None | bool:
        """Whether all of ``nums`` (one journal, file order) are new and distinct, without
        noting them: False if not; otherwise their values when they simply continue the
        journal's increasing integers (see :meth:`extend`), else None."""
        strs = self.strs.get(journal)
        if strs and not strs.isdisjoint(nums):
            return False
        ints = self.ints.get(journal)
        joined = "\t".join(nums)
        # Plain writings of integers: ASCII digits, no leading zero (so no two spellings).
        if (joined.replace("\t", "").isdigit() and joined.isascii() and "\t0" not in joined
                and not joined.startswith(("0", "\t")) and not joined.endswith("\t")
                and "\t\t" not in joined):
            values = list(map(int, nums))
            if (values[-1] < 10 ** 18 and all(map(lt, values, islice(values, 1, None)))
                    and (not ints or values[0] > ints[-1])):
                return values
        if len(set(nums)) != len(nums):
            return False
        if ints and any(self._in_ints(journal, n) for n in nums):
            return False
        return None

    def extend(self, journal: str, nums: list[str], values: list[int] | None) -> None:
        if values is not None:
            self.ints.setdefault(journal, array("q")).extend(values)
        else:
            for num in nums:
                self._store(journal, num)


class Producer:
    """Turn a FEC file into batches of checked rows (see the module's docstring)."""

    def __init__(self, reader: FecReader, snap: Snapshot, *, batch_entries: int = BATCH_ENTRIES,
                 fast: bool = True, block_size: int = BLOCK_BYTES) -> None:
        self.reader = reader
        self.snap = snap
        self.look = _Lookups(snap)
        self.seen = _SeenKeys()
        self.batch_entries = batch_entries
        self.fast_enabled = fast
        self.block_size = block_size
        self.next_entry_id = snap.next_entry_id
        self.next_line_id = snap.next_line_id
        self.entries = 0
        self.lines = 0
        self.group: list[FecLine] = []
        self._entries: list[tuple] = []
        self._short: list[tuple] = []
        self._full: list[tuple] = []
        self._batch_lines = 0
        # (year_id, account_id, month) → [debit, credit] of the batch's lines: the book's
        # totals cache takes them as they are, instead of adding up two million lines again.
        self._totals: dict[tuple[int, int, str], list[int]] = {}
        self.blocks_fast = 0
        self.blocks_exact = 0
        #: The debits of the entries taken so far (see MAX_MOVED_CENTS).
        self.moved = 0

    # -- driving -------------------------------------------------------------------------
    def batches(self):
        """Yield :class:`Batch` es; once exhausted, :meth:`outcome` tells the rest. Nothing is
        yielded after the first problem (the file is still read to list more problems)."""
        reader = self.reader
        problems = reader.problems
        carry = ""  # the lines of an entry that may go on in the next chunk, with their ends
        carry_count = carry_lineno = 0
        for lineno, text, count in reader.text_chunks(self.block_size):
            if carry:
                text = carry + text
                count += carry_count
                lineno = carry_lineno
                carry = ""
            if self.group or problems or not self.fast_enabled:
                lines = _split_lines(text)
                i = self._close_group(lines, lineno) if self.group else 0
                if problems or not self.fast_enabled:
                    self._exact(lines, lineno, i)
                    text = ""
                elif i:
                    lineno += i
                    count -= i
                    text = "\n".join(lines[i:]) + "\n" if count else ""
            if text:
                done = self._fast(text, count, final=False)
                if done is None:
                    self._exact(_split_lines(text), lineno, 0)
                else:
                    carry, carry_count = done
                    carry_lineno = lineno + count - carry_count
            if len(problems) > MAX_PROBLEMS_KEPT:
                break
            if len(self._entries) >= self.batch_entries and not problems:
                yield self._batch()
        else:
            if carry and not problems and self.fast_enabled:
                if self._fast(carry, carry_count, final=True) is None:
                    self._exact(_split_lines(carry), carry_lineno, 0)
            elif carry:
                self._exact(_split_lines(carry), carry_lineno, 0)
            if self.group:
                self._finish(self.group)
                self.group = []
        if not problems and self._entries:
            yield self._batch()

    def outcome(self) -> Outcome:
        look = self.look
        return Outcome(self.reader.problems, self.entries, self.lines, look.created_accounts,
                       look.created_journals, look.created_tiers, sorted(look.years_used),
                       {y.label: y.drafts for y in look.years if y.drafts},
                       [(y.id, y.next_valid - 1) for y in look.years if y.shifted])

    # -- numbers -------------------------------------------------------------------------
    def _number(self, year: Year, valid_date: str | None) -> int:
        """The number of the year's next entry, validated or a draft (see the module's
        docstring)."""
        if valid_date is None:
            year.has_drafts = True
            year.drafts += 1
            number = year.next_draft
            year.next_draft += 1
            return number + DRAFT_SHIFT if year.shifted else number
        if year.has_drafts and not year.shifted:
            self._shift(year)
        number = year.next_valid
        year.next_valid += 1
        if not year.shifted:  # no draft in the year: the next one comes after this entry
            year.next_draft = max(year.next_draft, year.next_valid)
        return number

    def _numbers(self, year: Year, valid_dates: list[str | None]) -> range | list[int]:
        """The numbers of a block's entries: in one go when they are all validated or all
        drafts, the usual block."""
        k = len(valid_dates)
        drafts = valid_dates.count(None)
        if drafts < k and not year.shifted and (year.has_drafts or (drafts and (
                valid_dates.index(None) < max(i for i, v in enumerate(valid_dates) if v)))):
            # A validated entry follows a draft: the drafts step aside first, this block's
            # with them (they are not queued yet).
            self._shift(year)
        if drafts == 0:
            first = year.next_valid
            year.next_valid += k
            if not year.shifted:  # no draft in the year: the next one comes after these
                year.next_draft = max(year.next_draft, year.next_valid)
            return range(first, first + k)
        if drafts == k:
            year.has_drafts = True
            year.drafts += k
            first = year.next_draft + (DRAFT_SHIFT if year.shifted else 0)
            year.next_draft += k
            return range(first, first + k)
        return [self._number(year, v) for v in valid_dates]

    def _shift(self, year: Year) -> None:
        """Move the year's drafts out of the way of its validated numbers: those written
        (the book's, the file's) by a statement run before the batch's rows, those queued
        here and now."""
        self.look.creations.append((_SHIFT_DRAFTS_SQL, (DRAFT_SHIFT, year.id)))
        yid = year.id
        self._entries[:] = [(*e[:3], e[3] + DRAFT_SHIFT, *e[4:])
                            if e[1] == yid and e[8] is None else e for e in self._entries]
        year.shifted = True

    def _batch(self) -> Batch:
        batch = Batch(self.look.creations, self._entries, self._short, self._full,
                      self._batch_lines, [(*key, d, c) for key, (d, c) in self._totals.items()])
        self._totals = {}
        self.look.creations = []
        self._entries, self._short, self._full = [], [], []
        self._batch_lines = 0
        return batch

    # -- the exact path ------------------------------------------------------------------
    def _close_group(self, lines: list[str], lineno: int) -> int:
        """Feed lines to the pending group until a line starts another entry; return the
        index of that line (left unread), or len(lines)."""
        parse = self.reader.parse_line
        group = self.group
        for i, raw in enumerate(lines):
            line = parse(raw, lineno + i)
            if line is None:
                continue
            if (line.journal, line.num) != (group[0].journal, group[0].num):
                self._finish(group)
                self.group = []
                return i
            group.append(line)
        return len(lines)

    def _exact(self, lines: list[str], lineno: int, start: int) -> None:
        self.blocks_exact += 1
        parse = self.reader.parse_line
        problems = self.reader.problems
        group = self.group
        for i in range(start, len(lines)):
            line = parse(lines[i], lineno + i)
            if line is None:
                continue
            if group and (line.journal, line.num) != (group[0].journal, group[0].num):
                self._finish(group)
                group = self.group = []
                if len(problems) > MAX_PROBLEMS_KEPT:
                    return
            group.append(line)

    def _finish(self, group: list[FecLine]) -> None:
        reader, look = self.reader, self.look
        first = group[0]
        if self.seen.add(first.journal, first.num):
            reader.problem(f"{_name(group)} : ses lignes ne se suivent pas dans le fichier (le "
                           "même JournalCode et EcritureNum apparaît plus haut) ; triez le "
                           "fichier par écriture", first.lineno, "EcritureNum")
            return
        if len(group) < 2:
            reader.problem(f"{_name(group)} : une écriture a au moins deux lignes", first.lineno)
            return
        debit = credit = 0
        date = first.date
        class8 = False
        for ln in group:
            debit += ln.debit
            credit += ln.credit
            if ln.date != date:
                reader.problem(f"{_name(group)} : toutes ses lignes doivent avoir la même "
                               "EcritureDate", ln.lineno, "EcritureDate")
                return
            if ln.account[0] == "8":
                class8 = True
        if debit != credit:
            reader.problem(f"{_name(group)} déséquilibrée : débit {Money(debit)} ≠ crédit "
                           f"{Money(credit)} (écart {Money(debit - credit)})", first.lineno,
                           "Debit/Credit")
            return
        if self.moved + debit >= MAX_MOVED_CENTS:
            reader.problem(f"{_name(group)} : avec elle, les débits du fichier dépassent "
                           "un million de milliards d'euros au total, plus que le livre ne "
                           "peut en additionner ; vérifiez les montants du fichier",
                           first.lineno, "Debit")
            return
        self.moved += debit
        if class8 and any(ln.account[0] != "8" for ln in group):
            reader.problem(f"{_name(group)} : une contribution volontaire (classe 8) ne se "
                           "mélange pas avec d'autres classes", first.lineno, "CompteNum")
            return
        year = look.year(date)
        if year is None:
            reader.problem(f"{_name(group)} : aucun exercice ne couvre le "
                           f"{dt.date.fromisoformat(date):%d/%m/%Y} ; créez-le d'abord avec "
                           f"{command(YEAR_ADD)}", first.lineno, "EcritureDate")
            return
        if year.closed:
            reader.problem(f"{_name(group)} : l'exercice {year.label} est clos, on n'y importe "
                           "plus rien", first.lineno, "EcritureDate")
            return
        if reader.problems:
            return  # keep checking the rest of the file, but write nothing more
        chart_id = year.chart_id
        account_map = look.account_map
        label = first.label
        try:
            lines = [(
                account_map.get((chart_id, ln.account))
                or look.account(chart_id, ln.account, ln.account_lib),
                ln.debit, ln.credit,
                look.tier(ln.aux, ln.aux_lib, ln.account) if ln.aux else None,
                ln.label if ln.label != label else None, ln.letter or None, ln.letter_date,
                ln.currency_amount, ln.currency_code or None) for ln in group]
            journal_id = look.journals.get(first.journal) or look.journal(first.journal,
                                                                          first.journal_lib)
        except ValidationError as exc:
            reader.problem(f"{_name(group)} : {exc.message}", first.lineno,
                           exc.field or "CompteNum")
            return
        look.years_used.add(year.label)
        eid = self.next_entry_id
        number = self._number(year, first.valid_date)  # may rewrite self._entries
        self._entries.append((eid, year.id, journal_id, number, date, label, first.piece_ref,
                              first.piece_date, first.valid_date, self.snap.batch_id))
        lid = self.next_line_id
        month = date[:7]
        totals = self._totals
        for pos, line in enumerate(lines, start=1):
            key = (year.id, line[0], month)
            if key in totals:
                totals[key][0] += line[1]
                totals[key][1] += line[2]
            else:
                totals[key] = [line[1], line[2]]
            if line[3:] == _NO_EXTRA:
                self._short.append((lid, eid, pos, line[0], line[1], line[2]))
            else:
                self._full.append((lid, eid, pos, *line))
            lid += 1
        self.next_entry_id = eid + 1
        self.next_line_id = lid
        self.entries += 1
        self.lines += len(lines)
        self._batch_lines += len(lines)

    # -- the fast path -------------------------------------------------------------------
    def _fast(self, text: str, n: int, *, final: bool) -> tuple[str, int] | None:
        """Take the complete entries at the start of ``text`` (``n`` lines, each ending with
        ``\n``; all of them if ``final``) and return what is left: (its text, its number of
        lines); None, having changed nothing, if the chunk must go the exact way."""
        reader, look = self.reader, self.look
        if not reader.has_dc:
            return None
        if n == 0:
            return "", 0
        width, sep, col = reader.width, reader.separator, reader.col
        # Each line end made a "\n" field of its own (no field holds one: lines were cut at
        # line ends), so one split gives every field: each line has exactly ``width`` fields
        # if and only if the n markers sit every ``width + 1`` fields and the count is right
        # (the split ends with the empty text after the last marker).
        stride = width + 1
        marker = sep + "\n" + sep
        flat = text.replace("\n", marker).split(sep)
        if len(flat) != n * stride + 1 or flat[width::stride].count("\n") != n:
            return None  # blank lines, extra or missing columns

        def column(name_or_index, upto):
            i = col[name_or_index] if isinstance(name_or_index, str) else name_or_index
            return flat[i:upto * stride:stride] if i < width else [""] * upto

        jc, num = column("JournalCode", n), column("EcritureNum", n)
        change = list(map(ne, num, islice(num, 1, None)))
        if jc.count(jc[0]) != n:
            change = list(map(or_, change, map(ne, jc, islice(jc, 1, None))))
        starts = [0, *compress(range(1, n), change)]
        if final:
            m = n
        else:
            # The last entry may go on in the next block: carry it. An entry whose key only
            # differs from the one before by spaces is the same entry for the exact path:
            # carry it along too.
            last = len(starts) - 1
            while last > 0 and (jc[starts[last]].strip() == jc[starts[last] - 1].strip()
                                and num[starts[last]].strip() == num[starts[last] - 1].strip()):
                last -= 1
            m = starts[last]
            if m == 0:
                return text, n
            del starts[last:]
        k = len(starts)
        ends = starts[1:] + [m]
        sizes = list(map(sub, ends, starts))
        if min(sizes) < 2:
            return None
        if m != n:
            jc, num, change = jc[:m], num[:m], change[:m - 1]

        # One date per entry, every date readable, one open year for the block.
        dates = column("EcritureDate", m)
        if any(map(gt, map(ne, dates, islice(dates, 1, None)), change)):
            return None
        cache = reader._date_cache
        for text in set(dates).difference(cache):
            iso = _iso(text)
            if iso is None:
                return None
            cache[text] = iso
        entry_dates = list(map(cache.__getitem__, map(dates.__getitem__, starts)))
        years = {look.year(d) for d in set(entry_dates)}
        if len(years) != 1:
            return None
        (year,) = years
        if year is None or year.closed:
            return None
        optional_dates = {}
        for name in ("PieceDate", "ValidDate", "DateLet"):
            values = column(name, m)
            if values == dates:
                values = dates  # as usual, the entry's date: checked above
            elif values.count("") != m:
                for text in set(values).difference(cache):
                    if not text:
                        continue
                    iso = _iso(text)
                    if iso is None and text.strip():
                        return None
                    if iso is not None:
                        cache[text] = iso
            optional_dates[name] = values

        cur_amounts = column("Montantdevise", m)
        currency: dict[str, int] = {}
        if cur_amounts.count("") != m:
            for text in set(cur_amounts):
                if text.strip():
                    try:
                        currency[text] = parse_amount(text.strip())
                    except ValidationError:
                        return None

        # Amounts: 1234,56 only (no sign), one side per line, every entry balanced.
        joined_d = "\t".join(column(reader.i_d, m))
        joined_c = "\t".join(column(reader.i_c, m))
        if not (_plain_amounts(joined_d, m) and _plain_amounts(joined_c, m)):
            return None
        debits = list(map(int, joined_d.replace(",", "").split("\t")))
        credits = list(map(int, joined_c.replace(",", "").split("\t")))
        if len(debits) != m or len(credits) != m or any(map(mul, debits, credits)):
            return None
        moved = sum(debits)
        if (max(debits) >= MAX_CENTS or max(credits) >= MAX_CENTS
                or self.moved + moved >= MAX_MOVED_CENTS):
            return None  # the exact path names the line
        running = list(accumulate(map(sub, debits, credits)))
        if any(map(running.__getitem__, [e - 1 for e in ends])):
            return None

        # Accounts: each code known, or creatable, in the year's chart; class 8 not mixed.
        accounts = column("CompteNum", m)
        chart_id = year.chart_id
        account_map = look.account_map
        account_ids: dict[str, int | None] = {}
        class8 = False
        for raw in set(accounts):
            code = raw.strip()
            if not code:
                return None
            if code[0] == "8":
                class8 = True
            aid = account_map.get((chart_id, code))
            if aid is None:
                try:
                    look.resolve(chart_id, code)
                except ValidationError:
                    return None
            account_ids[raw] = aid
        if class8 and not self._class8_apart(accounts, account_ids, starts, ends):
            return None

        # Journals, entry numbers never seen before.
        entry_jc = list(map(jc.__getitem__, starts))
        journal_codes = {raw: raw.strip() for raw in set(entry_jc)}
        if any(not code or (code not in look.journals and len(code) > 10)
               for code in journal_codes.values()):
            return None
        entry_num = list(map(str.strip, map(num.__getitem__, starts)))
        entry_journal = list(map(journal_codes.__getitem__, entry_jc))
        fresh = {}
        for code in set(journal_codes.values()):
            nums = (entry_num if len(journal_codes) == 1 else
                    list(compress(entry_num, map(eq, entry_journal, repeat(code)))))
            values = self.seen.fresh(code, nums)
            if values is False:
                return None
            fresh[code] = (nums, values)

        # -- the block is clean: from here on, state changes ---------------------------
        self.moved += moved
        for code, (nums, values) in fresh.items():
            self.seen.extend(code, nums, values)
        first_line = {raw: accounts.index(raw) for raw, aid in account_ids.items()
                      if aid is None}
        if first_line:
            account_labels = column("CompteLib", m)
            for raw, i in sorted(first_line.items(), key=lambda item: item[1]):
                account_ids[raw] = look.account(chart_id, raw.strip(),
                                                account_labels[i].strip())
        journal_ids = {}
        journal_labels = None
        for e, raw in enumerate(entry_jc):
            if raw not in journal_ids:
                code = journal_codes[raw]
                if code not in look.journals and journal_labels is None:
                    journal_labels = column("JournalLib", m)
                journal_ids[raw] = look.journals.get(code) or look.journal(
                    code, journal_labels[starts[e]].strip())
                if len(journal_ids) == len(journal_codes):
                    break
        line_accounts = list(map(account_ids.__getitem__, accounts))
        self._add_totals(year.id, entry_dates, sizes, line_accounts, debits, credits)

        # Entries.
        labels = column("EcritureLib", m)
        entry_label_raw = list(map(labels.__getitem__, starts))
        entry_labels = list(map(str.strip, entry_label_raw))
        pieces = list(map(str.strip, map(column("PieceRef", m).__getitem__, starts)))
        # '' and blank dates are never in the cache: they read as None.
        piece_dates, valid_dates = (
            entry_dates if optional_dates[name] is dates else
            list(map(cache.get, map(optional_dates[name].__getitem__, starts)))
            for name in ("PieceDate", "ValidDate"))
        eid0 = self.next_entry_id
        entry_ids = range(eid0, eid0 + k)
        numbers = self._numbers(year, valid_dates)
        self._entries.extend(zip(
            entry_ids, repeat(year.id), map(journal_ids.__getitem__, entry_jc),
            numbers, entry_dates, entry_labels, pieces, piece_dates,
            valid_dates, repeat(self.snap.batch_id)))
        look.years_used.add(year.label)

        # Lines: most carry only an account and an amount.
        lid0 = self.next_line_id
        line_ids = range(lid0, lid0 + m)
        line_entries = list(chain.from_iterable(map(repeat, entry_ids, sizes)))
        positions = list(chain.from_iterable(map(_positions, sizes)))
        extra = self._extras(column, m, labels, entry_label_raw, sizes, change, optional_dates,
                             accounts, cache, cur_amounts, currency)
        if extra is None:
            self._short.extend(zip(line_ids, line_entries, positions, line_accounts, debits,
                                   credits))
        else:
            plain = [not e for e in extra]
            self._short.extend(compress(zip(line_ids, line_entries, positions, line_accounts,
                                            debits, credits), plain))
            for i in compress(range(m), extra):
                self._full.append((lid0 + i, line_entries[i], positions[i], line_accounts[i],
                                   debits[i], credits[i], *extra[i]))
        self.next_entry_id = eid0 + k
        self.next_line_id = lid0 + m
        self.entries += k
        self.lines += m
        self._batch_lines += m
        self.blocks_fast += 1
        if m == n:
            return "", 0
        return sep.join(flat[m * stride:]).replace(marker, "\n"), n - m

    @staticmethod
    def _class8_apart(accounts: list[str], account_ids: dict[str, int | None],
                      starts: list[int], ends: list[int]) -> bool:
        """Whether every entry with a class 8 line has only such lines. Class 8 lines are
        few (volunteering): only their entries are looked at, rather than every entry's
        count of them being worked out."""
        is8 = {raw: raw.strip()[0] == "8" for raw in account_ids}
        flags = list(map(is8.__getitem__, accounts))
        entries = {bisect_right(starts, i) - 1 for i in compress(range(len(flags)), flags)}
        return all(all(flags[starts[e]:ends[e]]) for e in entries)

    def _add_totals(self, year_id: int, entry_dates: list[str], sizes: list[int],
                    line_accounts: list[int], debits: list[int], credits: list[int]) -> None:
        """Add a block's lines to the batch's totals, month by month: dates rise through a
        usual file, so a block holds a month or two, and each month's run of lines is summed
        per account in one loop."""
        totals = self._totals
        start = 0
        e = 0
        k = len(entry_dates)
        while e < k:
            month = entry_dates[e][:7]
            size = 0
            while e < k and entry_dates[e].startswith(month):
                size += sizes[e]
                e += 1
            sums: dict[int, list[int]] = {}
            for aid, d, c in zip(islice(line_accounts, start, start + size),
                                 islice(debits, start, start + size),
                                 islice(credits, start, start + size)):
                if aid in sums:
                    pair = sums[aid]
                    pair[0] += d
                    pair[1] += c
                else:
                    sums[aid] = [d, c]
            start += size
            for aid, (d, c) in sums.items():
                key = (year_id, aid, month)
                if key in totals:
                    totals[key][0] += d
                    totals[key][1] += c
                else:
                    totals[key] = [d, c]

    def _extras(self, column, m, labels, entry_label_raw, sizes, change, optional_dates,
                accounts, cache, cur_amounts, currency):
        """Per line, None or (tiers_id, label, letter, letter_date, currency_amount,
        currency_code) for lines that carry more than an account and an amount; None for the
        whole block when no line does."""
        aux = column("CompAuxNum", m)
        letters = column("EcritureLet", m)
        let_dates = optional_dates["DateLet"]
        cur_codes = column("Idevise", m)
        # A line's label differs from its entry's only if, inside the entry, some label
        # differs from the one before it (one cheap pass settles the usual case).
        if any(map(gt, map(ne, labels, islice(labels, 1, None)), change)):
            entry_label = list(chain.from_iterable(map(repeat, entry_label_raw, sizes)))
            candidates = set(compress(range(m), map(ne, labels, entry_label)))
        else:
            entry_label = None
            candidates = set()
        for values in (aux, letters, let_dates, cur_amounts, cur_codes):
            if values.count("") != m:
                candidates.update(i for i, v in enumerate(values) if v)
        if not candidates:
            return None
        look = self.look
        aux_names = column("CompAuxLib", m)
        extra: list = [None] * m
        for i in sorted(candidates):
            tiers = None
            code = aux[i].strip()
            if code:
                tiers = look.tier(code, aux_names[i].strip(), accounts[i].strip())
            label = labels[i].strip()
            row = (tiers, label if entry_label is not None and label != entry_label[i].strip()
                   else None,
                   letters[i].strip() or None, cache.get(let_dates[i]) if let_dates[i] else None,
                   currency.get(cur_amounts[i]), cur_codes[i].strip() or None)
            if row != _NO_EXTRA:
                extra[i] = row
        return extra if any(e is not None for e in extra) else None


_NO_EXTRA = (None,) * 6
_POSITIONS = [tuple(range(1, size + 1)) for size in range(64)]


def _positions(size: int) -> tuple[int, ...]:
    return _POSITIONS[size] if size < 64 else tuple(range(1, size + 1))


def _split_lines(text: str) -> list[str]:
    """The lines of a chunk (see :meth:`FecReader.text_chunks`), without their ends."""
    lines = text.split("\n")
    lines.pop()
    return lines


def _iso(text: str) -> str | None:
    """A FEC date as ISO, None if unreadable (the exact path will say why)."""
    if not text.strip():
        return None
    try:
        return parse_date(text).isoformat()
    except ValidationError:
        return None


def _name(group: list[FecLine]) -> str:
    first = group[0]
    where = (f"lignes {first.lineno} à {group[-1].lineno}" if len(group) > 1
             else f"ligne {first.lineno}")
    return f"écriture {first.journal} {first.num} ({where})"
