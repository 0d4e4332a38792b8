"""A report is the book at one moment, even while another user posts as it is being made."""

from assocompta.domain.money import Money
from assocompta.services.reports import build, build_pack

from tests.reports.conftest import seen
from tests.storage.meanwhile import interrupt, post_elsewhere


def test_a_statement_is_the_book_at_one_moment_while_another_user_posts(two_years, book_path,
                                                                        monkeypatch):
    before = build(two_years, "bilan", "2025")
    # The 2025 column is read, then 10 € are paid in 2024, then the 2024 column is read.
    made = interrupt(monkeypatch, two_years, "FROM account_month_total",
                     lambda: post_elsewhere(book_path, "2024"))
    during = build(two_years, "bilan", "2025")
    assert made and made[0].acted
    assert seen(during) == seen(before)
    monkeypatch.undo()
    after = build(two_years, "bilan", "2025")  # the next one shows the payment
    brut, amortissements, net, net_1 = before.row("Disponibilités").values  # N, then N-1
    assert after.row("Disponibilités").values == (brut, amortissements, net,
                                                  net_1 - Money(1000))
    assert after.ok


def test_the_agm_pack_is_the_book_at_one_moment(two_years, book_path, monkeypatch):
    before = [(name, seen(r)) for name, r in build_pack(two_years, "2025")]
    made = interrupt(monkeypatch, two_years, "FROM account_month_total",
                     lambda: post_elsewhere(book_path, "2025"))
    during = [(name, seen(r)) for name, r in build_pack(two_years, "2025")]
    assert made and made[0].acted
    assert during == before
    monkeypatch.undo()
    assert [(name, seen(r)) for name, r in build_pack(two_years, "2025")] != before
