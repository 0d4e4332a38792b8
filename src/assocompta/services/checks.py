"""``assocompta check``: every rule of the books, verified from the stored rows.

The engine already refuses most of these at write time; this re-derives them from scratch so
that a book edited by another program (a SQLite file, or a PostgreSQL database written with
its guards off), or damaged, is caught too. The rule checks are SQL both engines read; each
engine adds its own: SQLite's file checks, PostgreSQL's switched-off guards and broken links.

:func:`book_warnings` lists what leaves the book consistent but wants attention (``check``
prints each as « attention : … » and still exits 0): lines on accounts of fewer than three
characters (books from before the rule), drafts kept past their validation deadline, validated
entries without a piece reference.
"""

from __future__ import annotations

import datetime as dt
import functools
import sqlite3

from ..domain.accounts import MIN_POSTING_CODE
from ..domain.fixes import RESTORE_ANY, Fix, command
from ..domain.money import Money
from ..domain.plural import plural
from ..formatting import euros
from ..storage import migrations
from ..storage.db import Book
from ..storage.sql import day_before, dialect_of, one_snapshot
from .ledger import year_by_label


def _money(cents: int) -> str:
    return f"{euros(Money(cents))}"


def check_book(book: Book, year_label: str | None = None) -> list[str]:
    """One French sentence per problem; an empty list means the book is consistent."""
    problems: list[str] = []
    with book.session() as s:
        conn: sqlite3.Connection = book.raw_connection(s)
        one_snapshot(conn)  # else a post committed meanwhile looks like a broken book
        year_id = year_by_label(s, year_label).id if year_label else None
        if dialect_of(conn) == "sqlite":
            problems += _file_problems(conn)
            problems += _file_guard_problems(conn)
        else:
            problems += _server_problems(conn)
            problems += _server_guard_problems(conn)
        problems += _bulk_load_problems(conn)
        scope = "AND e.year_id = :y" if year_id else ""
        params = {"y": year_id}
        for label, num, elabel, debit, credit, stored in conn.execute(f"""
                SELECT f.label, e.number, e.label, COALESCE(SUM(l.debit), 0), COALESCE(SUM(l.credit), 0), e.imbalance
                  FROM entry e JOIN fiscal_year f ON f.id = e.year_id
                  LEFT JOIN entry_line l ON l.entry_id = e.id
                 WHERE 1 = 1 {scope}
                 GROUP BY e.id, f.label
                HAVING COALESCE(SUM(l.debit), 0) != COALESCE(SUM(l.credit), 0) OR e.imbalance != 0
                 ORDER BY e.id""", params):
            debit, credit = int(debit), int(credit)
            if debit != credit:
                problems.append(f"exercice {label}, écriture n°{num} « {elabel} » : débit "
                                f"{_money(debit)} ≠ crédit {_money(credit)}")
            else:
                problems.append(f"exercice {label}, écriture n°{num} « {elabel} » : écart "
                                f"enregistré ({_money(stored)}) faux, {_changed(conn)}")
        for label, num, elabel, n in conn.execute(f"""
                SELECT f.label, e.number, e.label, count(l.id) FROM entry e
                  JOIN fiscal_year f ON f.id = e.year_id
                  LEFT JOIN entry_line l ON l.entry_id = e.id
                 WHERE 1 = 1 {scope} GROUP BY e.id, f.label HAVING count(l.id) < 2""", params):
            problems.append(f"exercice {label}, écriture n°{num} « {elabel} » : "
                            f"{plural(n, 'ligne', 'lignes')}, "
                            "il en faut au moins deux")
        for label, num, date, start, end in conn.execute(f"""
                SELECT f.label, e.number, e.date, f.start_date, f.end_date FROM entry e
                  JOIN fiscal_year f ON f.id = e.year_id
                 WHERE e.date NOT BETWEEN f.start_date AND f.end_date {scope}""", params):
            problems.append(f"exercice {label}, écriture n°{num} : datée du {date}, hors de "
                            f"l'exercice ({start} – {end})")
        # n°1 waits for the à-nouveaux while the year before is open (docs/validation.md).
        for label, count, top, low, waits, late in conn.execute(f"""
                SELECT f.label, count(e.id), max(e.number), min(e.number),
                       EXISTS (SELECT 1 FROM fiscal_year p WHERE p.closed_at IS NULL
                                  AND p.end_date = {day_before(conn, 'f.start_date')}),
                       (SELECT min(d.number) FROM entry d WHERE d.year_id = f.id
                           AND d.valid_date IS NULL
                           AND d.number < (SELECT max(v.number) FROM entry v
                                            WHERE v.year_id = f.id
                                              AND v.valid_date IS NOT NULL))
                  FROM fiscal_year f JOIN entry e ON e.year_id = f.id
                 WHERE 1 = 1 {scope} GROUP BY f.id""", params):
            first = 2 if waits and low == 2 else 1
            if count != top - first + 1 or low != first:
                problems.append(f"exercice {label} : numérotation avec des trous ("
                                + plural(count, "écriture numérotée", "écritures numérotées")
                                + f" de {low} à {top})")
            if late is not None:
                problems.append(f"exercice {label} : le brouillard n°{late} est numéroté avant "
                                "des écritures validées (les écritures validées viennent "
                                "d'abord)")
        for label, num, code in conn.execute(f"""
                SELECT f.label, e.number, a.code FROM entry e
                  JOIN fiscal_year f ON f.id = e.year_id
                  JOIN entry_line l ON l.entry_id = e.id
                  JOIN account a ON a.id = l.account_id
                 WHERE a.chart_id != f.chart_id {scope}""", params):
            problems.append(f"exercice {label}, écriture n°{num} : le compte {code} n'est pas "
                            "du plan comptable de l'exercice")
        # Lines on accounts of fewer than 3 characters: see book_warnings.
        for label, num in conn.execute(f"""
                SELECT f.label, e.number FROM entry e JOIN fiscal_year f ON f.id = e.year_id
                  JOIN entry_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id
                 WHERE 1 = 1 {scope} GROUP BY e.id, f.label
                HAVING max(CASE WHEN a.code LIKE '8%' THEN 1 ELSE 0 END) = 1
                   AND min(CASE WHEN a.code LIKE '8%' THEN 1 ELSE 0 END) = 0
                """, params):
            problems.append(f"exercice {label}, écriture n°{num} : une contribution volontaire "
                            "(classe 8) est mêlée à d'autres comptes")
        for label, emplois, ressources in conn.execute(f"""
                SELECT f.label,
                       COALESCE(SUM(CASE WHEN a.code LIKE '86%' THEN l.debit - l.credit END), 0),
                       COALESCE(SUM(CASE WHEN a.code LIKE '87%' THEN l.credit - l.debit END), 0)
                  FROM entry e JOIN fiscal_year f ON f.id = e.year_id
                  JOIN entry_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id
                 WHERE a.code LIKE '8%' {scope} GROUP BY f.id""", params):
            if int(emplois) != int(ressources):
                problems.append(f"exercice {label} : contributions volontaires : emplois "
                                f"{_money(int(emplois))} ≠ ressources {_money(int(ressources))}")
        unreadable = [f"donnée invalide : {p}" for p in data_problems(conn)]
        problems += unreadable
        problems += _totals_cache_problems(conn, year_id)
    if year_label and not unreadable:  # the budget check builds a report: readable rows only
        problems += _budget_problems(book, year_label)
    return problems


