"""The home view's figures: treasury and its curve, months against the budget, what is left."""

import datetime as dt
from datetime import date as D

import pytest
from sqlalchemy import text

from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.money import Money
from assocompta.domain.parties import TiersKind
from assocompta.reports.context import _years
from assocompta.services import attachments, dashboard
from assocompta.services import reconciliation as rec
from assocompta.services.ledger import add_tiers, post_entry
from tests.helpers import draft


def _year(conn, label="2025"):
    return next(y for y in _years(conn) if y.label == label)


@pytest.fixture
def kept(book, tmp_path):
    """2025: 1 000 € in the bank and 100 € in the till brought forward, a cotisation, two
    purchases (one with its invoice attached), a gift not receipted, a January statement."""
    post_entry(book, draft(D(2025, 1, 1), ("512", "1 000", ""), ("530", "100", ""),
                           ("102", "", "1 100"), label="Situation d'ouverture", journal="AN"))
    post_entry(book, draft(D(2025, 1, 5), ("512", "50", ""), ("756", "", "50"),
                           label="Cotisation Dupont"))
    invoice = post_entry(book, draft(D(2025, 1, 20), ("6064", "45,90", ""),
                                     ("512", "", "45,90"), label="Ramettes")).entry_id
    post_entry(book, draft(D(2025, 2, 3), ("6064", "12", ""), ("530", "", "12"),
                           label="Timbres", journal="CA"))
    add_tiers(book, "DUPONT", "Marie Dupont", TiersKind.OTHER)
    post_entry(book, _gift(D(2025, 3, 10), "DUPONT"))
    piece = tmp_path / "facture.pdf"
    piece.write_bytes(b"%PDF-1.4\n%%EOF\n")
    attachments.add(book, invoice, piece)
    with book.transaction() as s:
        s.execute(text("INSERT INTO budget_line (year_id, code, amount, label) VALUES "
                       "(1, '756', 120000, 'Cotisations'), (1, '6064', 60000, 'Fournitures'), "
                       "(1, '864', 50000, 'Bénévolat')"))
        s.execute(text("INSERT INTO bank_line (account, date, amount, label, ignored) VALUES "
                       "('512', '2025-03-20', -3000, 'PRLV EDF', 0), "
                       "('512', '2025-03-21', 1500, 'VIR ADHERENT', 0), "
                       "('512', '2025-03-22', -500, 'FRAIS', 1), "
                       "('5121', '2025-03-23', -700, 'CB POSTE', 0)"))
    statement = rec.start(book, "512", D(2025, 1, 31), Money(100410), Money(100000))
    with book.reading() as conn:
        january = [line.line_id for line in rec.candidates(conn, statement.id)]
    rec.tick(book, statement.id, january)
    rec.finish(book, statement.id)
    return book


def _gift(day, donor):
    return EntryDraft(day, "BQ", "Don", (LineDraft("512", debit=Money(20000)),
                                         LineDraft("75411", credit=Money(20000), tiers=donor)))


def test_treasury_balances_and_their_curve(kept):
    with kept.reading() as conn:
        board = dashboard.build(conn, _year(conn), today=D(2025, 6, 30))
    assert [(a.code, a.balance) for a in board.accounts] == [("512", 120410), ("530", 8800)]
    assert (board.bank, board.cash) == (120410, 8800)
    assert [(p.day, p.bank, p.cash) for p in board.curve] == [
        (D(2025, 1, 1), 100000, 10000), (D(2025, 1, 5), 105000, 10000),
        (D(2025, 1, 20), 100410, 10000), (D(2025, 2, 3), 100410, 8800),
        (D(2025, 3, 10), 120410, 8800)]
    assert board.as_of == D(2025, 6, 30)


