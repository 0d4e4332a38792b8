"""Every report of the demo book is the same whether the book is a SQLite file or its copy in
PostgreSQL: same rows, labels, amounts, formulas and checks, kind by kind and year by year."""

import pytest

from assocompta.services.checks import check_book
from assocompta.services.demo import ACTIONS, create_demo
from assocompta.services.reports import (KINDS, account_lines, build, build_budget_report,
                                         build_pack)
from assocompta.storage.book_copy import copy_book
from assocompta.storage.books import open_book

from tests.reports.conftest import make_two_years, seen
from tests.storage.pg_support import fresh_database, require_postgres

require_postgres()

YEARS = ("2024", "2025", "2026")  # closed, open with a reconciliation, budget only
BUDGET_YEARS = ("2025", "2026")


@pytest.fixture(scope="module")
def books(tmp_path_factory, pg_admin):
    """The demo book as a file and as its copy in PostgreSQL, both open read-only."""
    path = tmp_path_factory.mktemp("demo") / "amis.assocompta"
    create_demo(path).close()
    with fresh_database(pg_admin) as url:
        copy_book(path, url)
        lite = open_book(path, readonly=True)
        shared = open_book(url, readonly=True)
        yield lite, shared
        shared.close()
        lite.close()


def _same(books, make):
    lite, shared = books
    expected = seen(make(lite))
    assert any(v for row in expected[-1] for v in row.values), "a report without amounts"
    assert seen(make(shared)) == expected


# 2026 has a budget and no entry yet: only its bilan (the year before, side by side) has amounts.
@pytest.mark.parametrize("kind, year", [(k, y) for y in YEARS for k in KINDS
                                        if y != "2026" or k == "bilan"])
def test_each_report_kind_is_the_same_from_postgresql(books, kind, year):
    _same(books, lambda book: build(book, kind, year))


@pytest.mark.parametrize("year", ("2024", "2025"))
@pytest.mark.parametrize("kind", ("resultat", "bilan"))
def test_detailed_statements_are_the_same_from_postgresql(books, kind, year):
    _same(books, lambda book: build(book, kind, year, detail=True))


@pytest.mark.parametrize("prefix", ("6", "512", "7"))
def test_grand_livre_of_some_accounts_is_the_same_from_postgresql(books, prefix):
    _same(books, lambda book: build(book, "grand-livre", "2025", account=prefix))


@pytest.mark.parametrize("action", [None] + [code for code, _ in ACTIONS])
@pytest.mark.parametrize("suivi", (False, True), ids=("budget", "suivi"))
@pytest.mark.parametrize("year", BUDGET_YEARS)
def test_budget_and_its_follow_up_are_the_same_from_postgresql(books, year, suivi, action):
    _same(books, lambda book: build_budget_report(book, year, action, suivi=suivi))


@pytest.mark.parametrize("year", ("2024", "2025"))
def test_agm_pack_is_the_same_from_postgresql(books, year):
    lite, shared = books
    expected = [(name, seen(r)) for name, r in build_pack(lite, year)]
    assert len(expected) >= 3
    assert [(name, seen(r)) for name, r in build_pack(shared, year)] == expected


@pytest.mark.parametrize("code", ("512", "6064", "7561"))
def test_account_lines_are_the_same_from_postgresql(books, code):
    lite, shared = books
    expected = account_lines(lite, "2025", code, 500)
    assert expected[1] > 0
    assert account_lines(shared, "2025", code, 500) == expected


def test_check_finds_nothing_in_either(books):
    lite, shared = books
    for year in (None, *YEARS):
        assert check_book(lite, year) == [] and check_book(shared, year) == []


@pytest.fixture(scope="module")
def written(tmp_path_factory, pg_admin):
    """The same entries posted through the services into a file and into PostgreSQL."""
    path = tmp_path_factory.mktemp("written") / "amis.assocompta"
    with fresh_database(pg_admin) as url:
        lite, shared = make_two_years(path), make_two_years(url)
        yield lite, shared
        shared.close()
        lite.close()


@pytest.mark.parametrize("kind, year, detail", [
    (k, y, d) for y in ("2024", "2025") for k in KINDS
    for d in ((False, True) if k in ("resultat", "bilan") else (False,))])
def test_books_written_in_either_engine_give_the_same_reports(written, kind, year, detail):
    _same(written, lambda book: build(book, kind, year, detail=detail))


@pytest.mark.parametrize("kind", ("grand-livre", "journal"))
def test_ledgers_stream_their_lines_from_postgresql(written, kind):
    import psycopg
    shared = written[1]
    rows = iter(build(shared, kind, "2025").rows)
    next(rows)
    with psycopg.connect(shared.url, autocommit=True) as other:
        # The reader's last word to the server: a fetch of the next batch, not the whole query.
        queries = [q for (q,) in other.execute(
            "SELECT query FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid()")]
    rows.close()
    assert any(q.startswith("FETCH FORWARD") and "assocompta_ledger" in q for q in queries), \
        queries