#: The app's menus for the fixes the warnings name (the command line names its commands).
VALIDATE_MENU = "le menu Saisie › Valider les écritures…"
REVERSE_MENU = "le menu Saisie › Contre-passer et corriger…"
_NAMED = 5  # entries named in a warning before « et N autres »


def book_warnings(book: Book, year_label: str | None = None, *,
                  today: dt.date | None = None) -> list[str]:
    """One French sentence per point that leaves the book consistent but wants the
    treasurer's attention, each with its fix; ``today`` decides which drafts are late."""
    today = today or dt.date.today()
    warnings: list[str] = []
    with book.session() as s:
        conn = book.raw_connection(s)
        one_snapshot(conn)
        only = year_by_label(s, year_label).id if year_label else None
        years = conn.execute(
            "SELECT id, label, chart_id, closed_at, end_date FROM fiscal_year"
            + (" WHERE id = ?" if only else "") + " ORDER BY start_date",
            (only,) if only else ()).fetchall()
        for year_id, label, chart_id, closed_at, end in years:
            warnings += _short_account_warnings(conn, year_id, label, chart_id,
                                                closed_at is not None)
            warnings += _late_draft_warnings(conn, year_id, label, _day(end), today)
            warnings += _pieceless_warnings(conn, year_id, label)
    return warnings


