"""« Qui a payé sa cotisation ? »: members of an exercice, what their 756 lines say they paid."""

from __future__ import annotations

import datetime as dt

import pytest

from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.errors import ValidationError
from assocompta.domain.money import Money
from assocompta.services.ledger import add_tiers, post_entry
from assocompta.services.members import (FeeStatus, export_members, members, remove_membership,
                                         set_membership)
from assocompta.services.setup import add_year


def _fee(book, day, cents, code, account="7561", refund=False):
    bank, fee = LineDraft("512", debit=Money(cents)), LineDraft(account, credit=Money(cents),
                                                               tiers=code)
    if refund:
        bank, fee = (LineDraft("512", credit=Money(cents)),
                     LineDraft(account, debit=Money(cents), tiers=code))
    post_entry(book, EntryDraft(day, "BQ", "Cotisation", (bank, fee)))


@pytest.fixture
def club(book):
    for code, name in (("ANNE", "Anne Le Goff"), ("JF", "Jean-François Dupont"),
                       ("ELO", "Élodie Hervé"), ("LUC", "Luc Bernard"), ("EDF", "EDF")):
        add_tiers(book, code, name)
    set_membership(book, "ANNE", "2025", Money(2000), dt.date(2024, 9, 14))
    set_membership(book, "JF", "2025", Money(2000))
    set_membership(book, "ELO", "2025", Money(2000))
    _fee(book, dt.date(2025, 1, 10), 2000, "ANNE")
    _fee(book, dt.date(2025, 2, 1), 1000, "JF")
    _fee(book, dt.date(2025, 3, 15), 500, "JF", account="756")
    _fee(book, dt.date(2025, 4, 1), 1500, "LUC")  # not listed, but paid a cotisation
    post_entry(book, EntryDraft(dt.date(2025, 5, 1), "BQ", "Électricité", (
        LineDraft("6061", debit=Money(9000), tiers="EDF"), LineDraft("512", credit=Money(9000)))))
    return book


def test_who_paid_and_who_did_not(club):
    listing = members(club, "2025")
    got = [(r.code, r.fee, r.paid, r.last_paid, r.status, r.listed) for r in listing.rows]
    assert got == [
        ("ANNE", Money(2000), Money(2000), dt.date(2025, 1, 10), FeeStatus.PAID, True),
        ("ELO", Money(2000), Money(0), None, FeeStatus.UNPAID, True),
        ("JF", Money(2000), Money(1500), dt.date(2025, 3, 15), FeeStatus.PARTIAL, True),
        ("LUC", None, Money(1500), dt.date(2025, 4, 1), FeeStatus.PAID, False),
    ]  # by name, accents aside: Élodie between Anne and Jean-François
    assert [r.code for r in listing.unpaid] == ["ELO", "JF"]
    assert listing.rows[2].due == Money(500)


def test_a_refund_and_another_exercice_do_not_count(club):
    add_year(club, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    _fee(club, dt.date(2025, 6, 1), 2000, "ANNE", refund=True)
    _fee(club, dt.date(2026, 1, 5), 2000, "ELO")  # paid for 2026, in 2026
    rows = {r.code: r for r in members(club, "2025").rows}
    assert rows["ANNE"].paid == Money(0) and rows["ANNE"].status is FeeStatus.UNPAID
    assert rows["ANNE"].last_paid == dt.date(2025, 1, 10)  # the last payment, not the refund
    assert rows["ELO"].status is FeeStatus.UNPAID
    assert [r.code for r in members(club, "2026").rows] == ["ELO"]


def test_membership_changed_and_removed(club):
    set_membership(club, "ELO", "2025", Money(1000))
    assert {r.code: r.fee for r in members(club, "2025").rows}["ELO"] == Money(1000)
    assert remove_membership(club, "ELO", "2025")
    assert "ELO" not in {r.code for r in members(club, "2025").rows}
    assert not remove_membership(club, "ELO", "2025")
    with pytest.raises(ValidationError, match="tiers « NOPE » inconnu"):
        set_membership(club, "NOPE", "2025")
    with pytest.raises(ValidationError, match="exercice « 2030 » inconnu"):
        set_membership(club, "ELO", "2030")
    with pytest.raises(ValidationError, match="négative"):
        set_membership(club, "ELO", "2025", Money(-100))


def test_a_free_membership_is_up_to_date(club):
    set_membership(club, "EDF", "2025", Money(0))
    assert {r.code: r.status for r in members(club, "2025").rows}["EDF"] is FeeStatus.PAID


@pytest.mark.parametrize("ext", [".csv", ".xlsx"])
def test_the_list_exported(club, tmp_path, ext):
    dest = export_members(members(club, "2025"), tmp_path / f"cotisations{ext}", unpaid=True)
    if ext == ".csv":
        lines = dest.read_text(encoding="utf-8-sig").splitlines()
        assert lines[0].startswith("Code;Nom;Cotisation attendue;Payé;Reste dû;")
        assert lines[1:] == [
            "ELO;Élodie Hervé;20,00;0,00;20,00;;non payée;;;adhérent",
            "JF;Jean-François Dupont;20,00;15,00;5,00;15/03/2025;partiel;;;adhérent"]
    else:
        from openpyxl import load_workbook
        ws = load_workbook(dest).active
        assert ws.title == "Cotisations 2025"
        assert [c.value for c in ws[3]][:6] == ["JF", "Jean-François Dupont", 20, 15, 5,
                                                dt.datetime(2025, 3, 15)]
        assert ws["C3"].number_format == '#,##0.00 "€"'
