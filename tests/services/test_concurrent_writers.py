"""Two people writing in the same PostgreSQL book at once (a treasurer and an accountant):
entry numbers stay 1…n without a gap or a double, in the order the entries were booked."""

import datetime as dt
import threading

import pytest
from sqlalchemy import text

from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.errors import DomainError, ValidationError
from assocompta.domain.money import Money
from assocompta.domain.parties import TiersKind
from assocompta.services import receipt_issue
from tests.services.receipt_books import ready_for_receipts
from assocompta.services import reconciliation as rec
from assocompta.services.checks import check_book
from assocompta.services.closing import close_year
from assocompta.services.ledger import add_tiers, delete_entry, lock_year, post_entry
from assocompta.services.parties import update_tiers
from assocompta.services.retry import once_more_on_conflict
from assocompta.services.setup import add_year
from assocompta.storage.books import open_book
from tests.helpers import draft

POSTS = 25


@pytest.fixture
def shared(engine, book, book_path):
    """The book's URL, for each writer to open on its own connection."""
    if engine != "postgresql":
        pytest.skip("concurrent writers are a PostgreSQL matter: SQLite queues them "
                    "(BEGIN IMMEDIATE, one writer per file)")
    return book_path


def _gift(n: int, who: str):
    return draft(dt.date(2025, 1 + n % 12, 1 + n % 28), ("512", f"{n + 1},50", ""),
                 ("7561", "", f"{n + 1},50"), label=f"Cotisation {who} {n}")


def _together(*jobs):
    """Run each job in its own thread, started at the same moment; re-raise the first error."""
    start = threading.Barrier(len(jobs))
    errors = []

    def run(job):
        try:
            start.wait()
            job()
        except BaseException as exc:  # noqa: BLE001 - reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a writer is still waiting (deadlock?)"
    if errors:
        raise errors[0]


def _poster(url, who, count, numbers):
    def job():
        with open_book(url) as book:
            for n in range(count):
                numbers.append(post_entry(book, _gift(n, who)).number)
    return job


def _entries(book):
    """(number, label) of 2025's entries in the order they were booked (ids grow that way)."""
    with book.session() as s:
        return s.execute(text(
            "SELECT e.number, e.label, sum(l.debit), sum(l.credit) FROM entry e "
            "JOIN entry_line l ON l.entry_id = e.id GROUP BY e.id ORDER BY e.id")).all()


def test_two_writers_posting_at_once_number_1_to_50(shared, book):
    mine, theirs = [], []
    _together(_poster(shared, "trésorière", POSTS, mine),
              _poster(shared, "comptable", POSTS, theirs))
    rows = _entries(book)
    assert sorted(number for number, *_ in rows) == list(range(1, 2 * POSTS + 1))
    # Numbered in the order booked, and each writer saw its own entries numbered upwards.
    assert [number for number, *_ in rows] == list(range(1, 2 * POSTS + 1))
    assert mine == sorted(mine) and theirs == sorted(theirs)
    assert sorted(mine + theirs) == list(range(1, 2 * POSTS + 1))
    assert all(debit == credit > 0 for _, _, debit, credit in rows)
    assert check_book(book) == []


def test_posting_while_another_deletes_keeps_the_numbering_whole(shared, book):
    first = [post_entry(book, _gift(n, "avant")) for n in range(30)]
    doomed = [p.entry_id for p in first[::2]]  # 15 of them, spread over the year's numbering

    def deleter():
        with open_book(shared) as other:
            for entry_id in doomed:
                delete_entry(other, entry_id)

    posted = []
    _together(_poster(shared, "après", 20, posted), deleter)
    rows = _entries(book)
    assert [number for number, *_ in rows] == list(range(1, 30 - 15 + 20 + 1))
    kept = [f"Cotisation avant {n}" for n in range(30) if n % 2]
    assert [label for _, label, *_ in rows] == kept + [f"Cotisation après {n}" for n in range(20)]
    assert all(debit == credit for _, _, debit, credit in rows)
    assert check_book(book) == []


class _Conflict(Exception):
    def __init__(self, state):
        super().__init__(state)
        self.sqlstate = state


def test_an_action_given_up_for_a_deadlock_runs_once_more():
    calls = []

    @once_more_on_conflict
    def action(*fails):
        calls.append(1)
        if len(calls) <= len(fails):
            raise _Conflict(fails[len(calls) - 1])
        return "fait"

    assert action("40P01") == "fait" and len(calls) == 2
    calls.clear()
    with pytest.raises(DomainError, match="au même moment ; rien n'a été enregistré"):
        action("40P01", "40001")
    assert len(calls) == 2
    calls.clear()
    with pytest.raises(_Conflict):  # anything else is not retried
        action("23505")
    assert len(calls) == 1