def _day(value) -> dt.date:
    """A date column's value: SQLite gives ISO text, PostgreSQL a date."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _numbers(numbers: list[int], count: int) -> str:
    """« n°3, n°5 et n°9 », « n°3, n°5, n°9, n°12, n°14 et 71 autres »."""
    shown = [f"n°{n}" for n in numbers[:_NAMED]]
    if count > len(shown):
        return ", ".join(shown) + f" et {plural(count - len(shown), 'autre', 'autres')}"
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " et " + shown[-1]


def _short_account_warnings(conn, year_id: int, label: str, chart_id: int,
                            closed: bool) -> list[str]:
    """Lines on an account of fewer than 3 characters (posting on one is refused since, but
    older books and imports hold some): the FEC wants 3 at least (art. A47 A-1 LPF)."""
    found: dict[str, list[tuple[int, bool]]] = {}
    for code, number, draft in conn.execute(
            "SELECT a.code, e.number, e.valid_date IS NULL FROM entry e "
            "JOIN entry_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id "
            f"WHERE e.year_id = ? AND length(a.code) < {MIN_POSTING_CODE} "
            "ORDER BY a.code, e.number", (year_id,)):
        found.setdefault(code, []).append((number, bool(draft)))
    warnings = []
    for code, lines in found.items():
        entries = sorted({n for n, _ in lines})
        drafts = sorted({n for n, d in lines if d})
        validated = sorted({n for n, d in lines if not d})
        sub = conn.execute(
            "SELECT code, label FROM account WHERE chart_id = ? AND code LIKE ? "
            f"AND length(code) >= {MIN_POSTING_CODE} ORDER BY length(code), code LIMIT 1",
            (chart_id, f"{code}%")).fetchone()
        example = (f"{sub[0]} ({sub[1]})" if sub else
                   f"{code.ljust(MIN_POSTING_CODE, '1')}, à créer dans le plan comptable")
        text = (f"exercice {label} : {plural(len(lines), 'ligne', 'lignes')} sur le compte "
                f"{code} (écriture{'s' if len(entries) > 1 else ''} "
                f"{_numbers(entries, len(entries))}) : le FEC veut des comptes d'au moins 3 "
                f"chiffres (art. A47 A-1 LPF) : passez ces lignes sur un sous-compte, ex. "
                f"{example}")
        if closed:
            text += (" ; l'exercice est clos, ses écritures ne changent plus : signalez-le à "
                     "qui reçoit son FEC")
        else:
            if drafts:
                text += (f" ; brouillard{'s' if len(drafts) > 1 else ''} "
                         f"{_numbers(drafts, len(drafts))} : corrigez le compte dans la saisie")
            if validated:
                first = validated[0]
                text += (f" ; validée{'s' if len(validated) > 1 else ''} "
                         f"{_numbers(validated, len(validated))} : contre-passez-les et "
                         "repassez-les sur le sous-compte ("
                         + command(Fix(f"assocompta entries reverse BOOK --year {label} --number "
                                       f"{first}", REVERSE_MENU)) + ")")
        warnings.append(text)
    return warnings


def validation_deadline_cutoff(today: dt.date) -> dt.date:
    """The last day of the latest month whose validation deadline has passed on ``today``.

    PCG art. 921-4: a period is closed « au plus tard avant l'expiration de la période
    suivante ». AssoCompta takes the month as the period: a draft dated in March is late once
    April is over (on 1 May). On 3 December, the drafts dated up to 31 October are late."""
    this_month = today.replace(day=1)
    last_month = (this_month - dt.timedelta(days=1)).replace(day=1)
    return last_month - dt.timedelta(days=1)


def _late_draft_warnings(conn, year_id: int, label: str, end: dt.date,
                         today: dt.date) -> list[str]:
    """Drafts whose month ended more than a month ago (read through the drafts' index)."""
    cutoff = min(validation_deadline_cutoff(today), end)
    count, first, last, d1, d2 = conn.execute(
        "SELECT count(*), min(number), max(number), min(date), max(date) FROM entry "
        "WHERE year_id = ? AND valid_date IS NULL AND date <= ?",
        (year_id, cutoff.isoformat())).fetchone()
    if not count:
        return []
    where = (f"n°{first}, du {_day(d1):%d/%m/%Y}" if count == 1 else
             f"entre n°{first} et n°{last}, du {_day(d1):%d/%m/%Y} au {_day(d2):%d/%m/%Y}")
    fix = command(Fix(f"assocompta entries validate BOOK --year {label} --through "
                      f"{cutoff.isoformat()}", VALIDATE_MENU))
    return [f"exercice {label} : {plural(count, 'écriture', 'écritures')} en brouillard "
            f"({where}) {'a' if count == 1 else 'ont'} passé le délai de validation : une "
            "période se clôt au plus tard avant la fin de la suivante (PCG art. 921-4 ; par "
            "mois, les écritures d'un mois sont validées avant la fin du mois suivant) ; "
            f"validez-les jusqu'au {cutoff:%d/%m/%Y} au moins ({fix})"]


def _pieceless_warnings(conn, year_id: int, label: str) -> list[str]:
    """Validated entries with an empty piece reference (validation requires one now; books
    upgraded from before it, and imported FECs, may hold some)."""
    where = ("FROM entry WHERE year_id = ? AND valid_date IS NOT NULL "
             "AND trim(COALESCE(piece_ref, '')) = ''")
    count = conn.execute(f"SELECT count(*) {where}", (year_id,)).fetchone()[0]
    if not count:
        return []
    numbers = [n for (n,) in conn.execute(
        f"SELECT number {where} ORDER BY number LIMIT {_NAMED}", (year_id,))]
    return [f"exercice {label} : {plural(count, 'écriture validée', 'écritures validées')} "
            f"sans référence de pièce ({_numbers(numbers, count)}) : chaque écriture "
            "s'appuie sur une pièce justificative datée (art. R123-174 du Code de commerce) et "
            "le FEC en demande la référence (PieceRef) ; validées, elles ne peuvent plus être "
            "complétées : gardez la pièce de chacune avec les comptes de l'exercice, et "
            "saisissez la référence de chaque nouvelle écriture"]


def _changed(conn) -> str:
    if dialect_of(conn) == "postgresql":
        return "la base a été modifiée hors d'AssoCompta"
    return "le fichier a été modifié hors d'AssoCompta"


def _restore(conn) -> str:
    # A PostgreSQL book is backed up by its server's administrator (pg_dump), not by us.
    if dialect_of(conn) == "postgresql":
        return "faites restaurer une sauvegarde de la base par son administrateur"
    return f"restaurez une copie de sauvegarde avec {command(RESTORE_ANY)}"


def _file_problems(conn: sqlite3.Connection) -> list[str]:
    """SQLite's own checks of the file: its pages, and links the engine may not have checked."""
    problems = []
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    if rows != ["ok"]:
        problems += [f"fichier endommagé : {r}" for r in rows[:10]]
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        if parent == "balanced":
            continue  # reported by check_book, with the entry's number
        problems.append(f"lien rompu : {table} n°{rowid} renvoie vers {parent} absent")
    return problems


def _server_problems(conn) -> list[str]:
    """In PostgreSQL: the book's guards all switched on, and no link broken while they were off."""
    # The server keeps its own pages, and enforces links on every write — unless a superuser
    # writes as a replica or the owner disables a table's triggers (links included): the
    # rules of the book then no longer hold, which is what these find.
    problems = [f"la protection « {name} » de la table {table} est désactivée : rétablissez-la "
                f"(ALTER TABLE {table} ENABLE TRIGGER ALL) puis relancez la vérification"
                for table, name in conn.execute(
                    "SELECT DISTINCT c.relname, COALESCE(k.conname, t.tgname) FROM pg_trigger t "
                    "JOIN pg_class c ON c.oid = t.tgrelid "
                    "LEFT JOIN pg_constraint k ON k.oid = t.tgconstraint "
                    "WHERE c.relnamespace = current_schema()::regnamespace "
                    "AND t.tgenabled NOT IN ('O', 'A') ORDER BY 1, 2")]
    for table, parent, columns, targets, has_id in conn.execute(_FOREIGN_KEYS):
        if parent == "balanced":
            continue  # as in SQLite: an imbalance is reported by check_book, with the entry
        cols, keys = columns.split(","), targets.split(",")
        present = " AND ".join(f"c.{col} IS NOT NULL" for col in cols)
        match = " AND ".join(f"p.{key} = c.{col}" for col, key in zip(cols, keys))
        for (row_id,) in conn.execute(
                f"SELECT {'c.id' if has_id else 'NULL'} FROM {table} c WHERE {present} AND "
                f"NOT EXISTS (SELECT 1 FROM {parent} p WHERE {match}) LIMIT 10"):
            where = f" n°{row_id}" if row_id is not None else ""
            problems.append(f"lien rompu : {table}{where} renvoie vers {parent} absent")
    return problems + _sequence_problems(conn)


def _sequence_problems(conn) -> list[str]:
    """Tables whose id sequence would hand out an id already taken (a restore gone wrong)."""
    problems = []
    for table, sequence in conn.execute(
            "SELECT c.relname, pg_get_serial_sequence(quote_ident(c.relname), 'id') "
            "FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'id' "
            "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' "
            "AND a.attidentity <> '' ORDER BY 1").fetchall():
        top = conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0]
        last, called = conn.execute(f"SELECT last_value, is_called FROM {sequence}").fetchone()
        coming = last + 1 if called else last
        if top is not None and coming <= top:
            problems.append(f"table {table} : les prochains ajouts seront refusés, sa séquence "
                            f"donnerait le n°{coming}, déjà pris (le plus grand est {top}) ; "
                            f"l'administrateur de la base doit la rétablir (SELECT setval("
                            f"'{sequence}', {top}))")
    return problems


