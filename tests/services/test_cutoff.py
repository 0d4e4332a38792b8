"""The cut-off step: insurance paid ahead to 486, next year's cotisations and a multi-year
subsidy's later share to 487, hand-stated accruals per chart; nothing proposed twice."""

import datetime as dt

import pytest
from sqlalchemy import select

from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.errors import ValidationError
from assocompta.domain.money import Money
from assocompta.domain.parties import TiersKind
from assocompta.services import reports
from assocompta.services.cutoff import (
    charge_a_payer,
    cutoff_step,
    prepaid,
    produit_a_recevoir,
)
from assocompta.services.ledger import add_sub_account, add_tiers, post_entry
from assocompta.services.setup import Identity, create_book
from assocompta.services.year_end import book_proposals
from assocompta.storage.orm import EntryLine, YearEndEntry
from tests.helpers import SIREN, m


def _l(account, debit="", credit="", tiers=None):
    return LineDraft(account, m(debit) if debit else Money(0), m(credit) if credit else Money(0),
                     tiers=tiers)


def fill(book, year):
    """The year's usual cut-off cases, ``year`` being the calendar year of the book."""
    y, n = year, year + 1
    add_tiers(book, "VILLE", "Ville de Rennes", TiersKind.FUNDER)
    if year < 2025:
        add_sub_account(book, str(year), "741", "Subventions d'exploitation")
    post_entry(book, EntryDraft(dt.date(y, 10, 1), "BQ", "Assurance MAIF multirisque", (
        _l("616", "1 200"), _l("512", credit="1 200"))))
    post_entry(book, EntryDraft(dt.date(y, 12, 12), "BQ", f"Cotisations {n} (12 adhérents)", (
        _l("512", "600"), _l("7561", credit="600"))))
    post_entry(book, EntryDraft(dt.date(y, 3, 5), "BQ", f"Cotisations {y}", (
        _l("512", "1 500"), _l("7561", credit="1 500"))))
    post_entry(book, EntryDraft(dt.date(y, 1, 10), "BQ", f"Loyer janvier {y}", (
        _l("613", "400"), _l("512", credit="400"))))
    post_entry(book, EntryDraft(
        dt.date(y, 7, 1), "OD", f"Subvention Ville convention du 01/07/{y} au 30/06/{n}", (
            _l("441" if y >= 2025 else "4417", "7 300", tiers="VILLE"),
            _l("741", credit="7 300", tiers="VILLE"))))


def _summary(step):
    return [(p.draft.label.split(" :")[0], [(ln.account, ln.debit.cents, ln.credit.cents)
                                             for ln in p.draft.lines]) for p in step.proposals]


def test_the_years_cases_proposed_on_the_2025_chart(book):
    fill(book, 2025)
    step = cutoff_step(book, "2025")
    assert step.key == "regularisations" and step.pending
    # 1 200 × 273/365 = 897,53; 600 wholly 2026; 7 300 × 181/365 = 3 620 (1/1–30/6/2026).
    assert _summary(step) == [
        ("Produit constaté d'avance", [("741", 362000, 0), ("487", 0, 362000)]),
        ("Charge constatée d'avance", [("486", 89753, 0), ("616", 0, 89753)]),
        ("Produit constaté d'avance", [("7561", 60000, 0), ("487", 0, 60000)]),
    ]
    subsidy, insurance, cotisations = step.proposals
    assert "art. 142-8" in subsidy.reason
    assert subsidy.draft.lines[0].tiers == "VILLE"
    assert "douze mois supposés" in insurance.reason and "273 jours sur 365" in insurance.reason
    # Named by its date and label: the draft's number changes when the closing validates it.
    assert "n°" not in insurance.reason
    assert "écriture du 01/10/2025 « Assurance MAIF multirisque »" in insurance.reason
    assert "nomme l'exercice suivant" in cotisations.reason
    assert all(p.draft.date == dt.date(2025, 12, 31) and p.draft.journal == "OD"
               for p in step.proposals)


def test_a_monthly_bill_is_not_a_year_paid_ahead(book):
    """« Abonnement téléphone » paid every month (the demo's Free bill) is no 12-month
    subscription; a yearly one paid once in November is."""
    for month in range(1, 13):
        post_entry(book, EntryDraft(dt.date(2025, month, 8), "BQ",
                                    "Abonnement téléphone et internet", (
                                        _l("626", "39,99"), _l("512", credit="39,99"))))
    post_entry(book, EntryDraft(dt.date(2025, 11, 3), "BQ", "Abonnement annuel revue associative", (
        _l("6181", "120"), _l("512", credit="120"))))
    step = cutoff_step(book, "2025")
    # 01/11/2025 → 31/10/2026: 304 days of 365 after the year end, of 120,00 = 99,95.
    assert _summary(step) == [("Charge constatée d'avance", [("486", 9995, 0),
                                                             ("6181", 0, 9995)])]


