"""Provisions and dépréciations with their reasons: booked, listed at a date, carried by the
closing, looked at again the next year and taken back (reprise) no further than they hold."""

import datetime as dt

import pytest
from sqlalchemy import select

from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.errors import ValidationError
from assocompta.domain.parties import TiersKind
from assocompta.services.closing import close_year
from assocompta.services.ledger import add_sub_account, add_tiers, post_entry
from assocompta.services.provisions import provision, provisions_at, provisions_step, reprise
from assocompta.services.setup import Identity, create_book
from assocompta.storage.orm import Entry, YearEndEntry
from tests.helpers import SIREN, m
from tests.services.test_closing import reconcile


def _entry(book, entry_id):
    with book.session() as s:
        e = s.get(Entry, entry_id)
        y = s.get(YearEndEntry, entry_id)
        return (e.date, [(ln.account.code, ln.debit.cents, ln.credit.cents,
                          ln.tiers.code if ln.tiers else None) for ln in e.lines],
                y.kind, y.reason, y.reverses_entry_id)


def _open(book, date):
    return [(p.account, p.tiers, p.amount.cents, p.reasons) for p in provisions_at(book, date)]


def _client(book, year):
    add_tiers(book, "CLUB", "Club voisin", TiersKind.OTHER)
    post_entry(book, EntryDraft(dt.date(year, 6, 1), "OD", "Prestation au club voisin", (
        LineDraft("411", debit=m("800"), tiers="CLUB"), LineDraft("706", credit=m("800")))))


def test_provisions_booked_listed_and_taken_back_on_the_2025_chart(book_path):
    book, _ = create_book(book_path, Identity("Les Amis", siren=SIREN), dt.date(2025, 1, 1))
    try:
        _client(book, 2025)
        risk = provision(book, "2025", "risques", None, m("3 000"),
                         "Litige prud'homal avec un ancien salarié")
        doubt = provision(book, "2025", "creances", None, m("400"),
                          "Club voisin en redressement judiciaire", tiers="CLUB")
        assert _entry(book, risk)[:3] == (dt.date(2025, 12, 31), [
            ("6815", 300000, 0, None), ("151", 0, 300000, None)], "provision")
        assert _entry(book, doubt)[1] == [("6817", 40000, 0, None), ("491", 0, 40000, "CLUB")]
        assert _open(book, dt.date(2025, 12, 31)) == [
            ("151", None, 300000, ("Litige prud'homal avec un ancien salarié",)),
            ("491", "CLUB", 40000, ("Club voisin en redressement judiciaire",))]
        assert _open(book, dt.date(2025, 12, 30)) == []
        # The livre d'inventaire reads it through a connection of either engine.
        whole = provisions_at(book, dt.date(2025, 12, 31))
        with book.session() as s:
            assert provisions_at(book.raw_connection(s), dt.date(2025, 12, 31)) == whole
            assert provisions_at(s, dt.date(2025, 12, 31)) == whole
        with pytest.raises(ValidationError, match="par tiers"):
            provision(book, "2025", "creances", None, m("1"), "X")
        with pytest.raises(ValidationError, match="pas de compte 158"):
            provision(book, "2025", "charges", None, m("1"), "Gros entretien")
        with pytest.raises(ValidationError, match="raison vide"):
            provision(book, "2025", "risques", None, m("1"), " ")
        with pytest.raises(ValidationError, match="va en 151"):
            provision(book, "2025", "risques", "491", m("1"), "X")

        assert any("Créances au 31/12/2025 : CLUB 800,00 €" in n
                   for n in provisions_step(book, "2025").notes)
        reconcile(book, "512", "2025-12-31")
        close_year(book, "2025")
        step = provisions_step(book, "2026")
        assert (step.key, step.proposals, step.booked) == ("provisions", (), ())
        assert any("Litige prud'homal" in n and "3 000,00" in n for n in step.notes)

        first = reprise(book, "2026", risk, m("1 000"), "Transaction signée : risque réduit",
                        date=dt.date(2026, 6, 30))
        date, lines, kind, reason, reverses = _entry(book, first)
        assert (date, lines, kind, reverses) == (dt.date(2026, 6, 30), [
            ("151", 100000, 0, None), ("7815", 0, 100000, None)], "reprise_provision", risk)
        assert reason.startswith("Transaction signée")
        back = reprise(book, "2026", "491", m("400"), "Créance payée", tiers="CLUB")
        assert _entry(book, back)[1] == [("491", 40000, 0, "CLUB"), ("7817", 0, 40000, None)]
        with pytest.raises(ValidationError, match="ne tient que 2 000,00"):
            reprise(book, "2026", risk, m("2 000,01"), "Trop")
        assert _open(book, dt.date(2026, 12, 31)) == [
            ("151", None, 200000, ("Litige prud'homal avec un ancien salarié",))]
        assert set(provisions_step(book, "2026").booked) == {first, back}
    finally:
        book.close()


def test_provision_for_charges_from_2018_to_2025(book_path):
    book, _ = create_book(book_path, Identity("Les Amis", siren=SIREN), dt.date(2024, 1, 1))
    try:
        pid = provision(book, "2024", "charges", None, m("1 500"),
                        "Remise en état de la salle à la fin du bail")
        assert _entry(book, pid)[1] == [("6815", 150000, 0, None), ("158", 0, 150000, None)]
        reconcile(book, "512", "2024-12-31")
        result = close_year(book, "2024")
        assert {(mp.old, mp.new, mp.how) for mp in result.mappings} == {
            ("158", "158", "créé")}
        assert _open(book, dt.date(2025, 1, 1)) == [
            ("158", None, 150000, ("Remise en état de la salle à la fin du bail",))]
        # 158 exists in the 2025 book now: a new provision for charges may use it.
        provision(book, "2025", "charges", None, m("100"), "Autre")
        back = reprise(book, "2025", pid, m("1 500"), "Salle rendue")
        assert _entry(book, back)[1] == [("158", 150000, 0, None), ("7815", 0, 150000, None)]
    finally:
        book.close()


def test_a_2025_book_creates_158_to_provide_for_charges(book):
    add_sub_account(book, "2025", "158", "Autres provisions pour charges")
    pid = provision(book, "2025", "charges", None, m("10"), "Gros entretien")
    with book.session() as s:
        assert s.scalar(select(YearEndEntry.kind).where(YearEndEntry.entry_id == pid)) == (
            "provision")
