"""The per-month totals cache always equals what the lines say, whatever wrote them."""

import datetime as dt

import pytest
from sqlalchemy import text

from assocompta.reports.totals import account_totals
from assocompta.services.fec_export import export_fec
from assocompta.services.fec_import import import_fec
from assocompta.services.ledger import delete_entry, post_entry
from assocompta.services.setup import Identity, create_book
from assocompta.storage.totals import is_fresh
from tests.helpers import sqlite_only, SIREN, draft


def _direct(book, year_id=1):
    with book.session() as s:
        conn = book.raw_connection(s)
        return dict(conn.execute(
            "SELECT a.code, SUM(l.debit) || '/' || SUM(l.credit) FROM entry e "
            "JOIN entry_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id "
            "WHERE e.year_id = ? GROUP BY a.id HAVING SUM(l.debit) != 0 OR SUM(l.credit) != 0",
            (year_id,)))


def _cached(book, year_id=1):
    with book.session() as s:
        conn = book.raw_connection(s)
        assert is_fresh(conn, year_id)
        return {c: f"{t.debit}/{t.credit}" for c, t in account_totals(conn, year_id).items()}


def test_cache_follows_posts_deletes_edits_and_raw_sql(book):
    ids = [post_entry(book, draft(dt.date(2025, m, 3), ("626", f"{m}0", ""),
                                  ("512", "", f"{m}0"))).entry_id for m in range(1, 7)]
    post_entry(book, draft(dt.date(2025, 2, 3), ("641", "1000", ""), ("645", "400", ""),
                           ("421", "", "1400"), journal="OD"))
    assert _cached(book) == _direct(book)
    delete_entry(book, ids[2])
    assert _cached(book) == _direct(book)
    with book.transaction() as s:  # an edit by raw SQL, balanced
        s.execute(text("UPDATE entry_line SET debit = debit + 5 WHERE entry_id = :e AND "
                       "position = 1"), {"e": ids[0]})
        s.execute(text("UPDATE entry_line SET credit = credit + 5 WHERE entry_id = :e AND "
                       "position = 2"), {"e": ids[0]})
        s.execute(text("UPDATE entry_line SET account_id = (SELECT id FROM account WHERE "
                       "code = '6064' AND chart_id = 2) WHERE entry_id = :e AND position = 1"),
                  {"e": ids[1]})
    assert _cached(book) == _direct(book)
    with book.transaction() as s:  # moving an entry to another month moves its amounts
        s.execute(text("UPDATE entry SET date = '2025-11-30' WHERE id = :e"), {"e": ids[3]})
    assert book.refresh_totals() == []  # nothing was stale
    assert _cached(book) == _direct(book)
    assert _direct(book)["626"] == "16005/0"  # 210 € − 30 € deleted − 20 € moved + 5 cents


def test_an_entry_deleted_with_its_lines_leaves_the_year_stale_then_rebuilt(book):
    ids = [post_entry(book, draft(dt.date(2025, m, 3), ("626", f"{m}0", ""),
                                  ("512", "", f"{m}0"))).entry_id for m in range(1, 4)]
    with book.transaction() as s:  # raw SQL, the lines going by ON DELETE CASCADE
        s.execute(text("DELETE FROM entry WHERE id = :e"), {"e": ids[2]})
    with book.session() as s:
        conn = book.raw_connection(s)
        assert not is_fresh(conn, 1)
        fallback = {c: f"{t.debit}/{t.credit}" for c, t in account_totals(conn, 1).items()}
    assert fallback == _direct(book) == {"626": "3000/0", "512": "0/3000"}
    assert book.refresh_totals() == [1]
    assert _cached(book) == _direct(book)


@pytest.mark.parametrize("parallel", [False, True])
def test_bulk_import_keeps_a_fresh_year_fresh(book, tmp_path, parallel):
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from synthetic import generate
    fec = tmp_path / "f.txt"
    generate(fec, 2000, 2025)
    post_entry(book, draft(dt.date(2025, 3, 3), ("626", "10", ""), ("512", "", "10")))
    import_fec(book, fec, parallel=parallel)
    assert _cached(book) == _direct(book)  # counted batch by batch during the load
    assert book.refresh_totals() == []


def test_bulk_import_leaves_a_stale_year_stale_then_rebuilt(book, tmp_path):
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from synthetic import generate
    fec = tmp_path / "f.txt"
    generate(fec, 2000, 2025)
    with book.transaction() as s:
        s.execute(text("UPDATE account_total_state SET stale = 1 WHERE year_id = 1"))
    import_fec(book, fec)
    with book.session() as s:
        conn = book.raw_connection(s)
        assert not is_fresh(conn, 1)
        fallback = {c: f"{t.debit}/{t.credit}" for c, t in account_totals(conn, 1).items()}
    assert fallback == _direct(book)
    assert book.refresh_totals() == [1]
    assert _cached(book) == _direct(book)
    out, _ = export_fec(book, "2025", tmp_path / "out.txt")
    other, _ = create_book(tmp_path / "o.assocompta", Identity("O", siren=SIREN),
                           dt.date(2025, 1, 1))
    with other:
        import_fec(other, out)
        other.refresh_totals()
        assert _cached(other) == _cached(book)


@sqlite_only
def test_check_finds_a_tampered_cache(book, book_path):
    import sqlite3

    from assocompta.services.checks import check_book
    post_entry(book, draft(dt.date(2025, 3, 3), ("626", "10", ""), ("512", "", "10")))
    assert check_book(book) == []
    conn = sqlite3.connect(book_path)
    conn.execute("UPDATE account_month_total SET debit = debit + 1")
    conn.commit()
    conn.close()
    problems = check_book(book)
    assert len(problems) == 1 and "totaux des rapports" in problems[0]