def test_closing_while_another_posts_in_the_next_year(shared, book):
    """The à-nouveaux come first in 2025 whichever writer got the year first."""
    add_year(book, dt.date(2026, 1, 1))  # the closing below is 2025's; posts go to 2026
    post_entry(book, draft(dt.date(2025, 1, 1), ("512", "1 000", ""), ("102", "", "1 000"),
                           label="Situation d'ouverture", journal="AN"))
    post_entry(book, _gift(3, "2025"))
    with book.transaction() as s:
        s.execute(text("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                       "closing_balance, finished_at) VALUES ('512', '2025-12-31', 0, 0, "
                       "'2026-01-05')"))

    def closer():
        with open_book(shared) as other:
            close_year(other, "2025")

    def poster():
        with open_book(shared) as other:
            for n in range(15):
                post_entry(other, draft(dt.date(2026, 2, 1 + n), ("512", "10", ""),
                                        ("7561", "", "10"), label=f"Cotisation 2026 {n}"))

    _together(closer, poster)
    with book.session() as s:
        rows = s.execute(text(
            "SELECT e.number, e.label FROM entry e JOIN fiscal_year f ON f.id = e.year_id "
            "WHERE f.label = '2026' ORDER BY e.number")).all()
    assert [number for number, _ in rows] == list(range(1, 17))
    assert rows[0][1] == "À-nouveaux de l'exercice 2025"
    assert [label for _, label in rows[1:]] == [f"Cotisation 2026 {n}" for n in range(15)]
    assert check_book(book) == []


def test_two_people_issuing_receipts_at_once_number_them_once_each(shared, book):
    ready_for_receipts(book)
    donors = [f"DON{n}" for n in range(6)]
    for n, code in enumerate(donors):
        add_tiers(book, code, f"Donateur {n}", TiersKind.OTHER)
        update_tiers(book, code, f"Donateur {n}", TiersKind.OTHER, None,
                     f"{n} rue Haute\n35000 Rennes")
        post_entry(book, EntryDraft(dt.date(2025, 3, 1 + n), "BQ", "Don", (
            LineDraft("512", debit=Money(1000 * (n + 1))),
            LineDraft("75411", credit=Money(1000 * (n + 1)), tiers=code))))
    with book.transaction() as s:
        s.execute(text("UPDATE tiers SET nature = 'particulier' WHERE code LIKE 'DON%'"))
    with book.session() as s:
        ids = [i for (i,) in s.execute(text("SELECT id FROM tiers WHERE code LIKE 'DON%' "
                                            "ORDER BY code"))]
    issued = []

    def issuer(wanted):
        def job():
            with open_book(shared) as other:
                issued.extend(receipt_issue.issue(other, "2025", wanted))
        return job

    _together(issuer(ids[:3]), issuer(None))
    assert sorted(r.number for r in issued) == [f"2025-{n:04d}" for n in range(1, 7)]
    assert sorted(r.donor_name for r in issued) == [f"Donateur {n}" for n in range(6)]
    with book.session() as s:
        assert s.execute(text("SELECT count(*), count(DISTINCT line_id) "
                              "FROM donation_receipt_line")).one() == (6, 6)


def _bank(book):
    """January 2025: 1 000 € opening, two cotisations (50 € and 30 €) on 512."""
    post_entry(book, draft(dt.date(2025, 1, 1), ("512", "1 000", ""), ("102", "", "1 000"),
                           label="Situation d'ouverture", journal="AN"))
    for day, amount in ((5, "50"), (12, "30")):
        post_entry(book, draft(dt.date(2025, 1, day), ("512", amount, ""), ("756", "", amount),
                               label=f"Cotisation {amount}"))


def test_two_people_starting_a_statement_at_once_make_one(shared, book):
    _bank(book)
    started, refused = [], []

    def starter():
        with open_book(shared) as other:
            try:
                started.append(rec.start(other, "512", dt.date(2025, 1, 31),
                                         Money(108000), opening_balance=Money(100000)))
            except ValidationError as exc:
                refused.append(str(exc))

    _together(starter, starter)
    assert len(started) == 1 and len(refused) == 1
    assert "déjà en cours" in refused[0]
    with book.session() as s:
        assert s.execute(text("SELECT count(*) FROM reconciliation")).scalar() == 1