#: Every foreign key of the book's schema: table, parent, its columns and the parent's (quoted,
#: comma-separated, in order), and whether the table has an id to name a row by.
_FOREIGN_KEYS = """
SELECT k.conrelid::regclass::text, k.confrelid::regclass::text,
       (SELECT string_agg(quote_ident(a.attname), ',' ORDER BY u.n)
          FROM unnest(k.conkey) WITH ORDINALITY u(attnum, n)
          JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum),
       (SELECT string_agg(quote_ident(a.attname), ',' ORDER BY u.n)
          FROM unnest(k.confkey) WITH ORDINALITY u(attnum, n)
          JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum),
       EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = k.conrelid
                  AND a.attname = 'id' AND NOT a.attisdropped)
  FROM pg_constraint k
 WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace
 ORDER BY 1, k.conname
"""


def _bulk_load_problems(conn) -> list[str]:
    """A bulk_load row is never committed by AssoCompta: one in the book was forced in."""
    rows = conn.execute("SELECT first_entry_id FROM bulk_load ORDER BY 1").fetchall()
    return [f"un import en masse inachevé est resté enregistré (table bulk_load, écritures à "
            f"partir de l'identifiant {first}) : {_changed(conn)}. Les imports FEC sont "
            f"refusés tant qu'il reste ; {_restore(conn)}" for (first,) in rows]