def test_booked_proposals_are_not_proposed_again(book):
    fill(book, 2025)
    step = cutoff_step(book, "2025")
    ids = book_proposals(book, "2025", step.proposals[1:])
    again = cutoff_step(book, "2025")
    assert [p.draft.label for p in again.proposals] == [step.proposals[0].draft.label]
    assert again.booked == tuple(ids)
    with book.session() as s:
        assert {r.kind for r in s.scalars(select(YearEndEntry))} == {"regularisation"}
    # The bilan shows them: 486 at the actif, 487 at the passif, the result without them.
    book_proposals(book, "2025", again.proposals)
    assert _bilan_lines(book, "2025") == {
        "Charges constatées d'avance": Money(89753),
        "Produits constatés d'avance": Money(422000),
        # 9 400 of products − 1 600 of charges − 4 220 to 2026 + 897,53 from 2026
        "Excédent ou déficit de l'exercice": Money(447753)}


def _bilan_lines(book, year):
    wanted = ("Charges constatées d'avance", "Produits constatés d'avance",
              "Excédent ou déficit de l'exercice")
    return {r.label: r.values[2] for r in reports.build(book, "bilan", year).rows
            if r.label in wanted}


def test_the_2018_chart_and_a_mid_year_book(book_path):
    book, _ = create_book(book_path, Identity("Les Amis", siren=SIREN), dt.date(2024, 1, 1))
    try:
        fill(book, 2024)
        step = cutoff_step(book, "2024")
        assert [lab for lab, _ in _summary(step)] == [
            "Produit constaté d'avance", "Charge constatée d'avance",
            "Produit constaté d'avance"]
        book_proposals(book, "2024", step.proposals)
        # The 2018 model has the same lines (the periods hold no 29 February either).
        assert _bilan_lines(book, "2024") == {
            "Charges constatées d'avance": Money(89753),
            "Produits constatés d'avance": Money(422000),
            "Excédent ou déficit de l'exercice": Money(447753)}
        p = charge_a_payer(book, "2024", "6061", m("230,50"), "Électricité décembre",
                           who="divers")
        assert [(ln.account, ln.debit.cents, ln.credit.cents) for ln in p.draft.lines] == [
            ("6061", 23050, 0), ("4686", 0, 23050)]
        p = produit_a_recevoir(book, "2024", "741", m("1 000"), "Subvention Département",
                               who="subvention", tiers="VILLE")
        assert [(ln.account, ln.tiers) for ln in p.draft.lines] == [
            ("4417", "VILLE"), ("741", "VILLE")]
    finally:
        book.close()


def test_hand_stated_accruals_on_the_2025_chart(book):
    add_tiers(book, "EDF", "EDF", TiersKind.SUPPLIER)
    p = charge_a_payer(book, "2025", "6061", m("230,50"), "Électricité décembre", tiers="EDF")
    assert [(ln.account, ln.tiers) for ln in p.draft.lines] == [("6061", None), ("408", "EDF")]
    assert charge_a_payer(book, "2025", "6061", m("10"), "X", who="divers"
                          ).draft.lines[1].account == "468"
    assert produit_a_recevoir(book, "2025", "741", m("10"), "X", who="subvention"
                              ).draft.lines[0].account == "441"
    assert produit_a_recevoir(book, "2025", "758", m("10"), "X", who="divers"
                              ).draft.lines[0].account == "468"
    book_proposals(book, "2025", [p])
    with pytest.raises(ValidationError, match="classe 6"):
        charge_a_payer(book, "2025", "706", m("10"), "X")
    with pytest.raises(ValidationError, match="positif"):
        charge_a_payer(book, "2025", "6061", m("0"), "X")
    with pytest.raises(ValidationError, match="inconnu"):
        charge_a_payer(book, "2031", "6061", m("10"), "X")


def test_a_line_given_its_period_by_hand(book):
    add_sub_account(book, "2025", "6132", "Location de salle")
    add_tiers(book, "MJC", "MJC du Blosne", TiersKind.SUPPLIER)
    posted = post_entry(book, EntryDraft(dt.date(2025, 11, 15), "BQ", "Location salle", (
        _l("6132", "900", tiers="MJC"), _l("512", credit="900"))))
    assert not cutoff_step(book, "2025").proposals  # no period, no yearly word
    with book.session() as s:
        line_id = s.scalar(select(EntryLine.id).where(EntryLine.entry_id == posted.entry_id,
                                                      EntryLine.position == 1))
    p = prepaid(book, "2025", line_id, dt.date(2025, 11, 1), dt.date(2026, 1, 31))
    # 31 days of 92 after the year end: 900 × 31/92 = 303,26
    assert [(ln.account, ln.debit.cents, ln.credit.cents, ln.tiers) for ln in p.draft.lines] \
        == [("486", 30326, 0, "MJC"), ("6132", 0, 30326, "MJC")]
    assert "donnée par le trésorier" in p.reason
    with pytest.raises(ValidationError, match="rien à reporter"):
        prepaid(book, "2025", line_id, dt.date(2025, 11, 1), dt.date(2025, 11, 30))