def test_a_statement_does_not_finish_past_a_tick_being_written(shared, book):
    """Finishing waits for a tick in progress, then counts it: refused, the gap named."""
    _bank(book)
    st = rec.start(book, "512", dt.date(2025, 1, 31), Money(105000),
                   opening_balance=Money(100000))
    with book.reading() as conn:
        lines = {c.label: c.line_id for c in rec.candidates(conn, st.id)}
    rec.tick(book, st.id, [lines["Cotisation 50"]])  # difference now zero: it may finish
    outcome = []

    def finisher():
        with open_book(shared) as other:
            try:
                rec.finish(other, st.id)
                outcome.append("terminé")
            except ValidationError as exc:
                outcome.append(str(exc))

    with book.transaction() as s:  # the other person's tick, as rec.tick writes it
        conn = book.raw_connection(s)
        rec._unfinished(conn, st.id)
        conn.execute("INSERT INTO reconciliation_mark (line_id, reconciliation_id) "
                     "VALUES (?, ?)", (lines["Cotisation 30"], st.id))
        waiting = threading.Thread(target=finisher)
        waiting.start()
        waiting.join(timeout=2)
        assert waiting.is_alive(), "finishing did not wait for the tick in progress"
    waiting.join(timeout=30)
    assert len(outcome) == 1 and "écart de -30,00" in outcome[0]
    with book.reading() as conn:
        assert not rec.statement(conn, st.id).finished


def test_a_tiers_created_by_two_people_at_once_is_refused_once_in_french(shared, book):
    """The second person's check ran before the first committed: still the usual refusal."""
    outcome = []

    def second():
        with open_book(shared) as other:
            try:
                add_tiers(other, "VILLE", "Ville de Rennes", TiersKind.FUNDER)
                outcome.append("créé")
            except ValidationError as exc:
                outcome.append(str(exc))

    with book.transaction() as s:  # the first person's add_tiers, not committed yet
        s.execute(text("INSERT INTO tiers (code, name, kind) VALUES ('VILLE', 'Ville', "
                       "'financeur')"))
        waiting = threading.Thread(target=second)
        waiting.start()
        waiting.join(timeout=2)
        assert waiting.is_alive(), "the second insert did not wait for the first"
    waiting.join(timeout=30)
    assert outcome == ["champ code : le tiers « VILLE » existe déjà"]


def test_a_closing_given_up_in_a_deadlock_runs_once_more(shared, book, monkeypatch):
    """Someone holds 2026 then wants 2025 while the closing holds 2025 and wants 2026:
    PostgreSQL gives the closing up; it runs again once the other is done, and closes."""
    add_year(book, dt.date(2026, 1, 1))
    post_entry(book, draft(dt.date(2025, 1, 1), ("512", "1 000", ""), ("102", "", "1 000"),
                           label="Situation d'ouverture", journal="AN"))
    with book.transaction() as s:
        s.execute(text("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                       "closing_balance, finished_at) VALUES ('512', '2025-12-31', 0, 0, "
                       "'2026-01-05')"))
        ids = dict(s.execute(text("SELECT label, id FROM fiscal_year")).all())
    # A waiting session looks for a deadlock once, after deadlock_timeout: the closing's
    # look comes after the cycle is made and before ours, so it is the one given up.
    monkeypatch.setenv("PGOPTIONS", "-c deadlock_timeout=3s")
    psycopg = pytest.importorskip("psycopg")
    outcome = []

    def closer():
        with open_book(shared) as other:
            try:
                outcome.append(close_year(other, "2025").next_year)
            except Exception as exc:  # noqa: BLE001 - the test reports what came out
                outcome.append(exc)

    watcher = psycopg.connect(shared, autocommit=True)
    with watcher, book.transaction() as s:
        s.execute(text("SET LOCAL deadlock_timeout = '60s'"))
        lock_year(s, ids["2026"])
        closing = threading.Thread(target=closer)
        closing.start()
        for _ in range(100):  # until the closing holds 2025 and waits for 2026
            if watcher.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type "
                               "= 'Lock' AND datname = current_database()").fetchone()[0]:
                break
            closing.join(timeout=0.1)
        else:
            raise AssertionError("the closing never waited for 2026")
        lock_year(s, ids["2025"])
    closing.join(timeout=30)
    assert outcome == ["2026"]
    with book.session() as s:
        assert s.execute(text("SELECT closed_at IS NOT NULL FROM fiscal_year "
                              "WHERE label = '2025'")).scalar()