def _file_guard_problems(conn: sqlite3.Connection) -> list[str]:
    """The file's tables and triggers are those its schema version makes: a guard dropped,
    rewritten or added (by another program) is named, since the rules it kept no longer hold."""
    expected = _expected_file_schema()
    found = {name: " ".join(sql.split()) for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'trigger') "
        "AND name NOT LIKE 'sqlite%'")}
    problems = []
    for name in sorted(expected.keys() | found.keys()):
        if name not in found:
            what = "manque"
        elif name not in expected:
            what = "n'est pas d'AssoCompta"
        elif found[name] != expected[name]:
            what = "a été modifiée"
        else:
            continue
        problems.append(f"la protection (table ou déclencheur) « {name} » {what} : "
                        f"{_changed(conn)}, les règles du livre n'y sont plus garanties ; "
                        f"{_restore(conn)}")
    return problems


@functools.lru_cache(maxsize=1)
def _expected_file_schema() -> dict[str, str]:
    """Tables and triggers of a book made by this version's migrations, by name."""
    mem = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrations.upgrade(mem, 0)
        return {name: " ".join(sql.split()) for name, sql in mem.execute(
            "SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'trigger') "
            "AND name NOT LIKE 'sqlite%'")}
    finally:
        mem.close()


def _server_guard_problems(conn) -> list[str]:
    """In PostgreSQL: every trigger of the book's schema (storage/pg) is there, and every guard
    function has the body it was created with (a table's owner may drop or replace them)."""
    triggers, functions = _expected_server_guards()
    found = set(conn.execute(
        "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"))
    problems = [f"la protection « {name} » de la table {table} a été supprimée : "
                f"{_changed(conn)}, les règles du livre n'y sont plus garanties ; "
                f"{_restore(conn)}" for table, name in sorted(triggers - found)]
    bodies = dict(conn.execute(
        "SELECT proname, prosrc FROM pg_proc "
        "WHERE pronamespace = current_schema()::regnamespace"))
    problems += [f"la fonction de protection « {name} » a été modifiée ou supprimée : "
                 f"{_changed(conn)}, les règles du livre n'y sont plus garanties ; "
                 f"{_restore(conn)}"
                 for name, body in sorted(functions.items()) if bodies.get(name) != body]
    return problems