def test_months_against_the_budget_spread_over_the_year(kept):
    with kept.reading() as conn:
        board = dashboard.build(conn, _year(conn), today=D(2025, 6, 30))
    months = {m.month: m for m in board.months}
    assert len(months) == 12
    assert (months["2025-01"].income, months["2025-01"].spending) == (5000, 4590)
    assert (months["2025-02"].income, months["2025-02"].spending) == (0, 1200)
    assert (months["2025-03"].income, months["2025-03"].spending) == (20000, 0)
    # 1 200 € of cotisations and 600 € of supplies budgeted: a twelfth a month; class 8 aside.
    assert {(m.budget_income, m.budget_spending) for m in board.months} == {(10000, 5000)}
    assert (board.income, board.spending) == (25000, 5790)
    assert (board.budget_income, board.budget_spending) == (120000, 60000)


def test_budget_that_does_not_divide_by_twelve_adds_up_to_the_cent(kept):
    with kept.transaction() as s:
        s.execute(text("UPDATE budget_line SET amount = 100001 WHERE code = '756'"))
    with kept.reading() as conn:
        board = dashboard.build(conn, _year(conn))
    assert board.budget_income == 100001
    assert max(m.budget_income for m in board.months) - min(
        m.budget_income for m in board.months) == 1


def test_what_is_left_to_do(kept):
    with kept.reading() as conn:
        todo = dashboard.build(conn, _year(conn), today=D(2025, 6, 30)).todo
    assert (todo.to_categorise, todo.categorise_account) == (3, "512")
    # The gift of March is the only 512 line after the January statement (à-nouveaux aside).
    assert [(u.account, u.lines, u.through) for u in todo.unreconciled] == [
        ("512", 1, D(2025, 1, 31))]
    assert (todo.receipt_donors, todo.receipt_amount) == (1, 20000)
    assert todo.without_piece == 1  # the stamps; the paper has its invoice
    assert todo.year_to_close is None
    assert (todo.last_entry, todo.last_statement) == (D(2025, 3, 10), D(2025, 3, 23))


def test_a_year_ended_and_still_open_is_to_close(kept):
    with kept.reading() as conn:
        board = dashboard.build(conn, _year(conn), today=dt.date(2026, 2, 1))
    assert board.todo.year_to_close.label == "2025"
    assert board.as_of == D(2025, 12, 31)


def test_an_empty_year_has_nothing_to_show_and_nothing_to_do(book):
    with book.reading() as conn:
        board = dashboard.build(conn, _year(conn), today=D(2025, 3, 1))
    assert (board.accounts, board.curve, board.income, board.spending) == ((), (), 0, 0)
    todo = board.todo
    assert (todo.to_categorise, todo.unreconciled, todo.receipt_donors, todo.without_piece,
            todo.year_to_close, todo.last_entry, todo.last_statement) == (
        0, (), 0, 0, None, None, None)


def test_a_year_without_its_a_nouveaux_says_so(kept):
    from assocompta.services.setup import add_year
    add_year(kept, D(2026, 1, 1))
    with kept.reading() as conn:
        assert dashboard.build(conn, _year(conn, "2026")).missing_opening == "2025"
        assert dashboard.build(conn, _year(conn, "2025")).missing_opening is None


def test_payments_after_the_last_statement_wait_for_the_bank(kept):
    """Review of issue 13: a closed year's dashboard asked to reconcile a payment the bank
    takes next year. A line after the last statement is waiting for the bank while recent,
    and any line of a closed year; only the older ones are the treasurer's work."""
    import dataclasses
    with kept.reading() as conn:
        year = _year(conn)
        march = dashboard.build(conn, year, today=D(2025, 3, 31)).todo
        june = dashboard.build(conn, year, today=D(2025, 6, 30)).todo
        closed = dashboard.build(conn, dataclasses.replace(year, closed=True),
                                 today=D(2026, 6, 30)).todo
    # The gift of 10/03, after the statement of 31/01: the bank has it in March's statement.
    assert [(u.lines, u.waiting, u.due) for u in march.unreconciled] == [(1, 1, 0)]
    assert (march.to_reconcile, march.waiting_at_bank) == (0, 1)
    # At the end of June, March's statement should have come: it is to reconcile.
    assert (june.to_reconcile, june.waiting_at_bank) == (1, 0)
    assert (closed.to_reconcile, closed.waiting_at_bank) == (0, 1)
