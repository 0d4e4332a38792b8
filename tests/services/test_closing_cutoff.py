"""The closing reverses the closed year's régularisations on the next year's first day, in
the same transaction, under the next year's chart (4686 / 4687 → 468 across 2018 → 2025)."""

import datetime as dt

import pytest
from sqlalchemy import text

from assocompta.services import reports
from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.services.closing import close_year, closing_checks, preview_opening
from assocompta.services.ledger import post_entry
from assocompta.services.cutoff import charge_a_payer, cutoff_step, produit_a_recevoir
from assocompta.services.setup import Identity, create_book
from assocompta.services.year_end import book_proposals
from tests.helpers import SIREN, m
from tests.services.test_closing import reconcile
from tests.services.test_cutoff import fill


def _regularise(book, label):
    step = cutoff_step(book, label)
    hand = [charge_a_payer(book, label, "6061", m("230,50"), "Électricité décembre",
                           who="divers"),
            produit_a_recevoir(book, label, "758", m("120"),
                               "Remboursement assurance", who="divers")]
    return book_proposals(book, label, list(step.proposals) + hand)


def _lines(book, year):
    with book.session() as s:
        return s.execute(text(
            "SELECT e.id, e.number, e.date, j.code, e.label, a.code, l.debit, l.credit, "
            "y.kind, y.reverses_entry_id, e.valid_date FROM entry e "
            "JOIN fiscal_year f ON f.id = e.year_id JOIN journal j ON j.id = e.journal_id "
            "JOIN entry_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id "
            "LEFT JOIN year_end_entry y ON y.entry_id = e.id "
            "WHERE f.label = :y ORDER BY e.number, l.position"), {"y": year}).all()


def _balances(book, year, *codes):
    out = {}
    for *_, code, debit, credit, _kind, _rev, _valid in _lines(book, year):
        if code in codes:
            out[code] = out.get(code, 0) + debit - credit
    return out


@pytest.mark.parametrize("first", [2024, 2025], ids=["2018→2025", "chart 2025"])
def test_regularisations_reversed_on_the_first_day(book_path, first):
    book, _ = create_book(book_path, Identity("Les Amis", siren=SIREN), dt.date(first, 1, 1))
    try:
        label, nxt = str(first), str(first + 1)
        fill(book, first)
        ids = _regularise(book, label)
        assert len(ids) == 5
        # The closed year's bilan carries them: 486 at the actif, 487 at the passif.
        balances = _balances(book, label, "486", "487", "4686", "4687", "468")
        divers = ("4686", "4687") if first == 2024 else ("468",)
        assert balances["486"] == 89753 and balances["487"] == -(362000 + 60000)
        assert sum(balances[c] for c in divers) == 12000 - 23050
        reconcile(book, "512", f"{first}-12-31")
        # Booked through the step, 486/487 are the closing's to reverse: no warning.
        assert not [c for c in closing_checks(book, label) if c.name.startswith("Compte 48")]
        preview = preview_opening(book, label)
        assert len(preview.reversals) == 5
        assert preview.reversals[0].startswith("n°") and "constaté" in preview.reversals[0]
        result = close_year(book, label, now=dt.datetime(first + 1, 2, 1, 9, 0))
        assert result.reversals == 5

        rows = _lines(book, nxt)
        extournes = [r for r in rows if r.kind == "extourne"]
        assert {r.reverses_entry_id for r in extournes} == set(ids)
        assert {(str(r.date), r[3]) for r in extournes} == {(f"{first + 1}-01-01", "OD")}
        assert all(r.valid_date is None for r in extournes)  # drafts, after the AN's n°1
        assert min(r.number for r in extournes) == 2
        codes = {r.code for r in extournes}
        assert "4686" not in codes and "4687" not in codes
        if first == 2024:
            assert "468" in codes  # 4686 / 4687 gone from the 2025 chart
        # À-nouveaux + extournes: the cut-off accounts are back to zero in the next year…
        after = _balances(book, nxt, "486", "487", "468")
        assert set(after.values()) == {0}
        # … and the next year bears its part of the charges and products.
        assert _balances(book, nxt, "616")["616"] == 89753
        assert _balances(book, nxt, "7561")["7561"] == -60000
        assert _balances(book, nxt, "741")["741"] == -362000
        assert _balances(book, nxt, "6061")["6061"] == -23050
        assert reports.build(book, "balance", nxt).checks[0].ok
    finally:
        book.close()


def test_a_closing_without_regularisation_reverses_nothing(book_path):
    book, _ = create_book(book_path, Identity("Les Amis", siren=SIREN), dt.date(2025, 1, 1))
    try:
        fill(book, 2025)  # candidates, none booked
        reconcile(book, "512", "2025-12-31")
        result = close_year(book, "2025")
        assert result.reversals == 0
        assert not [r for r in _lines(book, "2026") if r.kind]
    finally:
        book.close()


def test_a_486_typed_by_hand_is_left_to_the_treasurer(book_path):
    book, _ = create_book(book_path, Identity("Les Amis", siren=SIREN), dt.date(2025, 1, 1))
    try:
        fill(book, 2025)
        _regularise(book, "2025")
        post_entry(book, EntryDraft(dt.date(2025, 12, 31), "OD", "Loyer de janvier payé", (
            LineDraft("486", debit=m("400")), LineDraft("613", credit=m("400")))))
        warned = [c for c in closing_checks(book, "2025") if c.name == "Compte 486"]
        assert len(warned) == 1 and not warned[0].blocking
        assert "saisies à la main : 400,00 €" in warned[0].explanation
        reconcile(book, "512", "2025-12-31")
        assert close_year(book, "2025").reversals == 5  # the hand entry is not reversed
    finally:
        book.close()