@functools.lru_cache(maxsize=1)
def _expected_server_guards() -> tuple[frozenset, dict[str, str]]:
    """(table, trigger) pairs and function bodies that a book's schema steps create."""
    from ..storage.pg import expected_guards
    return expected_guards()


def _totals_cache_problems(conn: sqlite3.Connection, year_id: int | None) -> list[str]:
    """The report totals of each up-to-date year equal what its lines add up to."""
    problems = []
    for year, label in conn.execute(
            "SELECT f.id, f.label FROM fiscal_year f JOIN account_total_state s "
            "ON s.year_id = f.id WHERE s.stale = 0" + (" AND f.id = ?" if year_id else ""),
            (year_id,) if year_id else ()):
        cached = set(conn.execute(
            "SELECT account_id, month, debit, credit FROM account_month_total "
            "WHERE year_id = ? AND (debit != 0 OR credit != 0)", (year,)))
        direct = set(conn.execute(
            "SELECT l.account_id, substr(e.date, 1, 7), SUM(l.debit), SUM(l.credit) "
            "FROM entry e JOIN entry_line l ON l.entry_id = e.id WHERE e.year_id = ? "
            "GROUP BY l.account_id, substr(e.date, 1, 7) "
            "HAVING SUM(l.debit) != 0 OR SUM(l.credit) != 0", (year,)))
        if cached != direct:
            wrong = {(account, month) for account, month, _, _ in cached ^ direct}
            problems.append(f"exercice {label} : les totaux des rapports ne correspondent plus "
                            f"aux écritures ({plural(len(wrong), 'écart', 'écarts')}) : "
                            f"{_changed(conn)} ; "
                            f"{_restore(conn)}")
    return problems


