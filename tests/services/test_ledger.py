"""Posting as the treasurer does: simplified entries, numbering without gaps, sub-accounts."""

import datetime as dt

import pytest
from sqlalchemy import select

from assocompta.domain.entries import Simple, contribution, depense, recette, virement
from assocompta.domain.errors import ValidationError
from assocompta.domain.parties import FunderCategory
from assocompta.services.checks import check_book
from assocompta.services.ledger import (add_action, add_sub_account, add_tiers, delete_entry,
                                        post_entry)
from assocompta.services.setup import add_year
from assocompta.storage.orm import Account, Entry, EntryLine
from tests.helpers import draft, m


def _lines(book, number):
    with book.session() as s:
        e = s.scalars(select(Entry).where(Entry.number == number)).one()
        return [(ln.account.code, ln.debit.cents, ln.credit.cents,
                 ln.tiers.code if ln.tiers else None, ln.action.code if ln.action else None)
                for ln in e.lines], e.journal.code


def test_simplified_entries_book_the_expected_lines(book):
    add_tiers(book, "VILLE", "Ville de Rennes", funder_category=FunderCategory.COMMUNE)
    add_action(book, "ECOLE", "Aide aux devoirs")
    d = dt.date(2025, 3, 1)
    post_entry(book, depense(Simple(d, m("45,90"), "Ramettes", action="ECOLE"),
                             account="6064", paid_from="512"))
    post_entry(book, recette(Simple(d, m("1 500"), "Subvention 2025", tiers="VILLE",
                                    action="ECOLE"), account="741", received_on="512"))
    post_entry(book, virement(Simple(d, m("200"), "Retrait caisse"), from_account="512",
                              to_account="530"))
    post_entry(book, contribution(Simple(d, m("240"), "20 h de bénévolat", action="ECOLE"),
                                  emploi="864", ressource="875"))
    assert _lines(book, 1) == ([("6064", 4590, 0, None, "ECOLE"), ("512", 0, 4590, None, None)],
                               "BQ")
    assert _lines(book, 2) == ([("512", 150000, 0, "VILLE", None),
                                ("741", 0, 150000, "VILLE", "ECOLE")], "BQ")
    assert _lines(book, 3) == ([("530", 20000, 0, None, None), ("512", 0, 20000, None, None)],
                               "BQ")
    assert _lines(book, 4) == ([("864", 24000, 0, None, "ECOLE"),
                                ("875", 0, 24000, None, "ECOLE")], "OD")
    assert check_book(book) == []


@pytest.mark.parametrize("build", [
    lambda d: depense(Simple(d, m("10"), "x"), account="756", paid_from="512"),
    lambda d: depense(Simple(d, m("10"), "x"), account="626", paid_from="626"),
    lambda d: recette(Simple(d, m("-10"), "x"), account="756", received_on="512"),
    lambda d: contribution(Simple(d, m("10"), "x"), emploi="875", ressource="864"),
    lambda d: virement(Simple(d, m("10"), "x"), from_account="512", to_account="512"),
])
def test_simplified_forms_refuse_nonsense(build):
    with pytest.raises(ValidationError):
        build(dt.date(2025, 3, 1))


def test_class_8_cannot_mix_with_other_classes(book):
    with pytest.raises(ValidationError) as err:
        post_entry(book, draft(dt.date(2025, 3, 1), ("864", "10", ""), ("512", "", "10")))
    assert "classe 8" in str(err.value)


def test_numbering_is_chronological_per_year_and_closes_gaps(book):
    add_year(book, dt.date(2026, 1, 1))
    nums = [post_entry(book, draft(dt.date(2025, 5, i), ("626", "1", ""), ("512", "", "1")))
            for i in range(1, 6)]
    assert [p.number for p in nums] == [1, 2, 3, 4, 5]
    other = post_entry(book, draft(dt.date(2026, 1, 2), ("626", "1", ""), ("512", "", "1")))
    # n°1 of 2026 waits for the à-nouveaux that closing 2025 will write.
    assert (other.year, other.number) == ("2026", 2)
    moved = delete_entry(book, nums[1].entry_id)
    assert sorted(moved) == [nums[2].entry_id, nums[3].entry_id, nums[4].entry_id]
    with book.session() as s:
        rows = s.execute(select(Entry.id, Entry.number).where(Entry.year_id == 1)
                         .order_by(Entry.number)).all()
    assert rows == [(nums[0].entry_id, 1), (nums[2].entry_id, 2), (nums[3].entry_id, 3),
                    (nums[4].entry_id, 4)]
    assert post_entry(book, draft(dt.date(2025, 5, 9), ("626", "1", ""),
                                  ("512", "", "1"))).number == 5
    with book.session() as s:
        assert s.scalar(select(EntryLine.id).where(EntryLine.entry_id == nums[1].entry_id)) \
            is None
    assert check_book(book) == []


def test_sub_account_inherits_kind_and_is_usable(book):
    acc = add_sub_account(book, None, "7411", "Subvention Ville - action X")
    assert acc.kind == "produit"
    with book.session() as s:
        parent = s.get(Account, acc.parent_id)
    assert parent.code == "741"
    post_entry(book, draft(dt.date(2025, 4, 1), ("512", "100", ""), ("7411", "", "100")))
    with pytest.raises(ValidationError):
        add_sub_account(book, None, "7411", "again")
    with pytest.raises(ValidationError):
        add_sub_account(book, None, "9999", "no class 9")


def test_unknown_account_tiers_action_are_named(book):
    d = dt.date(2025, 3, 1)
    with pytest.raises(ValidationError) as err:
        post_entry(book, draft(d, ("7754", "10", ""), ("512", "", "10")))
    assert "7754" in str(err.value) and "2025" in str(err.value)
    with pytest.raises(ValidationError):
        post_entry(book, depense(Simple(d, m("1"), "x", tiers="NOPE"), account="626",
                                 paid_from="512"))


def test_each_year_keeps_the_chart_of_its_start(book_path):
    from assocompta.services.setup import Identity, create_book
    book, _ = create_book(book_path, Identity("Club"), dt.date(2023, 7, 1))
    with book:
        # 7754 exists in the 2018 chart only (2025: 7571).
        p = post_entry(book, draft(dt.date(2024, 1, 10), ("512", "50", ""), ("7754", "", "50")))
        assert p.year == "2023-2024"
        year, warnings = add_year(book, dt.date(2024, 7, 1), dt.date(2025, 12, 31))
        assert year.label == "2024-2025" and "18 mois" in warnings[0]
        post_entry(book, draft(dt.date(2025, 3, 1), ("512", "5", ""), ("7754", "", "5")))
        add_year(book, dt.date(2026, 1, 1))
        with pytest.raises(ValidationError) as err:
            post_entry(book, draft(dt.date(2026, 3, 1), ("512", "5", ""), ("7754", "", "5")))
        assert "7754" in str(err.value) and "2026" in str(err.value)
        post_entry(book, draft(dt.date(2026, 3, 1), ("512", "5", ""), ("7571", "", "5")))
        assert check_book(book) == []


def test_users_add_journals(book):
    from assocompta.services.ledger import add_journal
    add_journal(book, "bq2", "Livret A")
    p = post_entry(book, draft(dt.date(2025, 2, 1), ("512", "5", ""), ("530", "", "5"),
                               journal="BQ2"))
    assert p.number == 1
    with pytest.raises(ValidationError):
        add_journal(book, "BQ2", "encore")
    with pytest.raises(ValidationError):
        add_journal(book, "BQ 3!", "mauvais code")