def _budget_problems(book: Book, year_label: str) -> list[str]:
    """A budget states its excédent or insuffisance and keeps 86 = 87."""
    from ..reports.cerfa import budget_items
    from .reports import build_budget_report
    with book.session() as s:
        conn = book.raw_connection(s)
        year_id = year_by_label(s, year_label).id
        if not budget_items(conn, year_id, None):
            return []
    report = build_budget_report(book, year_label)
    return [f"budget {year_label} : {c.detail}" for c in report.checks if not c.ok]


#: Columns the app reads as integer cents, and the tables' NOT NULL columns it relies on.
_MONEY = (("entry_line", "debit"), ("entry_line", "credit"), ("budget_line", "amount"),
          ("bank_line", "amount"))
_REQUIRED = (("entry", ("year_id", "journal_id", "number", "date", "label")),
             ("entry_line", ("entry_id", "account_id", "debit", "credit")),
             ("account", ("chart_id", "code", "label", "kind")))
_SHOWN_PER_KIND = 10


def data_problems(conn) -> list[str]:
    """Values no screen or report can read (a file edited by hand): the place of each, as
    « table, ligne, colonne », at most ten of a kind."""
    from ..domain.fiscal_years import FIRST_DAY, LAST_DAY
    from ..domain.money import MAX_CENTS
    from ..storage.shape import small_table_problems
    found = small_table_problems(conn)
    # Older versions let a year start in 0001 or end on 31/12/9999: the day after overflows.
    for year_id, column, value in conn.execute(
            "SELECT id, 'start_date', start_date FROM fiscal_year UNION ALL "
            "SELECT id, 'end_date', end_date FROM fiscal_year ORDER BY 1, 2 DESC"):
        day = str(value)[:10]
        if len(day) == 10 and not FIRST_DAY.isoformat() <= day <= LAST_DAY.isoformat():
            found.append(f"table fiscal_year, ligne {year_id}, colonne {column} : « {day} » "
                         f"hors des dates d'exercice permises ({FIRST_DAY:%d/%m/%Y} – "
                         f"{LAST_DAY:%d/%m/%Y})")
    sqlite = dialect_of(conn) == "sqlite"
    kinds = []
    if sqlite:  # PostgreSQL's typed columns cannot hold these
        for table, columns in _REQUIRED:
            kinds += [(f"SELECT id, {col} FROM {table} WHERE {col} IS NULL", table, col,
                       "vide (NULL) alors qu'elle est obligatoire") for col in columns]
        kinds += [(f"SELECT id, {col} FROM {table} WHERE typeof({col}) != 'integer'", table,
                   col, "{} n'est pas un montant en centimes") for table, col in _MONEY]
        kinds += [(f"SELECT id, date FROM {table} WHERE date IS NOT NULL "
                   "AND date(date) IS NOT date", table, "date", "{} n'est pas une date")
                  for table in ("entry", "bank_line")]
    # The app caps an amount at 10^12 €: beyond, totals overflow 64-bit integers.
    numeric = "typeof({}) = 'integer' AND " if sqlite else ""  # SQLite ranks text above all
    kinds += [(f"SELECT id, {col} FROM {table} WHERE {numeric.format(col)}({col} >= "
               f"{MAX_CENTS} OR {col} <= -{MAX_CENTS})", table, col,
               "{} centimes, hors des limites (10^12 € au plus)") for table, col in _MONEY]
    for sql, table, column, what in kinds:
        rows = conn.execute(sql + f" ORDER BY id LIMIT {_SHOWN_PER_KIND + 1}").fetchall()
        found += [f"table {table}, ligne {row_id}, colonne {column} : "
                  + what.format(f"« {str(value)[:40]} »")
                  for row_id, value in rows[:_SHOWN_PER_KIND]]
        if len(rows) > _SHOWN_PER_KIND:
            found.append(f"table {table}, colonne {column} : d'autres lignes encore")
    return found
